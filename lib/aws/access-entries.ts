import {
  DescribeAccessEntryCommand,
  ListAccessEntriesCommand,
  ListAssociatedAccessPoliciesCommand,
  type EKSClient,
} from '@aws-sdk/client-eks';
import { parseArn, roleNameOf } from './arn.ts';

/** One access policy associated with an access entry, with its scope. */
export interface AssociatedPolicy {
  policyArn: string;
  scope: 'cluster' | 'namespace';
  namespaces: string[];
}

/** The caller's access entry and what is attached to it. */
export interface AccessEntryFacts {
  principalArn: string;
  username: string;
  kubernetesGroups: string[];
  type: string;
  policies: AssociatedPolicy[];
  /** True when the entry was matched by role name because the role's path was unknown. */
  matchedByName: boolean;
}

/** Lists every access-entry principal ARN of a cluster (paginated). */
export async function listAccessEntryArns(eks: EKSClient, clusterName: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await eks.send(new ListAccessEntriesCommand({ clusterName, nextToken, maxResults: 100 }));
    arns.push(...(page.accessEntries ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns;
}

/**
 * Picks the principal's entry from the list: the exact ARN, else (path unknown) a role
 * in the same account whose last path segment is the role name.
 */
export function matchAccessEntry(
  arns: readonly string[],
  principalArn: string,
  pathKnown: boolean,
): { arn: string; byName: boolean } | null {
  const exact = arns.find((a) => a === principalArn);
  if (exact) return { arn: exact, byName: false };
  if (pathKnown) return null;
  const want = parseArn(principalArn);
  if (!want || !want.resource.startsWith('role/')) return null;
  const name = roleNameOf(principalArn);
  const byName = arns.find((a) => {
    const got = parseArn(a);
    return got?.account === want.account && got.resource.startsWith('role/') && roleNameOf(a) === name;
  });
  return byName ? { arn: byName, byName: true } : null;
}

/** Reads one entry and its associated policies (DescribeAccessEntry + ListAssociatedAccessPolicies). */
export async function readAccessEntry(
  eks: EKSClient,
  clusterName: string,
  principalArn: string,
  matchedByName: boolean,
): Promise<AccessEntryFacts> {
  const described = await eks.send(new DescribeAccessEntryCommand({ clusterName, principalArn }));
  const entry = described.accessEntry ?? {};
  const policies: AssociatedPolicy[] = [];
  let nextToken: string | undefined;
  do {
    const page = await eks.send(new ListAssociatedAccessPoliciesCommand({ clusterName, principalArn, nextToken }));
    for (const p of page.associatedAccessPolicies ?? []) {
      policies.push({
        policyArn: p.policyArn ?? '',
        scope: p.accessScope?.type === 'namespace' ? 'namespace' : 'cluster',
        namespaces: p.accessScope?.namespaces ?? [],
      });
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return {
    principalArn,
    username: entry.username ?? '',
    kubernetesGroups: entry.kubernetesGroups ?? [],
    type: entry.type ?? 'STANDARD',
    policies,
    matchedByName,
  };
}

/** Whether an access scope namespace pattern (exact, or with `*` wildcards like dev-*) covers a namespace. */
export function namespacePatternMatches(pattern: string, namespace: string): boolean {
  if (!pattern.includes('*')) return pattern === namespace;
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(namespace);
}

/** The policies whose scope covers the namespace (cluster scope covers every namespace). */
export function policiesCovering(policies: readonly AssociatedPolicy[], namespace: string): AssociatedPolicy[] {
  return policies.filter(
    (p) => p.scope === 'cluster' || p.namespaces.some((n) => namespacePatternMatches(n, namespace)),
  );
}
