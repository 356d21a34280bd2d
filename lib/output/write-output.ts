import { EXIT } from '../exit-codes.ts';
import { holdInterruptFor } from '../interrupt.ts';

/** How a write to standard output ended. */
export type WriteResult = { ok: true } | { ok: false; closed: true } | { ok: false; closed: false; code: string };

const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * Writes text and says how it went instead of throwing: a reader that went away (EPIPE, as
 * `| head -1` does) is `closed`; any other failure (ENOSPC on a full disk, EIO) carries its code.
 */
export function writeOutput(stream: NodeJS.WriteStream, text: string): Promise<WriteResult> {
  guardStream(stream);
  return holdInterruptFor(
    new Promise((resolve) => {
      try {
        stream.write(text, (error) => resolve(resultOf(error)));
      } catch (error) {
        resolve(resultOf(error as Error));
      }
    }),
  );
}

/**
 * Keeps a failed write on stdout/stderr from becoming an uncaught 'error' event (a stack trace).
 * Later writes to a stream that failed are dropped; `onFailure` hears of the first failure.
 */
export function guardStream(stream: NodeJS.WritableStream, onFailure?: (result: WriteResult) => void): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  let told = false;
  stream.on('error', (error: Error) => {
    if (told) return;
    told = true;
    onFailure?.(resultOf(error));
  });
}

/**
 * For a command that writes with plain stream.write (setup-eks): a closed stdout ends the
 * run quietly, a failed one prints one line and sets exit code 5.
 */
export function guardStdout(describe: (code: string) => string): void {
  guardStream(process.stderr);
  guardStream(process.stdout, (result) => {
    if (result.ok || result.closed) return;
    process.stderr.write(`${describe(result.code)}\n`);
    process.exitCode = EXIT.outputFailed;
  });
}

function resultOf(error: Error | null | undefined): WriteResult {
  if (!error) return { ok: true };
  const code = (error as { code?: string }).code ?? 'EIO';
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED'
    ? { ok: false, closed: true }
    : { ok: false, closed: false, code };
}
