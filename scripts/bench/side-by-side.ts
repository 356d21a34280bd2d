// Side-by-side timing of whole commands: each row runs its variants in turn, several rounds, and reports the
// median wall time of each, its peak RSS and the requests the server saw, and the ratio of the first to each
// other. Rows from every benchmark share one table (scripts/bench.ts prints them all).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

/** One command line to time. */
export interface Variant {
  label: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that count as a correct run (default [0]); any other fails the benchmark. */
  okCodes?: readonly number[];
  /** Runs before each timed run and is not timed (e.g. a fresh HOME, an empty cache). */
  before?: () => void;
  /** The requests the server answered since the last call (the call resets the count). */
  requests?: () => Promise<number>;
  /** The command prints its own time in milliseconds (first number on stdout), used instead of the wall time. */
  selfTimed?: boolean;
}

/** A row: what we run (first variant) against what it is compared with (the others), and the goal. */
export interface BenchRow {
  name: string;
  variants: readonly [Variant, ...Variant[]];
  /** The goal, e.g. "<= 0.25 s" or "<= 2x"; checked by `meets` when given. */
  target?: string;
  meets?: (medians: readonly number[], stats: readonly VariantStats[]) => boolean;
}

/** The medians of one variant's runs. */
export interface VariantStats {
  seconds: number;
  /** Peak resident memory of the largest process the command ran, in MB (needs GNU time at /usr/bin/time). */
  rssMb?: number;
  requests?: number;
}

/** Medians in seconds, in the order of the row's variants, with memory and requests where measured. */
export interface RowResult {
  row: BenchRow;
  medians: number[];
  stats: VariantStats[];
  /** Anything else measured for the row, shown in the last column. */
  note?: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs every row `runs` times, alternating the variants within each round so load drifts hit all alike. */
export async function measureRows(rows: readonly BenchRow[], runs: number): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  try {
    for (const row of rows) {
      const samples: Sample[][] = row.variants.map(() => []);
      for (let round = 0; round < runs; round++) {
        // Swap who goes first each round: neither side always meets a cold cache or a busy neighbour first.
        const order = row.variants.map((_, i) => i);
        if (round % 2 === 1) order.reverse();
        for (const i of order) samples[i]!.push(await runOnce(row.variants[i]!, join(scratch, 'rss')));
      }
      const stats = samples.map(summarise);
      results.push({ row, medians: stats.map((s) => s.seconds), stats });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}

/** A Markdown table of the results: median of each side, ratios, memory, requests, goal and whether it holds. */
export function formatTable(results: readonly RowResult[], runs: number): string {
  const lines = [
    `| Case | eks-guide | compared with | ratio | peak RSS | requests | target | | notes |`,
    `|---|---|---|---|---|---|---|---|---|`,
    ...results.map(({ row, medians, stats, note }) => {
      const [ours, ...theirs] = medians;
      const others = row.variants.slice(1);
      const compared = others.map((v, i) => `${v.label}: ${seconds(theirs[i]!)}`).join('; ');
      const ratio = theirs.map((t) => (t ? `${(ours! / t).toFixed(2)}x` : '')).join('; ');
      const rss = stats.some((s) => s.rssMb !== undefined)
        ? `${stats.map((s) => (s.rssMb === undefined ? '–' : String(s.rssMb))).join(' / ')} MB`
        : '';
      const requests = stats.some((s) => s.requests !== undefined)
        ? stats.map((s) => (s.requests === undefined ? '–' : String(s.requests))).join(' / ')
        : '';
      const verdict = row.meets ? (row.meets(medians, stats) ? 'met' : 'missed') : '';
      return `| ${row.name} | ${seconds(ours!)} | ${compared} | ${ratio} | ${rss} | ${requests} | ${row.target ?? ''} | ${verdict} | ${note ?? ''} |`;
    }),
  ];
  const legend =
    'Peak RSS and requests list eks-guide first, then each command it is compared with; requests are those the API double answered.';
  return `${lines.join('\n')}\n\nMedians of ${runs} alternating runs. ${legend}\n${machine()}\n`;
}

/** The machine the numbers come from (they mean little without it). */
export function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}; load average ${load}.`;
}

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Sample {
  seconds: number;
  rssMb?: number;
  requests?: number;
}

function summarise(samples: readonly Sample[]): VariantStats {
  const rss = samples.flatMap((s) => (s.rssMb === undefined ? [] : [s.rssMb]));
  const requests = samples.flatMap((s) => (s.requests === undefined ? [] : [s.requests]));
  return {
    seconds: median(samples.map((s) => s.seconds)),
    ...(rss.length ? { rssMb: Math.round(median(rss)) } : {}),
    ...(requests.length ? { requests: Math.round(median(requests)) } : {}),
  };
}

async function runOnce(variant: Variant, rssFile: string): Promise<Sample> {
  variant.before?.();
  const sample = await timeOnce(variant, rssFile);
  const requests = await variant.requests?.();
  return requests === undefined ? sample : { ...sample, requests };
}

function timeOnce(variant: Variant, rssFile: string): Promise<Sample> {
  // GNU time adds one exec (about a millisecond) to every variant alike and reports the peak RSS.
  const withTime = existsSync(GNU_TIME);
  if (withTime) rmSync(rssFile, { force: true });
  const [command, args] = withTime
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, variant.command, ...variant.args]]
    : [variant.command, variant.args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: variant.cwd,
      env: variant.env ?? process.env,
      stdio: ['ignore', variant.selfTimed ? 'pipe' : 'ignore', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - start) / 1000;
      if (!(variant.okCodes ?? [0]).includes(code ?? -1)) {
        reject(new Error(`${variant.label}: exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
        return;
      }
      const own = variant.selfTimed ? Number(/[\d.]+/.exec(stdout)?.[0]) / 1000 : wall;
      if (!Number.isFinite(own)) {
        reject(new Error(`${variant.label}: printed no time: ${stdout.slice(0, 200)}`));
        return;
      }
      const kb = withTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
      resolve({ seconds: own, ...(Number.isFinite(kb) ? { rssMb: kb / 1024 } : {}) });
    });
  });
}

function seconds(value: number): string {
  return `${value.toFixed(value < 1 ? 3 : 2)} s`;
}
