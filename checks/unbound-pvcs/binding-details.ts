import { msg, type Message } from '../../lib/i18n/index.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';
import type { PersistentVolumeClaim } from '../../lib/doctor/wire.ts';
import { closestPvs, type PvComparison, type PvMismatch } from './static-pv-match.ts';

const SHOWN_PVS = 5;

/** Detail lines saying, for the closest PersistentVolumes, which attribute keeps each from the claim. */
export function staticBindingDetails(
  snapshot: Snapshot,
  claim: PersistentVolumeClaim,
): { details: Message[]; fits: string[] } {
  const visibility = snapshot.visibility.persistentVolumes;
  if (!visibility.visible) {
    return {
      details: [msg('check.unbound-pvcs.detail.pvsNotVisible', { reason: visibility.reason ?? 'error' })],
      fits: [],
    };
  }
  const named = claim.spec?.volumeName;
  if (named && !snapshot.persistentVolumes.some((pv) => pv.metadata?.name === named)) {
    return { details: [msg('check.unbound-pvcs.detail.namedPvMissing', { pv: named })], fits: [] };
  }
  const compared = closestPvs(snapshot.persistentVolumes, claim);
  if (compared.length === 0) return { details: [msg('check.unbound-pvcs.detail.noCandidatePv')], fits: [] };
  const fits = compared.filter((c) => c.mismatches.length === 0).map((c) => c.pv);
  const details = compared.slice(0, SHOWN_PVS).flatMap(describe);
  if (compared.length > SHOWN_PVS)
    details.push(msg('check.unbound-pvcs.detail.morePvs', { count: compared.length - SHOWN_PVS }));
  return { details, fits };
}

function describe(comparison: PvComparison): Message[] {
  const pv = comparison.pv;
  if (comparison.mismatches.length === 0) return [msg('check.unbound-pvcs.detail.pvFits', { pv })];
  return comparison.mismatches.map((m) => mismatchMessage(pv, m));
}

function mismatchMessage(pv: string, m: PvMismatch): Message {
  const shown = (v: string) => (v === '' ? '""' : v);
  switch (m.kind) {
    case 'reserved':
      return msg('check.unbound-pvcs.detail.pvReserved', { pv, claim: m.claim });
    case 'released':
      return msg('check.unbound-pvcs.detail.pvReleased', { pv, claim: m.claim });
    case 'class':
      return msg('check.unbound-pvcs.detail.pvClass', { pv, pvValue: shown(m.pv), claimValue: shown(m.claim) });
    case 'capacity':
      return msg('check.unbound-pvcs.detail.pvCapacity', { pv, pvValue: m.pv, claimValue: m.claim });
    case 'accessModes':
      return msg('check.unbound-pvcs.detail.pvAccessModes', { pv, pvValue: m.pv, claimValue: m.claim });
    case 'volumeMode':
      return msg('check.unbound-pvcs.detail.pvVolumeMode', { pv, pvValue: m.pv, claimValue: m.claim });
    case 'selector':
      return msg('check.unbound-pvcs.detail.pvSelector', { pv, requirement: m.requirement });
  }
}
