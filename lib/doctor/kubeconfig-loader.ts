import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
// config.js alone, not the package index: the index also loads every API client, watch, exec and cp (4 MB).
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import { msg, type Message } from '../i18n/index.ts';
import { useInProcessEksToken } from '../kube/in-process-eks-token.ts';
import { proxyFromEnv } from '../kube/proxy-from-env.ts';
import { inClusterAccount, loadInCluster } from './in-cluster-config.ts';

/** The kubeconfig entry the doctor will use. */
export interface LoadedKubeconfig {
  kc: KubeConfig;
  context: string;
  server: string;
  /** The context's default namespace, if it sets one. */
  namespace?: string;
  /** In a pod without a kubeconfig: the service-account token file, re-read as the kubelet rotates it. */
  tokenFile?: string;
}

/** The kubeconfig could not give a usable context; `usage` tells a wrong flag (exit 2) from a missing setup (exit 3). */
export class KubeconfigError extends Error {
  constructor(
    readonly problem: Message,
    readonly usage: boolean,
  ) {
    super(problem.key);
    this.name = 'KubeconfigError';
  }
}

/**
 * Loads a kubeconfig the way kubectl does: --kubeconfig, else every existing file in
 * $KUBECONFIG (the first file that sets a name wins), else ~/.kube/config, else (in a pod) the
 * pod's service account, as client-go's in-cluster config does; then picks --context.
 */
export function loadKubeconfig(
  options: { kubeconfig?: string; context?: string },
  env: NodeJS.ProcessEnv = process.env,
): LoadedKubeconfig {
  const files = configFiles(options.kubeconfig, env);
  const kc = new KubeConfig();
  for (const [i, file] of files.entries()) {
    const part = i === 0 ? kc : new KubeConfig();
    try {
      part.loadFromFile(file);
    } catch {
      throw new KubeconfigError(msg('doctor.kubeconfig.unreadable', { path: file }), true);
    }
    if (i > 0) mergeKeepingFirst(kc, part);
  }
  const inCluster = options.kubeconfig || kc.getContexts().length > 0 ? undefined : inClusterAccount(env);
  if (inCluster) {
    if (!existsSync(inCluster.tokenFile))
      throw new KubeconfigError(msg('doctor.kubeconfig.inClusterNoToken', { path: inCluster.tokenFile }), false);
    loadInCluster(kc, inCluster);
  }
  if (kc.getContexts().length === 0) {
    throw new KubeconfigError(msg('doctor.kubeconfig.none'), false);
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc
        .getContexts()
        .map((c) => c.name)
        .join(', ');
      throw new KubeconfigError(msg('doctor.kubeconfig.noSuchContext', { context: options.context, known }), true);
    }
    kc.setCurrentContext(options.context);
  }
  const context = kc.getCurrentContext();
  const contextObject = context ? kc.getContextObject(context) : null;
  if (!context || !contextObject) throw new KubeconfigError(msg('doctor.kubeconfig.noCurrentContext'), false);
  const cluster = kc.getCurrentCluster();
  if (!cluster?.server) throw new KubeconfigError(msg('doctor.kubeconfig.noCluster', { context }), false);
  const proxy = cluster.proxyUrl ? undefined : proxyFromEnv(cluster.server, env);
  // kubectl honours HTTPS_PROXY / NO_PROXY; client-node only reads the kubeconfig's proxy-url.
  if (proxy) (cluster as { proxyUrl?: string }).proxyUrl = proxy;
  // `aws eks get-token` users get their token from this process: no Python start per run.
  useInProcessEksToken(kc, env);
  return {
    kc,
    context,
    server: cluster.server,
    ...(contextObject.namespace ? { namespace: contextObject.namespace } : {}),
    ...(inCluster ? { tokenFile: inCluster.tokenFile } : {}),
  };
}

function configFiles(explicit: string | undefined, env: NodeJS.ProcessEnv): string[] {
  if (explicit) {
    if (!existsSync(explicit))
      throw new KubeconfigError(msg('doctor.kubeconfig.missingFile', { path: explicit }), true);
    return [explicit];
  }
  if (env.KUBECONFIG) return env.KUBECONFIG.split(delimiter).filter((f) => f && existsSync(f));
  const home = env.HOME || homedir();
  const fallback = join(home, '.kube', 'config');
  return existsSync(fallback) ? [fallback] : [];
}

// kubectl merges $KUBECONFIG files with the first definition of a name winning; client-node's
// mergeConfig throws on duplicates instead, so add only the names not yet seen.
function mergeKeepingFirst(into: KubeConfig, from: KubeConfig): void {
  for (const c of from.getClusters()) if (!into.getCluster(c.name)) into.addCluster(c);
  for (const u of from.getUsers()) if (!into.getUser(u.name)) into.addUser(u);
  for (const c of from.getContexts()) if (!into.getContextObject(c.name)) into.addContext(c);
  if (!into.getCurrentContext() && from.getCurrentContext()) into.setCurrentContext(from.getCurrentContext());
}
