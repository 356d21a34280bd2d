import { normaliseObject } from './object-shape.ts';
import { emptySnapshot, type KindName, type Snapshot } from './snapshot.ts';
import type { KeyedObject } from './wire.ts';

/** Which snapshot field holds each API kind. */
export const FIELD_BY_KIND: Record<string, KindName> = {
  Pod: 'pods',
  Event: 'events',
  PersistentVolumeClaim: 'persistentVolumeClaims',
  Service: 'services',
  EndpointSlice: 'endpointSlices',
  ConfigMap: 'configMaps',
  Secret: 'secrets',
  Deployment: 'deployments',
  ReplicaSet: 'replicaSets',
  StatefulSet: 'statefulSets',
  DaemonSet: 'daemonSets',
  Job: 'jobs',
  ResourceQuota: 'resourceQuotas',
  LimitRange: 'limitRanges',
  HorizontalPodAutoscaler: 'horizontalPodAutoscalers',
  Node: 'nodes',
  PersistentVolume: 'persistentVolumes',
  StorageClass: 'storageClasses',
  CSIDriver: 'csiDrivers',
  Namespace: 'namespaces',
};

interface AnyObject {
  kind?: string;
  metadata?: Record<string, unknown>;
  data?: Record<string, unknown>;
  binaryData?: Record<string, unknown>;
  stringData?: Record<string, unknown>;
  type?: string;
  keys?: unknown;
}

/**
 * Reduces a ConfigMap or Secret to its name and key names. Values are dropped here,
 * at the door, so nothing later can print or save them; annotations go too, because
 * kubectl's last-applied-configuration annotation holds a copy of the values.
 */
export function toKeyedObject(object: AnyObject, kind: 'ConfigMap' | 'Secret'): KeyedObject {
  const keysOf = (map: unknown) => (map && typeof map === 'object' && !Array.isArray(map) ? Object.keys(map) : []);
  const keys = Array.isArray(object.keys)
    ? object.keys.filter((k): k is string => typeof k === 'string')
    : [...keysOf(object.data), ...keysOf(object.binaryData), ...keysOf(object.stringData)];
  const { annotations: _dropped, managedFields: _alsoDropped, ...metadata } = object.metadata ?? {};
  return {
    kind,
    metadata,
    ...(kind === 'Secret' && typeof object.type === 'string' ? { type: object.type } : {}),
    keys: [...new Set(keys)].sort(),
  };
}

/**
 * Builds a snapshot from loose API objects (a `kubectl get -o json` List's items, or test
 * fixtures). Objects of kinds the doctor does not read are ignored; an object of a known kind
 * that does not fit its shape (no name, say) is dropped and counted in `stats.dropped`.
 */
export function snapshotFromObjects(
  objects: readonly unknown[],
  namespace: string | null,
  takenAt?: string,
  stats: { dropped: number } = { dropped: 0 },
): Snapshot {
  const snapshot = emptySnapshot(namespace, takenAt);
  for (const raw of objects) {
    const kind = (raw as AnyObject | null)?.kind;
    const field = typeof kind === 'string' && Object.hasOwn(FIELD_BY_KIND, kind) ? FIELD_BY_KIND[kind] : undefined;
    if (!field) continue;
    const object = normaliseObject(raw) as AnyObject | undefined;
    if (!object) {
      stats.dropped += 1;
      continue;
    }
    const value =
      field === 'configMaps' || field === 'secrets'
        ? toKeyedObject(object, object.kind as 'ConfigMap' | 'Secret')
        : object;
    (snapshot[field] as unknown[]).push(value);
  }
  return snapshot;
}
