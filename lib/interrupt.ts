import { EXIT } from './exit-codes.ts';

const controller = new AbortController();
const cleanups = new Set<() => void>();

/** Aborted on the first Ctrl-C (SIGINT): long work passes it down and stops at its next yield. */
export const interruptSignal: AbortSignal = controller.signal;

/**
 * Registers work to undo if the run is interrupted (a temporary file to remove, say); runs
 * synchronously before the process exits with 130. Returns a function that unregisters it.
 */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * Answers Ctrl-C in one place: abort interruptSignal, run every registered cleanup, print the
 * message on stderr and exit 130. Work that runs long yields to the event loop (yieldToEventLoop)
 * so this runs within moments of the key press.
 */
export function installInterruptHandler(message: () => string): void {
  process.once('SIGINT', () => {
    controller.abort();
    for (const cleanup of cleanups) {
      try {
        cleanup();
      } catch {
        // One failed cleanup must not keep the others from running, nor the process from ending.
      }
    }
    process.stderr.write(`\n${message()}\n`);
    process.exit(EXIT.interrupted);
  });
}

/** Lets pending signals and I/O run (a macrotask turn), then throws if the run was interrupted. */
export async function yieldToEventLoop(signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}
