import { checkAssumeRole } from '../aws/assume-role-check.ts';
import { classifyAwsError } from '../aws/aws-errors.ts';
import { pathlessRoleArn, roleNameOf } from '../aws/arn.ts';
import { configuredProfiles } from '../aws/aws-profiles.ts';
import { resolveCallerIdentity, type CallerIdentity } from '../aws/caller-identity.ts';
import { msg } from '../i18n/index.ts';
import type { Principal, SetupDeps, SetupNote, SetupOptions } from './setup-context.ts';
import { StepError } from './step-error.ts';

/**
 * Step 2: who the caller is (STS), the role's real path (IAM GetRole), and the principal access is
 * checked for. With --role-arn, also that the caller may assume that role (STS AssumeRole).
 */
export async function checkIdentity(
  options: Pick<SetupOptions, 'profile' | 'roleArn'>,
  region: string,
  deps: Pick<SetupDeps, 'aws' | 'env' | 'home'>,
): Promise<{ identity: CallerIdentity; principal: Principal; notes: SetupNote[] }> {
  const { sts, iam } = deps.aws({ region, profile: options.profile });
  let identity: CallerIdentity;
  try {
    identity = await resolveCallerIdentity(sts, iam);
  } catch (error) {
    // The profile in effect, as the SDK picks it; checked against the config files only on failure.
    const profile = options.profile || deps.env.AWS_PROFILE || undefined;
    const knownProfiles = profile ? await configuredProfiles(deps.env, deps.home) : undefined;
    const c = classifyAwsError(error, {
      operation: 'sts:GetCallerIdentity',
      profile,
      ...(knownProfiles ? { knownProfiles } : {}),
    });
    const commands = identityCommands(c.kind, options.profile);
    throw new StepError(
      c.problem,
      c.fix,
      commands,
      c.kind === 'unknown' || c.kind === 'network' ? undefined : `${c.code}: ${c.detail}`,
    );
  }
  if (options.roleArn) await proveAssumable(sts, options.roleArn, identity, options.profile);
  const notes: SetupNote[] = [];
  if (identity.kind === 'assumed-role' && !identity.pathKnown) {
    notes.push({
      step: 'identity',
      level: 'warn',
      message: msg('setup.identity.roleUnresolved', {
        role: identity.name,
        arn: identity.pathlessArn,
        code: identity.getRoleError?.code ?? 'Error',
      }),
    });
  }
  if (identity.kind === 'root') notes.push({ step: 'identity', level: 'warn', message: msg('setup.identity.root') });
  const principal: Principal = options.roleArn
    ? {
        fullArn: options.roleArn,
        pathlessArn: pathlessRoleArn(options.roleArn),
        pathKnown: true,
        kind: 'role',
        fromRoleFlag: true,
      }
    : {
        fullArn: identity.fullArn,
        pathlessArn: identity.pathlessArn,
        pathKnown: identity.pathKnown || identity.kind !== 'assumed-role',
        kind:
          identity.kind === 'assumed-role' || identity.kind === 'role'
            ? 'role'
            : identity.kind === 'user'
              ? 'user'
              : 'other',
        fromRoleFlag: false,
      };
  return { identity, principal, notes };
}

const CREDENTIAL_KINDS = new Set(['expired', 'noCredentials', 'profileNotFound', 'invalidCredentials']);

/**
 * The kubeconfig's `aws eks get-token --role` assumes the role on every kubectl call; a refusal
 * there surfaces only as an exec-plugin failure, so it is tried once here where it can be explained.
 */
async function proveAssumable(
  sts: Parameters<typeof checkAssumeRole>[0],
  roleArn: string,
  identity: CallerIdentity,
  profile: string | undefined,
): Promise<void> {
  try {
    await checkAssumeRole(sts, roleArn);
  } catch (error) {
    const c = classifyAwsError(error, { operation: 'sts:AssumeRole', ...(profile ? { profile } : {}) });
    const evidence = `${c.code}: ${c.detail}`;
    const reproduce = assumeRoleCommand(roleArn, profile);
    if (c.kind === 'accessDenied') {
      throw new StepError(
        msg('setup.identity.assumeDenied', { identity: identity.fullArn, role: roleArn }),
        msg('setup.identity.assumeDenied.fix'),
        [reproduce, trustPolicyCommand(roleArn)],
        evidence,
      );
    }
    // A credentials problem has its own fix (log in, configure); anything else is best seen by repeating the call.
    const commands = CREDENTIAL_KINDS.has(c.kind) ? identityCommands(c.kind, profile) : [reproduce];
    throw new StepError(
      c.problem,
      c.fix,
      commands,
      c.kind === 'unknown' || c.kind === 'network' ? undefined : evidence,
    );
  }
}

/** The command that repeats the AssumeRole check by hand. */
export function assumeRoleCommand(roleArn: string, profile: string | undefined): string {
  return `aws sts assume-role --role-arn ${roleArn} --role-session-name test${profile ? ` --profile ${profile}` : ''}`;
}

/** The command an administrator runs to read the role's trust policy. */
export function trustPolicyCommand(roleArn: string): string {
  return `aws iam get-role --role-name ${roleNameOf(roleArn)} --query Role.AssumeRolePolicyDocument`;
}

function identityCommands(kind: string, profile: string | undefined): string[] {
  const p = profile ? ` --profile ${profile}` : '';
  if (kind === 'expired') return [`aws sso login${p}`, `aws sts get-caller-identity${p}`];
  if (kind === 'noCredentials') return [`aws configure${p}`, `aws configure sso${p}`];
  if (kind === 'profileNotFound') return ['aws configure list-profiles'];
  if (kind === 'invalidCredentials') return [`aws configure list${p}`, `aws sts get-caller-identity${p}`];
  return [`aws sts get-caller-identity${p}`];
}
