import { msg, type Message } from '../../i18n/index.ts';
import { formatResource, parseQuantity } from '../../kube/quantity.ts';
import type { SchedulerReason } from '../scheduler-message.ts';
import { addCommand, addNodeFact, addOnce, type PendingContext } from './explanation.ts';
import { nodeRoom, type NodeRoom } from './node-fit.ts';
import { podRequests } from './pod-requests.ts';

const MAX_NODE_LINES = 6;

/** Explains "Insufficient <resource>": the pod's request against each node's free room. Returns the cause when nodes are visible. */
export function explainInsufficient(ctx: PendingContext, reason: SchedulerReason): Message {
  const { out } = ctx;
  const resource = reason.resource ?? '';
  const request = podRequests(ctx.pod).get(resource) ?? 0;
  const hiddenCause = msg('check.pending-pods.cause.insufficient-resources-hidden', {
    count: reason.count ?? 0,
    total: ctx.total,
    resource,
  });
  if (request > 0)
    addOnce(
      out.details,
      msg('check.pending-pods.detail.request', { request: formatResource(resource, request), resource }),
    );
  else addOnce(out.details, msg('check.pending-pods.detail.no-request', { resource }));
  explainLimitRanges(ctx, resource);
  addOnce(out.remedy, msg('check.pending-pods.remedy.lower-requests'));
  addOnce(out.remedy, msg('check.pending-pods.remedy.add-capacity'));
  if (!ctx.nodesVisible) return hiddenCause;

  const rooms = ctx.nodes
    .filter((n) => !n.spec?.unschedulable)
    .map((n) => nodeRoom(n, resource, ctx.index, ctx.pod))
    .filter((r): r is NodeRoom => r !== undefined);
  if (rooms.length === 0) {
    addOnce(out.details, msg('check.pending-pods.detail.no-resource', { resource }));
    addOnce(out.remedy, msg('check.pending-pods.remedy.bigger-nodes'));
    return hiddenCause;
  }
  const largest = Math.max(...rooms.map((r) => r.allocatable));
  const short = rooms.filter((r) => r.free < request).sort((a, b) => b.free - a.free);
  // Nodes with room were ruled out for another reason (a taint...), so they do not count as "free".
  const mostFree = Math.max(0, short[0]?.free ?? Math.max(...rooms.map((r) => r.free)));
  for (const room of short.slice(0, MAX_NODE_LINES)) {
    const fmt = (v: number) => formatResource(resource, Math.max(0, v));
    addOnce(
      out.details,
      msg('check.pending-pods.detail.node-room', {
        node: room.node,
        allocatable: fmt(room.allocatable),
        requested: fmt(room.requested),
        free: fmt(room.free),
        short: fmt(request - room.free),
      }),
    );
    addNodeFact(out, room.node, `allocatable ${resource}: ${formatResource(resource, room.allocatable)}`);
  }
  if (short[0]) addCommand(out, `kubectl describe node ${short[0].node}`);
  if (ctx.snapshot.namespace !== null)
    addOnce(out.details, msg('check.pending-pods.detail.lower-bound', { namespace: ctx.snapshot.namespace }));
  if (request > largest) {
    addOnce(
      out.details,
      msg('check.pending-pods.detail.too-big', { largest: formatResource(resource, largest), resource }),
    );
    addOnce(out.remedy, msg('check.pending-pods.remedy.bigger-nodes'));
    return msg('check.pending-pods.cause.too-big', {
      request: formatResource(resource, request),
      resource,
      largest: formatResource(resource, largest),
    });
  }
  // Other nodes were ruled out for another reason (a taint...): "no node has room" would be untrue of them.
  if (reason.count !== null && reason.count < ctx.total) {
    return msg('check.pending-pods.cause.insufficient-resources-some', {
      count: reason.count,
      total: ctx.total,
      resource,
      request: formatResource(resource, request),
      free: formatResource(resource, mostFree),
    });
  }
  return msg('check.pending-pods.cause.insufficient-resources', {
    resource,
    request: formatResource(resource, request),
    free: formatResource(resource, mostFree),
  });
}

/** Explains "Too many pods": pods on each full node against its allocatable pod count (the EKS max-pods limit). */
export function explainTooManyPods(ctx: PendingContext): void {
  const { out } = ctx;
  if (ctx.nodesVisible) {
    const full = ctx.nodes
      .map((n) => ({ node: n, room: nodeRoom(n, 'pods', ctx.index, ctx.pod) }))
      .filter(({ room }) => room && room.free <= 0);
    for (const { node, room } of full.slice(0, MAX_NODE_LINES)) {
      const name = node.metadata?.name ?? '';
      const instanceType =
        node.metadata?.labels?.['node.kubernetes.io/instance-type'] ??
        node.metadata?.labels?.['beta.kubernetes.io/instance-type'] ??
        '?';
      addOnce(
        out.details,
        msg('check.pending-pods.detail.node-pods', {
          node: name,
          instanceType,
          used: room!.requested,
          max: room!.allocatable,
        }),
      );
      addNodeFact(out, name, `allocatable pods: ${room!.allocatable}, instance type: ${instanceType}`);
    }
    if (ctx.snapshot.namespace !== null)
      addOnce(out.details, msg('check.pending-pods.detail.lower-bound', { namespace: ctx.snapshot.namespace }));
  }
  addOnce(out.details, msg('check.pending-pods.detail.eni-limit'));
  addOnce(out.remedy, msg('check.pending-pods.remedy.pods-bigger'));
  addOnce(out.remedy, msg('check.pending-pods.remedy.pods-prefix'));
  addCommand(
    out,
    'kubectl get nodes -o custom-columns=NAME:.metadata.name,TYPE:.metadata.labels.node\\.kubernetes\\.io/instance-type,MAXPODS:.status.allocatable.pods',
  );
}

/**
 * Names a LimitRange default only when it can be behind the request: admission writes the default into
 * containers that had none, so it matters only if some container is without a request or asks exactly it.
 */
function explainLimitRanges(ctx: PendingContext, resource: string): void {
  const containers = [...(ctx.pod.spec?.containers ?? []), ...(ctx.pod.spec?.initContainers ?? [])];
  const asked = containers.map((c) => c.resources?.requests?.[resource]);
  for (const range of ctx.snapshot.limitRanges) {
    if (range.metadata?.namespace && range.metadata.namespace !== ctx.namespace) continue;
    for (const limit of range.spec?.limits ?? []) {
      if (limit.type !== 'Container') continue;
      // On the wire the field is "default"; client-node's model renames it "_default".
      const defaults = (limit as { default?: Record<string, string> }).default ?? limit._default;
      const value = limit.defaultRequest?.[resource] ?? defaults?.[resource];
      if (value === undefined || parseQuantity(value) === null) continue;
      const couldBeDefault = asked.some(
        (request) => request === undefined || parseQuantity(request) === parseQuantity(value),
      );
      if (!couldBeDefault) continue;
      addOnce(
        ctx.out.details,
        msg('check.pending-pods.detail.limit-range', {
          name: range.metadata?.name ?? '',
          resource,
          value: String(value),
        }),
      );
    }
  }
}
