import type { Finding, ObjectRef, Severity } from '../doctor/finding.ts';
import type { KindName } from '../doctor/snapshot.ts';
import type { Message } from '../i18n/index.ts';

/** The kinds of box a map draws. */
export const MAP_KINDS = [
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'CronJob',
  'Job',
  'Pod',
  'Service',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'StorageClass',
  'CSIDriver',
  'ConfigMap',
  'Secret',
] as const;
export type MapKind = (typeof MAP_KINDS)[number];

/** A box's health: the worst severity among the doctor's findings on it, or ok when there are none. */
export type Health = Severity | 'ok';

/** One box: an object (or N identical healthy pods collapsed into one). */
export interface MapNode {
  /** Generated, never cluster text: safe as an id in every format. */
  id: string;
  kind: MapKind;
  /** The object's name as read (untrusted); for a collapsed box, the common prefix followed by "*". */
  name: string;
  namespace?: string;
  health: Health;
  /** The doctor's findings on this object (on all members, for a collapsed box). */
  findings: Finding[];
  /** A short status line (ready counts, phase...). */
  detail?: Message;
  /** Collapsed pods: their names; the box stands for members.length pods. */
  members?: string[];
  /** Referenced (by a pod, a claim, a class) but absent from a kind that was readable. */
  missing?: boolean;
}

/** How two boxes relate; edges point from the one that uses or owns to the one used or owned. */
export type EdgeKind = 'owns' | 'selects' | 'mounts' | 'binds' | 'class' | 'provisioner' | 'uses';

export interface MapEdge {
  from: string;
  to: string;
  kind: EdgeKind;
}

/** The namespace as boxes and arrows, each box with its health from the same snapshot's findings. */
export interface NamespaceGraph {
  namespace: string | null;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Kinds the map would draw but could not read. */
  notVisible: KindName[];
}

/** The key a node is found under: kind, namespace and name. */
export function nodeKey(ref: ObjectRef): string {
  return `${ref.kind}\u0000${ref.namespace ?? ''}\u0000${ref.name}`;
}

/**
 * The part of a graph that shows the given objects (a collapsed box stands for its members) and
 * the edges between them: for drawing one incident's chain with the same renderers.
 */
export function subgraph(graph: NamespaceGraph, objects: readonly ObjectRef[]): NamespaceGraph {
  const wanted = new Set(objects.map(nodeKey));
  const nodes = graph.nodes.filter(
    (n) =>
      wanted.has(nodeKey(n)) ||
      (n.members ?? []).some((m) => wanted.has(nodeKey({ kind: n.kind, namespace: n.namespace, name: m }))),
  );
  const ids = new Set(nodes.map((n) => n.id));
  return {
    namespace: graph.namespace,
    nodes,
    edges: graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
    notVisible: graph.notVisible,
  };
}
