import { readFileSync } from 'node:fs';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { Check } from '../../lib/doctor/check.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import type { KindName, Snapshot } from '../../lib/doctor/snapshot.ts';
import { render } from '../../lib/i18n/index.ts';

export const TAKEN_AT = '2025-11-24T09:45:00Z';

/** Items of a fixture List under tests/fixtures/<check>/. */
export function items(check: string, ...files: string[]): unknown[] {
  return files.flatMap((file) => {
    const list = JSON.parse(readFileSync(new URL(`../fixtures/${check}/${file}`, import.meta.url), 'utf8')) as {
      items: unknown[];
    };
    return list.items;
  });
}

/** Builds a snapshot of namespace shop from fixture files, optionally hiding kinds as forbidden. */
export function snapshotOf(
  check: string,
  files: string[],
  options: { hidden?: KindName[]; namespace?: string | null } = {},
): Snapshot {
  const snapshot = snapshotFromObjects(
    items(check, ...files),
    options.namespace === undefined ? 'shop' : options.namespace,
    TAKEN_AT,
  );
  for (const kind of options.hidden ?? []) {
    snapshot.visibility[kind] = { visible: false, reason: 'forbidden', detail: `${kind} is forbidden` };
    (snapshot[kind] as unknown[]).length = 0;
  }
  return snapshot;
}

/** Runs a check over a snapshot. */
export function runCheck(check: Check, snapshot: Snapshot): Finding[] {
  return check.run(snapshot, buildIndex(snapshot));
}

/** The finding about one object, failing loudly when there is not exactly one. */
export function findingFor(findings: Finding[], kind: string, name: string): Finding {
  const matches = findings.filter((f) => f.object.kind === kind && f.object.name === name);
  if (matches.length !== 1)
    throw new Error(
      `expected one finding for ${kind}/${name}, got ${matches.length}: ${findings.map((f) => f.code + ' ' + f.object.name).join('; ')}`,
    );
  return matches[0]!;
}

/** All text of a finding rendered in a language (cause, details, remedy), for wording assertions. */
export function text(finding: Finding, lang: 'en' | 'ko' = 'en'): string {
  return [finding.cause, ...(finding.details ?? []), ...finding.remedy].map((m) => render(lang, m)).join('\n');
}
