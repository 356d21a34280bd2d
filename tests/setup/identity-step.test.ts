import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { GetRoleCommand, IAMClient, IAMServiceException } from '@aws-sdk/client-iam';
import { createAwsClients } from '../../lib/aws/aws-clients.ts';
import { checkIdentity } from '../../lib/setup/identity-step.ts';
import { StepError } from '../../lib/setup/step-error.ts';
import { awsError } from './aws-fakes.ts';

const sts = mockClient(STSClient);
const iam = mockClient(IAMClient);
// A home without ~/.aws: no profile is configured unless a test writes one.
const deps = { aws: createAwsClients, env: {}, home: join(tmpdir(), 'eks-guide-no-home') };
const caller = (arn: string) =>
  sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: arn, UserId: 'AROAEXAMPLEID:alice' });
const role = (arn: string, name: string) =>
  iam.on(GetRoleCommand, { RoleName: name }).resolves({
    Role: {
      Arn: arn,
      RoleName: name,
      Path: '/',
      RoleId: 'AROAEXAMPLEID',
      CreateDate: new Date(),
      AssumeRolePolicyDocument: '{}',
    },
  });

beforeEach(() => {
  sts.reset();
  iam.reset();
});

describe('identity step', () => {
  it('maps an assumed role to the IAM role with its real path from GetRole', async () => {
    caller('arn:aws:sts::111122223333:assumed-role/Admin/alice');
    role('arn:aws:iam::111122223333:role/platform/Admin', 'Admin');
    const { identity, principal, notes } = await checkIdentity({}, 'ap-northeast-2', deps);
    expect(identity.account).toBe('111122223333');
    expect(principal).toMatchObject({
      fullArn: 'arn:aws:iam::111122223333:role/platform/Admin',
      pathlessArn: 'arn:aws:iam::111122223333:role/Admin',
      pathKnown: true,
    });
    expect(notes).toEqual([]);
  });

  it.each([
    [
      'with a region segment',
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/ap-northeast-2/AWSReservedSSO_Admin_0123456789abcdef',
    ],
    [
      'without one (Identity Center in us-east-1)',
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef',
    ],
  ])('keeps the SSO role path %s for access entries and drops it for aws-auth', async (_name, full) => {
    caller('arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com');
    role(full, 'AWSReservedSSO_Admin_0123456789abcdef');
    const { principal } = await checkIdentity({}, 'ap-northeast-2', deps);
    expect(principal.fullArn).toBe(full);
    expect(principal.pathlessArn).toBe('arn:aws:iam::111122223333:role/AWSReservedSSO_Admin_0123456789abcdef');
  });

  it('degrades to the path-less ARN with a note when GetRole is denied', async () => {
    caller('arn:aws:sts::111122223333:assumed-role/Dev/alice');
    iam
      .on(GetRoleCommand)
      .rejects(
        awsError(
          IAMServiceException,
          'AccessDenied',
          'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: iam:GetRole on resource: role Dev because no identity-based policy allows the iam:GetRole action',
          403,
        ),
      );
    const { principal, notes } = await checkIdentity({}, 'ap-northeast-2', deps);
    expect(principal).toMatchObject({ fullArn: 'arn:aws:iam::111122223333:role/Dev', pathKnown: false });
    expect(notes[0]?.message).toMatchObject({ key: 'setup.identity.roleUnresolved', params: { code: 'AccessDenied' } });
  });

  it('explains an expired token with the SSO login command for the profile', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(
        awsError(STSServiceException, 'ExpiredToken', 'The security token included in the request is expired', 403),
      );
    const error = (await checkIdentity({ profile: 'dev-sso' }, 'us-east-1', deps).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(error).toBeInstanceOf(StepError);
    expect(error.problem.key).toBe('awsError.expired');
    expect(error.commands[0]).toBe('aws sso login --profile dev-sso');
  });

  it('tells a deleted or mistyped access key apart from an expired session', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(
        awsError(
          STSServiceException,
          'InvalidClientTokenId',
          'The security token included in the request is invalid.',
          403,
        ),
      );
    const error = (await checkIdentity({ profile: 'ci' }, 'us-east-1', deps).catch((e: unknown) => e)) as StepError;
    expect(error.problem.key).toBe('awsError.invalidCredentials');
    expect(error.commands).toEqual(['aws configure list --profile ci', 'aws sts get-caller-identity --profile ci']);
  });

  it('explains missing credentials', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(
        Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
      );
    const error = (await checkIdentity({}, 'us-east-1', deps).catch((e: unknown) => e)) as StepError;
    expect(error.problem.key).toBe('awsError.noCredentials');
    expect(error.commands).toContain('aws configure');
  });

  // What SDK v3 really throws for `--profile staging` when no such profile exists: the chain's
  // generic message, which never names the profile.
  const noProviders = () =>
    Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });

  it('tells a profile that is not in the AWS config apart from missing credentials', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aws-config-'));
    await writeFile(
      join(dir, 'config'),
      '[default]\nregion = us-east-1\n[profile dev-sso]\nsso_session = corp\n[sso-session corp]\nsso_region = us-east-1\n',
    );
    await writeFile(join(dir, 'credentials'), '[ci]\naws_access_key_id = AKIAEXAMPLE\n');
    const env = { AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials') };
    sts.on(GetCallerIdentityCommand).rejects(noProviders());
    const missing = (await checkIdentity({ profile: 'staging' }, 'us-east-1', { ...deps, env }).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(missing.problem).toEqual({ key: 'awsError.profileNotFound', params: { profile: 'staging' } });
    expect(missing.commands).toEqual(['aws configure list-profiles']);
    // The sso-session section is not a profile; AWS_PROFILE counts like --profile.
    const viaEnv = (await checkIdentity({}, 'us-east-1', { ...deps, env: { ...env, AWS_PROFILE: 'corp' } }).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(viaEnv.problem.key).toBe('awsError.profileNotFound');
    for (const profile of ['dev-sso', 'ci', 'default']) {
      const known = (await checkIdentity({ profile }, 'us-east-1', { ...deps, env }).catch(
        (e: unknown) => e,
      )) as StepError;
      expect(known.problem.key).toBe('awsError.noCredentials');
    }
  });

  const VIEWER = 'arn:aws:iam::111122223333:role/eks/Viewer';
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/TEMPORARYSECRETEXAMPLE';
  const assumable = () =>
    sts.on(AssumeRoleCommand).resolves({
      Credentials: {
        AccessKeyId: 'ASIATEMPORARYEXAMPLE',
        SecretAccessKey: SECRET,
        SessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN',
        Expiration: new Date(),
      },
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::111122223333:assumed-role/Viewer/eks-guide-check',
        AssumedRoleId: 'AROAVIEWER:eks-guide-check',
      },
    });

  it('checks access for --role-arn instead of the caller', async () => {
    caller('arn:aws:iam::111122223333:user/alice');
    assumable();
    const { principal, identity } = await checkIdentity(
      { roleArn: 'arn:aws:iam::111122223333:role/eks/Viewer' },
      'us-east-1',
      deps,
    );
    expect(identity.kind).toBe('user');
    expect(principal).toMatchObject({
      fullArn: 'arn:aws:iam::111122223333:role/eks/Viewer',
      pathlessArn: 'arn:aws:iam::111122223333:role/Viewer',
      fromRoleFlag: true,
    });
  });

  it('with --role-arn, proves the caller may assume the role (one short session) and keeps none of its credentials', async () => {
    caller('arn:aws:iam::111122223333:user/alice');
    assumable();
    const found = await checkIdentity({ roleArn: VIEWER }, 'us-east-1', deps);
    const calls = sts.commandCalls(AssumeRoleCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({
      RoleArn: VIEWER,
      RoleSessionName: 'eks-guide-check',
      DurationSeconds: 900,
    });
    expect(found.notes).toEqual([]);
    const kept = JSON.stringify(found);
    for (const secret of [SECRET, 'ASIATEMPORARYEXAMPLE', 'FwoGZXIvYXdzEXAMPLETOKEN'])
      expect(kept).not.toContain(secret);
  });

  it('does not call AssumeRole without --role-arn', async () => {
    caller('arn:aws:iam::111122223333:user/alice');
    await checkIdentity({}, 'us-east-1', deps);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });

  it('fails when the trust policy refuses the caller, naming both and giving the commands to reproduce and to read the trust policy', async () => {
    caller('arn:aws:sts::111122223333:assumed-role/Dev/alice');
    role('arn:aws:iam::111122223333:role/teams/Dev', 'Dev');
    const denied =
      'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/eks/Viewer';
    sts.on(AssumeRoleCommand).rejects(awsError(STSServiceException, 'AccessDenied', denied, 403));
    const error = (await checkIdentity({ roleArn: VIEWER, profile: 'dev-sso' }, 'us-east-1', deps).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(error).toBeInstanceOf(StepError);
    expect(error.problem).toEqual({
      key: 'setup.identity.assumeDenied',
      params: { identity: 'arn:aws:iam::111122223333:role/teams/Dev', role: VIEWER },
    });
    expect(error.fix?.key).toBe('setup.identity.assumeDenied.fix');
    expect(error.commands).toEqual([
      `aws sts assume-role --role-arn ${VIEWER} --role-session-name test --profile dev-sso`,
      'aws iam get-role --role-name Viewer --query Role.AssumeRolePolicyDocument',
    ]);
    expect(error.evidence).toBe(`AccessDenied: ${denied}`);
    const en = error.describe('en');
    expect(en).toContain(
      'Your identity arn:aws:iam::111122223333:role/teams/Dev may not assume the role arn:aws:iam::111122223333:role/eks/Viewer (--role-arn)',
    );
    expect(en).toContain(
      "The role's trust policy must allow your principal, and your identity needs sts:AssumeRole on the role.",
    );
    expect(error.describe('ko')).toContain('arn:aws:iam::111122223333:role/eks/Viewer 역할을 맡을 수 없습니다');
  });

  it('an expired session while assuming the role goes through the AWS error classes', async () => {
    caller('arn:aws:iam::111122223333:user/alice');
    sts
      .on(AssumeRoleCommand)
      .rejects(
        awsError(STSServiceException, 'ExpiredToken', 'The security token included in the request is expired', 403),
      );
    const error = (await checkIdentity({ roleArn: VIEWER, profile: 'dev-sso' }, 'us-east-1', deps).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(error).toBeInstanceOf(StepError);
    expect(error.problem.key).toBe('awsError.expired');
    expect(error.commands[0]).toBe('aws sso login --profile dev-sso');
    expect(error.evidence).toBe('ExpiredToken: The security token included in the request is expired');
  });
});
