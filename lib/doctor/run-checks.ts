import { EXIT, type ExitCode } from '../exit-codes.ts';
import { yieldToEventLoop } from '../interrupt.ts';
import type { Check } from './check.ts';
import { controlledObjects, objectKey, podsBehindService } from './controlled-objects.ts';
import { linkIncidents, type Incident } from './incidents.ts';
import { SEVERITY_RANK, type Finding, type ObjectRef, type Severity } from './finding.ts';
import { matchesSelector, type Requirement } from './label-selector.ts';
import { REPORT_SCHEMA, type CheckOutcome, type Report, type ReportSummary } from './report.ts';
import { FIELD_BY_KIND } from './snapshot-from-objects.ts';
import { buildIndex } from './snapshot-index.ts';
import type { Snapshot } from './snapshot.ts';

export type FailOn = Severity | 'never';

export interface RunOptions {
  /** Check ids to run; empty or absent: all. Ids are validated by the caller (doctor-options). */
  only?: readonly string[];
  skip?: readonly string[];
  /** Report only findings whose object's labels match. */
  selector?: readonly Requirement[];
  /** Report only the incidents this object takes part in (its own problems, their causes and their effects). */
  object?: ObjectRef;
  source: Report['source'];
  now?: () => Date;
}

/**
 * Runs the selected checks over one snapshot (index built once) and builds the report.
 * A check that throws is recorded as crashed with its message; the others still report.
 */
export function runChecks(snapshot: Snapshot, checks: readonly Check[], options: RunOptions): Report {
  const run = checkRunner(snapshot, options);
  return buildReport(snapshot, checks.map(run), options);
}

/**
 * runChecks that yields to the event loop before each check and before building the report,
 * so Ctrl-C (see lib/interrupt.ts) is answered between checks; throws AbortError once `signal` fires.
 */
export async function runChecksInterruptible(
  snapshot: Snapshot,
  checks: readonly Check[],
  options: RunOptions & { signal?: AbortSignal },
): Promise<Report> {
  await yieldToEventLoop(options.signal);
  const run = checkRunner(snapshot, options);
  const outcomes: CheckOutcome[] = [];
  for (const check of checks) {
    await yieldToEventLoop(options.signal);
    outcomes.push(run(check));
  }
  await yieldToEventLoop(options.signal);
  return buildReport(snapshot, outcomes, options);
}

function checkRunner(snapshot: Snapshot, options: RunOptions): (check: Check) => CheckOutcome {
  const index = buildIndex(snapshot);
  const only = new Set(options.only ?? []);
  const skip = new Set(options.skip ?? []);
  const labelsOf = options.selector ? labelLookup(snapshot) : undefined;
  return (check) => {
    const notVisible = check.needs.filter((kind) => snapshot.visibility[kind]?.visible === false);
    const base = { id: check.id, title: check.title, notVisible };
    if ((only.size > 0 && !only.has(check.id)) || skip.has(check.id))
      return { ...base, status: 'skipped', findings: [] };
    let findings: Finding[];
    try {
      findings = check.run(snapshot, index);
    } catch (error) {
      return { ...base, status: 'crashed', findings: [], error: crashMessage(error) };
    }
    if (labelsOf && options.selector) {
      const selector = options.selector;
      findings = findings.filter((f) => matchesSelector(selector, labelsOf(f)));
    }
    findings = sortFindings(findings);
    const failed = findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
    return { ...base, status: failed ? 'failed' : 'passed', findings };
  };
}

function buildReport(snapshot: Snapshot, outcomes: CheckOutcome[], options: RunOptions): Report {
  let findings = sortFindings(outcomes.flatMap((o) => o.findings));
  let incidents = linkIncidents(findings);
  if (options.object) {
    const behind = new Set([
      ...controlledObjects(snapshot, options.object),
      ...podsBehindService(snapshot, options.object),
    ]);
    const kept = findingsAbout(options.object, behind, findings, incidents);
    for (const outcome of outcomes) {
      outcome.findings = outcome.findings.filter((f) => kept.has(f));
      if (outcome.status === 'failed' && !outcome.findings.some((f) => f.severity !== 'info'))
        outcome.status = 'passed';
    }
    findings = findings.filter((f) => kept.has(f));
    incidents = linkIncidents(findings);
  }
  return {
    schema: REPORT_SCHEMA,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    snapshotTakenAt: snapshot.takenAt,
    namespace: snapshot.namespace,
    ...(snapshot.context ? { context: snapshot.context } : {}),
    ...(snapshot.server ? { server: snapshot.server } : {}),
    ...(snapshot.serverVersion ? { serverVersion: snapshot.serverVersion } : {}),
    source: options.source,
    checks: outcomes,
    findings,
    incidents,
    visibility: snapshot.visibility,
    summary: summarise(outcomes, findings, incidents),
  };
}

/** The exit code a report earns: 4 if a check crashed, else 1 if a finding is at or above the threshold, else 0. */
export function exitCodeFor(report: Report, failOn: FailOn): ExitCode {
  if (report.summary.crashed > 0) return EXIT.checkCrashed;
  if (failOn === 'never') return EXIT.ok;
  const threshold = SEVERITY_RANK[failOn];
  return report.incidents.some((i) => SEVERITY_RANK[i.severity] >= threshold) ? EXIT.failed : EXIT.ok;
}

/** Errors first, then warnings, then info; within a severity by kind, namespace, name, code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.object.kind.localeCompare(b.object.kind) ||
      (a.object.namespace ?? '').localeCompare(b.object.namespace ?? '') ||
      a.object.name.localeCompare(b.object.name) ||
      a.code.localeCompare(b.code),
  );
}

function summarise(
  outcomes: readonly CheckOutcome[],
  findings: readonly Finding[],
  incidents: readonly Incident[],
): ReportSummary {
  const count = (status: CheckOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const bySeverity = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    checks: outcomes.length,
    passed: count('passed'),
    failed: count('failed'),
    crashed: count('crashed'),
    skipped: count('skipped'),
    findings: { error: bySeverity('error'), warning: bySeverity('warning'), info: bySeverity('info') },
    incidents: {
      error: incidents.filter((i) => i.severity === 'error').length,
      warning: incidents.filter((i) => i.severity === 'warning').length,
      info: incidents.filter((i) => i.severity === 'info').length,
    },
  };
}

function labelLookup(snapshot: Snapshot): (finding: Finding) => Record<string, string> | undefined {
  const cache = new Map<string, Map<string, Record<string, string> | undefined>>();
  return (finding) => {
    const field = FIELD_BY_KIND[finding.object.kind];
    if (!field) return undefined;
    let byName = cache.get(field);
    if (!byName) {
      byName = new Map();
      for (const o of snapshot[field] as {
        metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
      }[]) {
        byName.set(`${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`, o.metadata?.labels);
      }
      cache.set(field, byName);
    }
    // Cluster-scoped objects (a Namespace, a Node) may be named with or without a namespace.
    return (
      byName.get(`${finding.object.namespace ?? ''}/${finding.object.name}`) ?? byName.get(`/${finding.object.name}`)
    );
  };
}

function crashMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

/** The incidents the object takes part in, itself or through the objects behind it (a ReplicaSet's or a Service's pods). */
function findingsAbout(
  object: ObjectRef,
  controlled: ReadonlySet<string>,
  findings: readonly Finding[],
  incidents: readonly Incident[],
): Set<Finding> {
  const matches = (f: Finding) =>
    (f.object.kind === object.kind &&
      f.object.name === object.name &&
      (object.namespace === undefined || f.object.namespace === object.namespace)) ||
    controlled.has(objectKey(f.object));
  const kept = new Set<Finding>();
  for (const incident of incidents) {
    const members = [incident.root, ...incident.sameCause, ...incident.effects].map((i) => findings[i]!);
    if (members.some(matches)) for (const f of members) kept.add(f);
  }
  return kept;
}
