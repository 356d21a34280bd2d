import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { ApiException, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { startMoto, type Moto } from '../support/moto.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli } from '../support/run-cli.ts';
import { shopObjects } from '../support/shop-objects.ts';
import { classifyKubeError, classifyKubectlError } from '../../lib/kube/kube-errors.ts';

const SHOP_READER = 'arn:aws:sts::111122223333:assumed-role/dev/session';

describeWithTools(['kubectl', 'openssl'], 'kube API double: real kubectl and client-node agree with it', () => {
  let api: ApiDouble;
  let dir: string;
  let kc: string;
  const kubectl = (...args: string[]) => runCli('kubectl', ['--kubeconfig', kc, ...args], { timeoutMs: 30_000 });

  beforeAll(async () => {
    api = await startApiDouble({
      version: 'v1.31.2-eks-7f9249a',
      objects: shopObjects(),
      users: {
        'shop-reader-token': {
          username: SHOP_READER,
          allow: [{ verbs: ['get', 'list', 'watch'], resources: ['*'], namespaces: ['shop'] }],
        },
        'admin-token': {
          username: 'kubernetes-admin',
          groups: ['system:masters'],
          allow: [{ verbs: ['*'], resources: ['*'] }],
        },
      },
    });
    dir = await mkdtemp(join(tmpdir(), 'double-test-'));
    kc = await api.kubeconfig({ token: 'shop-reader-token', namespace: 'shop', path: join(dir, 'config') });
  });
  afterAll(async () => {
    await api?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('kubectl get pod prints the server-side table of the namespace only', async () => {
    const out = await kubectl('get', 'pod', '-n', 'shop');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual([
      'web-6d4cf56db6-4xk2p',
      'web-6d4cf56db6-9wq7z',
      'web-6d4cf56db6-b8n3r',
      'worker-7b9f8c6d5-x2p4q',
    ]);
    expect(out.stdout).toMatch(/worker-7b9f8c6d5-x2p4q\s+0\/1\s+CrashLoopBackOff\s+7 \(2m(\d+s)? ago\)\s+30m/);
    expect(out.stdout).not.toContain('secret-app');
  });

  it('kubectl -o json gets a real PodList with kind/apiVersion restored on items', async () => {
    const out = await kubectl('get', 'pod', '-n', 'shop', '-o', 'json');
    expect(out.code).toBe(0);
    const list = JSON.parse(out.stdout) as {
      kind: string;
      items: { kind: string; apiVersion: string; metadata: { namespace: string } }[];
    };
    expect(list.kind).toBe('List');
    expect(list.items).toHaveLength(4);
    expect(list.items.every((p) => p.kind === 'Pod' && p.apiVersion === 'v1' && p.metadata.namespace === 'shop')).toBe(
      true,
    );
  });

  it('kubectl auth can-i answers from the configured rules (yes in shop, no elsewhere)', async () => {
    const yes = await kubectl('auth', 'can-i', 'list', 'pods', '-n', 'shop');
    expect([yes.code, yes.stdout.trim()]).toEqual([0, 'yes']);
    const no = await kubectl('auth', 'can-i', 'list', 'pods', '-n', 'other');
    expect([no.code, no.stdout.trim()]).toEqual([1, 'no']);
    // Without -A kubectl sends the context namespace even for nodes, and RBAC would match a namespaced '*' rule.
    const nodes = await kubectl('auth', 'can-i', 'list', 'nodes', '--all-namespaces');
    expect([nodes.code, nodes.stdout.trim()]).toEqual([1, 'no']);
  });

  it('kubectl shows the apiserver Forbidden text, which the project classifies as forbidden', async () => {
    const out = await kubectl('get', 'pod', '-n', 'other');
    expect(out.code).toBe(1);
    expect(out.stderr.trim()).toBe(
      `Error from server (Forbidden): pods is forbidden: User "${SHOP_READER}" cannot list resource "pods" in API group "" in the namespace "other"`,
    );
    expect(classifyKubectlError(out.stderr).kind).toBe('forbidden');
    const nodes = await kubectl('get', 'nodes');
    expect(nodes.stderr).toContain(
      `nodes is forbidden: User "${SHOP_READER}" cannot list resource "nodes" in API group "" at the cluster scope`,
    );
  });

  it('kubectl with an unknown token gets the real Unauthorized wording', async () => {
    const bad = await api.kubeconfig({ token: 'nobody', path: join(dir, 'bad') });
    const out = await runCli('kubectl', ['--kubeconfig', bad, 'get', 'pod', '-n', 'shop']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(
      /error: You must be logged in to the server \(Unauthorized\)|the server has asked for the client to provide credentials/,
    );
    expect(classifyKubectlError(out.stderr).kind).toBe('unauthorized');
  });

  it('kubectl get of a missing namespace is a NotFound with the apiserver wording', async () => {
    const admin = await api.kubeconfig({ token: 'admin-token', path: join(dir, 'admin') });
    const out = await runCli('kubectl', ['--kubeconfig', admin, 'get', 'namespace', 'x']);
    expect(out.code).toBe(1);
    expect(out.stderr.trim()).toBe('Error from server (NotFound): namespaces "x" not found');
  });

  it('kubectl auth whoami shows the username and groups', async () => {
    const out = await kubectl('auth', 'whoami', '-o', 'json');
    expect(out.code).toBe(0);
    const review = JSON.parse(out.stdout) as { status: { userInfo: { username: string; groups: string[] } } };
    expect(review.status.userInfo).toEqual({ username: SHOP_READER, groups: ['system:authenticated'] });
  });

  it('client-node pages through pods with limit/continue and sees remainingItemCount', async () => {
    const config = new KubeConfig();
    config.loadFromFile(kc);
    const core = config.makeApiClient(CoreV1Api);
    const before = api.requests.length;
    const names: string[] = [];
    let token: string | undefined;
    const remaining: (number | undefined)[] = [];
    do {
      const page = await core.listNamespacedPod({
        namespace: 'shop',
        limit: 3,
        ...(token ? { _continue: token } : {}),
      });
      names.push(...page.items.map((p) => p.metadata!.name!));
      remaining.push(page.metadata?.remainingItemCount);
      token = page.metadata?._continue || undefined;
    } while (token);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    expect(remaining).toEqual([1, undefined]);
    const calls = api.requests.slice(before);
    expect(calls.map((r) => [r.path, r.query.get('limit')])).toEqual([
      ['/api/v1/namespaces/shop/pods', '3'],
      ['/api/v1/namespaces/shop/pods', '3'],
    ]);
  });

  it('a continue token outlives object changes (consistent snapshot) but not a compaction: 410 Expired', async () => {
    const config = new KubeConfig();
    config.loadFromFile(kc);
    const core = config.makeApiClient(CoreV1Api);
    const first = await core.listNamespacedPod({ namespace: 'shop', limit: 2 });
    api.setObjects(shopObjects().filter((o) => (o as { kind: string }).kind !== 'Pod'));
    const second = await core.listNamespacedPod({ namespace: 'shop', limit: 2, _continue: first.metadata!._continue! });
    expect(second.items).toHaveLength(2);
    api.compact();
    const error = await core
      .listNamespacedPod({ namespace: 'shop', limit: 2, _continue: first.metadata!._continue! })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiException);
    expect((error as ApiException<string>).code).toBe(410);
    expect((JSON.parse((error as ApiException<string>).body) as { reason?: string }).reason).toBe('Expired');
    api.setObjects(shopObjects());
  });

  it('client-node surfaces a 403 as ApiException code 403 with the Status message', async () => {
    const config = new KubeConfig();
    config.loadFromFile(kc);
    const core = config.makeApiClient(CoreV1Api);
    const error = await core.listNamespacedPod({ namespace: 'other' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiException);
    expect((error as ApiException<string>).code).toBe(403);
    const classified = classifyKubeError(error);
    expect(classified.kind).toBe('forbidden');
    expect(classified.detail).toBe(
      `pods is forbidden: User "${SHOP_READER}" cannot list resource "pods" in API group "" in the namespace "other"`,
    );
    expect(JSON.stringify(classified)).not.toContain('shop-reader-token');
  });

  it('faults: a dropped connection and a slow server read as unreachable and timeout', async () => {
    api.addFault({ path: /^\/api\/v1\/namespaces\/shop\/services$/, destroy: true, times: 1 });
    const config = new KubeConfig();
    config.loadFromFile(kc);
    const core = config.makeApiClient(CoreV1Api);
    const dropped = await core.listNamespacedService({ namespace: 'shop' }).catch((e: unknown) => e);
    expect(['unreachable', 'unknown']).toContain(classifyKubeError(dropped).kind);
    expect(JSON.stringify(classifyKubeError(dropped))).not.toContain('shop-reader-token');

    api.addFault({ path: /^\/api\/v1\/namespaces\/shop\/configmaps$/, delayMs: 3000, times: 1 });
    const slow = await kubectl('get', 'configmaps', '-n', 'shop', '--request-timeout=1s');
    expect(slow.code).toBe(1);
    expect(classifyKubectlError(slow.stderr).kind).toBe('timeout');

    api.addFault({
      method: 'GET',
      path: /^\/api\/v1\/namespaces\/shop\/secrets$/,
      status: 503,
      message: 'etcdserver: leader changed',
      times: 1,
    });
    const unavailable = await kubectl('get', 'secrets', '-n', 'shop');
    expect(unavailable.stderr).toContain('etcdserver: leader changed');
  });
});

describeWithTools(
  ['kubectl', 'openssl', 'aws', 'moto_server'],
  'kube API double: EKS tokens from the real aws eks get-token',
  () => {
    let moto: Moto;
    let api: ApiDouble;
    let dir: string;
    let roleArn: string;

    beforeAll(async () => {
      moto = await startMoto();
      roleArn = await moto.createRole(
        'AWSReservedSSO_ShopDev_0123456789abcdef',
        '/aws-reserved/sso.amazonaws.com/ap-northeast-2/',
      );
      api = await startApiDouble({
        objects: shopObjects(),
        users: {
          // Access entries map a role to arn:aws:sts::ACCT:assumed-role/ROLE/{{SessionName}}.
          'eks:AWSReservedSSO_ShopDev_0123456789abcdef': {
            username: 'arn:aws:sts::{{AccountID}}:assumed-role/AWSReservedSSO_ShopDev_0123456789abcdef/{{SessionName}}',
            allow: [{ verbs: ['get', 'list'], resources: ['pods'], namespaces: ['shop'] }],
          },
        },
        resolveEksCaller: moto.callerArnResolver(),
      });
      dir = await mkdtemp(join(tmpdir(), 'double-eks-'));
    });
    afterAll(async () => {
      await api?.close();
      await moto?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const execKubeconfig = (name: string) =>
      api.kubeconfig({
        path: join(dir, name),
        namespace: 'shop',
        exec: {
          command: 'aws',
          args: ['--region', 'ap-northeast-2', 'eks', 'get-token', '--cluster-name', 'shop-prod', '--output', 'json'],
        },
      });

    it('accepts the token of an assumed SSO role and names the user as an access entry would', async () => {
      const creds = await moto.assumeRole(roleArn, 'alice@example.com');
      const kc = await execKubeconfig('sso');
      const out = await runCli('kubectl', ['--kubeconfig', kc, 'auth', 'whoami', '-o', 'json'], {
        env: moto.envWith(creds),
      });
      expect(out.stderr).toBe('');
      const info = (
        JSON.parse(out.stdout) as { status: { userInfo: { username: string; extra: Record<string, string[]> } } }
      ).status.userInfo;
      expect(info.username).toBe(
        'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_ShopDev_0123456789abcdef/alice@example.com',
      );
      expect(info.extra.canonicalArn).toEqual([
        'arn:aws:iam::123456789012:role/AWSReservedSSO_ShopDev_0123456789abcdef',
      ]);
      const pods = await runCli('kubectl', ['--kubeconfig', kc, 'get', 'pod', '-n', 'shop'], {
        env: moto.envWith(creds),
      });
      expect(pods.code).toBe(0);
      expect(pods.stdout).toContain('web-6d4cf56db6-4xk2p');
    });

    it('rejects the token of an IAM principal with no mapping: Unauthorized', async () => {
      const kc = await execKubeconfig('static');
      const out = await runCli('kubectl', ['--kubeconfig', kc, 'get', 'pod', '-n', 'shop'], { env: moto.env });
      expect(out.code).toBe(1);
      expect(classifyKubectlError(out.stderr).kind).toBe('unauthorized');
    });
  },
);

describe('kube API double: setup', () => {
  it('refuses objects of kinds it does not serve, so fixtures cannot silently vanish', async () => {
    await expect(
      startApiDouble({
        objects: [{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'shop' } }],
      }),
    ).rejects.toThrow(/no served resource/);
  });
});
