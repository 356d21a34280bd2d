import { msg, type Message } from '../../i18n/index.ts';
import type { SchedulerReason } from '../scheduler-message.ts';
import { addCommand, addNodeFact, addOnce, type PendingContext } from './explanation.ts';
import { formatTaint, tolerationFor, untoleratedTaints, type Taint } from './taint-toleration.ts';

const CONTROL_PLANE = new Set(['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master']);
const RECOVERING = new Set([
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
  'node.kubernetes.io/disk-pressure',
  'node.kubernetes.io/memory-pressure',
  'node.kubernetes.io/pid-pressure',
  'node.kubernetes.io/network-unavailable',
  'node.cloudprovider.kubernetes.io/uninitialized',
  'karpenter.sh/unregistered',
]);

/** Explains untolerated taints from node .spec.taints (the current message names none). Returns the taints found. */
export function explainTaints(ctx: PendingContext, reason: SchedulerReason): Taint[] {
  const { out } = ctx;
  if (!ctx.nodesVisible) {
    if (reason.taint)
      addOnce(
        out.details,
        msg('check.pending-pods.detail.named-taint', { taint: `${reason.taint.key}: ${reason.taint.value}` }),
      );
    return [];
  }
  const found: Taint[] = [];
  for (const node of ctx.nodes) {
    const taints = untoleratedTaints(node, ctx.pod);
    if (taints.length === 0) continue;
    const name = node.metadata?.name ?? '';
    const text = taints.map(formatTaint).join(', ');
    addOnce(out.details, msg('check.pending-pods.detail.node-taints', { node: name, taints: text }));
    addNodeFact(out, name, `taints: ${text}`);
    for (const taint of taints) if (!found.some((t) => sameTaint(t, taint))) found.push(taint);
  }
  for (const taint of found) addOnce(out.details, taintNote(taint));
  const first = found.find(
    (t) => !RECOVERING.has(t.key) && t.key !== 'eks.amazonaws.com/compute-type' && !t.key.startsWith('karpenter.sh/'),
  );
  if (found.some((t) => RECOVERING.has(t.key))) {
    addOnce(out.remedy, msg('check.pending-pods.remedy.node-recovers'));
    const node = ctx.nodes.find((n) => untoleratedTaints(n, ctx.pod).some((t) => RECOVERING.has(t.key)));
    if (node) addCommand(out, `kubectl describe node ${node.metadata?.name ?? ''}`);
  }
  if (first) addOnce(out.remedy, msg('check.pending-pods.remedy.tolerate', { toleration: tolerationFor(first) }));
  addOnce(out.remedy, msg('check.pending-pods.remedy.untainted-nodes'));
  addCommand(out, 'kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints');
  return found;
}

function sameTaint(a: Taint, b: Taint): boolean {
  return a.key === b.key && (a.value ?? '') === (b.value ?? '') && a.effect === b.effect;
}

/** A short note on what a well-known taint means (GPU, system, Fargate, node state...). */
export function taintNote(taint: Taint): Message {
  const known: Record<string, Message> = {
    'node.kubernetes.io/not-ready': msg('check.pending-pods.taint.not-ready'),
    'node.kubernetes.io/unreachable': msg('check.pending-pods.taint.unreachable'),
    'node.kubernetes.io/disk-pressure': msg('check.pending-pods.taint.disk-pressure'),
    'node.kubernetes.io/memory-pressure': msg('check.pending-pods.taint.memory-pressure'),
    'node.kubernetes.io/pid-pressure': msg('check.pending-pods.taint.pid-pressure'),
    'node.kubernetes.io/network-unavailable': msg('check.pending-pods.taint.network-unavailable'),
    'node.kubernetes.io/unschedulable': msg('check.pending-pods.taint.unschedulable'),
    'node.cloudprovider.kubernetes.io/uninitialized': msg('check.pending-pods.taint.uninitialized'),
    'eks.amazonaws.com/compute-type': msg('check.pending-pods.taint.fargate'),
    CriticalAddonsOnly: msg('check.pending-pods.taint.critical-addons'),
    'nvidia.com/gpu': msg('check.pending-pods.taint.gpu'),
    'karpenter.sh/disrupted': msg('check.pending-pods.taint.karpenter-disrupted'),
    'karpenter.sh/unregistered': msg('check.pending-pods.taint.karpenter-unregistered'),
  };
  if (CONTROL_PLANE.has(taint.key)) return msg('check.pending-pods.taint.control-plane', { key: taint.key });
  if (taint.key === 'eks.amazonaws.com/compute-type' && taint.value !== 'fargate')
    return msg('check.pending-pods.taint.other', { taint: formatTaint(taint) });
  return known[taint.key] ?? msg('check.pending-pods.taint.other', { taint: formatTaint(taint) });
}
