import type { Incident } from '../doctor/incidents.ts';
import { SEVERITY_RANK } from '../doctor/finding.ts';
import type { Report } from '../doctor/report.ts';
import type { MapEdge, MapKind, MapNode } from '../map/namespace-graph.ts';
import { refKey } from '../doctor/incidents.ts';

/** One incident's chain as boxes and arrows, for the same renderers the map uses. */
export interface IncidentGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/**
 * The incident's objects as boxes (health: the worst of its findings on that object) and an arrow from
 * each effect's object to the object of the finding that causes it, like the map's arrows (user → used).
 * Built from the report alone (`causedBy`), so every renderer can draw it without the snapshot.
 * Box ids are `${prefix}1`, `${prefix}2`...: generated, never cluster text.
 */
export function incidentGraph(report: Report, incident: Incident, prefix = 'n'): IncidentGraph {
  const members = [incident.root, ...incident.sameCause, ...incident.effects];
  const byKey = new Map<string, MapNode>();
  for (const ref of incident.objects) {
    byKey.set(refKey(ref), {
      id: `${prefix}${byKey.size + 1}`,
      // The chain names the kinds the findings are on (a ResourceQuota, a Node), which the map may not draw;
      // only the kind's text is used here, never its concept note.
      kind: ref.kind as MapKind,
      name: ref.name,
      ...(ref.namespace !== undefined ? { namespace: ref.namespace } : {}),
      health: 'ok',
      findings: [],
    });
  }
  for (const i of members) {
    const f = report.findings[i]!;
    const node = byKey.get(refKey(f.object));
    if (!node) continue;
    node.findings.push(f);
    if (node.health === 'ok' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[node.health]) node.health = f.severity;
  }
  const edges: MapEdge[] = [];
  const seen = new Set<string>();
  for (const i of members) {
    const cause = report.findings[i]!.causedBy;
    if (cause === undefined) continue;
    const from = byKey.get(refKey(report.findings[i]!.object));
    const to = byKey.get(refKey(report.findings[cause]!.object));
    // Two findings on one object (a StatefulSet stuck on its own claim template) are one box, not a loop.
    if (!from || !to || from === to || seen.has(`${from.id}>${to.id}`)) continue;
    seen.add(`${from.id}>${to.id}`);
    edges.push({ from: from.id, to: to.id, kind: 'uses' });
  }
  return { nodes: [...byKey.values()], edges };
}
