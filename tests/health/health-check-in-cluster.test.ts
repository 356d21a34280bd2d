/**
 * health-check --in-cluster end to end, as the CronJob runs it: AWS calls to moto (behind the EKS
 * proxy) with the pod's IAM role, which has no access entry; Kubernetes reads to the HTTPS API double
 * through KUBERNETES_SERVICE_HOST/PORT with the mounted service-account token, CA and namespace.
 */
import { copyFileSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, symlink, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { main } from '../../scripts/health-check.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { startEksProxy, type EksProxy } from '../support/eks-proxy.ts';
import { startMoto, type Moto } from '../support/moto.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runScript } from '../support/run-cli.ts';
import { shopObjects } from '../support/shop-objects.ts';
import { makeTestCerts } from '../support/test-certs.ts';

const REGION = 'ap-northeast-2';
const ROOT = new URL('../..', import.meta.url).pathname;
const SA = 'system:serviceaccount:eks-guide:eks-guide-health-check';

/** A bound service-account token as the kubelet mounts it: a JWT (unsigned here; the double knows it by value). */
function saToken(jti: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = { iss: 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/EXAMPLE', sub: SA, jti };
  return `${part({ alg: 'RS256', kid: 'k1' })}.${part(claims)}.${Buffer.from(jti).toString('base64url')}`;
}
const FIRST = saToken('first');
const ROTATED = saToken('rotated');

describeWithTools(['moto_server', 'openssl'], 'health-check --in-cluster (moto + API double + service account)', () => {
  let moto: Moto;
  let api: ApiDouble;
  let proxy: EksProxy;
  let dir: string;
  let saDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    moto = await startMoto(REGION);
    // The role EKS Pod Identity gives the pod: the AWS reads only, no access entry on any cluster.
    const roleArn = await moto.createRole('eks-guide-readonly');
    await moto.createCluster('shop-prod', { version: '1.35' });
    await moto.createCluster('batch-prod', { version: '1.35' });
    const creds = await moto.assumeRole(roleArn, 'eks-pod-identity');
    const reader = [{ verbs: ['get', 'list'], resources: ['*'] }];
    api = await startApiDouble({
      version: 'v1.35.1-eks-1a2b3c4',
      objects: shopObjects(new Date()),
      users: { [FIRST]: { username: SA, allow: reader }, [ROTATED]: { username: `${SA}:rotated`, allow: reader } },
    });
    const otherCa = await makeTestCerts();
    // Only its CA text is used: its files go now.
    await rm(otherCa.dir, { recursive: true, force: true });
    proxy = await startEksProxy(moto.url, {
      // The public endpoint is unreachable (nothing listens on port 9): the pod reads through the service address.
      'shop-prod': {
        endpoint: 'https://127.0.0.1:9',
        caData: api.caData,
        authenticationMode: 'API',
        accessEntries: [],
      },
      // Another cluster: the pod's CA is not its CA.
      'batch-prod': {
        endpoint: 'https://127.0.0.1:9',
        caData: Buffer.from(otherCa.caPem).toString('base64'),
        authenticationMode: 'API',
        accessEntries: [],
      },
    });
    dir = await mkdtemp(join(tmpdir(), 'health-in-cluster-'));
    saDir = join(dir, 'serviceaccount');
    mkdirSync(saDir);
    copyFileSync(api.caFile, join(saDir, 'ca.crt'));
    writeFileSync(join(saDir, 'token'), FIRST);
    writeFileSync(join(saDir, 'namespace'), 'eks-guide');
    env = moto.envWith(creds, {
      AWS_ENDPOINT_URL_EKS: proxy.url,
      EKS_GUIDE_LANG: 'en',
      LANG: 'en_US.UTF-8',
      NO_COLOR: '1',
      HOME: dir,
      KUBERNETES_SERVICE_HOST: '127.0.0.1',
      KUBERNETES_SERVICE_PORT: new URL(api.url).port,
      EKS_GUIDE_SERVICE_ACCOUNT_DIR: saDir,
    });
    delete env.KUBECONFIG;
  }, 60_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await proxy?.close();
    await api?.close();
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Runs `main` in process (the SDK's credential chain reads process.env, so the AWS variables are stubbed). */
  async function inProcess(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    for (const [k, v] of Object.entries(env)) if (k.startsWith('AWS_')) vi.stubEnv(k, v);
    let stdout = '';
    let stderr = '';
    const code = await main(args, 'health-check', {
      env: { ...env, ...extraEnv },
      stdout: (t) => {
        stdout += t;
        return Promise.resolve();
      },
      stderr: (t) => void (stderr += t),
    });
    return { code, stdout, stderr };
  }

  it('the real CLI reads the whole cluster as the service account, following the token as it rotates', async () => {
    const bin = join(dir, 'bin');
    await mkdir(bin);
    await symlink(process.execPath, join(bin, 'node'));
    // Hold the namespace list (the one read before every namespace's) long enough to rotate the token meanwhile.
    api.addFault({ method: 'GET', path: /^\/api\/v1\/namespaces$/, delayMs: 3_000, times: 1 });
    const start = api.requests.length;
    const running = runScript(
      'scripts/health-check.ts',
      ['--cluster', 'shop-prod', '--region', REGION, '-A', '-o', 'json', '--in-cluster'],
      { cwd: ROOT, env: { ...env, PATH: bin, CI: 'true' }, timeoutMs: 120_000 },
    );
    const deadline = Date.now() + 90_000;
    while (!api.requests.slice(start).some((r) => r.path === '/api/v1/namespaces') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(saDir, 'token'), `${ROTATED}\n`);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(saDir, 'token'), later, later);
    const out = await running;
    writeFileSync(join(saDir, 'token'), FIRST);

    if (out.code !== 1) console.error(out.stdout, out.stderr);
    expect(out.code).toBe(1);
    const doc = JSON.parse(out.stdout) as {
      clusters: {
        reachable: boolean;
        onboarding: { serviceAccount?: string; access: { type: string }; callerArn: string };
        namespaces: { namespace: string; canListPods: boolean; report: { findings: { code: string }[] } | null }[];
      }[];
    };
    const cluster = doc.clusters[0]!;
    expect(cluster.reachable).toBe(true);
    // The IAM role has no access entry, yet every namespace was read: the service account did the reads.
    expect(cluster.onboarding.access.type).toBe('none');
    expect(cluster.onboarding.callerArn).toContain('assumed-role/eks-guide-readonly/eks-pod-identity');
    expect(cluster.onboarding.serviceAccount).toBe(SA);
    const shop = cluster.namespaces.find((n) => n.namespace === 'shop');
    expect(shop?.canListPods).toBe(true);
    expect(shop?.report?.findings.map((f) => f.code)).toContain('crash-loops.app-error');

    const reads = api.requests.slice(start).filter((r) => r.path !== '/version');
    const gate = reads.findIndex((r) => r.path === '/api/v1/namespaces');
    expect(gate).toBeGreaterThanOrEqual(0);
    expect(reads[gate]!.user).toBe(SA);
    // After the rotation every request, the access reviews and the doctor's reads, carries the new token.
    const after = reads.slice(gate + 1);
    expect(after.some((r) => r.path === '/api/v1/namespaces/shop/pods')).toBe(true);
    expect(after.some((r) => r.method === 'POST' && r.path.endsWith('/selfsubjectaccessreviews'))).toBe(true);
    expect(after.map((r) => r.user).filter((u) => u !== `${SA}:rotated`)).toEqual([]);
    expect(reads.every((r) => r.method === 'GET' || r.path.endsWith('/selfsubjectaccessreviews'))).toBe(true);
  }, 150_000);

  it('refuses to read a cluster the pod does not run in (its CA differs): exit 3, nothing read', async () => {
    const start = api.requests.length;
    const out = await inProcess(['--cluster', 'batch-prod', '--region', REGION, '-n', 'shop', '--in-cluster']);
    expect(out.code).toBe(3);
    expect(out.stdout).toContain(`--in-cluster: this pod does not run in batch-prod`);
    expect(out.stdout).toContain(`${join(saDir, 'ca.crt')} is not batch-prod's certificate authority`);
    expect(api.requests.length).toBe(start);
  }, 60_000);

  it('outside a pod, or without a mounted token, says so before any AWS call (exit 3, in Korean too)', async () => {
    const calls = proxy.calls.length;
    const notInPod = await inProcess(['--cluster', 'shop-prod', '--in-cluster', '--lang', 'ko'], {
      KUBERNETES_SERVICE_HOST: '',
    });
    expect(notInPod.code).toBe(3);
    expect(notInPod.stdout).toContain('KUBERNETES_SERVICE_HOST와 KUBERNETES_SERVICE_PORT가 설정되지 않았습니다');
    const empty = join(dir, 'no-account');
    mkdirSync(empty, { recursive: true });
    const noToken = await inProcess(['--cluster', 'shop-prod', '--in-cluster'], {
      EKS_GUIDE_SERVICE_ACCOUNT_DIR: empty,
    });
    expect(noToken.code).toBe(3);
    expect(noToken.stdout).toContain(`service-account token ${join(empty, 'token')} is missing`);
    expect(noToken.stdout).toContain('automountServiceAccountToken: true');
    expect(proxy.calls.length).toBe(calls);
  }, 60_000);

  it('without --in-cluster nothing changes: the IAM role without an access entry is refused', async () => {
    const start = api.requests.length;
    const out = await inProcess(['--cluster', 'shop-prod', '--region', REGION, '-n', 'shop', '-o', 'json']);
    expect(out.code).toBe(3);
    // It went to the cluster's endpoint (port 9, closed), not the service address of the pod.
    expect(api.requests.length).toBe(start);
  }, 60_000);
});
