import type { Lang } from '../i18n/index.ts';
import type { ConceptId } from '../doctor/concepts.ts';
import type { Finding } from '../doctor/finding.ts';
import type { Report } from '../doctor/report.ts';
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
  firstCommand,
  incidentChain,
  incidentCount,
  objectsAffected,
  rootFinding,
  sameCauseLine,
} from './incident-text.ts';
import { mermaidFlowchart } from '../map/render-mermaid.ts';
import { incidentGraph } from './incident-graph.ts';
import { mdCell, mdCode, mdFence, mdProse } from './markdown-escape.ts';
import { conceptNote, conceptTitle, label } from './message-text.ts';
import { safeReport } from './safe-text.ts';

export interface MarkdownOptions {
  lang: Lang;
  /** Add each concept note once, folded in <details>. */
  explain: boolean;
}

/**
 * The report as GitHub-flavoured Markdown for a CI job summary ($GITHUB_STEP_SUMMARY): a table of
 * incidents (worst first), then a section per incident: a Mermaid chart of its chain, the root finding with its evidence in code
 * blocks and next commands, then the effects it explains, each pointing back to the root.
 */
export function renderMarkdown(input: Report, opts: MarkdownOptions): string {
  // Cluster text is untrusted: credentials redacted, control characters made visible.
  const report = safeReport(input, { controls: true });
  const { lang } = opts;
  const out: string[] = [];
  out.push(`## ${mdProse(reportTitle(lang, report))}`, '');
  out.push(`**${mdProse(`${incidentCount(lang, report)} · ${summaryLine(lang, report.summary)}`)}**`, '');
  out.push(reportMeta(lang, report).map(mdProse).join(' · '), '');

  const incomplete = incompleteLine(lang, report);
  if (incomplete) out.push(`> ✖ **${mdProse(incomplete)}**`, '');
  if (!hasProblems(report)) {
    if (!incomplete) out.push(`✅ ${mdProse(noProblemsLine(lang, report))}`, '');
    const titles = checkedTitles(lang, report);
    if (titles.length) out.push(mdProse(label(lang, 'output.none.checked', { checks: titles.join(', ') })), '');
  }

  if (report.incidents.length) {
    out.push(`### ${mdProse(label(lang, 'output.markdown.incidentsHeading'))}`, '');
    const head = [
      '#',
      label(lang, 'output.label.severity'),
      label(lang, 'output.label.object'),
      label(lang, 'output.label.problem'),
      label(lang, 'output.label.affects'),
      label(lang, 'output.label.firstCommand'),
    ];
    out.push(`| ${head.map(mdCell).join(' | ')} |`, '|---|---|---|---|---|---|');
    for (const incident of report.incidents) {
      const root = rootFinding(report, incident);
      const sev = `${SEVERITY_MARK[incident.severity]} ${label(lang, `output.severity.${incident.severity}`)}`;
      const object =
        mdCode(objectName(root.object, report.namespace)) +
        (root.owner ? ` (${mdCell(objectName(root.owner, report.namespace))})` : '');
      const command = firstCommand(report, incident);
      out.push(
        `| ${incident.id} | ${mdCell(sev)} | ${object} | ${mdCell(findingTexts(lang, root).cause)} | ${mdCell(objectsAffected(lang, incident))} | ${command ? mdCode(command) : ''} |`,
      );
    }
    out.push('');
  }

  const hidden = notVisibleKinds(lang, report);
  if (hidden.length) {
    out.push(`> ▲ ${mdProse(label(lang, 'output.visibility.line', { kinds: hidden.join(', ') }))}`);
    for (const check of report.checks.filter((c) => c.notVisible.length > 0 && c.status !== 'crashed')) {
      out.push(
        `> - ${mdProse(label(lang, 'output.check.partial', { check: check.id, kinds: check.notVisible.map(kindResource).join(', ') }))}`,
      );
    }
    out.push('>', `> ${mdProse(label(lang, 'output.visibility.note'))}`, '');
  }
  const crashed = report.checks.filter((c) => c.status === 'crashed');
  if (crashed.length) {
    out.push(`### ${mdProse(label(lang, 'output.crashed.heading'))}`, '');
    for (const check of crashed)
      out.push(`- ✖ ${mdProse(label(lang, 'output.crashed.line', { check: check.id, error: check.error ?? '' }))}`);
    out.push('', mdProse(label(lang, 'output.crashed.note')), '');
  }

  if (report.incidents.length) {
    out.push(`### ${mdProse(label(lang, 'output.markdown.detailsHeading'))}`, '');
    const explained = new Set<ConceptId>();
    for (const incident of report.incidents) {
      const root = rootFinding(report, incident);
      const heading = label(lang, 'output.incidents.detailHeading', {
        id: incident.id,
        object: objectHeading(root, report.namespace),
      });
      out.push(`#### ${SEVERITY_MARK[incident.severity]} ${mdProse(heading)}`, '');
      // GitHub draws the chain as a picture; the Chain line below stays for readers that show the source.
      const picture = incidentGraph(report, incident);
      if (picture.nodes.length > 1)
        out.push(mdFence(mermaidFlowchart(picture.nodes, picture.edges, { lang }).trimEnd(), 'mermaid'), '');
      const chain = incidentChain(report, incident);
      if (chain) out.push(mdProse(label(lang, 'output.incidents.chain', { chain })), '');
      out.push(...findingSection(report, root, opts, explained));
      const same = sameCauseLine(lang, report, incident);
      if (same) out.push(mdProse(same), '');
      if (incident.effects.length) {
        out.push(`**${mdProse(effectsHeading(lang, incident))}**`, '');
        for (const index of incident.effects) {
          const effect = report.findings[index]!;
          out.push(
            `- ${SEVERITY_MARK[effect.severity]} ${mdCode(objectName(effect.object, report.namespace))}: ${mdProse(findingTexts(lang, effect).cause)} ${mdCode(effect.code)}  `,
            `  ${mdProse(effectBack(lang, report, incident, index))}`,
          );
        }
        out.push('');
      }
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function findingSection(report: Report, finding: Finding, opts: MarkdownOptions, explained: Set<ConceptId>): string[] {
  const { lang } = opts;
  const text = findingTexts(lang, finding);
  const out: string[] = [];
  out.push(`**${SEVERITY_MARK[finding.severity]} ${mdProse(text.cause)}** ${mdCode(finding.code)}`, '');
  for (const d of text.details) out.push(`- ${mdProse(d)}`);
  if (text.details.length) out.push('');
  if (finding.related?.length) {
    out.push(
      `${mdProse(label(lang, 'output.label.related'))}: ${finding.related.map((r) => mdCode(objectName(r, report.namespace))).join(', ')}`,
      '',
    );
  }
  if (finding.evidence.length) {
    out.push(`**${mdProse(label(lang, 'output.label.evidence'))}**`, '');
    for (const e of finding.evidence) {
      out.push(
        mdProse(evidenceHeading(lang, e, report.snapshotTakenAt, report.namespace)),
        '',
        mdFence(e.text, 'text'),
        '',
      );
    }
  } else {
    const seen = seenText(lang, finding, report.snapshotTakenAt);
    if (seen) out.push(`_${mdProse(seen)}_`, '');
  }
  if (text.remedy.length) {
    out.push(`**${mdProse(label(lang, 'output.label.remedy'))}**`, '');
    text.remedy.forEach((r, i) => out.push(`${i + 1}. ${mdProse(r)}`));
    out.push('');
  }
  if (finding.commands?.length) {
    out.push(
      `**${mdProse(label(lang, 'output.label.commands'))}**`,
      '',
      mdFence(finding.commands.join('\n'), 'bash'),
      '',
    );
  }
  if (!finding.concept) return out;
  const note = opts.explain && !explained.has(finding.concept) ? conceptNote(lang, finding.concept) : undefined;
  if (!note) {
    // The JSON report always carries the concept key; a CI summary names it too, folded note or not.
    out.push(
      `_${mdProse(label(lang, 'output.markdown.conceptKey', { title: conceptTitle(lang, finding.concept), id: finding.concept }))}_`,
      '',
    );
  } else {
    explained.add(finding.concept);
    out.push(
      '<details>',
      `<summary>${mdProse(label(lang, 'output.markdown.conceptSummary', { title: conceptTitle(lang, finding.concept) }))}</summary>`,
      '',
      mdProse(note),
      '',
      '</details>',
      '',
    );
  }
  return out;
}
