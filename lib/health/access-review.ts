import { tokenFileAuthorization } from '../doctor/in-cluster-config.ts';
import type { LoadedKubeconfig } from '../doctor/kubeconfig-loader.ts';

/**
 * Asks the API server whether the caller may list pods in a namespace (SelfSubjectAccessReview,
 * a POST that only asks: it changes nothing). Returns null when the question itself failed.
 */
export async function canListPods(
  loaded: LoadedKubeconfig,
  namespace: string,
  timeoutMs: number,
): Promise<boolean | null> {
  const { default: fetch } = await import('node-fetch');
  const init = await loaded.kc.applyToFetchOptions({});
  const headers = headersOf(init.headers).filter(([key]) => key.toLowerCase() !== 'authorization' || !loaded.tokenFile);
  // In a pod the token file is read afresh (trimmed), as the kubelet rotates it; client-node caches it a minute.
  if (loaded.tokenFile) headers.push(['Authorization', tokenFileAuthorization(loaded.tokenFile)()]);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(
      `${loaded.server.replace(/\/+$/, '')}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`,
      {
        ...init,
        method: 'POST',
        headers: { ...Object.fromEntries(headers), 'Content-Type': 'application/json' },
        body: JSON.stringify({
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SelfSubjectAccessReview',
          spec: { resourceAttributes: { namespace, verb: 'list', resource: 'pods' } },
        }),
        signal: controller.signal as unknown as NonNullable<Parameters<typeof fetch>[1]>['signal'],
      },
    );
    if (response.status >= 300) return null;
    const body = (await response.json()) as { status?: { allowed?: unknown } };
    return body.status?.allowed === true;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

// client-node hands a WHATWG Headers object, which a spread would empty.
function headersOf(headers: unknown): [string, string][] {
  if (headers && typeof (headers as Headers).forEach === 'function') {
    const pairs: [string, string][] = [];
    (headers as Headers).forEach((value, key) => pairs.push([key, value]));
    return pairs;
  }
  return Object.entries((headers ?? {}) as Record<string, string>);
}
