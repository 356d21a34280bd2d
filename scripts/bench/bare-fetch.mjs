// The floor the doctor is measured against: a bare client that lists the same paths page by page
// (limit 500, one keep-alive connection), parses each page with JSON.parse and holds the items it
// read until the end, as any client that fetches lists to use them does (the doctor holds what it
// analyses). It does nothing else with them.
// Usage: node bare-fetch.mjs URL TOKEN CA_FILE PATH...
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';

const [url, token, caFile, ...paths] = process.argv.slice(2);
const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: readFileSync(caFile) });
let requests = 0;
const lists = [];

function get(path) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, url), { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (const path of paths) {
  let token = '';
  do {
    const page = await get(`${path}?limit=500${token ? `&continue=${encodeURIComponent(token)}` : ''}`);
    requests += 1;
    // A refused page must not pass for a short list (and a fast fetch).
    if (page.status !== 200) {
      process.stderr.write(`bare-fetch: ${path}: HTTP ${page.status}: ${page.body.slice(0, 300)}\n`);
      process.exit(1);
    }
    const list = JSON.parse(page.body);
    lists.push(list.items ?? []);
    token = list.metadata?.continue ?? '';
  } while (token);
}
agent.destroy();
const items = lists.reduce((sum, items) => sum + items.length, 0);
process.stdout.write(`${JSON.stringify({ requests, items })}\n`);
