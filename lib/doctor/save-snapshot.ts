import { stat } from 'node:fs/promises';
import { writeFileSafely } from '../fs/safe-write.ts';
import type { Snapshot } from './snapshot.ts';

/** --save-snapshot names the --from-file input: saving would destroy what was read. */
export class SnapshotOverwritesInputError extends Error {
  constructor(readonly path: string) {
    super(`${path}: is the --from-file input`);
    this.name = 'SnapshotOverwritesInputError';
  }
}

/**
 * Writes a snapshot as JSON through writeFileSafely: a new file is 0600, a reader never sees half
 * a file, "-" is standard output. Refuses to overwrite the --from-file input (the same file by any
 * path or link). ConfigMaps and Secrets in a snapshot hold key names only, so no value can be written.
 * Returns whether an existing file was replaced, so the caller can say so.
 */
export async function saveSnapshot(
  path: string,
  snapshot: Snapshot,
  options: { input?: string } = {},
): Promise<{ replaced: boolean; toStdout: boolean }> {
  if (options.input && (await sameFile(path, options.input))) throw new SnapshotOverwritesInputError(path);
  const written = await writeFileSafely(path, `${JSON.stringify(snapshot, null, 2)}\n`, {
    mode: 0o600,
    modeMask: 0o600,
  });
  return { replaced: written.replaced, toStdout: written.path === '-' };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === '-' || b === '-') return false;
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}
