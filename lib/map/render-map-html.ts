import type { Report } from '../doctor/report.ts';
import type { Lang } from '../i18n/index.ts';
import { findingAnchor, findingsList, FINDINGS_STYLE } from '../output/html-findings.ts';
import { escapeHtml } from '../output/html-escape.ts';
import { htmlPage, type HtmlSection } from '../output/html-page.ts';
import { label } from '../output/message-text.ts';
import { mapScope, mapSummary } from './map-heading.ts';
import { MAP_KINDS, type NamespaceGraph } from './namespace-graph.ts';
import { cleanText, HEALTH_MARK, healthText, kindNote, kindsShown } from './node-text.ts';
import { renderSvg } from './render-svg.ts';

export interface MapHtmlOptions {
  lang: Lang;
  explain: boolean;
}

const MAP_STYLE = `
.graph{overflow-x:auto;border:1px solid #e3e3e3;border-radius:6px;padding:8px;background:#fff}
.legend span{display:inline-block;margin-right:14px}
.legend i{display:inline-block;width:12px;height:12px;border:2px solid;border-radius:3px;vertical-align:-2px;margin-right:4px}
.legend .l-error{background:#fde7e7;border-color:#c62828}
.legend .l-warning{background:#fff4dc;border-color:#e08a00}
.legend .l-info{background:#e6f4f8;border-color:#2b7a99}
.legend .l-ok{background:#f2f7f2;border-color:#5b8f5b}
.notes li{margin:2px 0}
`;

/**
 * The map as one self-contained HTML page: a heading, the namespace as inline SVG (broken boxes
 * marked and linked to their finding), and the doctor's findings from the same snapshot.
 */
export async function renderMapHtml(
  graph: NamespaceGraph,
  report: Pick<Report, 'findings' | 'snapshotTakenAt' | 'source'>,
  options: MapHtmlOptions,
): Promise<string> {
  const { lang } = options;
  const scope = mapScope(graph, lang);
  const position = new Map(report.findings.map((f, i) => [f, i]));
  const svg = await renderSvg(graph, {
    lang,
    explain: options.explain,
    title: scope,
    linkFor: (n) => {
      const first = n.findings.find((f) => f.severity === n.health) ?? n.findings[0];
      const i = first ? position.get(first) : undefined;
      return i === undefined ? undefined : `#${findingAnchor(i)}`;
    },
  });
  const source =
    report.source.type === 'file'
      ? label(lang, 'map.html.source.file', { path: cleanText(report.source.path) })
      : label(lang, 'map.html.source.cluster');
  const p = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;
  const sections: HtmlSection[] = [
    {
      id: 'summary',
      body: [
        `<h1>${escapeHtml(scope)}</h1>`,
        p(mapSummary(graph, lang, report.snapshotTakenAt)),
        ...(graph.notVisible.length
          ? [p(label(lang, 'map.notVisible', { kinds: graph.notVisible.join(', ') }), 'muted')]
          : []),
        p(label(lang, 'map.html.generated', { source, time: cleanText(report.snapshotTakenAt) }), 'muted'),
      ].join('\n'),
    },
    {
      id: 'map',
      heading: label(lang, 'map.html.graph'),
      body: [
        `<div class="legend">${(['error', 'warning', 'info', 'ok'] as const)
          .map((h) => `<span><i class="l-${h}"></i>${HEALTH_MARK[h]} ${escapeHtml(healthText(h, lang))}</span>`)
          .join('')}</div>`,
        p(label(lang, 'map.html.brokenMark'), 'muted'),
        graph.nodes.length ? `<div class="graph">${svg}</div>` : p(label(lang, 'map.empty')),
      ].join('\n'),
    },
    {
      id: 'findings',
      heading: label(lang, 'map.html.findings', { count: report.findings.length }),
      body: findingsList(report.findings, lang, graph.namespace),
    },
  ];
  if (options.explain && graph.nodes.length > 0)
    sections.push({
      id: 'notes',
      heading: label(lang, 'map.notes'),
      body: `<ul class="notes">${kindsShown(graph.nodes, MAP_KINDS)
        .map((k) => `<li>${escapeHtml(kindNote(k, lang))}</li>`)
        .join('')}</ul>`,
    });
  return htmlPage({
    lang,
    title: label(lang, 'map.html.title', { scope }),
    sections,
    style: MAP_STYLE + FINDINGS_STYLE,
  });
}
