import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { ApiException } from '@kubernetes/client-node';
import {
  DescribeAccessEntryCommand,
  EKSClient,
  EKSServiceException,
  InvalidRequestException,
  ListAccessEntriesCommand,
  ListAssociatedAccessPoliciesCommand,
} from '@aws-sdk/client-eks';
import { createAwsClients } from '../../lib/aws/aws-clients.ts';
import type { ClusterFacts } from '../../lib/aws/eks-cluster.ts';
import type { SetupKube } from '../../lib/kube/kube-client.ts';
import { render } from '../../lib/i18n/index.ts';
import { accessLabel, checkAccess } from '../../lib/setup/access-step.ts';
import type { Principal } from '../../lib/setup/setup-context.ts';
import { awsError } from './aws-fakes.ts';

const eks = mockClient(EKSClient);
const deps = { aws: createAwsClients };
const ROLE = 'arn:aws:iam::111122223333:role/platform/Dev';
const principal: Principal = {
  fullArn: ROLE,
  pathlessArn: 'arn:aws:iam::111122223333:role/Dev',
  pathKnown: true,
  kind: 'role',
  fromRoleFlag: false,
};
const cluster = (mode: ClusterFacts['authenticationMode']): ClusterFacts => ({
  name: 'prod',
  arn: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod',
  region: 'ap-northeast-2',
  status: 'ACTIVE',
  version: '1.31',
  endpoint: 'https://0123456789ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com',
  caData: 'Q0E=',
  endpointPublicAccess: true,
  endpointPrivateAccess: false,
  publicAccessCidrs: ['0.0.0.0/0'],
  authenticationMode: mode,
  healthIssues: [],
});
const kubeWith = (readAwsAuth: SetupKube['readAwsAuth']) => () => ({
  server: 'https://x',
  canI: () => Promise.resolve({ allowed: true, denied: false, reason: '' }),
  readAwsAuth,
});
const noKube = kubeWith(() => Promise.reject(new Error('aws-auth must not be read in API mode')));
const entry = (groups: string[] = []) =>
  eks.on(DescribeAccessEntryCommand).resolves({
    accessEntry: {
      clusterName: 'prod',
      principalArn: ROLE,
      kubernetesGroups: groups,
      accessEntryArn: 'arn:aws:eks:ap-northeast-2:111122223333:access-entry/prod/role/111122223333/Dev/a1b2',
      username: 'arn:aws:sts::111122223333:assumed-role/Dev/{{SessionName}}',
      type: 'STANDARD',
    },
  });
const policies = (
  ...list: { policyArn: string; accessScope: { type: 'cluster' | 'namespace'; namespaces?: string[] } }[]
) =>
  eks
    .on(ListAssociatedAccessPoliciesCommand)
    .resolves({ clusterName: 'prod', principalArn: ROLE, associatedAccessPolicies: list });
const VIEW = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy';
// mapRoles as it sits in kube-system/aws-auth: a YAML string.
const AWS_AUTH = {
  mapRoles:
    '- rolearn: arn:aws:iam::111122223333:role/eks-node-role\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n- rolearn: arn:aws:iam::111122223333:role/Dev\n  username: dev:{{SessionName}}\n  groups:\n    - shop-viewers\n',
  mapUsers: '- userarn: arn:aws:iam::111122223333:user/alice\n  username: alice\n  groups:\n    - system:masters\n',
};

beforeEach(() => {
  eks.reset();
  eks
    .on(ListAccessEntriesCommand)
    .resolvesOnce({ accessEntries: ['arn:aws:iam::111122223333:role/eks-node-role'], nextToken: 'page2' })
    .resolvesOnce({ accessEntries: [ROLE] });
});

describe('access step, access entries', () => {
  it('finds the entry across pages and a namespace-scoped policy that covers the namespace', async () => {
    entry();
    policies({ policyArn: VIEW, accessScope: { type: 'namespace', namespaces: ['shop', 'payments'] } });
    const { access } = await checkAccess({ namespace: 'shop' }, cluster('API'), principal, noKube, deps);
    expect(access.verdict).toBe('policy');
    expect(access.coveringPolicies.map((p) => p.policyArn)).toEqual([VIEW]);
    expect(access.adminCommands).toEqual([]);
  });

  it('matches a wildcard scope like dev-*', async () => {
    entry();
    policies({ policyArn: VIEW, accessScope: { type: 'namespace', namespaces: ['dev-*'] } });
    expect(
      (await checkAccess({ namespace: 'dev-alice' }, cluster('API'), principal, noKube, deps)).access.verdict,
    ).toBe('policy');
  });

  it('says when the policies do not cover the namespace and prints associate-access-policy', async () => {
    entry();
    policies({ policyArn: VIEW, accessScope: { type: 'namespace', namespaces: ['dev-*'] } });
    const { access, notes } = await checkAccess({ namespace: 'shop' }, cluster('API'), principal, noKube, deps);
    expect(access.verdict).toBe('notCovered');
    expect(access.adminCommands).toEqual([
      `aws eks associate-access-policy --cluster-name prod --principal-arn ${ROLE} --policy-arn ${VIEW} --access-scope type=namespace,namespaces=shop --region ap-northeast-2`,
    ]);
    expect(notes.find((n) => n.message.key === 'setup.access.notCovered')?.message.params).toMatchObject({
      scopes: 'AmazonEKSViewPolicy (dev-*)',
    });
  });

  it('leaves a groups-only entry to RBAC, checked in Verify', async () => {
    entry(['shop-viewers']);
    policies();
    const { access, notes } = await checkAccess({ namespace: 'shop' }, cluster('API'), principal, noKube, deps);
    expect(access.verdict).toBe('rbac');
    expect(notes.map((n) => n.message.key)).toContain('setup.access.rbacDecides');
  });

  it('prints create-access-entry and associate-access-policy when there is no entry', async () => {
    eks.reset();
    eks.on(ListAccessEntriesCommand).resolves({ accessEntries: ['arn:aws:iam::111122223333:role/eks-node-role'] });
    const { access, notes } = await checkAccess({ namespace: 'shop' }, cluster('API'), principal, noKube, deps);
    expect(access.verdict).toBe('none');
    expect(access.adminCommands).toEqual([
      `aws eks create-access-entry --cluster-name prod --principal-arn ${ROLE} --region ap-northeast-2`,
      `aws eks associate-access-policy --cluster-name prod --principal-arn ${ROLE} --policy-arn ${VIEW} --access-scope type=namespace,namespaces=shop --region ap-northeast-2`,
    ]);
    expect(notes.find((n) => n.level === 'warn')?.message.key).toBe('setup.access.noEntry');
  });

  it('matches by role name in the same account when the role path is unknown', async () => {
    entry();
    policies({
      policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy',
      accessScope: { type: 'cluster' },
    });
    const unknownPath: Principal = { ...principal, fullArn: 'arn:aws:iam::111122223333:role/Dev', pathKnown: false };
    const { access } = await checkAccess({ namespace: 'shop' }, cluster('API'), unknownPath, noKube, deps);
    expect(access.entry?.matchedByName).toBe(true);
    expect(access.entry?.principalArn).toBe(ROLE);
    expect(access.verdict).toBe('policy');
  });

  it('treats AccessDenied on ListAccessEntries as a warning and goes on', async () => {
    eks.reset();
    eks
      .on(ListAccessEntriesCommand)
      .rejects(
        awsError(
          EKSServiceException,
          'AccessDeniedException',
          'User: arn:aws:sts::111122223333:assumed-role/Dev/alice is not authorized to perform: eks:ListAccessEntries on resource: arn:aws:eks:ap-northeast-2:111122223333:cluster/prod',
          403,
        ),
      );
    const { access, notes } = await checkAccess({ namespace: 'shop' }, cluster('API'), principal, noKube, deps);
    expect(access.verdict).toBe('unknown');
    expect(notes[0]).toMatchObject({
      level: 'warn',
      message: { key: 'setup.access.entriesUnreadable', params: { code: 'AccessDeniedException' } },
    });
  });
});

describe('access step, aws-auth', () => {
  it('matches mapRoles by the path-less role ARN on a CONFIG_MAP cluster', async () => {
    const { access } = await checkAccess(
      { namespace: 'shop' },
      cluster('CONFIG_MAP'),
      principal,
      kubeWith(() => Promise.resolve(AWS_AUTH)),
      deps,
    );
    expect(access.verdict).toBe('rbac');
    expect(access.awsAuth).toMatchObject({
      source: 'mapRoles',
      username: 'dev:{{SessionName}}',
      groups: ['shop-viewers'],
    });
    expect(eks.calls()).toHaveLength(0);
  });

  it('prints the aws-auth rows to add when the role is missing', async () => {
    const other: Principal = {
      ...principal,
      fullArn: 'arn:aws:iam::111122223333:role/Ops',
      pathlessArn: 'arn:aws:iam::111122223333:role/Ops',
    };
    const { access } = await checkAccess(
      { namespace: 'shop' },
      cluster('CONFIG_MAP'),
      other,
      kubeWith(() => Promise.resolve(AWS_AUTH)),
      deps,
    );
    expect(access.verdict).toBe('none');
    expect(access.adminCommands.join('\n')).toContain('  - rolearn: arn:aws:iam::111122223333:role/Ops');
    expect(access.adminCommands).toContain(
      'kubectl create rolebinding eks-guide-view -n shop --clusterrole=view --group=eks-guide-shop-viewers',
    );
  });

  it('falls back to aws-auth when the access-entry API says the mode is CONFIG_MAP', async () => {
    eks.reset();
    eks.on(ListAccessEntriesCommand).rejects(
      new InvalidRequestException({
        message:
          "The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.",
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const { access } = await checkAccess(
      { namespace: 'shop' },
      cluster('API_AND_CONFIG_MAP'),
      principal,
      kubeWith(() => Promise.resolve(AWS_AUTH)),
      deps,
    );
    expect(access.mode).toBe('CONFIG_MAP');
    expect(access.verdict).toBe('rbac');
  });

  it('API_AND_CONFIG_MAP, no access entry, aws-auth forbidden: says there is no entry and prints the commands, aws-auth left open', async () => {
    eks.reset();
    eks.on(ListAccessEntriesCommand).resolves({ accessEntries: ['arn:aws:iam::111122223333:role/eks-node-role'] });
    const forbidden = new ApiException(
      403,
      'Forbidden',
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        message: 'configmaps "aws-auth" is forbidden',
        reason: 'Forbidden',
        code: 403,
      }),
      {},
    );
    const { access, notes } = await checkAccess(
      { namespace: 'shop' },
      cluster('API_AND_CONFIG_MAP'),
      principal,
      kubeWith(() => Promise.reject(forbidden)),
      deps,
    );
    expect(access.verdict).toBe('noEntry');
    expect(access.entry).toBeNull();
    expect(access.awsAuth).toBeUndefined();
    // The role has a path: aws-auth (still possible in this mode) must map it without one.
    expect(notes.map((n) => n.message.key)).toEqual([
      'setup.access.noEntryAwsAuthUnread',
      'setup.access.awsAuthPathless',
    ]);
    expect(notes[1]?.message.params).toEqual({ arn: ROLE, pathless: 'arn:aws:iam::111122223333:role/Dev' });
    expect(notes[0]).toMatchObject({
      level: 'warn',
      message: {
        key: 'setup.access.noEntryAwsAuthUnread',
        params: { arn: ROLE, cluster: 'prod', reason: 'Forbidden' },
      },
    });
    expect(notes[0]?.commands).toEqual([
      `aws eks create-access-entry --cluster-name prod --principal-arn ${ROLE} --region ap-northeast-2`,
      `aws eks associate-access-policy --cluster-name prod --principal-arn ${ROLE} --policy-arn ${VIEW} --access-scope type=namespace,namespaces=shop --region ap-northeast-2`,
    ]);
    expect(access.adminCommands).toEqual(notes[0]?.commands);
    expect(accessLabel(access, 'shop')).toEqual({
      key: 'setup.title.accessNoEntry',
      params: { mode: 'API_AND_CONFIG_MAP' },
    });
  });

  it('API_AND_CONFIG_MAP, no access entry, aws-auth read refused as Unauthorized: the reason says Unauthorized, not a missing right', async () => {
    eks.reset();
    eks.on(ListAccessEntriesCommand).resolves({ accessEntries: [] });
    const unauthorized = new ApiException(
      401,
      'Unauthorized',
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        message: 'Unauthorized',
        reason: 'Unauthorized',
        code: 401,
      }),
      {},
    );
    const { access, notes } = await checkAccess(
      { namespace: 'shop' },
      cluster('API_AND_CONFIG_MAP'),
      principal,
      kubeWith(() => Promise.reject(unauthorized)),
      deps,
    );
    expect(access.verdict).toBe('noEntry');
    expect(notes.map((n) => n.message.key)).toEqual([
      'setup.access.noEntryAwsAuthUnread',
      'setup.access.awsAuthPathless',
    ]);
    expect(notes[0]?.message.params).toMatchObject({ reason: 'Unauthorized' });
  });

  it('stays unknown when neither the access entries nor aws-auth could be read', async () => {
    eks.reset();
    eks
      .on(ListAccessEntriesCommand)
      .rejects(
        awsError(EKSServiceException, 'AccessDeniedException', 'not authorized to perform: eks:ListAccessEntries', 403),
      );
    const forbidden = new ApiException(
      403,
      'Forbidden',
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        message: 'configmaps "aws-auth" is forbidden',
        reason: 'Forbidden',
        code: 403,
      }),
      {},
    );
    const { access, notes } = await checkAccess(
      { namespace: 'shop' },
      cluster('API_AND_CONFIG_MAP'),
      principal,
      kubeWith(() => Promise.reject(forbidden)),
      deps,
    );
    expect(access.verdict).toBe('unknown');
    expect(notes.map((n) => n.message.key)).toEqual([
      'setup.access.entriesUnreadable',
      'setup.access.awsAuthForbidden',
      'setup.access.awsAuthPathless',
    ]);
    expect(accessLabel(access, 'shop').key).toBe('setup.title.accessUnknown');
  });

  it('notes a forbidden aws-auth read without failing', async () => {
    const forbidden = new ApiException(
      403,
      'Forbidden',
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        message:
          'configmaps "aws-auth" is forbidden: User "dev:alice" cannot get resource "configmaps" in API group "" in the namespace "kube-system"',
        reason: 'Forbidden',
        code: 403,
      }),
      {},
    );
    const { access, notes } = await checkAccess(
      { namespace: 'shop' },
      cluster('CONFIG_MAP'),
      principal,
      kubeWith(() => Promise.reject(forbidden)),
      deps,
    );
    expect(access.verdict).toBe('unknown');
    expect(notes[0]?.message).toEqual({ key: 'setup.access.awsAuthForbidden', params: { reason: 'forbidden' } });
    // Unread, yet the path rule holds: the administrator must write the path-less ARN.
    expect(notes[1]?.message).toEqual({
      key: 'setup.access.awsAuthPathless',
      params: { arn: ROLE, pathless: 'arn:aws:iam::111122223333:role/Dev' },
    });
    expect(render('en', notes[1]!.message)).toContain(
      'aws-auth must map it without the path, as arn:aws:iam::111122223333:role/Dev',
    );
  });

  it('says nothing of paths on an API-only cluster, or for a role without one', async () => {
    eks.reset();
    eks.on(ListAccessEntriesCommand).resolves({ accessEntries: [] });
    const apiOnly = await checkAccess({ namespace: 'shop' }, cluster('API'), principal, noKube, deps);
    expect(apiOnly.notes.map((n) => n.message.key)).not.toContain('setup.access.awsAuthPathless');
    const noPath: Principal = { ...principal, fullArn: principal.pathlessArn };
    const configMap = await checkAccess(
      { namespace: 'shop' },
      cluster('CONFIG_MAP'),
      noPath,
      kubeWith(() => Promise.resolve({ mapRoles: '' })),
      deps,
    );
    expect(configMap.notes.map((n) => n.message.key)).not.toContain('setup.access.awsAuthPathless');
  });
});
