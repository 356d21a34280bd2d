import type { RequestInit } from 'node-fetch';

/** What one GET gave back: the HTTP status and the raw body. */
export interface ApiResponse {
  status: number;
  body: string;
}

/** A read-only door to the API server: GET a path with a query, within a time limit. */
export type ApiGet = (path: string, query: Record<string, string>, timeoutMs: number) => Promise<ApiResponse>;

/** The server answered with an error status; `message` is the Status message, safe to print. */
export class ApiStatusError extends Error {
  constructor(
    readonly status: number,
    readonly statusMessage: string,
    readonly reason?: string,
  ) {
    super(`HTTP ${status}: ${statusMessage}`);
    this.name = 'ApiStatusError';
  }
}

/** The request ran out of time (our AbortController fired). */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * Builds an ApiGet over node-fetch with the connection options the kubeconfig gave
 * (TLS agent, bearer or exec token). Only GET is ever sent: the doctor never writes.
 */
export function fetchApiGet(server: string, init: RequestInit): ApiGet {
  const base = server.replace(/\/+$/, '');
  return async (path, query, timeoutMs) => {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      // Loaded at the first request, so --help and --from-file never load an HTTP client.
      const { default: fetch } = await import('node-fetch');
      const response = await fetch(url.toString(), {
        ...init,
        method: 'GET',
        // node-fetch 2 types its signal slightly differently from the DOM's; they are compatible at run time.
        signal: controller.signal as unknown as RequestInit['signal'],
      });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      if (controller.signal.aborted) throw new RequestTimeoutError(timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Reads the Kubernetes Status message (and reason) out of an error body, if it is one. */
export function statusOf(response: ApiResponse): ApiStatusError {
  let message = '';
  let reason: string | undefined;
  try {
    const parsed = JSON.parse(response.body) as { message?: unknown; reason?: unknown };
    if (typeof parsed.message === 'string') message = parsed.message;
    if (typeof parsed.reason === 'string') reason = parsed.reason;
  } catch {
    // Not a Status object (a proxy's HTML page, say): keep only its first line, short.
    message = response.body.split('\n')[0]?.trim().slice(0, 200) ?? '';
  }
  return new ApiStatusError(response.status, message || `HTTP ${response.status}`, reason);
}
