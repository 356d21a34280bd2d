// The API double in its own process, so a benchmark times the client alone (never a server sharing its
// event loop). Usage: tsx tests/support/api-double-process.ts KUBECONFIG_PATH [NAMESPACE_OBJECTS.json]
// Serves the objects (default: the small "shop" namespace of shop-objects.ts) to a bearer token allowed to
// read everything, writes a kubeconfig for it to KUBECONFIG_PATH, prints {"url": …} on one line, and serves
// until its standard input closes; the line `count` on its input prints and resets the requests served.
import { readFileSync } from 'node:fs';
import { startApiDouble } from './kube-api-double.ts';
import { shopObjects } from './shop-objects.ts';
import { serveCountsUntilStdinCloses } from './count-protocol.ts';

const [kubeconfigPath, objectsFile] = process.argv.slice(2);
if (!kubeconfigPath) {
  process.stderr.write('usage: api-double-process.ts KUBECONFIG_PATH [OBJECTS.json]\n');
  process.exit(2);
}
const objects = objectsFile ? (JSON.parse(readFileSync(objectsFile, 'utf8')) as unknown[]) : shopObjects();
const token = 'bench-reader';
const api = await startApiDouble({
  objects,
  users: { [token]: { username: 'bench', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] } },
});
await api.kubeconfig({ token, namespace: 'shop', path: kubeconfigPath });
process.stdout.write(`${JSON.stringify({ url: api.url })}\n`);
serveCountsUntilStdinCloses(api, () => api.close());
