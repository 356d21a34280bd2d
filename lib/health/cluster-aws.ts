import {
  DescribeAddonCommand,
  DescribeClusterVersionsCommand,
  DescribeNodegroupCommand,
  ListAddonsCommand,
  ListNodegroupsCommand,
  type EKSClient,
} from '@aws-sdk/client-eks';
import { classifyAwsError } from '../aws/aws-errors.ts';
import { msg } from '../i18n/index.ts';
import type { HealthFinding } from './health-result.ts';

/** Support end dates as EKS itself states them (DescribeClusterVersions), or undefined when it will not say. */
export async function liveSupportDates(
  eks: EKSClient,
  version: string,
): Promise<{ standardEnd: string; extendedEnd: string } | undefined> {
  try {
    const out = await eks.send(new DescribeClusterVersionsCommand({ clusterVersions: [version] }));
    const v = out.clusterVersions?.find((c) => c.clusterVersion === version);
    if (!v?.endOfStandardSupportDate || !v.endOfExtendedSupportDate) return undefined;
    const day = (d: Date) => new Date(d).toISOString().slice(0, 10);
    return { standardEnd: day(v.endOfStandardSupportDate), extendedEnd: day(v.endOfExtendedSupportDate) };
  } catch {
    return undefined;
  }
}

/** Add-ons not ACTIVE or with health issues; a refused or unsupported call becomes one note naming what is missing. */
export async function addonFindings(eks: EKSClient, cluster: string): Promise<HealthFinding[]> {
  const names: string[] = [];
  try {
    let nextToken: string | undefined;
    do {
      const page = await eks.send(new ListAddonsCommand({ clusterName: cluster, nextToken }));
      names.push(...(page.addons ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (error) {
    return [notRead(error, 'eks:ListAddons', 'Addon')];
  }
  const findings: HealthFinding[] = [];
  for (const name of names) {
    try {
      const out = await eks.send(new DescribeAddonCommand({ clusterName: cluster, addonName: name }));
      const a = out.addon ?? {};
      const issues = (a.health?.issues ?? []).map((i) => `${i.code ?? 'Issue'}: ${i.message ?? ''}`.trim());
      if (a.status !== 'ACTIVE' || issues.length > 0)
        findings.push({
          code: 'addon.unhealthy',
          severity:
            a.status === 'DEGRADED' || a.status === 'CREATE_FAILED' || a.status === 'UPDATE_FAILED'
              ? 'error'
              : 'warning',
          namespace: null,
          object: { kind: 'Addon', name },
          message: msg('health.addon.unhealthy', {
            name,
            status: a.status ?? 'UNKNOWN',
            issues: issues.join('; ') || '-',
          }),
        });
    } catch (error) {
      findings.push(notRead(error, 'eks:DescribeAddon', 'Addon'));
      break;
    }
  }
  return findings;
}

/** Managed node groups with health issues (or not ACTIVE); a refused call becomes one note naming the permission. */
export async function nodegroupFindings(eks: EKSClient, cluster: string): Promise<HealthFinding[]> {
  const names: string[] = [];
  try {
    let nextToken: string | undefined;
    do {
      const page = await eks.send(new ListNodegroupsCommand({ clusterName: cluster, nextToken }));
      names.push(...(page.nodegroups ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (error) {
    return [notRead(error, 'eks:ListNodegroups', 'Nodegroup')];
  }
  const findings: HealthFinding[] = [];
  for (const name of names) {
    try {
      const out = await eks.send(new DescribeNodegroupCommand({ clusterName: cluster, nodegroupName: name }));
      const g = out.nodegroup ?? {};
      const issues = (g.health?.issues ?? []).map((i) => `${i.code ?? 'Issue'}: ${i.message ?? ''}`.trim());
      if ((g.status && g.status !== 'ACTIVE' && g.status !== 'UPDATING') || issues.length > 0)
        findings.push({
          code: 'nodegroup.unhealthy',
          severity: g.status === 'DEGRADED' || g.status === 'CREATE_FAILED' ? 'error' : 'warning',
          namespace: null,
          object: { kind: 'Nodegroup', name },
          message: msg('health.nodegroup.unhealthy', {
            name,
            status: g.status ?? 'UNKNOWN',
            issues: issues.join('; ') || '-',
          }),
        });
    } catch (error) {
      findings.push(notRead(error, 'eks:DescribeNodegroup', 'Nodegroup'));
      break;
    }
  }
  return findings;
}

function notRead(error: unknown, operation: string, kind: string): HealthFinding {
  const c = classifyAwsError(error, { operation });
  return {
    code: 'access.not-visible',
    severity: 'info',
    namespace: null,
    object: { kind, name: operation },
    message:
      c.kind === 'accessDenied'
        ? msg('health.notVisible.permission', { permission: operation })
        : msg('health.notVisible.other', { operation, detail: awsDetail(error, c.code, c.detail) }),
  };
}

// An endpoint that does not serve the API answers a page, not JSON: its HTTP status says more than the parse error.
function awsDetail(error: unknown, code: string, detail: string): string {
  const e = error as { $response?: { statusCode?: number }; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  if (code === 'SyntaxError' && status) return `HTTP ${status}`;
  return `${code}: ${detail}`.slice(0, 300);
}
