// `npm run bench`: every benchmark in one table, side by side, on the built command (dist/, or an installed one
// with --bin): start-up (--help, a usage error, --from-file, a ~10-object namespace against kubectl), the EKS
// token against `aws eks get-token`, setup against the manual path it replaces, and the doctor against kubectl
// and a bare paginated fetch at each size. Medians of alternating runs, peak RSS, requests, and the machine.
// Usage: npm run bench -- [--runs 5] [--sizes 10,1000,5000,20000] [--bin PATH_TO_EKS_GUIDE]
// A quick check that it all runs: npm run bench -- --sizes 10 --runs 1
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hasEtcd, measureScale, parseSizes } from './bench-scale.ts';
import { measureSetup } from './bench-setup.ts';
import { eksGuideCommand, measureStartup } from './bench-startup.ts';
import { tokenRows } from './bench-token.ts';
import { formatTable, measureRows, type RowResult } from './bench/side-by-side.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string' },
    bin: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs) || 5);
const sizes = parseSizes(values.sizes);
const missing = ['kubectl', 'aws', 'moto_server'].filter(
  (tool) => spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { stdio: 'ignore' }).status !== 0,
);
const has = (...tools: string[]) => tools.every((t) => !missing.includes(t));
const progress = (what: string) => process.stderr.write(`bench: ${what}…\n`);

const eksGuide = await eksGuideCommand(values.bin);
const results: RowResult[] = [];
const left: string[] = [];
if (has('kubectl')) {
  progress('start-up');
  results.push(...(await measureStartup(eksGuide, runs)));
} else left.push('start-up (needs kubectl)');
if (has('aws')) {
  progress('EKS token');
  const dir = mkdtempSync(join(tmpdir(), 'bench-token-'));
  try {
    results.push(...(await measureRows(tokenRows(eksGuide, dir), runs)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else left.push('EKS token (needs aws)');
if (has('aws', 'kubectl', 'moto_server')) {
  progress('setup against the manual path');
  results.push(...(await measureSetup(eksGuide, runs)));
} else left.push('setup (needs aws, kubectl and moto_server)');
if (!hasEtcd()) left.push('etcd (the at-scale rows page from memory, not from etcd as kube-apiserver does)');
for (const n of sizes) {
  progress(`doctor at ${n} pods`);
  results.push(...(await measureScale(eksGuide, [n], runs, { kubectl: has('kubectl') })));
}
process.stdout.write(formatTable(results, runs));
if (left.length) process.stdout.write(`Left out, missing on PATH: ${left.join('; ')}.\n`);
