import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/doctor/report.ts';
import { REPORT_SCHEMA } from '../../lib/doctor/report.ts';
import { renderJson, rfc3339 } from '../../lib/output/json.ts';
import { cleanReport, goldenReport } from '../golden/golden-report.ts';
import { schemaErrors } from './schema-check.ts';

const schema = JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('JSON renderer', () => {
  it('conforms to docs/report.schema.json in both languages, with findings and without', () => {
    for (const report of [goldenReport, cleanReport]) {
      for (const lang of ['en', 'ko'] as const) {
        const doc = JSON.parse(renderJson(report, { lang })) as unknown;
        expect(schemaErrors(doc, schema)).toEqual([]);
      }
    }
  });

  it('lists incidents by finding index, and marks each finding with its incident and the finding that explains it', () => {
    const doc = JSON.parse(renderJson(goldenReport, { lang: 'en' })) as {
      summary: { incidents: Record<string, number>; text: string };
      findings: { code: string; incident?: number; causedBy?: number }[];
      incidents: { id: number; root: number; effects: number[]; severity: string; objects: unknown[] }[];
    };
    expect(doc.summary.incidents).toEqual({ error: 2, warning: 1, info: 1 });
    expect(doc.summary.text).toMatch(/^4 incidents · /);
    expect(doc.incidents[0]).toMatchObject({ id: 1, root: 0, effects: [4], severity: 'error' });
    expect(doc.incidents[0]!.objects).toHaveLength(2);
    expect(doc.findings[4]).toMatchObject({ code: 'stuck-rollouts.unavailable', incident: 1, causedBy: 0 });
    expect(doc.findings[0]).toMatchObject({ incident: 1 });
    expect(doc.findings[0]).not.toHaveProperty('causedBy');
    // An incident that is not an id does not fit the schema.
    (doc.findings[0] as Record<string, unknown>).incident = 'one';
    expect(schemaErrors(doc, schema).length).toBeGreaterThan(0);
  });

  it('the schema checker itself rejects a document that breaks the schema', () => {
    const doc = JSON.parse(renderJson(goldenReport, { lang: 'en' })) as {
      findings: { severity: string; text?: unknown; evidence: { lastSeen?: string }[] }[];
      extra?: boolean;
    };
    doc.findings[0]!.severity = 'fatal';
    delete doc.findings[1]!.text;
    doc.findings[2]!.evidence[0]!.lastSeen = 'yesterday';
    doc.extra = true;
    const errors = schemaErrors(doc, schema);
    expect(errors).toContain('$.findings[0].severity: "fatal" not in enum');
    expect(errors).toContain('$.findings[1]: missing text');
    expect(errors).toContain('$.findings[2].evidence[0].lastSeen: "yesterday" is not RFC 3339');
    expect(errors).toContain('$: unexpected property extra');
  });

  it('carries keys with params for machines and rendered text for people', () => {
    const doc = JSON.parse(renderJson(goldenReport, { lang: 'ko' })) as {
      schema: string;
      findings: {
        object: { name: string };
        cause: unknown;
        text: { cause: string; concept: string };
        evidence: { text: string }[];
        commands: string[];
      }[];
      checks: { id: string }[];
      visibility: { persistentVolumes: unknown };
    };
    expect(doc.schema).toBe(REPORT_SCHEMA);
    const svc = doc.findings.find((f) => f.object.name === 'cart')!;
    expect(svc.cause).toEqual({
      key: 'check.service-endpoints.cause.selectorMatchesNothing',
      params: { selector: 'app=cart-api' },
    });
    expect(svc.text.cause).toMatch(/[가-힣]/);
    expect(svc.text.cause).toContain('app=cart-api');
    expect(svc.text.concept).toMatch(/[가-힣]/);
    expect(svc.evidence[1]!.text).toBe('cart-8f2ba   IPv4   <unset>   <none>');
    expect(svc.commands).toEqual([
      'kubectl get endpointslices -n shop -l kubernetes.io/service-name=cart',
      'kubectl get pods -n shop --show-labels',
    ]);
    const crashed = doc.checks.find((c) => c.id === 'oom-kills');
    expect(crashed).toMatchObject({ status: 'crashed', error: expect.stringContaining('TypeError') as unknown });
    expect(doc.visibility.persistentVolumes).toMatchObject({ visible: false, reason: 'forbidden' });
  });

  it('keeps the same key order whatever order the report object was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(goldenReport).reverse()) as unknown as Report;
    expect(renderJson(shuffled, { lang: 'en' })).toBe(renderJson(goldenReport, { lang: 'en' }));
    const topKeys = Object.keys(JSON.parse(renderJson(goldenReport, { lang: 'en' })) as object);
    expect(topKeys.slice(0, 3)).toEqual(['schema', 'lang', 'generatedAt']);
  });

  it('writes timestamps in RFC 3339', () => {
    expect(rfc3339('2026-11-24T09:12:00.000000Z')).toBe('2026-11-24T09:12:00.000000Z');
    expect(rfc3339('2026-11-24T18:12:00+09:00')).toBe('2026-11-24T18:12:00+09:00');
    expect(rfc3339('Tue, 24 Nov 2026 09:12:00 GMT')).toBe('2026-11-24T09:12:00.000Z');
    expect(rfc3339('not a time')).toBeUndefined();
  });
});
