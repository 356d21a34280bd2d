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
  const keys = Array.isArray(object.keys)
    ? (object.keys as string[])
    : [
        ...Object.keys(object.data ?? {}),
        ...Object.keys(object.binaryData ?? {}),
        ...Object.keys(object.stringData ?? {}),
      ];
  const { annotations: _dropped, managedFields: _alsoDropped, ...metadata } = object.metadata ?? {};
  return {
    kind,
    metadata: metadata as KeyedObject['metadata'],
    ...(kind === 'Secret' && object.type ? { type: object.type } : {}),
    keys: [...new Set(keys)].sort(),
  };
}

/**
 * Builds a snapshot from loose API objects (a `kubectl get -o json` List's items, or test
 * fixtures). Objects of kinds the doctor does not read are ignored.
 */
export function snapshotFromObjects(objects: readonly unknown[], namespace: string | null, takenAt?: string): Snapshot {
  const snapshot = emptySnapshot(namespace, takenAt);
  for (const raw of objects) {
    const object = raw as AnyObject;
    const field = object.kind ? FIELD_BY_KIND[object.kind] : undefined;
    if (!field) continue;
    const value =
      field === 'configMaps' || field === 'secrets'
        ? toKeyedObject(object, object.kind as 'ConfigMap' | 'Secret')
        : object;
    (snapshot[field] as unknown[]).push(value);
  }
  return snapshot;
}
