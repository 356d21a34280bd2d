import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { GetRoleCommand, type IAMClient } from '@aws-sdk/client-iam';
import { parseArn, pathlessRoleArn, roleNameOf } from './arn.ts';
import { classifyAwsError, type ClassifiedAwsError } from './aws-errors.ts';

export type PrincipalKind = 'assumed-role' | 'role' | 'user' | 'root' | 'federated-user' | 'other';

/** Who the caller is, in the forms EKS needs: path-less for aws-auth, with its real path for access entries. */
export interface CallerIdentity {
  account: string;
  /** The STS caller ARN, verbatim. */
  callerArn: string;
  kind: PrincipalKind;
  /** Role or user name; empty for root. */
  name: string;
  /** The IAM principal without a path (aws-auth mapRoles/mapUsers form). */
  pathlessArn: string;
  /** The IAM principal with its real path (access-entry form); equals pathlessArn when unknown. */
  fullArn: string;
  /** False when GetRole failed and the role path could not be learned. */
  pathKnown: boolean;
  /** Why the path is unknown, when it is. */
  getRoleError?: ClassifiedAwsError;
}

/** Calls STS GetCallerIdentity and, for an assumed role, IAM GetRole to learn the role's real path. */
export async function resolveCallerIdentity(sts: STSClient, iam: IAMClient): Promise<CallerIdentity> {
  const out = await sts.send(new GetCallerIdentityCommand({}));
  const callerArn = out.Arn ?? '';
  const base = canonicalPrincipal(callerArn, out.Account ?? '');
  if (base.kind !== 'assumed-role') return base;
  try {
    const role = await iam.send(new GetRoleCommand({ RoleName: base.name }));
    const fullArn = role.Role?.Arn ?? base.fullArn;
    return { ...base, fullArn, pathKnown: true };
  } catch (error) {
    return { ...base, pathKnown: false, getRoleError: classifyAwsError(error, { operation: 'iam:GetRole' }) };
  }
}

/** Maps an STS caller ARN to its IAM principal, as aws-iam-authenticator's Canonicalize does. */
export function canonicalPrincipal(callerArn: string, accountHint = ''): CallerIdentity {
  const arn = parseArn(callerArn);
  const account = arn?.account || accountHint;
  const partition = arn?.partition ?? 'aws';
  const resource = arn?.resource ?? '';
  const segments = resource.split('/');
  const head = segments[0] ?? '';
  const same = (kind: PrincipalKind, name: string, pathKnown = true): CallerIdentity => ({
    account,
    callerArn,
    kind,
    name,
    pathlessArn: callerArn,
    fullArn: callerArn,
    pathKnown,
  });
  if (arn?.service === 'sts' && head === 'assumed-role' && segments.length >= 3) {
    const name = segments.slice(1, -1).join('/');
    const roleArn = `arn:${partition}:iam::${account}:role/${name}`;
    return { account, callerArn, kind: 'assumed-role', name, pathlessArn: roleArn, fullArn: roleArn, pathKnown: false };
  }
  if (arn?.service === 'sts' && head === 'federated-user') return same('federated-user', segments.slice(1).join('/'));
  if (arn?.service === 'iam' && head === 'role') {
    return { ...same('role', roleNameOf(callerArn)), pathlessArn: pathlessRoleArn(callerArn) };
  }
  if (arn?.service === 'iam' && head === 'user') {
    // aws-iam-authenticator passes IAM user ARNs through unchanged, path included.
    return same('user', segments[segments.length - 1] ?? '');
  }
  if (arn?.service === 'iam' && head === 'root') return same('root', '');
  return same('other', segments[segments.length - 1] ?? '');
}
