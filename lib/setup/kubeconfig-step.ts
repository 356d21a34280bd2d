import { readFile } from 'node:fs/promises';
import type { ClusterFacts } from '../aws/eks-cluster.ts';
import { EXIT } from '../exit-codes.ts';
import { msg } from '../i18n/index.ts';
import { FileIsDirectoryError, FileLockTimeoutError, FileNotWritableError } from '../fs/safe-write.ts';
import { chooseKubeconfigFile } from '../kube/kubeconfig-choice.ts';
import { lineDiff } from '../kube/line-diff.ts';
import { KubeconfigInvalidError, writeKubeconfig, type KubeconfigEntry } from '../kube/kubeconfig-writer.ts';
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

/** How long a run waits for kubectl's lock on the kubeconfig before giving up. */
const LOCK_TIMEOUT_MS = 10_000;

/**
 * Step 4: write (or with --dry-run, plan) the kubeconfig entry, into the file
 * `aws eks update-kubeconfig` would pick (a later $KUBECONFIG file that already holds the cluster).
 */
export async function updateKubeconfig(
  options: SetupOptions,
  cluster: ClusterFacts,
  deps: Pick<SetupDeps, 'env' | 'home'> & { lockTimeoutMs?: number },
): Promise<NonNullable<SetupContext['kubeconfig']>> {
  const path = await chooseKubeconfigFile(options.kubeconfig, cluster.arn, deps.env, deps.home);
  const previous = options.dryRun ? await readFile(path, 'utf8').catch(() => null) : null;
  const separate = `npx tsx scripts/setup-eks.ts --cluster ${cluster.name} --region ${cluster.region} --kubeconfig ~/.kube/eks-${cluster.name}.yaml`;
  const timeoutMs = deps.lockTimeoutMs ?? LOCK_TIMEOUT_MS;
  try {
    const plan = await writeKubeconfig(path, entryFor(options, cluster, deps.env), {
      dryRun: options.dryRun,
      lock: { timeoutMs },
    });
    const diff = options.dryRun && plan.action !== 'unchanged' ? lineDiff(previous ?? '', plan.text) : undefined;
    return { ...plan, previous, ...(diff !== undefined ? { diff } : {}) };
  } catch (error) {
    if (error instanceof KubeconfigInvalidError) {
      const problem =
        error.line !== undefined
          ? msg('setup.kubeconfig.invalidAt', { path, line: error.line, reason: error.reason })
          : msg('setup.kubeconfig.invalid', { path, reason: error.reason });
      throw new StepError(problem, msg('setup.kubeconfig.invalid.fix'), [separate], undefined, EXIT.usage);
    }
    if (error instanceof FileLockTimeoutError) {
      throw new StepError(
        msg('setup.kubeconfig.locked', { path, lock: error.lockPath, seconds: Math.round(timeoutMs / 1000) }),
        msg('setup.kubeconfig.locked.fix'),
        [`rm -r ${error.lockPath}`],
        undefined,
        EXIT.usage,
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    // Permission denied anywhere on the way (the file, its folder, a folder above): kubectl refuses too.
    if (error instanceof FileNotWritableError || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new StepError(
        msg('setup.kubeconfig.notWritable', { path, code: code ?? 'EACCES' }),
        msg('setup.kubeconfig.notWritable.fix'),
        [`ls -la ${path}`, separate],
        undefined,
        EXIT.usage,
      );
    }
    if (error instanceof FileIsDirectoryError) {
      throw new StepError(
        msg('setup.kubeconfig.isDirectory', { path }),
        msg('setup.kubeconfig.isDirectory.fix'),
        [
          `npx tsx scripts/setup-eks.ts --cluster ${cluster.name} --region ${cluster.region} --kubeconfig ${path}/config`,
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
