// Benchmark: `eks-guide setup --cluster X -n NS` end to end against the manual path it replaces
// (`aws sts get-caller-identity; aws eks describe-cluster; aws eks update-kubeconfig; kubectl get pod -n NS`),
// both against the same moto_server and HTTPS API double (tests/support/setup-world-process.ts, a process of
// its own), each run with a fresh, empty HOME (so a fresh ~/.kube/config and no cache). Setup's kubeconfig runs
// `aws eks get-token` for its kubectl step, as the manual path's does; a second row writes `eks-guide token`.
// Usage: tsx scripts/bench-setup.ts [--runs N] [--bin PATH_TO_EKS_GUIDE]; `npm run bench` prints these rows in
// its one table with the others.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import { eksGuideCommand } from './bench-startup.ts';
import { startServerProcess } from './bench/server-process.ts';
import { formatTable, measureRows, type BenchRow, type RowResult, type Variant } from './bench/side-by-side.ts';

const root = resolve(import.meta.dirname, '..');

/** What the setup world process prints once moto, the EKS proxy and the API double serve. */
export interface SetupWorld {
  cluster: string;
  region: string;
  namespace: string;
  /** AWS_* variables: endpoints (moto, the EKS proxy), the caller's credentials, region, empty config files. */
  env: Record<string, string>;
}

/** The manual path setup replaces, as a user types it after `aws configure`. */
export function manualPath(world: SetupWorld): string {
  return [
    'aws sts get-caller-identity',
    `aws eks describe-cluster --name ${world.cluster}`,
    `aws eks update-kubeconfig --name ${world.cluster}`,
    `kubectl get pod -n ${world.namespace}`,
  ].join(' && ');
}

/**
 * The setup rows: setup (default kubeconfig, then `--token-command eks-guide`) against the manual path.
 * `eksGuide` is the command to run; `dir` holds each variant's HOME and a bin/ with `eks-guide` on PATH.
 */
export function setupRows(
  eksGuide: readonly string[],
  world: SetupWorld,
  dir: string,
  requests?: () => Promise<number>,
): BenchRow[] {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  // The kubeconfig that --token-command eks-guide writes runs `eks-guide` from PATH, as an installed one is.
  const quoted = eksGuide.map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  writeFileSync(join(bin, 'eks-guide'), `#!/bin/sh\nexec ${quoted} "$@"\n`);
  chmodSync(join(bin, 'eks-guide'), 0o755);
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_') && k !== 'KUBECONFIG') base[k] = v;
  /** A variant run with its own HOME, emptied before each run. */
  const fresh = (name: string, variant: Omit<Variant, 'env' | 'before'>): Variant => {
    const home = join(dir, `home-${name}`);
    return {
      ...variant,
      cwd: root,
      env: {
        ...base,
        ...world.env,
        HOME: home,
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        CI: 'true',
        NO_COLOR: '1',
        EKS_GUIDE_LANG: 'en',
      },
      before: () => {
        rmSync(home, { recursive: true, force: true });
        mkdirSync(home);
      },
      ...(requests ? { requests } : {}),
    };
  };
  const setupArgs = ['setup', '--cluster', world.cluster, '-n', world.namespace];
  const manual = (name: string) =>
    fresh(name, { label: 'the manual path', command: 'sh', args: ['-c', manualPath(world)] });
  const faster = { target: 'faster than the manual path', meets: ([ours, by]: readonly number[]) => ours! < by! };
  return [
    {
      name: `\`setup --cluster ${world.cluster} -n ${world.namespace}\` (kubectl runs \`aws eks get-token\`)`,
      variants: [
        fresh('setup', { label: 'eks-guide setup', command: eksGuide[0]!, args: [...eksGuide.slice(1), ...setupArgs] }),
        manual('manual'),
      ],
      ...faster,
    },
    {
      name: `\`setup … --token-command eks-guide\` (kubectl runs \`eks-guide token\`)`,
      variants: [
        fresh('setup-token', {
          label: 'eks-guide setup --token-command eks-guide',
          command: eksGuide[0]!,
          args: [...eksGuide.slice(1), ...setupArgs, '--token-command', 'eks-guide'],
        }),
        manual('manual-token'),
      ],
      ...faster,
    },
  ];
}

/** Starts the setup world (moto, EKS proxy, API double) in its own process and times the setup rows against it. */
export async function measureSetup(eksGuide: readonly string[], runs: number): Promise<RowResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-setup-'));
  const world = await startServerProcess<SetupWorld>(root, 'tests/support/setup-world-process.ts');
  try {
    return await measureRows(
      setupRows(eksGuide, world.info, dir, () => world.requests()),
      runs,
    );
  } finally {
    await world.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, bin: { type: 'string' } } });
  const runs = Math.max(1, Number(values.runs) || 5);
  const results = await measureSetup(await eksGuideCommand(values.bin), runs);
  process.stdout.write(formatTable(results, runs));
}
