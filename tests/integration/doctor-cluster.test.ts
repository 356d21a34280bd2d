import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAll, parseXml } from '../output/xml-tree.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { runBuiltEksGuide, type CliResult } from '../support/run-cli.ts';
import { doctorClusterObjects, VALUE_MARKERS } from '../doctor/fixtures/cluster-objects.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const execFileAsync = promisify(execFile);
const ADMIN = 'admin-4f1d9c0b7e2a';
const NS_ONLY = 'dev-9a8b7c6d5e4f';
const NAMESPACED = [
  'pods',
  'events',
  'persistentvolumeclaims',
  'services',
  'endpointslices',
  'configmaps',
  'deployments',
  'replicasets',
  'statefulsets',
  'daemonsets',
  'jobs',
  'resourcequotas',
  'limitranges',
];
const EXTRA_EVENTS = 30;
const PAGE = 4;

let dir: string;
const doubles: ApiDouble[] = [];
let main: ApiDouble;

async function double(options: Parameters<typeof startApiDouble>[0] = {}): Promise<ApiDouble> {
  const api = await startApiDouble({
    objects: doctorClusterObjects(EXTRA_EVENTS),
    users: {
      [ADMIN]: { username: 'admin', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] },
      // What a namespace-scoped access policy gives: the namespace's objects, but neither Secrets nor anything cluster-wide.
      // Like the view ClusterRole bound in "shop" only: it includes get on namespaces, allowed there for "shop" itself.
      [NS_ONLY]: {
        username: 'dev',
        allow: [{ verbs: ['get', 'list'], resources: [...NAMESPACED, 'namespaces'], namespaces: ['shop'] }],
      },
    },
    ...options,
  });
  doubles.push(api);
  return api;
}

function doctor(args: string[]): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, CI: 'true', LANG: 'en_US.UTF-8' };
  delete env.KUBECONFIG;
  delete env.LC_ALL;
  return runBuiltEksGuide(['doctor', ...args], { cwd: ROOT, env, timeoutMs: 60_000 });
}

const json = (r: CliResult) =>
  JSON.parse(r.stdout) as {
    findings: { code: string; severity: string; object: { kind: string; name: string } }[];
    checks: { id: string; status: string; notVisible: string[] }[];
    visibility: Record<string, { visible: boolean; reason?: string; detail?: string; readFrom?: string }>;
    summary: { crashed: number };
    generatedAt?: string;
    source?: unknown;
  };
// Compare reports as data: the run's own time and where the snapshot came from naturally differ.
const comparable = (r: CliResult) => {
  const { generatedAt: _g, source: _s, ...rest } = json(r);
  return rest;
};
// Each double dates its objects from its own start, so reports from two doubles compare by cause and object.
const codes = (r: CliResult) => json(r).findings.map((f) => `${f.code} ${f.object.kind}/${f.object.name}`);
const noSecrets = (...texts: string[]) => {
  for (const text of texts) for (const marker of VALUE_MARKERS) expect(text).not.toContain(marker);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'doctor-it-'));
  main = await double({ pageSizeCap: PAGE });
});

afterAll(async () => {
  // The doctor only reads: not one request of any run may be anything but GET.
  const methods = new Set(doubles.flatMap((d) => d.requests.map((r) => r.method)));
  await Promise.all(doubles.map((d) => d.close()));
  expect([...methods]).toEqual(['GET']);
});

describe('doctor against an API server', () => {
  let first: CliResult;
  const snapshotPath = () => join(dir, 'shop-snapshot.json');

  it('reads every kind once, whole from the watch cache, finds the broken image, and never prints a Secret value', async () => {
    const kubeconfig = await main.kubeconfig({ token: ADMIN, namespace: 'shop', path: join(dir, 'admin.kubeconfig') });
    first = await doctor(['--kubeconfig', kubeconfig, '-o', 'json', '--save-snapshot', snapshotPath()]);
    expect(first.code, first.stderr).toBe(1);
    const report = json(first);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.object.name}`)).toContain(
      'image-pulls.not-found api-5c8d7b9f4-q7w2e',
    );
    // The HorizontalPodAutoscaler came over the wire from autoscaling/v2.
    expect(report.findings.map((f) => `${f.code} ${f.object.kind}/${f.object.name}`)).toContain(
      'autoscalers.metrics-api-missing HorizontalPodAutoscaler/web',
    );
    expect(report.summary.crashed).toBe(0);
    expect(Object.values(report.visibility).every((v) => v.visible)).toBe(true);

    const listed = main.requests.filter((r) => r.path !== '/version');
    const perPath = new Map<string, number>();
    for (const r of listed) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1);
    // One request per kind: resourceVersion=0 and no limit, which the server answers whole from its cache.
    expect(
      [...perPath.values()].every((n) => n === 1),
      JSON.stringify([...perPath]),
    ).toBe(true);
    expect(perPath.size).toBe(20);
    expect(
      listed
        .filter((r) => r.path !== '/api/v1/namespaces/shop')
        .every((r) => r.query.toString() === 'resourceVersion=0'),
    ).toBe(true);
    expect(Object.values(report.visibility).filter((v) => v.readFrom === 'cache')).toHaveLength(19);
    expect(perPath.has('/api/v1/namespaces/shop')).toBe(true);
    const saved = JSON.parse(readFileSync(snapshotPath(), 'utf8')) as {
      events: unknown[];
      pods: { metadata: { name: string } }[];
      secrets: { keys: string[] }[];
    };
    const events =
      5 + EXTRA_EVENTS + (doctorClusterObjects(0).filter((o) => (o as { kind: string }).kind === 'Event').length - 5);
    expect(saved.events).toHaveLength(events);
    expect(saved.pods.map((p) => p.metadata.name)).toContain('api-5c8d7b9f4-q7w2e');
    expect(saved.secrets.find((s) => s.keys.includes('password'))).toBeDefined();
    expect(statSync(snapshotPath()).mode & 0o777).toBe(0o600);
    noSecrets(first.stdout, first.stderr, readFileSync(snapshotPath(), 'utf8'));
  });

  it('pages like kubectl where the watch cache is off, or where the whole list is refused', async () => {
    const noCache = await double({ pageSizeCap: PAGE, watchCache: false });
    const kubeconfig = await noCache.kubeconfig({
      token: ADMIN,
      namespace: 'shop',
      path: join(dir, 'nocache.kubeconfig'),
    });
    const result = await doctor(['--kubeconfig', kubeconfig, '-o', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const events = noCache.requests.filter((r) => r.path === '/api/v1/namespaces/shop/events');
    const total =
      5 + EXTRA_EVENTS + (doctorClusterObjects(0).filter((o) => (o as { kind: string }).kind === 'Event').length - 5);
    // The first answer to resourceVersion=0 is a page with a continue token; the list goes on from it, 500 at a time.
    expect(events[0]?.query.toString()).toBe('resourceVersion=0');
    expect(events).toHaveLength(Math.ceil(total / PAGE));
    expect(events.slice(1).every((r) => r.query.get('limit') === '500' && r.query.get('continue'))).toBe(true);
    expect(json(result).visibility.events).toEqual({ visible: true, readFrom: 'pages' });
    expect(codes(result)).toEqual(codes(first));

    // The cache read refused (a proxy's 504, an API server's 429): paged from etcd, the same findings.
    const refusing = await double({
      faults: [{ path: /\/events$/, query: /resourceVersion=0/, status: 504, message: 'gateway timeout' }],
    });
    const k2 = await refusing.kubeconfig({ token: ADMIN, namespace: 'shop', path: join(dir, 'refusing.kubeconfig') });
    const again = await doctor(['--kubeconfig', k2, '-o', 'json']);
    expect(again.code, again.stderr).toBe(1);
    const tries = refusing.requests.filter((r) => r.path === '/api/v1/namespaces/shop/events');
    expect(tries.map((r) => r.query.get('limit'))).toEqual([null, '500']);
    expect(json(again).visibility.events).toEqual({ visible: true, readFrom: 'pages' });
    expect(codes(again)).toEqual(codes(first));
  });

  it('reads what the API server gzips (kube-apiserver does past 128 KB for a client that asks), as kubectl does', async () => {
    // 3,000 more events: a list long enough to be written as it is encoded, and pages over the threshold.
    const objects = doctorClusterObjects(3000);
    const zipped = await double({ objects });
    const plain = await double({ objects, compress: false });
    const run = async (api: ApiDouble, name: string) =>
      doctor([
        '--kubeconfig',
        await api.kubeconfig({ token: ADMIN, namespace: 'shop', path: join(dir, `${name}.kubeconfig`) }),
        '-o',
        'json',
      ]);
    const [fromZipped, fromPlain] = [await run(zipped, 'zipped'), await run(plain, 'plain')];
    expect(fromZipped.code, fromZipped.stderr).toBe(1);
    const eventsRead = (api: ApiDouble) => api.requests.filter((r) => r.path === '/api/v1/namespaces/shop/events');
    expect(eventsRead(zipped).map((r) => r.gzip)).toEqual([true]);
    expect(eventsRead(plain).map((r) => r.gzip)).toEqual([undefined]);
    expect(codes(fromZipped)).toEqual(codes(fromPlain));
    expect(codes(fromZipped)).toEqual(codes(first));

    // kubectl asks for gzip too, and pages: each page of 500 events is compressed, and every event arrives.
    const kubeconfig = join(dir, 'zipped.kubeconfig');
    // Not spawnSync: the API double answers from this very process.
    const listed = await execFileAsync(
      'kubectl',
      ['--kubeconfig', kubeconfig, 'get', 'events', '-n', 'shop', '-o', 'json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const total = objects.filter((o) => (o as { kind: string }).kind === 'Event').length;
    expect((JSON.parse(listed.stdout) as { items: unknown[] }).items).toHaveLength(total);
    const pages = eventsRead(zipped).slice(1);
    expect(pages).toHaveLength(Math.ceil(total / 500));
    expect(pages.every((r) => r.query.get('limit') === '500')).toBe(true);
    // Every full page is over the threshold; the last, a short remainder, is not.
    expect(pages.map((r) => r.gzip ?? false)).toEqual(pages.map((_, i) => i < pages.length - 1));
  });

  it('gives the same report from the saved snapshot as from the cluster', async () => {
    const again = await doctor(['--from-file', snapshotPath(), '-o', 'json']);
    expect(again.code, again.stderr).toBe(1);
    expect(comparable(again)).toEqual(comparable(first));
    expect(json(again).source).toEqual({ type: 'file', path: snapshotPath() });
  });

  it('works for a namespace-only user: what it may not read is marked, and the checks still run', async () => {
    const kubeconfig = await main.kubeconfig({ token: NS_ONLY, namespace: 'shop', path: join(dir, 'dev.kubeconfig') });
    const result = await doctor(['--kubeconfig', kubeconfig, '-o', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const report = json(result);
    // The user's rules leave out horizontalpodautoscalers: a 403 for one namespaced kind is tolerated too.
    for (const kind of [
      'nodes',
      'persistentVolumes',
      'storageClasses',
      'csiDrivers',
      'secrets',
      'horizontalPodAutoscalers',
    ]) {
      expect(report.visibility[kind], kind).toMatchObject({ visible: false, reason: 'forbidden' });
    }
    expect(report.visibility.nodes?.detail).toMatch(/nodes is forbidden: User "dev" cannot list resource "nodes"/);
    expect(report.visibility.pods).toEqual({ visible: true, readFrom: 'cache' });
    expect(report.visibility.namespaces).toEqual({ visible: true });
    expect(report.checks.find((c) => c.id === 'image-pulls')?.notVisible).toEqual(['secrets']);
    expect(report.findings.map((f) => f.object.name)).toContain('api-5c8d7b9f4-q7w2e');
    noSecrets(result.stdout, result.stderr);

    // The same user in a namespace it has no access to: nothing can be read, so no "all clear".
    const elsewhere = await doctor(['--kubeconfig', kubeconfig, '-n', 'other']);
    expect(elsewhere.code).toBe(3);
    expect(elsewhere.stdout).toBe('');
    expect(elsewhere.stderr).toContain(
      'Access denied (403 Forbidden): pods is forbidden: User "dev" cannot list resource "pods" in API group "" in the namespace "other"',
    );
  });

  it('finishes when one kind does not answer in time, and marks it timed out', async () => {
    const slow = await double({ faults: [{ path: /\/namespaces\/shop\/events$/, delayMs: 4000 }] });
    const kubeconfig = await slow.kubeconfig({ token: ADMIN, namespace: 'shop', path: join(dir, 'slow.kubeconfig') });
    const started = Date.now();
    const result = await doctor(['--kubeconfig', kubeconfig, '-o', 'json', '--request-timeout', '1s']);
    expect(result.code, result.stderr).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    const report = json(result);
    expect(report.visibility.events).toMatchObject({ visible: false, reason: 'timeout' });
    expect(report.visibility.pods).toEqual({ visible: true, readFrom: 'cache' });
    expect(report.visibility.namespaces).toEqual({ visible: true });
    expect(report.checks.find((c) => c.id === 'image-pulls')?.notVisible).toEqual(['events']);
  });

  it('exits 3 and explains when the credentials are refused, without printing the token', async () => {
    const kubeconfig = await main.kubeconfig({
      token: 'k8s-aws-v1.expired-or-foreign-token-0123456789',
      namespace: 'shop',
      path: join(dir, 'bad.kubeconfig'),
    });
    const result = await doctor(['--kubeconfig', kubeconfig, '-o', 'json']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('The API server did not accept your credentials (401 Unauthorized).');
    expect(result.stderr).toContain('Could not read the cluster');
    // A CI job that saves -o json still gets a document saying why, and no findings to mistake for "all clear".
    const document = JSON.parse(result.stdout) as {
      schema: string;
      namespace: string;
      findings?: unknown;
      error: { reason: string; status: number; text: { problem: string } };
    };
    expect(document.schema).toBe('eks-guide.doctor/v1');
    expect(document.namespace).toBe('shop');
    expect(document.findings).toBeUndefined();
    expect(document.error).toMatchObject({
      reason: 'unauthorized',
      status: 401,
      text: { problem: 'The API server did not accept your credentials (401 Unauthorized).' },
    });
    expect(`${result.stdout}${result.stderr}`).not.toContain('expired-or-foreign-token');
    const junit = await doctor(['--kubeconfig', kubeconfig, '-o', 'junit']);
    expect(junit.code).toBe(3);
    const suites = parseXml(junit.stdout);
    expect(suites.attrs).toMatchObject({ tests: '1', errors: '1', failures: '0' });
    expect(findAll(suites, 'error').map((e) => e.attrs.type)).toEqual(['unauthorized']);
    expect(junit.stdout).not.toContain('expired-or-foreign-token');
    const text = await doctor(['--kubeconfig', kubeconfig]);
    expect(text.stdout).toBe('');
    const ko = await doctor(['--kubeconfig', kubeconfig, '--lang', 'ko']);
    expect(ko.code).toBe(3);
    expect(ko.stderr).toContain('클러스터를 읽을 수 없어');
  });

  it('authenticates through a kubeconfig exec plugin, as EKS kubeconfigs do, and exits 3 when the plugin fails', async () => {
    const credential = JSON.stringify({
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      kind: 'ExecCredential',
      status: { token: ADMIN },
    });
    const working = await main.kubeconfig({
      exec: { command: 'sh', args: ['-c', `echo '${credential}'`], apiVersion: 'client.authentication.k8s.io/v1beta1' },
      namespace: 'shop',
      path: join(dir, 'exec.kubeconfig'),
    });
    const ok = await doctor(['--kubeconfig', working, '-o', 'json', '--only', 'image-pulls']);
    expect(ok.code, ok.stderr).toBe(1);
    expect(json(ok).findings.map((f) => f.code)).toEqual(['image-pulls.not-found']);

    const failing = await main.kubeconfig({
      exec: {
        command: 'sh',
        args: [
          '-c',
          'echo "Unable to locate credentials. You can configure credentials by running \\"aws configure\\"." >&2; exit 255',
        ],
        apiVersion: 'client.authentication.k8s.io/v1beta1',
      },
      namespace: 'shop',
      path: join(dir, 'exec-failing.kubeconfig'),
    });
    const broken = await doctor(['--kubeconfig', failing]);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain('The kubeconfig credential plugin failed');
    expect(broken.stderr).toContain('Unable to locate credentials');
  });

  it('exits 3 when nothing answers at the server address', async () => {
    const gone = await double();
    const kubeconfig = await gone.kubeconfig({ token: ADMIN, namespace: 'shop', path: join(dir, 'gone.kubeconfig') });
    await gone.close();
    doubles.splice(doubles.indexOf(gone), 1);
    const result = await doctor(['--kubeconfig', kubeconfig, '--request-timeout', '3s']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot reach the Kubernetes API server https:\/\/127\.0\.0\.1:\d+/);
    expect(result.stderr).not.toContain(ADMIN);
  });

  it('filters findings by label and honours --fail-on', async () => {
    const onlyWeb = await doctor(['--from-file', snapshotPath(), '-o', 'json', '-l', 'app=web']);
    expect(json(onlyWeb).findings.map((f) => f.object.name)).not.toContain('api-5c8d7b9f4-q7w2e');
    const never = await doctor(['--from-file', snapshotPath(), '--fail-on', 'never']);
    expect(never.code).toBe(0);
    expect(never.stdout).toContain('api-5c8d7b9f4-q7w2e');
  });
});
