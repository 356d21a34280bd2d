import { parse } from 'yaml';

/** The aws-auth row that maps the principal. */
export interface AwsAuthMatch {
  source: 'mapRoles' | 'mapUsers';
  arn: string;
  username: string;
  groups: string[];
}

interface AwsAuthRow {
  rolearn?: unknown;
  userarn?: unknown;
  username?: unknown;
  groups?: unknown;
}

/** The rows of one aws-auth key (mapRoles/mapUsers hold YAML lists as strings); a malformed value gives []. */
export function awsAuthRows(data: Record<string, string>, key: 'mapRoles' | 'mapUsers'): AwsAuthRow[] {
  try {
    const rows: unknown = parse(data[key] ?? '[]');
    return Array.isArray(rows) ? rows.filter((r): r is AwsAuthRow => typeof r === 'object' && r !== null) : [];
  } catch {
    return [];
  }
}

/**
 * Finds the principal in aws-auth: roles by their path-less ARN (the authenticator drops
 * paths, so a row written with a path never matches), users by their ARN.
 */
export function matchAwsAuth(
  data: Record<string, string>,
  principal: { pathlessArn: string; fullArn: string; kind: string },
): { match: AwsAuthMatch | null; rowWithPath?: string } {
  const same = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
  const asGroups = (g: unknown) => (Array.isArray(g) ? g.map(String) : []);
  // A YAML scalar as text (a username may parse as a number); anything else is no username.
  const scalar = (v: unknown) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  if (principal.kind === 'role') {
    const rows = awsAuthRows(data, 'mapRoles');
    const row = rows.find((r) => same(r.rolearn, principal.pathlessArn));
    if (row)
      return {
        match: {
          source: 'mapRoles',
          arn: String(row.rolearn),
          username: scalar(row.username),
          groups: asGroups(row.groups),
        },
      };
    const withPath =
      principal.fullArn !== principal.pathlessArn ? rows.find((r) => same(r.rolearn, principal.fullArn)) : undefined;
    return withPath ? { match: null, rowWithPath: String(withPath.rolearn) } : { match: null };
  }
  const row = awsAuthRows(data, 'mapUsers').find(
    (r) => same(r.userarn, principal.fullArn) || same(r.userarn, principal.pathlessArn),
  );
  return {
    match: row
      ? {
          source: 'mapUsers',
          arn: String(row.userarn),
          username: scalar(row.username),
          groups: asGroups(row.groups),
        }
      : null,
  };
}
