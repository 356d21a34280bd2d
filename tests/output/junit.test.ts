import { describe, expect, it } from 'vitest';
import { msg } from '../../lib/i18n/index.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { linkIncidents } from '../../lib/doctor/incidents.ts';
import type { Report } from '../../lib/doctor/report.ts';
import { renderJunit } from '../../lib/output/junit.ts';
import { cleanReport, goldenReport } from '../golden/golden-report.ts';
import { findAll, parseXml } from './xml-tree.ts';

const int = (v: string | undefined) => Number.parseInt(v ?? 'NaN', 10);

describe('JUnit renderer', () => {
  it('writes well-formed XML with one testsuite per check and totals that add up', () => {
    for (const lang of ['en', 'ko'] as const) {
      const root = parseXml(renderJunit(goldenReport, { lang }));
      expect(root.name).toBe('testsuites');
      const suites = findAll(root, 'testsuite');
      expect(suites.map((s) => s.attrs.name)).toEqual(goldenReport.checks.map((c) => c.id));
      for (const suite of suites) {
        const cases = suite.children.filter((c) => c.name === 'testcase');
        expect(int(suite.attrs.tests)).toBe(cases.length);
        expect(int(suite.attrs.failures)).toBe(
          cases.filter((c) => c.children.some((x) => x.name === 'failure')).length,
        );
        expect(int(suite.attrs.errors)).toBe(cases.filter((c) => c.children.some((x) => x.name === 'error')).length);
        expect(int(suite.attrs.skipped)).toBe(cases.filter((c) => c.children.some((x) => x.name === 'skipped')).length);
      }
      const sum = (attr: string) => suites.reduce((n, s) => n + int(s.attrs[attr]), 0);
      for (const attr of ['tests', 'failures', 'errors', 'skipped'])
        expect(int(root.attrs[attr]), attr).toBe(sum(attr));
      expect(root.attrs).toMatchObject({ tests: '8', failures: '3', errors: '1', skipped: '1' });
    }
  });

  it('fails each error and warning incident with its severity as type, effects in its text, and passes info with system-out', () => {
    const root = parseXml(renderJunit(goldenReport, { lang: 'en' }));
    const byName = new Map(findAll(root, 'testcase').map((c) => [c.attrs.name, c]));
    const pod = byName.get('1. Pod/report-worker-9d6c7b8f5a-h4n6q (Deployment/report-worker)')!;
    expect(pod.children[0]).toMatchObject({ name: 'failure', attrs: { type: 'error' } });
    expect(pod.children[0]!.text).toContain(
      '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu.',
    );
    expect(pod.children[0]!.text).toContain('$ kubectl describe pod report-worker-9d6c7b8f5a-h4n6q -n shop');
    expect(pod.children[0]!.text).toContain(
      'Explained by this root cause:\n  [error] stuck-rollouts.unavailable Deployment/report-worker: Deployment report-worker is not serving',
    );
    // The effect is counted once, in its root's test case: no failing case of its own.
    expect([...byName.keys()].filter((n) => n?.includes('Deployment/report-worker') && !n.startsWith('1.'))).toEqual(
      [],
    );
    expect(byName.get('3. Service/cart')!.children[0]).toMatchObject({ name: 'failure', attrs: { type: 'warning' } });
    // The verbatim evidence survives escaping, angle brackets included.
    expect(byName.get('3. Service/cart')!.children[0]!.text).toContain('cart-8f2ba   IPv4   <unset>   <none>');
    const info = byName.get('4. PersistentVolumeClaim/cache-scratch')!;
    expect(info.children.map((c) => c.name)).toEqual(['system-out']);
    expect(info.children[0]!.text).toContain('waiting for first consumer to be created before binding');
  });

  it('reports a crashed check as <error> with its message, and a check with no findings as one passing case', () => {
    const root = parseXml(renderJunit(goldenReport, { lang: 'en' }));
    const suites = new Map(findAll(root, 'testsuite').map((s) => [s.attrs.name, s]));
    const crash = findAll(suites.get('oom-kills')!, 'error');
    expect(crash).toHaveLength(1);
    expect(crash[0]!.attrs.message).toBe(
      "Check oom-kills crashed: TypeError: Cannot read properties of undefined (reading 'containers') & <more>",
    );
    const clean = suites.get('image-pulls')!.children.filter((c) => c.name === 'testcase');
    expect(clean).toHaveLength(1);
    expect(clean[0]!.children).toEqual([]);
    expect(findAll(suites.get('failed-jobs')!, 'skipped')).toHaveLength(1);
    // A check whose findings are all effects passes and names the incident that explains them.
    const effects = suites.get('stuck-rollouts')!.children.filter((c) => c.name === 'testcase');
    expect(effects).toHaveLength(1);
    expect(effects[0]!.children.map((c) => c.name)).toEqual(['system-out']);
    expect(effects[0]!.children[0]!.text).toBe(
      "Deployment/report-worker: explained by incident 1, reported in that incident's test case.",
    );
  });

  it('says which kinds a check could not see', () => {
    const root = parseXml(renderJunit(goldenReport, { lang: 'ko' }));
    const suite = findAll(root, 'testsuite').find((s) => s.attrs.name === 'unbound-pvcs')!;
    const out = suite.children.find((c) => c.name === 'system-out');
    expect(out?.text).toContain('persistentvolumes');
  });

  it('stays well-formed whatever an event message holds', () => {
    const nasty = 'a\u0000b\u001bc ]]> -- <x y="z"> & \'q\' "dq" \uD800 tab\there\r\nnew line';
    const finding: Finding = {
      code: 'pending-pods.unknown-reason',
      check: 'pending-pods',
      severity: 'error',
      object: { kind: 'Pod', name: 'p', namespace: 'shop' },
      cause: msg('check.pending-pods.cause.unknown-reason', { text: nasty }),
      remedy: [],
      evidence: [{ source: 'event', reason: 'FailedScheduling', text: nasty }],
      commands: ['kubectl get pod p -n shop -o jsonpath=\'{.status.conditions[?(@.type=="PodScheduled")]}\''],
    };
    const report: Report = {
      ...cleanReport,
      checks: [
        { ...cleanReport.checks[0]!, status: 'failed', findings: [finding] },
        { ...cleanReport.checks[1]!, status: 'crashed', error: nasty },
      ],
      findings: [finding],
      incidents: linkIncidents([finding]),
    };
    const root = parseXml(renderJunit(report, { lang: 'en' }));
    const failure = findAll(root, 'failure')[0]!;
    expect(failure.text).toContain(']]> -- <x y="z"> & \'q\' "dq"');
    expect(failure.attrs.message).toContain('<x y="z">');
    expect(failure.attrs.message).toContain('tab\there\r\nnew line');
    expect(failure.text).not.toContain('\u0000');
  });

  it('gives a clean report one passing case per check', () => {
    const root = parseXml(renderJunit(cleanReport, { lang: 'en' }));
    expect(root.attrs).toMatchObject({
      tests: String(cleanReport.checks.length),
      failures: '0',
      errors: '0',
      skipped: '0',
    });
  });
});
