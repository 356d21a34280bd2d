/**
 * What writing a kubeconfig must never do to a user's file: lose a concurrent writer's entry,
 * replace a link, device or FIFO, change its owner or mode, or accept a file kubectl refuses.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chown, lstat, mkdir, mkdtemp, readFile, readlink, stat, symlink, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FileLockTimeoutError, withFileLock } from '../../lib/fs/safe-write.ts';
import { KubeconfigInvalidError, writeKubeconfig, type KubeconfigEntry } from '../../lib/kube/kubeconfig-writer.ts';
import { render } from '../../lib/i18n/index.ts';
import { updateKubeconfig } from '../../lib/setup/kubeconfig-step.ts';
import { StepError } from '../../lib/setup/step-error.ts';
import type { SetupOptions } from '../../lib/setup/setup-context.ts';
import type { ClusterFacts } from '../../lib/aws/eks-cluster.ts';
import { describeWithTools } from '../support/requirements.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const entryFor = (name: string): KubeconfigEntry => ({
  clusterArn: `arn:aws:eks:ap-northeast-2:111122223333:cluster/${name}`,
  clusterName: name,
  region: 'ap-northeast-2',
  endpoint: `https://${name}.gr7.ap-northeast-2.eks.amazonaws.com`,
  caData: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=',
  alias: name,
});
const contexts = async (path: string) =>
  ((parse(await readFile(path, 'utf8')) as { contexts: { name: string }[] }).contexts ?? []).map((c) => c.name).sort();
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kubeconfig-safety-'));
});

describe('concurrent writers', () => {
  it('five concurrent writeKubeconfig calls with different contexts all survive', async () => {
    const path = join(dir, 'config');
    const names = ['a', 'b', 'c', 'd', 'e'];
    await Promise.all(names.map((n) => writeKubeconfig(path, entryFor(n))));
    expect(await contexts(path)).toEqual(names);
  });

  it('five writer processes at once keep every context (two rounds)', async () => {
    for (let i = 0; i < 2; i++) {
      const path = join(dir, `race-${i}`);
      const run = (alias: string) =>
        new Promise<number | null>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', join(ROOT, 'tests/support/write-child.ts'), 'kubeconfig', path, alias],
            { cwd: ROOT, stdio: 'ignore' },
          );
          child.on('error', reject);
          child.on('close', resolve);
        });
      const codes = await Promise.all([run('left'), run('right'), run('third'), run('fourth'), run('fifth')]);
      expect(codes).toEqual([0, 0, 0, 0, 0]);
      expect(await contexts(path)).toEqual(['fifth', 'fourth', 'left', 'right', 'third']);
    }
  }, 120_000);

  it("waits for kubectl's lock file and, when it is never released, names it", async () => {
    const path = join(dir, 'config');
    await writeKubeconfig(path, entryFor('a'));
    const before = await readFile(path, 'utf8');
    // kubectl's lock: a plain file created with O_CREATE|O_EXCL beside the kubeconfig.
    await writeFile(`${path}.lock`, '');
    const started = Date.now();
    const error = await writeKubeconfig(path, entryFor('b'), { lock: { timeoutMs: 400 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileLockTimeoutError);
    expect((error as FileLockTimeoutError).lockPath).toBe(`${path}.lock`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(await readFile(path, 'utf8')).toBe(before);
    // A lock that goes away in time is waited for, and the write then happens.
    const later = writeKubeconfig(path, entryFor('b'), { lock: { timeoutMs: 5000 } });
    setTimeout(() => execFileSync('rm', [`${path}.lock`]), 300);
    await later;
    expect(await contexts(path)).toEqual(['a', 'b']);
  });

  it('setup says which lock file it waited for, exit 2', async () => {
    const path = join(dir, 'config');
    await writeFile(`${path}.lock`, '');
    const error = await updateKubeconfig(options({ kubeconfig: path }), cluster('a'), {
      env: {},
      home: dir,
      lockTimeoutMs: 300,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).exitCode).toBe(2);
    expect((error as StepError).describe('en')).toContain(`${path}.lock`);
  });
});

describeWithTools(['kubectl'], 'the lock kubectl takes', () => {
  it('kubectl config set-context refuses to write while setup holds the lock, and writes after', async () => {
    const path = join(dir, 'config');
    await writeKubeconfig(path, entryFor('a'));
    const kubectl = () => {
      try {
        execFileSync('kubectl', ['--kubeconfig', path, 'config', 'set-context', 'other', '--cluster=x'], {
          stdio: 'pipe',
        });
        return 'ok';
      } catch (error) {
        return String((error as { stderr: Buffer }).stderr);
      }
    };
    const held = await withFileLock(path, () => Promise.resolve(kubectl()));
    expect(held).toContain('.lock: file exists');
    expect(kubectl()).toBe('ok');
    expect(await contexts(path)).toEqual(['a', 'other']);
  });
});

describe('links, devices and FIFOs', () => {
  it('writes through a symlink and keeps the link', async () => {
    const real = join(dir, 'dotfiles-config');
    const link = join(dir, 'config');
    await writeKubeconfig(real, entryFor('a'));
    await symlink(real, link);
    await writeKubeconfig(link, entryFor('b'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await contexts(real)).toEqual(['a', 'b']);
  });

  it('a dangling symlink: the target is created, the link kept', async () => {
    const link = join(dir, 'config');
    const real = join(dir, 'store', 'kubeconfig');
    await symlink(real, link);
    await writeKubeconfig(link, entryFor('a'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await contexts(real)).toEqual(['a']);
    expect((await stat(real)).mode & 0o777).toBe(0o600);
  });

  it.runIf(isRoot)('a character device stays a device (--kubeconfig /dev/null)', async () => {
    const device = join(dir, 'null');
    execFileSync('mknod', ['-m', '0666', device, 'c', '1', '3']);
    await writeKubeconfig(device, entryFor('a'));
    expect((await stat(device)).isCharacterDevice()).toBe(true);
    await writeKubeconfig('/dev/null', entryFor('a'));
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    expect((await stat('/dev/null')).mode & 0o777).toBe(0o666);
  });

  it('a FIFO is written into, not replaced', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      const cat = spawn('cat', [fifo]);
      let out = '';
      cat.stdout.on('data', (d: Buffer) => (out += d.toString()));
      cat.on('close', () => resolve(out));
    });
    await writeKubeconfig(fifo, entryFor('a'));
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect((parse(await reader) as { 'current-context': string })['current-context']).toBe('a');
  });
});

describe('permissions, owner and backup', () => {
  it.runIf(isRoot)('keeps the owner, group and mode of an existing file (as root, e.g. under sudo)', async () => {
    const path = join(dir, 'config');
    await writeKubeconfig(path, entryFor('a'));
    await chown(path, 1234, 5678);
    await chmod(path, 0o400);
    await writeKubeconfig(path, entryFor('b'));
    const info = await stat(path);
    expect([info.uid, info.gid, info.mode & 0o777]).toEqual([1234, 5678, 0o400]);
    expect(await contexts(path)).toEqual(['a', 'b']);
  });

  it.runIf(isRoot)(
    "another user's file in a folder anyone may write: refused (exit 2, named), left as it was",
    async () => {
      await chmod(dir, 0o755);
      const shared = join(dir, 'shared');
      await mkdir(shared, { mode: 0o777 });
      await chmod(shared, 0o777);
      const path = join(shared, 'config');
      await writeKubeconfig(path, entryFor('a'));
      await chmod(path, 0o644);
      const before = await readFile(path, 'utf8');
      // Run as nobody, as kubectl would run for that user: it may not write root's 0644 file.
      const script = `import { updateKubeconfig } from './lib/setup/kubeconfig-step.ts';
      updateKubeconfig({ kubeconfig: ${JSON.stringify(path)}, namespace: 'default', namespaceGiven: false, dryRun: false, lang: 'en' },
        { name: 'b', arn: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/b', region: 'ap-northeast-2', endpoint: 'https://b', caData: 'Q0E=' },
        { env: {}, home: '/nonexistent' })
        .then(() => console.log('WROTE'), (e) => console.log(e.exitCode, e.describe('en')));`;
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
      });
      expect(out).toMatch(/^2 You may not write the kubeconfig .*config \(EACCES\)/);
      expect(out).toContain(path);
      expect(await readFile(path, 'utf8')).toBe(before);
      const info = await stat(path);
      expect([info.uid, info.mode & 0o777]).toEqual([0, 0o644]);
    },
  );

  it('keeps the previous kubeconfig as <file>.bak (same mode) and says where', async () => {
    const path = join(dir, 'config');
    await writeKubeconfig(path, entryFor('a'));
    await chmod(path, 0o400);
    const previous = await readFile(path, 'utf8');
    const result = await writeKubeconfig(path, entryFor('b'));
    expect(result.backupPath).toBe(`${path}.bak`);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(previous);
    expect((await stat(`${path}.bak`)).mode & 0o777).toBe(0o400);
    // A new file has nothing to back up.
    expect((await writeKubeconfig(join(dir, 'new'), entryFor('a'))).backupPath).toBeUndefined();
  });
});

describe('kubeconfigs kubectl refuses', () => {
  const ENTRY = (name: string, server: string) => `- cluster:\n    server: ${server}\n  name: ${name}\n`;
  it('duplicate names in a list: refused with the line, file untouched, exit 2 from setup', async () => {
    const path = join(dir, 'config');
    const text = `apiVersion: v1\nkind: Config\nclusters:\n${ENTRY('a', 'https://a')}${ENTRY('a', 'https://b')}`;
    await writeFile(path, text);
    const error = await writeKubeconfig(path, entryFor('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeconfigInvalidError);
    expect((error as KubeconfigInvalidError).line).toBe(9);
    expect((error as KubeconfigInvalidError).reason).toBe('duplicate name "a" in clusters');
    expect(await readFile(path, 'utf8')).toBe(text);
    const step = (await updateKubeconfig(options({ kubeconfig: path }), cluster('x'), { env: {}, home: dir }).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(step.exitCode).toBe(2);
    expect(render('en', step.problem)).toBe(
      `The existing kubeconfig ${path} is not a valid kubeconfig at line 9 (duplicate name "a" in clusters); it was left untouched.`,
    );
  });

  it('a top-level key twice (kubectl reads the last, so it would not see our entry): refused with the line', async () => {
    const path = join(dir, 'config');
    const text = `apiVersion: v1\nkind: Config\nclusters:\n${ENTRY('a', 'https://a')}users: []\nclusters: []\n`;
    await writeFile(path, text);
    const error = await writeKubeconfig(path, entryFor('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeconfigInvalidError);
    expect((error as KubeconfigInvalidError).line).toBe(8);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('a directory given as --kubeconfig: exit 2, saying it is a directory', async () => {
    const step = (await updateKubeconfig(options({ kubeconfig: dir }), cluster('x'), { env: {}, home: dir }).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(step).toBeInstanceOf(StepError);
    expect(step.exitCode).toBe(2);
    expect(render('en', step.problem)).toBe(`The kubeconfig path ${dir} is a directory; a kubeconfig is a file.`);
  });

  it('a JSON kubeconfig stays JSON (no JSON/YAML hybrid)', async () => {
    const path = join(dir, 'config.json');
    const json = `${JSON.stringify({ apiVersion: 'v1', kind: 'Config', clusters: [], contexts: [], users: [], preferences: {} }, null, 2)}\n`;
    await writeFile(path, json);
    await writeKubeconfig(path, entryFor('a'));
    const text = await readFile(path, 'utf8');
    const doc = JSON.parse(text) as { contexts: { name: string }[]; 'current-context': string };
    expect(doc.contexts.map((c) => c.name)).toEqual(['a']);
    expect(doc['current-context']).toBe('a');
  });
});

function options(over: Partial<SetupOptions>): SetupOptions {
  const base: SetupOptions = { namespace: 'default', namespaceGiven: false, dryRun: false, lang: 'en' };
  return { ...base, ...over };
}

function cluster(name: string): ClusterFacts {
  const e = entryFor(name);
  return { name, arn: e.clusterArn, region: e.region, endpoint: e.endpoint, caData: e.caData } as ClusterFacts;
}
