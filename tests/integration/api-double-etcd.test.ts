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
  let inMemory: ApiDouble;
  let dir: string;
  const kubectl = async (api: ApiDouble, ...args: string[]) => {
    const kc = await api.kubeconfig({ token: 'tok', path: join(dir, api === inEtcd ? 'etcd' : 'memory') });
    const out = await runCli('kubectl', ['--kubeconfig', kc, ...args], { timeoutMs: 60_000 });
    expect(out.code, out.stderr).toBe(0);
    return JSON.parse(out.stdout) as { items: { metadata: { name: string; namespace?: string } }[] };
  };
  const names = (list: { items: { metadata: { name: string } }[] }) => list.items.map((i) => i.metadata.name);

  beforeAll(async () => {
    // 600 pods and as many events: two pages each (500 and 100), as kubectl asks for them.
    const objects = benchNamespace(600, 1);
    etcd = await startEtcd();
    [inEtcd, inMemory] = await Promise.all([
      startApiDouble({ objects, users: { tok: READER }, etcd: etcd.client }),
      startApiDouble({ objects, users: { tok: READER } }),
    ]);
    dir = await mkdtemp(join(tmpdir(), 'double-etcd-'));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([inEtcd?.close(), inMemory?.close()]);
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

  it('a cluster-wide list of a namespaced kind reads across namespaces in key order', async () => {
    const fromEtcd = await kubectl(inEtcd, 'get', 'pods', '--all-namespaces', '-o', 'json');
    expect(names(fromEtcd)).toEqual(names(await kubectl(inMemory, 'get', 'pods', '--all-namespaces', '-o', 'json')));
    expect(fromEtcd.items).toHaveLength(600);
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
