import { pushToList } from '../doctor/list-map.ts';
import { configReferences } from '../doctor/containers/config-references.ts';
import { SEVERITY_RANK, type Finding } from '../doctor/finding.ts';
import type { Report } from '../doctor/report.ts';
import { buildIndex, claimNamesOf } from '../doctor/snapshot-index.ts';
import type { KindName, Snapshot } from '../doctor/snapshot.ts';
import type { Pod, StorageClass } from '../doctor/wire.ts';
import { controlledBy, controllerRef } from '../doctor/workload-owner.ts';
import { msg, type Message } from '../i18n/index.ts';
import { collapsePods } from './collapse-pods.ts';
import {
  nodeKey,
  type EdgeKind,
  type Health,
  type MapKind,
  type MapNode,
  type NamespaceGraph,
} from './namespace-graph.ts';

const DRAWN_KINDS: readonly KindName[] = [
  'pods',
  'deployments',
  'replicaSets',
  'statefulSets',
  'daemonSets',
  'jobs',
  'services',
  'persistentVolumeClaims',
  'persistentVolumes',
  'storageClasses',
  'csiDrivers',
  'configMaps',
  'secrets',
];

const DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';

/**
 * Draws a snapshot as a graph of its objects, each box marked with the worst severity of the
 * report's findings on it. The report must come from the same snapshot (one read, one judgement).
 */
export function buildGraph(snapshot: Snapshot, report: Pick<Report, 'findings'>): NamespaceGraph {
  const index = buildIndex(snapshot);
  const findingsByKey = new Map<string, Finding[]>();
  for (const f of report.findings) {
    pushToList(findingsByKey, nodeKey(f.object), f);
  }
  const nodes: MapNode[] = [];
  const byKey = new Map<string, MapNode>();
  const edges: NamespaceGraph['edges'] = [];
  const edgeKeys = new Set<string>();

  const node = (kind: MapKind, name: string, namespace: string | undefined, detail?: Message): MapNode => {
    const ref = { kind, name, namespace };
    const key = nodeKey(ref);
    let n = byKey.get(key);
    if (!n) {
      const findings = findingsByKey.get(key) ?? [];
      n = { id: `n${nodes.length + 1}`, kind, name, findings, health: worst(findings) };
      if (namespace) n.namespace = namespace;
      nodes.push(n);
      byKey.set(key, n);
    }
    if (detail && !n.detail) n.detail = detail;
    return n;
  };
  const edge = (from: MapNode, to: MapNode, kind: EdgeKind) => {
    const key = `${from.id}>${to.id}`;
    if (from === to || edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push({ from: from.id, to: to.id, kind });
  };
  const missingUnlessVisible = (n: MapNode, kind: KindName, present: boolean) => {
    if (!present && snapshot.visibility[kind]?.visible !== false) n.missing = true;
  };

  const podNodes = new Map<Pod, MapNode>();
  const attachPods = (owner: MapNode, pods: Pod[], perNode: boolean) => {
    for (const pod of pods) {
      const n = podNode(pod, perNode);
      podNodes.set(pod, n);
      edge(owner, n, 'owns');
    }
  };
  const podNode = (pod: Pod, perNode = false) =>
    node('Pod', pod.metadata?.name ?? '', pod.metadata?.namespace, podDetail(pod, perNode));

  // Workloads, top-down, so each box is created under its owner.
  for (const d of snapshot.deployments) {
    const dn = node(
      'Deployment',
      d.metadata?.name ?? '',
      d.metadata?.namespace,
      readyDetail(d.status?.readyReplicas, d.spec?.replicas ?? 1),
    );
    for (const rs of controlledBy(snapshot.replicaSets, d.metadata?.uid)) {
      const pods = controlledBy(snapshot.pods, rs.metadata?.uid);
      // Old ReplicaSets kept for rollback (scaled to 0, no pods) would only clutter the picture.
      if (
        (rs.spec?.replicas ?? 0) === 0 &&
        pods.length === 0 &&
        !findingsByKey.has(
          nodeKey({ kind: 'ReplicaSet', name: rs.metadata?.name ?? '', namespace: rs.metadata?.namespace }),
        )
      )
        continue;
      const rn = node(
        'ReplicaSet',
        rs.metadata?.name ?? '',
        rs.metadata?.namespace,
        readyDetail(rs.status?.readyReplicas, rs.spec?.replicas ?? 0),
      );
      edge(dn, rn, 'owns');
      attachPods(rn, pods, false);
    }
  }
  for (const rs of snapshot.replicaSets) {
    const key = nodeKey({ kind: 'ReplicaSet', name: rs.metadata?.name ?? '', namespace: rs.metadata?.namespace });
    if (byKey.has(key) || controllerRef(rs)?.kind === 'Deployment') continue;
    const rn = node(
      'ReplicaSet',
      rs.metadata?.name ?? '',
      rs.metadata?.namespace,
      readyDetail(rs.status?.readyReplicas, rs.spec?.replicas ?? 0),
    );
    attachPods(rn, controlledBy(snapshot.pods, rs.metadata?.uid), false);
  }
  for (const s of snapshot.statefulSets) {
    const sn = node(
      'StatefulSet',
      s.metadata?.name ?? '',
      s.metadata?.namespace,
      readyDetail(s.status?.readyReplicas, s.spec?.replicas ?? 1),
    );
    attachPods(sn, controlledBy(snapshot.pods, s.metadata?.uid), false);
  }
  for (const ds of snapshot.daemonSets) {
    const dn = node(
      'DaemonSet',
      ds.metadata?.name ?? '',
      ds.metadata?.namespace,
      readyDetail(ds.status?.numberReady, ds.status?.desiredNumberScheduled ?? 0),
    );
    attachPods(dn, controlledBy(snapshot.pods, ds.metadata?.uid), true);
  }
  for (const job of snapshot.jobs) {
    const jn = node('Job', job.metadata?.name ?? '', job.metadata?.namespace, jobDetail(job.status));
    const owner = controllerRef(job);
    // The snapshot holds no CronJobs; the Job's owner reference still names it.
    if (owner?.kind === 'CronJob') edge(node('CronJob', owner.name, job.metadata?.namespace), jn, 'owns');
    attachPods(jn, controlledBy(snapshot.pods, job.metadata?.uid), false);
  }
  for (const pod of snapshot.pods) {
    if (podNodes.has(pod)) continue;
    const owner = controllerRef(pod);
    const n = podNode(pod);
    podNodes.set(pod, n);
    // An owner the snapshot lacks (not readable, or a kind the doctor does not read) is still named from the reference.
    if (owner && (MAP_OWNER_KINDS as readonly string[]).includes(owner.kind))
      edge(node(owner.kind as MapKind, owner.name, pod.metadata?.namespace), n, 'owns');
  }

  // What the pods use: claims and their volumes, ConfigMaps and Secrets (by name only).
  const claims = new Map(
    snapshot.persistentVolumeClaims.map((c) => [`${c.metadata?.namespace}\0${c.metadata?.name}`, c]),
  );
  const classes = new Map(snapshot.storageClasses.map((c) => [c.metadata?.name ?? '', c]));
  const volumes = new Map(snapshot.persistentVolumes.map((v) => [v.metadata?.name ?? '', v]));
  const drivers = new Set(snapshot.csiDrivers.map((d) => d.metadata?.name ?? ''));
  const configMaps = new Set(snapshot.configMaps.map((c) => `${c.metadata?.namespace}\0${c.metadata?.name}`));
  const secrets = new Set(snapshot.secrets.map((c) => `${c.metadata?.namespace}\0${c.metadata?.name}`));
  const defaultClass = snapshot.storageClasses.find((c) => c.metadata?.annotations?.[DEFAULT_CLASS] === 'true')
    ?.metadata?.name;

  const classNode = (name: string): MapNode => {
    const sc = classes.get(name);
    const n = node('StorageClass', name, undefined);
    missingUnlessVisible(n, 'storageClasses', Boolean(sc));
    if (sc?.provisioner) edge(n, driverNode(sc), 'provisioner');
    return n;
  };
  const driverNode = (sc: StorageClass): MapNode => {
    const provisioner = sc.provisioner;
    const n = node('CSIDriver', provisioner, undefined);
    // In-tree provisioners (kubernetes.io/aws-ebs) have no CSIDriver object of that name.
    if (!provisioner.startsWith('kubernetes.io/')) missingUnlessVisible(n, 'csiDrivers', drivers.has(provisioner));
    return n;
  };
  const claimNode = (namespace: string | undefined, name: string): MapNode => {
    const pvc = claims.get(`${namespace}\0${name}`);
    const n = node(
      'PersistentVolumeClaim',
      name,
      namespace,
      pvc?.status?.phase ? msg('map.detail.phase', { phase: pvc.status.phase }) : undefined,
    );
    missingUnlessVisible(n, 'persistentVolumeClaims', Boolean(pvc));
    if (!pvc) return n;
    const volumeName = pvc.spec?.volumeName;
    const pv = volumeName ? volumes.get(volumeName) : undefined;
    if (volumeName) {
      const vn = node(
        'PersistentVolume',
        volumeName,
        undefined,
        pv?.status?.phase ? msg('map.detail.phase', { phase: pv.status.phase }) : undefined,
      );
      missingUnlessVisible(vn, 'persistentVolumes', Boolean(pv));
      edge(n, vn, 'binds');
      const className = pv?.spec?.storageClassName ?? pvc.spec?.storageClassName;
      if (className) edge(vn, classNode(className), 'class');
    } else {
      // An unbound claim waits on its class (named, else the default); "" asks for a pre-made volume.
      const className = pvc.spec?.storageClassName ?? defaultClass;
      if (className) edge(n, classNode(className), 'class');
    }
    return n;
  };

  for (const [pod, pn] of podNodes) {
    const namespace = pod.metadata?.namespace;
    for (const claim of new Set(claimNamesOf(pod))) edge(pn, claimNode(namespace, claim), 'mounts');
    const refs = [
      // kube-root-ca.crt is mounted into every pod by the API server: drawing it would only add noise.
      ...configReferences(pod)
        .filter((r) => !(r.kind === 'ConfigMap' && r.name === 'kube-root-ca.crt'))
        .map((r) => ({ kind: r.kind, name: r.name })),
      ...(pod.spec?.imagePullSecrets ?? [])
        .filter((s) => s.name)
        .map((s) => ({ kind: 'Secret' as const, name: s.name! })),
    ];
    for (const ref of refs) {
      const n = node(ref.kind, ref.name, namespace);
      const present = (ref.kind === 'ConfigMap' ? configMaps : secrets).has(`${namespace}\0${ref.name}`);
      missingUnlessVisible(n, ref.kind === 'ConfigMap' ? 'configMaps' : 'secrets', present);
      edge(pn, n, 'uses');
    }
  }
  for (const pvc of snapshot.persistentVolumeClaims) claimNode(pvc.metadata?.namespace, pvc.metadata?.name ?? '');

  for (const svc of snapshot.services) {
    const namespace = svc.metadata?.namespace;
    const selector = svc.spec?.selector;
    const sn = node(
      'Service',
      svc.metadata?.name ?? '',
      namespace,
      selector && Object.keys(selector).length
        ? msg('map.detail.type', { type: svc.spec?.type ?? 'ClusterIP' })
        : msg('map.detail.noSelector'),
    );
    if (!selector || Object.keys(selector).length === 0) continue;
    for (const pod of index.podsMatchingLabels(namespace ?? '', selector)) {
      const pn = podNodes.get(pod);
      // Finished pods (a Job's) get no traffic.
      if (pn && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed') edge(sn, pn, 'selects');
    }
  }

  const graph: NamespaceGraph = {
    namespace: snapshot.namespace,
    nodes,
    edges,
    notVisible: DRAWN_KINDS.filter((k) => snapshot.visibility[k]?.visible === false),
  };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ownerOf = new Map(edges.filter((e) => e.kind === 'owns').map((e) => [e.to, byId.get(e.from)]));
  return collapsePods(graph, (n) => ownerOf.get(n.id));
}

const MAP_OWNER_KINDS = ['ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'Deployment'] as const;

/** The worst severity among findings, or ok. */
export function worst(findings: readonly Finding[]): Health {
  let health: Health = 'ok';
  for (const f of findings)
    if (health === 'ok' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[health]) health = f.severity;
  return health;
}

function readyDetail(ready: number | undefined, desired: number): Message {
  return msg('map.detail.ready', { ready: ready ?? 0, desired });
}

/** The pod's phase, or the reason its first unready container waits (CrashLoopBackOff, ImagePullBackOff...). */
export function podPhase(pod: Pod): string {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const waiting = statuses.find((s) => s.state?.waiting?.reason)?.state?.waiting?.reason;
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  return waiting ?? pod.status?.reason ?? pod.status?.phase ?? 'Unknown';
}

function podDetail(pod: Pod, perNode: boolean): Message {
  const phase = podPhase(pod);
  const nodeName = pod.spec?.nodeName;
  return perNode && nodeName
    ? msg('map.detail.podOnNode', { phase, node: nodeName })
    : msg('map.detail.phase', { phase });
}

function jobDetail(status: { active?: number; conditions?: { type: string; status: string }[] } | undefined): Message {
  const done = (type: string) => status?.conditions?.some((c) => c.type === type && c.status === 'True');
  if (done('Complete')) return msg('map.detail.job.complete');
  if (done('Failed')) return msg('map.detail.job.failed');
  return msg('map.detail.job.running', { active: status?.active ?? 0 });
}
