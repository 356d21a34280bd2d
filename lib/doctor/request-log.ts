import type { ApiGet, ApiResponse } from './api-reader.ts';

/**
 * Wraps an ApiGet (and its streaming form) so each request is logged as one line: method, path, the
 * query keys that matter, status or error class, and time taken. Headers, bodies and tokens are never
 * logged (they are not passed here); a continue token is shortened because it is opaque and long.
 */
export function loggedApi(
  api: ApiGet,
  log: (line: string) => void,
  now: () => number = () => performance.now(),
): ApiGet {
  const timed = async (path: string, query: Record<string, string>, send: () => Promise<ApiResponse>) => {
    const started = now();
    const shown = Object.entries(query)
      .map(([k, v]) => (k === 'continue' ? `${k}=…` : `${k}=${encodeURIComponent(v)}`))
      .join('&');
    const target = shown ? `${path}?${shown}` : path;
    const took = () => `${Math.round(now() - started)} ms`;
    try {
      const response = await send();
      log(`GET ${target} → ${response.status} (${took()})`);
      return response;
    } catch (error) {
      const e = error as { name?: string; code?: unknown };
      log(`GET ${target} → ${typeof e.code === 'string' ? e.code : (e.name ?? 'Error')} (${took()})`);
      throw error;
    }
  };
  const logged: ApiGet = (path, query, timeoutMs) => timed(path, query, () => api(path, query, timeoutMs));
  const stream = api.stream;
  if (stream)
    logged.stream = (path, query, timeoutMs, onChunk, maxBytes) =>
      timed(path, query, () => stream(path, query, timeoutMs, onChunk, maxBytes));
  return logged;
}
