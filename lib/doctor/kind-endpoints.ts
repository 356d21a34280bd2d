import type { KindName } from './snapshot.ts';

/** Where the API serves one kind, and how `kubectl get -o json` labels its items. */
export interface KindEndpoint {
  /** "/api/v1" or "/apis/<group>/<version>". */
  base: string;
  /** The REST resource name, e.g. "persistentvolumeclaims". */
  resource: string;
  namespaced: boolean;
  apiVersion: string;
  kind: string;
}

const core = (resource: string, kind: string, namespaced = true): KindEndpoint => ({
  base: '/api/v1',
  resource,
  namespaced,
  apiVersion: 'v1',
  kind,
});
const group = (groupVersion: string, resource: string, kind: string, namespaced = true): KindEndpoint => ({
  base: `/apis/${groupVersion}`,
  resource,
  namespaced,
  apiVersion: groupVersion,
  kind,
});

/** Every kind in the snapshot, by field. Namespaces are read specially (see gather.ts). */
export const KIND_ENDPOINTS: Record<KindName, KindEndpoint> = {
  pods: core('pods', 'Pod'),
  events: core('events', 'Event'),
  persistentVolumeClaims: core('persistentvolumeclaims', 'PersistentVolumeClaim'),
  services: core('services', 'Service'),
  endpointSlices: group('discovery.k8s.io/v1', 'endpointslices', 'EndpointSlice'),
  configMaps: core('configmaps', 'ConfigMap'),
  secrets: core('secrets', 'Secret'),
  deployments: group('apps/v1', 'deployments', 'Deployment'),
  replicaSets: group('apps/v1', 'replicasets', 'ReplicaSet'),
  statefulSets: group('apps/v1', 'statefulsets', 'StatefulSet'),
  daemonSets: group('apps/v1', 'daemonsets', 'DaemonSet'),
  jobs: group('batch/v1', 'jobs', 'Job'),
  resourceQuotas: core('resourcequotas', 'ResourceQuota'),
  limitRanges: core('limitranges', 'LimitRange'),
  horizontalPodAutoscalers: group('autoscaling/v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler'),
  nodes: core('nodes', 'Node', false),
  persistentVolumes: core('persistentvolumes', 'PersistentVolume', false),
  storageClasses: group('storage.k8s.io/v1', 'storageclasses', 'StorageClass', false),
  csiDrivers: group('storage.k8s.io/v1', 'csidrivers', 'CSIDriver', false),
  namespaces: core('namespaces', 'Namespace', false),
};

/** The list path of a kind: in one namespace, or across all of them when namespace is null. */
export function listPath(endpoint: KindEndpoint, namespace: string | null): string {
  if (!endpoint.namespaced || namespace === null) return `${endpoint.base}/${endpoint.resource}`;
  return `${endpoint.base}/namespaces/${encodeURIComponent(namespace)}/${endpoint.resource}`;
}
