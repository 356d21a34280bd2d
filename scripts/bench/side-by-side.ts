// Side-by-side timing of whole commands: each row runs its variants in turn, several rounds, and reports the
// median wall time of each and the ratio of the first to the second. Rows from any benchmark share one table.
import { spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** One command line to time. */
export interface Variant {
  label: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that count as a correct run (default [0]); any other fails the benchmark. */
  okCodes?: readonly number[];
}

/** A row: what we run (first variant) against what it is compared with (second), and the goal. */
export interface BenchRow {
  name: string;
  variants: readonly [Variant, ...Variant[]];
  /** The goal, e.g. "<= 0.25 s" or "<= 2x"; checked by `meets` when given. */
  target?: string;
  meets?: (medians: readonly number[]) => boolean;
}

/** Medians in seconds, in the order of the row's variants. */
export interface RowResult {
  row: BenchRow;
  medians: number[];
}

/** Runs every row `runs` times, alternating the variants within each round so load drifts hit both alike. */
export async function measureRows(rows: readonly BenchRow[], runs: number): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (const row of rows) {
    const times: number[][] = row.variants.map(() => []);
    for (let round = 0; round < runs; round++) {
      // Swap who goes first each round: neither side always meets a cold cache or a busy neighbour first.
      const order = row.variants.map((_, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) times[i]!.push(await timeOnce(row.variants[i]!));
    }
    results.push({ row, medians: times.map(median) });
  }
  return results;
}

/** A Markdown table of the results: median of each side, ratio, goal and whether it holds. */
export function formatTable(results: readonly RowResult[], runs: number): string {
  const lines = [
    `| Case | eks-guide | compared with | ratio | target | |`,
    `|---|---|---|---|---|---|`,
    ...results.map(({ row, medians }) => {
      const [ours, theirs] = medians;
      const other = row.variants[1];
      const ratio = theirs ? `${(ours! / theirs).toFixed(2)}x` : '';
      const verdict = row.meets ? (row.meets(medians) ? 'met' : 'missed') : '';
      return `| ${row.name} | ${seconds(ours!)} | ${other ? `${other.label}: ${seconds(theirs!)}` : ''} | ${ratio} | ${row.target ?? ''} | ${verdict} |`;
    }),
  ];
  return `${lines.join('\n')}\n\nMedians of ${runs} alternating runs. ${machine()}\n`;
}

/** The machine the numbers come from (they mean little without it). */
export function machine(): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}; load average ${load}.`;
}

function timeOnce(variant: Variant): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(variant.command, variant.args, {
      cwd: variant.cwd,
      env: variant.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = (performance.now() - start) / 1000;
      if ((variant.okCodes ?? [0]).includes(code ?? -1)) resolve(elapsed);
      else reject(new Error(`${variant.label}: exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function seconds(value: number): string {
  return `${value.toFixed(value < 1 ? 3 : 2)} s`;
}
