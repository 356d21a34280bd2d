import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Check } from '../../lib/doctor/check.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { KindName, Snapshot } from '../../lib/doctor/snapshot.ts';
import { render } from '../../lib/i18n/index.ts';
import type { Finding } from '../../lib/doctor/finding.ts';

export const TAKEN_AT = '2026-11-24T08:00:00Z';

/** Loads tests/fixtures/<check>/<name>.json (a kubectl List) into a snapshot of namespace "shop". */
export function loadSnapshot(
  check: string,
  name: string,
  hidden: Partial<Record<KindName, 'forbidden'>> = {},
): Snapshot {
  const list = JSON.parse(readFileSync(new URL(`../fixtures/${check}/${name}.json`, import.meta.url), 'utf8')) as {
    items: unknown[];
  };
  const snapshot = snapshotFromObjects(list.items, 'shop', TAKEN_AT);
  for (const [kind, reason] of Object.entries(hidden) as [KindName, 'forbidden'][]) {
    snapshot.visibility[kind] = { visible: false, reason, detail: `${kind} is forbidden` };
    (snapshot[kind] as unknown[]) = [];
  }
  return snapshot;
}

/** Runs a check on a fixture. */
export function runOn(check: Check, name: string, hidden: Partial<Record<KindName, 'forbidden'>> = {}): Finding[] {
  const snapshot = loadSnapshot(check.id, name, hidden);
  return check.run(snapshot, buildIndex(snapshot));
}

/** The finding's text in English and Korean, to prove every message renders with its parameters. */
export function texts(finding: Finding): { en: string; ko: string } {
  const all = [finding.cause, ...(finding.details ?? []), ...finding.remedy];
  const en = all.map((m) => render('en', m)).join('\n');
  const ko = all.map((m) => render('ko', m)).join('\n');
  return { en, ko };
}

/**
 * Runs a check on a fixture that must give exactly one finding, and proves its English and Korean
 * texts render with every placeholder filled.
 */
export function onlyFinding(
  check: Check,
  name: string,
  hidden: Partial<Record<KindName, 'forbidden'>> = {},
): { finding: Finding; en: string } {
  const findings = runOn(check, name, hidden);
  expect(findings).toHaveLength(1);
  const finding = findings[0]!;
  const { en, ko } = texts(finding);
  expect(en).not.toMatch(/\{\w+\}/);
  expect(ko).not.toMatch(/\{\w+\}/);
  return { finding, en };
}
