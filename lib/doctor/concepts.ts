/**
 * Concept notes teach what a finding is about. Each id has a note in the catalogue
 * under `concept.<id>` (en/concepts.ts, ko/concepts.ts).
 */
export const CONCEPT_IDS = [
  'scheduling-resources',
  'taints-tolerations',
  'node-affinity',
  'pod-capacity',
  'cordon',
  'scheduling-gates',
  'topology-spread',
  'pvc-binding',
  'storage-class',
  'volume-binding-mode',
  'csi-driver',
  'access-modes',
  'volume-zone',
  'service-selector',
  'readiness',
  'target-port',
  'load-balancer',
  'image-pull',
  'crash-loop',
  'oom',
  'config-references',
  'volume-mount',
  'multi-attach',
  'eviction',
  'node-failure',
  'probes',
  'rollout',
  'resource-quota',
  'statefulset',
  'daemonset',
  'namespace-lifecycle',
  'jobs',
  'autoscaling',
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];
