import { describe, expect, it } from 'vitest';
import type { ClusterFacts } from '../../lib/aws/eks-cluster.ts';
import { fakeShell } from '../../lib/shell.ts';
import type { Principal } from '../../lib/setup/setup-context.ts';
import { StepError } from '../../lib/setup/step-error.ts';
import { verifyAccess } from '../../lib/setup/verify-step.ts';

const ARN = 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod';
const VIEWER = 'arn:aws:iam::111122223333:role/eks/Viewer';
const cluster: ClusterFacts = {
  name: 'prod',
  arn: ARN,
  region: 'ap-northeast-2',
  status: 'ACTIVE',
  version: '1.31',
  endpoint: 'https://ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com',
  caData: 'Q0E=',
  endpointPublicAccess: true,
  endpointPrivateAccess: false,
  publicAccessCidrs: ['0.0.0.0/0'],
  authenticationMode: 'API',
  healthIssues: [],
};
const viewer: Principal = {
  fullArn: VIEWER,
  pathlessArn: 'arn:aws:iam::111122223333:role/Viewer',
  pathKnown: true,
  kind: 'role',
  fromRoleFlag: true,
};
const KUBECTL = `kubectl --kubeconfig /home/u/.kube/config --context ${ARN} get pod -n shop`;

const AWS_DENIED = `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: ${VIEWER}`;
// What kubectl 1.32 printed (stderr) for `get pod` when the exec plugin `aws eks get-token --role …` (aws-cli 1.45)
// was refused: the aws line once per retry, kubectl's own line after each, and the final summary.
const retry = (t: string) =>
  `\n${AWS_DENIED}\nE1124 22:36:0${t}   31264 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"${cluster.endpoint}/api?timeout=32s\\": getting credentials: exec: executable aws failed with exit code 255"\n`;
const KUBECTL_STDERR = `${AWS_DENIED}\n${['7.358210', '7.805855', '8.271560', '8.707139', '9.220552'].map(retry).join('')}Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255\n`;

async function verify(stderr: string, principal: Principal = viewer, profile?: string) {
  const shell = fakeShell([{ command: KUBECTL, exitCode: 1, stderr }]);
  const kube = () => ({
    server: cluster.endpoint,
    canI: () => Promise.resolve({ allowed: true, denied: false, reason: '' }),
    readAwsAuth: () => Promise.resolve({}),
  });
  return verifyAccess(
    { namespace: 'shop', dryRun: false, ...(profile ? { profile } : {}) },
    { cluster, principal, kubeconfigPath: '/home/u/.kube/config', contextName: ARN },
    kube,
    { shell, env: {}, platform: 'linux' },
  ).catch((e: unknown) => e as StepError);
}

describe('verify step: the exec plugin fails', () => {
  it('a refused AssumeRole in get-token: says the role could not be assumed and quotes the aws line once', async () => {
    const error = (await verify(KUBECTL_STDERR, viewer, 'dev-sso')) as StepError;
    expect(error).toBeInstanceOf(StepError);
    expect(error.problem).toEqual({
      key: 'setup.verify.assumeRoleFailed',
      params: { role: VIEWER, code: 'AccessDenied' },
    });
    expect(error.fix?.key).toBe('setup.verify.assumeRoleDenied.fix');
    expect(error.evidence).toBe(
      `${AWS_DENIED}\nUnable to connect to the server: getting credentials: exec: executable aws failed with exit code 255`,
    );
    expect(error.commands).toEqual([
      `aws sts assume-role --role-arn ${VIEWER} --role-session-name test --profile dev-sso`,
      'aws iam get-role --role-name Viewer --query Role.AssumeRolePolicyDocument',
    ]);
    const en = error.describe('en');
    expect(en).toContain(`Getting a token failed: the aws CLI could not assume the role ${VIEWER} (AccessDenied).`);
    expect(en.split(`  > ${AWS_DENIED}`)).toHaveLength(2);
    expect(error.describe('ko')).toContain('역할을 맡지 못했습니다(AccessDenied)');
  });

  it('another AssumeRole error (an expired session): still names the role, with the token command including --role', async () => {
    const expired =
      'An error occurred (ExpiredToken) when calling the AssumeRole operation: The security token included in the request is expired';
    const error = (await verify(
      `${expired}\nUnable to connect to the server: getting credentials: exec: executable aws failed with exit code 255\n`,
    )) as StepError;
    expect(error.problem).toEqual({
      key: 'setup.verify.assumeRoleFailed',
      params: { role: VIEWER, code: 'ExpiredToken' },
    });
    expect(error.fix?.key).toBe('setup.verify.execPlugin.fix');
    expect(error.commands).toEqual([
      `aws --region ap-northeast-2 eks get-token --cluster-name prod --role ${VIEWER} --output json > /dev/null`,
    ]);
    expect(error.evidence?.split('\n')[0]).toBe(expired);
  });

  it('a get-token failure without a role: the generic explanation, the aws line first in the evidence', async () => {
    const caller: Principal = { ...viewer, fromRoleFlag: false };
    const line = 'Error when retrieving token from sso: Token has expired and refresh failed';
    const error = (await verify(
      `${line}\nUnable to connect to the server: getting credentials: exec: executable aws failed with exit code 255\n`,
      caller,
      'dev-sso',
    )) as StepError;
    expect(error.problem.key).toBe('setup.verify.execPlugin');
    expect(error.commands).toEqual([
      'aws --region ap-northeast-2 eks get-token --cluster-name prod --output json --profile dev-sso > /dev/null',
    ]);
    expect(error.evidence).toContain(line);
  });
});

describe('verify step: kubectl version skew behind a dispatcher', () => {
  const VERSION = `kubectl --kubeconfig /home/u/.kube/config --context ${ARN} version -o json`;
  const version = (client: string, server: string) =>
    JSON.stringify({ clientVersion: { gitVersion: client }, serverVersion: { gitVersion: server } });
  const tools = (dispatcher: boolean) => ({
    aws: { text: '2.15.0', major: 2, minor: 15, patch: 0 },
    kubectl: { text: '1.32.4', major: 1, minor: 32, patch: 4 },
    kubectlDispatcher: dispatcher,
  });
  const run = (rows: { command: string; stdout?: string }[], dispatcher: boolean) => {
    const shell = fakeShell([{ command: KUBECTL, stdout: 'No resources found in shop namespace.' }, ...rows]);
    const kube = () => ({
      server: cluster.endpoint,
      canI: () => Promise.resolve({ allowed: true, denied: false, reason: '' }),
      readAwsAuth: () => Promise.resolve({}),
    });
    const facts = { cluster, principal: viewer, kubeconfigPath: '/home/u/.kube/config', contextName: ARN };
    const result = verifyAccess({ namespace: 'shop', dryRun: false }, { ...facts, tools: tools(dispatcher) }, kube, {
      shell,
      env: {},
      platform: 'linux',
    });
    return { shell, result };
  };

  it('asks the dispatched client and warns when it is still more than one minor version away', async () => {
    const { result } = run([{ command: VERSION, stdout: version('v1.33.1', 'v1.30.14-eks-b707fbb') }], true);
    const { notes } = await result;
    expect(notes.map((n) => n.message)).toEqual([
      { key: 'setup.cluster.kubectlSkew', params: { kubectl: '1.33', cluster: '1.30' } },
    ]);
  });

  it('says nothing when the dispatcher picked a matching client', async () => {
    const { result } = run([{ command: VERSION, stdout: version('v1.31.2', 'v1.31.5-eks-1a2b3c4') }], true);
    expect((await result).notes).toEqual([]);
  });

  it('does not call kubectl version for an ordinary kubectl (its --client version was already compared)', async () => {
    const { shell, result } = run([], false);
    expect((await result).notes).toEqual([]);
    expect(shell.calls.some((c) => c.includes(' version '))).toBe(false);
  });
});
