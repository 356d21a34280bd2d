import type { KubeConfig } from '@kubernetes/client-node/dist/config.js';

/** A non-2xx answer, shaped as client-node's ApiException (code, body) so classifyKubeError reads it. */
export class KubeHttpError extends Error {
  constructor(
    readonly code: number,
    readonly body: string,
  ) {
    super(`HTTP ${code}`);
    this.name = 'KubeHttpError';
  }
}

/** One JSON request to the API server: GET or an asking POST (an access review). */
export interface KubeRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  timeoutMs: number;
  /** Replaces the kubeconfig's Authorization header (a pod's rotating token file). */
  authorization?: string;
}

/**
 * Sends one request with the TLS and credentials the kubeconfig gives (client-node's KubeConfig
 * alone, not its 4 MB of API clients) and returns the parsed JSON body. A non-2xx answer throws a
 * KubeHttpError; a request that outlives timeoutMs is aborted (the error reads as a timeout).
 */
export async function kubeJson<T>(kc: KubeConfig, server: string, request: KubeRequest): Promise<T> {
  const { default: fetch } = await import('node-fetch');
  const init = await kc.applyToFetchOptions({});
  const headers = headersOf(init.headers).filter(
    ([key]) => key.toLowerCase() !== 'authorization' || request.authorization === undefined,
  );
  if (request.authorization !== undefined) headers.push(['Authorization', request.authorization]);
  headers.push(['Accept', 'application/json']);
  if (request.body !== undefined) headers.push(['Content-Type', 'application/json']);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  try {
    const response = await fetch(`${server.replace(/\/+$/, '')}${request.path}`, {
      ...init,
      method: request.method,
      headers: Object.fromEntries(headers),
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      // node-fetch 2 types its signal slightly differently from the DOM's; they are compatible at run time.
      signal: controller.signal as unknown as NonNullable<Parameters<typeof fetch>[1]>['signal'],
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) throw new KubeHttpError(response.status, text);
    return JSON.parse(text) as T;
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
