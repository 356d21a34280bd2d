import type { Lang } from '../i18n/index.ts';
import { escapeHtml } from '../output/html-escape.ts';
import { cleanText, kindNote } from './node-text.ts';
import { BOX, FONT, layoutGraph, type Layout, type PlacedNode } from './layout-graph.ts';
import type { MapEdge, MapNode, NamespaceGraph } from './namespace-graph.ts';

export interface SvgOptions {
  lang: Lang;
  explain?: boolean;
  /** A link for a box (the HTML page points broken boxes at their finding). */
  linkFor?: (node: MapNode) => string | undefined;
  /** Accessible name of the picture. */
  title?: string;
  /** Starts every id in the picture; several SVGs inlined in one page need different ones (ids are page-wide). */
  idPrefix?: string;
}

// Self-contained: styles live inside the SVG, so it looks the same on its own and inlined in a page.
const STYLE = `
.node rect{stroke-width:1.2px}
.health-ok rect{fill:#f2f7f2;stroke:#5b8f5b}
.health-info rect{fill:#e6f4f8;stroke:#2b7a99}
.health-warning rect{fill:#fff4dc;stroke:#e08a00;stroke-width:3px}
.health-error rect{fill:#fde7e7;stroke:#c62828;stroke-width:3px}
.missing rect{stroke-dasharray:5 4}
.health-ok.missing rect{fill:#f4f4f4;stroke:#888}
.node text{font-family:-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK KR","Malgun Gothic",Helvetica,Arial,sans-serif;fill:#1b1b1b}
.node .head{font-size:${FONT.head}px;fill:#555}
.health-error .head{fill:#c62828;font-weight:bold}
.health-warning .head{fill:#a35f00;font-weight:bold}
.node .name{font-size:${FONT.name}px;font-weight:bold}
.node .detail{font-size:${FONT.detail}px;fill:#444}
.edge{fill:none;stroke:#8a8a8a;stroke-width:1.2px}
.edge-selects{stroke-dasharray:4 3}
`;

/** The namespace as a standalone SVG picture, laid out by ELK. */
export async function renderSvg(graph: NamespaceGraph, options: SvgOptions): Promise<string> {
  return svgFromLayout(await layoutGraph(graph.nodes, graph.edges, options.lang), options);
}

/** Any set of boxes and arrows as SVG (the whole namespace, or one incident's chain). */
export async function svgFor(
  nodes: readonly MapNode[],
  edges: readonly MapEdge[],
  options: SvgOptions,
): Promise<string> {
  return svgFromLayout(await layoutGraph(nodes, edges, options.lang), options);
}

function svgFromLayout(layout: Layout, options: SvgOptions): string {
  const arrow = `${options.idPrefix ?? ''}arrow`;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img"${options.title ? ` aria-label="${escapeHtml(options.title)}"` : ''}>`,
    `<style>${STYLE}</style>`,
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#8a8a8a"/></marker></defs>`,
    '<g class="edges">',
  ];
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('');
    out.push(`<path class="edge edge-${e.edge.kind}" d="${d}" marker-end="url(#${arrow})"/>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const p of layout.nodes) out.push(nodeSvg(p, options));
  out.push('</g>', '</svg>');
  return `${out.join('\n')}\n`;
}

function nodeSvg(p: PlacedNode, options: SvgOptions): string {
  const n = p.node;
  const broken = n.health === 'error' || n.health === 'warning';
  const classes = ['node', `health-${n.health}`, ...(broken ? ['broken'] : []), ...(n.missing ? ['missing'] : [])];
  const x = round(p.x);
  const y = round(p.y);
  const tx = x + BOX.padX;
  const line = (i: number) => round(p.y + BOX.padY + BOX.line * i + 12);
  const tooltip = [
    `${n.kind} ${cleanText(n.name)}`,
    ...(n.members ? [n.members.map(cleanText).join(', ')] : []),
    ...(options.explain ? [kindNote(n.kind, options.lang)] : []),
  ].join('\n');
  const body = [
    `<title>${escapeHtml(tooltip)}</title>`,
    `<rect x="${x}" y="${y}" width="${round(p.width)}" height="${round(p.height)}" rx="6"/>`,
    `<text class="head" x="${tx}" y="${line(0)}">${escapeHtml(p.lines.head)}</text>`,
    `<text class="name" x="${tx}" y="${line(1)}">${escapeHtml(p.lines.name)}</text>`,
    ...(p.lines.detail ? [`<text class="detail" x="${tx}" y="${line(2)}">${escapeHtml(p.lines.detail)}</text>`] : []),
  ].join('');
  const link = options.linkFor?.(n);
  const inner = link ? `<a href="${escapeHtml(link)}">${body}</a>` : body;
  return `<g id="${options.idPrefix ?? ''}node-${n.id}" class="${classes.join(' ')}" data-kind="${n.kind}" data-name="${escapeHtml(cleanText(n.name))}" data-health="${n.health}">${inner}</g>`;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
