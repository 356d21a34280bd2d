import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/health-check.ts';
import { parseHealthArgs } from '../../lib/health/health-options.ts';
import type { UsageError } from '../../lib/usage-error.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'health-usage-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], lang = 'en') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, 'eks-guide health-check', {
    env: { EKS_GUIDE_LANG: lang, LANG: 'C' },
    stdout: (t) => {
      stdout += t;
      return Promise.resolve();
    },
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('health-check usage errors (exit 2, before any AWS call)', () => {
  it.each([
    [[], 'Name the clusters to check'],
    [['--cluster', 'a', '-o', 'yaml'], 'Unknown output format "yaml"'],
    [['--cluster', 'a', '--fail-on', 'fatal'], 'Unknown --fail-on level "fatal"'],
    [['--cluster', 'a', '-n', 'shop', '-A'], 'either -n or -A'],
    [['--cluster', 'a', '--clusters', 'f.yaml'], 'either --cluster or --clusters'],
    [['--cluster', 'bad name!'], '"bad name!" is not an EKS cluster name'],
    [['--cluster', 'a', '-n', 'Shop'], '"Shop" is not a namespace name'],
    [['--cluster', 'a', '--role-arn', 'admin'], '"admin" is not an IAM role ARN'],
    [['--cluster', 'a', '--kubeconfig', 'x'], 'Unknown option "--kubeconfig"'],
    [['--cluster'], '--cluster needs a value'],
    [['--cluster', 'a,b', '--in-cluster'], '--in-cluster reads the one cluster this pod runs in'],
  ])('%j', async (argv, text) => {
    const out = await run(argv);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(text);
    expect(out.stderr).toContain('See eks-guide health-check --help.');
    expect(out.stdout).toBe('');
  });

  it('speaks Korean with --lang ko', async () => {
    const out = await run(['--lang', 'ko', '--cluster', 'a', '-o', 'yaml']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('알 수 없는 출력 형식 "yaml"입니다');
  });

  it('refuses a missing or malformed --clusters file and a baseline that is not one', async () => {
    expect((await run(['--clusters', join(dir, 'none.yaml')])).stderr).toContain('does not exist');
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, '- region: ap-northeast-2\n');
    expect((await run(['--clusters', bad])).stderr).toContain('entry 1: cluster is missing');
    const notBaseline = join(dir, 'baseline.json');
    await writeFile(notBaseline, '{"findings": []}');
    const out = await run(['--cluster', 'a', '--baseline', notBaseline]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('not a eks-guide.health-baseline/v1 document');
  });

  it('--help prints the usage and exits 0', async () => {
    const out = await run(['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Usage: eks-guide health-check --cluster NAME');
    expect(out.stdout).toMatch(/--in-cluster +in a pod \(the CronJob\): read Kubernetes as the pod's service account/);
  });
});

describe('--clusters file', () => {
  it('gives each cluster its own region, profile, role and namespaces; the flags fill what an entry leaves out', () => {
    const file = [
      '- cluster: shop-prod',
      '  region: ap-northeast-2',
      '  roleArn: arn:aws:iam::123456789012:role/ci/health',
      '  namespaces: [shop, blog]',
      '- cluster: batch-prod',
      '  region: us-east-1',
      '  profile: batch',
    ].join('\n');
    const options = parseHealthArgs(['--clusters', 'fleet.yaml', '-A', '--profile', 'ops'], {}, () => file);
    expect(options.targets).toEqual([
      {
        cluster: 'shop-prod',
        region: 'ap-northeast-2',
        profile: 'ops',
        roleArn: 'arn:aws:iam::123456789012:role/ci/health',
        namespaces: ['shop', 'blog'],
        allNamespaces: false,
      },
      { cluster: 'batch-prod', region: 'us-east-1', profile: 'batch', namespaces: [], allNamespaces: true },
    ]);
  });

  it('--in-cluster marks the one cluster (from --cluster or a one-entry file) for the service account', () => {
    expect(parseHealthArgs(['--cluster', 'shop-prod', '-A', '--in-cluster'], {}).targets).toEqual([
      { cluster: 'shop-prod', namespaces: [], allNamespaces: true, inCluster: true },
    ]);
    const one = parseHealthArgs(['--clusters', 'f.yaml', '--in-cluster'], {}, () => '- cluster: shop-prod\n');
    expect(one.targets.map((t) => t.inCluster)).toEqual([true]);
    let error: unknown;
    try {
      parseHealthArgs(['--clusters', 'f.yaml', '--in-cluster'], {}, () => '[{cluster: a}, {cluster: b}]');
    } catch (e) {
      error = e;
    }
    expect((error as UsageError).message_).toEqual({ key: 'health.usage.inClusterOne', params: { count: 2 } });
    expect(parseHealthArgs(['--cluster', 'shop-prod'], {}).targets[0]!.inCluster).toBeUndefined();
  });
});
