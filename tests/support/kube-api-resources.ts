/** One API resource the double serves, as discovery describes it. */
export interface ApiResource {
  kind: string;
  /** Plural resource name, as in URLs and RBAC rules. */
  name: string;
  singularName: string;
  group: string;
  version: string;
  namespaced: boolean;
  shortNames?: string[];
  verbs: string[];
}

const READ = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];

function r(
  kind: string,
  name: string,
  group: string,
  version: string,
  namespaced: boolean,
  shortNames?: string[],
): ApiResource {
  return {
    kind,
    name,
    singularName: kind.toLowerCase(),
    group,
    version,
    namespaced,
    verbs: READ,
    ...(shortNames ? { shortNames } : {}),
  };
}

/** The kinds the double knows, by group/version; objects of other kinds are refused at load. */
export const RESOURCES: readonly ApiResource[] = [
  r('Pod', 'pods', '', 'v1', true, ['po']),
  r('Event', 'events', '', 'v1', true, ['ev']),
  r('PersistentVolumeClaim', 'persistentvolumeclaims', '', 'v1', true, ['pvc']),
  r('Service', 'services', '', 'v1', true, ['svc']),
  r('Endpoints', 'endpoints', '', 'v1', true, ['ep']),
  r('ConfigMap', 'configmaps', '', 'v1', true, ['cm']),
  r('Secret', 'secrets', '', 'v1', true),
  r('ServiceAccount', 'serviceaccounts', '', 'v1', true, ['sa']),
  r('ResourceQuota', 'resourcequotas', '', 'v1', true, ['quota']),
  r('LimitRange', 'limitranges', '', 'v1', true, ['limits']),
  r('Node', 'nodes', '', 'v1', false, ['no']),
  r('PersistentVolume', 'persistentvolumes', '', 'v1', false, ['pv']),
  r('Namespace', 'namespaces', '', 'v1', false, ['ns']),
  r('EndpointSlice', 'endpointslices', 'discovery.k8s.io', 'v1', true),
  r('Deployment', 'deployments', 'apps', 'v1', true, ['deploy']),
  r('ReplicaSet', 'replicasets', 'apps', 'v1', true, ['rs']),
  r('StatefulSet', 'statefulsets', 'apps', 'v1', true, ['sts']),
  r('DaemonSet', 'daemonsets', 'apps', 'v1', true, ['ds']),
  r('Job', 'jobs', 'batch', 'v1', true),
  r('CronJob', 'cronjobs', 'batch', 'v1', true, ['cj']),
  r('HorizontalPodAutoscaler', 'horizontalpodautoscalers', 'autoscaling', 'v2', true, ['hpa']),
  r('PodDisruptionBudget', 'poddisruptionbudgets', 'policy', 'v1', true, ['pdb']),
  r('Ingress', 'ingresses', 'networking.k8s.io', 'v1', true, ['ing']),
  r('NetworkPolicy', 'networkpolicies', 'networking.k8s.io', 'v1', true, ['netpol']),
  r('StorageClass', 'storageclasses', 'storage.k8s.io', 'v1', false, ['sc']),
  r('CSIDriver', 'csidrivers', 'storage.k8s.io', 'v1', false),
  r('VolumeAttachment', 'volumeattachments', 'storage.k8s.io', 'v1', false),
  r('ClusterRole', 'clusterroles', 'rbac.authorization.k8s.io', 'v1', false),
  r('ClusterRoleBinding', 'clusterrolebindings', 'rbac.authorization.k8s.io', 'v1', false),
  r('Role', 'roles', 'rbac.authorization.k8s.io', 'v1', true),
  r('RoleBinding', 'rolebindings', 'rbac.authorization.k8s.io', 'v1', true),
];

/** Review kinds are create-only and never stored. */
export const REVIEW_RESOURCES: readonly ApiResource[] = [
  {
    kind: 'SelfSubjectAccessReview',
    name: 'selfsubjectaccessreviews',
    singularName: '',
    group: 'authorization.k8s.io',
    version: 'v1',
    namespaced: false,
    verbs: ['create'],
  },
  {
    kind: 'SelfSubjectRulesReview',
    name: 'selfsubjectrulesreviews',
    singularName: '',
    group: 'authorization.k8s.io',
    version: 'v1',
    namespaced: true,
    verbs: ['create'],
  },
  {
    kind: 'SelfSubjectReview',
    name: 'selfsubjectreviews',
    singularName: '',
    group: 'authentication.k8s.io',
    version: 'v1',
    namespaced: false,
    verbs: ['create'],
  },
];

/** Finds a served resource by its group and plural name. */
export function findResource(group: string, name: string): ApiResource | undefined {
  return RESOURCES.find((res) => res.group === group && res.name === name);
}

/** Finds a served resource by an object's apiVersion and kind. */
export function resourceForObject(apiVersion: string, kind: string): ApiResource | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return RESOURCES.find((res) => res.kind === kind && res.group === group && res.version === version);
}

/** group/version as written in apiVersion ("v1" for the core group). */
export function groupVersion(res: Pick<ApiResource, 'group' | 'version'>): string {
  return res.group ? `${res.group}/${res.version}` : res.version;
}

/** The kind of a list of this resource ("PodList"). */
export function listKind(res: ApiResource): string {
  return `${res.kind}List`;
}

/** `pods` or `deployments.apps`, as the API server names a resource in messages. */
export function qualifiedName(res: Pick<ApiResource, 'group' | 'name'>): string {
  return res.group ? `${res.name}.${res.group}` : res.name;
}
