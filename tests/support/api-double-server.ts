// The API double in a process of its own, for benchmarks: the server's work must not be counted in
// the client's time or memory. Usage: api-double-server.ts PODS EVENTS_PER_POD [--etcd]
// With --etcd the objects are kept in a real etcd that this process starts, and lists not served from the
// watch cache read their pages from it, as kube-apiserver does.
// Prints {url, caData, caFile, token, storage} once listening; on standard input, `count` prints and resets the
// number of requests served, and end of input (or SIGINT/SIGTERM) stops it.
import { benchNamespace } from './bench-namespace.ts';
import { startApiDouble } from './kube-api-double.ts';
import { serveCountsUntilStdinCloses } from './count-protocol.ts';
import { startEtcd } from './etcd-server.ts';

const TOKEN = 'bench-token';
const [pods, eventsPerPod] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const etcd = process.argv.includes('--etcd') ? await startEtcd() : undefined;
// etcd is a process of its own with a data directory: never leave either behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void (etcd?.stop() ?? Promise.resolve()).finally(() => process.exit(1)));
const api = await startApiDouble({
  objects: benchNamespace(Number(pods ?? 10), Number(eventsPerPod ?? 5)),
  users: { [TOKEN]: { username: 'bench', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] } },
  ...(etcd ? { etcd: etcd.client } : {}),
}).catch(async (error: unknown) => {
  await etcd?.stop();
  throw error;
});
const storage = etcd ? `paged reads from ${etcd.version}` : 'paged reads from memory';
process.stdout.write(
  `${JSON.stringify({ url: api.url, caData: api.caData, caFile: api.caFile, token: TOKEN, storage })}\n`,
);
serveCountsUntilStdinCloses(api, async () => {
  await api.close();
  await etcd?.stop();
});
