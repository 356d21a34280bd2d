// Benchmark: the doctor against a bare paginated fetch and `kubectl get` of the same lists, side by
// side in one run, at growing namespace sizes. The API double runs in its own process. Each tool
// runs in turn (alternating, so a slow moment of the machine is shared), and medians are reported
// with peak RSS and the requests the server saw.
// Usage: npx tsx scripts/bench-scale.ts [--sizes 10,1000,5000,20000] [--runs 3] [--no-kubectl]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../checks/index.ts';
import { KIND_ENDPOINTS, listPath } from '../lib/doctor/kind-endpoints.ts';
import { loadSnapshotFile } from '../lib/doctor/load-file.ts';
import { runChecks } from '../lib/doctor/run-checks.ts';
import type { KindName } from '../lib/doctor/snapshot.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const sizes = flag('--sizes', '10,1000,5000,20000').split(',').map(Number);
const runs = Number(flag('--runs', '3'));
const withKubectl = !args.includes('--no-kubectl');
const EVENTS_PER_POD = 5;

interface Measure {
  seconds: number;
  rssMb: number;
  requests: number;
}

/** Starts the API double in its own process with n pods; resolves once it listens. */
async function startServer(n: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/api-double-server.ts', String(n), String(EVENTS_PER_POD)],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => (waiting.length ? waiting.shift()!(line) : queue.push(line)));
  const next = () => new Promise<string>((resolve) => (queue.length ? resolve(queue.shift()!) : waiting.push(resolve)));
  const info = JSON.parse(await next()) as { url: string; caData: string; caFile: string; token: string };
  return {
    ...info,
    async requests(): Promise<number> {
      child.stdin.write('count\n');
      return Number(await next());
    },
    stop(): void {
      child.stdin.end();
    },
  };
}

/** Runs a command under GNU time: wall seconds and peak RSS; its output is discarded. */
function timed(command: string[], env: NodeJS.ProcessEnv = process.env): { seconds: number; rssMb: number } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (!Number.isFinite(seconds)) throw new Error(`could not time ${command.join(' ')}: ${run.stderr.slice(-500)}`);
  return { seconds: seconds!, rssMb: Math.round(kb! / 1024) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The doctor as users run it: the built bundle when there is one, else through tsx. */
function doctorCommand(): string[] {
  const built = join(ROOT, 'dist', 'eks-guide.js');
  return existsSync(built)
    ? [process.execPath, built, 'doctor']
    : [process.execPath, '--import', 'tsx', 'scripts/doctor.ts'];
}

const KUBECTL_KINDS =
  'pods,events,persistentvolumeclaims,services,endpointslices.discovery.k8s.io,configmaps,secrets,deployments,replicasets,statefulsets,daemonsets,jobs,resourcequotas,limitranges,nodes,persistentvolumes,storageclasses,csidrivers';

const rows: string[] = [];
for (const n of sizes) {
  const server = await startServer(n);
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
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
  const paths = (Object.keys(KIND_ENDPOINTS) as KindName[])
    .filter((k) => k !== 'namespaces')
    .map((k) => listPath(KIND_ENDPOINTS[k], 'bench'));
  const tools: Record<string, string[]> = {
    doctor: [...doctorCommand(), '--kubeconfig', kubeconfig, '-n', 'bench', '-o', 'json'],
    'bare fetch': [process.execPath, 'scripts/bench/bare-fetch.mjs', server.url, server.token, server.caFile, ...paths],
    ...(withKubectl
      ? { kubectl: ['kubectl', '--kubeconfig', kubeconfig, 'get', KUBECTL_KINDS, '-n', 'bench', '-o', 'json'] }
      : {}),
  };
  const measured: Record<string, Measure[]> = Object.fromEntries(Object.keys(tools).map((t) => [t, []]));
  for (let r = 0; r < runs; r++) {
    for (const [name, command] of Object.entries(tools)) {
      const { seconds, rssMb } = timed(command, { ...process.env, CI: 'true', NO_COLOR: '1' });
      measured[name]!.push({ seconds, rssMb, requests: await server.requests() });
    }
  }
  // The analysis alone, in this process, from a snapshot the doctor saved of the same namespace.
  const snapshotFile = join(dir, 'snapshot.json');
  timed([...tools.doctor!, '--save-snapshot', snapshotFile]);
  await server.requests();
  const snapshot = await loadSnapshotFile(snapshotFile);
  const started = performance.now();
  runChecks(snapshot, CHECKS, { source: { type: 'cluster' } });
  const analysisMs = Math.round(performance.now() - started);
  const snapshotMb = (readFileSync(snapshotFile).length / 1048576).toFixed(1);
  server.stop();
  rmSync(dir, { recursive: true, force: true });

  const bare = median(measured['bare fetch']!.map((m) => m.seconds));
  for (const [name, list] of Object.entries(measured)) {
    const wall = median(list.map((m) => m.seconds));
    rows.push(
      [
        `${n} pods, ${n * EVENTS_PER_POD} events`,
        name,
        `${wall.toFixed(2)} s`,
        `${(wall / bare).toFixed(2)}x`,
        `${median(list.map((m) => m.rssMb))} MB`,
        String(median(list.map((m) => m.requests))),
        name === 'doctor' ? `${analysisMs} ms (snapshot ${snapshotMb} MB)` : '',
      ].join(' | '),
    );
  }
}

process.stdout.write(
  [
    `| namespace | tool | wall (median of ${runs}) | vs bare fetch | peak RSS | requests | analysis after gathering |`,
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
    '',
  ].join('\n'),
);
