import { pushToList } from '../doctor/list-map.ts';
import { msg } from '../i18n/index.ts';
import type { MapNode, NamespaceGraph } from './namespace-graph.ts';

/**
 * Keeps a graph small enough to read: the healthy pods of one ReplicaSet that look alike (same
 * status, same claims, ConfigMaps, Secrets and Services) become one box standing for all of them.
 * A pod with any finding keeps its own box, by name.
 */
export function collapsePods(graph: NamespaceGraph, parentOf: (pod: MapNode) => MapNode | undefined): NamespaceGraph {
  // Edges by end, built once: -A snapshots and big namespaces hold thousands of pods.
  const outOf = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const e of graph.edges) {
    pushToList(outOf, e.from, `${e.kind}>${e.to}`);
    pushToList(into, e.to, `${e.kind}<${e.from}`);
  }
  const groups = new Map<string, MapNode[]>();
  for (const n of graph.nodes) {
    if (n.kind !== 'Pod' || n.health !== 'ok' || n.missing) continue;
    const parent = parentOf(n);
    if (parent?.kind !== 'ReplicaSet') continue;
    const out = [...(outOf.get(n.id) ?? [])].sort();
    const incoming = [...(into.get(n.id) ?? [])].sort();
    const key = JSON.stringify([parent.id, n.detail ?? null, out, incoming]);
    pushToList(groups, key, n);
  }

  const replaced = new Map<string, string>();
  const dropped = new Set<string>();
  const merged = new Map<string, MapNode>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const [first, ...rest] = members as [MapNode, ...MapNode[]];
    const parent = parentOf(first);
    const phase = first.detail?.params?.phase ?? '';
    merged.set(first.id, {
      ...first,
      name:
        parent && members.every((m) => m.name.startsWith(`${parent.name}-`))
          ? `${parent.name}-*`
          : `${commonPrefix(members.map((m) => m.name))}*`,
      members: members.map((m) => m.name),
      detail: msg('map.detail.collapsed', { count: members.length, phase }),
    });
    for (const m of rest) {
      replaced.set(m.id, first.id);
      dropped.add(m.id);
    }
  }
  if (dropped.size === 0) return graph;

  const seen = new Set<string>();
  const edges = [];
  for (const e of graph.edges) {
    const from = replaced.get(e.from) ?? e.from;
    const to = replaced.get(e.to) ?? e.to;
    const key = `${from}>${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ ...e, from, to });
  }
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !dropped.has(n.id)).map((n) => merged.get(n.id) ?? n),
    edges,
  };
}

function commonPrefix(names: readonly string[]): string {
  let prefix = names[0] ?? '';
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
