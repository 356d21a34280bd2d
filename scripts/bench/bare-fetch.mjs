// The floor the doctor is measured against: a bare client that lists the same paths page by page
// (limit 500, one keep-alive connection), parses each page with JSON.parse and keeps nothing.
// Usage: node bare-fetch.mjs URL TOKEN CA_FILE PATH...
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';

const [url, token, caFile, ...paths] = process.argv.slice(2);
const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: readFileSync(caFile) });
let requests = 0;
let items = 0;

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
    const list = JSON.parse(page.body);
    items += list.items?.length ?? 0;
    token = list.metadata?.continue ?? '';
  } while (token);
}
agent.destroy();
process.stdout.write(`${JSON.stringify({ requests, items })}\n`);
