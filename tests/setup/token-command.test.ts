import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ClusterFacts } from '../../lib/aws/eks-cluster.ts';
import { planKubeconfigUpdate } from '../../lib/kube/kubeconfig-writer.ts';
import { parseSetupArgs } from '../../lib/setup/cli-args.ts';
import { entryFor } from '../../lib/setup/kubeconfig-step.ts';

const cluster: ClusterFacts = {
  name: 'prod',
  arn: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod',
  region: 'ap-northeast-2',
  status: 'ACTIVE',
  version: '1.31',
  endpoint: 'https://0123456789ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com',
  caData: 'S0lORA==',
  endpointPublicAccess: true,
  endpointPrivateAccess: false,
  publicAccessCidrs: ['0.0.0.0/0'],
  authenticationMode: 'API_AND_CONFIG_MAP',
  healthIssues: [],
};

function execFor(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const parsed = parseSetupArgs(argv, env);
  if (parsed.help) throw new Error('help');
  const doc = parse(planKubeconfigUpdate(null, entryFor(parsed.options, cluster, env)).text) as {
    users: { user: { exec: { command: string; args: string[]; env?: unknown } } }[];
  };
  return doc.users[0]!.user.exec;
}

describe('setup-eks --token-command', () => {
  it('eks-guide: the kubeconfig runs eks-guide token for the cluster, with the role and the profile in effect', () => {
    const exec = execFor(
      ['--cluster', 'prod', '--token-command', 'eks-guide', '--role-arn', 'arn:aws:iam::111122223333:role/dev'],
      { AWS_PROFILE: 'dev-sso' },
    );
    expect(exec.command).toBe('eks-guide');
    expect(exec.args).toEqual([
      'token',
      '--cluster',
      'prod',
      '--region',
      'ap-northeast-2',
      '--role-arn',
      'arn:aws:iam::111122223333:role/dev',
    ]);
    expect(exec.env).toEqual([{ name: 'AWS_PROFILE', value: 'dev-sso' }]);
  });

  it('without it, or with aws, the entry is the aws CLI one', () => {
    for (const argv of [
      ['--cluster', 'prod'],
      ['--cluster', 'prod', '--token-command', 'aws'],
    ]) {
      const exec = execFor(argv);
      expect(exec.command).toBe('aws');
      expect(exec.args.slice(2, 4)).toEqual(['eks', 'get-token']);
    }
  });
});
