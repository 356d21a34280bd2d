import { pushToList } from '../doctor/list-map.ts';
import type { Lang } from '../i18n/index.ts';
import { paint } from '../output/ansi.ts';
import { label, messageText } from '../output/message-text.ts';
import { MAP_KINDS, type MapNode, type NamespaceGraph } from './namespace-graph.ts';
import { cleanText, kindNote, nodeMark, kindsShown, nodeDetail, nodeName } from './node-text.ts';
import { mapHeading } from './map-heading.ts';

export interface TreeOptions {
  lang: Lang;
  explain: boolean;
  color: boolean;
  /** When the snapshot was read, for the heading. */
  takenAt: string;
}

/**
 * The map as an indented tree for the terminal: each workload down to its pods and what they
 * use, then each Service with the pods it selects. A box shared by several parents is repeated.
 */
export function renderTree(graph: NamespaceGraph, options: TreeOptions): string {
  const { lang } = options;
  const p = paint(options.color);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const children = new Map<string, MapNode[]>();
  const hasParent = new Set<string>();
  for (const e of graph.edges) {
    pushToList(children, e.from, byId.get(e.to)!);
    if (e.kind !== 'selects') hasParent.add(e.to);
  }
  const rank = (n: MapNode) => MAP_KINDS.indexOf(n.kind);
  const roots = graph.nodes.filter((n) => !hasParent.has(n.id)).sort((a, b) => rank(a) - rank(b));

  const line = (n: MapNode): string => {
    const mark = n.health === 'ok' ? p.dim(nodeMark(n)) : p.severity(n.health, nodeMark(n));
    const name = n.health === 'ok' ? nodeName(n) : p.bold(nodeName(n));
    const detail = nodeDetail(n, lang);
    const worstFinding = n.findings.find((f) => f.severity === n.health);
    const cause = worstFinding ? cleanText(messageText(lang, worstFinding.cause)) : '';
    const more = n.findings.length > 1 ? ` (+${n.findings.length - 1})` : '';
    return [
      `${mark} ${p.dim(n.kind)} ${name}`,
      detail ? `  ${detail}` : '',
      cause ? `  ${p.severity(worstFinding!.severity, `— ${cause}${more}`)}` : '',
    ].join('');
  };

  const out: string[] = [mapHeading(graph, lang, options.takenAt, (s) => p.bold(s))];
  if (graph.notVisible.length > 0)
    out.push(p.dim(label(lang, 'map.notVisible', { kinds: graph.notVisible.join(', ') })));
  out.push('');
  if (graph.nodes.length === 0) out.push(label(lang, 'map.empty'));

  const walk = (n: MapNode, prefix: string, path: Set<string>, leaf: boolean) => {
    const kids = leaf || path.has(n.id) ? [] : (children.get(n.id) ?? []);
    kids.forEach((child, i) => {
      const last = i === kids.length - 1;
      out.push(`${prefix}${last ? '└─ ' : '├─ '}${line(child)}`);
      walk(child, `${prefix}${last ? '   ' : '│  '}`, new Set([...path, n.id]), n.kind === 'Service');
    });
  };
  for (const root of roots) {
    out.push(line(root));
    walk(root, '', new Set(), false);
  }

  if (options.explain && graph.nodes.length > 0) {
    out.push('', p.bold(label(lang, 'map.notes')));
    for (const kind of kindsShown(graph.nodes, MAP_KINDS)) out.push(`  ${kindNote(kind, lang)}`);
  }
  return `${out.join('\n')}\n`;
}
