import { statusOf, type ApiGet } from './api-reader.ts';

export interface ListOptions {
  /** Page size asked of the server; it may return fewer. */
  limit: number;
  timeoutMs: number;
  /** Called with each page's raw items as they arrive, so a caller can reduce them at once. */
  onPage: (items: unknown[]) => void;
}

/** Lists one collection completely: `limit` per page, following `metadata.continue`. Returns the page count. */
export async function listPaginated(get: ApiGet, path: string, options: ListOptions): Promise<number> {
  let token: string | undefined;
  let pages = 0;
  do {
    const query: Record<string, string> = { limit: String(options.limit) };
    if (token) query.continue = token;
    const response = await get(path, query, options.timeoutMs);
    if (response.status >= 400) throw statusOf(response);
    const list = JSON.parse(response.body) as { items?: unknown[] | null; metadata?: { continue?: string } };
    options.onPage(list.items ?? []);
    pages += 1;
    token = list.metadata?.continue || undefined;
  } while (token);
  return pages;
}
