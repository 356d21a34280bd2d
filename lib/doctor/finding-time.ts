import type { EventGroup } from './snapshot-index.ts';
import type { Snapshot } from './snapshot.ts';

/** Whole minutes between an RFC 3339 time and the snapshot's "now" (takenAt); 0 when unknown. */
export function minutesSince(time: string | undefined, snapshot: Snapshot): number {
  if (!time) return 0;
  const ms = Date.parse(snapshot.takenAt) - Date.parse(time);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 60_000) : 0;
}

/** Earliest and latest time over event groups, for a finding's firstSeen/lastSeen. */
export function seenRange(groups: readonly EventGroup[], fallback?: string): { firstSeen?: string; lastSeen?: string } {
  const firsts = groups
    .map((g) => g.firstSeen)
    .filter((t): t is string => !!t)
    .sort();
  const lasts = groups
    .map((g) => g.lastSeen)
    .filter((t): t is string => !!t)
    .sort();
  const firstSeen = firsts[0] ?? fallback;
  const lastSeen = lasts[lasts.length - 1] ?? fallback;
  return { ...(firstSeen ? { firstSeen } : {}), ...(lastSeen ? { lastSeen } : {}) };
}
