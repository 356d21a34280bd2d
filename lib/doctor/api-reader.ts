import type { RequestInit } from 'node-fetch';

/** What one GET gave back: the HTTP status and the raw body. */
export interface ApiResponse {
  status: number;
  body: string;
}

/** A read-only door to the API server: GET a path with a query, within a time limit. */
export type ApiGet = ((path: string, query: Record<string, string>, timeoutMs: number) => Promise<ApiResponse>) & {
  stream?: ApiStream;
};

/**
 * GET whose successful body is handed over chunk by chunk instead of kept (an error's body is
 * still returned whole, short). `timeoutMs` bounds the wait for each chunk, not the whole body:
 * a large list that keeps arriving is not cut off. Past `maxBytes` the request is abandoned.
 */
export type ApiStream = (
  path: string,
  query: Record<string, string>,
  timeoutMs: number,
  onChunk: (chunk: Uint8Array) => void,
  maxBytes: number,
) => Promise<ApiResponse>;

/** A streamed response grew past the size the caller accepts. */
export class ResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`response larger than ${maxBytes} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

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
 * `authorization`, when given, supplies the header afresh for each request (a rotating token file).
 */
export function fetchApiGet(server: string, init: RequestInit, authorization?: () => string): ApiGet {
  const base = server.replace(/\/+$/, '');
  const headers = (): RequestInit['headers'] => {
    if (!authorization) return init.headers;
    // client-node hands a WHATWG Headers; node-fetch takes any iterable of pairs.
    const fresh = new Headers(init.headers as unknown as HeadersInit);
    fresh.set('Authorization', authorization());
    return fresh as unknown as RequestInit['headers'];
  };
  const get: ApiGet = async (path, query, timeoutMs) => {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      // Loaded at the first request, so --help and --from-file never load an HTTP client.
      const { default: fetch } = await import('node-fetch');
      const response = await fetch(url.toString(), {
        ...init,
        headers: headers(),
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
  get.stream = async (path, query, timeoutMs, onChunk, maxBytes) => {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const controller = new AbortController();
    let timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const { default: fetch } = await import('node-fetch');
      const response = await fetch(url.toString(), {
        ...init,
        headers: headers(),
        method: 'GET',
        signal: controller.signal as unknown as RequestInit['signal'],
      });
      if (response.status >= 300) return { status: response.status, body: await response.text() };
      let size = 0;
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), timeoutMs);
        size += chunk.length;
        if (size > maxBytes) {
          controller.abort();
          throw new ResponseTooLargeError(maxBytes);
        }
        onChunk(chunk);
      }
      return { status: response.status, body: '' };
    } catch (error) {
      if (error instanceof ResponseTooLargeError) throw error;
      if (controller.signal.aborted) throw new RequestTimeoutError(timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
  return get;
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
