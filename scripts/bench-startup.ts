// Start-up benchmark of the built command (dist/, or an installed one with --bin PATH): --help, a usage
// error, --from-file, and a ~10-object namespace read against `kubectl get` of the same kinds from the
// same API double, which runs in its own process. Prints a Markdown table (README keeps a copy).
// Usage: tsx scripts/bench-startup.ts [--runs N] [--bin PATH_TO_EKS_GUIDE]; `npm run bench` prints these rows
// in its one table with the others.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import { KIND_ENDPOINTS } from '../lib/doctor/kind-endpoints.ts';
import { startServerProcess } from './bench/server-process.ts';
import { formatTable, measureRows, type BenchRow, type RowResult, type Variant } from './bench/side-by-side.ts';
import { buildCli } from './build.ts';

const root = resolve(import.meta.dirname, '..');

/** The start-up rows: our command first, what it is compared with second. */
export function startupRows(
  eksGuide: readonly string[],
  kubeconfig: string,
  requests?: () => Promise<number>,
): BenchRow[] {
  const ours = (args: string[], okCodes: number[] = [0]): Variant => ({
    label: 'eks-guide',
    command: eksGuide[0]!,
    args: [...eksGuide.slice(1), ...args],
    cwd: root,
    okCodes,
  });
  const bareNode: Variant = { label: '`node -e 0`', command: process.execPath, args: ['-e', '0'] };
  const example = join(root, 'examples/broken-shop.json');
  const kinds = [...new Set(Object.values(KIND_ENDPOINTS).map((e) => e.resource))].join(',');
  const env = { ...process.env, KUBECONFIG: kubeconfig };
  const counted = requests ? { requests } : {};
  return [
    {
      name: '`eks-guide --help`',
      variants: [ours(['--help']), bareNode],
      target: '≤ 0.25 s',
      meets: ([t]) => t! <= 0.25,
    },
    {
      name: 'usage error (`eks-guide doctr`)',
      variants: [ours(['doctr'], [2]), bareNode],
      target: '≤ 0.25 s',
      meets: ([t]) => t! <= 0.25,
    },
    {
      name: '`doctor --from-file examples/broken-shop.json`',
      variants: [
        ours(['doctor', '--from-file', example], [1]),
        {
          label: '`npx tsx scripts/doctor.ts`',
          command: join(root, 'node_modules/.bin/tsx'),
          args: ['scripts/doctor.ts', '--from-file', example],
          cwd: root,
          okCodes: [1],
        },
      ],
      target: '≤ 0.4 s',
      meets: ([t]) => t! <= 0.4,
    },
    {
      name: '`doctor -n shop -o json`, ~10 objects',
      variants: [
        { ...ours(['doctor', '-n', 'shop', '-o', 'json'], [0, 1]), env, ...counted },
        {
          label: '`kubectl get <same kinds> -o json`',
          command: 'kubectl',
          args: ['get', kinds, '-n', 'shop', '-o', 'json'],
          env,
          ...counted,
        },
      ],
      target: '≤ 2x kubectl',
      meets: ([ours, kubectl]) => ours! <= 2 * kubectl!,
    },
  ];
}

/** The command to measure: `bin` (an installed eks-guide) as given, else a fresh build in dist/ run by this Node. */
export async function eksGuideCommand(bin?: string): Promise<string[]> {
  if (bin) return [bin];
  await buildCli(join(root, 'dist'));
  return [process.execPath, join(root, 'dist/eks-guide.js')];
}

/** Times the start-up rows against a fresh API double process; resolves to their results. */
export async function measureStartup(eksGuide: readonly string[], runs: number): Promise<RowResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const kubeconfig = join(dir, 'kubeconfig');
  const double = await startServerProcess<{ url: string }>(root, 'tests/support/api-double-process.ts', [kubeconfig]);
  try {
    return await measureRows(
      startupRows(eksGuide, kubeconfig, () => double.requests()),
      runs,
    );
  } finally {
    await double.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, bin: { type: 'string' } } });
  const runs = Math.max(1, Number(values.runs) || 7);
  const results = await measureStartup(await eksGuideCommand(values.bin), runs);
  process.stdout.write(formatTable(results, runs));
}
