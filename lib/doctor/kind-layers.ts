/**
 * How far down the dependency stack a kind sits: a kind depends on kinds with a higher layer
 * (a Service on its Pods, a Pod on its claim, a claim on its StorageClass). The incident linker
 * reads a finding's `related` objects through this when the finding does not say the direction.
 */
const LAYER: Record<string, number> = {
  Namespace: 0,
  Ingress: 0,
  HorizontalPodAutoscaler: 0,
  PodDisruptionBudget: 0,
  Service: 1,
  CronJob: 1,
  Deployment: 2,
  StatefulSet: 2,
  DaemonSet: 2,
  Job: 2,
  ReplicaSet: 3,
  Pod: 4,
  PersistentVolumeClaim: 5,
  ConfigMap: 5,
  Secret: 5,
  ServiceAccount: 5,
  ResourceQuota: 5,
  LimitRange: 5,
  PersistentVolume: 6,
  StorageClass: 7,
  Node: 7,
  PriorityClass: 7,
  CSIDriver: 8,
  ValidatingWebhookConfiguration: 8,
  MutatingWebhookConfiguration: 8,
  ValidatingAdmissionPolicy: 8,
};

/** The layer of a kind, or undefined for a kind whose place is unknown (no direction is guessed). */
export function kindLayer(kind: string): number | undefined {
  return LAYER[kind];
}
