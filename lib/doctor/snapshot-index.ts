import type { Evidence, ObjectRef } from './finding.ts';
import { pushToList } from './list-map.ts';
import type { Snapshot } from './snapshot.ts';
import type { KubeEvent, KubeNode, Pod } from './wire.ts';

/** Events about one object, merged: same reason and message counted once, with their total count. */
export interface EventGroup {
  reason: string;
  message: string;
  type: string;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  source?: string;
}

/**
 * Lookups built once per run so that every check works in memory: events per object,
 * pods per namespace, node, claim and label, nodes by name, objects by owner uid.
 */
export interface SnapshotIndex {
  /** All events about the object, deduplicated, newest first. */
  eventsFor(ref: ObjectRef): EventGroup[];
  podsInNamespace(namespace: string): Pod[];
  /** Pods bound to a node that still hold resources (not Succeeded/Failed). */
  activePodsOnNode(nodeName: string): Pod[];
  node(name: string): KubeNode | undefined;
  /** Objects (any namespaced kind) whose ownerReferences name this uid. */
  ownedBy(uid: string): { kind: string; name: string; namespace?: string }[];
  /** Pods of the namespace (any phase) that mount the claim, in snapshot order; see claimNamesOf. */
  podsMountingClaim(namespace: string, claimName: string): Pod[];
  /** Pods of the namespace (any phase) whose labels carry every key=value of an equality selector, in snapshot order. */
  podsMatchingLabels(namespace: string, selector: Record<string, string>): Pod[];
}

/** Builds the index over a snapshot in one pass per kind. */
export function buildIndex(snapshot: Snapshot): SnapshotIndex {
  const events = new Map<string, EventGroup[]>();
  const uids = currentUids(snapshot);
  for (const event of snapshot.events) addEvent(events, event, uids);
  for (const groups of events.values()) groups.sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));

  const podsByNamespace = new Map<string, Pod[]>();
  const podsByNode = new Map<string, Pod[]>();
  for (const pod of snapshot.pods) {
    pushToList(podsByNamespace, pod.metadata?.namespace ?? '', pod);
    const phase = pod.status?.phase;
    if (pod.spec?.nodeName && phase !== 'Succeeded' && phase !== 'Failed')
      pushToList(podsByNode, pod.spec.nodeName, pod);
  }
  const nodes = new Map(snapshot.nodes.map((n) => [n.metadata?.name ?? '', n]));

  const owned = new Map<string, { kind: string; name: string; namespace?: string }[]>();
  const ownable: {
    kind: string;
    items: { metadata?: { name?: string; namespace?: string; ownerReferences?: { uid: string }[] } }[];
  }[] = [
    { kind: 'Pod', items: snapshot.pods },
    { kind: 'ReplicaSet', items: snapshot.replicaSets },
    { kind: 'Job', items: snapshot.jobs },
    { kind: 'PersistentVolumeClaim', items: snapshot.persistentVolumeClaims },
  ];
  for (const { kind, items } of ownable) {
    for (const item of items) {
      for (const ref of item.metadata?.ownerReferences ?? []) {
        pushToList(owned, ref.uid, { kind, name: item.metadata?.name ?? '', namespace: item.metadata?.namespace });
      }
    }
  }

  // Built on first use: only the volume and Service checks ask, and tests often run one check alone.
  let podsByClaim: Map<string, Pod[]> | undefined;
  const claimPods = () => {
    if (podsByClaim) return podsByClaim;
    podsByClaim = new Map();
    for (const pod of snapshot.pods) {
      for (const claim of new Set(claimNamesOf(pod)))
        pushToList(podsByClaim, `${pod.metadata?.namespace ?? ''}\0${claim}`, pod);
    }
    return podsByClaim;
  };
  let podsByLabel: Map<string, Pod[]> | undefined;
  const labelPods = () => {
    if (podsByLabel) return podsByLabel;
    podsByLabel = new Map();
    for (const pod of snapshot.pods) {
      const namespace = pod.metadata?.namespace ?? '';
      for (const [key, value] of Object.entries(pod.metadata?.labels ?? {}))
        pushToList(podsByLabel, `${namespace}\0${key}\0${value}`, pod);
    }
    return podsByLabel;
  };

  return {
    eventsFor: (ref) => events.get(objectKey(ref.kind, ref.namespace, ref.name)) ?? [],
    podsInNamespace: (namespace) => podsByNamespace.get(namespace) ?? [],
    activePodsOnNode: (name) => podsByNode.get(name) ?? [],
    node: (name) => nodes.get(name),
    ownedBy: (uid) => owned.get(uid) ?? [],
    podsMountingClaim: (namespace, claimName) => claimPods().get(`${namespace}\0${claimName}`) ?? [],
    podsMatchingLabels: (namespace, selector) => {
      const entries = Object.entries(selector);
      if (entries.length === 0) return [...(podsByNamespace.get(namespace) ?? [])];
      // Start from the rarest label of the selector, then keep the pods that carry the rest.
      let fewest: Pod[] | undefined;
      for (const [key, value] of entries) {
        const pods = labelPods().get(`${namespace}\0${key}\0${value}`) ?? [];
        if (!fewest || pods.length < fewest.length) fewest = pods;
      }
      return fewest!.filter((pod) => entries.every(([key, value]) => pod.metadata?.labels?.[key] === value));
    },
  };
}

/** Names of the claims a pod mounts, including generic ephemeral volumes (`<pod>-<volume>`). */
export function claimNamesOf(pod: Pod): string[] {
  const names: string[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    if (volume.persistentVolumeClaim?.claimName) names.push(volume.persistentVolumeClaim.claimName);
    else if (volume.ephemeral) names.push(`${pod.metadata?.name ?? ''}-${volume.name}`);
  }
  return names;
}

/** Turns event groups into evidence lines for a finding. */
export function eventEvidence(groups: readonly EventGroup[], about?: ObjectRef): Evidence[] {
  return groups.map((g) => ({
    source: 'event' as const,
    reason: g.reason,
    text: g.message,
    count: g.count,
    firstSeen: g.firstSeen,
    lastSeen: g.lastSeen,
    ...(about ? { about } : {}),
  }));
}

/** Kinds whose objects are recreated under the same name (StatefulSet pods, Job retries, re-applied objects). */
const RECREATED_KINDS = [
  ['Pod', 'pods'],
  ['PersistentVolumeClaim', 'persistentVolumeClaims'],
  ['Deployment', 'deployments'],
  ['ReplicaSet', 'replicaSets'],
  ['StatefulSet', 'statefulSets'],
  ['DaemonSet', 'daemonSets'],
  ['Job', 'jobs'],
  ['Service', 'services'],
] as const;

/**
 * The uid(s) of the object now holding each kind/namespace/name. A mirror pod's kubelet events
 * carry the static pod's uid, which the mirror annotation holds.
 */
function currentUids(snapshot: Snapshot): Map<string, string[]> {
  const uids = new Map<string, string[]>();
  for (const [kind, field] of RECREATED_KINDS) {
    for (const item of snapshot[field] as {
      metadata?: { name?: string; namespace?: string; uid?: string; annotations?: Record<string, string> };
    }[]) {
      const uid = item.metadata?.uid;
      if (!uid || !item.metadata?.name) continue;
      const mirror = item.metadata.annotations?.['kubernetes.io/config.mirror'];
      uids.set(objectKey(kind, item.metadata.namespace, item.metadata.name), mirror ? [uid, mirror] : [uid]);
    }
  }
  return uids;
}

function addEvent(index: Map<string, EventGroup[]>, event: KubeEvent, uids: Map<string, string[]>): void {
  const target = event.involvedObject;
  if (!target?.kind || !target.name) return;
  const key = objectKey(target.kind, target.namespace ?? event.metadata?.namespace, target.name);
  // An event about an earlier object of the same name (a recreated pod) says nothing about this one.
  const current = uids.get(key);
  if (target.uid && current && !current.includes(target.uid)) return;
  const groups = index.get(key) ?? [];
  const reason = event.reason ?? '';
  const message = (event.message ?? '').trim();
  // events.k8s.io/v1 series and core/v1 count both mean "this happened N times".
  const count = event.series?.count ?? event.count ?? 1;
  const lastSeen =
    event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? event.metadata?.creationTimestamp;
  const firstSeen = event.firstTimestamp ?? event.eventTime ?? event.metadata?.creationTimestamp;
  const same = groups.find((g) => g.reason === reason && g.message === message);
  if (same) {
    same.count += count;
    if (firstSeen && (!same.firstSeen || firstSeen < same.firstSeen)) same.firstSeen = firstSeen;
    if (lastSeen && (!same.lastSeen || lastSeen > same.lastSeen)) same.lastSeen = lastSeen;
  } else {
    groups.push({
      reason,
      message,
      type: event.type ?? 'Normal',
      count,
      firstSeen: firstSeen ?? undefined,
      lastSeen: lastSeen ?? undefined,
      source: event.source?.component ?? event.reportingComponent ?? undefined,
    });
  }
  index.set(key, groups);
}

function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}
