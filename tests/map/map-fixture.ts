import { readFileSync } from 'node:fs';
import { CHECKS } from '../../checks/index.ts';
import { snapshotFromText } from '../../lib/doctor/load-file.ts';
import type { Report } from '../../lib/doctor/report.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';
import { buildGraph } from '../../lib/map/build-graph.ts';
import type { MapNode, NamespaceGraph } from '../../lib/map/namespace-graph.ts';

const NOW = '2026-11-24T09:30:00Z';

/** A bundled example through the real loader, every check, and the graph builder. */
export function example(file: string): { snapshot: Snapshot; report: Report; graph: NamespaceGraph } {
  const path = `examples/${file}`;
  const snapshot = snapshotFromText(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), path, NOW);
  const report = runChecks(snapshot, CHECKS, { source: { type: 'file', path }, now: () => new Date(NOW) });
  return { snapshot, report, graph: buildGraph(snapshot, report) };
}

/** The box of an object; fails the test when it is absent. */
export function box(graph: NamespaceGraph, kind: string, name: string): MapNode {
  const found = graph.nodes.find((n) => n.kind === kind && n.name === name);
  if (!found)
    throw new Error(`no ${kind} ${name} in the map: ${graph.nodes.map((n) => `${n.kind}/${n.name}`).join(', ')}`);
  return found;
}

/** "Kind/name" of every box an arrow of the given kind leads to from this box. */
export function targets(graph: NamespaceGraph, from: MapNode, kind?: string): string[] {
  return graph.edges
    .filter((e) => e.from === from.id && (!kind || e.kind === kind))
    .map((e) => graph.nodes.find((n) => n.id === e.to)!)
    .map((n) => `${n.kind}/${n.name}`);
}
