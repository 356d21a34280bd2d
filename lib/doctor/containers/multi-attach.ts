import type { ObjectRef } from '../finding.ts';
import type { Snapshot } from '../snapshot.ts';
import type { SnapshotIndex } from '../snapshot-index.ts';
import type { Pod } from '../wire.ts';
import { msg, type Message } from '../../i18n/index.ts';
import { ownerOf, podRef } from './pod-facts.ts';

/** What volume-mounts concluded from one event, before it becomes a finding. */
export interface MountDiagnosis {
  code: string;
  cause: Message;
  details: Message[];
  remedy: Message[];
  commands: string[];
  related: ObjectRef[];
  concept: 'volume-mount' | 'multi-attach' | 'pod-capacity' | 'csi-driver';
}

/**
 * Explains a Multi-Attach error: finds the other pod holding the ReadWriteOnce claim on another
 * node (from the snapshot, or as the event names it) and says why: a pod stuck Terminating,
 * replicas sharing one claim, or a rolling update of a one-replica Deployment.
 */
export function multiAttachDiagnosis(
  pod: Pod,
  pv: string,
  text: string,
  snapshot: Snapshot,
  index: SnapshotIndex,
): MountDiagnosis {
  const namespace = pod.metadata?.namespace ?? '';
  const node = pod.spec?.nodeName ?? '?';
  const claimNames = (pod.spec?.volumes ?? [])
    .map((v) => v.persistentVolumeClaim?.claimName)
    .filter((c): c is string => Boolean(c));
  const pvc = snapshot.persistentVolumeClaims.find(
    (c) =>
      c.metadata?.namespace === namespace && claimNames.includes(c.metadata?.name ?? '') && c.spec?.volumeName === pv,
  );
  const claimFromPv = snapshot.persistentVolumes.find((p) => p.metadata?.name === pv)?.spec?.claimRef;
  const claim = pvc?.metadata?.name ?? (claimFromPv?.namespace === namespace ? claimFromPv.name : undefined);
  const named =
    /used by pod\(s\) (.+)$/
      .exec(text)?.[1]
      ?.split(/,\s*/)
      .map((s) => s.trim()) ?? [];
  const others = index.podsInNamespace(namespace).filter((p) => {
    const name = p.metadata?.name ?? '';
    if (name === pod.metadata?.name || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') return false;
    const usesClaim =
      claim !== undefined && (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claim);
    return (usesClaim && p.spec?.nodeName && p.spec.nodeName !== node) || named.includes(name);
  });
  const other = others[0];
  const d: MountDiagnosis = {
    code: 'multi-attach',
    cause:
      other && claim
        ? msg('check.volume-mounts.cause.multi-attach-pod', {
            volume: pv,
            claim,
            otherNode: other.spec?.nodeName ?? '?',
            otherPod: other.metadata?.name ?? '',
            node,
          })
        : msg('check.volume-mounts.cause.multi-attach', { volume: pv, node }),
    details: [],
    remedy: [],
    commands: [],
    related: [],
    concept: 'multi-attach',
  };
  if (claim) {
    d.related.push({ kind: 'PersistentVolumeClaim', name: claim, namespace });
    const modes = pvc?.spec?.accessModes ?? pvc?.status?.accessModes;
    if (modes?.length)
      d.details.push(msg('check.volume-mounts.detail.claim-modes', { claim, modes: modes.join(', ') }));
  }
  if (!other) {
    d.details.push(msg('check.volume-mounts.detail.pods-not-visible'));
    d.remedy.push(msg('check.volume-mounts.remedy.wait-detach'));
    d.commands.push('kubectl get volumeattachments');
    return d;
  }
  d.related.push(podRef(other));
  const otherName = other.metadata?.name ?? '';
  if (other.metadata?.deletionTimestamp) {
    d.details.push(
      msg('check.volume-mounts.detail.other-terminating', {
        otherPod: otherName,
        since: other.metadata.deletionTimestamp,
      }),
    );
    d.remedy.push(msg('check.volume-mounts.remedy.force-delete'));
    if (other.spec?.nodeName) d.commands.push(`kubectl get node ${other.spec.nodeName}`);
    d.commands.push(`kubectl delete pod ${otherName} -n ${namespace} --grace-period=0 --force`);
    return d;
  }
  const mine = ownerOf(pod, snapshot);
  const theirs = ownerOf(other, snapshot);
  if (mine && theirs && mine.kind === theirs.kind && mine.name === theirs.name) {
    d.details.push(msg('check.volume-mounts.detail.same-owner', { owner: `${mine.kind}/${mine.name}` }));
    const deployment =
      mine.kind === 'Deployment'
        ? snapshot.deployments.find((x) => x.metadata?.namespace === namespace && x.metadata?.name === mine.name)
        : undefined;
    if (deployment && (deployment.spec?.replicas ?? 1) <= 1) {
      d.details.push(msg('check.volume-mounts.detail.rolling-update'));
      d.remedy.push(msg('check.volume-mounts.remedy.recreate'));
    } else d.remedy.push(msg('check.volume-mounts.remedy.statefulset'));
    return d;
  }
  // Different workloads share one claim: name the other pod and both ways out, without guessing which applies.
  d.remedy.push(msg('check.volume-mounts.remedy.statefulset'), msg('check.volume-mounts.remedy.wait-detach'));
  return d;
}
