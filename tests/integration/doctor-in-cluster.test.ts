import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../lib/doctor/cluster-connection.ts';
import { KubeconfigError, loadKubeconfig } from '../../lib/doctor/kubeconfig-loader.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { runScript } from '../support/run-cli.ts';
import { doctorClusterObjects } from '../doctor/fixtures/cluster-objects.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
// Bound service-account tokens: the kubelet writes a new one into the same file before the old one expires.
const FIRST = 'sa-token-first-0a1b2c3d';
const ROTATED = 'sa-token-rotated-4e5f6a7b';
const SA = 'system:serviceaccount:shop:eks-guide-health-check';

let api: ApiDouble;
let dir: string;
let saDir: string;

/** The environment of a pod: the API's service address, no kubeconfig anywhere, the service account mounted. */
function podEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const port = new URL(api.url).port;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    CI: 'true',
    LANG: 'en_US.UTF-8',
    KUBERNETES_SERVICE_HOST: '127.0.0.1',
    KUBERNETES_SERVICE_PORT: port,
    EKS_GUIDE_SERVICE_ACCOUNT_DIR: saDir,
  };
  delete env.KUBECONFIG;
  delete env.LC_ALL;
  return { ...env, ...extra };
}

beforeAll(async () => {
  api = await startApiDouble({
    objects: doctorClusterObjects(0),
    users: {
      [FIRST]: { username: SA, allow: [{ verbs: ['get', 'list'], resources: ['*'] }] },
      [ROTATED]: { username: `${SA}:rotated`, allow: [{ verbs: ['get', 'list'], resources: ['*'] }] },
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'doctor-in-cluster-'));
  saDir = join(dir, 'serviceaccount');
  mkdirSync(saDir);
  copyFileSync(api.caFile, join(saDir, 'ca.crt'));
  writeFileSync(join(saDir, 'token'), FIRST);
  writeFileSync(join(saDir, 'namespace'), 'shop');
});

afterAll(async () => {
  const methods = new Set(api.requests.map((r) => r.method));
  await api.close();
  expect([...methods]).toEqual(['GET']);
});

describe('the doctor inside a pod (no kubeconfig, KUBERNETES_SERVICE_HOST set)', () => {
  it("reads the pod's own namespace with the service-account token, verified against the mounted CA", async () => {
    const r = await runScript('scripts/doctor.ts', ['-o', 'json'], {
      cwd: ROOT,
      env: podEnv(),
      timeoutMs: 60_000,
    });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { code: string; object: { name: string } }[] };
    expect(report.findings.map((f) => `${f.code} ${f.object.name}`)).toContain(
      'image-pulls.not-found api-5c8d7b9f4-q7w2e',
    );
    const pods = api.requests.filter((q) => q.path === '/api/v1/namespaces/shop/pods');
    expect(pods.length).toBeGreaterThan(0);
    expect(pods.every((q) => q.user === SA)).toBe(true);
  });

  it('follows the token file when the kubelet rotates it', async () => {
    writeFileSync(join(saDir, 'token'), FIRST);
    const loaded = loadKubeconfig({}, podEnv());
    expect(loaded.context).toBe('in-cluster');
    expect(loaded.namespace).toBe('shop');
    const get = await connect(loaded);
    const path = '/api/v1/namespaces/shop/services';
    const start = api.requests.length;
    const before = await get(path, {}, 10_000);
    expect(before.status).toBe(200);
    writeFileSync(join(saDir, 'token'), `${ROTATED}\n`);
    // A rotation is a new file: make its time differ even on a coarse-grained file system.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(saDir, 'token'), later, later);
    const after = await get(path, {}, 10_000);
    expect(after.status).toBe(200);
    expect(
      api.requests
        .slice(start)
        .filter((q) => q.path === path)
        .map((q) => q.user),
    ).toEqual([SA, `${SA}:rotated`]);
  });

  it('the real CLI follows the token file when the kubelet rotates it during a run', async () => {
    writeFileSync(join(saDir, 'token'), FIRST);
    // Hold the first reads (the doctor lists a few kinds at a time, the next only when one is done) while the token rotates.
    api.addFault({ method: 'GET', path: /^\/apis?\//, delayMs: 3_000, times: 6 });
    const start = api.requests.length;
    const running = runScript('scripts/doctor.ts', ['-o', 'json'], {
      cwd: ROOT,
      env: podEnv(),
      timeoutMs: 60_000,
    });
    const authenticated = () => api.requests.slice(start).filter((q) => q.path !== '/version').length;
    const deadline = Date.now() + 45_000;
    while (authenticated() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // Until the held batch is all in: none of it may carry the new token.
    for (let seen = -1; seen !== authenticated();) {
      seen = authenticated();
      await new Promise((r) => setTimeout(r, 500));
    }
    writeFileSync(join(saDir, 'token'), `${ROTATED}\n`);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(saDir, 'token'), later, later);
    const r = await running;
    writeFileSync(join(saDir, 'token'), FIRST);
    expect(r.code, r.stderr).toBe(1);
    const users = api.requests
      .slice(start)
      .filter((q) => q.path !== '/version')
      .map((q) => q.user);
    const held = users.indexOf(`${SA}:rotated`);
    expect(held, 'no read after the rotation carried the new token').toBeGreaterThan(0);
    expect(users.slice(0, held).every((u) => u === SA)).toBe(true);
    expect(users.slice(held).every((u) => u === `${SA}:rotated`)).toBe(true);
    // It read the pod's namespace (from the mounted namespace file) after the rotation too.
    const shopReads = api.requests.slice(start).filter((q) => q.path.startsWith('/api/v1/namespaces/shop/'));
    expect(shopReads.some((q) => q.user === `${SA}:rotated`)).toBe(true);
  }, 90_000);

  it('a kubeconfig, when there is one, still wins over the pod', async () => {
    const file = await api.kubeconfig({ token: ROTATED, namespace: 'other', path: join(dir, 'kc') });
    const loaded = loadKubeconfig({}, podEnv({ KUBECONFIG: file }));
    expect(loaded.context).toBe('double');
    expect(loaded.namespace).toBe('other');
    expect(loaded.tokenFile).toBeUndefined();
  });

  it('says the token is missing, with exit 3, when the pod mounts no service account', async () => {
    const empty = join(dir, 'no-account');
    mkdirSync(empty);
    try {
      loadKubeconfig({}, podEnv({ EKS_GUIDE_SERVICE_ACCOUNT_DIR: empty }));
      expect.unreachable('expected a KubeconfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(KubeconfigError);
      expect((error as KubeconfigError).problem.key).toBe('doctor.kubeconfig.inClusterNoToken');
    }
    const r = await runScript('scripts/doctor.ts', [], {
      cwd: ROOT,
      env: podEnv({ EKS_GUIDE_SERVICE_ACCOUNT_DIR: empty }),
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`service-account token ${join(empty, 'token')} is missing`);
    expect(r.stderr).toContain('automountServiceAccountToken');
  });

  it('outside a pod nothing changes: no kubeconfig is still "no kubeconfig"', () => {
    const env = podEnv();
    delete env.KUBERNETES_SERVICE_HOST;
    expect(() => loadKubeconfig({}, env)).toThrow(KubeconfigError);
  });
});
