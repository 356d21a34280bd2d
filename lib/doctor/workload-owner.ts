import type { ObjectRef } from './finding.ts';
import type { Snapshot } from './snapshot.ts';
import type { Pod } from './wire.ts';

interface OwnedMeta {
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[];
  };
}

/** The controller reference of an object (the one with controller: true, else the first). */
export function controllerRef(object: OwnedMeta): { kind: string; name: string; uid: string } | undefined {
  const refs = object.metadata?.ownerReferences ?? [];
  return refs.find((r) => r.controller) ?? refs[0];
}

/** A reference to an object for a finding. */
export function refOf(kind: string, object: OwnedMeta): ObjectRef {
  return { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace };
}

/**
 * The workload behind an object, following ownerReferences through the snapshot:
 * Pod → ReplicaSet → Deployment, Pod → Job → CronJob, Pod → StatefulSet/DaemonSet.
 * Returns the top-most owner it can name (an owner missing from the snapshot is still named
 * from the reference), or undefined for an object nobody owns.
 */
export function workloadOwner(snapshot: Snapshot, object: OwnedMeta): ObjectRef | undefined {
  const namespace = object.metadata?.namespace;
  let ref = controllerRef(object);
  let top: ObjectRef | undefined;
  for (let depth = 0; ref && depth < 4; depth++) {
    top = { kind: ref.kind, name: ref.name, namespace };
    const next = findOwned(snapshot, ref.kind, ref.uid);
    ref = next ? controllerRef(next) : undefined;
  }
  return top;
}

function findOwned(snapshot: Snapshot, kind: string, uid: string): OwnedMeta | undefined {
  const list: OwnedMeta[] | undefined =
    kind === 'ReplicaSet'
      ? snapshot.replicaSets
      : kind === 'Job'
        ? snapshot.jobs
        : kind === 'Deployment'
          ? snapshot.deployments
          : undefined;
  return list ? byUid(list).get(uid) : undefined;
}

const uidMaps = new WeakMap<readonly OwnedMeta[], Map<string | undefined, OwnedMeta>>();

/** The first object of a list with each uid, one pass per list rather than a scan per finding. */
function byUid(items: readonly OwnedMeta[]): Map<string | undefined, OwnedMeta> {
  let map = uidMaps.get(items);
  if (!map) {
    map = new Map();
    for (const item of items) if (!map.has(item.metadata?.uid)) map.set(item.metadata?.uid, item);
    uidMaps.set(items, map);
  }
  return map;
}

/** Pods whose controller is the object with this uid. */
export function podsControlledBy(snapshot: Snapshot, uid: string | undefined): Pod[] {
  return controlledBy(snapshot.pods, uid);
}

// One pass per list instead of one per controller: -A snapshots hold thousands of pods.
const byController = new WeakMap<readonly OwnedMeta[], Map<string, OwnedMeta[]>>();

/** Objects of a list whose controller is the object with this uid. */
export function controlledBy<T extends OwnedMeta>(items: readonly T[], uid: string | undefined): T[] {
  if (!uid) return [];
  let groups = byController.get(items);
  if (!groups) {
    groups = new Map();
    for (const item of items) {
      const owner = controllerRef(item)?.uid;
      if (!owner) continue;
      const list = groups.get(owner);
      if (list) list.push(item);
      else groups.set(owner, [item]);
    }
    byController.set(items, groups);
  }
  return [...((groups.get(uid) ?? []) as T[])];
}
