import type { ApiGet } from './api-reader.ts';

/**
 * Wraps an ApiGet so each request is logged as one line: method, path, the query keys that
 * matter, status or error class, and time taken. Headers, bodies and tokens are never logged
 * (they are not passed here); a continue token is shortened because it is opaque and long.
 */
export function loggedApi(
  api: ApiGet,
  log: (line: string) => void,
  now: () => number = () => performance.now(),
): ApiGet {
  return async (path, query, timeoutMs) => {
    const started = now();
    const shown = Object.entries(query)
      .map(([k, v]) => (k === 'continue' ? `${k}=…` : `${k}=${encodeURIComponent(v)}`))
      .join('&');
    const target = shown ? `${path}?${shown}` : path;
    const took = () => `${Math.round(now() - started)} ms`;
    try {
      const response = await api(path, query, timeoutMs);
      log(`GET ${target} → ${response.status} (${took()})`);
      return response;
    } catch (error) {
      const e = error as { name?: string; code?: unknown };
      log(`GET ${target} → ${typeof e.code === 'string' ? e.code : (e.name ?? 'Error')} (${took()})`);
      throw error;
    }
  };
}
