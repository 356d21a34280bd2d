import type { Lang } from '../i18n/index.ts';
import { SEVERITY_RANK, type Evidence, type Finding, type ObjectRef, type Severity } from '../doctor/finding.ts';
import type { CheckOutcome, Report, ReportSummary } from '../doctor/report.ts';
import type { KindName } from '../doctor/snapshot.ts';
import { label, messageText } from './message-text.ts';
import { timeAgo } from './relative-time.ts';

/** What every renderer shows the same way: object names, evidence lines, the summary, what could not be seen. */

export const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

/** Findings about one object, in report order, with the worst severity among them. */
export interface ObjectGroup {
  object: ObjectRef;
  owner?: ObjectRef;
  severity: Severity;
  findings: Finding[];
}

/** "Pod/web-1"; the namespace is added only when it differs from the report's. */
export function objectName(ref: ObjectRef, reportNamespace: string | null = null): string {
  const base = `${ref.kind}/${ref.name}`;
  return ref.namespace && ref.namespace !== reportNamespace ? `${base} -n ${ref.namespace}` : base;
}

/** "Pod/web-1 (Deployment/web)": the object with its owner in parentheses. */
export function objectHeading(group: Pick<ObjectGroup, 'object' | 'owner'>, reportNamespace: string | null): string {
  const owner = group.owner ? ` (${objectName(group.owner, reportNamespace)})` : '';
  return `${objectName(group.object, reportNamespace)}${owner}`;
}

function objectKey(ref: ObjectRef): string {
  return `${ref.kind}\u0000${ref.namespace ?? ''}\u0000${ref.name}`;
}

/**
 * Groups findings by object, and keeps each workload's groups together: a Deployment, its pods
 * and their claims form one family (the owner is the anchor). Families come worst first, then by
 * the anchor's name; inside a family the anchor itself leads, the rest keep the report's order.
 */
export function groupByObject(findings: readonly Finding[]): ObjectGroup[] {
  const groups = groupInReportOrder(findings);
  const anchorOf = (g: ObjectGroup) => g.owner ?? g.object;
  const families = new Map<string, { anchor: ObjectRef; severity: Severity; members: ObjectGroup[] }>();
  for (const group of groups) {
    const anchor = anchorOf(group);
    const key = objectKey(anchor);
    const family = families.get(key) ?? { anchor, severity: group.severity, members: [] };
    family.members.push(group);
    if (SEVERITY_RANK[group.severity] > SEVERITY_RANK[family.severity]) family.severity = group.severity;
    families.set(key, family);
  }
  const ordered = [...families.values()].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.anchor.name.localeCompare(b.anchor.name) ||
      a.anchor.kind.localeCompare(b.anchor.kind) ||
      (a.anchor.namespace ?? '').localeCompare(b.anchor.namespace ?? ''),
  );
  return ordered.flatMap((family) => {
    const anchorKey = objectKey(family.anchor);
    const lead = family.members.filter((g) => objectKey(g.object) === anchorKey);
    return [...lead, ...family.members.filter((g) => objectKey(g.object) !== anchorKey)];
  });
}

function groupInReportOrder(findings: readonly Finding[]): ObjectGroup[] {
  const groups = new Map<string, ObjectGroup>();
  for (const finding of findings) {
    const key = objectKey(finding.object);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        object: finding.object,
        owner: finding.owner,
        severity: finding.severity,
        findings: [finding],
      });
      continue;
    }
    group.findings.push(finding);
    group.owner ??= finding.owner;
    if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[group.severity]) group.severity = finding.severity;
  }
  return [...groups.values()];
}

/** The finding's texts in one language: cause, details and remedy. */
export function findingTexts(lang: Lang, finding: Finding): { cause: string; details: string[]; remedy: string[] } {
  return {
    cause: messageText(lang, finding.cause),
    details: (finding.details ?? []).map((m) => messageText(lang, m)),
    remedy: finding.remedy.map((m) => messageText(lang, m)),
  };
}

/**
 * The line above a quoted piece of evidence: its reason, the object it is about, how often and
 * when ("FailedScheduling ×12, first 2h ago, last 3m ago"). The evidence text itself is quoted apart, verbatim.
 */
export function evidenceHeading(lang: Lang, evidence: Evidence, now: string, reportNamespace: string | null): string {
  const parts: string[] = [];
  const head: string[] = [];
  const about = evidence.about ? objectName(evidence.about, reportNamespace) : undefined;
  // "EndpointSlice on EndpointSlice/x" or "node on Node/x" says the kind twice: the object's name alone is enough.
  if (about && (!evidence.reason || evidence.reason === evidence.about?.kind)) head.push(about);
  else {
    head.push(evidence.reason ?? evidence.source);
    if (about) head.push(label(lang, 'output.evidence.about', { object: about }));
  }
  if (evidence.count !== undefined && evidence.count > 1)
    head.push(label(lang, 'output.evidence.count', { count: evidence.count }));
  parts.push(head.join(' '));
  const first = timeAgo(lang, evidence.firstSeen, now);
  const last = timeAgo(lang, evidence.lastSeen, now);
  if (first && first !== last) parts.push(label(lang, 'output.evidence.firstSeen', { ago: first }));
  if (last) parts.push(label(lang, 'output.evidence.lastSeen', { ago: last }));
  return parts.join(', ');
}

/** "first 2h ago, last 3m ago" for a finding, or undefined when it carries no times. */
export function seenText(lang: Lang, finding: Finding, now: string): string | undefined {
  const first = timeAgo(lang, finding.firstSeen, now);
  const last = timeAgo(lang, finding.lastSeen, now);
  const parts: string[] = [];
  if (first && first !== last) parts.push(label(lang, 'output.evidence.firstSeen', { ago: first }));
  if (last) parts.push(label(lang, 'output.evidence.lastSeen', { ago: last }));
  return parts.length ? parts.join(', ') : undefined;
}

/** The kubectl resource name of a snapshot kind ("persistentVolumeClaims" -> "persistentvolumeclaims"). */
export function kindResource(kind: KindName): string {
  return kind.toLowerCase();
}

/** Kinds that could not be read, each with its reason: "nodes (forbidden)". */
export function notVisibleKinds(lang: Lang, report: Report): string[] {
  const out: string[] = [];
  for (const [kind, visibility] of Object.entries(report.visibility) as [KindName, Report['visibility'][KindName]][]) {
    if (visibility.visible) continue;
    const reason = label(lang, `output.visibility.reason.${visibility.reason ?? 'error'}`);
    out.push(label(lang, 'output.visibility.kind', { kind: kindResource(kind), reason }));
  }
  return out;
}

/** The check's title in the language; its id when the title key is unknown. */
export function checkTitle(lang: Lang, check: CheckOutcome): string {
  const text = messageText(lang, { key: check.title });
  return text === check.title ? check.id : text;
}

/** The closing line: "12/14 checks passed, 2 failed · 3 errors, 1 warning, 0 info". */
export function summaryLine(lang: Lang, summary: ReportSummary): string {
  const { error, warning, info } = summary.findings;
  const counts = [
    label(lang, error === 1 ? 'output.summary.errors.one' : 'output.summary.errors.other', { n: error }),
    label(lang, warning === 1 ? 'output.summary.warnings.one' : 'output.summary.warnings.other', { n: warning }),
    label(lang, 'output.summary.info', { n: info }),
  ].join(', ');
  let extra = '';
  if (summary.crashed > 0) extra += label(lang, 'output.summary.crashed', { n: summary.crashed });
  if (summary.skipped > 0) extra += label(lang, 'output.summary.skipped', { n: summary.skipped });
  return label(lang, 'output.summary.line', {
    passed: summary.passed,
    // Skipped checks did not run, so they count neither as passed nor as failed.
    checks: summary.checks - summary.skipped,
    failed: summary.failed,
    extra,
    counts,
  });
}

/** Whether anything at warning or above was found. */
export function hasProblems(report: Report): boolean {
  return report.findings.some((f) => f.severity !== 'info');
}

/** Titles of the checks that ran to the end: a crashed or skipped check checked nothing. */
export function checkedTitles(lang: Lang, report: Report): string[] {
  return report.checks.filter((c) => c.status === 'passed' || c.status === 'failed').map((c) => checkTitle(lang, c));
}

/** "2 of 16 checks could not run…" when a check crashed, else undefined: such a report must never say "no problems". */
export function incompleteLine(lang: Lang, report: Report): string | undefined {
  const { crashed, checks, skipped } = report.summary;
  return crashed > 0 ? label(lang, 'output.incomplete', { n: crashed, total: checks - skipped }) : undefined;
}

/** "No problems found in namespace shop." */
export function noProblemsLine(lang: Lang, report: Report): string {
  return report.namespace
    ? label(lang, 'output.none.namespace', { namespace: report.namespace })
    : label(lang, 'output.none.allNamespaces');
}

/** The report title. */
export function reportTitle(lang: Lang, report: Report): string {
  return report.namespace
    ? label(lang, 'output.title.namespace', { namespace: report.namespace })
    : label(lang, 'output.title.allNamespaces');
}

/** Where the snapshot came from and when, as short lines. */
/** How the lists were read from the cluster: whole from the API server's watch cache, page by page, or both. */
function readFrom(lang: Lang, report: Report): string {
  const sources = Object.values(report.visibility).flatMap((v) => (v.source ? [v.source] : []));
  const cached = sources.filter((s) => s === 'cache').length;
  if (cached === 0) return label(lang, 'output.meta.fromCluster');
  if (cached === sources.length) return label(lang, 'output.meta.fromClusterCache');
  return label(lang, 'output.meta.fromClusterMixed', { cached, total: sources.length });
}

export function reportMeta(lang: Lang, report: Report): string[] {
  const lines: string[] = [];
  if (report.context) lines.push(label(lang, 'output.meta.context', { context: report.context }));
  if (report.serverVersion) lines.push(label(lang, 'output.meta.serverVersion', { version: report.serverVersion }));
  lines.push(
    report.source.type === 'file'
      ? label(lang, 'output.meta.fromFile', { path: report.source.path })
      : readFrom(lang, report),
  );
  lines.push(label(lang, 'output.meta.snapshotTakenAt', { time: report.snapshotTakenAt }));
  return lines;
}
