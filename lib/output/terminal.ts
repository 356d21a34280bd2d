import type { Lang } from '../i18n/index.ts';
import type { ConceptId } from '../doctor/concepts.ts';
import type { Finding } from '../doctor/finding.ts';
import type { Report } from '../doctor/report.ts';
import { paint, type Paint } from './ansi.ts';
import {
  SEVERITY_MARK,
  checkedTitles,
  evidenceHeading,
  findingTexts,
  hasProblems,
  incompleteLine,
  kindResource,
  noProblemsLine,
  notVisibleKinds,
  objectHeading,
  objectName,
  reportMeta,
  reportTitle,
  seenText,
  summaryLine,
} from './finding-text.ts';
import {
  effectBack,
  effectsHeading,
  incidentChain,
  incidentCount,
  incidentLine,
  incidentsHeading,
  rootFinding,
  sameCauseLine,
} from './incident-text.ts';
import { conceptNote, conceptTitle, label } from './message-text.ts';
import { safeReport } from './safe-text.ts';

export interface TerminalOptions {
  lang: Lang;
  /** Append the concept note that teaches each kind of finding (once per concept). */
  explain: boolean;
  color: boolean;
  /** Print the summary of incidents alone, without the details. */
  brief?: boolean;
  /** The object asked about with --object ("Deployment/api"), for the line that says it is fine. */
  object?: string;
}

/**
 * The report for a person at a terminal: first one line per incident (worst first: the root object,
 * the cause, how many objects it affects, the command to run first); then per incident the root
 * finding in full (details, evidence verbatim, what to do, next commands) and its effects briefly,
 * each pointing back to the root; then what could not be seen, crashed checks and the closing counts.
 */
export function renderTerminal(input: Report, opts: TerminalOptions): string {
  // Cluster text is untrusted: credentials redacted, control characters made visible.
  const report = safeReport(input, { controls: true });
  const { lang } = opts;
  const p = paint(opts.color);
  const out: string[] = [];
  out.push(p.bold(reportTitle(lang, report)));
  out.push(p.dim(reportMeta(lang, report).join(' · ')));
  out.push('');
  // A report missing a crashed check's view says so first, and never "no problems".
  const incomplete = incompleteLine(lang, report);
  if (incomplete) out.push(p.severity('error', p.bold(incomplete)), '');

  if (report.incidents.length) {
    out.push(p.bold(incidentsHeading(lang, report)));
    for (const incident of report.incidents) {
      const line = incidentLine(lang, report, incident, '');
      out.push(`  ${p.severity(incident.severity, SEVERITY_MARK[incident.severity])}${line}`);
    }
    if (!opts.brief) out.push(p.dim(label(lang, 'output.incidents.more')));
    out.push('');
  }

  const explained = new Set<ConceptId>();
  for (const incident of opts.brief ? [] : report.incidents) {
    const root = rootFinding(report, incident);
    const heading = label(lang, 'output.incidents.detailHeading', {
      id: incident.id,
      object: objectHeading(root, report.namespace),
    });
    out.push(p.severity(incident.severity, `${SEVERITY_MARK[incident.severity]} `) + p.bold(heading));
    const chain = incidentChain(report, incident);
    if (chain) out.push(`  ${label(lang, 'output.incidents.chain', { chain })}`);
    out.push(...findingLines(report, root, opts, p, explained, false));
    const same = sameCauseLine(lang, report, incident);
    if (same) out.push(`  ${same}`);
    if (incident.effects.length) {
      out.push(`  ${p.bold(effectsHeading(lang, incident))}`);
      for (const index of incident.effects) {
        const effect = report.findings[index]!;
        out.push(
          `    ${p.severity(effect.severity, SEVERITY_MARK[effect.severity])} ${objectName(effect.object, report.namespace)}: ` +
            `${findingTexts(lang, effect).cause} ${p.dim(`[${effect.code}]`)}`,
        );
        out.push(`      ${p.dim(effectBack(lang, report, incident, index))}`);
      }
    }
    out.push('');
  }

  if (!hasProblems(report)) {
    if (!incomplete)
      out.push(
        p.bold(
          opts.object
            ? label(lang, 'output.incidents.objectNone', { object: opts.object })
            : noProblemsLine(lang, report),
        ),
      );
    const titles = checkedTitles(lang, report);
    if (titles.length) out.push(label(lang, 'output.none.checked', { checks: titles.join(', ') }));
    out.push('');
  }

  const hidden = notVisibleKinds(lang, report);
  const partial = report.checks.filter((c) => c.notVisible.length > 0 && c.status !== 'crashed');
  if (hidden.length) {
    out.push(p.severity('warning', '▲ ') + label(lang, 'output.visibility.line', { kinds: hidden.join(', ') }));
    for (const check of partial) {
      out.push(
        `  ${label(lang, 'output.check.partial', { check: check.id, kinds: check.notVisible.map(kindResource).join(', ') })}`,
      );
    }
    out.push(p.dim(`  ${label(lang, 'output.visibility.note')}`));
    out.push('');
  }

  const crashed = report.checks.filter((c) => c.status === 'crashed');
  if (crashed.length) {
    out.push(p.bold(label(lang, 'output.crashed.heading')));
    for (const check of crashed) {
      out.push(
        p.severity('error', '  ✖ ') + label(lang, 'output.crashed.line', { check: check.id, error: check.error ?? '' }),
      );
    }
    out.push(p.dim(`  ${label(lang, 'output.crashed.note')}`));
    out.push('');
  }
  for (const check of report.checks.filter((c) => c.status === 'skipped')) {
    out.push(p.dim(label(lang, 'output.skipped.line', { check: check.id })));
  }

  const worst =
    report.summary.findings.error > 0 || report.summary.crashed > 0
      ? 'error'
      : report.summary.findings.warning > 0
        ? 'warning'
        : undefined;
  const line = `${incidentCount(lang, report)} · ${summaryLine(lang, report.summary)}`;
  out.push(worst ? p.severity(worst, p.bold(line)) : p.bold(line));
  return `${out.join('\n')}\n`;
}

function findingLines(
  report: Report,
  finding: Finding,
  opts: TerminalOptions,
  p: Paint,
  explained: Set<ConceptId>,
  marked: boolean,
): string[] {
  const { lang } = opts;
  const text = findingTexts(lang, finding);
  const lines: string[] = [];
  const mark = marked ? p.severity(finding.severity, `${SEVERITY_MARK[finding.severity]} `) : '';
  lines.push(`  ${mark}${text.cause} ${p.dim(`[${finding.code}]`)}`);
  for (const detail of text.details) lines.push(`    - ${detail}`);
  if (finding.related?.length) {
    lines.push(
      `    ${label(lang, 'output.label.related')}: ${finding.related.map((r) => objectName(r, report.namespace)).join(', ')}`,
    );
  }

  if (finding.evidence.length) {
    lines.push(`  ${p.bold(label(lang, 'output.label.evidence'))}:`);
    for (const evidence of finding.evidence) {
      lines.push(`    ${p.dim(evidenceHeading(lang, evidence, report.snapshotTakenAt, report.namespace))}`);
      for (const raw of evidence.text.split('\n')) lines.push(`      ${raw}`);
    }
  } else {
    const seen = seenText(lang, finding, report.snapshotTakenAt);
    if (seen) lines.push(`  ${p.dim(seen)}`);
  }

  if (text.remedy.length) {
    lines.push(`  ${p.bold(label(lang, 'output.label.remedy'))}:`);
    text.remedy.forEach((r, i) => lines.push(`    ${i + 1}. ${r}`));
  }
  if (finding.commands?.length) {
    lines.push(`  ${p.bold(label(lang, 'output.label.commands'))}:`);
    for (const command of finding.commands) lines.push(`    $ ${command}`);
  }

  if (opts.explain && finding.concept && !explained.has(finding.concept)) {
    const note = conceptNote(lang, finding.concept);
    if (note) {
      explained.add(finding.concept);
      lines.push(`  ${p.bold(`${label(lang, 'output.label.concept')} — ${conceptTitle(lang, finding.concept)}`)}:`);
      lines.push(`    ${note}`);
    }
  }
  return lines;
}
