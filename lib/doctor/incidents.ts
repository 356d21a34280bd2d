import { SEVERITY_RANK, type Finding, type ObjectRef, type Severity } from './finding.ts';
import { kindLayer } from './kind-layers.ts';

/**
 * One problem seen once: the root finding (the cause) and the findings it explains (its effects).
 * Indexes point into the report's findings. Each effect's `causedBy` names the finding right below it,
 * so following `causedBy` from any effect walks the chain down to the root.
 */
export interface Incident {
  /** 1-based, in report order (worst first). */
  id: number;
  root: number;
  /** Findings explained by the root, nearest to the root first. */
  effects: number[];
  /** The same cause (same code) on sibling objects of the same owner: pods of one ReplicaSet failing alike. */
  sameCause: number[];
  /** The worst severity among the root, the effects and the same-cause findings. */
  severity: Severity;
  /** Every object with a finding in the incident, the root's first; their number is how many objects it affects. */
  objects: ObjectRef[];
}

type Strength = 2 | 1;
const EXPLICIT: Strength = 2;
const INFERRED: Strength = 1;

/** "Kind/namespace/name", the identity of an object. */
export function refKey(ref: ObjectRef): string {
  return `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}

/**
 * Links findings that explain each other into incidents, from the findings' data only: explicit
 * `dependsOn`/`explains`, else `related` read through the kind layers (a Deployment depends on its Pods,
 * a Pod on its claim). Sets `incident` and `causedBy` on each finding and returns the incidents, worst first.
 */
export function linkIncidents(findings: Finding[]): Incident[] {
  const byObject = new Map<string, number[]>();
  findings.forEach((f, i) => byObject.set(refKey(f.object), [...(byObject.get(refKey(f.object)) ?? []), i]));
  const edges = causeEdges(findings, byObject);

  const causedBy = new Array<number | undefined>(findings.length).fill(undefined);
  const reaches = (from: number, target: number) => {
    for (let at: number | undefined = from; at !== undefined; at = causedBy[at]) if (at === target) return true;
    return false;
  };
  findings.forEach((_, a) => {
    const candidates = [...(edges.get(a) ?? new Map<number, Strength>())]
      .filter(([b, strength]) => (edges.get(b)?.get(a) ?? 0) < strength)
      .sort(
        ([b1, s1], [b2, s2]) =>
          s2 - s1 || SEVERITY_RANK[findings[b2]!.severity] - SEVERITY_RANK[findings[b1]!.severity] || b1 - b2,
      );
    // The first candidate that does not lead back here: a chain never loops.
    const cause = candidates.find(([b]) => !reaches(b, a));
    if (cause) causedBy[a] = cause[0];
  });

  const rootOf = (i: number): number => {
    let at = i;
    while (causedBy[at] !== undefined) at = causedBy[at]!;
    return at;
  };
  const depth = (i: number): number => {
    let d = 0;
    for (let at = i; causedBy[at] !== undefined; at = causedBy[at]!) d += 1;
    return d;
  };

  // Roots with the same code on objects of one owner are one problem seen on several pods.
  const leadOf = new Map<number, number>();
  const leadByCause = new Map<string, number>();
  findings.forEach((f, i) => {
    if (causedBy[i] !== undefined) return;
    const key = f.owner ? `${f.code}\u0000${refKey(f.owner)}` : undefined;
    const lead = key === undefined ? undefined : leadByCause.get(key);
    if (key !== undefined && lead === undefined) leadByCause.set(key, i);
    leadOf.set(i, lead ?? i);
  });

  const groups = new Map<number, { root: number; effects: number[]; sameCause: number[] }>();
  for (const [root, lead] of leadOf) {
    const group = groups.get(lead) ?? { root: lead, effects: [], sameCause: [] };
    if (root !== lead) group.sameCause.push(root);
    groups.set(lead, group);
  }
  findings.forEach((_, i) => {
    if (causedBy[i] === undefined) return;
    groups.get(leadOf.get(rootOf(i))!)!.effects.push(i);
  });

  const incidents = [...groups.values()].map((g) => {
    const effects = g.effects.sort((x, y) => depth(x) - depth(y) || x - y);
    const members = [g.root, ...g.sameCause, ...effects];
    const severity = members.reduce<Severity>(
      (worst, i) => (SEVERITY_RANK[findings[i]!.severity] > SEVERITY_RANK[worst] ? findings[i]!.severity : worst),
      'info',
    );
    const objects = new Map<string, ObjectRef>();
    for (const i of members) objects.set(refKey(findings[i]!.object), findings[i]!.object);
    return { id: 0, root: g.root, effects, sameCause: g.sameCause, severity, objects: [...objects.values()] };
  });
  incidents.sort(
    (x, y) =>
      SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.objects.length - x.objects.length || x.root - y.root,
  );
  incidents.forEach((incident, n) => {
    incident.id = n + 1;
    for (const i of [incident.root, ...incident.sameCause, ...incident.effects]) {
      findings[i]!.incident = incident.id;
      if (causedBy[i] === undefined) delete findings[i]!.causedBy;
      else findings[i]!.causedBy = causedBy[i];
    }
  });
  return incidents;
}

/**
 * For each finding a, the findings b that may explain it, with how sure the data is:
 * explicit when a check said so (`dependsOn`, `explains`), inferred from `related` and the kind layers.
 */
function causeEdges(findings: readonly Finding[], byObject: Map<string, number[]>): Map<number, Map<number, Strength>> {
  const edges = new Map<number, Map<number, Strength>>();
  const add = (effect: number, cause: number, strength: Strength) => {
    if (effect === cause) return;
    const out = edges.get(effect) ?? new Map<number, Strength>();
    if ((out.get(cause) ?? 0) < strength) out.set(cause, strength);
    edges.set(effect, out);
  };
  findings.forEach((f, a) => {
    for (const { ref, strength } of upstream(f)) for (const b of byObject.get(refKey(ref)) ?? []) add(a, b, strength);
    for (const { ref, strength } of downstream(f)) for (const b of byObject.get(refKey(ref)) ?? []) add(b, a, strength);
  });
  return edges;
}

function upstream(f: Finding): { ref: ObjectRef; strength: Strength }[] {
  if (f.dependsOn) return f.dependsOn.map((ref) => ({ ref, strength: EXPLICIT }));
  return layered(f, (own, other) => other > own);
}

function downstream(f: Finding): { ref: ObjectRef; strength: Strength }[] {
  if (f.explains) return f.explains.map((ref) => ({ ref, strength: EXPLICIT }));
  // A check that said what this finding depends on has said what its related objects are.
  if (f.dependsOn) return [];
  return layered(f, (own, other) => other < own);
}

function layered(f: Finding, keep: (own: number, other: number) => boolean): { ref: ObjectRef; strength: Strength }[] {
  const own = kindLayer(f.object.kind);
  if (own === undefined) return [];
  return (f.related ?? [])
    .filter((ref) => {
      const other = kindLayer(ref.kind);
      return other !== undefined && keep(own, other);
    })
    .map((ref) => ({ ref, strength: INFERRED }));
}
