import type { Lang, Message } from '../i18n/index.ts';
import type { Evidence, Finding, ObjectRef } from '../doctor/finding.ts';
import type { CheckOutcome, Report } from '../doctor/report.ts';
import type { KindName } from '../doctor/snapshot.ts';
import type { Incident } from '../doctor/incidents.ts';
import { checkTitle, findingTexts, summaryLine } from './finding-text.ts';
import { firstCommand, incidentChain, incidentCount, incidentLine } from './incident-text.ts';
import { conceptNote } from './message-text.ts';
import { safeReport } from './safe-text.ts';

export interface JsonOptions {
  lang: Lang;
}

/**
 * The report as JSON, schema `eks-guide.doctor/v1` (docs/report-schema.md, docs/report.schema.json):
 * message keys with parameters for machines and the texts in the chosen language for people,
 * timestamps in RFC 3339, keys always in the same order.
 */
export function renderJson(input: Report, opts: JsonOptions): string {
  // Cluster text is untrusted: credentials redacted.
  const report = safeReport(input, { controls: false });
  return `${escapeInvisible(JSON.stringify(jsonReport(report, opts.lang), null, 2))}\n`;
}

/** The JSON document as an object (the shape docs/report.schema.json describes). */
export function jsonReport(report: Report, lang: Lang): Record<string, unknown> {
  return compact({
    schema: report.schema,
    lang,
    generatedAt: rfc3339(report.generatedAt),
    snapshotTakenAt: rfc3339(report.snapshotTakenAt),
    namespace: report.namespace,
    context: report.context,
    server: report.server,
    serverVersion: report.serverVersion,
    source: report.source.type === 'file' ? { type: 'file', path: report.source.path } : { type: 'cluster' },
    summary: {
      checks: report.summary.checks,
      passed: report.summary.passed,
      failed: report.summary.failed,
      crashed: report.summary.crashed,
      skipped: report.summary.skipped,
      findings: {
        error: report.summary.findings.error,
        warning: report.summary.findings.warning,
        info: report.summary.findings.info,
      },
      incidents: {
        error: report.summary.incidents.error,
        warning: report.summary.incidents.warning,
        info: report.summary.incidents.info,
      },
      text: `${incidentCount(lang, report)} · ${summaryLine(lang, report.summary)}`,
    },
    visibility: visibilityJson(report),
    checks: report.checks.map((c) => checkJson(c, lang)),
    findings: report.findings.map((f) => findingJson(f, lang)),
    incidents: report.incidents.map((i) => incidentJson(report, i, lang)),
  });
}

function incidentJson(report: Report, incident: Incident, lang: Lang): Record<string, unknown> {
  return compact({
    id: incident.id,
    root: incident.root,
    effects: [...incident.effects],
    sameCause: [...incident.sameCause],
    severity: incident.severity,
    objects: incident.objects.map(refJson),
    firstCommand: firstCommand(report, incident),
    text: compact({ summary: incidentLine(lang, report, incident), chain: incidentChain(report, incident) }),
  });
}

function visibilityJson(report: Report): Record<string, unknown> {
  const kinds = Object.keys(report.visibility).sort() as KindName[];
  return Object.fromEntries(
    kinds.map((kind) => {
      const v = report.visibility[kind];
      return [kind, compact({ visible: v.visible, reason: v.reason, detail: v.detail, readFrom: v.source })];
    }),
  );
}

function checkJson(check: CheckOutcome, lang: Lang): Record<string, unknown> {
  return compact({
    id: check.id,
    title: { key: check.title, text: checkTitle(lang, check) },
    status: check.status,
    findings: check.findings.length,
    error: check.error,
    notVisible: [...check.notVisible],
  });
}

function findingJson(finding: Finding, lang: Lang): Record<string, unknown> {
  const text = findingTexts(lang, finding);
  return compact({
    code: finding.code,
    check: finding.check,
    severity: finding.severity,
    object: refJson(finding.object),
    owner: finding.owner ? refJson(finding.owner) : undefined,
    cause: messageJson(finding.cause),
    details: (finding.details ?? []).map(messageJson),
    remedy: finding.remedy.map(messageJson),
    commands: [...(finding.commands ?? [])],
    evidence: finding.evidence.map(evidenceJson),
    concept: finding.concept,
    related: (finding.related ?? []).map(refJson),
    dependsOn: finding.dependsOn?.map(refJson),
    explains: finding.explains?.map(refJson),
    incident: finding.incident,
    causedBy: finding.causedBy,
    firstSeen: rfc3339(finding.firstSeen),
    lastSeen: rfc3339(finding.lastSeen),
    text: compact({
      cause: text.cause,
      details: text.details,
      remedy: text.remedy,
      concept: finding.concept ? conceptNote(lang, finding.concept) : undefined,
    }),
  });
}

function refJson(ref: ObjectRef): Record<string, unknown> {
  return compact({ kind: ref.kind, name: ref.name, namespace: ref.namespace });
}

function messageJson(message: Message): Record<string, unknown> {
  const params = message.params
    ? Object.fromEntries(
        Object.keys(message.params)
          .sort()
          .map((k) => [k, message.params![k]]),
      )
    : {};
  return { key: message.key, params };
}

function evidenceJson(evidence: Evidence): Record<string, unknown> {
  return compact({
    source: evidence.source,
    reason: evidence.reason,
    text: evidence.text,
    count: evidence.count,
    firstSeen: rfc3339(evidence.firstSeen),
    lastSeen: rfc3339(evidence.lastSeen),
    about: evidence.about ? refJson(evidence.about) : undefined,
  });
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A timestamp in RFC 3339: kept as given when it already is, converted when parseable, else dropped. */
export function rfc3339(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (RFC3339.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Drops undefined members so absent fields are absent, not null; keeps the insertion order. */
function compact(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 (U+009B is a CSI) and bidi controls raw; `cat report.json`
// must be as safe as the text report, and \uXXXX escapes read back as the same string.
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
