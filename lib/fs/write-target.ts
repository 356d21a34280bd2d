import { lstat, readlink, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export interface WriteTarget {
  /** The file the bytes end up in: the path with every symlink followed, even a dangling one. */
  path: string;
  /** regular: replaced by rename; special: a device, FIFO or socket, written directly; missing: created. */
  kind: 'regular' | 'special' | 'missing' | 'directory';
}

const MAX_LINKS = 40;

/** Follows symlinks to the file a write lands in, the way open(2) with O_CREAT does (a dangling link's target is created). */
export async function resolveWriteTarget(path: string): Promise<WriteTarget> {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (info === null) return { path: current, kind: 'missing' };
    if (info.isSymbolicLink()) {
      current = resolve(dirname(current), await readlink(current));
      continue;
    }
    if (info.isDirectory()) return { path: current, kind: 'directory' };
    return { path: current, kind: info.isFile() ? 'regular' : 'special' };
  }
  // Let the system report the loop (ELOOP) in its own words.
  await stat(path);
  return { path: current, kind: 'missing' };
}
