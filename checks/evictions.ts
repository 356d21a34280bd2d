import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef, Severity } from '../lib/doctor/finding.ts';
import type { Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import { ownerOf, podRef, seenRange } from '../lib/doctor/containers/pod-facts.ts';

const RECENT_MS = 60 * 60 * 1000;
const CLEANUP_AT = 5;
/** Per-pod detail lines are capped; the evidence still quotes every pod. */
const DETAILED_PODS = 5;
const REJECTED =
  /^(OutOf\w+|UnexpectedAdmissionError|NodeAffinity|NodeName|NodePorts|InvalidNodeInfo|PodOSNotSupported|SysctlForbidden|AppArmor)$/;

type Kind = 'node-pressure' | 'ephemeral-storage-limit' | 'node-shutdown' | 'preempted' | 'rejected' | 'other';

/**
 * Pods the node ended rather than their own containers: evicted under node pressure or over
 * their ephemeral-storage limit, stopped by a node shutdown, preempted, or rejected on arrival.
 * Grouped by owner and cause; the cleanup command is printed, never run.
 */
export const evictionsCheck: Check = {
  id: 'evictions',
  title: 'check.evictions.title',
  needs: ['pods', 'replicaSets', 'jobs'],
  run(snapshot) {
    const groups = new Map<string, { kind: Kind; owner?: ObjectRef; pods: Pod[]; resource: string; reason: string }>();
    const failedCount = new Map<string, number>();
    for (const pod of snapshot.pods) {
      if (pod.status?.phase !== 'Failed') continue;
      const ns = pod.metadata?.namespace ?? '';
      failedCount.set(ns, (failedCount.get(ns) ?? 0) + 1);
      const reason = pod.status.reason ?? (preempted(pod) ? 'Preempted' : '');
      if (!reason) continue;
      const kind = classify(reason, pod.status.message ?? '', pod);
      const resource =
        kind === 'node-pressure'
          ? (/low on resource: \[?([\w-]+(?:\.[\w-]+)*)/.exec(pod.status.message ?? '')?.[1] ??
            /condition: \[(\w+)\]/.exec(pod.status.message ?? '')?.[1] ??
            '?')
          : '';
      const owner = ownerOf(pod, snapshot);
      const key = `${ns}/${owner ? `${owner.kind}/${owner.name}` : `Pod/${pod.metadata?.name}`}/${kind}/${resource}/${kind === 'other' || kind === 'rejected' ? reason : ''}`;
      const group = groups.get(key) ?? { kind, ...(owner ? { owner } : {}), pods: [], resource, reason };
      group.pods.push(pod);
      groups.set(key, group);
    }
    const now = Date.parse(snapshot.takenAt);
    return [...groups.values()].map((g) =>
      toFinding(g, now, failedCount.get(g.pods[0]?.metadata?.namespace ?? '') ?? 0),
    );
  },
};

function preempted(pod: Pod): boolean {
  return Boolean(
    pod.status?.conditions?.some(
      (c) => c.type === 'DisruptionTarget' && c.status === 'True' && /Preemption/.test(c.reason ?? ''),
    ),
  );
}

function classify(reason: string, message: string, pod: Pod): Kind {
  if (reason === 'Evicted') {
    if (
      /exceeds the total limit of containers|exceeded its local ephemeral storage limit|Usage of EmptyDir volume .* exceeds the limit/.test(
        message,
      )
    )
      return 'ephemeral-storage-limit';
    if (/low on resource|had condition/.test(message)) return 'node-pressure';
    return 'other';
  }
  if (reason === 'Terminated' || reason === 'NodeShutdown' || /node shutdown/i.test(message)) return 'node-shutdown';
  if (reason === 'Preempted' || preempted(pod)) return 'preempted';
  if (REJECTED.test(reason)) return 'rejected';
  return 'other';
}

/** When the pod was ended: DisruptionTarget or Ready=False transition, else the last container finish. */
function endedAt(pod: Pod): string {
  const conditions = pod.status?.conditions ?? [];
  const disruption = conditions.find((c) => c.type === 'DisruptionTarget')?.lastTransitionTime;
  if (disruption) return disruption;
  const finished = (pod.status?.containerStatuses ?? [])
    .map((s) => s.state?.terminated?.finishedAt)
    .filter((t): t is string => Boolean(t))
    .sort();
  return (
    finished[finished.length - 1] ??
    conditions.find((c) => c.type === 'Ready' && c.status === 'False')?.lastTransitionTime ??
    pod.status?.startTime ??
    '?'
  );
}

function toFinding(
  group: { kind: Kind; owner?: ObjectRef; pods: Pod[]; resource: string; reason: string },
  now: number,
  namespaceFailed: number,
): Finding {
  const pods = [...group.pods].sort((a, b) => endedAt(b).localeCompare(endedAt(a)));
  const first = pods[0]!;
  const namespace = first.metadata?.namespace ?? '';
  const ownerText = group.owner ? `${group.owner.kind}/${group.owner.name}` : `Pod/${first.metadata?.name}`;
  const count = pods.length;
  const details: Message[] = [];
  const remedy: Message[] = [];
  const evidence: Evidence[] = [];
  let sawNoRequest = false;
  for (const [i, pod] of pods.entries()) {
    const name = pod.metadata?.name ?? '';
    const listed = i < DETAILED_PODS;
    const node = pod.spec?.nodeName ?? '?';
    const time = endedAt(pod);
    const message = pod.status?.message ?? '';
    evidence.push({
      source: 'status',
      reason: pod.status?.reason ?? group.reason,
      text: `${name}: ${message.trim()}`,
      lastSeen: time === '?' ? undefined : time,
      about: podRef(pod),
    });
    const pressure = /Threshold quantity: ([^,]+), available: ([^.]+(?:\.\d+)?[^.\s]*)\./.exec(message);
    if (!listed) continue;
    if (group.kind === 'node-pressure' && pressure) {
      details.push(
        msg('check.evictions.detail.pressure-pod', {
          pod: name,
          node,
          time,
          resource: group.resource,
          available: pressure[2]!,
          threshold: pressure[1]!,
        }),
      );
    } else details.push(msg('check.evictions.detail.pod', { pod: name, node, time }));
    for (const m of message.matchAll(/Container (\S+) was using (\S+), request is (\S+?),/g)) {
      details.push(
        msg('check.evictions.detail.pressure-container', { container: m[1]!, pod: name, usage: m[2]!, request: m[3]! }),
      );
      if (m[3] === '0') sawNoRequest = true;
    }
  }
  if (pods.length > DETAILED_PODS)
    details.push(msg('check.evictions.detail.more', { count: pods.length - DETAILED_PODS }));
  if (sawNoRequest) details.push(msg('check.evictions.detail.no-request'));
  const last = endedAt(first);
  const recent = now - Date.parse(last) <= RECENT_MS;
  if (recent) details.push(msg('check.evictions.detail.recent', { time: last }));
  if (group.owner) details.push(msg('check.evictions.detail.records'));
  else details.push(msg('check.evictions.detail.bare-pod', { pod: first.metadata?.name ?? '' }));

  const params = { count, owner: ownerText };
  let cause: Message;
  switch (group.kind) {
    case 'node-pressure':
      cause = msg('check.evictions.cause.node-pressure', { ...params, resource: group.resource });
      if (group.resource === 'memory' || group.resource === 'MemoryPressure')
        remedy.push(msg('check.evictions.remedy.memory'));
      else if (/storage|fs|DiskPressure/i.test(group.resource)) remedy.push(msg('check.evictions.remedy.storage'));
      else remedy.push(msg('check.evictions.remedy.pressure-other', { resource: group.resource }));
      break;
    case 'ephemeral-storage-limit':
      cause = msg('check.evictions.cause.ephemeral-storage-limit', params);
      remedy.push(msg('check.evictions.remedy.ephemeral-limit'));
      break;
    case 'node-shutdown':
      cause = msg('check.evictions.cause.node-shutdown', params);
      remedy.push(msg('check.evictions.remedy.node-shutdown'));
      break;
    case 'preempted':
      cause = msg('check.evictions.cause.preempted', params);
      remedy.push(msg('check.evictions.remedy.preempted'));
      break;
    case 'rejected':
      cause = msg('check.evictions.cause.rejected', { ...params, reason: group.reason });
      remedy.push(msg('check.evictions.remedy.rejected'));
      break;
    default:
      cause = msg('check.evictions.cause.other', { ...params, reason: group.reason });
      remedy.push(msg('check.evictions.remedy.other'));
  }
  const commands = [`kubectl get pods -n ${namespace} --field-selector=status.phase=Failed -o wide`];
  const nodes = [...new Set(pods.map((p) => p.spec?.nodeName).filter((n): n is string => Boolean(n)))];
  if (group.kind === 'node-pressure' && nodes[0]) commands.push(`kubectl describe node ${nodes[0]}`);
  if (namespaceFailed >= CLEANUP_AT) {
    details.push(msg('check.evictions.detail.cleanup', { namespace, count: namespaceFailed }));
    remedy.push(msg('check.evictions.remedy.cleanup'));
    commands.push(`kubectl delete pod -n ${namespace} --field-selector=status.phase=Failed`);
  }
  const severity: Severity = !group.owner || (recent && group.kind !== 'node-shutdown') ? 'warning' : 'info';
  return {
    code: `evictions.${group.kind}`,
    check: 'evictions',
    severity,
    object: group.owner ?? podRef(first),
    ...(group.owner ? { owner: group.owner } : {}),
    cause,
    details,
    remedy,
    commands,
    evidence,
    concept: 'eviction',
    related: pods.map(podRef),
    ...seenRange(evidence),
  };
}
