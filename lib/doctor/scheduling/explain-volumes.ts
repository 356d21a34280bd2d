import { msg } from '../../i18n/index.ts';
import type { SchedulerReason } from '../scheduler-message.ts';
import type { KubeNode, PersistentVolume } from '../wire.ts';
import { addCommand, addOnce, addRelated, type PendingContext } from './explanation.ts';

/** Node label keys that hold a zone, newest first. */
export const ZONE_KEYS = [
  'topology.kubernetes.io/zone',
  'topology.ebs.csi.aws.com/zone',
  'failure-domain.beta.kubernetes.io/zone',
];

/** The claim names a pod uses: persistentVolumeClaim volumes and generic ephemeral volumes (<pod>-<volume>). */
export function podClaimNames(ctx: Pick<PendingContext, 'pod' | 'name'>): string[] {
  const names: string[] = [];
  for (const volume of ctx.pod.spec?.volumes ?? []) {
    if (volume.persistentVolumeClaim?.claimName) names.push(volume.persistentVolumeClaim.claimName);
    else if (volume.ephemeral) names.push(`${ctx.name}-${volume.name}`);
  }
  return names;
}

/** Explains claim problems (unbound, missing): each claim's state, with the claims as related objects. */
export function explainClaims(ctx: PendingContext, reason: SchedulerReason | undefined): void {
  const { out, namespace } = ctx;
  const claims = podClaimNames(ctx);
  for (const claim of claims) addRelated(out, { kind: 'PersistentVolumeClaim', name: claim, namespace });
  const visibility = ctx.snapshot.visibility.persistentVolumeClaims;
  if (!visibility.visible) {
    if (claims.length > 0)
      addOnce(
        out.details,
        msg('check.pending-pods.detail.claims-hidden', {
          reason: visibility.reason ?? 'error',
          claims: claims.join(', '),
        }),
      );
  } else {
    for (const claim of claims) {
      const pvc = ctx.snapshot.persistentVolumeClaims.find(
        (c) => c.metadata?.name === claim && (c.metadata?.namespace ?? namespace) === namespace,
      );
      if (!pvc) {
        addOnce(out.details, msg('check.pending-pods.detail.claim-missing', { claim, namespace }));
        addOnce(out.remedy, msg('check.pending-pods.remedy.create-claim', { claim }));
        continue;
      }
      const phase = pvc.status?.phase ?? 'Pending';
      if (phase === 'Bound')
        addOnce(
          out.details,
          msg('check.pending-pods.detail.claim-bound', { claim, volume: pvc.spec?.volumeName ?? '?' }),
        );
      else addOnce(out.details, msg('check.pending-pods.detail.claim-pending', { claim, phase }));
      if (pvc.status?.phase !== 'Bound') addCommand(out, `kubectl describe pvc ${claim} -n ${namespace}`);
    }
  }
  if (reason?.claim && !claims.includes(reason.claim)) {
    addRelated(out, { kind: 'PersistentVolumeClaim', name: reason.claim, namespace });
    addOnce(out.remedy, msg('check.pending-pods.remedy.create-claim', { claim: reason.claim }));
  }
  if (reason?.code !== 'pvc-not-found') addOnce(out.remedy, msg('check.pending-pods.remedy.fix-claim'));
  addCommand(out, `kubectl get pvc -n ${namespace}`);
}

/** Explains a volume zone conflict: the PV's zone against the zones of the nodes. */
export function explainVolumeZone(ctx: PendingContext): void {
  const { out, namespace } = ctx;
  const zonesOfNodes = new Map<string, string[]>();
  for (const node of ctx.nodes) {
    const zone = nodeZone(node);
    if (zone && !node.spec?.unschedulable)
      zonesOfNodes.set(zone, [...(zonesOfNodes.get(zone) ?? []), node.metadata?.name ?? '']);
  }
  let boundVolume = false;
  for (const claim of podClaimNames(ctx)) {
    addRelated(out, { kind: 'PersistentVolumeClaim', name: claim, namespace });
    const pvc = ctx.snapshot.persistentVolumeClaims.find((c) => c.metadata?.name === claim);
    if (pvc && !pvc.spec?.volumeName) {
      explainClassZone(ctx, claim, pvc.spec?.storageClassName, zonesOfNodes);
      continue;
    }
    const pv = ctx.snapshot.persistentVolumes.find((v) => v.metadata?.name === pvc?.spec?.volumeName);
    if (!pv) continue;
    boundVolume = true;
    const volume = pv.metadata?.name ?? '';
    addRelated(out, { kind: 'PersistentVolume', name: volume });
    for (const zone of volumeZones(pv)) {
      addOnce(out.details, msg('check.pending-pods.detail.volume-zone', { volume, claim, zone }));
      out.evidence.push({
        source: 'spec',
        text: `nodeAffinity zone: ${zone}`,
        about: { kind: 'PersistentVolume', name: volume },
      });
      if (ctx.nodesVisible && !zonesOfNodes.has(zone))
        addOnce(out.details, msg('check.pending-pods.detail.no-node-in-zone', { zone }));
    }
  }
  if (ctx.nodesVisible && zonesOfNodes.size > 0)
    addOnce(
      out.details,
      msg('check.pending-pods.detail.node-zones', { zones: [...zonesOfNodes.keys()].sort().join(', ') }),
    );
  if (!boundVolume) {
    addCommand(out, 'kubectl get nodes -L topology.kubernetes.io/zone');
    return;
  }
  addOnce(out.remedy, msg('check.pending-pods.remedy.zone-node'));
  addOnce(out.remedy, msg('check.pending-pods.remedy.wait-for-consumer'));
  addCommand(out, 'kubectl get nodes -L topology.kubernetes.io/zone');
  addCommand(
    out,
    'kubectl get pv -o custom-columns=NAME:.metadata.name,CLAIM:.spec.claimRef.name,AFFINITY:.spec.nodeAffinity.required',
  );
}

/** An unbound claim whose WaitForFirstConsumer class may create its volume only in some zones. */
function explainClassZone(
  ctx: PendingContext,
  claim: string,
  className: string | undefined,
  zonesOfNodes: ReadonlyMap<string, string[]>,
): void {
  const { out } = ctx;
  const sc = className ? ctx.snapshot.storageClasses.find((c) => c.metadata?.name === className) : undefined;
  if (!sc || !className || sc.volumeBindingMode !== 'WaitForFirstConsumer') return;
  const zones = (sc.allowedTopologies ?? []).flatMap((t) =>
    (t.matchLabelExpressions ?? []).filter((e) => ZONE_KEYS.includes(e.key)).flatMap((e) => e.values ?? []),
  );
  if (zones.length === 0) return;
  const zone = [...new Set(zones)].join(', ');
  addRelated(out, { kind: 'StorageClass', name: className });
  addOnce(out.details, msg('check.pending-pods.detail.class-zone', { claim, storageClass: className, zone }));
  out.evidence.push({
    source: 'spec',
    text: `allowedTopologies zone: ${zone}`,
    about: { kind: 'StorageClass', name: className },
  });
  for (const z of new Set(zones))
    if (ctx.nodesVisible && !zonesOfNodes.has(z))
      addOnce(out.details, msg('check.pending-pods.detail.no-node-in-zone', { zone: z }));
  addOnce(out.remedy, msg('check.pending-pods.remedy.class-zones', { zone }));
  addCommand(out, `kubectl get storageclass ${className} -o jsonpath='{.allowedTopologies}'`);
}

/** Explains a PreBind volume binding timeout: on EKS usually the EBS CSI driver missing or without its IAM role. */
export function explainBindingTimeout(ctx: PendingContext): void {
  const { out } = ctx;
  explainClaims(ctx, undefined);
  const drivers = ctx.snapshot.visibility.csiDrivers.visible
    ? ctx.snapshot.csiDrivers.map((d) => d.metadata?.name ?? '')
    : null;
  if (drivers && !drivers.includes('ebs.csi.aws.com') && !drivers.includes('ebs.csi.eks.amazonaws.com')) {
    addOnce(out.details, msg('check.pending-pods.detail.ebs-csi-missing'));
  }
  addOnce(out.remedy, msg('check.pending-pods.remedy.ebs-csi'));
  addOnce(out.remedy, msg('check.pending-pods.remedy.csi-logs'));
  addCommand(out, 'kubectl get csidrivers');
  addCommand(out, 'kubectl get pods -n kube-system -l app.kubernetes.io/name=aws-ebs-csi-driver');
  addCommand(out, 'kubectl logs -n kube-system deployment/ebs-csi-controller -c csi-provisioner --tail=50');
}

/** The node's zone label, in any of its generations. */
export function nodeZone(node: KubeNode): string | undefined {
  const labels = node.metadata?.labels ?? {};
  for (const key of ZONE_KEYS) if (labels[key]) return labels[key];
  return undefined;
}

/** The zones a PV is pinned to: its required node affinity on a zone key, and its legacy zone labels. */
export function volumeZones(pv: PersistentVolume): string[] {
  const zones = new Set<string>();
  for (const term of pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? []) {
    for (const req of term.matchExpressions ?? []) {
      if (ZONE_KEYS.includes(req.key) && req.operator === 'In') for (const v of req.values ?? []) zones.add(v);
    }
  }
  for (const key of ZONE_KEYS) {
    const label = pv.metadata?.labels?.[key];
    if (label) zones.add(label);
  }
  return [...zones];
}
