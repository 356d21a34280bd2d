// config.js alone, not the package index: the index also loads every API client (0.7 s at each start).
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import { kubeJson } from './kube-request.ts';
import { useInProcessEksToken } from './in-process-eks-token.ts';
import { proxyFromEnv } from './proxy-from-env.ts';

/** Setup's own API calls give up after this, so a private endpoint fails in seconds, not minutes. */
const REQUEST_TIMEOUT_MS = 20_000;

/** Where a kubeconfig comes from: a file, or text not yet written (setup's dry run). */
export type KubeconfigSource = { path: string; text?: undefined } | { text: string; path?: undefined };

/** Loads a kubeconfig from a file or text and selects a context (the file's current context when none is given). */
export function loadKubeConfig(
  source: KubeconfigSource,
  context?: string,
  env: NodeJS.ProcessEnv = process.env,
): KubeConfig {
  const kc = new KubeConfig();
  if (source.text !== undefined) kc.loadFromString(source.text);
  else kc.loadFromFile(source.path);
  if (context) {
    if (!kc.getContextObject(context)) throw new Error(`context "${context}" is not in the kubeconfig`);
    kc.setCurrentContext(context);
  }
  // kubectl honours HTTPS_PROXY / NO_PROXY; client-node only reads the kubeconfig's proxy-url.
  const cluster = kc.getCurrentCluster();
  const proxy = cluster && !cluster.proxyUrl ? proxyFromEnv(cluster.server, env) : undefined;
  if (proxy) (cluster as { proxyUrl?: string }).proxyUrl = proxy;
  useInProcessEksToken(kc, env);
  return kc;
}

/** The few API reads setup makes, so its steps can be tested without a cluster. */
export interface SetupKube {
  /** The API server URL of the selected context. */
  server: string;
  /** SelfSubjectAccessReview (authorization.k8s.io/v1) for a verb on a resource in a namespace. */
  canI(
    verb: string,
    resource: string,
    namespace: string,
  ): Promise<{ allowed: boolean; denied: boolean; reason: string }>;
  /** kube-system/aws-auth's data; throws the client's error (classify it with classifyKubeError). */
  readAwsAuth(): Promise<Record<string, string>>;
}

/** A factory for SetupKube; tests pass their own. */
export type SetupKubeFactory = (source: KubeconfigSource, context: string) => SetupKube;

/** SetupKube over the kubeconfig's TLS and credentials, one JSON request per call. */
export const createSetupKube: SetupKubeFactory = (source, context) =>
  setupKubeWithTimeout(REQUEST_TIMEOUT_MS)(source, context);

/** A SetupKube factory whose calls give up after timeoutMs. */
export const setupKubeWithTimeout =
  (timeoutMs: number): SetupKubeFactory =>
  (source, context) => {
    const kc = loadKubeConfig(source, context);
    const server = kc.getCurrentCluster()?.server ?? '';
    return {
      server,
      async canI(verb, resource, namespace) {
        const review = await kubeJson<{ status?: { allowed?: unknown; denied?: unknown; reason?: unknown } }>(
          kc,
          server,
          {
            method: 'POST',
            path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
            body: {
              apiVersion: 'authorization.k8s.io/v1',
              kind: 'SelfSubjectAccessReview',
              spec: { resourceAttributes: { verb, resource, namespace } },
            },
            timeoutMs,
          },
        );
        const status = review.status;
        return {
          allowed: status?.allowed === true,
          denied: status?.denied === true,
          reason: typeof status?.reason === 'string' ? status.reason : '',
        };
      },
      async readAwsAuth() {
        const cm = await kubeJson<{ data?: Record<string, string> }>(kc, server, {
          method: 'GET',
          path: '/api/v1/namespaces/kube-system/configmaps/aws-auth',
          timeoutMs,
        });
        return cm.data ?? {};
      },
    };
  };
