import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.ts';
import { KIND_ENDPOINTS, listPath } from '../../lib/doctor/kind-endpoints.ts';
import { snapshotFromText } from '../../lib/doctor/load-file.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import { ALL_KINDS } from '../../lib/doctor/snapshot.ts';
import { RequestTimeoutError, type ApiGet, type ApiResponse } from '../../lib/doctor/api-reader.ts';
import { ClusterUnreadableError, gather } from '../../lib/doctor/gather.ts';

interface Call {
  path: string;
  query: Record<string, string>;
}

// A table of answers by path; lists are paged two items at a time like a server with a small limit.
function fakeApi(
  routes: Record<string, unknown[] | ApiResponse | Error>,
  pageSize = 2,
): { api: ApiGet; calls: Call[] } {
  const calls: Call[] = [];
  const api: ApiGet = (path, query) => {
    calls.push({ path, query });
    const route = routes[path];
    if (route instanceof Error) return Promise.reject(route);
    if (route && !Array.isArray(route)) return Promise.resolve(route);
    if (path === '/version')
      return Promise.resolve({
        status: 200,
        body: JSON.stringify({ major: '1', minor: '31+', gitVersion: 'v1.31.2-eks-7f9249a' }),
      });
    const items = route ?? [];
    const start = Number(query.continue ?? 0);
    const page = items.slice(start, start + pageSize);
    const next = start + pageSize < items.length ? String(start + pageSize) : undefined;
    return Promise.resolve({
      status: 200,
      body: JSON.stringify({
        kind: 'List',
        apiVersion: 'v1',
        metadata: { resourceVersion: '1', ...(next ? { continue: next } : {}) },
        items: page,
      }),
    });
  };
  return { api, calls };
}
const status = (code: number, reason: string, message: string): ApiResponse => ({
  status: code,
  body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code }),
});
const pods = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    metadata: { name: `web-${i}`, namespace: 'shop', creationTimestamp: '2024-05-02T08:11:04Z' },
    spec: { containers: [{ name: 'web', image: 'nginx' }] },
    status: { phase: 'Running' },
  }));

describe('gather', () => {
  it('follows continue tokens, adds kind and apiVersion like kubectl, and reduces Secrets to key names', async () => {
    const { api, calls } = fakeApi({
      '/api/v1/namespaces/shop/pods': pods(5),
      '/api/v1/namespaces/shop/secrets': [
        { metadata: { name: 'db', namespace: 'shop' }, type: 'Opaque', data: { password: 'aHVudGVyMg==' } },
      ],
      '/api/v1/namespaces/shop': {
        status: 200,
        body: JSON.stringify({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: 'shop' },
          status: { phase: 'Active' },
        }),
      },
    });
    const snapshot = await gather({ api, namespace: 'shop', timeoutMs: 1000, pageSize: 2 });
    expect(snapshot.pods.map((p) => p.metadata?.name)).toEqual(['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
    expect(snapshot.pods[0]).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
    // resourceVersion=0 first (the watch cache); this server pages anyway, so its token is followed.
    expect(calls.filter((c) => c.path === '/api/v1/namespaces/shop/pods').map((c) => c.query)).toEqual([
      { resourceVersion: '0' },
      { limit: '2', continue: '2' },
      { limit: '2', continue: '4' },
    ]);
    expect(snapshot.visibility.pods).toEqual({ visible: true, source: 'pages' });
    expect(snapshot.secrets).toEqual([
      { kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, type: 'Opaque', keys: ['password'] },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('aHVudGVyMg==');
    expect(snapshot.serverVersion).toBe('1.31');
    expect(snapshot.namespaces.map((n) => n.metadata?.name)).toEqual(['shop']);
    expect(calls.some((c) => c.path === '/apis/storage.k8s.io/v1/storageclasses')).toBe(true);
    expect(calls.some((c) => c.path === '/apis/discovery.k8s.io/v1/namespaces/shop/endpointslices')).toBe(true);
    expect(calls.some((c) => c.path === '/api/v1/namespaces')).toBe(false); // a namespace user may not list them
  });

  it('lists HorizontalPodAutoscalers from autoscaling/v2 once, and marks them not visible when RBAC forbids them', async () => {
    const hpa = {
      metadata: { name: 'web', namespace: 'shop' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 5 },
    };
    const path = '/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers';
    const { api, calls } = fakeApi({ [path]: [hpa] });
    const snapshot = await gather({ api, namespace: 'shop', timeoutMs: 1000 });
    expect(snapshot.horizontalPodAutoscalers).toEqual([
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', ...hpa },
    ]);
    expect(calls.filter((c) => c.path === path)).toHaveLength(1);

    const denied = fakeApi({
      '/api/v1/namespaces/shop/pods': pods(1),
      [path]: status(
        403,
        'Forbidden',
        'horizontalpodautoscalers.autoscaling is forbidden: User "dev" cannot list resource "horizontalpodautoscalers" in API group "autoscaling" in the namespace "shop"',
      ),
    });
    const limited = await gather({ api: denied.api, namespace: 'shop', timeoutMs: 1000 });
    expect(limited.visibility.horizontalPodAutoscalers).toMatchObject({ visible: false, reason: 'forbidden' });
    expect(limited.visibility.pods).toEqual({ visible: true, source: 'cache' });
  });

  it('marks forbidden, missing and slow kinds invisible and carries on', async () => {
    const { api } = fakeApi({
      '/api/v1/nodes': status(
        403,
        'Forbidden',
        'nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope',
      ),
      '/apis/storage.k8s.io/v1/csidrivers': status(404, 'NotFound', 'the server could not find the requested resource'),
      '/api/v1/namespaces/shop/events': new RequestTimeoutError(1000),
      '/apis/apps/v1/namespaces/shop/deployments': status(500, 'InternalError', 'etcdserver: request timed out'),
      '/api/v1/namespaces/shop/pods': pods(1),
    });
    const snapshot = await gather({ api, namespace: 'shop', timeoutMs: 1000 });
    expect(snapshot.visibility.nodes).toEqual({
      visible: false,
      reason: 'forbidden',
      detail: 'nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope',
    });
    expect(snapshot.visibility.csiDrivers).toMatchObject({ visible: false, reason: 'notFound' });
    expect(snapshot.visibility.events).toMatchObject({ visible: false, reason: 'timeout' });
    expect(snapshot.visibility.deployments).toEqual({
      visible: false,
      reason: 'error',
      detail: 'etcdserver: request timed out',
    });
    expect(snapshot.visibility.pods).toEqual({ visible: true, source: 'cache' });
    expect(snapshot.pods).toHaveLength(1);
  });

  it('fails the run when not one kind of the namespace may be read, with the reason for pods', async () => {
    const routes: Record<string, ApiResponse> = {};
    for (const path of [
      'pods',
      'events',
      'persistentvolumeclaims',
      'services',
      'configmaps',
      'secrets',
      'resourcequotas',
      'limitranges',
    ]) {
      routes[`/api/v1/namespaces/prod/${path}`] = status(
        403,
        'Forbidden',
        `${path} is forbidden: User "dev" cannot list resource "${path}" in API group "" in the namespace "prod"`,
      );
    }
    for (const path of [
      'apps/v1/namespaces/prod/deployments',
      'apps/v1/namespaces/prod/replicasets',
      'apps/v1/namespaces/prod/statefulsets',
      'apps/v1/namespaces/prod/daemonsets',
      'batch/v1/namespaces/prod/jobs',
      'autoscaling/v2/namespaces/prod/horizontalpodautoscalers',
      'discovery.k8s.io/v1/namespaces/prod/endpointslices',
    ]) {
      routes[`/apis/${path}`] = status(403, 'Forbidden', 'forbidden');
    }
    const { api } = fakeApi(routes);
    const error = await gather({ api, namespace: 'prod', timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterUnreadableError);
    expect((error as ClusterUnreadableError).classified).toMatchObject({
      kind: 'forbidden',
      problem: {
        key: 'kubeError.forbidden',
        params: {
          detail: 'pods is forbidden: User "dev" cannot list resource "pods" in API group "" in the namespace "prod"',
        },
      },
    });
  });

  it('records a namespace that does not exist as an empty, visible namespaces list', async () => {
    const { api } = fakeApi({ '/api/v1/namespaces/shpo': status(404, 'NotFound', 'namespaces "shpo" not found') });
    const snapshot = await gather({ api, namespace: 'shpo', timeoutMs: 1000 });
    expect(snapshot.namespaces).toEqual([]);
    expect(snapshot.visibility.namespaces).toEqual({ visible: true });
  });

  it('lists across namespaces with -A', async () => {
    const { api, calls } = fakeApi({
      '/api/v1/pods': pods(3),
      '/api/v1/namespaces': [{ metadata: { name: 'shop' } }, { metadata: { name: 'kube-system' } }],
    });
    const snapshot = await gather({ api, namespace: null, timeoutMs: 1000 });
    expect(snapshot.namespace).toBeNull();
    expect(snapshot.pods).toHaveLength(3);
    expect(snapshot.namespaces.map((n) => n.metadata?.name)).toEqual(['shop', 'kube-system']);
    expect(calls.every((c) => !c.path.includes('/namespaces/'))).toBe(true);
  });

  it('starts a list over when its continue token has expired', async () => {
    let expiredOnce = false;
    const base = fakeApi({ '/api/v1/namespaces/shop/pods': pods(3) });
    const api: ApiGet = async (path, query, t) => {
      if (path === '/api/v1/namespaces/shop/pods' && query.continue && !expiredOnce) {
        expiredOnce = true;
        return status(
          410,
          'Expired',
          'The provided continue parameter is too old to display a consistent list result.',
        );
      }
      // resourceVersion=0 is paged by this server; the unpaginated restart is served whole.
      if (path === '/api/v1/namespaces/shop/pods' && !query.limit && !query.resourceVersion)
        return { status: 200, body: JSON.stringify({ kind: 'PodList', metadata: {}, items: pods(3) }) };
      return base.api(path, query, t);
    };
    const snapshot = await gather({ api, namespace: 'shop', timeoutMs: 1000, pageSize: 2 });
    expect(snapshot.pods.map((p) => p.metadata?.name)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(snapshot.visibility.pods).toEqual({ visible: true, source: 'pages' });
  });

  it('fails the whole run when credentials are refused or the server cannot be reached', async () => {
    const refused = fakeApi({ '/api/v1/namespaces/shop/pods': status(401, 'Unauthorized', 'Unauthorized') });
    const e1 = await gather({ api: refused.api, namespace: 'shop', timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ClusterUnreadableError);
    expect((e1 as ClusterUnreadableError).classified.kind).toBe('unauthorized');

    const down = fakeApi({
      '/version': Object.assign(
        new Error('request to https://10.0.0.1/version failed, reason: connect ECONNREFUSED 10.0.0.1:443'),
        { code: 'ECONNREFUSED' },
      ),
    });
    const e2 = await gather({ api: down.api, namespace: 'shop', timeoutMs: 1000, server: 'https://10.0.0.1' }).catch(
      (e: unknown) => e,
    );
    expect((e2 as ClusterUnreadableError).classified.kind).toBe('unreachable');
    expect(down.calls).toHaveLength(1); // no point asking for every kind

    const slow = fakeApi({ '/version': new RequestTimeoutError(20_000) });
    const e3 = await gather({ api: slow.api, namespace: 'shop', timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect((e3 as ClusterUnreadableError).classified.kind).toBe('timeout');
  });

  it('reports progress once per kind', async () => {
    const { api } = fakeApi({});
    const seen: string[] = [];
    await gather({
      api,
      namespace: 'shop',
      timeoutMs: 1000,
      onProgress: (done, total, kind) => seen.push(`${done}/${total} ${kind}`),
    });
    expect(seen).toHaveLength(20);
    expect(seen.at(-1)).toMatch(/^20\/20 /);
  });
});

describe('gather, against what a file gives', () => {
  it('finds in a live read of examples/broken-shop.json what --from-file finds, holding only the event fields checks read', async () => {
    const saved = JSON.parse(readFileSync('examples/broken-shop.json', 'utf8')) as Record<string, unknown[]>;
    const fromFile = snapshotFromText(JSON.stringify(saved), 'broken-shop.json', '2026-11-24T09:30:00Z');
    const routes: Record<string, unknown[] | ApiResponse> = {};
    for (const kind of ALL_KINDS) {
      if (kind === 'namespaces') continue;
      const served = (saved[kind] ?? []) as Record<string, unknown>[];
      // As a server sends them: bookkeeping on every event.
      routes[listPath(KIND_ENDPOINTS[kind], 'shop')] =
        kind === 'events'
          ? served.map((e) => ({
              ...e,
              metadata: { ...(e.metadata as object), resourceVersion: '912', managedFields: [{ manager: 'kubelet' }] },
              reportingInstance: 'ip-10-0-1-23.ap-northeast-2.compute.internal',
            }))
          : served;
    }
    const { api } = fakeApi(routes, 500);
    const live = await gather({ api, namespace: 'shop', timeoutMs: 1000 });
    const findings = (snapshot: typeof live) =>
      runChecks(snapshot, CHECKS, { source: { type: 'cluster' }, now: () => new Date('2026-11-24T09:30:00Z') })
        .findings;
    expect(findings(live).length).toBeGreaterThan(3);
    expect(findings(live)).toEqual(findings(fromFile));
    expect(live.events.length).toBe(fromFile.events.length);
    for (const event of live.events) {
      expect(event).not.toHaveProperty('reportingInstance');
      expect(event.metadata).not.toHaveProperty('resourceVersion');
      expect(event.metadata).not.toHaveProperty('managedFields');
    }
  });
});
