import type {
  CSIDriver,
  DaemonSet,
  Deployment,
  EndpointSlice,
  HorizontalPodAutoscaler,
  Job,
  KeyedObject,
  KubeEvent,
  KubeNode,
  LimitRange,
  Namespace,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  ReplicaSet,
  ResourceQuota,
  Service,
  StatefulSet,
  StorageClass,
} from './wire.ts';

/** Every kind the doctor reads, by the snapshot field that holds it. */
export interface SnapshotKinds {
  pods: Pod[];
  events: KubeEvent[];
  persistentVolumeClaims: PersistentVolumeClaim[];
  services: Service[];
  endpointSlices: EndpointSlice[];
  configMaps: KeyedObject[];
  secrets: KeyedObject[];
  deployments: Deployment[];
  replicaSets: ReplicaSet[];
  statefulSets: StatefulSet[];
  daemonSets: DaemonSet[];
  jobs: Job[];
  resourceQuotas: ResourceQuota[];
  limitRanges: LimitRange[];
  horizontalPodAutoscalers: HorizontalPodAutoscaler[];
  nodes: KubeNode[];
  persistentVolumes: PersistentVolume[];
  storageClasses: StorageClass[];
  csiDrivers: CSIDriver[];
  namespaces: Namespace[];
}

export type KindName = keyof SnapshotKinds;

export const NAMESPACED_KINDS = [
  'pods',
  'events',
  'persistentVolumeClaims',
  'services',
  'endpointSlices',
  'configMaps',
  'secrets',
  'deployments',
  'replicaSets',
  'statefulSets',
  'daemonSets',
  'jobs',
  'resourceQuotas',
  'limitRanges',
  'horizontalPodAutoscalers',
] as const satisfies readonly KindName[];

export const CLUSTER_KINDS = [
  'nodes',
  'persistentVolumes',
  'storageClasses',
  'csiDrivers',
  'namespaces',
] as const satisfies readonly KindName[];

export const ALL_KINDS: readonly KindName[] = [...NAMESPACED_KINDS, ...CLUSTER_KINDS];

/** Why a kind is missing from the snapshot. */
export interface KindVisibility {
  visible: boolean;
  /** 'forbidden' | 'timeout' | 'notFound' (API not served) | 'error' | 'notInFile' */
  reason?: 'forbidden' | 'timeout' | 'notFound' | 'error' | 'notInFile';
  /** The server's one-line message, safe to print. */
  detail?: string;
  /** How a visible kind was read: whole from the API server's watch cache, or page by page. */
  source?: 'cache' | 'pages';
}

/** What the doctor read from the cluster, or from a file: the only input of every check. */
export interface Snapshot extends SnapshotKinds {
  schemaVersion: 1;
  /** RFC 3339 time the snapshot was taken; checks use it as "now". */
  takenAt: string;
  /** The namespace read, or null for all namespaces. */
  namespace: string | null;
  context?: string;
  server?: string;
  /** Kubernetes version of the server, e.g. "1.31". */
  serverVersion?: string;
  visibility: Record<KindName, KindVisibility>;
}

/** An empty snapshot with every kind visible; fixtures and the file loader start from it. */
export function emptySnapshot(namespace: string | null, takenAt = new Date().toISOString()): Snapshot {
  const visibility = Object.fromEntries(ALL_KINDS.map((k) => [k, { visible: true }])) as Record<
    KindName,
    KindVisibility
  >;
  return {
    schemaVersion: 1,
    takenAt,
    namespace,
    visibility,
    pods: [],
    events: [],
    persistentVolumeClaims: [],
    services: [],
    endpointSlices: [],
    configMaps: [],
    secrets: [],
    deployments: [],
    replicaSets: [],
    statefulSets: [],
    daemonSets: [],
    jobs: [],
    resourceQuotas: [],
    limitRanges: [],
    horizontalPodAutoscalers: [],
    nodes: [],
    persistentVolumes: [],
    storageClasses: [],
    csiDrivers: [],
    namespaces: [],
  };
}
