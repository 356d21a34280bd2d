import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuiltEksGuide, type CliResult } from '../support/run-cli.ts';
import { CHECK_IDS } from '../../checks/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let home: string;

function doctor(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, CI: 'true', LANG: 'en_US.UTF-8', ...extraEnv };
  delete env.KUBECONFIG;
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return runBuiltEksGuide(['doctor', ...args], { cwd: ROOT, env });
}

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'doctor-usage-'));
});

describe('doctor command line', () => {
  it('prints help with the flags, exit codes and check ids, in English and Korean', async () => {
    const [en, ko] = await Promise.all([doctor(['--help']), doctor(['-h', '--lang', 'ko'])]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('--fail-on LEVEL');
    expect(en.stdout).toContain('3  the cluster could not be read at all');
    for (const id of CHECK_IDS) expect(en.stdout).toContain(id);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain('종료 코드');
  });

  it("exits 2 with a clear message on a bad flag value, in the user's language", async () => {
    const [badOutput, badKo, badCheck, badNs] = await Promise.all([
      doctor(['-o', 'yaml']),
      doctor(['-o', 'yaml'], { LANG: 'ko_KR.UTF-8' }),
      doctor(['--only', 'no-such-check']),
      doctor(['-n', 'My_Namespace']),
    ]);
    expect(badOutput.code).toBe(2);
    expect(badOutput.stderr).toContain('Unknown output format "yaml": use text, json, junit, markdown or html.');
    expect(badOutput.stdout).toBe('');
    expect(badKo.code).toBe(2);
    expect(badKo.stderr).toContain('알 수 없는 출력 형식 "yaml"');
    expect(badCheck.code).toBe(2);
    expect(badCheck.stderr).toContain(`Valid ids: ${CHECK_IDS.join(', ')}.`);
    expect(badNs.code).toBe(2);
    expect(badNs.stderr).toContain('Namespace "My_Namespace" is not a valid name');
  });

  it('exits 2 for a missing or broken input file, 3 when there is no kubeconfig at all', async () => {
    const broken = join(home, 'broken.json');
    writeFileSync(broken, '{"apiVersion": "v1", "kind": "List", "items": [');
    const [missingFile, brokenFile, missingKubeconfig, noKubeconfig] = await Promise.all([
      doctor(['--from-file', join(home, 'nope.json')]),
      doctor(['--from-file', broken]),
      doctor(['--kubeconfig', join(home, 'nope.kubeconfig')]),
      doctor(['-n', 'shop']),
    ]);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain(`The file ${join(home, 'nope.json')} does not exist.`);
    expect(brokenFile.code).toBe(2);
    expect(brokenFile.stderr).toContain('is not valid JSON (the document starting at line 1)');
    expect(missingKubeconfig.code).toBe(2);
    expect(missingKubeconfig.stderr).toContain('does not exist');
    expect(noKubeconfig.code).toBe(3);
    expect(noKubeconfig.stderr).toContain('No kubeconfig was found');
    expect(noKubeconfig.stderr).toContain('setup-eks.ts');
  });

  it('reads a kubectl dump from standard input with --from-file -', () => {
    const dump = readFileSync(new URL('../doctor/fixtures/pending-pod-list.json', import.meta.url), 'utf8');
    const result = spawnSync(
      'npx',
      ['tsx', 'scripts/doctor.ts', '--from-file', '-', '-o', 'json', '--fail-on', 'never'],
      {
        cwd: ROOT,
        input: dump,
        encoding: 'utf8',
        env: { ...process.env, HOME: home, CI: 'true', LANG: 'en_US.UTF-8' },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      namespace: string;
      source: unknown;
      visibility: Record<string, { reason?: string }>;
    };
    expect(report.namespace).toBe('shop');
    expect(report.source).toEqual({ type: 'file', path: '-' });
    expect(report.visibility.nodes?.reason).toBe('notInFile');
    expect(result.stdout).not.toContain('aHVudGVyMg==');
  });

  it('--object diagnoses one object and its incident, --brief prints the summary alone, --fail-on reads incidents', async () => {
    const example = ['--from-file', 'examples/broken-shop.json'];
    const [pod, missing, info, storageClass] = await Promise.all([
      doctor([...example, '--object', 'po/media-6d9f7c8b4d-p2l9s', '--brief']),
      doctor([...example, '--object', 'deploy/nope']),
      doctor([...example, '--object', 'ds/log-shipper']),
      doctor([...example, '--object', 'sc/fast']),
    ]);
    expect(pod.code).toBe(1);
    const lines = pod.stdout.split('\n').filter((l) => /^ {2}[✖▲ℹ] \d+\. /.test(l));
    expect(lines).toHaveLength(1);
    // Asked about the pod, the user gets its root cause (the claim) and the Deployment it breaks.
    expect(lines[0]).toContain('PersistentVolumeClaim/uploads (Deployment/media)');
    expect(lines[0]).toContain('Affects 3 objects.');
    expect(pod.stdout).not.toContain('Evidence:');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no Deployment named nope in namespace shop');
    // A StorageClass belongs to no namespace: the claim names one that does not exist in the cluster.
    expect(storageClass.code).toBe(2);
    expect(storageClass.stderr).toContain('There is no StorageClass named fast in the cluster');
    // Its only incident is info: below the default --fail-on error.
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('1 incident · ');
  });

  it('exits 2 naming the contexts when --context does not exist', async () => {
    const kubeconfig = join(home, 'two.kubeconfig');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '- name: dev',
        '  cluster: {server: "https://127.0.0.1:1"}',
        'users:',
        '- name: dev',
        '  user: {token: abc}',
        'contexts:',
        '- name: dev',
        '  context: {cluster: dev, user: dev, namespace: shop}',
        'current-context: dev',
        '',
      ].join('\n'),
    );
    const result = await doctor(['--kubeconfig', kubeconfig, '--context', 'prod']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The kubeconfig has no context named "prod". Contexts: dev.');
  });
});
