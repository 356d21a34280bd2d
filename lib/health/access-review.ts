import { tokenFileAuthorization } from '../doctor/in-cluster-config.ts';
import type { LoadedKubeconfig } from '../doctor/kubeconfig-loader.ts';
import { kubeJson } from '../kube/kube-request.ts';

/**
 * Asks the API server whether the caller may list pods in a namespace (SelfSubjectAccessReview,
 * a POST that only asks: it changes nothing). Returns null when the question itself failed.
 */
export async function canListPods(
  loaded: LoadedKubeconfig,
  namespace: string,
  timeoutMs: number,
): Promise<boolean | null> {
  try {
    const review = await kubeJson<{ status?: { allowed?: unknown } }>(loaded.kc, loaded.server, {
      method: 'POST',
      path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { namespace, verb: 'list', resource: 'pods' } },
      },
      timeoutMs,
      // In a pod the token file is read afresh (trimmed), as the kubelet rotates it; client-node caches it a minute.
      ...(loaded.tokenFile ? { authorization: tokenFileAuthorization(loaded.tokenFile)() } : {}),
    });
    return review.status?.allowed === true;
  } catch {
    return null;
  }
}
