import { msg } from '../i18n/index.ts';
import { classifyKubeError, classifyKubectlError, type ClassifiedKubeError } from '../kube/kube-errors.ts';
import type { SetupKube } from '../kube/kube-client.ts';
import type { ClusterFacts } from '../aws/eks-cluster.ts';
import type { AccessFacts } from './access-facts.ts';
import { endpointAdvice } from './endpoint-advice.ts';
import { installCommand } from './install-hints.ts';
import type { Principal, SetupDeps, SetupOptions } from './setup-context.ts';
import { StepError } from './step-error.ts';

const OLD_EXEC_API = /client\.authentication\.k8s\.io\/v1alpha1/;

/** Step 6: SelfSubjectAccessReview for list pods, then the real `kubectl get pod` with the written context. */
export async function verifyAccess(
  options: Pick<SetupOptions, 'namespace' | 'profile' | 'dryRun'>,
  facts: { cluster: ClusterFacts; principal: Principal; access?: AccessFacts; kubeconfigPath: string; contextName: string },
  kube: () => SetupKube,
  deps: Pick<SetupDeps, 'shell' | 'env' | 'platform'>,
): Promise<{ allowed: boolean; kubectlOutput: string }> {
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
  if (options.dryRun) return { allowed: true, kubectlOutput: '' };
  const args = ['--kubeconfig', facts.kubeconfigPath, '--context', facts.contextName, 'get', 'pod', '-n', ns];
  const run = await deps.shell.run('kubectl', args, { env: deps.env, timeoutMs: 90_000 });
  const output = [run.stdout.trimEnd(), run.stderr.trimEnd()].filter(Boolean).join('\n');
  if (run.exitCode !== 0) throw explain(classifyKubectlError(run.stderr, cluster.endpoint), facts, deps.platform, ns, output);
  return { allowed: true, kubectlOutput: output };
}

/** Turns a classified Kubernetes failure into the cause and fix a new user needs. */
function explain(k: ClassifiedKubeError, facts: { cluster: ClusterFacts; principal: Principal; access?: AccessFacts; contextName: string }, platform: NodeJS.Platform, ns: string, evidence?: string): StepError {
  const { cluster, access, principal } = facts;
  const shown = evidence ?? k.detail;
  if (OLD_EXEC_API.test(shown) || OLD_EXEC_API.test(k.detail)) {
    return new StepError(msg('setup.verify.oldExecApi'), msg('setup.verify.oldExecApi.fix'), [installCommand('aws', platform), 'aws --version'], shown);
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
        access?.verdict === 'none' || access?.verdict === 'noEntry' ? access.adminCommands : ['aws sts get-caller-identity', ...(access?.adminCommands ?? [])],
        shown,
      );
    case 'forbidden':
      return new StepError(msg('setup.verify.forbidden', { namespace: ns }), msg('setup.verify.forbidden.fix'), access?.adminCommands ?? [], shown);
    case 'timeout':
    case 'unreachable':
    case 'dns':
      return new StepError(msg('setup.verify.noAnswer', { server: cluster.endpoint }), endpointAdvice(cluster), [
        `aws eks describe-cluster --name ${cluster.name} --region ${cluster.region} --query cluster.resourcesVpcConfig`,
      ], shown);
    case 'execPlugin':
      return new StepError(msg('setup.verify.execPlugin'), msg('setup.verify.execPlugin.fix'), [
        `aws --region ${cluster.region} eks get-token --cluster-name ${cluster.name} --output json > /dev/null`,
      ], shown);
    default:
      return new StepError(k.problem, k.fix, [`kubectl get pod -n ${ns} --context ${facts.contextName} -v=6`], shown);
  }
}
