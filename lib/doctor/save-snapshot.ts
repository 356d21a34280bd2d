import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Snapshot } from './snapshot.ts';

/**
 * Writes a snapshot as JSON, readable only by its owner (0600), atomically: a temporary file
 * beside the target, then a rename, so a reader never sees half a file. ConfigMaps and
 * Secrets in a snapshot hold key names only, so no value can be written.
 */
export function saveSnapshot(path: string, snapshot: Snapshot): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(snapshot, null, 2)}\n`);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
