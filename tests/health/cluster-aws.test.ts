// moto has no add-on APIs and no DescribeClusterVersions: these paths are tested with aws-sdk-client-mock.
import {
  DescribeAddonCommand,
  DescribeClusterVersionsCommand,
  DescribeNodegroupCommand,
  EKSClient,
  ListAddonsCommand,
  ListNodegroupsCommand,
} from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { addonFindings, liveSupportDates, nodegroupFindings } from '../../lib/health/cluster-aws.ts';
import { render } from '../../lib/i18n/index.ts';

const eks = mockClient(EKSClient);
const client = new EKSClient({ region: 'ap-northeast-2' });
const denied = (operation: string) =>
  Object.assign(
    new Error(`User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: ${operation}`),
    {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    },
  );

afterEach(() => eks.reset());

describe('add-ons and node groups', () => {
  it('reports an add-on that is DEGRADED with its health issue, and passes ACTIVE ones', async () => {
    eks.on(ListAddonsCommand).resolves({ addons: ['vpc-cni', 'aws-ebs-csi-driver'] });
    eks
      .on(DescribeAddonCommand, { addonName: 'vpc-cni' })
      .resolves({ addon: { addonName: 'vpc-cni', status: 'ACTIVE' } });
    eks.on(DescribeAddonCommand, { addonName: 'aws-ebs-csi-driver' }).resolves({
      addon: {
        addonName: 'aws-ebs-csi-driver',
        status: 'DEGRADED',
        health: {
          issues: [
            {
              code: 'InsufficientNumberOfReplicas',
              message: "The add-on is unhealthy because it doesn't have the desired number of replicas.",
            },
          ],
        },
      },
    });
    const findings = await addonFindings(client, 'shop-prod');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'addon.unhealthy',
      severity: 'error',
      object: { kind: 'Addon', name: 'aws-ebs-csi-driver' },
    });
    expect(render('en', findings[0]!.message)).toContain('DEGRADED. Health issues: InsufficientNumberOfReplicas');
  });

  it('names the missing permission when add-ons may not be listed, and goes on', async () => {
    eks.on(ListAddonsCommand).rejects(denied('eks:ListAddons'));
    eks.on(ListNodegroupsCommand).resolves({ nodegroups: ['general'] });
    eks.on(DescribeNodegroupCommand).resolves({
      nodegroup: {
        nodegroupName: 'general',
        status: 'DEGRADED',
        health: { issues: [{ code: 'AsgInstanceLaunchFailures', message: 'Could not launch On-Demand Instances.' }] },
      },
    });
    const addons = await addonFindings(client, 'shop-prod');
    expect(addons).toHaveLength(1);
    expect(render('en', addons[0]!.message)).toBe('Not checked: your AWS identity lacks eks:ListAddons.');
    expect(render('ko', addons[0]!.message)).toContain('eks:ListAddons 권한이 없습니다');
    const groups = await nodegroupFindings(client, 'shop-prod');
    expect(groups).toMatchObject([{ code: 'nodegroup.unhealthy', object: { kind: 'Nodegroup', name: 'general' } }]);
  });
});

describe('support dates from EKS', () => {
  it('prefers what DescribeClusterVersions says', async () => {
    eks.on(DescribeClusterVersionsCommand).resolves({
      clusterVersions: [
        {
          clusterVersion: '1.33',
          endOfStandardSupportDate: new Date('2026-07-29T00:00:00Z'),
          endOfExtendedSupportDate: new Date('2027-07-29T00:00:00Z'),
        },
      ],
    });
    expect(await liveSupportDates(client, '1.33')).toEqual({ standardEnd: '2026-07-29', extendedEnd: '2027-07-29' });
  });

  it('gives nothing (the table is used) when the caller may not call it', async () => {
    eks.on(DescribeClusterVersionsCommand).rejects(denied('eks:DescribeClusterVersions'));
    expect(await liveSupportDates(client, '1.33')).toBeUndefined();
  });
});
