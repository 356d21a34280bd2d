import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  DescribeAccessEntryCommand,
  DescribeClusterCommand,
  EKSClient,
  ListAccessEntriesCommand,
  ListAssociatedAccessPoliciesCommand,
} from '@aws-sdk/client-eks';
import type { ListrDefaultRenderer, ListrSimpleRenderer, ListrTaskObject } from 'listr2';
import { createAwsClients } from '../../lib/aws/aws-clients.ts';
import { fakeShell, type FakeCommand } from '../../lib/shell.ts';
import { runSetup, setupPipeline, type RenderChoice } from '../../lib/setup/pipeline.ts';
import { StepError } from '../../lib/setup/step-error.ts';
import type { SetupContext, SetupDeps, SetupOptions } from '../../lib/setup/setup-context.ts';
import { setupSummary } from '../../lib/setup/summary.ts';
import type { SetupKube } from '../../lib/kube/kube-client.ts';

const sts = mockClient(STSClient);
const iam = mockClient(IAMClient);
const eks = mockClient(EKSClient);
const ROLE = 'arn:aws:iam::111122223333:role/Admin';
const ARN = 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod';

const tools: FakeCommand[] = [
  { command: 'aws --version', stdout: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.5.0 exe/x86_64.ubuntu.22 prompt/off' },
  {
    command: 'kubectl version --client -o json',
    stdout: JSON.stringify({ clientVersion: { major: '1', minor: '31', gitVersion: 'v1.31.2' } }),
  },
];

async function run(
  options: Partial<SetupOptions>,
  shellRows: (home: string) => FakeCommand[],
  kube: Partial<SetupKube> = {},
  choice: RenderChoice = { renderer: 'silent' },
) {
  const home = await mkdtemp(join(tmpdir(), 'setup-home-'));
  const shell = fakeShell([...tools, ...shellRows(home)]);
  const deps: SetupDeps = {
    shell,
    aws: createAwsClients,
    kube: () => ({
      server: 'https://x',
      canI: () => Promise.resolve({ allowed: true, denied: false, reason: '' }),
      readAwsAuth: () => Promise.resolve({}),
      ...kube,
    }),
    env: {},
    home,
    platform: 'linux',
    profileRegion: () => Promise.resolve(undefined),
    now: () => new Date('2025-01-01T00:00:00Z'),
  };
  const opts: SetupOptions = {
    cluster: 'prod',
    region: 'ap-northeast-2',
    namespace: 'shop',
    namespaceGiven: true,
    dryRun: false,
    lang: 'en',
    ...options,
  };
  const listr = setupPipeline(opts, deps, choice);
  let error: unknown;
  try {
    await runSetup(listr);
  } catch (e) {
    error = e;
  }
  const tasks = flatten(listr.tasks).map((t) => ({
    title: t.title ?? '',
    failed: t.hasFailed(),
    completed: t.isCompleted(),
  }));
  return { ctx: listr.ctx, error, tasks, home, shell, deps };
}

// A task of the setup pipeline as Listr<SetupContext> holds it (default renderer, simple fallback).
type SetupTask = ListrTaskObject<SetupContext, ListrDefaultRenderer, ListrSimpleRenderer>;

function flatten(tasks: SetupTask[]): SetupTask[] {
  return tasks.flatMap((t) => [t, ...flatten(t.subtasks ?? [])]);
}

const kubectlRow = (home: string, rest: Partial<FakeCommand>): FakeCommand => ({
  command: `kubectl --kubeconfig ${join(home, '.kube', 'config')} --context ${ARN} get pod -n shop`,
  ...rest,
});

beforeEach(() => {
  sts.reset();
  iam.reset();
  eks.reset();
  sts.on(GetCallerIdentityCommand).resolves({
    Account: '111122223333',
    Arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
    UserId: 'AROA:alice',
  });
  iam.on(GetRoleCommand).resolves({
    Role: {
      Arn: ROLE,
      RoleName: 'Admin',
      Path: '/',
      RoleId: 'AROA',
      CreateDate: new Date(),
      AssumeRolePolicyDocument: '{}',
    },
  });
  eks.on(DescribeClusterCommand).resolves({
    cluster: {
      name: 'prod',
      arn: ARN,
      version: '1.31',
      status: 'ACTIVE',
      endpoint: 'https://ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com',
      certificateAuthority: { data: 'Q0E=' },
      resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
      accessConfig: { authenticationMode: 'API' },
    },
  });
  eks.on(ListAccessEntriesCommand).resolves({ accessEntries: [ROLE] });
  eks.on(DescribeAccessEntryCommand).resolves({
    accessEntry: {
      principalArn: ROLE,
      kubernetesGroups: [],
      type: 'STANDARD',
      username: 'arn:aws:sts::111122223333:assumed-role/Admin/{{SessionName}}',
    },
  });
  eks.on(ListAssociatedAccessPoliciesCommand).resolves({
    associatedAccessPolicies: [
      {
        policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy',
        accessScope: { type: 'namespace', namespaces: ['shop'] },
      },
    ],
  });
});

const POD_TABLE =
  'NAME                   READY   STATUS    RESTARTS   AGE\nweb-7d9c8b7f6d-x2k4p   1/1     Running   0          3d2h';
const ok = (home: string) => [kubectlRow(home, { stdout: POD_TABLE })];
/** What the CLI prints once after the run; Listr shows only the first line on the failed task. */
const explained = (error: unknown) => {
  expect(error).toBeInstanceOf(StepError);
  expect((error as Error).message).not.toContain('\n');
  return (error as StepError).describe('en');
};
const done = (tasks: { title: string; completed: boolean; failed: boolean }[], title: string) =>
  expect(
    tasks.find((t) => t.title === title),
    title,
  ).toMatchObject({ completed: true, failed: false });

describe('setup pipeline', () => {
  it('runs every step and rewrites each title with what it found', async () => {
    const { tasks, error, ctx, home } = await run({}, ok);
    expect(error).toBeUndefined();
    done(tasks, 'Tools: aws-cli 2.15.0, kubectl 1.31.2');
    done(
      tasks,
      'Identity: arn:aws:sts::111122223333:assumed-role/Admin/alice (IAM role arn:aws:iam::111122223333:role/Admin)',
    );
    done(
      tasks,
      'Cluster: prod 1.31 ACTIVE, API; endpoint https://ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com: private (VPC only)',
    );
    done(tasks, `Kubeconfig: added context ${ARN} to ${join(home, '.kube', 'config')}`);
    done(tasks, 'Access: AmazonEKSViewPolicy (shop) [API]');
    done(tasks, 'Verify: you can list pods in shop');
    expect(ctx.verify?.kubectlOutput).toContain('web-7d9c8b7f6d-x2k4p');
    const summary = setupSummary(ctx, 'en', {}, home);
    expect(summary).toContain('kubectl get pod -n shop');
    expect(summary).toContain('npx tsx scripts/doctor.ts -n shop');
    expect(summary).toContain('web-7d9c8b7f6d-x2k4p   1/1     Running');
    expect((await stat(join(home, '.kube', 'config'))).mode & 0o777).toBe(0o600);
  });

  it('a second run leaves the kubeconfig unchanged', async () => {
    const first = await run({}, ok);
    const again = setupPipeline(first.ctx.options, first.deps, { renderer: 'silent' });
    await again.run();
    expect(flatten(again.tasks).map((t) => t.title)).toContain(
      `Kubeconfig: context ${ARN} in ${join(first.home, '.kube', 'config')} is already up to date`,
    );
  });

  it('dry-run writes nothing, never runs kubectl get pod, and shows the change', async () => {
    const { tasks, error, ctx, home, shell } = await run({ dryRun: true }, () => []);
    expect(error).toBeUndefined();
    done(tasks, `Kubeconfig (dry run): would add context ${ARN} to ${join(home, '.kube', 'config')}`);
    await expect(readFile(join(home, '.kube', 'config'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(shell.calls.some((c) => c.includes('get pod'))).toBe(false);
    const summary = setupSummary(ctx, 'en', {}, home);
    expect(summary).toContain('+ current-context: ' + ARN);
    // Nothing was written, so kubectl is not ready yet: the summary must not claim it.
    expect(summary).not.toContain('kubectl is ready');
    expect(summary).toContain(
      'Dry run checked prod (Kubernetes 1.31, ap-northeast-2) as arn:aws:iam::111122223333:role/Admin; run again without --dry-run to write the context.',
    );
  });

  it('fails Verify on an i/o timeout and blames the private-only endpoint', async () => {
    const { tasks, error } = await run({}, (home) => [
      kubectlRow(home, {
        exitCode: 1,
        stderr:
          'E0101 00:00:32.000000   1234 memcache.go:265] couldn\'t get current server API group list: Get "https://ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com/api?timeout=32s": dial tcp 10.0.12.34:443: i/o timeout\nUnable to connect to the server: dial tcp 10.0.12.34:443: i/o timeout',
      }),
    ]);
    expect(tasks.find((t) => t.title === 'Verify: kubectl get pod')?.failed).toBe(true);
    expect(explained(error)).toContain('has only a private endpoint');
    expect(explained(error)).toContain('dial tcp 10.0.12.34:443: i/o timeout');
  });

  it('fails Verify on Unauthorized and explains the causes', async () => {
    const { error } = await run({}, (home) => [
      kubectlRow(home, { exitCode: 1, stderr: 'error: You must be logged in to the server (Unauthorized)' }),
    ]);
    expect(explained(error)).toContain('did not accept your credentials (Unauthorized)');
    expect(explained(error).split('\n')).toContain('$ aws sts get-caller-identity');
  });

  it('fails Verify on an old v1alpha1 exec config with the upgrade advice', async () => {
    const { error } = await run({}, (home) => [
      kubectlRow(home, {
        exitCode: 1,
        stderr: 'error: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"',
      }),
    ]);
    expect(explained(error)).toContain('retired client.authentication.k8s.io/v1alpha1');
  });

  it('fails Verify when the access review says no, with the policy command', async () => {
    eks.on(ListAssociatedAccessPoliciesCommand).resolves({
      associatedAccessPolicies: [
        {
          policyArn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy',
          accessScope: { type: 'namespace', namespaces: ['dev-*'] },
        },
      ],
    });
    const { tasks, error } = await run({}, () => [], {
      canI: () => Promise.resolve({ allowed: false, denied: false, reason: '' }),
    });
    expect(
      tasks.find((t) => t.title.startsWith('Access: your access policies do not cover namespace shop'))?.completed,
    ).toBe(true);
    expect(explained(error)).toContain('not allowed to list pods in namespace shop (Forbidden)');
    expect(explained(error)).toContain('--access-scope type=namespace,namespaces=shop');
  });

  it('stops at the cluster step when the cluster is CREATING, before touching the kubeconfig', async () => {
    eks
      .on(DescribeClusterCommand)
      .resolves({ cluster: { name: 'prod', arn: ARN, status: 'CREATING', version: '1.31' } });
    const { tasks, home } = await run({}, () => []);
    expect(tasks.find((t) => t.title === 'Cluster: reading the EKS cluster')?.failed).toBe(true);
    await expect(stat(join(home, '.kube'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a failed identity shows one line on its task, never again on the group, and stops the run', async () => {
    sts
      .on(GetCallerIdentityCommand)
      .rejects(
        Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
      );
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d: Buffer) => (printed += d.toString()));
    const { tasks, error, shell } = await run(
      {},
      ok,
      {},
      { renderer: 'simple', stream: out as unknown as NodeJS.WriteStream },
    );
    expect(tasks.find((t) => t.title === 'Identity: asking AWS who you are')?.failed).toBe(true);
    done(tasks, 'Tools: aws-cli 2.15.0, kubectl 1.31.2');
    expect(tasks.some((t) => t.title.startsWith('Cluster') && (t.completed || t.failed))).toBe(false);
    expect(shell.calls.some((c) => c.includes('get pod'))).toBe(false);
    const reason = (error as Error).message;
    expect(reason).toBe('No AWS credentials were found.');
    // The progress output names the reason once, on the step, with no explanation inside the brackets.
    expect(printed).toContain(`Identity: asking AWS who you are [FAILED: ${reason}]`);
    expect(printed.split(reason)).toHaveLength(2);
    expect(printed).not.toMatch(/\[FAILED:[^\]]*\n/);
    expect(printed).not.toContain('$ aws configure');
    // The explanation, printed once by the CLI afterwards, has the evidence and one command per line.
    const text = explained(error);
    expect(text).toContain('  > CredentialsProviderError: Could not load credentials from any providers');
    expect(text.split('\n')).toEqual(expect.arrayContaining(['$ aws configure', '$ aws configure sso']));
  });

  it('with --role-arn, Identity and the summary say kubectl acts as that role, and access is checked for it', async () => {
    const VIEWER = 'arn:aws:iam::111122223333:role/eks/Viewer';
    eks.on(ListAccessEntriesCommand).resolves({ accessEntries: [ROLE, VIEWER] });
    eks
      .on(DescribeAccessEntryCommand)
      .resolves({ accessEntry: { principalArn: VIEWER, kubernetesGroups: [], type: 'STANDARD' } });
    sts.on(AssumeRoleCommand).resolves({
      AssumedRoleUser: {
        Arn: 'arn:aws:sts::111122223333:assumed-role/Viewer/eks-guide-check',
        AssumedRoleId: 'AROAVIEWER:eks-guide-check',
      },
    });
    const { tasks, error, ctx, home } = await run({ roleArn: VIEWER }, ok);
    expect(error).toBeUndefined();
    done(
      tasks,
      `Identity: arn:aws:sts::111122223333:assumed-role/Admin/alice, which can assume ${VIEWER}; the kubeconfig assumes it, and access is checked for it`,
    );
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({
      RoleArn: VIEWER,
      RoleSessionName: 'eks-guide-check',
    });
    expect(eks.commandCalls(DescribeAccessEntryCommand)[0]?.args[0].input).toMatchObject({ principalArn: VIEWER });
    expect(setupSummary(ctx, 'en', {}, home)).toContain(
      `Done: kubectl is ready for prod (Kubernetes 1.31, ap-northeast-2) as ${VIEWER}, which arn:aws:iam::111122223333:role/Admin assumes.`,
    );
    expect(await readFile(join(home, '.kube', 'config'), 'utf8')).toContain(VIEWER);
  });

  it('shows the full caller ARN and the IAM role ARN with its path, in the title and the summary', async () => {
    const SSO_ROLE =
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/ap-northeast-2/AWSReservedSSO_Dev_0123456789abcdef';
    const SSO_CALLER = 'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Dev_0123456789abcdef/alice@example.com';
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: SSO_CALLER, UserId: 'AROA:alice' });
    iam.on(GetRoleCommand).resolves({
      Role: {
        Arn: SSO_ROLE,
        RoleName: 'AWSReservedSSO_Dev_0123456789abcdef',
        Path: '/aws-reserved/sso.amazonaws.com/ap-northeast-2/',
        RoleId: 'AROA',
        CreateDate: new Date(),
      },
    });
    eks.on(ListAccessEntriesCommand).resolves({ accessEntries: [SSO_ROLE] });
    eks.on(DescribeAccessEntryCommand).resolves({ accessEntry: { principalArn: SSO_ROLE, kubernetesGroups: [] } });
    const { tasks, error, ctx, home } = await run({}, ok);
    expect(error).toBeUndefined();
    done(tasks, `Identity: ${SSO_CALLER} (IAM role ${SSO_ROLE})`);
    const summary = setupSummary(ctx, 'en', {}, home);
    expect(summary).toContain(`as ${SSO_ROLE}.`);
    expect(summary).toContain(`AWS identity: ${SSO_CALLER}; IAM role (what an access entry names): ${SSO_ROLE}`);
    expect(summary).toContain(
      'The cluster in the AWS console: https://ap-northeast-2.console.aws.amazon.com/eks/home?region=ap-northeast-2#/clusters/prod',
    );
  });

  it('speaks Korean with --lang ko', async () => {
    const { tasks } = await run({ lang: 'ko' }, ok);
    expect(tasks.map((t) => t.title)).toContain('검증: shop 네임스페이스의 Pod를 조회할 수 있음');
  });
});
