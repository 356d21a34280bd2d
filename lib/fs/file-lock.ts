import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { FileLockTimeoutError } from './file-errors.ts';

export interface FileLockOptions {
  /** How long to wait for another writer before giving up (default 10 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
// A lock left by a killed run of ours is taken over after this long (proper-lockfile refreshes a
// held lock's mtime, so a live one never looks stale). kubectl's lock is a plain file, which
// proper-lockfile cannot remove (rmdir), so kubectl's lock is always waited for, never broken.
const STALE_MS = 10_000;

/** The lock file kubectl uses for a kubeconfig: `<file>.lock` beside it. */
export function lockPathFor(path: string): string {
  return `${resolve(path)}.lock`;
}

/**
 * Runs fn while holding `<path>.lock` (created exclusively, as kubectl does, so kubectl and this
 * tool exclude each other), so that a read-merge-write in fn sees every earlier writer's result.
 * Throws FileLockTimeoutError naming the lock file when it cannot be had within the timeout.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  // Loaded here, not at the top: proper-lockfile installs exit handlers when loaded.
  const { lock } = await import('proper-lockfile');
  const target = resolve(path);
  const lockPath = lockPathFor(target);
  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  for (let attempt = 0; ; attempt++) {
    try {
      release = await lock(target, {
        lockfilePath: lockPath,
        realpath: false,
        stale: STALE_MS,
        retries: 0,
        onCompromised: (error) => {
          compromised = error;
        },
      });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ELOCKED: held by a live writer; ENOTDIR: kubectl's plain-file lock seen as stale.
      if (code !== 'ELOCKED' && code !== 'ENOTDIR' && code !== 'EEXIST') throw error;
      if (Date.now() >= deadline) throw new FileLockTimeoutError(target, lockPath);
      await new Promise((r) => setTimeout(r, Math.min(25 * 2 ** Math.min(attempt, 3), 200) * (0.5 + Math.random())));
    }
  }
  try {
    const result = await fn();
    if (compromised) throw compromised;
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}
