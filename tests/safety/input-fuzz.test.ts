import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.ts';
import type { ApiGet } from '../../lib/doctor/api-reader.ts';
import { gather } from '../../lib/doctor/gather.ts';
import { snapshotFromText, SnapshotFileError } from '../../lib/doctor/load-file.ts';
import type { Report } from '../../lib/doctor/report.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import { renderJson } from '../../lib/output/json.ts';
import { renderJunit } from '../../lib/output/junit.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';

// Item 9 of issue 8: random mutations of a real dump never make the loader or a check throw.
// CI runs FUZZ_RUNS (default 120) with a fixed FUZZ_SEED; `FUZZ_RUNS=5000 npx vitest run tests/safety/input-fuzz.test.ts`
// runs a longer search, and FUZZ_SEED=random a fresh one (the seed of a failure is printed).
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261202);
const EXAMPLE = JSON.parse(readFileSync(new URL('../../examples/broken-shop.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

type Path = (string | number)[];
const PATHS: Path[] = [];
(function walk(v: unknown, path: Path) {
  PATHS.push(path);
  if (v && typeof v === 'object')
    for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
})(EXAMPLE, []);

const leaf = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.boolean(),
  fc.constantFrom('', '2026-13-45T99:99:99Z', '-1', 'NaN', '__proto__', 'constructor'),
);
const anyValue = fc.oneof(
  leaf,
  fc.array(leaf, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('name', 'type', 'status', 'message', 'kind', 'items', 'x'), leaf, { maxKeys: 3 }),
);
/** One mutation: replace the value at some path of the dump, or delete it. */
const mutations = fc.array(fc.tuple(fc.nat(), fc.option(anyValue, { nil: undefined })), { minLength: 1, maxLength: 6 });

function mutate(base: unknown, edits: [number, unknown][]): unknown {
  const doc = structuredClone(base) as Record<string | number, unknown>;
  for (const [index, value] of edits) {
    const path = PATHS[index % PATHS.length]!;
    if (path.length === 0) continue;
    let parent: unknown = doc;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[key];
    if (!parent || typeof parent !== 'object') continue;
    const last = path.at(-1)!;
    if (value === undefined) delete (parent as Record<string | number, unknown>)[last];
    else (parent as Record<string | number, unknown>)[last] = structuredClone(value);
  }
  return doc;
}

function renderAll(report: Report): void {
  renderTerminal(report, { lang: 'en', explain: true, color: true });
  renderMarkdown(report, { lang: 'ko', explain: true });
  renderJson(report, { lang: 'en' });
  renderJunit(report, { lang: 'ko' });
}

describe(`fuzz: mutated dumps (runs ${RUNS}, seed ${SEED})`, () => {
  it('the loader either refuses the file (exit 2) or every check runs without crashing, and every format renders', () => {
    fc.assert(
      fc.property(mutations, fc.boolean(), (edits, asList) => {
        const doc = mutate(EXAMPLE, edits) as Record<string, unknown>;
        // Both shapes a user gives: a saved snapshot, and a `kubectl get -o json` List of the same objects.
        const text = asList
          ? JSON.stringify({
              kind: 'List',
              items: Object.values(doc).flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [])),
            })
          : JSON.stringify(doc);
        let report: Report;
        try {
          report = runChecks(snapshotFromText(text, 'fuzz.json', '2026-11-24T09:30:00Z'), CHECKS, {
            source: { type: 'file', path: 'fuzz.json' },
          });
        } catch (error) {
          if (error instanceof SnapshotFileError) return;
          throw error;
        }
        expect(report.checks.filter((c) => c.status === 'crashed').map((c) => `${c.id}: ${c.error}`)).toEqual([]);
        renderAll(report);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('the same holds for what a live API server sends (odd list items from a proxy or an old server)', async () => {
    const pods = (EXAMPLE.pods as unknown[]).map((p) => ({ ...(p as object) }));
    await fc.assert(
      fc.asyncProperty(mutations, async (edits) => {
        const mutated = mutate({ pods, events: EXAMPLE.events }, edits) as { pods: unknown; events: unknown };
        const api: ApiGet = (path) => {
          const items = path.endsWith('/pods') ? mutated.pods : path.endsWith('/events') ? mutated.events : [];
          return Promise.resolve({ status: 200, body: JSON.stringify({ kind: 'List', items, metadata: {} }) });
        };
        const snapshot = await gather({ api, namespace: 'shop', timeoutMs: 1000 });
        const report = runChecks(snapshot, CHECKS, { source: { type: 'cluster' } });
        expect(report.checks.filter((c) => c.status === 'crashed').map((c) => `${c.id}: ${c.error}`)).toEqual([]);
        renderAll(report);
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 4)), seed: SEED },
    );
  });
});
