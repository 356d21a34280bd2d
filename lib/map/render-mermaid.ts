import type { Lang } from '../i18n/index.ts';
import { MAP_KINDS, type MapEdge, type MapNode, type NamespaceGraph } from './namespace-graph.ts';
import { cleanText, kindNote, kindsShown, nodeDetail, nodeMark, nodeName } from './node-text.ts';

export interface MermaidOptions {
  lang: Lang;
  explain?: boolean;
}

/** Colours per health, shared in spirit with the SVG and DOT outputs. */
const CLASS_DEFS = [
  'classDef error fill:#fde7e7,stroke:#c62828,stroke-width:3px,color:#3b0a0a',
  'classDef warning fill:#fff4dc,stroke:#e08a00,stroke-width:3px,color:#3b2a00',
  'classDef info fill:#e6f4f8,stroke:#2b7a99,color:#0b2a33',
  'classDef ok fill:#f2f7f2,stroke:#5b8f5b,color:#142414',
  'classDef missing stroke-dasharray:5 4',
];

/** The whole namespace as a Mermaid flowchart. */
export function renderMermaid(graph: NamespaceGraph, options: MermaidOptions): string {
  return mermaidFlowchart(graph.nodes, graph.edges, options);
}

/**
 * Any set of boxes and arrows (the namespace, or one incident's chain) as a Mermaid flowchart.
 * Ids are generated (n1, n2...); every label is escaped, so cluster text cannot end a label or add statements.
 */
export function mermaidFlowchart(
  nodes: readonly MapNode[],
  edges: readonly MapEdge[],
  options: MermaidOptions,
): string {
  const lines = ['flowchart LR'];
  if (options.explain)
    for (const kind of kindsShown(nodes, MAP_KINDS)) lines.push(`  %% ${cleanText(kindNote(kind, options.lang))}`);
  for (const n of nodes) {
    const parts = [`${nodeMark(n)} ${n.kind}`, nodeName(n), nodeDetail(n, options.lang)].filter(Boolean);
    lines.push(`  ${n.id}["${parts.map(mermaidText).join('<br/>')}"]:::${n.health}`);
  }
  const ids = new Set(nodes.map((n) => n.id));
  for (const e of edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) continue;
    lines.push(`  ${e.from} ${e.kind === 'selects' ? '-.->' : '-->'} ${e.to}`);
  }
  const missing = nodes.filter((n) => n.missing).map((n) => n.id);
  if (missing.length > 0) lines.push(`  class ${missing.join(',')} missing`);
  lines.push(...CLASS_DEFS.map((d) => `  ${d}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Text inside a quoted Mermaid label: letters, digits and a few safe marks stay; anything else
 * (quotes, brackets, #, ;, <, >, backticks) becomes a Mermaid entity code such as #35;.
 */
export function mermaidText(text: string): string {
  return [...cleanText(text)]
    .map((ch) => (/[\p{L}\p{N} ._/:×*·✓✖▲ℹ?-]/u.test(ch) ? ch : `#${ch.codePointAt(0)};`))
    .join('');
}
