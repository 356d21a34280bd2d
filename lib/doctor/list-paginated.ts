import { statusOf, type ApiGet } from './api-reader.ts';

export interface ListOptions {
  /** Page size asked of the server; it may return fewer. */
  limit: number;
  timeoutMs: number;
  /** Called with each page's raw items as they arrive, so a caller can reduce them at once. */
  onPage: (items: unknown[]) => void;
  /** Called before the list starts over (its continue token expired): drop what onPage gave so far. */
  onRestart: () => void;
  /** Go on from this continue token (a list another request began). */
  startToken?: string;
}

/**
 * Lists one collection completely: `limit` per page, following `metadata.continue`. Like
 * kubectl, when a continue token has expired (410 after an etcd compaction) it starts over
 * with one unpaginated list. Returns the number of requests made.
 */
export async function listPaginated(get: ApiGet, path: string, options: ListOptions): Promise<number> {
  let token: string | undefined = options.startToken;
  let pages = 0;
  let paginate = true;
  for (;;) {
    const query: Record<string, string> = paginate ? { limit: String(options.limit) } : {};
    if (token) query.continue = token;
    const response = await get(path, query, options.timeoutMs);
    pages += 1;
    if (response.status === 410 && token && paginate) {
      options.onRestart();
      paginate = false;
      token = undefined;
      continue;
    }
    if (response.status >= 400) throw statusOf(response);
    const list = JSON.parse(response.body) as { items?: unknown; metadata?: { continue?: unknown } } | null;
    // A body that is not a list (a proxy's page, odd JSON) gives no items rather than a crash in a check.
    options.onPage(Array.isArray(list?.items) ? list.items : []);
    const next = list?.metadata?.continue;
    token = typeof next === 'string' && next ? next : undefined;
    if (!token) return pages;
  }
}
