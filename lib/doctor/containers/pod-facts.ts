import type { Evidence, ObjectRef } from '../finding.ts';
import type { SnapshotIndex } from '../snapshot-index.ts';
import type { Snapshot } from '../snapshot.ts';
import type { Job, Pod } from '../wire.ts';
import { editDistance } from '../edit-distance.ts';
import { eventEvidence } from '../snapshot-index.ts';
import { workloadOwner } from '../workload-owner.ts';

type ContainerSpec = NonNullable<NonNullable<Pod['spec']>['containers']>[number];
type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** One container of a pod with its spec and status side by side. */
export interface ContainerEntry {
  name: string;
  init: boolean;
  spec?: ContainerSpec;
  status?: ContainerStatus;
}

/** The pod as an ObjectRef. */
export function podRef(pod: Pod): ObjectRef {
  return { kind: 'Pod', name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace };
}

/** Init containers first, then app containers, each with its status when the kubelet reported one. */
export function containersOf(pod: Pod): ContainerEntry[] {
  const entries: ContainerEntry[] = [];
  const add = (specs: ContainerSpec[] | undefined, statuses: ContainerStatus[] | undefined, init: boolean) => {
    const names = new Set<string>();
    for (const spec of specs ?? []) {
      names.add(spec.name);
      // A sidecar (an init container with restartPolicy Always) runs beside the app, not before it.
      const sidecar = init && (spec as { restartPolicy?: string }).restartPolicy === 'Always';
      entries.push({
        name: spec.name,
        init: init && !sidecar,
        spec,
        status: statuses?.find((s) => s.name === spec.name),
      });
    }
    for (const status of statuses ?? []) if (!names.has(status.name)) entries.push({ name: status.name, init, status });
  };
  add(pod.spec?.initContainers, pod.status?.initContainerStatuses, true);
  add(pod.spec?.containers, pod.status?.containerStatuses, false);
  return entries;
}

/** A pod that ran to completion, or is being deleted: neither is a failure of its spec. */
export function isSettledOrLeaving(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || Boolean(pod.metadata?.deletionTimestamp);
}

/** A Failed pod with a pod-level reason (Evicted, Preempted, Terminated...): the node ended it, and evictions explains it. */
export function isEndedByNode(pod: Pod): boolean {
  return pod.status?.phase === 'Failed' && Boolean(pod.status.reason);
}

/**
 * The workload behind a pod (Pod → ReplicaSet → Deployment, Pod → Job → CronJob), named the
 * same way as every other check names it, so the report can keep a workload's findings together.
 */
export function ownerOf(pod: Pod, snapshot: Snapshot): ObjectRef | undefined {
  return workloadOwner(snapshot, pod);
}

/** The Job that owns a pod, when the snapshot holds it. */
export function jobOf(pod: Pod, snapshot: Snapshot) {
  const ref = pod.metadata?.ownerReferences?.find((r) => r.kind === 'Job');
  if (!ref) return undefined;
  // The first Job matching by uid or by namespace and name, as a scan of the list would find it.
  const lookup = jobLookup(snapshot.jobs);
  const byUid = lookup.byUid.get(ref.uid);
  const byName = lookup.byName.get(pod.metadata?.namespace)?.get(ref.name);
  const first = Math.min(byUid ?? Infinity, byName ?? Infinity);
  return first === Infinity ? undefined : snapshot.jobs[first];
}

type JobLookup = {
  byUid: Map<string | undefined, number>;
  byName: Map<string | undefined, Map<string | undefined, number>>;
};
const jobLookups = new WeakMap<readonly Job[], JobLookup>();

/** Positions of the first Job with each uid and each namespace/name, one pass per list: crash-loops asks for every pod. */
function jobLookup(jobs: readonly Job[]): JobLookup {
  const cached = jobLookups.get(jobs);
  if (cached) return cached;
  const lookup: JobLookup = { byUid: new Map(), byName: new Map() };
  jobs.forEach((job, i) => {
    const uid = job.metadata?.uid;
    if (!lookup.byUid.has(uid)) lookup.byUid.set(uid, i);
    const namespace = job.metadata?.namespace;
    let names = lookup.byName.get(namespace);
    if (!names) lookup.byName.set(namespace, (names = new Map<string | undefined, number>()));
    if (!names.has(job.metadata?.name)) names.set(job.metadata?.name, i);
  });
  jobLookups.set(jobs, lookup);
  return lookup;
}

/** Whether the pod belongs to a Job that has completed: its old failed attempts are history, not a problem. */
export function belongsToCompletedJob(pod: Pod, snapshot: Snapshot): boolean {
  const job = jobOf(pod, snapshot);
  return Boolean(job?.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True'));
}

/** `kubectl` command fragment naming the owner, e.g. "deployment/web". */
export function ownerCommandRef(owner: ObjectRef | undefined): string | undefined {
  if (!owner) return undefined;
  const kinds: Record<string, string> = {
    Deployment: 'deployment',
    StatefulSet: 'statefulset',
    DaemonSet: 'daemonset',
    Job: 'job',
    CronJob: 'cronjob',
    ReplicaSet: 'replicaset',
  };
  const kind = kinds[owner.kind];
  return kind ? `${kind}/${owner.name}` : undefined;
}

/** All events about the pod as evidence, plus first/last seen across them. */
export function podEventEvidence(
  index: SnapshotIndex,
  pod: Pod,
  filter?: (reason: string, message: string) => boolean,
) {
  const groups = index.eventsFor(podRef(pod)).filter((g) => !filter || filter(g.reason, g.message));
  return { evidence: eventEvidence(groups), ...seenRange(eventEvidence(groups)) };
}

/** Earliest first-seen and latest last-seen over evidence lines. */
export function seenRange(evidence: readonly Evidence[]): { firstSeen?: string; lastSeen?: string } {
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  for (const e of evidence) {
    const first = e.firstSeen ?? e.lastSeen;
    const last = e.lastSeen ?? e.firstSeen;
    if (first && (!firstSeen || first < firstSeen)) firstSeen = first;
    if (last && (!lastSeen || last > lastSeen)) lastSeen = last;
  }
  return { ...(firstSeen ? { firstSeen } : {}), ...(lastSeen ? { lastSeen } : {}) };
}

/** The usual first two commands for a pod. */
export function podCommands(pod: Pod): string[] {
  const name = pod.metadata?.name ?? '';
  const ns = pod.metadata?.namespace ?? 'default';
  return [
    `kubectl describe pod ${name} -n ${ns}`,
    `kubectl get events -n ${ns} --field-selector involvedObject.name=${name}`,
  ];
}

/** Quotes a container's waiting/terminated state verbatim as status evidence. */
export function stateEvidence(entry: ContainerEntry): Evidence[] {
  const out: Evidence[] = [];
  const s = entry.status;
  const prefix = `${entry.init ? 'initContainer' : 'container'} ${entry.name}`;
  if (s?.state?.waiting)
    out.push({
      source: 'status',
      reason: s.state.waiting.reason,
      text: `${prefix}: waiting ${s.state.waiting.reason ?? ''}${s.state.waiting.message ? `: ${s.state.waiting.message}` : ''}`,
    });
  if (s?.state?.terminated) {
    const t = s.state.terminated;
    out.push({
      source: 'status',
      reason: t.reason,
      text: `${prefix}: terminated ${t.reason ?? ''} exitCode=${t.exitCode}${t.message ? `: ${t.message}` : ''}`,
      lastSeen: t.finishedAt,
    });
  }
  if (s?.lastState?.terminated) {
    const t = s.lastState.terminated;
    out.push({
      source: 'status',
      reason: t.reason,
      text: `${prefix}: lastState terminated ${t.reason ?? ''} exitCode=${t.exitCode}${t.message ? `: ${t.message}` : ''} (restartCount=${s.restartCount ?? 0})`,
      lastSeen: t.finishedAt,
    });
  }
  return out;
}

/** Names close to a missing one (a typo, a missing or extra suffix), nearest first. */
export function similarNames(missing: string, available: readonly string[]): string[] {
  return available
    .map((name) => ({ name, distance: editDistance(missing, name) }))
    .filter(
      ({ name, distance }) =>
        name !== missing &&
        (distance <= (missing.length <= 4 ? 1 : Math.max(2, Math.floor(missing.length / 5))) ||
          name.startsWith(missing) ||
          missing.startsWith(name)),
    )
    .sort((a, b) => a.distance - b.distance)
    .map(({ name }) => name)
    .slice(0, 3);
}
