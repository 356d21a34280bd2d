import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { GetRoleCommand, IAMClient, IAMServiceException } from '@aws-sdk/client-iam';
import { createAwsClients } from '../../lib/aws/aws-clients.ts';
import { checkIdentity } from '../../lib/setup/identity-step.ts';
import { StepError } from '../../lib/setup/step-error.ts';
import { awsError } from './aws-fakes.ts';

const sts = mockClient(STSClient);
const iam = mockClient(IAMClient);
const deps = { aws: createAwsClients };
const caller = (arn: string) => sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: arn, UserId: 'AROAEXAMPLEID:alice' });
const role = (arn: string, name: string) => iam.on(GetRoleCommand, { RoleName: name }).resolves({ Role: { Arn: arn, RoleName: name, Path: '/', RoleId: 'AROAEXAMPLEID', CreateDate: new Date(), AssumeRolePolicyDocument: '{}' } });

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
    expect(principal).toMatchObject({ fullArn: 'arn:aws:iam::111122223333:role/platform/Admin', pathlessArn: 'arn:aws:iam::111122223333:role/Admin', pathKnown: true });
    expect(notes).toEqual([]);
  });

  it.each([
    ['with a region segment', 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/ap-northeast-2/AWSReservedSSO_Admin_0123456789abcdef'],
    ['without one (Identity Center in us-east-1)', 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef'],
  ])('keeps the SSO role path %s for access entries and drops it for aws-auth', async (_name, full) => {
    caller('arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com');
    role(full, 'AWSReservedSSO_Admin_0123456789abcdef');
    const { principal } = await checkIdentity({}, 'ap-northeast-2', deps);
    expect(principal.fullArn).toBe(full);
    expect(principal.pathlessArn).toBe('arn:aws:iam::111122223333:role/AWSReservedSSO_Admin_0123456789abcdef');
  });

  it('degrades to the path-less ARN with a note when GetRole is denied', async () => {
    caller('arn:aws:sts::111122223333:assumed-role/Dev/alice');
    iam.on(GetRoleCommand).rejects(awsError(IAMServiceException, 'AccessDenied', 'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: iam:GetRole on resource: role Dev because no identity-based policy allows the iam:GetRole action', 403));
    const { principal, notes } = await checkIdentity({}, 'ap-northeast-2', deps);
    expect(principal).toMatchObject({ fullArn: 'arn:aws:iam::111122223333:role/Dev', pathKnown: false });
    expect(notes[0]?.message).toMatchObject({ key: 'setup.identity.roleUnresolved', params: { code: 'AccessDenied' } });
  });

  it('explains an expired token with the SSO login command for the profile', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError(STSServiceException, 'ExpiredToken', 'The security token included in the request is expired', 403));
    const error = (await checkIdentity({ profile: 'dev-sso' }, 'us-east-1', deps).catch((e: unknown) => e)) as StepError;
    expect(error).toBeInstanceOf(StepError);
    expect(error.problem.key).toBe('awsError.expired');
    expect(error.commands[0]).toBe('aws sso login --profile dev-sso');
  });

  it('explains missing credentials', async () => {
    sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    const error = (await checkIdentity({}, 'us-east-1', deps).catch((e: unknown) => e)) as StepError;
    expect(error.problem.key).toBe('awsError.noCredentials');
    expect(error.commands).toContain('aws configure');
  });

  it('checks access for --role-arn instead of the caller', async () => {
    caller('arn:aws:iam::111122223333:user/alice');
    const { principal, identity } = await checkIdentity({ roleArn: 'arn:aws:iam::111122223333:role/eks/Viewer' }, 'us-east-1', deps);
    expect(identity.kind).toBe('user');
    expect(principal).toMatchObject({ fullArn: 'arn:aws:iam::111122223333:role/eks/Viewer', pathlessArn: 'arn:aws:iam::111122223333:role/Viewer', fromRoleFlag: true });
  });
});
