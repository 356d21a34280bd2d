import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'yaml';
import { SEVERITY_RANK, type Severity } from '../doctor/finding.ts';
import type { FailOn } from '../doctor/run-checks.ts';
import type { ClusterResult } from './health-result.ts';

/** The baseline file's schema id. */
export const BASELINE_SCHEMA = 'eks-guide.health-baseline/v1';

/** What identifies a finding across runs: never its text, which changes with counts, times and language. */
export interface FindingKey {
  cluster: string;
  /** Empty for the cluster itself. */
  namespace: string;
  code: string;
  kind: string;
  name: string;
}

/** A finding of this run, keyed, with the severity that decides whether it fails the run. */
export interface KeyedFinding extends FindingKey {
  severity: Severity;
}

/** The run's findings sorted against a baseline. */
export interface BaselineComparison {
  /** Not in the baseline (all findings when there is no baseline). */
  new: KeyedFinding[];
  known: KeyedFinding[];
  /** In the baseline, not found now. */
  resolved: FindingKey[];
}

/** The baseline file could not be read or is not a baseline. */
export class BaselineFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'BaselineFileError';
  }
}

/** One key per finding of every cluster and namespace (health findings and the doctor's). */
export function keyFindings(results: readonly ClusterResult[]): KeyedFinding[] {
  const keyed = new Map<string, KeyedFinding>();
  const add = (f: KeyedFinding) => {
    const id = keyId(f);
    const seen = keyed.get(id);
    if (!seen || SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity]) keyed.set(id, f);
  };
  for (const r of results) {
    for (const f of r.findings)
      add({ cluster: r.cluster, namespace: f.namespace ?? '', code: f.code, ...f.object, severity: f.severity });
    for (const ns of r.namespaces)
      for (const f of ns.report?.findings ?? [])
        add({
          cluster: r.cluster,
          namespace: f.object.namespace ?? ns.namespace,
          code: f.code,
          kind: f.object.kind,
          name: f.object.name,
          severity: f.severity,
        });
  }
  return [...keyed.values()];
}

/** The identity of a key as one string. */
export function keyId(k: FindingKey): string {
  return JSON.stringify([k.cluster, k.namespace, k.code, k.kind, k.name]);
}

/** Sorts the run's findings into new, known and resolved against the baseline's keys. */
export function compareBaseline(
  current: readonly KeyedFinding[],
  baseline: readonly FindingKey[] | undefined,
): BaselineComparison {
  if (!baseline) return { new: [...current], known: [], resolved: [] };
  const inBaseline = new Set(baseline.map(keyId));
  const now = new Set(current.map(keyId));
  return {
    new: current.filter((f) => !inBaseline.has(keyId(f))),
    known: current.filter((f) => inBaseline.has(keyId(f))),
    resolved: baseline.filter((k) => !now.has(keyId(k))),
  };
}

/** Whether any new finding is at or above --fail-on. */
export function newFindingsFail(comparison: BaselineComparison, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return comparison.new.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** Reads a baseline written by --write-baseline (YAML or JSON: JSON is YAML). */
export async function readBaseline(path: string): Promise<FindingKey[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BaselineFileError(path, (error as { code?: string }).code ?? 'unreadable');
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    throw new BaselineFileError(path, 'not YAML or JSON');
  }
  const d = doc as { schema?: unknown; findings?: unknown } | null;
  if (d?.schema !== BASELINE_SCHEMA || !Array.isArray(d.findings))
    throw new BaselineFileError(path, `not a ${BASELINE_SCHEMA} document`);
  return d.findings.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const field = (k: string) => {
      const v = e[k] ?? (k === 'namespace' ? '' : undefined);
      if (typeof v !== 'string') throw new BaselineFileError(path, `finding ${i + 1}: ${k} is missing`);
      return v;
    };
    return {
      cluster: field('cluster'),
      namespace: field('namespace'),
      code: field('code'),
      kind: field('kind'),
      name: field('name'),
    };
  });
}

/** The baseline document for these findings: YAML for a .yaml/.yml path, JSON otherwise. */
export function baselineText(path: string, findings: readonly KeyedFinding[], generatedAt: string): string {
  const doc = {
    schema: BASELINE_SCHEMA,
    generatedAt,
    findings: [...findings]
      .map(({ cluster, namespace, code, kind, name }) => ({ cluster, namespace, code, kind, name }))
      .sort((a, b) => keyId(a).localeCompare(keyId(b))),
  };
  return /\.ya?ml$/i.test(path) ? stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
}
