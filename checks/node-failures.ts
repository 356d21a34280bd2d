import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef } from '../lib/doctor/finding.ts';
import { minutesSince } from '../lib/doctor/finding-time.ts';
import { eventEvidence, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { KubeNode, Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';

const CHECK = 'node-failures';
const DOWN_TAINTS = ['node.kubernetes.io/unreachable', 'node.kubernetes.io/not-ready'];
/** The toleration DefaultTolerationSeconds gives every pod that sets none. */
const DEFAULT_TOLERATION_SECONDS = 300;
const PODS_IN_LINE = 5;

/**
 * Nodes that stopped reporting or are NotReady, with the pods of the namespace they hold: since when,
 * the kubelet's last word, when the pods are marked for deletion, and on EKS what to check. A root
 * cause: the Deployment that stops serving and the replacement pods that stay Pending follow from it.
 */
export const nodeFailuresCheck: Check = {
  id: CHECK,
  title: 'check.node-failures.title',
  needs: ['nodes', 'pods', 'events'],
  run(snapshot, index) {
    if (!snapshot.visibility.nodes.visible) return fromPodsOnly(snapshot, index);
    return snapshot.nodes.flatMap((node) => {
      if (!isDown(node)) return [];
      const pods = podsOn(snapshot, node.metadata?.name ?? '');
      // A dead node of someone else's namespace is not this reader's problem; all namespaces read: it is.
      if (pods.length === 0 && snapshot.namespace !== null) return [];
      return [nodeFinding(node, pods, snapshot, index)];
    });
  },
};

function readyCondition(node: KubeNode) {
  return node.status?.conditions?.find((c) => c.type === 'Ready');
}

function isDown(node: KubeNode): boolean {
  const ready = readyCondition(node);
  if (ready && ready.status !== 'True') return true;
  return (node.spec?.taints ?? []).some((t) => DOWN_TAINTS.includes(t.key) && t.effect === 'NoExecute');
}

function podsOn(snapshot: Snapshot, nodeName: string): Pod[] {
  return snapshot.pods.filter(
    (p) =>
      p.spec?.nodeName === nodeName &&
      p.status?.phase !== 'Succeeded' &&
      p.status?.phase !== 'Failed' &&
      (snapshot.namespace === null || p.metadata?.namespace === snapshot.namespace),
  );
}

function nodeFinding(node: KubeNode, pods: Pod[], snapshot: Snapshot, index: SnapshotIndex): Finding {
  const name = node.metadata?.name ?? '';
  const ref: ObjectRef = { kind: 'Node', name };
  const ready = readyCondition(node);
  const status = ready?.status ?? 'Unknown';
  const since = ready?.status !== 'True' ? (ready?.lastTransitionTime ?? undefined) : downTaintTime(node);
  const message = ready?.message ?? '';
  const details: Message[] = [];
  const evidence: Evidence[] = [];
  const commands = [`kubectl describe node ${name}`];
  const related: ObjectRef[] = [ref];

  if (ready)
    evidence.push({
      source: 'condition',
      reason: 'Ready',
      text: `status=${status}${ready.reason ? ` reason=${ready.reason}` : ''}${message ? `: ${message}` : ''}`,
      ...(ready.lastTransitionTime ? { lastSeen: ready.lastTransitionTime } : {}),
      about: ref,
    });
  if (ready?.lastHeartbeatTime)
    details.push(msg('check.node-failures.detail.heartbeat', { time: ready.lastHeartbeatTime }));
  const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
  if (taints.length > 0) {
    const text = taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ');
    details.push(msg('check.node-failures.detail.taints', { taints: text }));
    evidence.push({ source: 'node', text: `taints: ${text}`, about: ref });
  }

  const instance = ec2Instance(node);
  const nodegroup = node.metadata?.labels?.['eks.amazonaws.com/nodegroup'];
  if (instance) {
    details.push(msg('check.node-failures.detail.instance', { instance: instance.id, zone: instance.zone }));
    commands.push(`aws ec2 describe-instance-status --instance-ids ${instance.id} --include-all-instances`);
  }
  if (nodegroup) {
    details.push(msg('check.node-failures.detail.nodegroup', { nodegroup }));
    commands.push(`aws eks describe-nodegroup --cluster-name <cluster> --nodegroup-name ${nodegroup}`);
  }

  const terminating: Pod[] = [];
  const downSince = since ? Date.parse(since) : NaN;
  for (const pod of pods.slice(0, PODS_IN_LINE)) {
    const podName = pod.metadata?.name ?? '';
    const namespace = pod.metadata?.namespace ?? '';
    if (pod.metadata?.deletionTimestamp) {
      details.push(
        msg('check.node-failures.detail.pod-terminating', { pod: podName, time: pod.metadata.deletionTimestamp }),
      );
      evidence.push({
        source: 'status',
        text: `deletionTimestamp: ${pod.metadata.deletionTimestamp}`,
        about: { kind: 'Pod', name: podName, namespace },
      });
      continue;
    }
    const seconds = tolerationSeconds(
      pod,
      taints.map((t) => t.key),
    );
    if (seconds === null) details.push(msg('check.node-failures.detail.pod-stays', { pod: podName }));
    else if (!Number.isNaN(downSince))
      details.push(
        msg('check.node-failures.detail.pod-evicted-at', {
          pod: podName,
          seconds,
          time: new Date(downSince + seconds * 1000).toISOString().replace('.000', ''),
        }),
      );
  }
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) terminating.push(pod);
    related.push({ kind: 'Pod', name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace });
    evidence.push(
      ...eventEvidence(
        index
          .eventsFor({ kind: 'Pod', name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace })
          .filter((e) => e.reason === 'NodeNotReady' || e.reason === 'TaintManagerEviction'),
        { kind: 'Pod', name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace },
      ),
    );
  }
  if (pods.length > PODS_IN_LINE)
    details.push(msg('check.node-failures.detail.more-pods', { count: pods.length - PODS_IN_LINE }));
  for (const replacement of replacements(pods, snapshot)) {
    details.push(msg('check.node-failures.detail.replacement', { pod: replacement.metadata?.name ?? '' }));
    related.push({ kind: 'Pod', name: replacement.metadata?.name ?? '', namespace: replacement.metadata?.namespace });
  }
  for (const pod of terminating)
    commands.push(
      `kubectl delete pod ${pod.metadata?.name ?? ''} -n ${pod.metadata?.namespace ?? ''} --force --grace-period=0`,
    );

  const podList = podNames(pods);
  const params = {
    node: name,
    minutes: minutesSince(since, snapshot),
    since: since ?? '?',
    message: message || '-',
    count: pods.length,
    pods: podList || '-',
  };
  return {
    code: `${CHECK}.${status === 'Unknown' ? 'node-unreachable' : 'node-not-ready'}`,
    check: CHECK,
    severity: 'error',
    object: ref,
    cause:
      status === 'Unknown'
        ? msg('check.node-failures.cause.unreachable', params)
        : msg('check.node-failures.cause.not-ready', { ...params, status }),
    details,
    remedy: [
      msg('check.node-failures.remedy.eks-instance', { node: name }),
      msg('check.node-failures.remedy.nodegroup'),
      msg('check.node-failures.remedy.wait-eviction'),
      msg('check.node-failures.remedy.force-delete'),
    ],
    commands,
    evidence,
    concept: 'node-failure',
    related,
    ...(since ? { firstSeen: since } : {}),
    ...(ready?.lastHeartbeatTime ? { lastSeen: ready.lastHeartbeatTime } : {}),
  };
}

/**
 * Nodes hidden (namespace-only RBAC): a node is known down only through its pods — the node
 * controller's NodeNotReady event on them, or the taint manager's DisruptionTarget condition.
 */
function fromPodsOnly(snapshot: Snapshot, index: SnapshotIndex): Finding[] {
  const byNode = new Map<string, Pod[]>();
  for (const pod of snapshot.pods) {
    const nodeName = pod.spec?.nodeName;
    if (!nodeName || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
    const ref = { kind: 'Pod', name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace };
    const notReady = index.eventsFor(ref).some((e) => e.reason === 'NodeNotReady');
    const byTaint = pod.status?.conditions?.some(
      (c) => c.type === 'DisruptionTarget' && c.status === 'True' && c.reason === 'DeletionByTaintManager',
    );
    if (notReady || byTaint) byNode.set(nodeName, [...(byNode.get(nodeName) ?? []), pod]);
  }
  return [...byNode].map(([name, pods]) => {
    const related: ObjectRef[] = [{ kind: 'Node', name }];
    const evidence: Evidence[] = [];
    for (const pod of pods) {
      const ref = { kind: 'Pod', name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace };
      related.push(ref);
      evidence.push(
        ...eventEvidence(
          index.eventsFor(ref).filter((e) => e.reason === 'NodeNotReady' || e.reason === 'TaintManagerEviction'),
          ref,
        ),
      );
    }
    return {
      code: `${CHECK}.node-not-ready`,
      check: CHECK,
      severity: 'error' as const,
      object: { kind: 'Node', name },
      cause: msg('check.node-failures.cause.hidden', {
        node: name,
        count: pods.length,
        pods: podNames(pods),
        reason: snapshot.visibility.nodes.reason ?? 'error',
      }),
      details: [],
      remedy: [
        msg('check.node-failures.remedy.eks-instance', { node: name }),
        msg('check.node-failures.remedy.wait-eviction'),
        msg('check.node-failures.remedy.force-delete'),
      ],
      commands: [`kubectl describe node ${name}`],
      evidence,
      concept: 'node-failure' as const,
      related,
    };
  });
}

/** When the node got its unreachable/not-ready NoExecute taint, for a node whose Ready condition says True. */
function downTaintTime(node: KubeNode): string | undefined {
  const taint = (node.spec?.taints ?? []).find((t) => DOWN_TAINTS.includes(t.key) && t.timeAdded);
  const added = taint?.timeAdded as unknown;
  return typeof added === 'string' ? added : added instanceof Date ? added.toISOString() : undefined;
}

/** Seconds the pod stays after the node went down; null when it tolerates that for ever (DaemonSet pods). */
function tolerationSeconds(pod: Pod, taintKeys: string[]): number | null {
  const key = taintKeys.find((k) => DOWN_TAINTS.includes(k)) ?? 'node.kubernetes.io/unreachable';
  const toleration = (pod.spec?.tolerations ?? []).find(
    (t) => (t.key === key || (!t.key && t.operator === 'Exists')) && (!t.effect || t.effect === 'NoExecute'),
  );
  if (!toleration) return DEFAULT_TOLERATION_SECONDS;
  return toleration.tolerationSeconds ?? null;
}

/** Pending pods of the same controller (ReplicaSet, StatefulSet...) as the pods on the dead node. */
function replacements(pods: Pod[], snapshot: Snapshot): Pod[] {
  const owners = new Set(
    pods.flatMap((p) => (p.metadata?.ownerReferences ?? []).filter((r) => r.controller).map((r) => r.uid)),
  );
  if (owners.size === 0) return [];
  return snapshot.pods.filter(
    (p) =>
      p.status?.phase === 'Pending' &&
      !p.spec?.nodeName &&
      (p.metadata?.ownerReferences ?? []).some((r) => r.controller && owners.has(r.uid)),
  );
}

/** The EC2 instance behind an EKS node, from its providerID aws:///<zone>/<instance-id>. */
function ec2Instance(node: KubeNode): { id: string; zone: string } | undefined {
  const match = /^aws:\/\/\/([^/]+)\/(i-[0-9a-f]+)$/.exec(node.spec?.providerID ?? '');
  return match ? { zone: match[1]!, id: match[2]! } : undefined;
}

function podNames(pods: Pod[]): string {
  const names = pods.map((p) => p.metadata?.name ?? '');
  const shown = names.slice(0, PODS_IN_LINE).join(', ');
  return names.length > PODS_IN_LINE ? `${shown} (+${names.length - PODS_IN_LINE})` : shown;
}
