import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileIsDirectoryError, FileNotWritableError } from './file-errors.ts';
import { withFileLock, type FileLockOptions } from './file-lock.ts';
import { trackTempFile, untrackTempFile } from './temp-files.ts';
import { resolveWriteTarget } from './write-target.ts';

export { FileIsDirectoryError, FileLockTimeoutError, FileNotWritableError } from './file-errors.ts';
export { lockPathFor, withFileLock, type FileLockOptions } from './file-lock.ts';
export { resolveWriteTarget, type WriteTarget } from './write-target.ts';

export interface SafeWriteOptions {
  /** Mode of a new file (default 0600). */
  mode?: number;
  /** Bits an existing file's mode keeps (default all: the mode is kept as it is). */
  modeMask?: number;
  /** Hold `<path>.lock` (kubectl's lock) while writing; for read-merge-write use withFileLock around both. */
  lock?: boolean | FileLockOptions;
  /** Copy the previous content to `<file>.bak` (same mode and owner) before replacing it. */
  backup?: boolean;
}

export interface SafeWriteResult {
  /** Where the bytes went: the path with links followed, or "-" for standard output. */
  path: string;
  /** An existing regular file's content was replaced. */
  replaced: boolean;
  /** Where the previous content was copied, when `backup` was asked for and there was one. */
  backupPath?: string;
}

// Written in pieces so that a signal is handled between them, not after a 300 MB write.
const CHUNK = 1 << 20;

/**
 * Writes a user's file without ever leaving it half-written or changing what it is: a regular file
 * is replaced by a temporary file beside it and a rename (keeping its mode, owner and group);
 * symlinks are followed (a dangling one's target is created, the link kept); devices and FIFOs are
 * written directly; "-" is standard output. A file the user may not write is refused
 * (FileNotWritableError), as kubectl refuses it. No temporary file survives any exit, signals included.
 */
export async function writeFileSafely(
  path: string,
  content: string | Uint8Array,
  options: SafeWriteOptions = {},
): Promise<SafeWriteResult> {
  if (options.lock) {
    const lockOptions = options.lock === true ? {} : options.lock;
    return withFileLock(path, () => writeFileSafely(path, content, { ...options, lock: false }), lockOptions);
  }
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (path === '-') {
    await writeToStdout(bytes);
    return { path: '-', replaced: false };
  }
  const target = await resolveWriteTarget(path);
  switch (target.kind) {
    case 'directory':
      throw new FileIsDirectoryError(path);
    case 'special': {
      const handle = await open(target.path, 'w').catch(notWritable(path));
      try {
        await writeAll(handle, bytes);
      } finally {
        await handle.close();
      }
      return { path: target.path, replaced: false };
    }
    case 'missing':
      await mkdir(dirname(target.path), { recursive: true, mode: 0o700 });
      await replaceByRename(target.path, bytes, options.mode ?? 0o600, null);
      return { path: target.path, replaced: false };
    case 'regular':
      return replaceRegular(path, target.path, bytes, options);
  }
}

async function replaceRegular(
  given: string,
  path: string,
  bytes: Uint8Array,
  options: SafeWriteOptions,
): Promise<SafeWriteResult> {
  await access(path, constants.W_OK).catch(notWritable(given));
  const info = await stat(path);
  const mode = info.mode & 0o7777 & (options.modeMask ?? 0o7777) || (options.mode ?? 0o600);
  // Keep owner and group: root (e.g. under sudo) chowns the new file; anyone else can only keep
  // another user's ownership by writing in place, as kubectl always does.
  const owner = { uid: info.uid, gid: info.gid };
  const mustChown = owner.uid !== process.geteuid?.() || owner.gid !== process.getegid?.();
  const canChown = !mustChown || process.geteuid?.() === 0;
  let backupPath: string | undefined;
  if (options.backup) {
    backupPath = `${path}.bak`;
    const previous = await readFile(path);
    await replaceByRename(backupPath, previous, info.mode & 0o7777, mustChown && canChown ? owner : null).catch(
      // A folder we may not create files in: the backup is skipped, not the write.
      () => (backupPath = undefined),
    );
  }
  if (canChown) {
    try {
      await replaceByRename(path, bytes, mode, mustChown ? owner : null);
      return { path, replaced: true, ...(backupPath ? { backupPath } : {}) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder the user may not create files in, though the file itself is writable: kubectl writes in place.
      if (code !== 'EACCES' && code !== 'EPERM') throw error;
    }
  }
  await writeInPlace(path, bytes);
  return { path, replaced: true, ...(backupPath ? { backupPath } : {}) };
}

/** The temporary file beside a target: hidden, named after it and this process. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function replaceByRename(
  path: string,
  bytes: Uint8Array,
  mode: number,
  owner: { uid: number; gid: number } | null,
): Promise<void> {
  const temp = tempPathFor(path);
  trackTempFile(temp);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      if (owner) await handle.chown(owner.uid, owner.gid);
      await handle.chmod(mode);
      await writeAll(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrackTempFile(temp);
  }
}

async function writeInPlace(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await writeAll(handle, bytes);
    await handle.truncate(bytes.byteLength);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.byteLength;) {
    const { bytesWritten } = await handle.write(bytes, offset, Math.min(CHUNK, bytes.byteLength - offset));
    offset += bytesWritten;
  }
}

function writeToStdout(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

function notWritable(path: string) {
  return (error: NodeJS.ErrnoException): never => {
    if (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS')
      throw new FileNotWritableError(path, error.code);
    throw error;
  };
}
