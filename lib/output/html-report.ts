import type { Finding } from '../doctor/finding.ts';
import type { Incident } from '../doctor/incidents.ts';
import type { Report } from '../doctor/report.ts';
import type { Lang } from '../i18n/index.ts';
import type { MapNode, NamespaceGraph } from '../map/namespace-graph.ts';
import { HEALTH_MARK, healthText } from '../map/node-text.ts';
import { svgFor } from '../map/render-svg.ts';
import { cleanText } from './clean-text.ts';
import {
  SEVERITY_MARK,
  checkedTitles,
  evidenceHeading,
  findingTexts,
  hasProblems,
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
import { escapeHtml } from './html-escape.ts';
import { htmlPage, type HtmlSection } from './html-page.ts';
import { incidentGraph } from './incident-graph.ts';
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
import { conceptNote, conceptTitle, label } from './message-text.ts';

export interface DoctorHtmlOptions {
  lang: Lang;
  /** Add each concept note (folded) under the root findings. */
  explain: boolean;
}

/** The id of an incident's section, for links from the summary and from the pictures. */
export function incidentAnchor(id: number): string {
  return `incident-${id}`;
}

const REPORT_STYLE = `
table.incidents{border-collapse:collapse;width:100%;margin:8px 0}
table.incidents th,table.incidents td{border-bottom:1px solid #e3e3e3;padding:5px 8px;text-align:left;vertical-align:top}
table.incidents th{background:#f5f5f5;font-weight:600}
table.incidents td.n a{font-weight:bold}
.graph,.chain{overflow-x:auto;border:1px solid #e3e3e3;border-radius:6px;padding:8px;background:#fff;margin:8px 0}
.legend span{display:inline-block;margin-right:14px}
.legend i{display:inline-block;width:12px;height:12px;border:2px solid;border-radius:3px;vertical-align:-2px;margin-right:4px}
.legend .l-error{background:#fde7e7;border-color:#c62828}
.legend .l-warning{background:#fff4dc;border-color:#e08a00}
.legend .l-info{background:#e6f4f8;border-color:#2b7a99}
.legend .l-ok{background:#f2f7f2;border-color:#5b8f5b}
article.incident{color:#1b1b1b;border-left:4px solid #bbb;padding:4px 14px;margin:18px 0;background:#fcfcfc}
article.incident.level-error{border-color:#c62828}
article.incident.level-warning{border-color:#e08a00}
article.incident.level-info{border-color:#2b7a99}
article.incident:target{outline:2px solid #1565c0}
article.incident h3{font-size:1.05em;margin:8px 0}
article.incident .cause{font-weight:600;color:#1b1b1b}
article.incident ul,article.incident ol{margin:4px 0 8px 20px;padding:0}
.effects li{margin:4px 0}
details{margin:6px 0}
`;

/**
 * The doctor's report as one self-contained HTML page a user can attach to a ticket: the summary
 * (one row per incident, worst first), the namespace as inline SVG with broken boxes marked and
 * linked to their incident, then each incident with a picture of its chain, the root finding in full
 * and the effects it explains. Cluster text is escaped everywhere; the page loads nothing.
 */
export async function renderDoctorHtml(
  report: Report,
  graph: NamespaceGraph,
  options: DoctorHtmlOptions,
): Promise<string> {
  const { lang } = options;
  const sections: HtmlSection[] = [summarySection(report, lang)];
  if (graph.nodes.length) sections.push(await mapSection(graph, lang));
  if (report.incidents.length)
    sections.push({
      id: 'incidents',
      heading: label(lang, 'output.markdown.detailsHeading'),
      body: (await Promise.all(report.incidents.map((i) => incidentArticle(report, i, options)))).join('\n'),
    });
  return htmlPage({
    lang,
    title: label(lang, 'output.html.title', { title: reportTitle(lang, report) }),
    sections,
    style: REPORT_STYLE,
  });
}

const esc = (text: string) => escapeHtml(cleanText(text));
const p = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${esc(text)}</p>`;
const sev = (lang: Lang, severity: Finding['severity']) =>
  `<span class="sev-${severity}">${SEVERITY_MARK[severity]} ${escapeHtml(label(lang, `output.severity.${severity}`))}</span>`;

function summarySection(report: Report, lang: Lang): HtmlSection {
  const out = [
    `<h1>${esc(reportTitle(lang, report))}</h1>`,
    `<p><strong>${esc(`${incidentCount(lang, report)} · ${summaryLine(lang, report.summary)}`)}</strong></p>`,
    p(reportMeta(lang, report).join(' · '), 'muted'),
  ];
  if (!hasProblems(report)) {
    out.push(p(`✅ ${noProblemsLine(lang, report)}`));
    const titles = checkedTitles(lang, report);
    if (titles.length) out.push(p(label(lang, 'output.none.checked', { checks: titles.join(', ') }), 'muted'));
  }
  const hidden = notVisibleKinds(lang, report);
  if (hidden.length) {
    out.push(p(`▲ ${label(lang, 'output.visibility.line', { kinds: hidden.join(', ') })}`, 'sev-warning'));
    const partial = report.checks.filter((c) => c.notVisible.length > 0 && c.status !== 'crashed');
    if (partial.length)
      out.push(
        `<ul class="muted">${partial
          .map(
            (c) =>
              `<li>${esc(label(lang, 'output.check.partial', { check: c.id, kinds: c.notVisible.map(kindResource).join(', ') }))}</li>`,
          )
          .join('')}</ul>`,
      );
    out.push(p(label(lang, 'output.visibility.note'), 'muted'));
  }
  const crashed = report.checks.filter((c) => c.status === 'crashed');
  if (crashed.length) {
    out.push(`<h2>${esc(label(lang, 'output.crashed.heading'))}</h2><ul class="crashed">`);
    for (const c of crashed)
      out.push(
        `<li class="sev-error">✖ ${esc(label(lang, 'output.crashed.line', { check: c.id, error: c.error ?? '' }))}</li>`,
      );
    out.push('</ul>', p(label(lang, 'output.crashed.note'), 'muted'));
  }
  if (report.incidents.length) {
    const head = [
      '#',
      label(lang, 'output.label.severity'),
      label(lang, 'output.label.object'),
      label(lang, 'output.label.problem'),
      label(lang, 'output.label.affects'),
      label(lang, 'output.label.firstCommand'),
    ];
    out.push(
      `<h2>${esc(label(lang, 'output.markdown.incidentsHeading'))}</h2>`,
      '<table class="incidents">',
      `<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
    );
    for (const incident of report.incidents) {
      const root = rootFinding(report, incident);
      const command = firstCommand(report, incident);
      out.push(
        [
          `<tr class="incident-row" data-incident="${incident.id}">`,
          `<td class="n"><a href="#${incidentAnchor(incident.id)}">${incident.id}</a></td>`,
          `<td>${sev(lang, incident.severity)}</td>`,
          `<td><code>${esc(objectHeading(root, report.namespace))}</code></td>`,
          `<td>${esc(findingTexts(lang, root).cause)}</td>`,
          `<td>${esc(objectsAffected(lang, incident))}</td>`,
          `<td>${command ? `<code>${esc(command)}</code>` : ''}</td>`,
          '</tr>',
        ].join(''),
      );
    }
    out.push('</tbody>', '</table>');
  }
  out.push(p(label(lang, 'output.html.generated'), 'muted'));
  return { id: 'summary', body: out.join('\n') };
}

async function mapSection(graph: NamespaceGraph, lang: Lang): Promise<HtmlSection> {
  const incidentOf = (n: MapNode): number | undefined => {
    // The box's worst finding decides where it points (buildGraph hands the report's own findings to boxes).
    const first = n.findings.find((f) => f.severity === n.health) ?? n.findings[0];
    return first?.incident;
  };
  const svg = await svgFor(graph.nodes, graph.edges, {
    lang,
    idPrefix: 'map-',
    title: label(lang, 'output.html.map'),
    linkFor: (n) => {
      const id = incidentOf(n);
      return id === undefined ? undefined : `#${incidentAnchor(id)}`;
    },
  });
  return {
    id: 'map',
    heading: label(lang, 'output.html.map'),
    body: [
      `<div class="legend">${(['error', 'warning', 'info', 'ok'] as const)
        .map((h) => `<span><i class="l-${h}"></i>${HEALTH_MARK[h]} ${escapeHtml(healthText(h, lang))}</span>`)
        .join('')}</div>`,
      p(label(lang, 'output.html.brokenMark'), 'muted'),
      ...(graph.notVisible.length
        ? [p(label(lang, 'map.notVisible', { kinds: graph.notVisible.join(', ') }), 'muted')]
        : []),
      `<div class="graph">${svg}</div>`,
    ].join('\n'),
  };
}

async function incidentArticle(report: Report, incident: Incident, options: DoctorHtmlOptions): Promise<string> {
  const { lang } = options;
  const root = rootFinding(report, incident);
  const heading = label(lang, 'output.incidents.detailHeading', {
    id: incident.id,
    object: objectHeading(root, report.namespace),
  });
  const out = [
    `<article id="${incidentAnchor(incident.id)}" class="incident level-${incident.severity}" data-incident="${incident.id}">`,
    `<h3><span class="sev-${incident.severity}">${SEVERITY_MARK[incident.severity]}</span> ${esc(heading)}</h3>`,
  ];
  const picture = incidentGraph(report, incident, `i${incident.id}n`);
  if (picture.nodes.length > 1)
    out.push(
      `<div class="chain">${await svgFor(picture.nodes, picture.edges, {
        lang,
        idPrefix: `${incidentAnchor(incident.id)}-`,
        title: label(lang, 'output.html.chainPicture', { id: incident.id }),
      })}</div>`,
    );
  const chain = incidentChain(report, incident);
  if (chain) out.push(p(label(lang, 'output.incidents.chain', { chain }), 'muted'));
  out.push(...rootBlock(report, root, options));
  const same = sameCauseLine(lang, report, incident);
  if (same) out.push(p(same));
  if (incident.effects.length) {
    out.push(`<p><strong>${esc(effectsHeading(lang, incident))}</strong></p>`, '<ul class="effects">');
    for (const index of incident.effects) {
      const effect = report.findings[index]!;
      out.push(
        [
          `<li class="effect level-${effect.severity}" data-code="${escapeHtml(effect.code)}">`,
          `${SEVERITY_MARK[effect.severity]} <code>${esc(objectName(effect.object, report.namespace))}</code>: `,
          `${esc(findingTexts(lang, effect).cause)} <code class="muted">${escapeHtml(effect.code)}</code>`,
          `<br><span class="muted">${esc(effectBack(lang, report, incident, index))}</span>`,
          '</li>',
        ].join(''),
      );
    }
    out.push('</ul>');
  }
  out.push('</article>');
  return out.join('\n');
}

function rootBlock(report: Report, finding: Finding, options: DoctorHtmlOptions): string[] {
  const { lang } = options;
  const text = findingTexts(lang, finding);
  const list = (tag: 'ul' | 'ol', lines: string[]) =>
    lines.length ? `<${tag}>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</${tag}>` : '';
  const out = [
    `<p class="root" data-code="${escapeHtml(finding.code)}"><span class="cause">${SEVERITY_MARK[finding.severity]} ${esc(text.cause)}</span> <code class="muted">${escapeHtml(finding.code)}</code></p>`,
    list('ul', text.details),
  ];
  if (finding.related?.length)
    out.push(
      p(
        `${label(lang, 'output.label.related')}: ${finding.related.map((r) => objectName(r, report.namespace)).join(', ')}`,
        'muted',
      ),
    );
  if (finding.evidence.length) {
    out.push(`<p><strong>${esc(label(lang, 'output.label.evidence'))}</strong></p>`);
    for (const e of finding.evidence)
      out.push(
        p(evidenceHeading(lang, e, report.snapshotTakenAt, report.namespace), 'muted'),
        `<pre>${e.text.split('\n').map(esc).join('\n')}</pre>`,
      );
  } else {
    const seen = seenText(lang, finding, report.snapshotTakenAt);
    if (seen) out.push(p(seen, 'muted'));
  }
  if (text.remedy.length)
    out.push(`<p><strong>${esc(label(lang, 'output.label.remedy'))}</strong></p>`, list('ol', text.remedy));
  if (finding.commands?.length)
    out.push(
      `<p><strong>${esc(label(lang, 'output.label.commands'))}</strong></p>`,
      `<pre class="commands">${finding.commands.map(esc).join('\n')}</pre>`,
    );
  if (finding.concept) {
    const title = conceptTitle(lang, finding.concept);
    const note = options.explain ? conceptNote(lang, finding.concept) : undefined;
    out.push(
      note
        ? `<details><summary>${esc(label(lang, 'output.markdown.conceptSummary', { title }))}</summary>${p(note)}</details>`
        : p(label(lang, 'output.markdown.conceptKey', { title, id: finding.concept }).replace(/`/g, ''), 'muted'),
    );
  }
  return out.filter(Boolean);
}
