import type { ObjectRef } from './finding.ts';
import { FIELD_BY_KIND } from './snapshot-from-objects.ts';
import type { Snapshot } from './snapshot.ts';

const CLUSTER_SCOPED = new Set(['Node', 'PersistentVolume', 'StorageClass', 'CSIDriver', 'Namespace']);

/** Whether a kind lives outside namespaces (a Node, a StorageClass). */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/**
 * Whether the snapshot holds the object. A kind the doctor does not read, or could not read,
 * cannot be looked up: it counts as present, and the report then says what it found about it.
 */
export function objectExists(snapshot: Snapshot, ref: ObjectRef): boolean {
  const field = FIELD_BY_KIND[ref.kind];
  if (!field || snapshot.visibility[field]?.visible === false) return true;
  return (snapshot[field] as { metadata?: { name?: string; namespace?: string } }[]).some(
    (o) =>
      o.metadata?.name === ref.name &&
      (ref.namespace === undefined || (o.metadata?.namespace ?? ref.namespace) === ref.namespace),
  );
}
