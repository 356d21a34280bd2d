import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.ts';
import { snapshotFromText } from '../../lib/doctor/load-file.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import type { Report } from '../../lib/doctor/report.ts';
import { renderJson } from '../../lib/output/json.ts';
import { renderJunit } from '../../lib/output/junit.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';
import { schemaErrors } from './schema-check.ts';
import { findAll, parseXml } from './xml-tree.ts';

const schema = JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

// The bundled examples, run through the real loader and every registered check. The README's first
// command runs broken-shop, so these tests keep the examples and the checks honest with each other.

// The examples' events are dated up to 2026-11-24T09:30Z; a List file carries no snapshot time.
const NOW = '2026-11-24T09:30:00Z';

function diagnose(file: string): Report {
  const path = `examples/${file}`;
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  return runChecks(snapshotFromText(text, path, NOW), CHECKS, {
    source: { type: 'file', path },
    now: () => new Date(NOW),
  });
}

// What each check must say about broken-shop: the workload a finding is about (the object or its owner).
const EXPECTED: Record<string, string[]> = {
  'pending-pods': ['report-worker'],
  'unbound-pvcs': ['uploads'],
  'service-endpoints': ['cart'],
  'crash-loops': ['checkout'],
  'oom-kills': ['api'],
  'image-pulls': ['catalog'],
  'container-config': ['payments'],
};

const HEALTHY_OBJECTS = [/^web/, /^redis/, /^log-shipper/, /^nightly-report/];

describe('bundled examples', () => {
  it('healthy-shop: nothing at warning or above, no crash', () => {
    const report = diagnose('healthy-shop.json');
    expect(report.namespace).toBe('shop');
    expect(report.summary.crashed).toBe(0);
    expect(
      report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.object.kind}/${f.object.name}`),
    ).toEqual([]);
    expect(renderTerminal(report, { lang: 'en', explain: false, color: false })).toContain(
      'No problems found in namespace shop.',
    );
  });

  it('broken-shop: every registered check names the broken workload it is about, and nothing healthy', () => {
    const report = diagnose('broken-shop.json');
    expect(report.summary.crashed).toBe(0);
    for (const check of report.checks) {
      const expected = EXPECTED[check.id];
      if (!expected) continue;
      const named = check.findings
        .filter((f) => f.severity !== 'info')
        .flatMap((f) => [f.object.name, f.owner?.name ?? '']);
      for (const workload of expected)
        expect(
          named.some((n) => n.startsWith(workload)),
          `${check.id} about ${workload}: ${named.join(', ')}`,
        ).toBe(true);
    }
    // Info is allowed (a DaemonSet that skips the GPU node is worth knowing), a warning or error is not.
    for (const f of report.findings.filter((x) => x.severity !== 'info')) {
      for (const healthy of HEALTHY_OBJECTS) expect(f.object.name, f.code).not.toMatch(healthy);
    }
  });

  it('broken-shop: no Secret value reaches any output', () => {
    const report = diagnose('broken-shop.json');
    const out =
      renderJson(report, { lang: 'en' }) + renderTerminal(report, { lang: 'ko', explain: true, color: false });
    expect(out).not.toContain('cGtfdGVzdF9leGFtcGxlX29ubHk=');
    expect(out).not.toContain('pk_test_example_only');
  });

  it('both examples render in every format: JSON that fits the schema, JUnit that parses with one suite per check', () => {
    for (const file of ['broken-shop.json', 'healthy-shop.json']) {
      const report = diagnose(file);
      for (const lang of ['en', 'ko'] as const) {
        expect(schemaErrors(JSON.parse(renderJson(report, { lang })), schema), `${file} ${lang}`).toEqual([]);
        const root = parseXml(renderJunit(report, { lang }));
        expect(findAll(root, 'testsuite')).toHaveLength(report.checks.length);
        expect(Number(root.attrs.failures)).toBe(
          report.checks.reduce(
            (n, c) =>
              n +
              new Set(c.findings.filter((f) => f.severity !== 'info').map((f) => `${f.object.kind}/${f.object.name}`))
                .size,
            0,
          ),
        );
        expect(renderMarkdown(report, { lang, explain: true })).toContain('## ');
      }
    }
  });
});
