/** What a kubelet image-pull failure text says, in the doctor's classes. */
export type PullFailure =
  | { kind: 'rate-limited' }
  | {
      kind: 'ecr-denied';
      principal?: string;
      principalAccount?: string;
      action?: string;
      resource?: string;
      resourceAccount?: string;
    }
  | { kind: 'not-found' }
  | { kind: 'access-denied' }
  | { kind: 'unreachable' }
  | { kind: 'unknown' };

const ECR_DENIED =
  /denied: User: (arn:aws[\w-]*:(?:sts|iam)::(\d{12}):[^\s]+) is not authorized to perform: ([\w:]+) on resource: (arn:aws[\w-]*:ecr:[\w-]+:(\d{12}):[^\s]+)/;

/**
 * Classifies a pull failure from the kubelet's own words (containerd and dockershim eras,
 * with or without the `rpc error` wrapper). Order matters: a rate-limit or an AWS denial is
 * more specific than a generic 403, and "pull access denied, repository does not exist"
 * is an access problem, not a missing tag.
 */
export function classifyPullFailure(text: string, isEcr: boolean): PullFailure {
  if (/toomanyrequests|429 Too Many Requests|pull rate limit/i.test(text)) return { kind: 'rate-limited' };
  const denied = ECR_DENIED.exec(text);
  if (denied) {
    return {
      kind: 'ecr-denied',
      principal: denied[1],
      principalAccount: denied[2],
      action: denied[3],
      resource: denied[4],
      resourceAccount: denied[5],
    };
  }
  if (isEcr && /no basic auth credentials|401 Unauthorized|403 Forbidden|\bunauthorized\b|\bdenied\b/i.test(text))
    return { kind: 'ecr-denied' };
  if (
    /pull access denied|repository does not exist or may require|insufficient_scope|401 Unauthorized|403 Forbidden|\bunauthorized\b|authentication required|no basic auth credentials|requested access to the resource is denied/i.test(
      text,
    )
  ) {
    return { kind: 'access-denied' };
  }
  if (
    /manifest unknown|name unknown|(?:^|[:\s])not found(?:$|[:\s])|manifest for \S+ not found|does not exist in the registry/i.test(
      text,
    )
  )
    return { kind: 'not-found' };
  if (
    /dial tcp|i\/o timeout|no such host|connection refused|network is unreachable|TLS handshake timeout|Client\.Timeout exceeded|connection reset by peer/i.test(
      text,
    )
  )
    return { kind: 'unreachable' };
  return { kind: 'unknown' };
}
