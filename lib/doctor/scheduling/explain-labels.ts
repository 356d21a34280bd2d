import { msg } from '../../i18n/index.ts';
import { addCommand, addNodeFact, addOnce, type PendingContext } from './explanation.ts';
import { describeNodeDemands, nodeSelectorMisses } from './node-selector-match.ts';

const MAX_NODE_LINES = 6;

/** Explains a nodeSelector / required node affinity mismatch: which label each node lacks or holds another value for. */
export function explainNodeSelector(ctx: PendingContext): void {
  const { out } = ctx;
  const demands = describeNodeDemands(ctx.pod);
  if (demands.length > 0)
    addOnce(out.details, msg('check.pending-pods.detail.node-demands', { demands: demands.join('; ') }));
  addOnce(out.remedy, msg('check.pending-pods.remedy.fix-labels'));
  if (!ctx.nodesVisible) return;
  const perNode = ctx.nodes.map((n) => ({ name: n.metadata?.name ?? '', misses: nodeSelectorMisses(n, ctx.pod) }));
  const failing = perNode.filter((n) => n.misses.length > 0).sort((a, b) => a.misses.length - b.misses.length);
  for (const { name, misses } of failing.slice(0, MAX_NODE_LINES)) {
    for (const miss of misses) {
      addOnce(
        out.details,
        miss.actual === null
          ? msg('check.pending-pods.detail.label-missing', { node: name, key: miss.key, wants: miss.wants })
          : msg('check.pending-pods.detail.label-different', {
              node: name,
              key: miss.key,
              actual: miss.actual,
              wants: miss.wants,
            }),
      );
      addNodeFact(out, name, miss.actual === null ? `label ${miss.key}: (none)` : `label ${miss.key}=${miss.actual}`);
    }
  }
  if (ctx.nodes.length > 0 && failing.length === ctx.nodes.length) {
    addOnce(out.details, msg('check.pending-pods.detail.no-node-matches', { count: ctx.nodes.length }));
  }
  const keys = [...new Set(failing.flatMap((f) => f.misses.map((m) => m.key)))].filter((k) => k !== 'metadata.name');
  if (keys.length > 0) addCommand(out, `kubectl get nodes -L ${keys.join(',')}`);
}

/** Explains cordoned nodes: names them and offers uncordon. */
export function explainCordoned(ctx: PendingContext): void {
  const { out } = ctx;
  addOnce(out.remedy, msg('check.pending-pods.remedy.uncordon'));
  if (!ctx.nodesVisible) return;
  for (const node of ctx.nodes.filter((n) => n.spec?.unschedulable)) {
    const name = node.metadata?.name ?? '';
    addOnce(out.details, msg('check.pending-pods.detail.cordoned', { node: name }));
    addNodeFact(out, name, 'spec.unschedulable: true');
    addCommand(out, `kubectl uncordon ${name}`);
  }
}
