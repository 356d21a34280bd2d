import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import { inClusterAccount, loadInCluster, type InClusterAccount } from '../doctor/in-cluster-config.ts';
import type { LoadedKubeconfig } from '../doctor/kubeconfig-loader.ts';
import { msg, type Message } from '../i18n/index.ts';
import { proxyFromEnv } from '../kube/proxy-from-env.ts';

/** Why --in-cluster cannot be used here: the problem and what to do. */
export interface InClusterProblem {
  problem: Message;
  fix?: Message;
}

/** The pod's service account for --in-cluster, or why there is none (not in a pod, no token mounted). */
export function podAccount(env: NodeJS.ProcessEnv): InClusterAccount | InClusterProblem {
  const account = inClusterAccount(env);
  if (!account) return { problem: msg('health.inCluster.notInPod'), fix: msg('health.inCluster.notInPod.fix') };
  if (!existsSync(account.tokenFile))
    return {
      problem: msg('health.inCluster.noToken', { path: account.tokenFile }),
      fix: msg('health.inCluster.noToken.fix'),
    };
  return account;
}

/**
 * Whether the pod runs in the cluster DescribeCluster described: its mounted CA holds the cluster's
 * certificate authority. Reading another cluster's namespaces under this cluster's name would be worse than none.
 */
export function sameCluster(account: InClusterAccount, cluster: string, caData: string): InClusterProblem | undefined {
  let mounted: string[];
  try {
    mounted = fingerprints(readFileSync(account.caFile, 'utf8'));
  } catch (error) {
    const reason = (error as { code?: string }).code ?? 'not a PEM certificate';
    return { problem: msg('health.inCluster.caUnreadable', { path: account.caFile, reason }) };
  }
  let described: string[];
  try {
    described = fingerprints(Buffer.from(caData, 'base64').toString('utf8'));
  } catch {
    described = [];
  }
  if (described.some((f) => mounted.includes(f))) return undefined;
  return {
    problem: msg('health.inCluster.otherCluster', { cluster, path: account.caFile }),
    fix: msg('health.inCluster.otherCluster.fix', { cluster }),
  };
}

// A CA file may hold several certificates (while the cluster's CA rotates): any one in common is the same cluster.
function fingerprints(pem: string): string[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('no certificate');
  return blocks.map((b) => new X509Certificate(b).fingerprint256);
}

/** The kubeconfig of the pod's service account (in memory), its token re-read from the file as the kubelet rotates it. */
export function inClusterKubeconfig(account: InClusterAccount, env: NodeJS.ProcessEnv): LoadedKubeconfig {
  const kc = new KubeConfig();
  loadInCluster(kc, account);
  const proxy = proxyFromEnv(account.server, env);
  // Like kubectl in a pod, honour HTTPS_PROXY / NO_PROXY for the service address too.
  if (proxy) (kc.getCurrentCluster() as { proxyUrl?: string }).proxyUrl = proxy;
  return {
    kc,
    context: kc.getCurrentContext(),
    server: account.server,
    ...(account.namespace ? { namespace: account.namespace } : {}),
    tokenFile: account.tokenFile,
  };
}

/**
 * The service account's name as the API server knows it (the token's `sub`, e.g.
 * system:serviceaccount:eks-guide:eks-guide-health-check); read for display only, never verified.
 */
export function serviceAccountName(account: InClusterAccount): string {
  const fallback = `system:serviceaccount:${account.namespace ?? '?'}:?`;
  try {
    const payload = readFileSync(account.tokenFile, 'utf8').trim().split('.')[1];
    if (!payload) return fallback;
    const sub = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown }).sub;
    return typeof sub === 'string' && /^system:serviceaccount:[a-z0-9.-]+:[a-z0-9.-]+$/.test(sub) ? sub : fallback;
  } catch {
    return fallback;
  }
}
