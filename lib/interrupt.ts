import { EXIT } from './exit-codes.ts';

const controller = new AbortController();
const cleanups = new Set<() => void>();
const outputsInFlight = new Set<Promise<unknown>>();
// How long Ctrl-C waits for a report already being written (a reader that keeps up takes milliseconds).
const OUTPUT_GRACE_MS = 500;

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
 * Marks a write of the report in flight until it settles: Ctrl-C then lets it finish (for up to half a second)
 * before exiting, so a report piped on is whole or absent, never cut off in the middle.
 */
export function holdInterruptFor<T>(write: Promise<T>): Promise<T> {
  outputsInFlight.add(write);
  void write.finally(() => outputsInFlight.delete(write)).catch(() => undefined);
  return write;
}

/**
 * Answers Ctrl-C in one place: abort interruptSignal, run every registered cleanup, print the
 * message on stderr and exit 130 (once a report being written is out). Work that runs long yields to the
 * event loop (yieldToEventLoop) so this runs within moments of the key press.
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
    if (outputsInFlight.size === 0) process.exit(EXIT.interrupted);
    setTimeout(() => process.exit(EXIT.interrupted), OUTPUT_GRACE_MS).unref();
    void Promise.allSettled([...outputsInFlight]).then(() => process.exit(EXIT.interrupted));
  });
}

/** Lets pending signals and I/O run (a macrotask turn), then throws if the run was interrupted. */
export async function yieldToEventLoop(signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}
