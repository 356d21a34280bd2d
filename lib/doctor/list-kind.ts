import { ResponseTooLargeError, statusOf, type ApiGet } from './api-reader.ts';
import { ListItemSplitter } from './list-item-splitter.ts';
import { listPaginated } from './list-paginated.ts';

export interface KindListOptions {
  /** Page size for the fallback paged list; 500 like kubectl. */
  limit: number;
  timeoutMs: number;
  /** Called with each raw item as it arrives, so a caller can reduce it at once. */
  onItem: (item: unknown) => void;
  /** Called before a list starts over: drop what onItem gave so far. */
  onRestart: () => void;
  /** The largest whole-list response accepted before falling back to pages. */
  maxCacheBytes?: number;
}

/** How a kind was read: whole from the API server's watch cache, or page by page. */
export type ListSource = 'cache' | 'pages';

const DEFAULT_MAX_CACHE_BYTES = 512 * 1024 * 1024;
// Answers after which paging may still work: the cache refused or could not serve the whole list.
const FALL_BACK = new Set([410, 413, 429, 500, 502, 503, 504]);

/**
 * Lists one collection completely. First as client-go's informers do, `resourceVersion=0` with no
 * `limit`: the API server answers from its watch cache in one response instead of reading etcd
 * page by page (with a `limit`, v1.28 serves only the first page from the cache). The body is split
 * into items as it arrives. Where the cache is off or the answer is refused, too large or cut
 * short, it falls back to kubectl's way: pages of `limit` from etcd.
 */
export async function listKind(
  api: ApiGet,
  path: string,
  options: KindListOptions,
): Promise<{ requests: number; source: ListSource }> {
  const whole = await readWhole(api, path, options);
  if (whole.done) return { requests: 1, source: 'cache' };
  // A server or proxy that pages anyway gave a first page and a token: go on from there.
  if (!whole.continueToken) options.onRestart();
  const pages = await listPaginated(api, path, {
    limit: options.limit,
    timeoutMs: options.timeoutMs,
    onPage: (items) => items.forEach(options.onItem),
    onRestart: options.onRestart,
    ...(whole.continueToken ? { startToken: whole.continueToken } : {}),
  });
  return { requests: pages + 1, source: 'pages' };
}

async function readWhole(
  api: ApiGet,
  path: string,
  options: KindListOptions,
): Promise<{ done: boolean; continueToken?: string }> {
  const splitter = new ListItemSplitter(options.onItem);
  const query = { resourceVersion: '0' };
  let status: number;
  try {
    if (api.stream) {
      const response = await api.stream(
        path,
        query,
        options.timeoutMs,
        (chunk) => splitter.write(chunk),
        options.maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES,
      );
      if (response.status >= 300 && !FALL_BACK.has(response.status)) throw statusOf(response);
      status = response.status;
    } else {
      const response = await api(path, query, options.timeoutMs);
      if (response.status >= 300 && !FALL_BACK.has(response.status)) throw statusOf(response);
      status = response.status;
      if (status < 300) splitter.write(Buffer.from(response.body, 'utf8'));
    }
    if (status >= 300) return { done: false };
    const metadata = splitter.end();
    return metadata.continue ? { done: false, continueToken: metadata.continue } : { done: true };
  } catch (error) {
    // A body cut short or too large may still come page by page. A server that sent nothing for the
    // whole timeout would not answer pages either: that is the kind's timeout, not a reason to wait twice.
    if (error instanceof ResponseTooLargeError || error instanceof SyntaxError) return { done: false };
    throw error;
  }
}
