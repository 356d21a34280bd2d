import type { KubeNode, Pod } from '../wire.ts';

type PodSpec = NonNullable<Pod['spec']>;
type Taint = NonNullable<NonNullable<KubeNode['spec']>['taints']>[number];
type Toleration = NonNullable<PodSpec['tolerations']>[number];
type Requirement = { key: string; operator: string; values?: string[] };

/** Whether a toleration tolerates a taint, by the scheduler's rules (empty key with Exists tolerates all). */
export function tolerates(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.operator === 'Exists') return !toleration.key || toleration.key === taint.key;
  return toleration.key === taint.key && (toleration.value ?? '') === (taint.value ?? '');
}

/** The node's NoSchedule/NoExecute taints that none of the tolerations tolerate. */
export function untoleratedTaints(node: KubeNode, tolerations: readonly Toleration[]): Taint[] {
  return (node.spec?.taints ?? []).filter(
    (taint) =>
      (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerations.some((t) => tolerates(t, taint)),
  );
}

/** Whether the node satisfies the pod's nodeSelector and required node affinity. */
export function matchesNodeSelection(spec: PodSpec | undefined, node: KubeNode): boolean {
  const labels = node.metadata?.labels ?? {};
  for (const [key, value] of Object.entries(spec?.nodeSelector ?? {})) if (labels[key] !== value) return false;
  const terms = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms?.length) return true;
  return terms.some(
    (term) =>
      (term.matchExpressions ?? []).every((r) => matches(r, labels[r.key])) &&
      (term.matchFields ?? []).every((r) => matches(r, r.key === 'metadata.name' ? node.metadata?.name : undefined)),
  );
}

function matches(requirement: Requirement, value: string | undefined): boolean {
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
      return value !== undefined && Number(value) > Number(values[0]);
    case 'Lt':
      return value !== undefined && Number(value) < Number(values[0]);
    default:
      return false;
  }
}
