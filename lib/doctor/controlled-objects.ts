import type { ObjectRef } from './finding.ts';
import { FIELD_BY_KIND } from './snapshot-from-objects.ts';
import type { Snapshot } from './snapshot.ts';
import { controllerRef } from './workload-owner.ts';

interface Owned {
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[];
  };
}

/** A key for an object in a set: kind, namespace and name. */
export function objectKey(ref: ObjectRef): string {
  return `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;
}

/**
 * The objects the given one controls, directly or through others, following ownerReferences in the
 * snapshot: a ReplicaSet's pods, a Deployment's ReplicaSets and their pods, a CronJob's Jobs and theirs.
 */
export function controlledObjects(snapshot: Snapshot, ref: ObjectRef): Set<string> {
  const children = new Map<string, string[]>();
  for (const [kind, field] of Object.entries(FIELD_BY_KIND)) {
    for (const item of snapshot[field] as readonly Owned[]) {
      const owner = controllerRef(item);
      if (!owner) continue;
      const namespace = item.metadata?.namespace;
      const parent = objectKey({ kind: owner.kind, name: owner.name, namespace });
      const child = objectKey({ kind, name: item.metadata?.name ?? '', namespace });
      children.set(parent, [...(children.get(parent) ?? []), child]);
    }
  }
  const found = new Set<string>();
  // Asked without a namespace, the object is the one of that kind and name in any namespace read.
  const asked = (key: string) =>
    ref.namespace === undefined
      ? key.startsWith(`${ref.kind}/`) && key.endsWith(`/${ref.name}`) && key.split('/').length === 3
      : key === objectKey(ref);
  const queue = [...children.keys()].filter(asked);
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const child of children.get(key) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}

/**
 * The pods a Service sends traffic to: those of its namespace carrying every label of its selector.
 * Asked about a Service, a user means its backends too, even when the Service itself looks fine
 * (its pods ready now, but OOM-killed an hour ago). A Service without a selector selects none.
 */
export function podsBehindService(snapshot: Snapshot, ref: ObjectRef): Set<string> {
  const found = new Set<string>();
  if (ref.kind !== 'Service') return found;
  for (const service of snapshot.services) {
    const namespace = service.metadata?.namespace;
    if (service.metadata?.name !== ref.name || (ref.namespace !== undefined && namespace !== ref.namespace)) continue;
    const selector = Object.entries(service.spec?.selector ?? {});
    if (selector.length === 0) continue;
    for (const pod of snapshot.pods) {
      const labels = pod.metadata?.labels ?? {};
      if (pod.metadata?.namespace === namespace && selector.every(([key, value]) => labels[key] === value))
        found.add(objectKey({ kind: 'Pod', name: pod.metadata?.name ?? '', namespace }));
    }
  }
  return found;
}
