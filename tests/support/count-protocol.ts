import { createInterface } from 'node:readline';
import type { ApiDouble } from './kube-api-double.ts';

/**
 * The protocol of a test server run in its own process: a "count" line on stdin is answered on stdout with the
 * requests the API double answered since the last count; when stdin closes, `stop` runs and the process exits.
 */
export function serveCountsUntilStdinCloses(api: ApiDouble, stop: () => Promise<unknown>): void {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() === 'count') {
      process.stdout.write(`${api.requests.length}\n`);
      api.requests.length = 0;
    }
  });
  lines.on('close', () => void stop().then(() => process.exit(0)));
}
