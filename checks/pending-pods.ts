import { msg, type Message } from '../lib/i18n/index.ts';
import type { Check } from '../lib/doctor/check.ts';
import type { ConceptId } from '../lib/doctor/concepts.ts';
import type { Evidence, Finding, Severity } from '../lib/doctor/finding.ts';
import {
  parseSchedulerMessage,
  type ParsedSchedulerMessage,
  type SchedulerReason,
} from '../lib/doctor/scheduler-message.ts';
import { eventEvidence, type EventGroup, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { Pod } from '../lib/doctor/wire.ts';
import { workloadOwner } from '../lib/doctor/workload-owner.ts';
import { addCommand, addOnce, emptyExplanation, type PendingContext } from '../lib/doctor/scheduling/explanation.ts';
import { explainCordoned, explainNodeSelector } from '../lib/doctor/scheduling/explain-labels.ts';
import {
  explainHostPorts,
  explainPodAffinity,
  explainTopologySpread,
} from '../lib/doctor/scheduling/explain-pod-rules.ts';
import { explainInsufficient, explainTooManyPods } from '../lib/doctor/scheduling/explain-resources.ts';
import { explainTaints } from '../lib/doctor/scheduling/explain-taints.ts';
import { explainByIntent } from '../lib/doctor/scheduling/explain-candidates.ts';
import { explainBindingTimeout, explainClaims, explainVolumeZone } from '../lib/doctor/scheduling/explain-volumes.ts';
import { formatTaint } from '../lib/doctor/scheduling/taint-toleration.ts';

const CHECK = 'pending-pods';
/** Below this age a pod without any scheduler report is simply new. */
const GRACE_SECONDS = 60;
const GATE_GRACE_SECONDS = 300;

/** Why pods are Pending: the scheduler's reasons explained with node, claim and spec evidence. */
export const pendingPodsCheck: Check = {
  id: CHECK,
  title: 'check.pending-pods.title',
  needs: ['pods', 'events', 'nodes', 'persistentVolumeClaims', 'persistentVolumes', 'limitRanges', 'csiDrivers'],
  run(snapshot, index) {
    return snapshot.pods.filter(isWaitingForNode).flatMap((pod) => {
      const finding = explainPod(pod, snapshot, index);
      return finding ? [finding] : [];
    });
  },
};

function isWaitingForNode(pod: Pod): boolean {
  return pod.status?.phase === 'Pending' && !pod.spec?.nodeName && !pod.metadata?.deletionTimestamp;
}

interface Outcome {
  code: string;
  cause: Message;
  severity: Severity;
  concept?: ConceptId;
}

function explainPod(pod: Pod, snapshot: Snapshot, index: SnapshotIndex): Finding | undefined {
  const name = pod.metadata?.name ?? '';
  const namespace = pod.metadata?.namespace ?? snapshot.namespace ?? '';
  const ref = { kind: 'Pod', name, namespace };
  const events = index.eventsFor(ref);
  const failed = events.filter((e) => e.reason === 'FailedScheduling');
  const condition = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  const ageSeconds = secondsBetween(pod.metadata?.creationTimestamp, snapshot.takenAt);
  const nodesVisible = snapshot.visibility.nodes.visible;
  const out = emptyExplanation();

  const evidence: Evidence[] = [...eventEvidence(events)];
  if (condition) {
    evidence.push({
      source: 'condition',
      reason: 'PodScheduled',
      text: `status=${condition.status}${condition.reason ? ` reason=${condition.reason}` : ''}${condition.message ? `: ${condition.message}` : ''}`,
      lastSeen: condition.lastTransitionTime ?? undefined,
    });
  }

  // The newest FailedScheduling event decides; the condition speaks when events are gone or hidden.
  const current = failed[0]?.message ?? (condition?.status === 'False' ? condition.message : undefined);
  const parsed = current ? parseSchedulerMessage(current) : null;
  const total = parsed?.totalNodes ?? (nodesVisible ? snapshot.nodes.length : 0);
  const ctx: PendingContext = {
    pod,
    name,
    namespace,
    snapshot,
    index,
    nodes: snapshot.nodes,
    nodesVisible,
    total,
    out,
  };

  const gates = (pod.spec?.schedulingGates ?? []).map((g) => g.name);
  let outcome: Outcome;
  if (gates.length > 0) {
    addOnce(
      out.details,
      msg('check.pending-pods.detail.gates', { gates: gates.join(', '), age: formatAge(ageSeconds) }),
    );
    addOnce(out.remedy, msg('check.pending-pods.remedy.gates'));
    outcome = {
      code: 'scheduling-gated',
      cause: msg('check.pending-pods.cause.scheduling-gated', { gates: gates.join(', ') }),
      severity: ageSeconds !== null && ageSeconds < GATE_GRACE_SECONDS ? 'info' : 'warning',
      concept: 'scheduling-gates',
    };
  } else if (!current) {
    outcome = noReport(ctx, ageSeconds);
  } else if (!parsed) {
    addOnce(out.remedy, msg('check.pending-pods.remedy.unknown'));
    outcome = {
      code: 'unknown-reason',
      cause: msg('check.pending-pods.cause.unknown-reason', { text: current }),
      severity: 'error',
    };
  } else {
    outcome = explainParsed(ctx, parsed);
  }

  if (failed.length > 1)
    addOnce(out.details, msg('check.pending-pods.detail.older-message', { count: failed.length - 1 }));
  const commands = [
    `kubectl describe pod ${name} -n ${namespace}`,
    `kubectl get events -n ${namespace} --field-selector involvedObject.name=${name}`,
  ];
  for (const c of out.commands) if (!commands.includes(c)) commands.push(c);

  const owner = workloadOwner(snapshot, pod);
  const seen = timesSeen(failed);
  return {
    code: `${CHECK}.${outcome.code}`,
    check: CHECK,
    severity: outcome.severity,
    object: ref,
    ...(owner ? { owner } : {}),
    cause: outcome.cause,
    details: out.details,
    remedy: out.remedy,
    commands,
    evidence: [...evidence, ...out.evidence],
    ...(outcome.concept ? { concept: outcome.concept } : {}),
    ...(out.related.length > 0 ? { related: out.related } : {}),
    firstSeen: seen.first ?? condition?.lastTransitionTime ?? undefined,
    lastSeen: seen.last ?? condition?.lastTransitionTime ?? undefined,
  };
}

/** No event and no condition message: new, no scheduler, or events hidden. */
function noReport(ctx: PendingContext, ageSeconds: number | null): Outcome {
  const { out } = ctx;
  const age = formatAge(ageSeconds);
  const events = ctx.snapshot.visibility.events;
  if (ageSeconds !== null && ageSeconds < GRACE_SECONDS) {
    addOnce(out.remedy, msg('check.pending-pods.remedy.wait'));
    return {
      code: 'not-yet-scheduled',
      cause: msg('check.pending-pods.cause.not-yet-scheduled', { age }),
      severity: 'info',
    };
  }
  if (!events.visible) {
    addOnce(out.remedy, msg('check.pending-pods.remedy.read-events'));
    return {
      code: 'unknown-reason',
      cause: msg('check.pending-pods.cause.reason-not-visible', { age, reason: events.reason ?? 'error' }),
      severity: 'warning',
    };
  }
  const scheduler = ctx.pod.spec?.schedulerName ?? 'default-scheduler';
  addOnce(out.remedy, msg('check.pending-pods.remedy.scheduler-running', { scheduler }));
  return {
    code: 'no-scheduler-attempt',
    cause: msg('check.pending-pods.cause.no-scheduler-attempt', { age, scheduler }),
    severity: 'warning',
  };
}

function explainParsed(ctx: PendingContext, parsed: ParsedSchedulerMessage): Outcome {
  const { out } = ctx;
  if (!parsed.countsAddUp)
    addOnce(out.details, msg('check.pending-pods.detail.counts-mismatch', { total: parsed.totalNodes ?? 0 }));
  if (parsed.preemption) explainPreemption(ctx, parsed.preemption.reasons);

  if (parsed.noNodes) {
    if (ctx.nodesVisible && ctx.nodes.length === 0)
      addOnce(out.details, msg('check.pending-pods.detail.no-nodes-visible'));
    addOnce(out.remedy, msg('check.pending-pods.remedy.no-nodes'));
    addOnce(out.remedy, msg('check.pending-pods.remedy.fargate-profile'));
    addCommand(out, 'kubectl get nodes');
    addCommand(out, 'aws eks list-nodegroups --cluster-name <cluster>');
    addCommand(out, 'aws eks list-fargate-profiles --cluster-name <cluster>');
    return {
      code: 'no-nodes',
      cause: msg('check.pending-pods.cause.no-nodes'),
      severity: 'error',
      concept: 'scheduling-resources',
    };
  }

  if (parsed.preFilter) return explainPreFilter(ctx, parsed.preFilter);
  if (parsed.reasons.length === 0) {
    addOnce(out.remedy, msg('check.pending-pods.remedy.unknown'));
    return {
      code: 'unknown-reason',
      cause: msg('check.pending-pods.cause.unknown-reason', { text: parsed.raw }),
      severity: 'error',
    };
  }

  const needsNodes = parsed.reasons.some((r) => r.code !== 'unknown' && r.code !== 'prebind-timeout');
  if (!ctx.nodesVisible && needsNodes) {
    addOnce(
      out.details,
      msg('check.pending-pods.detail.nodes-hidden', { reason: ctx.snapshot.visibility.nodes.reason ?? 'error' }),
    );
  }
  // Judge from the pod's intent first: the scheduler names only the first failed filter per node.
  if (ctx.nodesVisible && ctx.nodes.length > 0) {
    const lead = explainByIntent(ctx, parsed, explainReason, reasonLine);
    if (lead) return lead;
  }
  return explainFromCounts(ctx, parsed.reasons);
}

const PLACEMENT = new Set(['untolerated-taint', 'node-affinity', 'scheduler-node-affinity', 'node-name']);

/**
 * Only the scheduler's counts to go by (nodes hidden, or the nodes explain nothing). Nodes counted under
 * a taint or a label may never have been wanted, so the reasons of the nodes past those filters lead.
 */
function explainFromCounts(ctx: PendingContext, reasons: SchedulerReason[]): Outcome {
  const past = reasons.filter((r) => !PLACEMENT.has(r.code));
  if (!ctx.nodesVisible && past.length > 0 && past.length < reasons.length)
    addOnce(ctx.out.details, msg('check.pending-pods.detail.first-filter-only'));
  const leading = past.length > 0 ? past : reasons;
  let outcome: Outcome | undefined;
  const main = mainReason(leading);
  for (const reason of reasons) {
    const result = explainReason(ctx, reason);
    if (reason === main) outcome = result;
  }
  if (leading.length > 1) {
    const causes = [...leading]
      .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
      .map((r) => `${r.count ?? 0} node(s): ${r.text}`)
      .join('; ');
    return { ...outcome!, cause: msg('check.pending-pods.cause.scheduler-several', { causes }) };
  }
  return outcome!;
}

/** The reason most nodes gave; ties go to the one a user can act on first. */
function mainReason(reasons: SchedulerReason[]): SchedulerReason {
  const priority = (r: SchedulerReason) => (r.code === 'unknown' ? 1 : 0);
  return [...reasons].sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || priority(a) - priority(b))[0]!;
}

/** The scheduler's own count for one reason, as a detail line; none for PreFilter/PreBind reasons. */
function reasonLine(reason: SchedulerReason): Message | undefined {
  const count = reason.count ?? 0;
  switch (reason.code) {
    case 'insufficient-resource':
      return msg('check.pending-pods.reason.insufficient-resource', { count, resource: reason.resource ?? '' });
    case 'untolerated-taint':
      return reason.taint
        ? msg('check.pending-pods.reason.untolerated-taint-named', {
            count,
            taint: `{${reason.taint.key}: ${reason.taint.value}}`,
          })
        : msg('check.pending-pods.reason.untolerated-taint', { count });
    case 'unknown':
      return msg('check.pending-pods.reason.unknown', { count, text: reason.text });
    case 'too-many-pods':
    case 'node-affinity':
    case 'scheduler-node-affinity':
    case 'host-ports':
    case 'node-name':
    case 'pod-affinity':
    case 'pod-anti-affinity':
    case 'existing-anti-affinity':
    case 'topology-spread':
    case 'volume-node-affinity':
    case 'no-volume-zone':
    case 'no-available-pv':
    case 'pvc-missing-pv':
    case 'not-enough-storage':
    case 'no-available-disk':
      return msg(`check.pending-pods.reason.${reason.code}`, { count });
    case 'unschedulable':
      return msg('check.pending-pods.reason.unschedulable', { count });
    case 'prebind-timeout':
    case 'unbound-immediate-pvc':
    case 'pvc-not-found':
      return undefined;
  }
}

/** Adds the per-reason detail and evidence, and returns what the finding would say if this reason led. */
function explainReason(ctx: PendingContext, reason: SchedulerReason): Outcome {
  const { out } = ctx;
  const count = reason.count ?? 0;
  const nodes = { count, total: ctx.total };
  switch (reason.code) {
    case 'insufficient-resource': {
      addOnce(
        out.details,
        msg('check.pending-pods.reason.insufficient-resource', { count, resource: reason.resource ?? '' }),
      );
      const cause = explainInsufficient(ctx, reason);
      return { code: 'insufficient-resources', cause, severity: 'error', concept: 'scheduling-resources' };
    }
    case 'too-many-pods':
      addOnce(out.details, msg('check.pending-pods.reason.too-many-pods', { count }));
      explainTooManyPods(ctx);
      return {
        code: 'too-many-pods',
        cause: msg('check.pending-pods.cause.too-many-pods', nodes),
        severity: 'error',
        concept: 'pod-capacity',
      };
    case 'untolerated-taint': {
      addOnce(
        out.details,
        reason.taint
          ? msg('check.pending-pods.reason.untolerated-taint-named', {
              count,
              taint: `{${reason.taint.key}: ${reason.taint.value}}`,
            })
          : msg('check.pending-pods.reason.untolerated-taint', { count }),
      );
      const taints = explainTaints(ctx, reason);
      const named =
        taints.length > 0
          ? taints.map(formatTaint).join(', ')
          : reason.taint
            ? `${reason.taint.key}=${reason.taint.value}`
            : '';
      const cause = named
        ? msg('check.pending-pods.cause.untolerated-taint', { ...nodes, taints: named })
        : msg('check.pending-pods.cause.untolerated-taint-unnamed', nodes);
      return { code: 'untolerated-taint', cause, severity: 'error', concept: 'taints-tolerations' };
    }
    case 'node-affinity':
      addOnce(out.details, msg('check.pending-pods.reason.node-affinity', { count }));
      explainNodeSelector(ctx);
      return {
        code: 'node-selector-mismatch',
        cause: msg('check.pending-pods.cause.node-selector-mismatch', nodes),
        severity: 'error',
        concept: 'node-affinity',
      };
    case 'scheduler-node-affinity':
      addOnce(out.details, msg('check.pending-pods.reason.scheduler-node-affinity', { count }));
      return {
        code: 'node-selector-mismatch',
        cause: msg('check.pending-pods.cause.scheduler-node-affinity', nodes),
        severity: 'error',
        concept: 'node-affinity',
      };
    case 'unschedulable':
      addOnce(out.details, msg('check.pending-pods.reason.unschedulable', { count }));
      explainCordoned(ctx);
      return {
        code: 'cordoned',
        cause: msg('check.pending-pods.cause.cordoned', nodes),
        severity: 'error',
        concept: 'cordon',
      };
    case 'host-ports':
      addOnce(out.details, msg('check.pending-pods.reason.host-ports', { count }));
      explainHostPorts(ctx);
      return {
        code: 'host-port-conflict',
        cause: msg('check.pending-pods.cause.host-port-conflict', nodes),
        severity: 'error',
      };
    case 'node-name':
      addOnce(out.details, msg('check.pending-pods.reason.node-name', { count }));
      addOnce(out.remedy, msg('check.pending-pods.remedy.node-name'));
      return {
        code: 'node-name-mismatch',
        cause: msg('check.pending-pods.cause.node-name-mismatch', nodes),
        severity: 'error',
      };
    case 'pod-affinity':
    case 'pod-anti-affinity':
    case 'existing-anti-affinity':
      addOnce(out.details, msg(`check.pending-pods.reason.${reason.code}`, { count }));
      explainPodAffinity(ctx);
      return {
        code: 'pod-affinity-conflict',
        cause: msg('check.pending-pods.cause.pod-affinity-conflict', nodes),
        severity: 'error',
      };
    case 'topology-spread':
      addOnce(out.details, msg('check.pending-pods.reason.topology-spread', { count }));
      explainTopologySpread(ctx);
      return {
        code: 'topology-spread',
        cause: msg('check.pending-pods.cause.topology-spread', nodes),
        severity: 'error',
        concept: 'topology-spread',
      };
    case 'volume-node-affinity':
    case 'no-volume-zone':
      addOnce(out.details, msg(`check.pending-pods.reason.${reason.code}`, { count }));
      explainVolumeZone(ctx);
      return {
        code: 'volume-zone-conflict',
        cause: msg('check.pending-pods.cause.volume-zone-conflict', nodes),
        severity: 'error',
        concept: 'volume-zone',
      };
    case 'no-available-pv':
    case 'pvc-missing-pv':
      addOnce(out.details, msg(`check.pending-pods.reason.${reason.code}`, { count }));
      explainClaims(ctx, reason);
      return {
        code: 'unbound-pvc',
        cause: msg('check.pending-pods.cause.unbound-pvc'),
        severity: 'error',
        concept: 'pvc-binding',
      };
    case 'not-enough-storage':
    case 'no-available-disk':
      addOnce(out.details, msg(`check.pending-pods.reason.${reason.code}`, { count }));
      explainClaims(ctx, reason);
      addOnce(out.remedy, msg('check.pending-pods.remedy.volume-generic'));
      return {
        code: 'volume-unavailable',
        cause: msg('check.pending-pods.cause.volume-unavailable', nodes),
        severity: 'error',
        concept: 'pvc-binding',
      };
    case 'prebind-timeout':
      explainBindingTimeout(ctx);
      return {
        code: 'volume-binding-timeout',
        cause: msg('check.pending-pods.cause.volume-binding-timeout'),
        severity: 'error',
        concept: 'csi-driver',
      };
    case 'unbound-immediate-pvc':
    case 'pvc-not-found':
      return explainPreFilter(ctx, reason);
    default:
      addOnce(out.details, msg('check.pending-pods.reason.unknown', { count, text: reason.text }));
      addOnce(out.remedy, msg('check.pending-pods.remedy.unknown'));
      return {
        code: 'unknown-reason',
        cause: msg('check.pending-pods.cause.unknown-reason', { text: reason.text }),
        severity: 'error',
      };
  }
}

function explainPreFilter(ctx: PendingContext, reason: SchedulerReason): Outcome {
  const { out } = ctx;
  if (reason.code === 'unbound-immediate-pvc') {
    addOnce(out.details, msg('check.pending-pods.prefilter.unbound-immediate-pvc'));
    explainClaims(ctx, reason);
    return {
      code: 'unbound-pvc',
      cause: msg('check.pending-pods.cause.unbound-pvc'),
      severity: 'error',
      concept: 'pvc-binding',
    };
  }
  if (reason.code === 'pvc-not-found') {
    const claim = reason.claim ?? '';
    addOnce(out.details, msg('check.pending-pods.prefilter.pvc-not-found', { claim }));
    explainClaims(ctx, reason);
    return {
      code: 'missing-pvc',
      cause: msg('check.pending-pods.cause.missing-pvc', { claim }),
      severity: 'error',
      concept: 'pvc-binding',
    };
  }
  if (reason.code === 'prebind-timeout') return explainReason(ctx, reason);
  addOnce(out.details, msg('check.pending-pods.prefilter.unknown', { text: reason.text }));
  addOnce(out.remedy, msg('check.pending-pods.remedy.unknown'));
  return {
    code: 'unknown-reason',
    cause: msg('check.pending-pods.cause.unknown-reason', { text: reason.text }),
    severity: 'error',
  };
}

function explainPreemption(ctx: PendingContext, reasons: SchedulerReason[]): void {
  const sum = (pattern: RegExp) => reasons.filter((r) => pattern.test(r.text)).reduce((s, r) => s + (r.count ?? 0), 0);
  const notHelpful = sum(/^Preemption is not helpful/);
  const noVictims = sum(/^No preemption victims/);
  const others = reasons.filter((r) => !/^Preemption is not helpful|^No preemption victims/.test(r.text));
  if (notHelpful > 0 && noVictims > 0)
    addOnce(ctx.out.details, msg('check.pending-pods.detail.preemption-mixed', { notHelpful, noVictims }));
  else if (notHelpful > 0) addOnce(ctx.out.details, msg('check.pending-pods.detail.preemption-not-helpful'));
  else if (noVictims > 0) addOnce(ctx.out.details, msg('check.pending-pods.detail.preemption-no-victims'));
  for (const other of others) {
    addOnce(
      ctx.out.details,
      msg('check.pending-pods.detail.preemption-other', {
        text: other.count === null ? other.text : `${other.count} ${other.text}`,
      }),
    );
  }
}

function timesSeen(groups: EventGroup[]): { first?: string; last?: string } {
  const firsts = groups
    .map((g) => g.firstSeen)
    .filter((t): t is string => !!t)
    .sort();
  const lasts = groups
    .map((g) => g.lastSeen)
    .filter((t): t is string => !!t)
    .sort();
  return { first: firsts[0], last: lasts[lasts.length - 1] };
}

function secondsBetween(from: string | undefined, to: string): number | null {
  if (!from) return null;
  const a = Date.parse(from);
  const b = Date.parse(to);
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.max(0, Math.round((b - a) / 1000));
}

/** Ages as kubectl prints them: 45s, 3m, 2h, 4d. */
function formatAge(seconds: number | null): string {
  if (seconds === null) return '?';
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 172800) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86400)}d`;
}
