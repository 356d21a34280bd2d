import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSnapshot, SnapshotOverwritesInputError } from '../../lib/doctor/save-snapshot.ts';
import { emptySnapshot } from '../../lib/doctor/snapshot.ts';

const snapshot = emptySnapshot('shop', '2024-05-02T08:20:00.000Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'save-snapshot-'));
});

describe('saveSnapshot', () => {
  it('refuses to overwrite the --from-file input, by the same path, a relative path or a link', async () => {
    const input = join(dir, 'input.json');
    const link = join(dir, 'link.json');
    await writeFile(input, '{"kind":"List","items":[]}\n');
    await symlink(input, link);
    for (const [target, from] of [
      [input, input],
      [relative(process.cwd(), input), input],
      [link, input],
      [input, link],
    ] as const) {
      await expect(saveSnapshot(target, snapshot, { input: from })).rejects.toBeInstanceOf(
        SnapshotOverwritesInputError,
      );
    }
    expect(await readFile(input, 'utf8')).toBe('{"kind":"List","items":[]}\n');
  });

  it('says whether an existing file was replaced; a new file is 0600', async () => {
    const path = join(dir, 'snap.json');
    expect(await saveSnapshot(path, snapshot, { input: join(dir, 'other.json') })).toEqual({
      replaced: false,
      toStdout: false,
    });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await saveSnapshot(path, snapshot)).replaced).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(snapshot);
  });

  it('"-" writes to standard output and creates no file named "-"', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: Uint8Array | string, cb?: () => void) => {
      written.push(Buffer.from(chunk).toString());
      cb?.();
      return true;
    }) as typeof process.stdout.write);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await saveSnapshot('-', snapshot)).toStdout).toBe(true);
    } finally {
      process.chdir(cwd);
      spy.mockRestore();
    }
    expect(JSON.parse(written.join(''))).toEqual(snapshot);
    await expect(stat(join(dir, '-'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.runIf(process.getuid?.() === 0)('a character device (like /dev/stdout) stays a device', async () => {
    const device = join(dir, 'null');
    execFileSync('mknod', ['-m', '0666', device, 'c', '1', '3']);
    await saveSnapshot(device, snapshot);
    const info = await stat(device);
    expect(info.isCharacterDevice()).toBe(true);
    expect(info.mode & 0o777).toBe(0o666);
  });
});
