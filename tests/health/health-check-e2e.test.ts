/**
 * The health check end to end: moto (STS/IAM/EKS, behind the EKS proxy for access entries and
 * endpoints) and the HTTPS API double. Two clusters (one unreachable), three namespaces (one
 * forbidden, one healthy, one broken). One real CLI run with a PATH that has neither aws nor
 * kubectl; the baseline round trip calls `main` in process.
 */
import { mkdtemp, readFile, rm, symlink, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../scripts/health-check.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { startEksProxy, type EksProxy } from '../support/eks-proxy.ts';
import { startMoto, type AwsCredentials, type Moto } from '../support/moto.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runScript } from '../support/run-cli.ts';
import { shopObjects } from '../support/shop-objects.ts';

const REGION = 'ap-northeast-2';
const ROLE = 'platform-health';
const PATH_ = '/ci/';
const VIEW = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy';
const ROOT = new URL('../..', import.meta.url).pathname;

/** The shop objects plus a healthy namespace "blog"; `change` edits them (cordon a node, fix a pod). */
function objects(change: { cordon?: boolean; fixWorker?: boolean } = {}): unknown[] {
  const list = shopObjects(new Date()) as {
    kind: string;
    metadata: { name: string };
    spec?: Record<string, unknown>;
  }[];
  const out = list
    .filter((o) => !(change.fixWorker && o.kind === 'Pod' && o.metadata.name.startsWith('worker-')))
    .map((o) => (change.cordon && o.kind === 'Node' ? { ...o, spec: { ...o.spec, unschedulable: true } } : o));
  out.push({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'blog', uid: '5b1e2d3c-1111-4a2b-9c3d-000000000003', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  } as never);
  return out;
}

describeWithTools(['moto_server', 'openssl'], 'health-check end to end (moto + API double)', () => {
  let moto: Moto;
  let api: ApiDouble;
  let proxy: EksProxy;
  let dir: string;
  let creds: AwsCredentials;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    moto = await startMoto(REGION);
    const roleArn = await moto.createRole(ROLE, PATH_);
    await moto.createCluster('shop-prod', { version: '1.35' });
    await moto.createCluster('batch-prod', { version: '1.35' });
    creds = await moto.assumeRole(roleArn, 'github-actions');
    api = await startApiDouble({
      version: 'v1.35.1-eks-1a2b3c4',
      objects: objects(),
      users: {
        [`eks:${ROLE}`]: {
          username: `arn:aws:sts::{{AccountID}}:assumed-role/${ROLE}/{{SessionName}}`,
          allow: [
            { verbs: ['get', 'list', 'watch'], resources: ['*'], namespaces: ['shop', 'blog'] },
            { verbs: ['get', 'list', 'watch'], resources: ['nodes'] },
            // Lists namespaces for -A (but may list pods in shop and blog only).
            { verbs: ['list'], resources: ['namespaces'] },
          ],
        },
      },
      resolveEksCaller: moto.callerArnResolver(),
    });
    const entry = {
      principalArn: roleArn,
      policies: [{ policyArn: VIEW, accessScope: { type: 'namespace' as const, namespaces: ['shop', 'blog'] } }],
    };
    proxy = await startEksProxy(moto.url, {
      'shop-prod': { endpoint: api.url, caData: api.caData, authenticationMode: 'API', accessEntries: [entry] },
      // Nothing listens on port 9: the cluster cannot be reached.
      'batch-prod': {
        endpoint: 'https://127.0.0.1:9',
        caData: api.caData,
        authenticationMode: 'API',
        accessEntries: [entry],
      },
    });
    env = moto.envWith(creds, {
      AWS_ENDPOINT_URL_EKS: proxy.url,
      EKS_GUIDE_LANG: 'en',
      LANG: 'en_US.UTF-8',
      NO_COLOR: '1',
    });
    dir = await mkdtemp(join(tmpdir(), 'health-check-e2e-'));
  }, 60_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await proxy?.close();
    await api?.close();
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the real CLI, without aws or kubectl on PATH, reports both clusters in one JUnit document and exits 3', async () => {
    const bin = join(dir, 'bin');
    await mkdir(bin);
    await symlink(process.execPath, join(bin, 'node'));
    const out = await runScript(
      'scripts/health-check.ts',
      ['--cluster', 'shop-prod,batch-prod', '-n', 'shop,blog,other', '-o', 'junit'],
      { cwd: ROOT, env: { ...env, PATH: bin, CI: 'true' }, timeoutMs: 120_000 },
    );
    if (out.code !== 3) console.error(out.stdout, out.stderr);
    expect(out.code).toBe(3);
    const suites = [...out.stdout.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]);
    expect(suites).toEqual(['shop-prod', 'shop-prod/shop', 'shop-prod/blog', 'shop-prod/other', 'batch-prod']);
    // The unreachable cluster fails its own case and hides nothing of the other.
    expect(out.stdout).toMatch(/<testcase classname="batch-prod" name="cluster reachable">\s*<failure/);
    expect(out.stdout).toMatch(/<testcase classname="shop-prod" name="cluster reachable"\/>/);
    expect(out.stdout).toContain('access.cannot-list-pods Namespace/other');
    expect(out.stdout).toMatch(/crash-loop[^"]*Pod\/worker-7b9f8c6d5-x2p4q/);
    // The doctor never read the forbidden namespace, and every read carried the in-process EKS token.
    expect(api.requests.some((r) => r.path.startsWith('/api/v1/namespaces/other/'))).toBe(false);
    expect(
      api.requests
        .filter((r) => r.path === '/api/v1/namespaces/shop/pods')
        .every((r) => r.user?.includes(`assumed-role/${ROLE}/github-actions`)),
    ).toBe(true);
  }, 150_000);

  it('the installed command as the issue runs it, `eks-guide health-check --cluster a,b -A -o junit`: one report, one exit code', async () => {
    const bin = join(dir, 'bin-a');
    await mkdir(bin);
    await symlink(process.execPath, join(bin, 'node'));
    const out = await runScript(
      'scripts/eks-guide.ts',
      ['health-check', '--cluster', 'shop-prod,batch-prod', '-A', '-o', 'junit'],
      { cwd: ROOT, env: { ...env, PATH: bin, CI: 'true' }, timeoutMs: 120_000 },
    );
    if (out.code !== 3) console.error(out.stdout, out.stderr);
    expect(out.code).toBe(3);
    expect(out.stdout.match(/<\?xml/g)).toHaveLength(1);
    const suites = [...out.stdout.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]!);
    // -A: every namespace the API lists, each in its own suite; then the unreachable cluster.
    expect(suites[0]).toBe('shop-prod');
    expect(suites.slice(1, -1).sort()).toEqual(['shop-prod/blog', 'shop-prod/other', 'shop-prod/shop']);
    expect(suites.at(-1)).toBe('batch-prod');
    expect(out.stdout).toMatch(/<testcase classname="batch-prod" name="cluster reachable">\s*<failure/);
    expect(out.stdout).toContain('access.cannot-list-pods Namespace/other');
    expect(out.stdout).toMatch(/crash-loop[^"]*Pod\/worker-7b9f8c6d5-x2p4q/);
  }, 150_000);

  it('a baseline round trip: known findings pass, a new one fails and is named alone, a fixed one is resolved', async () => {
    for (const [k, v] of Object.entries(env)) if (k.startsWith('AWS_')) vi.stubEnv(k, v);
    const run = async (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
      let stdout = '';
      const code = await main(['--cluster', 'shop-prod', '-n', 'shop,blog,other', ...args], 'health-check', {
        env: { ...env, ...extraEnv },
        stdout: (t) => {
          stdout += t;
          return Promise.resolve();
        },
        stderr: () => {},
      });
      // SHOW_HEALTH_OUTPUT=1 prints what a CI log would show, for reviewing the wording.
      if (process.env.SHOW_HEALTH_OUTPUT) console.log(`$ health-check ${args.join(' ')} -> exit ${code}\n${stdout}`);
      return { code, stdout };
    };
    const baseline = join(dir, 'baseline.yaml');
    const summary = join(dir, 'summary.md');

    const first = await run(['--write-baseline', baseline]);
    expect(first.code).toBe(1);
    const written = parse(await readFile(baseline, 'utf8')) as {
      schema: string;
      findings: { code: string; namespace: string; name: string }[];
    };
    expect(written.schema).toBe('eks-guide.health-baseline/v1');
    expect(written.findings).toContainEqual(
      expect.objectContaining({ namespace: 'other', code: 'access.cannot-list-pods' }),
    );
    expect(written.findings.some((f) => f.namespace === 'blog')).toBe(false);

    const unchanged = await run(['--baseline', baseline, '-o', 'json']);
    expect(unchanged.code).toBe(0);
    const doc = JSON.parse(unchanged.stdout) as { schema: string; baseline: { new: unknown[]; resolved: unknown[] } };
    expect(doc.schema).toBe('eks-guide.health-check/v1');
    expect(doc.baseline.new).toEqual([]);

    api.setObjects(objects({ cordon: true }));
    const worse = await run(['--baseline', baseline, '--fail-on', 'warning']);
    expect(worse.code).toBe(1);
    const newLines = worse.stdout
      .split('New findings:\n')[1]!
      .split('\n')
      .filter((l) => l.startsWith('  '));
    expect(newLines).toEqual([
      expect.stringMatching(/^ {2}\[warning\] shop-prod node\.cordoned Node\/ip-192-168-12-34/),
    ]);

    api.setObjects(objects({ fixWorker: true }));
    const better = await run(['--baseline', baseline, '-o', 'json'], { GITHUB_STEP_SUMMARY: summary });
    expect(better.code).toBe(0);
    const resolved = (JSON.parse(better.stdout) as { baseline: { resolved: { name: string }[] } }).baseline.resolved;
    expect(resolved.map((r) => r.name)).toContain('worker-7b9f8c6d5-x2p4q');
    // Under GitHub Actions the Markdown report lands in the job summary, a section per cluster and namespace.
    const md = await readFile(summary, 'utf8');
    expect(md).toContain('## Cluster shop-prod (ap-northeast-2)');
    expect(md).toContain('### Namespace blog in shop-prod');
    expect(md).toMatch(
      /Resolved since the baseline:\n- shop-prod\/shop crash-loops\.app-error Pod\/worker-7b9f8c6d5-x2p4q/,
    );
  }, 150_000);
});
