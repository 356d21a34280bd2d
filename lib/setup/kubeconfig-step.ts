import { readFile } from 'node:fs/promises';
import type { ClusterFacts } from '../aws/eks-cluster.ts';
import { EXIT } from '../exit-codes.ts';
import { msg } from '../i18n/index.ts';
import { lineDiff } from '../kube/line-diff.ts';
import {
  KubeconfigInvalidError,
  resolveKubeconfigPath,
  writeKubeconfig,
  type KubeconfigEntry,
} from '../kube/kubeconfig-writer.ts';
import type { SetupContext, SetupDeps, SetupOptions } from './setup-context.ts';
import { StepError } from './step-error.ts';

/** The entry update-kubeconfig would write for these options and this cluster. */
export function entryFor(options: SetupOptions, cluster: ClusterFacts, env: NodeJS.ProcessEnv): KubeconfigEntry {
  // aws-cli writes AWS_PROFILE when a profile is in effect: the flag, else the environment.
  const profile = options.profile || env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || undefined;
  return {
    clusterArn: cluster.arn,
    clusterName: cluster.name,
    region: cluster.region,
    endpoint: cluster.endpoint,
    caData: cluster.caData,
    ...(options.alias ? { alias: options.alias } : {}),
    ...(options.userAlias ? { userAlias: options.userAlias } : {}),
    ...(options.namespaceGiven ? { namespace: options.namespace } : {}),
    ...(options.roleArn ? { roleArn: options.roleArn } : {}),
    ...(profile ? { profile } : {}),
    ...(options.tokenCommand ? { tokenCommand: options.tokenCommand } : {}),
  };
}

/** Step 4: write (or with --dry-run, plan) the kubeconfig entry. */
export async function updateKubeconfig(
  options: SetupOptions,
  cluster: ClusterFacts,
  deps: Pick<SetupDeps, 'env' | 'home'>,
): Promise<NonNullable<SetupContext['kubeconfig']>> {
  const path = resolveKubeconfigPath(options.kubeconfig, deps.env, deps.home);
  const previous = await readFile(path, 'utf8').catch(() => null);
  try {
    const plan = await writeKubeconfig(path, entryFor(options, cluster, deps.env), { dryRun: options.dryRun });
    const diff = options.dryRun && plan.action !== 'unchanged' ? lineDiff(previous ?? '', plan.text) : undefined;
    return { ...plan, previous, ...(diff !== undefined ? { diff } : {}) };
  } catch (error) {
    if (error instanceof KubeconfigInvalidError) {
      throw new StepError(
        msg('setup.kubeconfig.invalid', { path, reason: error.reason }),
        msg('setup.kubeconfig.invalid.fix'),
        [
          `npx tsx scripts/setup-eks.ts --cluster ${cluster.name} --region ${cluster.region} --kubeconfig ~/.kube/eks-${cluster.name}.yaml`,
        ],
        undefined,
        EXIT.usage,
      );
    }
    const e = error as NodeJS.ErrnoException;
    throw new StepError(
      msg('setup.kubeconfig.writeFailed', { path, code: e.code ?? 'Error' }),
      msg('setup.kubeconfig.writeFailed.fix'),
      [`ls -la ${path}`],
    );
  }
}
