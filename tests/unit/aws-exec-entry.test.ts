import { describe, expect, it } from 'vitest';
import { parseAwsGetTokenExec } from '../../lib/kube/aws-exec-entry.ts';

const env = (pairs: Record<string, string>) => Object.entries(pairs).map(([name, value]) => ({ name, value }));

describe('recognising an aws eks get-token exec entry', () => {
  it('update-kubeconfig: --region first, --role (a prefix of --role-arn), AWS_PROFILE in env', () => {
    const entry = parseAwsGetTokenExec({
      command: 'aws',
      args: ['--region', 'ap-northeast-2', 'eks', 'get-token', '--cluster-name', 'prod', '--output', 'json'].concat([
        '--role',
        'arn:aws:iam::111122223333:role/dev',
      ]),
      env: env({ AWS_PROFILE: 'dev-sso' }),
    });
    expect(entry).toEqual({
      spec: { clusterId: 'prod', region: 'ap-northeast-2', roleArn: 'arn:aws:iam::111122223333:role/dev' },
      env: { AWS_PROFILE: 'dev-sso' },
    });
  });

  it('eksctl: flags after the subcommand, --role-arn, AWS_STS_REGIONAL_ENDPOINTS and a full path to aws', () => {
    const entry = parseAwsGetTokenExec({
      command: '/usr/local/bin/aws',
      args: ['eks', 'get-token', '--output', 'json', '--cluster-name', 'prod', '--region', 'us-west-2'].concat([
        '--role-arn',
        'arn:aws:iam::111122223333:role/admin',
      ]),
      env: env({ AWS_STS_REGIONAL_ENDPOINTS: 'regional', AWS_PROFILE: 'ops' }),
    });
    expect(entry?.spec).toEqual({
      clusterId: 'prod',
      region: 'us-west-2',
      roleArn: 'arn:aws:iam::111122223333:role/admin',
    });
    expect(entry?.env).toEqual({ AWS_STS_REGIONAL_ENDPOINTS: 'regional', AWS_PROFILE: 'ops' });
  });

  it('Outposts --cluster-id, --opt=value, and --profile as a flag', () => {
    expect(
      parseAwsGetTokenExec({
        command: 'aws',
        args: ['--profile=ops', 'eks', 'get-token', '--cluster-id=0a1b2c3d-4e5f', '--region=us-west-2'],
      })?.spec,
    ).toEqual({ clusterId: '0a1b2c3d-4e5f', region: 'us-west-2', profile: 'ops' });
  });

  it.each([
    ['aws-iam-authenticator', { command: 'aws-iam-authenticator', args: ['token', '-i', 'prod'] }],
    ['another aws command', { command: 'aws', args: ['sts', 'get-caller-identity'] }],
    ['an unknown flag (--debug)', { command: 'aws', args: ['eks', 'get-token', '--cluster-name', 'p', '--debug'] }],
    ['--endpoint-url', { command: 'aws', args: ['eks', 'get-token', '--cluster-name', 'p', '--endpoint-url', 'x'] }],
    ['text output', { command: 'aws', args: ['eks', 'get-token', '--cluster-name', 'p', '--output', 'text'] }],
    ['no cluster', { command: 'aws', args: ['eks', 'get-token'] }],
    ['both cluster flags', { command: 'aws', args: ['eks', 'get-token', '--cluster-name', 'p', '--cluster-id', 'i'] }],
    ['--cluster-name before the subcommand', { command: 'aws', args: ['--cluster-name', 'p', 'eks', 'get-token'] }],
    [
      'an env variable it does not reproduce',
      { command: 'aws', args: ['eks', 'get-token', '--cluster-name', 'p'], env: env({ AWS_CONFIG_FILE: '/x' }) },
    ],
  ])('leaves %s to the exec plugin', (_name, exec) => {
    expect(parseAwsGetTokenExec(exec)).toBeUndefined();
  });
});
