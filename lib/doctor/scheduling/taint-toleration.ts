import type { KubeNode, Pod } from '../wire.ts';

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

type Toleration = NonNullable<NonNullable<Pod['spec']>['tolerations']>[number];

/** Whether one toleration tolerates a taint (v1 Toleration.ToleratesTaint). */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  // An empty key is only valid with Exists, and then matches every taint.
  if (toleration.operator === 'Exists') return true;
  return (toleration.value ?? '') === (taint.value ?? '');
}

/** The node's NoSchedule/NoExecute taints that none of the pod's tolerations tolerate. */
export function untoleratedTaints(node: KubeNode, pod: Pod): Taint[] {
  const tolerations = pod.spec?.tolerations ?? [];
  return (node.spec?.taints ?? [])
    .filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
    .filter((t) => !tolerations.some((tol) => toleratesTaint(tol, t)));
}

/** Writes a taint as kubectl does: key=value:Effect, or key:Effect without a value. */
export function formatTaint(taint: Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}

/** A toleration that would tolerate the taint, as YAML-ish text for a remedy. */
export function tolerationFor(taint: Taint): string {
  return taint.value
    ? `{key: "${taint.key}", operator: "Equal", value: "${taint.value}", effect: "${taint.effect}"}`
    : `{key: "${taint.key}", operator: "Exists", effect: "${taint.effect}"}`;
}
