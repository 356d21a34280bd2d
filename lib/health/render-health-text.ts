import type { Lang } from '../i18n/index.ts';
import { render, translator } from '../i18n/index.ts';
import { renderTerminal } from '../output/terminal.ts';
import { plainLine } from '../doctor/untrusted-text.ts';
import type { FindingKey } from './baseline.ts';
import { EKS_VERSIONS_LAST_CHECKED } from './eks-versions.ts';
import { isKnown, type HealthRun } from './health-run.ts';
import type { AccessSummary, Onboarding } from './health-result.ts';

/** The health check for a person or a CI log: per cluster its facts and findings, per namespace the doctor's report, then the baseline summary. */
export function renderHealthText(run: HealthRun, lang: Lang, color = false): string {
  const t = translator(lang);
  const out: string[] = [];
  for (const c of run.clusters) {
    out.push(t('health.text.cluster', { cluster: c.cluster, region: c.region || '-' }));
    if (c.unreachable) {
      out.push(`  ${t('health.unreachable')}`, `  ${render(lang, c.unreachable.problem)}`);
      if (c.unreachable.fix) out.push(`  ${render(lang, c.unreachable.fix)}`);
    }
    if (c.onboarding) out.push(...onboardingLines(c.onboarding, lang).map((l) => `  ${l}`));
    for (const f of c.findings) {
      const key = { cluster: c.cluster, namespace: f.namespace ?? '', code: f.code, ...f.object };
      out.push(`  ${findingLine(run, key, f.severity, lang)}: ${render(lang, f.message)}`);
      if (f.fix) out.push(`    ${render(lang, f.fix)}`);
    }
    for (const ns of c.namespaces) {
      out.push('', t('health.text.namespace', { cluster: c.cluster, namespace: ns.namespace }));
      if (ns.canListPods === false) out.push(t('health.namespace.forbidden', { namespace: ns.namespace }));
      else if (ns.unreadable) out.push(render(lang, ns.unreadable));
      else if (ns.report) out.push(renderTerminal(ns.report, { lang, explain: false, brief: true, color }).trimEnd());
    }
    out.push('');
  }
  out.push(...baselineLines(run, lang));
  return `${out.join('\n')}\n`;
}

/** The onboarding facts of one cluster, one line each. */
export function onboardingLines(o: Onboarding, lang: Lang): string[] {
  const t = translator(lang);
  const endpoint = [o.endpointPublicAccess ? 'public' : '', o.endpointPrivateAccess ? 'private' : '']
    .filter(Boolean)
    .join('+');
  const lines = [
    t('health.fact.caller', { arn: o.callerArn, principal: o.principalArn }),
    t('health.fact.cluster', {
      status: o.status,
      version: o.version || '-',
      endpoint: endpoint || '-',
      mode: o.authenticationMode,
    }),
  ];
  const source =
    o.support.source === 'eks'
      ? t('health.fact.support.eks')
      : t('health.fact.support.table', { date: EKS_VERSIONS_LAST_CHECKED });
  lines.push(
    o.support.phase === 'unknown'
      ? t('health.fact.support.unknown', { version: o.version || '-', source })
      : t('health.fact.support', {
          standardEnd: o.support.standardEnd ?? '-',
          extendedEnd: o.support.extendedEnd ?? '-',
          source,
        }),
  );
  lines.push(accessLine(o.access, lang));
  if (o.serviceAccount) lines.push(t('health.fact.serviceAccount', { name: o.serviceAccount }));
  return lines;
}

function accessLine(a: AccessSummary, lang: Lang): string {
  const t = translator(lang);
  switch (a.type) {
    case 'accessEntry': {
      const policies =
        a.policies
          .map(
            (p) => `${p.policyArn.split('/').pop()} (${p.scope === 'cluster' ? 'cluster' : p.namespaces.join(', ')})`,
          )
          .join('; ') || '-';
      return t('health.fact.accessEntry', {
        arn: a.principalArn,
        policies,
        groups: a.kubernetesGroups.join(', ') || '-',
      });
    }
    case 'awsAuth':
      return t('health.fact.awsAuth', {
        source: a.source,
        username: plainLine(a.username),
        groups: a.groups.map((g) => plainLine(g)).join(', ') || '-',
      });
    case 'none':
      return t('health.fact.noAccess');
    case 'unknown':
      return t('health.fact.accessUnknown', { reason: render(lang, a.reason) });
  }
}

function findingLine(run: HealthRun, key: FindingKey, severity: string, lang: Lang): string {
  const t = translator(lang);
  const known = run.baseline && isKnown(run, key) ? ` ${t('health.known')}` : '';
  return `[${severity}]${known} ${key.code} ${key.kind}/${key.name}`;
}

/** The closing lines: counts, then what is new (by key) and what was resolved, when a baseline was given. */
export function baselineLines(run: HealthRun, lang: Lang): string[] {
  const t = translator(lang);
  const namespaces = run.clusters.reduce((n, c) => n + c.namespaces.length, 0);
  const unreachable = run.clusters.filter((c) => c.unreachable).length;
  const cmp = run.comparison;
  const lines = [
    t('health.summary', {
      clusters: run.clusters.length,
      unreachable,
      namespaces,
      findings: cmp.new.length + cmp.known.length,
    }),
  ];
  if (!run.baseline) return lines;
  lines.push(
    t('health.baseline.summary', {
      path: run.baseline,
      new: cmp.new.length,
      known: cmp.known.length,
      resolved: cmp.resolved.length,
    }),
  );
  if (cmp.new.length) lines.push(t('health.baseline.new'), ...cmp.new.map((k) => `  [${k.severity}] ${keyText(k)}`));
  if (cmp.resolved.length) lines.push(t('health.baseline.resolved'), ...cmp.resolved.map((k) => `  ${keyText(k)}`));
  return lines;
}

/** A finding key as one line: cluster/namespace code kind/name. */
export function keyText(k: FindingKey): string {
  return `${k.cluster}${k.namespace ? `/${k.namespace}` : ''} ${k.code} ${k.kind}/${k.name}`;
}
