import { render, type Lang } from '../i18n/index.ts';
import { jsonReport } from '../output/json.ts';
import { EKS_VERSIONS_LAST_CHECKED, EKS_VERSIONS_SOURCE } from './eks-versions.ts';
import { isKnown, type HealthRun } from './health-run.ts';

/** The JSON document's schema id (docs/health-check.md); bump the version on any breaking change. */
export const HEALTH_SCHEMA = 'eks-guide.health-check/v1';

/** The run as the documented `eks-guide.health-check/v1` JSON document. */
export function renderHealthJson(run: HealthRun, lang: Lang): string {
  const doc = {
    schema: HEALTH_SCHEMA,
    lang,
    generatedAt: run.generatedAt,
    exitCode: run.exitCode,
    failOn: run.failOn,
    versionTable: { source: EKS_VERSIONS_SOURCE, lastChecked: EKS_VERSIONS_LAST_CHECKED },
    clusters: run.clusters.map((c) => ({
      cluster: c.cluster,
      region: c.region,
      reachable: !c.unreachable,
      ...(c.unreachable
        ? {
            unreachable: {
              problem: render(lang, c.unreachable.problem),
              ...(c.unreachable.fix ? { fix: render(lang, c.unreachable.fix) } : {}),
            },
          }
        : {}),
      ...(c.onboarding
        ? {
            onboarding: {
              ...c.onboarding,
              access:
                c.onboarding.access.type === 'unknown'
                  ? { type: 'unknown', reason: render(lang, c.onboarding.access.reason) }
                  : c.onboarding.access,
            },
          }
        : {}),
      findings: c.findings.map((f) => {
        const key = { cluster: c.cluster, namespace: f.namespace ?? '', code: f.code, ...f.object };
        return {
          code: f.code,
          severity: f.severity,
          namespace: f.namespace,
          object: f.object,
          message: render(lang, f.message),
          ...(f.fix ? { fix: render(lang, f.fix) } : {}),
          ...(run.baseline ? { baseline: isKnown(run, key) ? 'known' : 'new' } : {}),
        };
      }),
      namespaces: c.namespaces.map((n) => ({
        namespace: n.namespace,
        canListPods: n.canListPods,
        ...(n.unreadable ? { unreadable: render(lang, n.unreadable) } : {}),
        report: n.report ? jsonReport(n.report, lang) : null,
      })),
    })),
    baseline: run.baseline
      ? {
          path: run.baseline,
          new: run.comparison.new,
          known: run.comparison.known,
          resolved: run.comparison.resolved,
        }
      : null,
    newFindings: run.comparison.new,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
