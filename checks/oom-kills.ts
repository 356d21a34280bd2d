import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding } from '../lib/doctor/finding.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import { eventEvidence } from '../lib/doctor/snapshot-index.ts';
import type { Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import {
  belongsToCompletedJob,
  containersOf,
  isEndedByNode,
  isSettledOrLeaving,
  ownerCommandRef,
  ownerOf,
  podCommands,
  podRef,
  seenRange,
  stateEvidence,
  type ContainerEntry,
} from '../lib/doctor/containers/pod-facts.ts';

/** A container running now whose last OOM kill is older than this is history, not news. */
const RECENT_MS = 24 * 60 * 60 * 1000;

/** Containers killed for memory (OOMKilled): against their limit, or by a node out of memory. */
export const oomKillsCheck: Check = {
  id: 'oom-kills',
  title: 'check.oom-kills.title',
  needs: ['pods', 'events', 'limitRanges', 'nodes'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    const now = Date.parse(snapshot.takenAt);
    for (const pod of snapshot.pods) {
      // A Job that has since completed made up for its OOM-killed attempts: they are history.
      if (isSettledOrLeaving(pod) || belongsToCompletedJob(pod, snapshot) || isEndedByNode(pod)) continue;
      for (const entry of containersOf(pod)) {
        const current = entry.status?.state?.terminated;
        const last = entry.status?.lastState?.terminated;
        const killed = current?.reason === 'OOMKilled' ? current : last?.reason === 'OOMKilled' ? last : undefined;
        if (!killed) continue;
        const runningNow = Boolean(entry.status?.state?.running);
        if (runningNow && !(now - Date.parse(killed.finishedAt ?? '') <= RECENT_MS)) continue;
        findings.push(diagnose(pod, entry, killed.finishedAt, runningNow, snapshot, index));
      }
    }
    return findings;
  },
};

function diagnose(
  pod: Pod,
  entry: ContainerEntry,
  finishedAt: string | undefined,
  runningNow: boolean,
  snapshot: Snapshot,
  index: SnapshotIndex,
): Finding {
  const container = entry.name;
  const namespace = pod.metadata?.namespace ?? '';
  const podName = pod.metadata?.name ?? '';
  // Pod-level resources (spec.resources, newer clusters) cap all containers together.
  const podLimit = (pod.spec as { resources?: { limits?: Record<string, string> } } | undefined)?.resources?.limits
    ?.memory;
  const limit = entry.spec?.resources?.limits?.memory ?? (podLimit ? `${podLimit} (pod-level)` : undefined);
  const request = entry.spec?.resources?.requests?.memory;
  const owner = ownerOf(pod, snapshot);
  const details: Message[] = [];
  const remedy: Message[] = [];
  const commands = [
    `kubectl top pod ${podName} -n ${namespace} --containers`,
    `kubectl logs ${podName} -c ${container} -n ${namespace} --previous`,
    ...podCommands(pod),
  ];
  const evidence: Evidence[] = [...stateEvidence(entry), ...eventEvidence(index.eventsFor(podRef(pod)))];
  if (entry.spec?.resources)
    evidence.push({ source: 'spec', text: `${container} resources: ${JSON.stringify(entry.spec.resources)}` });

  if (entry.init) details.push(msg('check.oom-kills.detail.init', { container }));
  details.push(
    msg('check.oom-kills.detail.resources', {
      request: request ?? '-',
      limit: limit ?? '-',
      restarts: entry.status?.restartCount ?? 0,
      finishedAt: finishedAt ?? '?',
    }),
  );
  const waiting = entry.status?.state?.waiting?.reason;
  details.push(
    msg('check.oom-kills.detail.state-now', {
      state: runningNow ? 'Running' : (waiting ?? entry.status?.state?.terminated?.reason ?? '?'),
    }),
  );

  let code: string;
  let cause: Message;
  if (limit) {
    code = 'limit-reached';
    cause = msg('check.oom-kills.cause.limit-reached', { container, limit });
    remedy.push(msg('check.oom-kills.remedy.raise-limit'), msg('check.oom-kills.remedy.runtime-heap'));
    const target = ownerCommandRef(owner);
    const doubled = podLimit && !entry.spec?.resources?.limits?.memory ? undefined : double(limit);
    if (target && owner?.kind !== 'Job' && doubled)
      commands.push(`kubectl set resources ${target} -c ${container} -n ${namespace} --limits=memory=${doubled}`);
  } else {
    code = 'no-limit';
    cause = msg('check.oom-kills.cause.no-limit', { container });
    for (const range of snapshot.limitRanges) {
      if (range.metadata?.namespace !== namespace) continue;
      // On the wire the field is "default"; client-node's model renames it "_default".
      const defaults = (range.spec?.limits ?? [])
        .filter((l) => l.type === 'Container')
        .map((l) => l._default?.memory ?? (l as { default?: Record<string, string> }).default?.memory);
      const defaultLimit = defaults.find(Boolean);
      if (defaultLimit)
        details.push(
          msg('check.oom-kills.detail.limit-range', { name: range.metadata?.name ?? '', limit: defaultLimit }),
        );
    }
    const nodeName = pod.spec?.nodeName;
    if (nodeName) {
      if (!snapshot.visibility.nodes.visible) {
        details.push(
          msg('check.oom-kills.detail.nodes-not-visible', {
            reason: snapshot.visibility.nodes.reason ?? 'error',
            node: nodeName,
          }),
        );
      } else {
        const pressure = index.node(nodeName)?.status?.conditions?.find((c) => c.type === 'MemoryPressure');
        if (pressure) {
          details.push(msg('check.oom-kills.detail.node-pressure', { node: nodeName, status: pressure.status }));
          evidence.push({
            source: 'node',
            reason: 'MemoryPressure',
            text: `MemoryPressure=${pressure.status}${pressure.reason ? ` (${pressure.reason})` : ''}${pressure.message ? `: ${pressure.message}` : ''}`,
            lastSeen: pressure.lastTransitionTime,
            about: { kind: 'Node', name: nodeName },
          });
        }
      }
      commands.push(`kubectl describe node ${nodeName}`);
    }
    remedy.push(msg('check.oom-kills.remedy.set-request'), msg('check.oom-kills.remedy.check-node'));
  }

  return {
    code: `oom-kills.${code}`,
    check: 'oom-kills',
    severity: runningNow ? 'warning' : 'error',
    object: podRef(pod),
    ...(owner ? { owner } : {}),
    cause,
    details,
    remedy,
    commands,
    evidence,
    concept: 'oom',
    ...seenRange(evidence),
  };
}

/** "256Mi" → "512Mi": a starting point for the set-resources command, in the user's own unit. */
function double(quantity: string): string | undefined {
  const m = /^(\d+)([KMGT]i?|[kmgt]i?)?$/.exec(quantity.trim());
  return m ? `${Number(m[1]) * 2}${m[2] ?? ''}` : undefined;
}
