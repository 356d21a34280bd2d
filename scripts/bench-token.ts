// Benchmark: an EKS token from the aws CLI (`aws eks get-token`, what kubectl and the doctor ran
// per call) against eks-guide's in-process token, as alternating runs with medians.
// Static fake credentials, no network: both only presign. Usage: npx tsx scripts/bench-token.ts [runs]
// `npm run bench` prints `tokenRows` (the built command's token against the aws CLI) in its one table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import type { BenchRow, Variant } from './bench/side-by-side.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One benchmark row: what ran, its median and every run's wall time. */
export interface TokenBenchRow {
  name: string;
  medianMs: number;
  runsMs: number[];
  /** Median CPU time (user + system) of the run, which machine load does not inflate; Linux only. */
  medianCpuMs?: number;
}

interface Contender {
  name: string;
  command: string;
  args: string[];
  /** Runs before each timed run (e.g. emptying the cache); not timed. */
  before?: () => void;
}

/**
 * Times each contender `runs` times, round-robin so that machine load hits all alike, and returns
 * medians. Needs `aws` on PATH for the aws CLI row; the bundled row needs esbuild (a dev dependency).
 */
export async function benchToken(
  options: { runs?: number; cluster?: string; region?: string } = {},
): Promise<TokenBenchRow[]> {
  const runs = options.runs ?? 7;
  const cluster = options.cluster ?? 'shop-prod';
  const region = options.region ?? 'ap-northeast-2';
  const dir = mkdtempSync(join(tmpdir(), 'bench-token-'));
  const env = tokenEnv(dir);
  const emptyCache = () => rmSync(join(dir, 'cache'), { recursive: true, force: true });
  const tokenArgs = ['--cluster', cluster, '--region', region];
  const contenders: Contender[] = [
    {
      name: 'aws eks get-token (process)',
      command: 'aws',
      args: ['--region', region, 'eks', 'get-token', '--cluster-name', cluster, '--output', 'json'],
    },
    {
      name: 'eks-guide token via tsx (process, no cache)',
      command: process.execPath,
      args: ['--import', 'tsx', join(ROOT, 'scripts/token.ts'), ...tokenArgs],
      before: emptyCache,
    },
  ];
  const bundle = await bundleToken(dir);
  if (bundle) {
    contenders.push(
      {
        name: 'eks-guide token bundled (process, no cache)',
        command: process.execPath,
        args: [bundle, ...tokenArgs],
        before: emptyCache,
      },
      { name: 'eks-guide token bundled (process, cached)', command: process.execPath, args: [bundle, ...tokenArgs] },
    );
  }
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const cpu = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const inProcess: number[] = [];
  const inProcessCpu: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const c of contenders) {
        c.before?.();
        const cpu0 = childrenCpuMs();
        const start = process.hrtime.bigint();
        const run = spawnSync(c.command, c.args, { env, cwd: ROOT, encoding: 'utf8' });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const cpu1 = childrenCpuMs();
        if (cpu0 !== undefined && cpu1 !== undefined) cpu.get(c.name)!.push(cpu1 - cpu0);
        if (run.status !== 0) throw new Error(`${c.name} failed: ${run.stderr || run.error?.message}`);
        times.get(c.name)!.push(ms);
      }
      // Inside the doctor: SDK pieces loaded on first use plus the signature, timed in a fresh process.
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], {
        env: { ...env, BENCH_TOKEN_CLUSTER: cluster, BENCH_TOKEN_REGION: region },
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`in-process token failed: ${child.stderr}`);
      const [wall, used] = child.stdout.trim().split(' ').map(Number);
      inProcess.push(wall!);
      inProcessCpu.push(used!);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = contenders.map((c) => row(c.name, times.get(c.name)!, cpu.get(c.name)!));
  rows.push(row('token inside the doctor (first: load + sign)', inProcess, inProcessCpu));
  return rows;
}

/** An environment with static fake credentials and no AWS config, its token cache under `dir`/cache. */
function tokenEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  return Object.assign(env, {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    XDG_CACHE_HOME: join(dir, 'cache'),
  });
}

/**
 * The token rows of `npm run bench`: the built `eks-guide token` (first call, then from its cache) and the token
 * the doctor makes in its own process, each against `aws eks get-token`. Scratch files go under `dir`.
 */
export function tokenRows(
  eksGuide: readonly string[],
  dir: string,
  cluster = 'shop-prod',
  region = 'ap-northeast-2',
): BenchRow[] {
  const env = tokenEnv(dir);
  const emptyCache = () => rmSync(join(dir, 'cache'), { recursive: true, force: true });
  const awsCli: Variant = {
    label: '`aws eks get-token`',
    command: 'aws',
    args: ['--region', region, 'eks', 'get-token', '--cluster-name', cluster, '--output', 'json'],
    env,
    cwd: ROOT,
  };
  const ours = (before?: () => void): Variant => ({
    label: 'eks-guide token',
    command: eksGuide[0]!,
    args: [...eksGuide.slice(1), 'token', '--cluster', cluster, '--region', region],
    env,
    cwd: ROOT,
    ...(before ? { before } : {}),
  });
  const faster = { target: 'faster than the aws CLI', meets: ([ours, aws]: readonly number[]) => ours! < aws! };
  return [
    { name: 'EKS token: `eks-guide token`, no cache', variants: [ours(emptyCache), awsCli], ...faster },
    { name: 'EKS token: `eks-guide token`, cached', variants: [ours(), awsCli], ...faster },
    {
      name: 'EKS token inside the doctor (load on first use + sign)',
      variants: [
        {
          label: 'in-process token',
          command: process.execPath,
          args: ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'],
          env: { ...env, BENCH_TOKEN_CLUSTER: cluster, BENCH_TOKEN_REGION: region },
          cwd: ROOT,
          selfTimed: true,
        },
        awsCli,
      ],
      ...faster,
    },
  ];
}

function row(name: string, runsMs: number[], cpuMs: number[]): TokenBenchRow {
  return {
    name,
    medianMs: median(runsMs),
    runsMs,
    ...(cpuMs.length === runsMs.length ? { medianCpuMs: median(cpuMs) } : {}),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** CPU time of this process's waited-for children (cutime + cstime in /proc/self/stat), in ms. */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ", field 3 is index 0: cutime and cstime are fields 16 and 17.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** scripts/token.ts as one ESM file (what an installed build runs), or undefined without esbuild. */
async function bundleToken(dir: string): Promise<string | undefined> {
  const outfile = join(dir, 'token.mjs');
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(ROOT, 'scripts/token.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    return outfile;
  } catch {
    return undefined;
  }
}

async function childInProcess(): Promise<void> {
  // Only what the doctor pays on top of its own start: loading the token code and SDK pieces, and signing.
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const { EksTokenSource } = await import('../lib/aws/eks-token-source.ts');
  await new EksTokenSource({
    clusterId: process.env.BENCH_TOKEN_CLUSTER!,
    region: process.env.BENCH_TOKEN_REGION!,
  }).token();
  const used = process.cpuUsage(cpu0);
  process.stdout.write(`${Number(process.hrtime.bigint() - start) / 1e6} ${(used.user + used.system) / 1000}\n`);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  if (process.argv.includes('--child')) {
    await childInProcess();
  } else {
    const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
    const rows = await benchToken({ runs });
    const width = Math.max(...rows.map((r) => r.name.length));
    process.stdout.write(`EKS token, ${runs} alternating runs each: median wall time, median CPU time\n`);
    for (const r of rows) {
      const cpuText = r.medianCpuMs === undefined ? '' : `  ${r.medianCpuMs.toFixed(0).padStart(6)} ms CPU`;
      process.stdout.write(`  ${r.name.padEnd(width)}  ${r.medianMs.toFixed(0).padStart(6)} ms${cpuText}\n`);
    }
  }
}
