/** The lock file beside a target could not be had in time: another writer (kubectl, another run) holds it. */
export class FileLockTimeoutError extends Error {
  constructor(
    readonly path: string,
    readonly lockPath: string,
  ) {
    super(`${lockPath}: lock not acquired`);
    this.name = 'FileLockTimeoutError';
  }
}

/** The target exists but this user may not write it (what kubectl refuses too): it is left untouched. */
export class FileNotWritableError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${path}: ${code}`);
    this.name = 'FileNotWritableError';
  }
}

/** The target is a directory (or another kind of file that cannot hold the content). */
export class FileIsDirectoryError extends Error {
  readonly code = 'EISDIR';
  constructor(readonly path: string) {
    super(`${path}: is a directory`);
    this.name = 'FileIsDirectoryError';
  }
}
