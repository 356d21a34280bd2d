import type { Lang } from '../i18n/index.ts';
import { MAP_KINDS, type Health, type NamespaceGraph } from './namespace-graph.ts';
import { cleanText, kindNote, kindsShown, nodeDetail, nodeMark, nodeName } from './node-text.ts';

export interface DotOptions {
  lang: Lang;
  explain?: boolean;
}

const COLOURS: Record<Health, { fill: string; stroke: string; width: number }> = {
  error: { fill: '#fde7e7', stroke: '#c62828', width: 3 },
  warning: { fill: '#fff4dc', stroke: '#e08a00', width: 3 },
  info: { fill: '#e6f4f8', stroke: '#2b7a99', width: 1 },
  ok: { fill: '#f2f7f2', stroke: '#5b8f5b', width: 1 },
};

/** The namespace as a Graphviz digraph (`dot -Tsvg map.dot > map.svg`); ids generated, labels escaped. */
export function renderDot(graph: NamespaceGraph, options: DotOptions): string {
  const lines = [
    'digraph map {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];',
    '  edge [color="#7a7a7a", arrowsize=0.7];',
  ];
  if (options.explain)
    for (const kind of kindsShown(graph.nodes, MAP_KINDS))
      lines.push(`  // ${cleanText(kindNote(kind, options.lang))}`);
  for (const n of graph.nodes) {
    const c = COLOURS[n.health];
    const label = [`${nodeMark(n)} ${n.kind}`, nodeName(n), nodeDetail(n, options.lang)]
      .filter(Boolean)
      .map(dotText)
      .join('\\n');
    const style = n.missing ? ', style="rounded,filled,dashed"' : '';
    lines.push(
      `  ${n.id} [label="${label}", fillcolor="${c.fill}", color="${c.stroke}", penwidth=${c.width}${style}];`,
    );
  }
  for (const e of graph.edges) lines.push(`  ${e.from} -> ${e.to}${e.kind === 'selects' ? ' [style=dashed]' : ''};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Text inside a double-quoted DOT string: backslashes and quotes escaped, so `\N`, `\G` or `"` in a name stay literal. */
export function dotText(text: string): string {
  return cleanText(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
