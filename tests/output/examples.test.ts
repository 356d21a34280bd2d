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
        // One failing test case per incident at warning or above: an effect is not counted a second time.
        expect(Number(root.attrs.failures)).toBe(report.incidents.filter((i) => i.severity !== 'info').length);
        expect(renderMarkdown(report, { lang, explain: true })).toContain('## ');
      }
    }
  });

  it('broken-shop: every problem appears once, as the root cause of its own incident, the rest as its effects', () => {
    const report = diagnose('broken-shop.json');
    const roots = report.incidents.map((i) => report.findings[i.root]!);
    expect(roots.map((f) => `${f.code} ${f.object.kind}/${f.object.name}`)).toEqual([
      'unbound-pvcs.storage-class-not-found PersistentVolumeClaim/uploads',
      'oom-kills.limit-reached Pod/api-84f6d9c7b8-m5v7c',
      'image-pulls.not-found Pod/catalog-5f7b9d8c6f-x7p4j',
      'crash-loops.app-error Pod/checkout-6b8f9c7d5-k2x8p',
      'container-config.missing-key Pod/payments-7c4d8b9f6e-r8w3z',
      'pending-pods.insufficient-resources Pod/report-worker-9d6c7b8f5a-h4n6q',
      'service-endpoints.selector-matches-nothing Service/cart',
      'daemonsets.skipped-tainted-nodes DaemonSet/log-shipper',
    ]);
    // Every "Deployment is not serving" is an effect of its pod's (or its claim's) cause, never a root.
    for (const f of report.findings.filter((x) => x.code === 'stuck-rollouts.unavailable')) {
      expect(f.causedBy, f.object.name).toBeDefined();
      const root = report.findings[report.incidents.find((i) => i.id === f.incident)!.root]!;
      expect(root.owner, f.object.name).toEqual(f.object);
    }
    // Each finding belongs to exactly one incident.
    const members = report.incidents.flatMap((i) => [i.root, ...i.sameCause, ...i.effects]).sort((a, b) => a - b);
    expect(members).toEqual(report.findings.map((_, i) => i));
  });

  it('broken-shop: the text report opens with its incidents on one screen, in en and ko', () => {
    const report = diagnose('broken-shop.json');
    for (const lang of ['en', 'ko'] as const) {
      const lines = renderTerminal(report, { lang, explain: false, color: false }).split('\n');
      const firstDetail = lines.findIndex((l) => /^[✖▲ℹ] /.test(l));
      expect(firstDetail, lang).toBeGreaterThan(0);
      expect(firstDetail, lang).toBeLessThanOrEqual(25);
      const summary = lines.slice(0, firstDetail).filter((l) => /^ {2}[✖▲ℹ] \d+\. /.test(l));
      expect(summary, lang).toHaveLength(report.incidents.length);
      // Each line carries the root object, the cause, how many objects it affects and the command to run first.
      expect(summary[1]).toContain('Pod/api-84f6d9c7b8-m5v7c (Deployment/api)');
      expect(summary[1]).toContain('128Mi');
      expect(summary[1]).toContain(lang === 'en' ? 'Affects 2 objects.' : '영향: 리소스 2개.');
      expect(summary[1]).toContain('kubectl top pod api-84f6d9c7b8-m5v7c -n shop --containers');
    }
    const brief = renderTerminal(report, { lang: 'en', explain: false, color: false, brief: true });
    expect(brief.split('\n').length).toBeLessThanOrEqual(16);
    expect(brief).not.toContain('Evidence:');
    // The README shows this summary as the doctor prints it today, not as it once did.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`text\n${brief.trimEnd()}\n\`\`\``);
  });
});
