import { AuthorizationV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';

/** Where a kubeconfig comes from: a file, or text not yet written (setup's dry run). */
export type KubeconfigSource = { path: string; text?: undefined } | { text: string; path?: undefined };

/** Loads a kubeconfig from a file or text and selects a context (the file's current context when none is given). */
export function loadKubeConfig(source: KubeconfigSource, context?: string): KubeConfig {
  const kc = new KubeConfig();
  if (source.text !== undefined) kc.loadFromString(source.text);
  else kc.loadFromFile(source.path);
  if (context) {
    if (!kc.getContextObject(context)) throw new Error(`context "${context}" is not in the kubeconfig`);
    kc.setCurrentContext(context);
  }
  return kc;
}

/** The few API reads setup makes, so its steps can be tested without a cluster. */
export interface SetupKube {
  /** The API server URL of the selected context. */
  server: string;
  /** SelfSubjectAccessReview (authorization.k8s.io/v1) for a verb on a resource in a namespace. */
  canI(verb: string, resource: string, namespace: string): Promise<{ allowed: boolean; denied: boolean; reason: string }>;
  /** kube-system/aws-auth's data; throws the client's error (classify it with classifyKubeError). */
  readAwsAuth(): Promise<Record<string, string>>;
}

/** A factory for SetupKube; tests pass their own. */
export type SetupKubeFactory = (source: KubeconfigSource, context: string) => SetupKube;

/** SetupKube over @kubernetes/client-node with the given kubeconfig and context. */
export const createSetupKube: SetupKubeFactory = (source, context) => {
  const kc = loadKubeConfig(source, context);
  const authz = kc.makeApiClient(AuthorizationV1Api);
  const core = kc.makeApiClient(CoreV1Api);
  return {
    server: kc.getCurrentCluster()?.server ?? '',
    async canI(verb, resource, namespace) {
      const review = await authz.createSelfSubjectAccessReview({
        body: {
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SelfSubjectAccessReview',
          spec: { resourceAttributes: { verb, resource, namespace } },
        },
      });
      const status = review.status;
      return { allowed: status?.allowed === true, denied: status?.denied === true, reason: status?.reason ?? '' };
    },
    async readAwsAuth() {
      const cm = await core.readNamespacedConfigMap({ name: 'aws-auth', namespace: 'kube-system' });
      return cm.data ?? {};
    },
  };
};
