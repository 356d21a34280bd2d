/** The parts of an AWS ARN: arn:partition:service:region:account:resource. */
export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits an ARN into its parts, or null when the text is not an ARN. */
export function parseArn(text: string): ParsedArn | null {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return null;
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  const resource = parts.slice(5).join(':');
  if (!partition || !service || !resource) return null;
  return { partition, service, region, account, resource };
}

/** Whether the text is an IAM role ARN, e.g. arn:aws:iam::111122223333:role/path/Name (what --role-arn takes). */
export function isIamRoleArn(text: string): boolean {
  const arn = parseArn(text);
  return (
    arn !== null &&
    arn.service === 'iam' &&
    arn.region === '' &&
    /^\d{12}$/.test(arn.account) &&
    /^role\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/.test(arn.resource)
  );
}

/** The role's name: the last segment after role/ (the path is everything between). */
export function roleNameOf(roleArn: string): string {
  const resource = parseArn(roleArn)?.resource ?? roleArn;
  return resource.split('/').pop() ?? resource;
}

/**
 * The path-less IAM role ARN for a role ARN with a path, the form aws-auth expects
 * (aws-iam-authenticator's Canonicalize drops the path the same way).
 */
export function pathlessRoleArn(roleArn: string): string {
  const arn = parseArn(roleArn);
  if (!arn || !arn.resource.startsWith('role/')) return roleArn;
  return `arn:${arn.partition}:iam::${arn.account}:role/${roleNameOf(roleArn)}`;
}
