import { describe, expect, it } from 'vitest';
import { classifyAwsError } from '../../lib/aws/aws-errors.ts';

/** Builds an error shaped like an AWS SDK v3 service exception. */
function sdkError(name: string, message: string, status?: number): Error {
  return Object.assign(new Error(message), { name, $metadata: status ? { httpStatusCode: status } : {} });
}

describe('classifyAwsError', () => {
  it('tells no credentials apart from an expired SSO session and a missing profile', () => {
    expect(
      classifyAwsError(sdkError('CredentialsProviderError', 'Could not load credentials from any providers')).kind,
    ).toBe('noCredentials');
    const sso = classifyAwsError(
      sdkError(
        'CredentialsProviderError',
        'The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
      ),
      { profile: 'dev' },
    );
    expect(sso.kind).toBe('expired');
    expect(sso.fix).toEqual({ key: 'awsError.expired.fix', params: { profileFlag: ' --profile dev' } });
    const profile = classifyAwsError(
      sdkError(
        'CredentialsProviderError',
        'Could not resolve credentials using profile: [staging] in configuration/credentials file(s).',
      ),
    );
    expect(profile.kind).toBe('profileNotFound');
    expect(profile.problem.params).toEqual({ profile: 'staging' });
  });

  it('classifies expired tokens, access denied, not found and throttling by error name', () => {
    expect(
      classifyAwsError(sdkError('ExpiredTokenException', 'The security token included in the request is expired', 400))
        .kind,
    ).toBe('expired');
    const denied = classifyAwsError(
      sdkError(
        'AccessDeniedException',
        'User: arn:aws:sts::111122223333:assumed-role/dev/s is not authorized to perform: eks:DescribeCluster',
        403,
      ),
      { operation: 'eks:DescribeCluster' },
    );
    expect(denied.kind).toBe('accessDenied');
    expect(denied.problem.params).toEqual({ operation: 'eks:DescribeCluster' });
    expect(classifyAwsError(sdkError('ResourceNotFoundException', 'No cluster found for name: prod.', 404)).kind).toBe(
      'notFound',
    );
    expect(classifyAwsError(sdkError('NoSuchEntity', 'The role with name x cannot be found.', 404)).kind).toBe(
      'notFound',
    );
    expect(classifyAwsError(sdkError('ThrottlingException', 'Rate exceeded', 429)).kind).toBe('throttled');
  });

  it('tells an unknown or mistyped access key apart from an expired session (login again would not help)', () => {
    const bad = classifyAwsError(
      sdkError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403),
      { profile: 'ci' },
    );
    expect(bad.kind).toBe('invalidCredentials');
    expect(bad.fix).toEqual({ key: 'awsError.invalidCredentials.fix', params: { profileFlag: ' --profile ci' } });
    expect(
      classifyAwsError(
        sdkError(
          'SignatureDoesNotMatch',
          'The request signature we calculated does not match the signature you provided.',
          403,
        ),
      ).kind,
    ).toBe('invalidCredentials');
    expect(
      classifyAwsError(sdkError('ExpiredToken', 'The security token included in the request is expired', 400)).kind,
    ).toBe('expired');
  });

  it('recognises a missing region and an unreachable endpoint', () => {
    expect(classifyAwsError(new Error('Region is missing')).kind).toBe('regionMissing');
    const net = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5000'), { code: 'ECONNREFUSED' });
    expect(classifyAwsError(net).kind).toBe('network');
  });

  it('keeps an unrecognised error as unknown with its code and first line only', () => {
    const result = classifyAwsError(sdkError('WeirdException', 'first line\nsecond line', 500));
    expect(result.kind).toBe('unknown');
    expect(result.detail).toBe('first line');
    expect(result.problem.params).toEqual({ detail: 'WeirdException: first line' });
  });
});
