import { msg } from '../i18n/index.ts';
import { classifyKubeError, classifyKubectlError, type ClassifiedKubeError } from '../kube/kube-errors.ts';
import type { SetupKube } from '../kube/kube-client.ts';
import type { ClusterFacts } from '../aws/eks-cluster.ts';
import type { AccessFacts } from './access-facts.ts';
import { endpointAdvice } from './endpoint-advice.ts';
import { installCommand } from './install-hints.ts';
import { assumeRoleCommand, trustPolicyCommand } from './identity-step.ts';
import type { Principal, SetupDeps, SetupNote, SetupOptions } from './setup-context.ts';
import { parseClientServerVersions, type ToolFacts } from './tool-versions.ts';
import { StepError } from './step-error.ts';

const OLD_EXEC_API = /client\.authentication\.k8s\.io\/v1alpha1/;
// How the aws CLI reports a service error on stderr, which kubectl passes through from the exec plugin.
const AWS_CLI_ERROR = /^An error occurred \(([\w.]+)\) when calling the (\w+) operation: .*$/m;
// klog lines (E1124 22:36:07.358210 31264 memcache.go:265] …) that kubectl repeats for each retry.
const KLOG_LINE = /^[EWI]\d{4} \d\d:\d\d:\d\d/;

/** Step 6: SelfSubjectAccessReview for list pods, then the real `kubectl get pod` with the written context. */
export async function verifyAccess(
  options: Pick<SetupOptions, 'namespace' | 'profile' | 'dryRun'>,
  facts: {
    cluster: ClusterFacts;
    principal: Principal;
    access?: AccessFacts;
    kubeconfigPath: string;
    contextName: string;
    tools?: ToolFacts;
  },
  kube: () => SetupKube,
  deps: Pick<SetupDeps, 'shell' | 'env' | 'platform'>,
): Promise<{ allowed: boolean; kubectlOutput: string; notes: SetupNote[] }> {
  const { cluster, access } = facts;
  const ns = options.namespace;
  let review: { allowed: boolean; denied: boolean; reason: string };
  try {
    review = await kube().canI('list', 'pods', ns);
  } catch (error) {
    throw explain(classifyKubeError(error, cluster.endpoint), facts, deps.platform, ns);
  }
  if (!review.allowed) {
    throw new StepError(
      msg('setup.verify.forbidden', { namespace: ns }),
      access?.verdict === 'rbac' ? msg('setup.verify.forbiddenRbac.fix') : msg('setup.verify.forbidden.fix'),
      [`kubectl auth can-i list pods -n ${ns} --context ${facts.contextName}`, ...(access?.adminCommands ?? [])],
      review.reason || undefined,
    );
  }
  if (options.dryRun) return { allowed: true, kubectlOutput: '', notes: [] };
  const where = ['--kubeconfig', facts.kubeconfigPath, '--context', facts.contextName];
  // Beside the real call, not after it: each kubectl call against EKS runs its own token command.
  const [run, notes] = await Promise.all([
    deps.shell.run('kubectl', [...where, 'get', 'pod', '-n', ns], { env: deps.env, timeoutMs: 90_000 }),
    facts.tools?.kubectlDispatcher ? dispatchedSkew(where, deps) : Promise.resolve([]),
  ]);
  const output = [run.stdout.trimEnd(), run.stderr.trimEnd()].filter(Boolean).join('\n');
  if (run.exitCode !== 0)
    throw explain(
      classifyKubectlError(run.stderr, cluster.endpoint),
      facts,
      deps.platform,
      ns,
      output,
      options.profile,
    );
  return { allowed: true, kubectlOutput: output, notes };
}

/**
 * A kubectl dispatcher runs the client that matches the server, so only the real call tells which
 * client talks to this cluster; `kubectl version` against it reports both sides.
 */
async function dispatchedSkew(
  where: string[],
  deps: Pick<SetupDeps, 'shell' | 'env' | 'platform'>,
): Promise<SetupNote[]> {
  const run = await deps.shell.run('kubectl', [...where, 'version', '-o', 'json'], {
    env: deps.env,
    timeoutMs: 60_000,
  });
  const versions = parseClientServerVersions(run.stdout);
  if (!versions || versions.client.major !== versions.server.major) return [];
  if (Math.abs(versions.client.minor - versions.server.minor) <= 1) return [];
  return [
    {
      step: 'verify',
      level: 'warn',
      message: msg('setup.cluster.kubectlSkew', {
        kubectl: `${versions.client.major}.${versions.client.minor}`,
        cluster: `${versions.server.major}.${versions.server.minor}`,
      }),
      commands: [installCommand('kubectl', deps.platform)],
    },
  ];
}

/** Turns a classified Kubernetes failure into the cause and fix a new user needs. */
function explain(
  k: ClassifiedKubeError,
  facts: { cluster: ClusterFacts; principal: Principal; access?: AccessFacts; contextName: string },
  platform: NodeJS.Platform,
  ns: string,
  evidence?: string,
  profile?: string,
): StepError {
  const { cluster, access, principal } = facts;
  const shown = evidence ?? k.detail;
  if (OLD_EXEC_API.test(shown) || OLD_EXEC_API.test(k.detail)) {
    return new StepError(
      msg('setup.verify.oldExecApi'),
      msg('setup.verify.oldExecApi.fix'),
      [installCommand('aws', platform), 'aws --version'],
      shown,
    );
  }
  switch (k.kind) {
    case 'unauthorized':
      return new StepError(
        msg('setup.verify.unauthorized', { arn: principal.fullArn, cluster: cluster.name }),
        access?.verdict === 'none'
          ? msg('setup.verify.unauthorizedNoAccess.fix')
          : access?.verdict === 'noEntry'
            ? msg('setup.verify.unauthorizedNoEntry.fix')
            : msg('setup.verify.unauthorized.fix'),
        access?.verdict === 'none' || access?.verdict === 'noEntry'
          ? access.adminCommands
          : ['aws sts get-caller-identity', ...(access?.adminCommands ?? [])],
        shown,
      );
    case 'forbidden':
      return new StepError(
        msg('setup.verify.forbidden', { namespace: ns }),
        msg('setup.verify.forbidden.fix'),
        access?.adminCommands ?? [],
        shown,
      );
    case 'timeout':
    case 'unreachable':
    case 'dns':
      return new StepError(
        msg('setup.verify.noAnswer', { server: cluster.endpoint }),
        endpointAdvice(cluster),
        [
          `aws eks describe-cluster --name ${cluster.name} --region ${cluster.region} --query cluster.resourcesVpcConfig`,
        ],
        shown,
      );
    case 'execPlugin':
      return execPluginError(shown, facts, profile);
    default:
      return new StepError(k.problem, k.fix, [`kubectl get pod -n ${ns} --context ${facts.contextName} -v=6`], shown);
  }
}

/**
 * The exec plugin (`aws eks get-token`) failed. kubectl prints the aws CLI's own error line among
 * its retries; that line is the evidence, and an AssumeRole failure means --role-arn's role was refused.
 */
function execPluginError(
  output: string,
  facts: { cluster: ClusterFacts; principal: Principal },
  profile: string | undefined,
): StepError {
  const { cluster, principal } = facts;
  const evidence = compactKubectlOutput(output);
  const role = principal.fromRoleFlag ? principal.fullArn : undefined;
  const tokenCommand = `aws --region ${cluster.region} eks get-token --cluster-name ${cluster.name}${role ? ` --role ${role}` : ''} --output json${profile ? ` --profile ${profile}` : ''} > /dev/null`;
  const aws = AWS_CLI_ERROR.exec(output);
  if (aws && aws[2] === 'AssumeRole') {
    const code = aws[1]!;
    const target = role ?? principal.fullArn;
    const denied = code === 'AccessDenied' || code === 'AccessDeniedException';
    return new StepError(
      msg('setup.verify.assumeRoleFailed', { role: target, code }),
      denied ? msg('setup.verify.assumeRoleDenied.fix') : msg('setup.verify.execPlugin.fix'),
      denied ? [assumeRoleCommand(target, profile), trustPolicyCommand(target)] : [tokenCommand],
      evidence,
    );
  }
  return new StepError(msg('setup.verify.execPlugin'), msg('setup.verify.execPlugin.fix'), [tokenCommand], evidence);
}

/** kubectl's output without its per-retry klog lines and repeats: each distinct line once, in order. */
function compactKubectlOutput(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '');
  const kept = lines.filter((l) => !KLOG_LINE.test(l));
  return [...new Set(kept.length > 0 ? kept : lines)].join('\n');
}
