// The API double in a process of its own, for benchmarks: the server's work must not be counted in
// the client's time or memory. Prints {url, caData, token} once listening; on standard input,
// `count` prints and resets the number of requests served, and end of input stops it.
import { benchNamespace } from './bench-namespace.ts';
import { startApiDouble } from './kube-api-double.ts';
import { serveCountsUntilStdinCloses } from './count-protocol.ts';

const TOKEN = 'bench-token';
const pods = Number(process.argv[2] ?? 10);
const eventsPerPod = Number(process.argv[3] ?? 5);
const api = await startApiDouble({
  objects: benchNamespace(pods, eventsPerPod),
  users: { [TOKEN]: { username: 'bench', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] } },
});
process.stdout.write(`${JSON.stringify({ url: api.url, caData: api.caData, caFile: api.caFile, token: TOKEN })}\n`);
serveCountsUntilStdinCloses(api, () => api.close());
