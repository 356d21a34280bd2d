import type { ObjectRef } from './finding.ts';

/** kubectl's names for a kind: singular, plural and short, all lower case. */
const NAMES: Record<string, string[]> = {
  Pod: ['pod', 'pods', 'po'],
  Deployment: ['deployment', 'deployments', 'deploy'],
  ReplicaSet: ['replicaset', 'replicasets', 'rs'],
  StatefulSet: ['statefulset', 'statefulsets', 'sts'],
  DaemonSet: ['daemonset', 'daemonsets', 'ds'],
  Job: ['job', 'jobs'],
  CronJob: ['cronjob', 'cronjobs', 'cj'],
  Service: ['service', 'services', 'svc'],
  EndpointSlice: ['endpointslice', 'endpointslices'],
  PersistentVolumeClaim: ['persistentvolumeclaim', 'persistentvolumeclaims', 'pvc'],
  PersistentVolume: ['persistentvolume', 'persistentvolumes', 'pv'],
  StorageClass: ['storageclass', 'storageclasses', 'sc'],
  CSIDriver: ['csidriver', 'csidrivers'],
  ConfigMap: ['configmap', 'configmaps', 'cm'],
  Secret: ['secret', 'secrets'],
  ServiceAccount: ['serviceaccount', 'serviceaccounts', 'sa'],
  ResourceQuota: ['resourcequota', 'resourcequotas', 'quota'],
  LimitRange: ['limitrange', 'limitranges', 'limits'],
  HorizontalPodAutoscaler: ['horizontalpodautoscaler', 'horizontalpodautoscalers', 'hpa'],
  PodDisruptionBudget: ['poddisruptionbudget', 'poddisruptionbudgets', 'pdb'],
  Ingress: ['ingress', 'ingresses', 'ing'],
  Node: ['node', 'nodes', 'no'],
  Namespace: ['namespace', 'namespaces', 'ns'],
};

const KIND_BY_NAME = new Map<string, string>(
  Object.entries(NAMES).flatMap(([kind, names]) => names.map((n) => [n, kind] as const)),
);

/** The kind a kubectl name stands for ("deploy", "deployments", "Deployment", "deployment.apps"), or undefined. */
export function kindFromName(name: string): string | undefined {
  return KIND_BY_NAME.get(name.toLowerCase().split('.')[0]!);
}

/** "deploy/api" -> {kind: Deployment, name: api}; undefined when it is not KIND/NAME with a known kind. */
export function parseObjectArg(text: string): ObjectRef | undefined {
  const slash = text.indexOf('/');
  if (slash <= 0 || slash === text.length - 1) return undefined;
  const kind = kindFromName(text.slice(0, slash));
  const name = text.slice(slash + 1);
  if (!kind || name.includes('/')) return undefined;
  return { kind, name };
}
