import type { KubeNode, Pod } from '../wire.ts';

/** One label the pod asks for that a node does not satisfy. */
export interface LabelMiss {
  key: string;
  /** What the pod asks, e.g. "= ssd", "In [a, b]", "Exists", "> 4". */
  wants: string;
  /** The node's value for the key; null when the node lacks the label. */
  actual: string | null;
}

interface Requirement {
  key: string;
  operator: string;
  values?: string[];
}

/** The pod's label demands in words, e.g. ["disktype = ssd", "topology.kubernetes.io/zone In [a, b]"]. */
export function describeNodeDemands(pod: Pod): string[] {
  const lines = Object.entries(pod.spec?.nodeSelector ?? {}).map(([k, v]) => `${k} = ${v}`);
  const terms = requiredTerms(pod);
  terms.forEach((term, i) => {
    const parts = [...(term.matchExpressions ?? []), ...(term.matchFields ?? [])].map(
      (r) => `${r.key} ${wantsText(r)}`,
    );
    lines.push(terms.length > 1 ? `(${i + 1}) ${parts.join(', ')}` : parts.join(', '));
  });
  return lines.filter((l) => l !== '');
}

/**
 * What keeps a node from matching the pod's nodeSelector and required node affinity:
 * empty when it matches. With several affinity terms (any one may match), the closest
 * term's misses are reported.
 */
export function nodeSelectorMisses(node: KubeNode, pod: Pod): LabelMiss[] {
  const labels = node.metadata?.labels ?? {};
  const misses: LabelMiss[] = [];
  for (const [key, value] of Object.entries(pod.spec?.nodeSelector ?? {})) {
    const actual = labels[key] ?? null;
    if (actual !== value) misses.push({ key, wants: `= ${value}`, actual });
  }
  const terms = requiredTerms(pod);
  if (terms.length > 0) {
    const fields: Record<string, string> = { 'metadata.name': node.metadata?.name ?? '' };
    const perTerm = terms.map((term) => [
      ...(term.matchExpressions ?? []).flatMap((r) => miss(r, labels)),
      ...(term.matchFields ?? []).flatMap((r) => miss(r, fields)),
    ]);
    // A term with no requirements matches nothing, so it never counts as the closest.
    const usable = perTerm.filter(
      (_, i) => (terms[i]!.matchExpressions ?? []).length + (terms[i]!.matchFields ?? []).length > 0,
    );
    if (!usable.some((m) => m.length === 0)) {
      const closest = usable.sort((a, b) => a.length - b.length)[0];
      if (closest) misses.push(...closest);
    }
  }
  return misses;
}

/** The pod's required node affinity terms (any one may match) that this node satisfies. */
export function termsMatchedBy(node: KubeNode, pod: Pod): NodeSelectorTerm[] {
  const labels = node.metadata?.labels ?? {};
  const fields: Record<string, string> = { 'metadata.name': node.metadata?.name ?? '' };
  return requiredTerms(pod).filter(
    (term) =>
      (term.matchExpressions ?? []).length + (term.matchFields ?? []).length > 0 &&
      (term.matchExpressions ?? []).every((r) => miss(r, labels).length === 0) &&
      (term.matchFields ?? []).every((r) => miss(r, fields).length === 0),
  );
}

type NodeSelectorTerm = ReturnType<typeof requiredTerms>[number];

function requiredTerms(pod: Pod) {
  return pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
}

function miss(req: Requirement, labels: Record<string, string>): LabelMiss[] {
  const actual = Object.hasOwn(labels, req.key) ? labels[req.key]! : null;
  return satisfies(req, actual) ? [] : [{ key: req.key, wants: wantsText(req), actual }];
}

function satisfies(req: Requirement, actual: string | null): boolean {
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return actual !== null && values.includes(actual);
    case 'NotIn':
      return actual === null || !values.includes(actual);
    case 'Exists':
      return actual !== null;
    case 'DoesNotExist':
      return actual === null;
    case 'Gt':
    case 'Lt': {
      // Both sides must parse as integers, or the requirement fails (as in the scheduler).
      if (actual === null || !/^-?\d+$/.test(actual) || !/^-?\d+$/.test(values[0] ?? '')) return false;
      const a = Number(actual);
      const b = Number(values[0]);
      return req.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

function wantsText(req: Requirement): string {
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return values.length === 1 ? `= ${values[0]}` : `In [${values.join(', ')}]`;
    case 'NotIn':
      return `NotIn [${values.join(', ')}]`;
    case 'Gt':
      return `> ${values[0] ?? ''}`;
    case 'Lt':
      return `< ${values[0] ?? ''}`;
    default:
      return req.operator;
  }
}
