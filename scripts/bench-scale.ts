// Benchmark: the doctor against a bare paginated fetch and `kubectl get` of the same lists, side by
// side in one run, at growing namespace sizes. The API double runs in its own process. The three
// alternate within each round (so a slow moment of the machine is shared), and medians are reported
// with peak RSS, the requests the server saw, and the analysis time after gathering.
// Where Debian's etcd is installed the double keeps the objects in it, so that paged lists (the bare fetch's,
// kubectl's) cost what kube-apiserver's reads from etcd cost, while resourceVersion=0 comes from its watch cache.
// Usage: npx tsx scripts/bench-scale.ts [--sizes 10,1000,5000,20000] [--runs 3] [--no-kubectl] [--no-etcd]
//        [--bin EKS_GUIDE]
// `npm run bench` prints these rows in its one table with the others.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import { KIND_ENDPOINTS, listPath } from '../lib/doctor/kind-endpoints.ts';
import type { KindName } from '../lib/doctor/snapshot.ts';
import { eksGuideCommand } from './bench-startup.ts';
import { buildCli } from './build.ts';
import { startServerProcess } from './bench/server-process.ts';
import { formatTable, measureRows, type BenchRow, type RowResult, type Variant } from './bench/side-by-side.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EVENTS_PER_POD = 5;
/** The sizes `npm run bench` measures by default: about ten objects, then 1,000, 5,000 and 20,000 pods. */
export const DEFAULT_SIZES = [10, 1000, 5000, 20000];

const KUBECTL_KINDS =
  'pods,events,persistentvolumeclaims,services,endpointslices.discovery.k8s.io,configmaps,secrets,deployments,replicasets,statefulsets,daemonsets,jobs,resourcequotas,limitranges,nodes,persistentvolumes,storageclasses,csidrivers';

interface ScaleServer {
  url: string;
  caData: string;
  caFile: string;
  token: string;
  /** Where paged reads come from, e.g. "paged reads from etcd 3.4.23". */
  storage: string;
  /** The requests served since the last call. */
  requests(): Promise<number>;
}

/** Starts the API double in its own process with n pods (in etcd when asked); resolves once it listens. */
function startServer(n: number, etcd: boolean) {
  return startServerProcess<Omit<ScaleServer, 'requests'>>(ROOT, 'tests/support/api-double-server.ts', [
    String(n),
    String(EVENTS_PER_POD),
    ...(etcd ? ['--etcd'] : []),
  ]);
}

/** Whether `etcd` is on PATH. */
export function hasEtcd(): boolean {
  return spawnSync('sh', ['-c', 'command -v etcd'], { stdio: 'ignore' }).status === 0;
}

/** The row for one size: the doctor first, then the bare paginated fetch and (unless left out) kubectl. */
function scaleRow(
  n: number,
  server: ScaleServer,
  kubeconfig: string,
  eksGuide: readonly string[],
  withKubectl: boolean,
): BenchRow {
  const env = { ...process.env, CI: 'true', NO_COLOR: '1' };
  const counted = (variant: Variant): Variant => ({ ...variant, cwd: ROOT, env, requests: () => server.requests() });
  const paths = (Object.keys(KIND_ENDPOINTS) as KindName[])
    .filter((k) => k !== 'namespaces')
    .map((k) => listPath(KIND_ENDPOINTS[k], 'bench'));
  const doctor = counted({
    label: 'eks-guide doctor',
    command: eksGuide[0]!,
    args: [...eksGuide.slice(1), 'doctor', '--kubeconfig', kubeconfig, '-n', 'bench', '-o', 'json'],
    // 1: the namespace has findings (every 50th pod cannot pull its image).
    okCodes: [0, 1],
  });
  const bare = counted({
    label: 'bare fetch',
    command: process.execPath,
    args: ['scripts/bench/bare-fetch.mjs', server.url, server.token, server.caFile, ...paths],
  });
  const kubectl = counted({
    label: 'kubectl',
    command: 'kubectl',
    args: ['--kubeconfig', kubeconfig, 'get', KUBECTL_KINDS, '-n', 'bench', '-o', 'json'],
  });
  const size = `${n.toLocaleString('en')} pods, ${(n * EVENTS_PER_POD).toLocaleString('en')} events`;
  const row: BenchRow = {
    name: `\`doctor -n bench -o json\`, ${size}`,
    variants: withKubectl ? [doctor, bare, kubectl] : [doctor, bare],
  };
  if (n >= 20000) {
    row.target = '≤ 0.5x bare fetch, RSS ≤ its';
    row.meets = ([ours, fetch], [us, them]) =>
      ours! <= 0.5 * fetch! && (us?.rssMb ?? Infinity) <= (them?.rssMb ?? -Infinity);
  } else if (n <= 10 && withKubectl) {
    row.target = '≤ 2x kubectl';
    row.meets = ([ours, , viaKubectl]) => ours! <= 2 * viaKubectl!;
  }
  return row;
}

/** Runs a command under GNU time and returns its wall time in seconds; its output is discarded. */
function timed(command: readonly string[]): number {
  const run = spawnSync('/usr/bin/time', ['-f', '%e', ...command], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(run.stderr.toString().trim().split('\n').pop());
  if (!Number.isFinite(seconds))
    throw new Error(`could not run ${command.join(' ')}: ${run.stderr.toString().slice(-500)}`);
  return seconds;
}

/** The checks' time on a saved snapshot, in milliseconds, run by the built dist/ in a process of its own. */
function analysisTime(snapshotFile: string): number {
  const run = spawnSync(process.execPath, ['scripts/bench/analysis-time.mjs', join(ROOT, 'dist'), snapshotFile], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const ms = Number(run.stdout.trim());
  if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`analysis timing failed: ${run.stderr.slice(-500)}`);
  return ms;
}

/**
 * Measures the doctor, the bare fetch and kubectl at each size, each size against its own API double process.
 * The note of each row holds the analysis time alone, by the built code, on a snapshot the doctor saved.
 */
export async function measureScale(
  eksGuide: readonly string[],
  sizes: readonly number[],
  runs: number,
  options: { kubectl?: boolean; etcd?: boolean } = {},
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  // The analysis is timed on the code of this checkout as built (what users run). Unless eksGuide is the dist/
  // that eksGuideCommand has just built, build it afresh, so a dist/ from an earlier commit is never timed.
  const dist = join(ROOT, 'dist');
  if (eksGuide.at(-1) !== join(dist, 'eks-guide.js')) await buildCli(dist);
  for (const n of sizes) {
    const double = await startServer(n, options.etcd ?? hasEtcd());
    const server: ScaleServer = { ...double.info, requests: () => double.requests() };
    const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
    try {
      const kubeconfig = join(dir, 'config');
      writeFileSync(
        kubeconfig,
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'Config',
          clusters: [{ name: 'bench', cluster: { server: server.url, 'certificate-authority-data': server.caData } }],
          users: [{ name: 'bench', user: { token: server.token } }],
          contexts: [{ name: 'bench', context: { cluster: 'bench', user: 'bench', namespace: 'bench' } }],
          'current-context': 'bench',
        }),
      );
      const row = scaleRow(n, server, kubeconfig, eksGuide, options.kubectl ?? true);
      const [result] = await measureRows([row], runs);
      const snapshotFile = join(dir, 'snapshot.json');
      timed([row.variants[0].command, ...row.variants[0].args, '--save-snapshot', snapshotFile]);
      await server.requests();
      const analysisMs = analysisTime(snapshotFile);
      const snapshotMb = (readFileSync(snapshotFile).length / 1048576).toFixed(1);
      const note = `analysis after gathering ${analysisMs} ms (snapshot ${snapshotMb} MB); server: ${server.storage}`;
      results.push({ ...result!, note });
    } finally {
      await double.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

/** Parses `--sizes 10,1000`: positive whole numbers, else the defaults. */
export function parseSizes(text: string | undefined): number[] {
  const sizes = (text ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  return sizes.length ? sizes : DEFAULT_SIZES;
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string', default: '3' },
      'no-kubectl': { type: 'boolean', default: false },
      'no-etcd': { type: 'boolean', default: false },
      bin: { type: 'string' },
    },
  });
  const runs = Math.max(1, Number(values.runs) || 3);
  const eksGuide = await eksGuideCommand(values.bin);
  const results = await measureScale(eksGuide, parseSizes(values.sizes), runs, {
    kubectl: !values['no-kubectl'],
    etcd: !values['no-etcd'] && hasEtcd(),
  });
  process.stdout.write(formatTable(results, runs));
}
