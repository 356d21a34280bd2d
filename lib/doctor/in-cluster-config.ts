import { existsSync, readFileSync, statSync } from 'node:fs';
import { isIPv6 } from 'node:net';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node/dist/config.js';

/** Where a pod's service-account credentials are mounted; EKS_GUIDE_SERVICE_ACCOUNT_DIR moves it (tests, sidecars). */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The name used for the in-cluster cluster, user and context, as kubectl's in-cluster config reports it. */
export const IN_CLUSTER_CONTEXT = 'in-cluster';

/** The service-account files of this pod, when the process runs in one (KUBERNETES_SERVICE_HOST/PORT set). */
export interface InClusterAccount {
  server: string;
  tokenFile: string;
  caFile: string;
  namespace?: string;
}

/** The in-cluster API address and service-account files, or undefined outside a pod. */
export function inClusterAccount(env: NodeJS.ProcessEnv): InClusterAccount | undefined {
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  if (!host || !port) return undefined;
  const dir = env.EKS_GUIDE_SERVICE_ACCOUNT_DIR || SERVICE_ACCOUNT_DIR;
  const namespaceFile = join(dir, 'namespace');
  const namespace = existsSync(namespaceFile) ? readFileSync(namespaceFile, 'utf8').trim() : '';
  return {
    server: `https://${isIPv6(host) ? `[${host}]` : host}:${port}`,
    tokenFile: join(dir, 'token'),
    caFile: join(dir, 'ca.crt'),
    ...(namespace ? { namespace } : {}),
  };
}

/** Fills `kc` with the pod's service account, as client-node's loadFromCluster does (token read from its file). */
export function loadInCluster(kc: KubeConfig, account: InClusterAccount): void {
  kc.loadFromOptions({
    clusters: [{ name: IN_CLUSTER_CONTEXT, server: account.server, caFile: account.caFile, skipTLSVerify: false }],
    users: [
      { name: IN_CLUSTER_CONTEXT, authProvider: { name: 'tokenFile', config: { tokenFile: account.tokenFile } } },
    ],
    contexts: [
      {
        name: IN_CLUSTER_CONTEXT,
        cluster: IN_CLUSTER_CONTEXT,
        user: IN_CLUSTER_CONTEXT,
        ...(account.namespace ? { namespace: account.namespace } : {}),
      },
    ],
    currentContext: IN_CLUSTER_CONTEXT,
  });
}

/** How long a read token is reused: the kubelet rotates bound tokens well before expiry, client-go re-reads each minute. */
const TOKEN_REUSE_MS = 60_000;

/**
 * The Authorization header from a token file, re-read once it is a minute old or the file
 * changed, so a long run follows the kubelet's rotation of bound service-account tokens.
 */
export function tokenFileAuthorization(tokenFile: string, now: () => number = Date.now): () => string {
  let token = '';
  let readAt = -Infinity;
  let mtime = -1;
  return () => {
    const changed = statSync(tokenFile).mtimeMs !== mtime;
    if (changed || now() - readAt >= TOKEN_REUSE_MS) {
      mtime = statSync(tokenFile).mtimeMs;
      token = readFileSync(tokenFile, 'utf8').trim();
      readAt = now();
    }
    return `Bearer ${token}`;
  };
}
