/** `doctor --save-snapshot` as a user runs it: never over its own input, says when it replaced a file, "-" is stdout. */
import { copyFile, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runBuiltEksGuide, type CliResult } from '../support/run-cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let dir: string;

function doctor(args: string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', LANG: 'en_US.UTF-8', EKS_GUIDE_LANG: 'en' };
  delete env.KUBECONFIG;
  return runBuiltEksGuide(['doctor', ...args], { cwd: ROOT, env });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'doctor-save-'));
});

it('--save-snapshot naming the --from-file input: exit 2, the input untouched', async () => {
  const input = join(dir, 'shop.json');
  await copyFile(join(ROOT, 'examples/broken-shop.json'), input);
  const before = await readFile(input, 'utf8');
  const out = await doctor(['--from-file', input, '--save-snapshot', input, '-o', 'json']);
  expect(out.code).toBe(2);
  expect(out.stderr).toContain(`Not saving the snapshot to ${input}: it is the --from-file input`);
  expect(await readFile(input, 'utf8')).toBe(before);
});

it('an existing file is replaced and the user is told; "-" writes to stdout and no file named "-"', async () => {
  const target = join(dir, 'old-snapshot.json');
  await writeFile(target, 'yesterday\n');
  const [replaced, dash] = await Promise.all([
    doctor(['--from-file', 'examples/broken-shop.json', '--save-snapshot', target, '-o', 'json']),
    doctor(['--from-file', 'examples/broken-shop.json', '--save-snapshot', '-', '-o', 'json']),
  ]);
  expect(replaced.stderr).toContain(`Snapshot saved to ${target}, replacing the file that was there`);
  expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ namespace: 'shop' });
  expect(dash.stderr).toContain('Snapshot written to standard output');
  expect(dash.stdout).toContain('"takenAt"');
  await expect(stat(join(ROOT, '-'))).rejects.toMatchObject({ code: 'ENOENT' });
});
