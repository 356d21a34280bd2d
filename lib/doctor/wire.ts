import type {
  CoreV1Event,
  V1ConfigMap,
  V1CSIDriver,
  V1DaemonSet,
  V1Deployment,
  V1EndpointSlice,
  V1Job,
  V1LimitRange,
  V1Namespace,
  V1Node,
  V1PersistentVolume,
  V1PersistentVolumeClaim,
  V1Pod,
  V1ReplicaSet,
  V1ResourceQuota,
  V1Secret,
  V1Service,
  V1StatefulSet,
  V1StorageClass,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';

/**
 * An API object as it travels on the wire (and as `kubectl get -o json` prints it):
 * the client-node model shape, but with timestamps as RFC 3339 strings, not Dates.
 */
export type Wire<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type Pod = Wire<V1Pod>;
export type KubeEvent = Wire<CoreV1Event>;
export type PersistentVolumeClaim = Wire<V1PersistentVolumeClaim>;
export type Service = Wire<V1Service>;
export type EndpointSlice = Wire<V1EndpointSlice>;
export type Deployment = Wire<V1Deployment>;
export type ReplicaSet = Wire<V1ReplicaSet>;
export type StatefulSet = Wire<V1StatefulSet>;
export type DaemonSet = Wire<V1DaemonSet>;
export type Job = Wire<V1Job>;
export type ResourceQuota = Wire<V1ResourceQuota>;
export type LimitRange = Wire<V1LimitRange>;
export type KubeNode = Wire<V1Node>;
export type PersistentVolume = Wire<V1PersistentVolume>;
export type StorageClass = Wire<V1StorageClass>;
export type CSIDriver = Wire<V1CSIDriver>;
export type Namespace = Wire<V1Namespace>;
export type HorizontalPodAutoscaler = Wire<V2HorizontalPodAutoscaler>;
type ConfigMapWire = Wire<V1ConfigMap>;
type SecretWire = Wire<V1Secret>;

/**
 * A ConfigMap or Secret reduced to what the checks need: its name and its key names.
 * Values never enter the snapshot, so they can never be printed or saved.
 */
export interface KeyedObject {
  kind: 'ConfigMap' | 'Secret';
  metadata: ConfigMapWire['metadata'];
  /** Secret type, e.g. kubernetes.io/dockerconfigjson. */
  type?: SecretWire['type'];
  keys: string[];
}
