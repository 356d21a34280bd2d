// The benchmark's API double keeps its objects in a real etcd: lists not served from the watch cache read each
// page from etcd, and must give a client exactly what the double gives from memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { benchNamespace } from '../support/bench-namespace.ts';
import { startEtcd, type EtcdServer } from '../support/etcd-server.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli } from '../support/run-cli.ts';

const READER = { username: 'reader', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] };

describeWithTools(['etcd', 'kubectl', 'openssl'], 'API double over a real etcd', () => {
  let etcd: EtcdServer;
  let inEtcd: ApiDouble;
  let inEtcd131: ApiDouble;
  let inMemory: ApiDouble;
  let dir: string;
  const kubectl = async (api: ApiDouble, ...args: string[]) => {
    const kc = await api.kubeconfig({ token: 'tok', path: join(dir, new URL(api.url).port) });
    const out = await runCli('kubectl', ['--kubeconfig', kc, ...args], { timeoutMs: 60_000 });
    expect(out.code, out.stderr).toBe(0);
    return JSON.parse(out.stdout) as { items: { metadata: { name: string; namespace?: string } }[] };
  };
  const names = (list: { items: { metadata: { name: string } }[] }) => list.items.map((i) => i.metadata.name);

  beforeAll(async () => {
    // 600 pods and as many events: two pages each (500 and 100), as kubectl asks for them; 30 nodes; and a
    // second namespace whose keys sort before the first one's (bench-2/ < bench/, as '-' < '/').
    const objects = [...benchNamespace(600, 1), ...inNamespace('bench-2', benchNamespace(20, 0))];
    dir = await mkdtemp(join(tmpdir(), 'double-etcd-'));
    etcd = await startEtcd();
    const started = await Promise.allSettled([
      // Before v1.31 every page of a list without resourceVersion is read from etcd.
      startApiDouble({ objects, users: { tok: READER }, etcd: etcd.client, version: 'v1.30.11-eks-7f9249a' }),
      startApiDouble({ objects, users: { tok: READER }, etcd: etcd.client, version: 'v1.31.2-eks-7f9249a' }),
      startApiDouble({ objects, users: { tok: READER }, version: 'v1.30.11-eks-7f9249a' }),
    ]);
    const ready = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    if (ready.length < started.length) {
      await Promise.all(ready.map((api) => api.close()));
      throw started.find((s) => s.status === 'rejected')!.reason;
    }
    [inEtcd, inEtcd131, inMemory] = ready as [ApiDouble, ApiDouble, ApiDouble];
  }, 60_000);
  afterAll(async () => {
    await Promise.all([inEtcd?.close(), inEtcd131?.close(), inMemory?.close()]);
    await etcd?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('kubectl pages pods and events out of etcd, one range request a page, and gets what memory serves', async () => {
    const before = inEtcd.etcdRanges;
    const fromEtcd = await kubectl(inEtcd, 'get', 'pods,events', '-n', 'bench', '-o', 'json');
    const fromMemory = await kubectl(inMemory, 'get', 'pods,events', '-n', 'bench', '-o', 'json');
    expect(fromEtcd.items).toHaveLength(1200);
    expect(fromEtcd).toEqual(fromMemory);
    expect(inEtcd.etcdRanges - before).toBe(4);
  });

  it('since v1.31 the first page comes from the watch cache and only continue pages from etcd', async () => {
    const before = inEtcd131.etcdRanges;
    const fromEtcd = await kubectl(inEtcd131, 'get', 'pods,events', '-n', 'bench', '-o', 'json');
    expect(fromEtcd).toEqual(await kubectl(inMemory, 'get', 'pods,events', '-n', 'bench', '-o', 'json'));
    expect(inEtcd131.etcdRanges - before).toBe(2);
  });

  it('a cluster-scoped kind pages out of etcd in small pages, across namespaces too', async () => {
    const nodes = await kubectl(inEtcd, 'get', 'nodes', '--chunk-size', '7', '-o', 'json');
    expect(nodes.items).toHaveLength(30);
    expect(nodes).toEqual(await kubectl(inMemory, 'get', 'nodes', '--chunk-size', '7', '-o', 'json'));
    const pods = await kubectl(inEtcd, 'get', 'pods', '-A', '--chunk-size', '15', '-o', 'json');
    expect(pods.items.slice(17, 21).map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual([
      'bench-2/app-7',
      'bench-2/app-8',
      'bench-2/app-9',
      'bench/app-0',
    ]);
    expect(pods).toEqual(await kubectl(inMemory, 'get', 'pods', '-A', '--chunk-size', '15', '-o', 'json'));
  });

  it('a label selector reads the span of its page from etcd and keeps only the matching objects', async () => {
    const fromEtcd = await kubectl(inEtcd, 'get', 'pods', '-n', 'bench', '-l', 'app=svc-7', '-o', 'json');
    const fromMemory = await kubectl(inMemory, 'get', 'pods', '-n', 'bench', '-l', 'app=svc-7', '-o', 'json');
    expect(names(fromEtcd)).toEqual([
      'app-70',
      'app-71',
      'app-72',
      'app-73',
      'app-74',
      'app-75',
      'app-76',
      'app-77',
      'app-78',
      'app-79',
    ]);
    expect(fromEtcd).toEqual(fromMemory);
  });

  it('resourceVersion=0 without a limit is answered from the watch cache: no range request', async () => {
    const before = inEtcd.etcdRanges;
    const kc = await inEtcd.kubeconfig({ token: 'tok', path: join(dir, 'raw') });
    const out = await runCli('kubectl', [
      '--kubeconfig',
      kc,
      'get',
      '--raw',
      '/api/v1/namespaces/bench/events?resourceVersion=0',
    ]);
    expect(out.code, out.stderr).toBe(0);
    expect((JSON.parse(out.stdout) as { items: unknown[] }).items).toHaveLength(600);
    expect(inEtcd.etcdRanges).toBe(before);
  });

  it('refuses to change objects it keeps in etcd', () => {
    expect(() => inEtcd.setObjects([])).toThrow(/fixed/);
  });
});

// The objects moved to another namespace; cluster-scoped ones (the namespace and nodes) are left out.
function inNamespace(namespace: string, objects: unknown[]): unknown[] {
  return objects.flatMap((o) => {
    const obj = o as { metadata: { namespace?: string } };
    return obj.metadata.namespace ? [{ ...obj, metadata: { ...obj.metadata, namespace } }] : [];
  });
}
