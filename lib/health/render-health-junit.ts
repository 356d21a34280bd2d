import { render, translator, type Lang } from '../i18n/index.ts';
import { SEVERITY_RANK } from '../doctor/finding.ts';
import { xmlAttr, xmlText } from '../output/xml-escape.ts';
import { keyId, type FindingKey } from './baseline.ts';
import type { HealthRun } from './health-run.ts';

interface Case {
  name: string;
  failure?: string;
  out?: string;
}

/** JUnit XML with one suite per cluster (its reachability and cluster checks) and one per cluster/namespace (a case per doctor check). */
export function renderHealthJunit(run: HealthRun, lang: Lang): string {
  const t = translator(lang);
  const fresh = new Set(run.comparison.new.map(keyId));
  const fails = (key: FindingKey, severity: keyof typeof SEVERITY_RANK) =>
    fresh.has(keyId(key)) && run.failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[run.failOn];
  const suites: { name: string; cases: Case[] }[] = [];
  for (const c of run.clusters) {
    const cases: Case[] = [];
    cases.push(
      c.unreachable
        ? {
            name: t('health.junit.reachable'),
            failure: [render(lang, c.unreachable.problem), c.unreachable.fix ? render(lang, c.unreachable.fix) : '']
              .filter(Boolean)
              .join('\n'),
          }
        : { name: t('health.junit.reachable') },
    );
    for (const f of c.findings) {
      const key = { cluster: c.cluster, namespace: f.namespace ?? '', code: f.code, ...f.object };
      const text = [render(lang, f.message), f.fix ? render(lang, f.fix) : ''].filter(Boolean).join('\n');
      cases.push({
        name: `${f.code} ${f.object.kind}/${f.object.name}${f.namespace ? ` (${f.namespace})` : ''}`,
        ...(fails(key, f.severity) ? { failure: text } : { out: text }),
      });
    }
    suites.push({ name: c.cluster, cases });
    for (const ns of c.namespaces) {
      const nsCases: Case[] = [];
      if (ns.canListPods === false)
        nsCases.push({
          name: t('health.junit.read'),
          failure: t('health.namespace.forbidden', { namespace: ns.namespace }),
        });
      else if (ns.unreadable) nsCases.push({ name: t('health.junit.read'), failure: render(lang, ns.unreadable) });
      for (const check of ns.report?.checks ?? []) {
        const lines: string[] = [];
        let failed = false;
        for (const f of check.findings) {
          const key = {
            cluster: c.cluster,
            namespace: f.object.namespace ?? ns.namespace,
            code: f.code,
            kind: f.object.kind,
            name: f.object.name,
          };
          if (fails(key, f.severity)) failed = true;
          lines.push(`[${f.severity}] ${f.code} ${f.object.kind}/${f.object.name}: ${render(lang, f.cause)}`);
        }
        const name = check.id;
        if (check.status === 'crashed') nsCases.push({ name, failure: check.error ?? 'crashed' });
        else
          nsCases.push(
            failed ? { name, failure: lines.join('\n') } : lines.length ? { name, out: lines.join('\n') } : { name },
          );
      }
      suites.push({ name: `${c.cluster}/${ns.namespace}`, cases: nsCases });
    }
  }
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter((k) => k.failure !== undefined).length, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="eks-guide health-check" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const s of suites) {
    const f = s.cases.filter((k) => k.failure !== undefined).length;
    lines.push(`  <testsuite name="${xmlAttr(s.name)}" tests="${s.cases.length}" failures="${f}" errors="0">`);
    for (const k of s.cases) {
      const open = `    <testcase classname="${xmlAttr(s.name)}" name="${xmlAttr(k.name)}"`;
      if (k.failure !== undefined)
        lines.push(
          `${open}>`,
          `      <failure message="${xmlAttr(k.failure.split('\n')[0] ?? '')}">${xmlText(k.failure)}</failure>`,
          '    </testcase>',
        );
      else if (k.out) lines.push(`${open}>`, `      <system-out>${xmlText(k.out)}</system-out>`, '    </testcase>');
      else lines.push(`${open}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
