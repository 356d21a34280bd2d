/**
 * `npm run bench` runs end to end at the smallest size with one run: every row is measured and printed in
 * the one table. Not a timing test: it proves the wiring (every command ran and exited as expected), never
 * the numbers.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIND_ENDPOINTS } from '../../lib/doctor/kind-endpoints.ts';
import { buildCliForTest, type BuiltCli } from '../support/built-cli.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli } from '../support/run-cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describeWithTools(['kubectl', 'openssl', 'aws', 'moto_server', 'etcd'], 'npm run bench', () => {
  let built: BuiltCli;
  beforeAll(async () => {
    built = await buildCliForTest();
  });
  afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

  it('prints one table with every row, each side timed, with peak RSS, requests and the machine', async () => {
    const result = await runCli(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/bench.ts', '--sizes', '5', '--runs', '1', '--bin', built.eksGuide],
      { cwd: ROOT, timeoutMs: 280_000 },
    );
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout.split('\n').filter((l) => /^\| [^C-]/.test(l));
    const cells = rows.map((r) => r.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim()));
    expect(cells.map((c) => c[0])).toEqual([
      '`eks-guide --help`',
      'usage error (`eks-guide doctr`)',
      '`doctor --from-file examples/broken-shop.json`',
      '`doctor -n shop -o json`, ~10 objects',
      'EKS token: `eks-guide token`, no cache',
      'EKS token: `eks-guide token`, cached',
      'EKS token inside the doctor (load on first use + sign)',
      '`setup --cluster shop-prod -n shop` (kubectl runs `aws eks get-token`)',
      '`setup … --token-command eks-guide` (kubectl runs `eks-guide token`)',
      '`doctor -n bench -o json`, 5 pods, 25 events',
    ]);
    for (const row of rows) expect(row).toMatch(/ \| \d+\.\d+ s \| .+: \d+\.\d+ s(; .+: \d+\.\d+ s)* \| \d+\.\d+x/);
    for (const c of cells) expect(c[4], c[0]).toMatch(/^\d+( \/ \d+)+ MB$/);
    // The small namespace: the doctor reads each kind with one request, plus the namespace; kubectl is counted too.
    const oneEach = String(Object.keys(KIND_ENDPOINTS).length + 1);
    expect(cells[3]![5]).toMatch(new RegExp(`^${oneEach} / \\d+$`));
    // The setup rows: both sides talked to the API double (setup checks more than the manual path's one list).
    const setupRequests = cells.slice(7, 9).map((c) => c[5]!.split(' / ').map(Number));
    for (const [setup, manual] of setupRequests) {
      expect(setup).toBeGreaterThan(0);
      expect(manual).toBeGreaterThan(0);
    }
    // At scale: the doctor against the bare fetch and kubectl; each kind read with one request (the watch
    // cache answers whole), plus the namespace itself, while the others page or discover.
    const scale = cells[9]!;
    expect(scale[2]).toMatch(/^bare fetch: .+; kubectl: /);
    expect(scale[5]!.split(' / ')[0]).toBe(oneEach);
    expect(scale[8]).toMatch(/^analysis after gathering \d+ ms .*; server: paged reads from etcd \d+\.\d+\.\d+$/);
    expect(result.stdout).toMatch(/Medians of 1 alternating runs\. .*\nMachine: \d+ × .+ GiB, Node v/);
  }, 300_000);
});
