import { parseQuantity } from '../../lib/kube/quantity.ts';
import type { PersistentVolume, PersistentVolumeClaim } from '../../lib/doctor/wire.ts';

/** One reason a PersistentVolume cannot take a claim, with the values on both sides. */
export type PvMismatch =
  | { kind: 'reserved'; claim: string }
  | { kind: 'released'; claim: string }
  | { kind: 'class'; pv: string; claim: string }
  | { kind: 'capacity'; pv: string; claim: string }
  | { kind: 'accessModes'; pv: string; claim: string }
  | { kind: 'volumeMode'; pv: string; claim: string }
  | { kind: 'selector'; requirement: string };

export interface PvComparison {
  pv: string;
  mismatches: PvMismatch[];
}

/** The class a claim binds with: an unset class without a default class means "no class" (""). */
export function claimClass(claim: PersistentVolumeClaim): string {
  return claim.spec?.storageClassName ?? '';
}

/** Compares one PV with a claim the way the PV controller does, listing every attribute that differs. */
export function comparePv(pv: PersistentVolume, claim: PersistentVolumeClaim): PvComparison {
  const mismatches: PvMismatch[] = [];
  const claimRef = pv.spec?.claimRef;
  const claimName = claim.metadata?.name;
  const claimNamespace = claim.metadata?.namespace;
  const refersToThisClaim =
    claimRef?.name === claimName &&
    claimRef?.namespace === claimNamespace &&
    (!claimRef?.uid || !claim.metadata?.uid || claimRef.uid === claim.metadata.uid);
  if (pv.status?.phase === 'Released')
    mismatches.push({ kind: 'released', claim: `${claimRef?.namespace ?? ''}/${claimRef?.name ?? ''}` });
  else if (claimRef?.name && !refersToThisClaim)
    mismatches.push({ kind: 'reserved', claim: `${claimRef.namespace ?? ''}/${claimRef.name}` });

  const pvClass = pv.spec?.storageClassName ?? '';
  if (pvClass !== claimClass(claim)) mismatches.push({ kind: 'class', pv: pvClass, claim: claimClass(claim) });

  const wanted = claim.spec?.resources?.requests?.storage;
  const has = pv.spec?.capacity?.storage;
  const wantedBytes = parseQuantity(wanted);
  const hasBytes = parseQuantity(has);
  if (wantedBytes !== null && hasBytes !== null && hasBytes < wantedBytes) {
    mismatches.push({ kind: 'capacity', pv: has ?? '', claim: wanted ?? '' });
  }

  const pvModes = pv.spec?.accessModes ?? [];
  const claimModes = claim.spec?.accessModes ?? [];
  if (!claimModes.every((m) => pvModes.includes(m))) {
    mismatches.push({ kind: 'accessModes', pv: pvModes.join(', ') || '-', claim: claimModes.join(', ') });
  }

  const pvMode = pv.spec?.volumeMode ?? 'Filesystem';
  const claimMode = claim.spec?.volumeMode ?? 'Filesystem';
  if (pvMode !== claimMode) mismatches.push({ kind: 'volumeMode', pv: pvMode, claim: claimMode });

  for (const requirement of unmetSelector(claim, pv.metadata?.labels ?? {}))
    mismatches.push({ kind: 'selector', requirement });
  return { pv: pv.metadata?.name ?? '', mismatches };
}

/** PVs that could still be bound (Available, or Released and so needing an admin), closest first. */
export function closestPvs(pvs: readonly PersistentVolume[], claim: PersistentVolumeClaim): PvComparison[] {
  const named = claim.spec?.volumeName;
  return pvs
    .filter((pv) => (named ? pv.metadata?.name === named : true))
    .filter((pv) => ['Available', 'Released', undefined].includes(pv.status?.phase) || pv.metadata?.name === named)
    .map((pv) => comparePv(pv, claim))
    .sort((a, b) => a.mismatches.length - b.mismatches.length || a.pv.localeCompare(b.pv));
}

function unmetSelector(claim: PersistentVolumeClaim, labels: Record<string, string>): string[] {
  const selector = claim.spec?.selector;
  if (!selector) return [];
  const unmet: string[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) unmet.push(`${key}=${value}`);
  }
  for (const expr of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, expr.key);
    const value = labels[expr.key];
    const values = expr.values ?? [];
    const ok =
      expr.operator === 'In'
        ? has && values.includes(value ?? '')
        : expr.operator === 'NotIn'
          ? !has || !values.includes(value ?? '')
          : expr.operator === 'Exists'
            ? has
            : expr.operator === 'DoesNotExist'
              ? !has
              : false;
    if (!ok) unmet.push(`${expr.key} ${expr.operator}${values.length ? ` (${values.join(', ')})` : ''}`);
  }
  return unmet;
}
