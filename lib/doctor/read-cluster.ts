import { EXIT, type ExitCode } from '../exit-codes.ts';
import { render, translator, type Lang, type Message } from '../i18n/index.ts';
import type { DoctorOptions } from './doctor-options.ts';
import { ClusterUnreadableError, gather } from './gather.ts';
import type { Snapshot } from './snapshot.ts';

/** Why nothing was read: the exit code, the text for stderr, and the facts a CI document would record. */
export interface ReadFailure {
  code: ExitCode;
  text: string;
  reason: string;
  status?: number;
  problem: Message;
  fix?: Message;
  context?: string;
  server?: string;
  namespace?: string | null;
}

/**
 * Reads the namespace once from the kubeconfig's cluster, with progress on stderr (live on a
 * terminal, plain lines under CI): the same single read the doctor makes.
 */
export async function readClusterSnapshot(
  options: Pick<DoctorOptions, 'kubeconfig' | 'context' | 'namespace' | 'allNamespaces' | 'requestTimeoutMs'> & {
    verbose?: boolean;
  },
  lang: Lang,
): Promise<Snapshot | ReadFailure> {
  const t = translator(lang);
  // client-node takes seconds to load: only a run that reads a cluster pays for it.
  const [{ KubeconfigError, loadKubeconfig }, { connect }, { loggedApi }] = await Promise.all([
    import('./kubeconfig-loader.ts'),
    import('./cluster-connection.ts'),
    import('./request-log.ts'),
  ]);
  let loaded;
  try {
    loaded = loadKubeconfig({ kubeconfig: options.kubeconfig, context: options.context });
  } catch (error) {
    if (!(error instanceof KubeconfigError)) throw error;
    if (error.usage)
      return { code: EXIT.usage, text: render(lang, error.problem), reason: 'kubeconfig', problem: error.problem };
    // The in-cluster message carries its own fix; setup-eks is no answer inside a pod.
    if (error.problem.key === 'doctor.kubeconfig.inClusterNoToken')
      return {
        code: EXIT.clusterUnreadable,
        text: render(lang, error.problem),
        reason: 'kubeconfig',
        problem: error.problem,
      };
    const fixKey =
      error.problem.key === 'doctor.kubeconfig.noCurrentContext'
        ? 'doctor.kubeconfig.noCurrentContext.fix'
        : 'doctor.kubeconfig.none.fix';
    return {
      code: EXIT.clusterUnreadable,
      text: `${render(lang, error.problem)}\n${t(fixKey)}`,
      reason: 'kubeconfig',
      problem: error.problem,
      fix: { key: fixKey },
    };
  }
  const namespace = options.allNamespaces ? null : (options.namespace ?? loaded.namespace ?? 'default');
  const scope = namespace === null ? t('doctor.progress.allNamespaces') : t('doctor.progress.namespace', { namespace });
  const context: { snapshot?: Snapshot; error?: ClusterUnreadableError } = {};
  const read = async (task: { title: string }) => {
    try {
      const api = options.verbose
        ? loggedApi(await connect(loaded), (line) => process.stderr.write(`${line}\n`))
        : await connect(loaded);
      context.snapshot = await gather({
        api,
        namespace,
        timeoutMs: options.requestTimeoutMs,
        context: loaded.context,
        server: loaded.server,
        onProgress: (done, total) => {
          task.title = t('doctor.progress.readingDone', { scope, done, total });
        },
      });
    } catch (error) {
      if (!(error instanceof ClusterUnreadableError)) throw error;
      context.error = error;
      task.title = t('doctor.unreadable');
    }
  };
  // Progress goes to stderr so `-o json` can be piped: live on a terminal, plain lines under CI, nothing
  // otherwise, and then listr2 (slow to load) is not needed at all.
  if (!process.stderr.isTTY && !process.env.CI) await read({ title: '' });
  else
    await (
      await import('./read-progress.ts')
    ).showProgress(t('doctor.progress.reading', { scope }), read, options.verbose);
  if (context.error) {
    const c = context.error.classified;
    return {
      code: EXIT.clusterUnreadable,
      text: [
        t('doctor.unreadable'),
        render(lang, c.problem),
        render(lang, c.fix),
        t('doctor.unreadable.context', { context: loaded.context, server: loaded.server }),
      ].join('\n'),
      reason: c.kind,
      ...(c.status ? { status: c.status } : {}),
      problem: c.problem,
      fix: c.fix,
      context: loaded.context,
      server: loaded.server,
      namespace,
    };
  }
  return context.snapshot!;
}

/** Whether a read gave a snapshot or a failure. */
export function isReadFailure(read: Snapshot | ReadFailure): read is ReadFailure {
  return 'code' in read && 'text' in read;
}
