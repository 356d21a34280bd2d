import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './code-scan.ts';
import { eksGuideCalls, expectDoctorAccepts, expectHealthCheckAccepts } from './record-argv.ts';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { needs?: string; strategy?: { matrix: { include: string } }; outputs?: Record<string, string>; steps: Step[] }
  >;
}
interface FleetEntry {
  cluster: string;
  region: string;
  roleArn?: string;
  namespaces?: string[];
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/eks-health-check.yml'), 'utf8')) as Workflow;
const fleet = parse(readFileSync(join(ROOT, 'fleet.yaml'), 'utf8')) as { clusters: FleetEntry[] };
const job = workflow.jobs['health-check']!;
const step = (uses: string) => job.steps.find((s) => s.uses?.startsWith(uses));
const checkStep = job.steps.find((s) => s.id === 'check')!;

/** Runs the workflow's own health-check step in bash, as the runner would for one matrix entry. */
async function commandLines(entry: FleetEntry, options: { baseline?: boolean } = {}): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'workflow-'));
  if (options.baseline) {
    mkdirSync(join(dir, '.github/eks-health-check/baselines'), { recursive: true });
    writeFileSync(join(dir, `.github/eks-health-check/baselines/${entry.cluster}.json`), '{}');
  }
  expect(Object.keys(checkStep.env!).sort()).toEqual(['CLUSTER', 'FAIL_ON', 'NAMESPACES', 'REGION']);
  // The step's env, with the expressions the runner evaluates filled in for this entry.
  const calls = await eksGuideCalls(
    'bash',
    checkStep.run!,
    {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      CLUSTER: entry.cluster,
      REGION: entry.region,
      NAMESPACES: (entry.namespaces ?? []).join(','),
      FAIL_ON: 'error',
    },
    dir,
  );
  expect(readFileSync(join(dir, 'output'), 'utf8')).toBe('exit-code=0\n');
  return calls;
}

describe('.github/workflows/eks-health-check.yml', () => {
  it('runs daily and on demand, with an OIDC token and read-only contents', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
  });

  it('takes AWS credentials from a role through OIDC, never from stored keys', () => {
    const aws = step('aws-actions/configure-aws-credentials@v4')!;
    expect(aws.with?.['role-to-assume']).toBe('${{ matrix.roleArn || vars.EKS_HEALTH_CHECK_ROLE_ARN }}');
    expect(JSON.stringify(workflow)).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\./);
  });

  it('fans out one job per cluster of fleet.yaml, reading the file into the matrix', () => {
    expect(job.needs).toBe('fleet');
    expect(job.strategy?.matrix.include).toBe('${{ fromJSON(needs.fleet.outputs.clusters) }}');
    const read = workflow.jobs.fleet!.steps.find((s) => s.id === 'read')!;
    expect(read.run).toContain("'.clusters' fleet.yaml");
    // What that step hands the matrix: each entry needs a cluster and a region; names must be unique.
    expect(fleet.clusters.length).toBeGreaterThan(0);
    for (const entry of fleet.clusters) {
      expect(entry.cluster).toMatch(/^[0-9A-Za-z][A-Za-z0-9\-_]*$/);
      expect(entry.region).toMatch(/^[a-z]{2}(-gov)?-[a-z]+-\d$/);
    }
    expect(new Set(fleet.clusters.map((c) => c.cluster)).size).toBe(fleet.clusters.length);
    // The same file is a `health-check --clusters FILE`: only the keys that format reads.
    for (const entry of fleet.clusters)
      for (const key of Object.keys(entry))
        expect(['cluster', 'region', 'profile', 'roleArn', 'namespaces']).toContain(key);
  });

  it('uploads JUnit and JSON reports even when the check fails, then fails with its exit code', () => {
    const upload = step('actions/upload-artifact@v4')!;
    expect(upload.if).toBe('always()');
    expect(upload.with?.path).toBe('reports/');
    expect(checkStep.run).toContain('-o junit > "reports/$CLUSTER.junit.xml"');
    expect(checkStep.run).toContain('-o json > "reports/$CLUSTER.json"');
    expect(job.steps.at(-1)!.run).toBe('exit "${{ steps.check.outputs.exit-code }}"');
  });

  it('builds a command line with the namespaces of a cluster, or -A, and the baseline when one is committed', async () => {
    const [junit, json] = await commandLines(fleet.clusters[0]!, { baseline: true });
    const base = [
      'health-check',
      '--cluster',
      'dev',
      '--region',
      'ap-northeast-2',
      '--fail-on',
      'error',
      '--lang',
      'en',
    ];
    const baseline = ['--baseline', '.github/eks-health-check/baselines/dev.json'];
    expect(junit).toEqual([...base, '-n', 'shop,payments', ...baseline, '-o', 'junit']);
    expect(json).toEqual([...base, '-n', 'shop,payments', ...baseline, '-o', 'json']);
    const [all] = await commandLines(fleet.clusters[1]!);
    expect(all).toEqual([...base.map((a) => (a === 'dev' ? 'prod' : a)), '-A', '-o', 'junit']);
  });

  it("the flags it shares with the doctor are ones the doctor's own parser accepts", async () => {
    for (const entry of fleet.clusters) expectDoctorAccepts(await commandLines(entry, { baseline: true }));
  });

  // health-check is being built on another branch: this runs its real CLI once scripts/health-check.ts is merged.
  it('health-check itself accepts the command lines (required under CI, where it must be merged)', async () => {
    const all: string[][] = [];
    for (const entry of fleet.clusters) all.push(...(await commandLines(entry)));
    all.push(['health-check', '--clusters', join(ROOT, 'fleet.yaml'), '-o', 'json']);
    await expectHealthCheckAccepts(all);
  }, 180_000);
});
