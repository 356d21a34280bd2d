/**
 * The EKS token made in process, end to end: `eks-guide token` next to the real `aws eks get-token`
 * (both against moto's STS), the real kubectl running `eks-guide token` as its exec plugin, and the
 * doctor and setup's client reading the API double through an `aws eks get-token` kubeconfig with
 * no aws CLI on PATH. The double validates every token against moto as EKS's authenticator does.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { startMoto, type AwsCredentials, type Moto } from '../support/moto.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli, runScript } from '../support/run-cli.ts';
import { shopObjects } from '../support/shop-objects.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const REGION = 'ap-northeast-2';
const CLUSTER = 'shop-prod';
const DEV_ROLE = 'AWSReservedSSO_ShopDev_0123456789abcdef';
const DEV_USER = `arn:aws:sts::123456789012:assumed-role/${DEV_ROLE}/alice@example.com`;
const GET_TOKEN = ['--region', REGION, 'eks', 'get-token', '--cluster-name', CLUSTER, '--output', 'json'];
// node, npx and kubectl live here; the aws CLI does not.
const PATH_WITHOUT_AWS = '/usr/bin:/bin';

describeWithTools(['aws', 'kubectl', 'moto_server', 'openssl'], 'EKS token in process (moto + API double)', () => {
  let moto: Moto;
  let api: ApiDouble;
  let dir: string;
  let dev: AwsCredentials;
  let devRoleArn: string;

  beforeAll(async () => {
    moto = await startMoto(REGION);
    devRoleArn = await moto.createRole(DEV_ROLE, `/aws-reserved/sso.amazonaws.com/${REGION}/`);
    dev = await moto.assumeRole(devRoleArn, 'alice@example.com');
    api = await startApiDouble({
      objects: shopObjects(),
      users: {
        [`eks:${DEV_ROLE}`]: {
          username: `arn:aws:sts::{{AccountID}}:assumed-role/${DEV_ROLE}/{{SessionName}}`,
          allow: [{ verbs: ['get', 'list', 'watch'], resources: ['*'], namespaces: ['shop'] }],
        },
      },
      resolveEksCaller: moto.callerArnResolver(),
    });
    dir = await mkdtemp(join(tmpdir(), 'eks-token-'));
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const envFor = (creds: AwsCredentials, extra: NodeJS.ProcessEnv = {}) =>
    moto.envWith(creds, { XDG_CACHE_HOME: join(dir, 'cache'), HOME: dir, CI: 'true', LANG: 'en_US.UTF-8', ...extra });
  const token = (args: string[], env: NodeJS.ProcessEnv) =>
    runScript('scripts/token.ts', [...args], { cwd: ROOT, env });
  const decode = (stdout: string) => {
    const cred = JSON.parse(stdout) as { status: { token: string; expirationTimestamp: string } };
    return new URL(Buffer.from(cred.status.token.slice('k8s-aws-v1.'.length), 'base64url').toString('utf8'));
  };
  const masked = (stdout: string) =>
    stdout
      .replace(/"token": "k8s-aws-v1\.[A-Za-z0-9_-]+"/, '"token": "T"')
      .replace(/"expirationTimestamp": "[^"]+"/, '"expirationTimestamp": "E"');

  it('prints what the real aws eks get-token prints: same text, same URL shape, 60 s presign, 14 min expiry', async () => {
    const env = envFor(dev, { XDG_CACHE_HOME: join(dir, 'cache-shape') });
    const before = Date.now();
    const [ours, theirs] = [
      await token(['--cluster', CLUSTER, '--region', REGION], env),
      await runCli('aws', GET_TOKEN, { env }),
    ];
    expect(ours.stderr).toBe('');
    expect(theirs.code).toBe(0);
    expect(ours.code).toBe(0);
    expect(masked(ours.stdout)).toBe(masked(theirs.stdout));
    const [a, b] = [decode(ours.stdout), decode(theirs.stdout)];
    // The aws CLI v1 presigns for AWS_ENDPOINT_URL_STS (moto) too: same origin, path and parameter order.
    expect(a.origin).toBe(b.origin);
    expect(a.origin).toBe(moto.url);
    expect([...a.searchParams.keys()]).toEqual([...b.searchParams.keys()]);
    for (const key of [
      'Action',
      'Version',
      'X-Amz-Algorithm',
      'X-Amz-Expires',
      'X-Amz-SignedHeaders',
      'X-Amz-Security-Token',
    ])
      expect(a.searchParams.get(key)).toBe(b.searchParams.get(key));
    expect(a.searchParams.get('X-Amz-Credential')?.split('/').slice(2)).toEqual([REGION, 'sts', 'aws4_request']);
    expect(a.searchParams.get('X-Amz-Expires')).toBe('60');
    const expires = Date.parse(
      (JSON.parse(ours.stdout) as { status: { expirationTimestamp: string } }).status.expirationTimestamp,
    );
    expect(expires - before).toBeGreaterThan(13 * 60_000);
    expect(expires - before).toBeLessThanOrEqual(15 * 60_000);
  });

  it('kubectl accepts the ExecCredential from eks-guide token; the second call reuses the 0600 cache', async () => {
    const cache = join(dir, 'cache-kubectl');
    const env = envFor(dev, { XDG_CACHE_HOME: cache });
    const kc = await api.kubeconfig({
      path: join(dir, 'kc-eks-guide'),
      namespace: 'shop',
      exec: { command: 'npx', args: ['tsx', join(ROOT, 'scripts/token.ts'), '--cluster', CLUSTER, '--region', REGION] },
    });
    const whoami = await runCli('kubectl', ['--kubeconfig', kc, 'auth', 'whoami', '-o', 'json'], { env, cwd: ROOT });
    expect(whoami.stderr).toBe('');
    expect((JSON.parse(whoami.stdout) as { status: { userInfo: { username: string } } }).status.userInfo.username).toBe(
      DEV_USER,
    );
    const [file] = await readdir(join(cache, 'eks-guide'));
    const first = await stat(join(cache, 'eks-guide', file!));
    expect(first.mode & 0o777).toBe(0o600);
    const pods = await runCli('kubectl', ['--kubeconfig', kc, 'get', 'pod', '-n', 'shop'], { env, cwd: ROOT });
    expect(pods.code).toBe(0);
    expect(pods.stdout).toContain('web-6d4cf56db6-4xk2p');
    expect((await stat(join(cache, 'eks-guide', file!))).mtimeMs).toBe(first.mtimeMs);
    expect(await readdir(join(cache, 'eks-guide'))).toHaveLength(1);
  });

  it('--role-arn: the role is assumed (session EKSGetTokenAuth, as the aws CLI names it) and cached apart', async () => {
    const cache = join(dir, 'cache-role');
    const env = envFor(dev, { XDG_CACHE_HOME: cache });
    const viewer = await moto.createRole('shop-viewer');
    const plain = await token(['--cluster', CLUSTER, '--region', REGION, '--role-arn', viewer], env);
    const url = decode(plain.stdout);
    const key = url.searchParams.get('X-Amz-Credential')!.split('/')[0]!;
    const arn = await moto.callerArnResolver()({
      url,
      accessKeyId: key,
      region: REGION,
      signedAt: new Date(),
      sessionToken: url.searchParams.get('X-Amz-Security-Token')!,
    });
    expect(arn).toBe('arn:aws:sts::123456789012:assumed-role/shop-viewer/EKSGetTokenAuth');
    expect(await readdir(join(cache, 'eks-guide'))).toHaveLength(1);
    await token(['--cluster', CLUSTER, '--region', REGION], env);
    expect(await readdir(join(cache, 'eks-guide'))).toHaveLength(2);
  });

  const doctor = (kc: string, env: NodeJS.ProcessEnv) =>
    runScript('scripts/doctor.ts', ['--kubeconfig', kc, '-n', 'shop', '-o', 'json'], {
      cwd: ROOT,
      env,
      timeoutMs: 90_000,
    });

  it('the doctor reads through an aws eks get-token kubeconfig with no aws CLI on PATH', async () => {
    const kc = await api.kubeconfig({ path: join(dir, 'kc-aws'), exec: { command: 'aws', args: GET_TOKEN } });
    const env = envFor(dev, { PATH: PATH_WITHOUT_AWS });
    const since = api.requests.length;
    const out = await doctor(kc, env);
    expect(out.stderr).not.toContain('k8s-aws-v1.');
    expect([0, 1]).toContain(out.code);
    const reads = api.requests.slice(since).filter((r) => r.path === '/api/v1/namespaces/shop/pods');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.user === DEV_USER)).toBe(true);
  }, 120_000);

  it('eksctl form (flags after get-token, AWS_STS_REGIONAL_ENDPOINTS in env): also in process', async () => {
    const kc = await api.kubeconfig({
      path: join(dir, 'kc-eksctl'),
      exec: {
        command: 'aws',
        args: ['eks', 'get-token', '--output', 'json', '--cluster-name', CLUSTER, '--region', REGION],
        env: { AWS_STS_REGIONAL_ENDPOINTS: 'regional' },
      },
    });
    const out = await doctor(kc, envFor(dev, { PATH: PATH_WITHOUT_AWS }));
    expect([0, 1]).toContain(out.code);
  }, 120_000);

  it('an exec entry it does not reproduce still runs the plugin: without aws on PATH that fails (exit 3)', async () => {
    const kc = await api.kubeconfig({
      path: join(dir, 'kc-debug'),
      exec: { command: 'aws', args: [...GET_TOKEN, '--debug'] },
    });
    const out = await doctor(kc, envFor(dev, { PATH: PATH_WITHOUT_AWS }));
    expect(out.code).toBe(3);
  }, 120_000);

  it('settings it does not reproduce (FIPS endpoint) fall back to the aws CLI: works with aws, exit 3 without', async () => {
    const kc = await api.kubeconfig({ path: join(dir, 'kc-fips'), exec: { command: 'aws', args: GET_TOKEN } });
    const withAws = await doctor(kc, envFor(dev, { AWS_USE_FIPS_ENDPOINT: 'true' }));
    expect([0, 1]).toContain(withAws.code);
    const withoutAws = await doctor(kc, envFor(dev, { AWS_USE_FIPS_ENDPOINT: 'true', PATH: PATH_WITHOUT_AWS }));
    expect(withoutAws.code).toBe(3);
  }, 180_000);

  it("setup's Kubernetes client (SelfSubjectAccessReview) uses the in-process token too", async () => {
    const kc = await api.kubeconfig({ path: join(dir, 'kc-setup'), exec: { command: 'aws', args: GET_TOKEN } });
    const { createSetupKube } = await import('../../lib/kube/kube-client.ts');
    for (const [k, v] of Object.entries(envFor(dev, { PATH: PATH_WITHOUT_AWS })))
      if (k.startsWith('AWS_') || k === 'PATH') vi.stubEnv(k, v);
    try {
      const kube = createSetupKube({ path: kc }, 'double');
      expect(await kube.canI('list', 'pods', 'shop')).toMatchObject({ allowed: true });
      expect(await kube.canI('list', 'secrets', 'kube-system')).toMatchObject({ allowed: false });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
