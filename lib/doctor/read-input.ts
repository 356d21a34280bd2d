import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { msg } from '../i18n/index.ts';
import { formatBytes } from '../kube/quantity.ts';
import { SnapshotFileError } from './load-file.ts';

/** The largest --from-file input read unless --max-input-size or DOCTOR_MAX_INPUT_SIZE says otherwise: 256 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a file ("-": standard input) as UTF-8, chunk by chunk, and stops with exit-2 error as
 * soon as it passes `maxBytes`: an endless input (/dev/zero, a stuck pipe) never fills memory.
 */
export async function readInput(
  path: string,
  options: { maxBytes?: number; signal?: AbortSignal } = {},
): Promise<{ text: string; modified: Date }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const tooLarge = () =>
    new SnapshotFileError(
      msg('doctor.file.tooLarge', { path, limit: formatBytes(maxBytes) }),
      msg('doctor.file.tooLarge.fix'),
    );
  let modified = new Date();
  try {
    if (path !== '-') {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      // A regular file says its size: refuse it before reading a byte. Devices and pipes say 0 and are counted as read.
      if (info.isFile() && info.size > maxBytes) throw tooLarge();
      modified = info.mtime;
    }
    const stream = path === '-' ? process.stdin : createReadStream(path);
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer | string>) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        total += buffer.length;
        if (total > maxBytes) throw tooLarge();
        options.signal?.throwIfAborted();
        chunks.push(buffer);
      }
    } finally {
      if (stream !== process.stdin) stream.destroy();
      else process.stdin.pause();
    }
    return { text: Buffer.concat(chunks, total).toString('utf8'), modified };
  } catch (error) {
    if (error instanceof SnapshotFileError || (error as Error).name === 'AbortError') throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new SnapshotFileError(msg('doctor.file.notFound', { path }));
    throw new SnapshotFileError(msg('doctor.file.unreadable', { path, reason: code ?? 'error' }));
  }
}
