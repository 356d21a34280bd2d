import { describe, expect, it } from 'vitest';
import type { ClusterFacts } from '../../lib/aws/eks-cluster.ts';
import { accessEntryCommands } from '../../lib/setup/admin-commands.ts';
import type { Principal } from '../../lib/setup/setup-context.ts';

const cluster = (region: string, partition: string) =>
  ({ name: 'prod', arn: `arn:${partition}:eks:${region}:111122223333:cluster/prod`, region }) as ClusterFacts;
const role = (partition: string): Principal => ({
  fullArn: `arn:${partition}:iam::111122223333:role/eks/dev`,
  pathlessArn: `arn:${partition}:iam::111122223333:role/dev`,
  pathKnown: true,
  kind: 'role',
  fromRoleFlag: false,
});

describe('the commands an administrator runs to give access', () => {
  it('creates the entry and associates the view policy scoped to the namespace', () => {
    expect(accessEntryCommands(cluster('ap-northeast-2', 'aws'), role('aws'), 'shop', false)).toEqual([
      'aws eks create-access-entry --cluster-name prod --principal-arn arn:aws:iam::111122223333:role/eks/dev --region ap-northeast-2',
      'aws eks associate-access-policy --cluster-name prod --principal-arn arn:aws:iam::111122223333:role/eks/dev --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy --access-scope type=namespace,namespaces=shop --region ap-northeast-2',
    ]);
  });

  it("names the access policy in the principal's partition (China, GovCloud)", () => {
    const [command] = accessEntryCommands(cluster('cn-north-1', 'aws-cn'), role('aws-cn'), 'shop', true);
    expect(command).toContain('--policy-arn arn:aws-cn:eks::aws:cluster-access-policy/AmazonEKSViewPolicy');
    expect(accessEntryCommands(cluster('us-gov-west-1', 'aws-us-gov'), role('aws-us-gov'), 'shop', true)[0]).toContain(
      'arn:aws-us-gov:eks::aws:cluster-access-policy/',
    );
  });

  it('asks for the role path first when STS hid it', () => {
    const commands = accessEntryCommands(
      cluster('ap-northeast-2', 'aws'),
      { ...role('aws'), fullArn: 'arn:aws:iam::111122223333:role/dev', pathKnown: false },
      'shop',
      false,
    );
    expect(commands[0]).toBe('aws iam get-role --role-name dev --query Role.Arn --output text');
  });
});
