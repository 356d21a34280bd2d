import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DescribeClusterCommand,
  EKSClient,
  ListClustersCommand,
  ResourceNotFoundException,
  type Cluster,
} from '@aws-sdk/client-eks';
import { createAwsClients } from '../../lib/aws/aws-clients.ts';
import { checkCluster, endpointAccessText, skewNote } from '../../lib/setup/cluster-step.ts';
import { StepError } from '../../lib/setup/step-error.ts';

const eks = mockClient(EKSClient);
const deps = { aws: createAwsClients };

/** A DescribeCluster answer as EKS returns it. */
export function clusterShape(over: Partial<Cluster> = {}): Cluster {
  return {
    name: 'prod',
    arn: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod',
    createdAt: new Date('2024-05-01T00:00:00Z'),
    version: '1.31',
    endpoint: 'https://0123456789ABCDEF0123456789ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com',
    roleArn: 'arn:aws:iam::111122223333:role/eks-cluster-role',
    resourcesVpcConfig: {
      subnetIds: ['subnet-0a1b2c3d'],
      endpointPublicAccess: true,
      endpointPrivateAccess: false,
      publicAccessCidrs: ['0.0.0.0/0'],
      vpcId: 'vpc-0a1b2c3d',
    },
    status: 'ACTIVE',
    certificateAuthority: { data: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t' },
    platformVersion: 'eks.12',
    accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' },
    ...over,
  };
}

beforeEach(() => eks.reset());

describe('cluster step', () => {
  it('reads an ACTIVE cluster: version, endpoint access, authentication mode, region from the ARN', async () => {
    eks.on(DescribeClusterCommand, { name: 'prod' }).resolves({ cluster: clusterShape() });
    const { cluster, notes } = await checkCluster({ cluster: 'prod' }, 'ap-northeast-2', deps);
    expect(cluster).toMatchObject({
      version: '1.31',
      status: 'ACTIVE',
      authenticationMode: 'API_AND_CONFIG_MAP',
      region: 'ap-northeast-2',
      endpointPublicAccess: true,
    });
    expect(notes).toEqual([]);
  });

  it('says who can reach the endpoint: public to all, public to some CIDRs, private, or both', async () => {
    const text = async (vpc: Cluster['resourcesVpcConfig'], lang: 'en' | 'ko' = 'en') => {
      eks.on(DescribeClusterCommand).resolves({ cluster: clusterShape({ resourcesVpcConfig: vpc }) });
      return endpointAccessText((await checkCluster({ cluster: 'prod' }, 'ap-northeast-2', deps)).cluster, lang);
    };
    expect(
      await text({ endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] }),
    ).toBe('public (all addresses)');
    expect(
      await text({
        endpointPublicAccess: true,
        endpointPrivateAccess: true,
        publicAccessCidrs: ['203.0.113.0/24', '198.51.100.7/32'],
      }),
    ).toBe('public (only 203.0.113.0/24, 198.51.100.7/32) + private (VPC only)');
    expect(await text({ endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] })).toBe(
      'private (VPC only)',
    );
    expect(await text({ endpointPublicAccess: false, endpointPrivateAccess: true }, 'ko')).toBe('프라이빗(VPC 내부만)');
  });

  it('treats a cluster without accessConfig as CONFIG_MAP', async () => {
    eks.on(DescribeClusterCommand).resolves({ cluster: clusterShape({ accessConfig: undefined }) });
    expect((await checkCluster({ cluster: 'prod' }, 'ap-northeast-2', deps)).cluster.authenticationMode).toBe(
      'CONFIG_MAP',
    );
  });

  it('stops on CREATING with the wait command', async () => {
    eks.on(DescribeClusterCommand).resolves({ cluster: clusterShape({ status: 'CREATING' }) });
    const error = (await checkCluster({ cluster: 'prod' }, 'ap-northeast-2', deps).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(error.problem.key).toBe('setup.cluster.creating');
    expect(error.commands).toEqual(['aws eks wait cluster-active --name prod --region ap-northeast-2']);
  });

  it('stops on FAILED and quotes the health issues', async () => {
    eks.on(DescribeClusterCommand).resolves({
      cluster: clusterShape({
        status: 'FAILED',
        health: {
          issues: [
            {
              code: 'Ec2SubnetNotFound',
              message: "The subnet ID 'subnet-0a1b2c3d' does not exist",
              resourceIds: ['subnet-0a1b2c3d'],
            },
          ],
        },
      }),
    });
    const error = (await checkCluster({ cluster: 'prod' }, 'ap-northeast-2', deps).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(error.problem.key).toBe('setup.cluster.failed');
    expect(error.evidence).toContain("Ec2SubnetNotFound: The subnet ID 'subnet-0a1b2c3d' does not exist");
  });

  it('lists the clusters that exist in the region when the name is not found', async () => {
    eks.on(DescribeClusterCommand).rejects(
      new ResourceNotFoundException({
        message: 'No cluster found for name: prd.',
        $metadata: { httpStatusCode: 404 },
      }),
    );
    eks
      .on(ListClustersCommand)
      .resolvesOnce({ clusters: ['prod', 'staging'], nextToken: 't1' })
      .resolvesOnce({ clusters: ['sandbox'] });
    const error = (await checkCluster({ cluster: 'prd' }, 'ap-northeast-2', deps).catch(
      (e: unknown) => e,
    )) as StepError;
    expect(error.problem).toEqual({
      key: 'setup.cluster.notFoundOthers',
      params: { cluster: 'prd', region: 'ap-northeast-2', clusters: 'prod, staging, sandbox' },
    });
    expect(error.evidence).toBe('ResourceNotFoundException: No cluster found for name: prd.');
  });

  it('without --cluster and without a terminal, fails with the list; with one, asks', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['prod', 'staging'] });
    eks.on(DescribeClusterCommand, { name: 'staging' }).resolves({
      cluster: clusterShape({ name: 'staging', arn: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/staging' }),
    });
    const error = (await checkCluster({}, 'ap-northeast-2', deps).catch((e: unknown) => e)) as StepError;
    expect(error.problem).toEqual({
      key: 'setup.cluster.nameNeeded',
      params: { region: 'ap-northeast-2', clusters: 'prod, staging' },
    });
    const asked: string[][] = [];
    const picked = await checkCluster({}, 'ap-northeast-2', {
      ...deps,
      pickCluster: (names) => {
        asked.push([...names]);
        return Promise.resolve('staging');
      },
    });
    expect(asked).toEqual([['prod', 'staging']]);
    expect(picked.cluster.name).toBe('staging');
  });

  it('warns when kubectl is more than one minor version from the cluster', async () => {
    eks.on(DescribeClusterCommand).resolves({ cluster: clusterShape({ version: '1.29' }) });
    const { cluster } = await checkCluster({ cluster: 'prod' }, 'ap-northeast-2', deps);
    const v = (minor: number) => ({ text: `1.${minor}.0`, major: 1, minor, patch: 0 });
    expect(skewNote({ aws: v(0), kubectl: v(30) }, cluster, 'x')).toBeNull();
    expect(skewNote({ aws: v(0), kubectl: v(28) }, cluster, 'x')).toBeNull();
    expect(skewNote({ aws: v(0), kubectl: v(31) }, cluster, 'x')?.message).toEqual({
      key: 'setup.cluster.kubectlSkew',
      params: { kubectl: '1.31', cluster: '1.29' },
    });
    // A dispatcher's own version (1.32.4-dispatcher) is not the client that will talk to 1.29.
    expect(skewNote({ aws: v(0), kubectl: v(32), kubectlDispatcher: true }, cluster, 'x')).toBeNull();
  });
});
