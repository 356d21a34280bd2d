/** One allow rule: the verbs on the resources, in the namespaces (omitted = cluster-wide). */
export interface AccessRule {
  verbs: string[];
  /** Plural resource names; '*' for all. */
  resources: string[];
  /** Omitted: every namespace and cluster-scoped resources. */
  namespaces?: string[];
}

/** A user the double knows. */
export interface DoubleUser {
  /** Kubernetes username; `{{SessionName}}` and `{{AccountID}}` are filled from an EKS caller, as access entries do. */
  username: string;
  groups?: string[];
  allow?: AccessRule[];
}

/** An authenticated caller, after token review. */
export interface Caller {
  username: string;
  groups: string[];
  allow: AccessRule[];
  /** For EKS callers: the STS ARN, as SelfSubjectReview's extra shows it on EKS. */
  arn?: string;
  accessKeyId?: string;
  sessionName?: string;
}

/** Whether the rules allow verb on resource in namespace (undefined = cluster scope or all namespaces). */
export function isAllowed(
  rules: readonly AccessRule[],
  verb: string,
  resource: string,
  namespace: string | undefined,
): boolean {
  return rules.some(
    (rule) =>
      (rule.verbs.includes('*') || rule.verbs.includes(verb)) &&
      (rule.resources.includes('*') || rule.resources.includes(resource)) &&
      (rule.namespaces === undefined ||
        (namespace !== undefined && rule.namespaces.some((ns) => ns === '*' || ns === namespace))),
  );
}

/** Builds a caller from a configured user, filling the access-entry templates from an STS ARN. */
export function callerFor(user: DoubleUser, arn?: string, accessKeyId?: string): Caller {
  const parts = arn ? parseStsArn(arn) : undefined;
  const username = user.username
    .replaceAll('{{SessionName}}', parts?.sessionName ?? '')
    .replaceAll('{{AccountID}}', parts?.account ?? '');
  return {
    username,
    groups: [...(user.groups ?? []), 'system:authenticated'],
    allow: user.allow ?? [],
    ...(arn ? { arn } : {}),
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(parts?.sessionName ? { sessionName: parts.sessionName } : {}),
  };
}

/** Splits `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION` (or an IAM user ARN) into its parts. */
export function parseStsArn(
  arn: string,
): { account: string; roleName?: string; sessionName?: string; userName?: string } | undefined {
  const m = /^arn:[^:]+:(?:sts|iam)::(\d+):(.+)$/.exec(arn);
  if (!m) return undefined;
  const account = m[1]!;
  const resource = m[2]!.split('/');
  if (resource[0] === 'assumed-role')
    return { account, roleName: resource[1], sessionName: resource.slice(2).join('/') };
  if (resource[0] === 'user') return { account, userName: resource[resource.length - 1] };
  return { account };
}
