import type { Lang } from '../i18n/index.ts';
import type { Finding } from '../doctor/finding.ts';
import type { Incident } from '../doctor/incidents.ts';
import type { CheckOutcome, Report } from '../doctor/report.ts';
import {
  checkTitle,
  evidenceHeading,
  findingTexts,
  kindResource,
  notVisibleKinds,
  objectHeading,
  objectName,
  summaryLine,
} from './finding-text.ts';
import { effectBack, incidentChain, incidentCount, sameCauseLine } from './incident-text.ts';
import { label } from './message-text.ts';
import { xmlAttr, xmlText } from './xml-escape.ts';
import { safeReport } from './safe-text.ts';

export interface JunitOptions {
  lang: Lang;
}

interface Case {
  name: string;
  /** failure element for error/warning; system-out only for info; error for a crash; skipped. */
  body: string;
  outcome: 'passed' | 'failure' | 'error' | 'skipped';
}

/**
 * The report as JUnit XML for CI (Jenkins, GitLab, GitHub test reporters): one <testsuite> per check,
 * one <testcase> per incident in the suite of the check that found its root cause (error and warning
 * are failures, info passes with <system-out>; the effects are in its text), one passing case for a
 * check with no root cause (naming the incidents that explain its findings), and <error> for a crash.
 */
export function renderJunit(input: Report, opts: JunitOptions): string {
  // Cluster text is untrusted: credentials redacted.
  const report = safeReport(input, { controls: false });
  const { lang } = opts;
  const suites = report.checks.map((check) => suiteXml(report, check, lang));
  const totals = suites.reduce(
    (t, s) => ({
      tests: t.tests + s.tests,
      failures: t.failures + s.failures,
      errors: t.errors + s.errors,
      skipped: t.skipped + s.skipped,
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0 },
  );
  const head =
    `<testsuites name="${xmlAttr(label(lang, 'output.junit.suites'))}" tests="${totals.tests}" failures="${totals.failures}"` +
    ` errors="${totals.errors}" skipped="${totals.skipped}" time="0" timestamp="${junitTime(report.generatedAt)}">`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', head];
  for (const suite of suites) lines.push(suite.xml);
  lines.push(`  <!-- ${xmlComment(`${incidentCount(lang, report)} · ${summaryLine(lang, report.summary)}`)} -->`);
  const hidden = notVisibleKinds(lang, report);
  if (hidden.length)
    lines.push(`  <!-- ${xmlComment(label(lang, 'output.visibility.line', { kinds: hidden.join(', ') }))} -->`);
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function suiteXml(report: Report, check: CheckOutcome, lang: Lang) {
  const cases = casesFor(report, check, lang);
  const count = (o: Case['outcome']) => cases.filter((c) => c.outcome === o).length;
  const stats = { tests: cases.length, failures: count('failure'), errors: count('error'), skipped: count('skipped') };
  const classname = `eks-guide.doctor.${check.id}`;
  const lines = [
    `  <testsuite name="${xmlAttr(check.id)}" tests="${stats.tests}" failures="${stats.failures}" errors="${stats.errors}"` +
      ` skipped="${stats.skipped}" time="0" timestamp="${junitTime(report.generatedAt)}">`,
    `    <properties>`,
    `      <property name="title" value="${xmlAttr(checkTitle(lang, check))}"/>`,
    `      <property name="status" value="${check.status}"/>`,
    `    </properties>`,
  ];
  for (const c of cases) {
    const open = `    <testcase name="${xmlAttr(c.name)}" classname="${xmlAttr(classname)}" time="0"`;
    lines.push(c.body ? `${open}>\n${c.body}\n    </testcase>` : `${open}/>`);
  }
  if (check.notVisible.length) {
    const text = label(lang, 'output.check.partial', {
      check: check.id,
      kinds: check.notVisible.map(kindResource).join(', '),
    });
    lines.push(`    <system-out>${xmlText(text)}</system-out>`);
  }
  lines.push('  </testsuite>');
  return { ...stats, xml: lines.join('\n') };
}

function casesFor(report: Report, check: CheckOutcome, lang: Lang): Case[] {
  if (check.status === 'skipped') {
    return [
      {
        name: checkTitle(lang, check),
        outcome: 'skipped',
        body: `      <skipped message="${xmlAttr(label(lang, 'output.junit.skippedCase'))}"/>`,
      },
    ];
  }
  if (check.status === 'crashed') {
    const message = label(lang, 'output.crashed.line', { check: check.id, error: check.error ?? '' });
    return [
      {
        name: label(lang, 'output.junit.crashedCase'),
        outcome: 'error',
        body: `      <error message="${xmlAttr(message)}" type="crash">${xmlText(label(lang, 'output.crashed.note'))}</error>`,
      },
    ];
  }
  const incidents = report.incidents.filter((i) => report.findings[i.root]!.check === check.id);
  if (incidents.length === 0) {
    // Its findings are effects of other checks' root causes: the failure is counted there, once.
    const explained = check.findings.map((f) =>
      label(lang, 'output.junit.explainedBy', {
        object: objectName(f.object, report.namespace),
        id: f.incident ?? '-',
      }),
    );
    const body = explained.length ? `      <system-out>${xmlText(explained.join('\n'))}</system-out>` : '';
    return [{ name: checkTitle(lang, check), outcome: 'passed', body }];
  }
  return incidents.map((incident) => incidentCase(report, incident, lang));
}

function incidentCase(report: Report, incident: Incident, lang: Lang): Case {
  const root = report.findings[incident.root]!;
  const lines = [findingBody(report, root, lang)];
  const same = sameCauseLine(lang, report, incident);
  if (same) lines.push(same);
  const chain = incidentChain(report, incident);
  if (chain) lines.push(label(lang, 'output.incidents.chain', { chain }));
  if (incident.effects.length) {
    lines.push(label(lang, 'output.junit.effects'));
    for (const index of incident.effects) {
      const effect = report.findings[index]!;
      lines.push(
        `  [${effect.severity}] ${effect.code} ${objectName(effect.object, report.namespace)}: ${findingTexts(lang, effect).cause}`,
        `    ${effectBack(lang, report, incident, index)}`,
      );
    }
  }
  const text = lines.join('\n');
  const name = `${incident.id}. ${objectHeading(root, report.namespace)}`;
  if (incident.severity === 'info')
    return { name, outcome: 'passed', body: `      <system-out>${xmlText(text)}</system-out>` };
  return {
    name,
    outcome: 'failure',
    body: `      <failure message="${xmlAttr(findingTexts(lang, root).cause)}" type="${incident.severity}">${xmlText(text)}</failure>`,
  };
}

/** The plain-text body of a finding inside <failure> or <system-out>. */
function findingBody(report: Report, finding: Finding, lang: Lang): string {
  const text = findingTexts(lang, finding);
  const lines = [`[${finding.severity}] ${finding.code}: ${text.cause}`];
  for (const d of text.details) lines.push(`  - ${d}`);
  if (finding.related?.length) {
    lines.push(
      `${label(lang, 'output.label.related')}: ${finding.related.map((r) => objectName(r, report.namespace)).join(', ')}`,
    );
  }
  if (finding.evidence.length) {
    lines.push(`${label(lang, 'output.label.evidence')}:`);
    for (const e of finding.evidence) {
      lines.push(`  ${evidenceHeading(lang, e, report.snapshotTakenAt, report.namespace)}`);
      for (const raw of e.text.split('\n')) lines.push(`    ${raw}`);
    }
  }
  if (text.remedy.length) {
    lines.push(`${label(lang, 'output.label.remedy')}:`);
    text.remedy.forEach((r, i) => lines.push(`  ${i + 1}. ${r}`));
  }
  if (finding.commands?.length) {
    lines.push(`${label(lang, 'output.label.commands')}:`);
    for (const c of finding.commands) lines.push(`  $ ${c}`);
  }
  return lines.join('\n');
}

/** A timestamp as the JUnit XSD wants it: bare "YYYY-MM-DDTHH:MM:SS" (no zone, no fraction); ours is always UTC. */
export function junitTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString().slice(0, 19);
}

/** "--" may not appear inside an XML comment. */
function xmlComment(text: string): string {
  return xmlText(text).replace(/--/g, '- -');
}
