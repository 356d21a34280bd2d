import type { SchedulerReason, SchedulerReasonCode } from '../scheduler-message.ts';
import type { SnapshotIndex } from '../snapshot-index.ts';
import type { Snapshot } from '../snapshot.ts';
import type { KubeNode, Pod } from '../wire.ts';
import { nodeZone, podClaimNames, volumeZones, ZONE_KEYS } from './explain-volumes.ts';
import { nodeRoom } from './node-fit.ts';
import { nodeSelectorMisses, termsMatchedBy, type LabelMiss } from './node-selector-match.ts';
import { podRequests } from './pod-requests.ts';
import { toleratesTaint, untoleratedTaints, type Taint } from './taint-toleration.ts';

/** Taints a node carries because of its state (it recovers, or is drained), not because it belongs to another group. */
export const NODE_STATE_TAINTS = new Set([
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
  'node.kubernetes.io/disk-pressure',
  'node.kubernetes.io/memory-pressure',
  'node.kubernetes.io/pid-pressure',
  'node.kubernetes.io/network-unavailable',
  'node.kubernetes.io/unschedulable',
  'node.kubernetes.io/out-of-service',
  'node.cloudprovider.kubernetes.io/uninitialized',
  'karpenter.sh/disrupted',
  'karpenter.sh/unregistered',
]);

const NOT_READY_TAINTS = new Set(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']);

/** Selector keys every node carries: selecting on them alone says nothing about which node group the pod wants. */
const GENERIC_KEYS = new Set([
  'kubernetes.io/os',
  'kubernetes.io/arch',
  'beta.kubernetes.io/os',
  'beta.kubernetes.io/arch',
]);

/** What keeps a node the pod may use from taking it. */
export type Blocker =
  | { kind: 'insufficient'; resource: string; request: number; free: number; allocatable: number }
  | { kind: 'too-many-pods'; used: number; max: number }
  | { kind: 'taint'; taints: Taint[] }
  | { kind: 'cordoned' }
  | { kind: 'not-ready'; status: string; taints: Taint[] };

/** A volume of the pod pinned to zones (or nodes) this node is not in. */
export interface VolumeConflict {
  /** The bound PV; empty for a claim not bound yet. */
  volume: string;
  claim: string;
  zones: string[];
  /** For a claim not bound yet: the StorageClass whose allowedTopologies keep its volume out of this node's zone. */
  storageClass?: string;
}

/** One node judged from the pod's own intent: the rules that rule it out, else what blocks it. */
export interface NodeVerdict {
  node: KubeNode;
  name: string;
  labelMisses: LabelMiss[];
  /** Untolerated taints of another node group (GPU, system, Fargate...) on a node the pod does not select. */
  foreignTaints: Taint[];
  volumeConflicts: VolumeConflict[];
  /** For a candidate only: why it cannot take the pod now. */
  blockers: Blocker[];
}

/** Whether the pod's own rules (labels, tolerations, volume topology) allow the node. */
export function isCandidate(v: NodeVerdict): boolean {
  return v.labelMisses.length === 0 && v.foreignTaints.length === 0 && v.volumeConflicts.length === 0;
}

/**
 * Judges every node from the pod's intent first: nodes its nodeSelector, required node affinity,
 * volume topology or tolerations rule out are not candidates; for the others, lists what blocks
 * each (free room against requests, pod count against allocatable pods, taints, cordon, NotReady).
 * Free room counts only the pods the snapshot holds, so a blocker found is certain, one not found is not.
 */
export function judgeNodes(
  pod: Pod,
  nodes: readonly KubeNode[],
  snapshot: Snapshot,
  index: SnapshotIndex,
): NodeVerdict[] {
  const volumes = pinnedVolumes(pod, snapshot);
  const requests = podRequests(pod);
  return nodes.map((node) => {
    const name = node.metadata?.name ?? '';
    const labelMisses = nodeSelectorMisses(node, pod);
    const untolerated = untoleratedTaints(node, pod);
    const stateTaints = untolerated.filter((t) => NODE_STATE_TAINTS.has(t.key));
    const groupTaints = untolerated.filter((t) => !NODE_STATE_TAINTS.has(t.key));
    // A node the pod selects by a group label is wanted despite its taint; otherwise the taint marks another group.
    const wanted = labelMisses.length === 0 && picksNodeGroup(pod, node);
    const foreignTaints = wanted ? [] : groupTaints;
    const volumeConflicts = volumes.flatMap((v) => (v.allows(node) ? [] : [v.conflict]));
    const verdict: NodeVerdict = { node, name, labelMisses, foreignTaints, volumeConflicts, blockers: [] };
    if (!isCandidate(verdict)) return verdict;

    const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
    const notReadyTaints = stateTaints.filter((t) => NOT_READY_TAINTS.has(t.key));
    // Pressure, uninitialized, network: the node is up but not taking pods; named as the taint it is.
    const otherState = stateTaints.filter(
      (t) => !NOT_READY_TAINTS.has(t.key) && t.key !== 'node.kubernetes.io/unschedulable',
    );
    // A node that is down takes nothing until it is back: its room for this pod does not matter.
    if ((ready && ready.status !== 'True') || notReadyTaints.length > 0) {
      verdict.blockers.push({ kind: 'not-ready', status: ready?.status ?? '?', taints: notReadyTaints });
      return verdict;
    }
    if (node.spec?.unschedulable && !toleratesUnschedulable(pod)) verdict.blockers.push({ kind: 'cordoned' });
    if (groupTaints.length + otherState.length > 0)
      verdict.blockers.push({ kind: 'taint', taints: [...otherState, ...groupTaints] });
    const pods = nodeRoom(node, 'pods', index, pod);
    if (pods && pods.free <= 0)
      verdict.blockers.push({ kind: 'too-many-pods', used: pods.requested, max: pods.allocatable });
    for (const [resource, request] of requests) {
      if (request <= 0) continue;
      const room = nodeRoom(node, resource, index, pod);
      const free = room?.free ?? 0;
      if (free < request)
        verdict.blockers.push({ kind: 'insufficient', resource, request, free, allocatable: room?.allocatable ?? 0 });
    }
    return verdict;
  });
}

/**
 * The pod picks this node's group: a nodeSelector, or an affinity term the node matches, asks for a label
 * other than os/arch to be present (In, Exists, Gt, Lt). NotIn and DoesNotExist only rule nodes out
 * ("not on Fargate"): the tainted nodes they leave are not what the pod asked for.
 */
function picksNodeGroup(pod: Pod, node: KubeNode): boolean {
  if (Object.keys(pod.spec?.nodeSelector ?? {}).some((k) => !GENERIC_KEYS.has(k))) return true;
  return termsMatchedBy(node, pod).some((term) =>
    [...(term.matchExpressions ?? []), ...(term.matchFields ?? [])].some(
      (r) => PICKING_OPERATORS.has(r.operator) && !GENERIC_KEYS.has(r.key),
    ),
  );
}

const PICKING_OPERATORS = new Set(['In', 'Exists', 'Gt', 'Lt']);

function toleratesUnschedulable(pod: Pod): boolean {
  const taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
  return (pod.spec?.tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

/**
 * The pod's volumes pinned to some nodes, each with a test for a node: a bound PV's required node affinity,
 * or, for a claim still waiting for its first consumer, its StorageClass's allowedTopologies (the
 * scheduler places the pod only where the class may create the volume).
 */
function pinnedVolumes(pod: Pod, snapshot: Snapshot): { conflict: VolumeConflict; allows: (n: KubeNode) => boolean }[] {
  const namespace = pod.metadata?.namespace ?? '';
  const out: { conflict: VolumeConflict; allows: (n: KubeNode) => boolean }[] = [];
  for (const claim of podClaimNames({ pod, name: pod.metadata?.name ?? '' })) {
    const pvc = snapshot.persistentVolumeClaims.find(
      (c) => c.metadata?.name === claim && (c.metadata?.namespace ?? namespace) === namespace,
    );
    const pv = pvc?.spec?.volumeName
      ? snapshot.persistentVolumes.find((v) => v.metadata?.name === pvc.spec?.volumeName)
      : undefined;
    if (pvc && !pvc.spec?.volumeName) {
      const pinned = classTopology(pvc.spec?.storageClassName, claim, snapshot);
      if (pinned) out.push(pinned);
      continue;
    }
    const terms = pv?.spec?.nodeAffinity?.required?.nodeSelectorTerms;
    if (!pv || !terms || terms.length === 0) continue;
    // The PV's node affinity has the shape of a pod's required node affinity: one matcher serves both.
    const asPod = {
      spec: {
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } },
      },
    } as Pod;
    out.push({
      conflict: { volume: pv.metadata?.name ?? '', claim, zones: volumeZones(pv) },
      allows: (node) => nodeSelectorMisses(withZoneAliases(node), asPod).length === 0,
    });
  }
  return out;
}

/** A WaitForFirstConsumer class with allowedTopologies, as a pin for its unbound claim. */
function classTopology(
  className: string | undefined,
  claim: string,
  snapshot: Snapshot,
): { conflict: VolumeConflict; allows: (n: KubeNode) => boolean } | undefined {
  const sc = className ? snapshot.storageClasses.find((c) => c.metadata?.name === className) : undefined;
  const topologies = sc?.allowedTopologies ?? [];
  if (!sc || sc.volumeBindingMode !== 'WaitForFirstConsumer' || topologies.length === 0) return undefined;
  // Each topology term has the shape of a node selector term whose requirements are all "In".
  const terms = topologies.map((t) => ({
    matchExpressions: (t.matchLabelExpressions ?? []).map((e) => ({
      key: e.key,
      operator: 'In',
      values: e.values ?? [],
    })),
  }));
  const asPod = {
    spec: {
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } },
    },
  } as Pod;
  const zones = terms.flatMap((t) =>
    t.matchExpressions.filter((e) => ZONE_KEYS.includes(e.key)).flatMap((e) => e.values),
  );
  return {
    conflict: { volume: '', claim, zones: [...new Set(zones)], storageClass: className },
    allows: (node) => nodeSelectorMisses(withZoneAliases(node), asPod).length === 0,
  };
}

/** A scheduler reason the scheduler would write for a node, to match against its histogram. */
interface Predicted {
  code: SchedulerReasonCode;
  resource?: string;
  taintKey?: string;
}

/**
 * What the scheduler would report for the node: only the first filter that failed, in its order
 * (NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit — every short resource —, VolumeBinding).
 */
export function predictedReasons(v: NodeVerdict, pod: Pod): Predicted[] {
  if (v.node.spec?.unschedulable && !toleratesUnschedulable(pod)) return [{ code: 'unschedulable' }];
  const taint = untoleratedTaints(v.node, pod)[0];
  if (taint) return [{ code: 'untolerated-taint', taintKey: taint.key }];
  if (v.labelMisses.length > 0) return [{ code: 'node-affinity' }];
  const fit: Predicted[] = [];
  for (const b of v.blockers) {
    if (b.kind === 'too-many-pods') fit.push({ code: 'too-many-pods' });
    if (b.kind === 'insufficient') fit.push({ code: 'insufficient-resource', resource: b.resource });
  }
  if (fit.length > 0) return fit;
  // A claim not bound yet fails as "didn't find available persistent volumes to bind", a bound PV as a conflict.
  if (v.volumeConflicts.length > 0)
    return [{ code: v.volumeConflicts[0]!.storageClass ? 'no-available-pv' : 'volume-node-affinity' }];
  return [];
}

/**
 * The scheduler's reasons left once every node's predicted reason is taken off its histogram:
 * what the nodes the doctor could not explain (pods of other namespaces unseen, a stale read) reported.
 */
export function unexplainedReasons(
  reasons: readonly SchedulerReason[],
  verdicts: readonly NodeVerdict[],
  pod: Pod,
): SchedulerReason[] {
  const left = reasons.map((r) => ({ reason: r, count: r.count ?? 0 }));
  for (const v of verdicts) {
    for (const p of predictedReasons(v, pod)) {
      const match = left.find(
        (l) =>
          l.count > 0 &&
          sameCode(l.reason.code, p.code) &&
          (p.resource === undefined || l.reason.resource === p.resource) &&
          (p.taintKey === undefined || l.reason.taint === undefined || l.reason.taint.key === p.taintKey),
      );
      if (match) match.count--;
    }
  }
  return left.filter((l) => l.count > 0).map((l) => ({ ...l.reason, count: l.count }));
}

function sameCode(a: SchedulerReasonCode, b: SchedulerReasonCode): boolean {
  const volume = (c: SchedulerReasonCode) => (c === 'no-volume-zone' ? 'volume-node-affinity' : c);
  return volume(a) === volume(b);
}

/**
 * The node with its zone under every zone key: the EBS CSI node plugin labels nodes with
 * topology.ebs.csi.aws.com/zone, which a saved or trimmed node may lack beside topology.kubernetes.io/zone.
 */
function withZoneAliases(node: KubeNode): KubeNode {
  const zone = nodeZone(node);
  if (!zone) return node;
  const labels = { ...node.metadata?.labels };
  for (const key of ZONE_KEYS) labels[key] ??= zone;
  return { ...node, metadata: { ...node.metadata, labels } };
}
