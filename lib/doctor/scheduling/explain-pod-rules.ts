import { msg } from '../../i18n/index.ts';
import { addOnce, type PendingContext } from './explanation.ts';

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** Writes a label selector as kubectl would accept it: app=web,tier in (a,b). */
export function selectorText(selector: Selector | undefined): string {
  if (!selector) return '(all pods)';
  const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    const values = `(${(e.values ?? []).join(',')})`;
    if (e.operator === 'In') parts.push(`${e.key} in ${values}`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin ${values}`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.length > 0 ? parts.join(',') : '(all pods)';
}

/** Explains host port conflicts: which host ports the pod asks for. */
export function explainHostPorts(ctx: PendingContext): void {
  const ports = (ctx.pod.spec?.containers ?? [])
    .flatMap((c) => c.ports ?? [])
    .filter((p) => p.hostPort)
    .map((p) => `${p.hostPort}/${p.protocol ?? 'TCP'}`);
  if (ports.length > 0)
    addOnce(ctx.out.details, msg('check.pending-pods.detail.host-ports', { ports: ports.join(', ') }));
  addOnce(ctx.out.remedy, msg('check.pending-pods.remedy.host-ports'));
}

/** Explains required pod affinity / anti-affinity terms as the pod spec states them. */
export function explainPodAffinity(ctx: PendingContext): void {
  const affinity = ctx.pod.spec?.affinity;
  for (const term of affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
    addOnce(
      ctx.out.details,
      msg('check.pending-pods.detail.pod-affinity-term', {
        topologyKey: term.topologyKey,
        selector: selectorText(term.labelSelector),
      }),
    );
  }
  for (const term of affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
    addOnce(
      ctx.out.details,
      msg('check.pending-pods.detail.pod-anti-affinity-term', {
        topologyKey: term.topologyKey,
        selector: selectorText(term.labelSelector),
      }),
    );
  }
  addOnce(ctx.out.remedy, msg('check.pending-pods.remedy.affinity'));
}

/** Explains the pod's hard topology spread constraints. */
export function explainTopologySpread(ctx: PendingContext): void {
  for (const c of ctx.pod.spec?.topologySpreadConstraints ?? []) {
    if (c.whenUnsatisfiable !== 'DoNotSchedule') continue;
    addOnce(
      ctx.out.details,
      msg('check.pending-pods.detail.topology-constraint', {
        selector: selectorText(c.labelSelector),
        maxSkew: c.maxSkew,
        topologyKey: c.topologyKey,
      }),
    );
  }
  addOnce(ctx.out.remedy, msg('check.pending-pods.remedy.spread'));
}
