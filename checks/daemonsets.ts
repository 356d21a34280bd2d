import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef } from '../lib/doctor/finding.ts';
import { matchesNodeSelection, untoleratedTaints } from '../lib/doctor/workloads/node-placement.ts';
import { formatTaint } from '../lib/doctor/scheduling/taint-toleration.ts';
import { eventEvidence, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { DaemonSet, KubeNode } from '../lib/doctor/wire.ts';
import { brokenPods, reasonSummary } from '../lib/doctor/workloads/broken-pods.ts';
import { podsControlledBy, refOf } from '../lib/doctor/workload-owner.ts';
import { msg, type Message } from '../lib/i18n/index.ts';

// The DaemonSet controller adds these tolerations to every pod it creates (pkg/controller/daemon/util).
const AUTOMATIC_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];
const HOST_NETWORK_TOLERATION = {
  key: 'node.kubernetes.io/network-unavailable',
  operator: 'Exists',
  effect: 'NoSchedule',
};
const MAX_LINES = 5;

export const daemonsetsCheck: Check = {
  id: 'daemonsets',
  title: 'check.daemonsets.title',
  needs: ['daemonSets', 'pods', 'nodes', 'events'],
  run(snapshot, index) {
    return snapshot.daemonSets.flatMap((ds) => judge(ds, snapshot, index));
  },
};

function judge(ds: DaemonSet, snapshot: Snapshot, index: SnapshotIndex): Finding[] {
  const object = refOf('DaemonSet', ds);
  const { name } = object;
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const status = ds.status;
  const desired = status?.desiredNumberScheduled ?? 0;
  const ready = status?.numberReady ?? 0;
  const available = status?.numberAvailable ?? 0;
  const updated = status?.updatedNumberScheduled ?? 0;
  const misscheduled = status?.numberMisscheduled ?? 0;
  const nodesVisible = snapshot.visibility.nodes.visible;
  const events = index.eventsFor(object);
  const statusText = `desiredNumberScheduled: ${desired}, currentNumberScheduled: ${status?.currentNumberScheduled ?? 0}, numberReady: ${ready}, numberAvailable: ${available}, updatedNumberScheduled: ${updated}, numberMisscheduled: ${misscheduled}`;
  const evidence: Evidence[] = [...eventEvidence(events), { source: 'status', text: statusText }];
  const base = {
    check: 'daemonsets',
    object,
    concept: 'daemonset' as const,
    firstSeen: events.at(-1)?.firstSeen,
    lastSeen: events[0]?.lastSeen,
  };
  const notVisible: Message[] = nodesVisible
    ? []
    : [msg('check.daemonsets.detail.nodes-not-visible', { reason: snapshot.visibility.nodes.reason ?? 'error' })];
  const describe = `kubectl describe daemonset ${name} -n ${namespace}`;
  const findings: Finding[] = [];

  const pods = podsControlledBy(snapshot, ds.metadata?.uid);
  const broken = brokenPods(pods, snapshot.takenAt);
  if (desired > 0 && ready < desired && broken.starting) {
    // Pods merely starting (a new node, a rolling update in motion) are progress, not failure.
    findings.push({
      ...base,
      code: 'daemonsets.starting',
      severity: 'info',
      cause: msg('check.daemonsets.cause.starting', { name, ready, desired }),
      details: broken.lines
        .slice(0, MAX_LINES)
        .map((line) =>
          line.node ? msg('check.daemonsets.detail.pod', line) : msg('check.daemonsets.detail.pod-unscheduled', line),
        ),
      remedy: [msg('check.daemonsets.remedy.wait')],
      commands: [`kubectl rollout status daemonset/${name} -n ${namespace}`],
      evidence,
    });
  } else if (desired > 0 && ready < desired) {
    const details: Message[] = [msg('check.daemonsets.detail.counts', { desired, ready, available, updated })];
    if (broken.reasons.length)
      details.push(msg('check.daemonsets.detail.pod-summary', { summary: reasonSummary(broken.reasons) }));
    for (const line of broken.lines.slice(0, MAX_LINES))
      details.push(
        line.node ? msg('check.daemonsets.detail.pod', line) : msg('check.daemonsets.detail.pod-unscheduled', line),
      );
    if (broken.lines.length > MAX_LINES)
      details.push(msg('check.daemonsets.detail.more', { count: broken.lines.length - MAX_LINES }));
    if (!snapshot.visibility.pods.visible)
      details.push(
        msg('check.daemonsets.detail.pods-not-visible', { reason: snapshot.visibility.pods.reason ?? 'error' }),
      );
    const code = ready === 0 ? 'none-ready' : 'not-ready';
    const first = broken.lines[0];
    findings.push({
      ...base,
      code: `daemonsets.${code}`,
      severity: ready === 0 ? 'error' : 'warning',
      cause: msg(`check.daemonsets.cause.${code}`, { name, ready, desired }),
      details,
      remedy: [msg('check.daemonsets.remedy.fix-pods')],
      commands: [
        describe,
        ...(first ? [`kubectl describe pod ${first.pod} -n ${namespace}`] : []),
        `kubectl get pods -n ${namespace} -o wide -l ${selectorOf(ds)}`,
      ],
      evidence: [
        ...evidence,
        ...broken.lines
          .slice(0, MAX_LINES)
          .filter((l) => l.message)
          .map((l) => ({
            source: 'status' as const,
            text: l.message!,
            about: { kind: 'Pod', name: l.pod, namespace },
          })),
      ],
      ...(broken.refs.length ? { related: broken.refs } : {}),
    });
  } else if (desired > 0 && updated < desired) {
    const onDelete = ds.spec?.updateStrategy?.type === 'OnDelete';
    findings.push({
      ...base,
      code: 'daemonsets.update-pending',
      severity: 'info',
      cause: msg(onDelete ? 'check.daemonsets.cause.update-on-delete' : 'check.daemonsets.cause.update-in-progress', {
        name,
        updated,
        desired,
      }),
      details: [msg('check.daemonsets.detail.counts', { desired, ready, available, updated })],
      remedy: [msg(onDelete ? 'check.daemonsets.remedy.on-delete' : 'check.daemonsets.remedy.wait')],
      commands: [`kubectl rollout status daemonset/${name} -n ${namespace}`],
      evidence,
    });
  }

  if (misscheduled > 0) {
    const template = ds.spec?.template?.spec;
    const wrong = nodesVisible
      ? pods.filter((p) => {
          const node = p.spec?.nodeName ? index.node(p.spec.nodeName) : undefined;
          return node && !matchesNodeSelection(template, node);
        })
      : [];
    findings.push({
      ...base,
      code: 'daemonsets.misscheduled',
      severity: 'warning',
      cause: msg('check.daemonsets.cause.misscheduled', { name, count: misscheduled }),
      details: [
        ...wrong.map((p) =>
          msg('check.daemonsets.detail.misscheduled-pod', {
            pod: p.metadata?.name ?? '',
            node: p.spec?.nodeName ?? '',
          }),
        ),
        ...notVisible,
      ],
      remedy: [msg('check.daemonsets.remedy.misscheduled')],
      commands: [describe, `kubectl get pods -n ${namespace} -o wide -l ${selectorOf(ds)}`],
      evidence,
      ...(wrong.length ? { related: wrong.map((p) => refOf('Pod', p)) } : {}),
    });
  }

  if (nodesVisible) findings.push(...excludedNodes(ds, snapshot, base, evidence, desired));
  else if (findings.length) findings[0]!.details = [...(findings[0]!.details ?? []), ...notVisible];
  return findings;
}

function excludedNodes(
  ds: DaemonSet,
  snapshot: Snapshot,
  base: Omit<Finding, 'code' | 'severity' | 'cause' | 'remedy' | 'evidence'>,
  evidence: Evidence[],
  desired: number,
): Finding[] {
  const spec = ds.spec?.template?.spec;
  const tolerations = [
    ...(spec?.tolerations ?? []),
    ...AUTOMATIC_TOLERATIONS,
    ...(spec?.hostNetwork ? [HOST_NETWORK_TOLERATION] : []),
  ];
  // Fargate "nodes" never run DaemonSet pods, whatever the tolerations: nothing to add there.
  const real = snapshot.nodes.filter((n) => n.metadata?.labels?.['eks.amazonaws.com/compute-type'] !== 'fargate');
  const selected = real.filter((n) => matchesNodeSelection(spec, n));
  const name = base.object.name;
  const namespace = base.object.namespace ?? '';

  if (selected.length === 0 && real.length > 0 && desired === 0) {
    const selector =
      Object.entries(spec?.nodeSelector ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',') || 'nodeAffinity';
    return [
      {
        ...base,
        code: 'daemonsets.no-matching-nodes',
        severity: 'warning',
        cause: msg('check.daemonsets.cause.no-matching-nodes', { name, selector, nodes: real.length }),
        details: [],
        remedy: [msg('check.daemonsets.remedy.no-matching-nodes')],
        commands: ['kubectl get nodes --show-labels'],
        evidence: [...evidence, { source: 'spec', text: `nodeSelector: ${JSON.stringify(spec?.nodeSelector ?? {})}` }],
      },
    ];
  }

  const byTaint = new Map<string, KubeNode[]>();
  for (const node of selected) {
    const taints = untoleratedTaints(node, tolerations);
    if (!taints.length) continue;
    const key = taints.map(formatTaint).join(', ');
    byTaint.set(key, [...(byTaint.get(key) ?? []), node]);
  }
  if (!byTaint.size) return [];
  const count = [...byTaint.values()].reduce((n, list) => n + list.length, 0);
  const related: ObjectRef[] = [...byTaint.values()]
    .flat()
    .map((n) => ({ kind: 'Node', name: n.metadata?.name ?? '' }));
  return [
    {
      ...base,
      code: 'daemonsets.skipped-tainted-nodes',
      severity: 'info',
      cause: msg('check.daemonsets.cause.skipped-tainted-nodes', { name, count }),
      details: [...byTaint].map(([taints, nodes]) =>
        msg('check.daemonsets.detail.tainted-nodes', {
          count: nodes.length,
          taints,
          nodes:
            nodes
              .map((n) => n.metadata?.name ?? '')
              .slice(0, MAX_LINES)
              .join(', ') + (nodes.length > MAX_LINES ? ', …' : ''),
        }),
      ),
      remedy: [msg('check.daemonsets.remedy.add-toleration')],
      commands: [
        `kubectl get daemonset ${name} -n ${namespace} -o jsonpath='{.spec.template.spec.tolerations}'`,
        'kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints',
      ],
      evidence: [
        ...evidence,
        ...[...byTaint].flatMap(([taints, nodes]) =>
          nodes.map((n) => ({
            source: 'node' as const,
            text: taints,
            about: { kind: 'Node', name: n.metadata?.name ?? '' },
          })),
        ),
      ],
      related,
    },
  ];
}

function selectorOf(ds: DaemonSet): string {
  return Object.entries(ds.spec?.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
