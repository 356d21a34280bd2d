import type { Evidence, Finding, FindingParts, ObjectRef, Severity } from '../../lib/doctor/finding.ts';
import { seenRange } from '../../lib/doctor/finding-time.ts';
import { eventEvidence, type EventGroup, type SnapshotIndex } from '../../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';
import type { PersistentVolumeClaim, Pod, StorageClass } from '../../lib/doctor/wire.ts';
import { workloadOwner } from '../../lib/doctor/workload-owner.ts';
import type { Message } from '../../lib/i18n/index.ts';

/** What every finding about one claim shares. */
export interface ClaimContext {
  snapshot: Snapshot;
  index: SnapshotIndex;
  claim: PersistentVolumeClaim;
  ref: ObjectRef;
  events: EventGroup[];
  /** Pods of the namespace that mount the claim and have not finished. */
  consumers: Pod[];
  minutes: number;
  storageClass?: StorageClass;
}

/** Builds a finding about the claim with its events, phase and class quoted as evidence. */
export function claimFinding(
  ctx: ClaimContext,
  code: string,
  severity: Severity,
  cause: Message,
  parts: FindingParts,
): Finding {
  const { claim, ref, snapshot } = ctx;
  const sc = ctx.storageClass;
  const evidence: Evidence[] = [
    ...eventEvidence(ctx.events),
    { source: 'status', text: `phase: ${claim.status?.phase ?? 'Pending'}` },
    ...(sc
      ? [
          {
            source: 'object' as const,
            text: `provisioner: ${sc.provisioner}, volumeBindingMode: ${sc.volumeBindingMode ?? 'Immediate'}`,
            about: { kind: 'StorageClass', name: sc.metadata?.name ?? '' },
          },
        ]
      : []),
    ...(parts.evidence ?? []),
  ];
  const ownerPod = ctx.consumers[0];
  const owner = (ownerPod && workloadOwner(snapshot, ownerPod)) ?? workloadOwner(snapshot, claim) ?? statefulSetOf(ctx);
  return {
    code: `unbound-pvcs.${code}`,
    check: 'unbound-pvcs',
    severity,
    object: ref,
    ...(owner ? { owner } : {}),
    cause,
    ...(parts.details?.length ? { details: parts.details } : {}),
    remedy: parts.remedy,
    commands: [`kubectl describe pvc ${ref.name} -n ${ref.namespace}`, ...(parts.commands ?? [])],
    evidence,
    concept: parts.concept,
    ...(parts.related?.length ? { related: parts.related } : {}),
    ...(parts.dependsOn ? { dependsOn: parts.dependsOn } : {}),
    ...seenRange(ctx.events, claim.metadata?.creationTimestamp),
  };
}

/** StatefulSet claims are named <template>-<statefulset>-<ordinal> and carry no ownerReference by default. */
function statefulSetOf(ctx: ClaimContext): ObjectRef | undefined {
  for (const sts of ctx.snapshot.statefulSets) {
    if (sts.metadata?.namespace !== ctx.ref.namespace) continue;
    const name = sts.metadata?.name ?? '';
    for (const template of sts.spec?.volumeClaimTemplates ?? []) {
      const prefix = `${template.metadata?.name ?? ''}-${name}-`;
      if (ctx.ref.name.startsWith(prefix) && /^\d+$/.test(ctx.ref.name.slice(prefix.length))) {
        return { kind: 'StatefulSet', name, namespace: sts.metadata?.namespace };
      }
    }
  }
  return undefined;
}
