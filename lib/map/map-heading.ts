import type { Lang } from '../i18n/index.ts';
import { label } from '../output/message-text.ts';
import type { NamespaceGraph } from './namespace-graph.ts';
import { cleanText } from './node-text.ts';

/** "Namespace shop · 31 objects, 9 with problems · read 2026-11-24T09:30:00Z": the first line of every map. */
export function mapHeading(
  graph: NamespaceGraph,
  lang: Lang,
  takenAt: string,
  bold: (s: string) => string = (s) => s,
): string {
  return `${bold(mapScope(graph, lang))} · ${mapSummary(graph, lang, takenAt)}`;
}

/** "Namespace shop", or "All namespaces". */
export function mapScope(graph: NamespaceGraph, lang: Lang): string {
  return graph.namespace === null
    ? label(lang, 'map.title.all')
    : label(lang, 'map.title', { namespace: cleanText(graph.namespace) });
}

/** How many boxes there are and how many carry a problem. */
export function mapSummary(graph: NamespaceGraph, lang: Lang, takenAt: string): string {
  const objects = graph.nodes.reduce((sum, n) => sum + (n.members?.length ?? 1), 0);
  const broken = graph.nodes.filter((n) => n.health === 'error' || n.health === 'warning').length;
  return label(lang, 'map.summary', { objects, broken, time: cleanText(takenAt) });
}
