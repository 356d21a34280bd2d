import { classifyKubeError, type ClassifiedKubeError } from '../kube/kube-errors.ts';
import { ApiStatusError, RequestTimeoutError, statusOf, type ApiGet } from './api-reader.ts';
import { KIND_ENDPOINTS, listPath } from './kind-endpoints.ts';
import { listKind } from './list-kind.ts';
import { normaliseObject } from './object-shape.ts';
import { slimListItem } from './slim-object.ts';
import { eventAsRead, sameTexts } from './event-fields.ts';
import { toKeyedObject } from './snapshot-from-objects.ts';
import {
  ALL_KINDS,
  emptySnapshot,
  NAMESPACED_KINDS,
  type KindName,
  type KindVisibility,
  type Snapshot,
} from './snapshot.ts';

export interface GatherOptions {
  api: ApiGet;
  /** The namespace to read, or null for all namespaces (-A). */
  namespace: string | null;
  timeoutMs: number;
  context?: string;
  server?: string;
  /** Page size (`limit`); 500 like kubectl. */
  pageSize?: number;
  /** How many kinds are listed at once. */
  concurrency?: number;
  /** Called after each kind is read, for progress display. */
  onProgress?: (done: number, total: number, kind: KindName) => void;
  now?: () => Date;
}

/** Nothing could be read (unauthorized, unreachable, TLS, credential plugin): the run ends with exit 3. */
export class ClusterUnreadableError extends Error {
  constructor(readonly classified: ClassifiedKubeError) {
    super(classified.kind);
    this.name = 'ClusterUnreadableError';
  }
}

const DEFAULT_PAGE_SIZE = 500;
const DEFAULT_CONCURRENCY = 6;

/**
 * Reads every kind the doctor knows once (paginated, a few kinds at a time, each request
 * time-limited) into a snapshot. A kind the user may not read is marked invisible and the
 * run goes on; only a failure that makes the whole cluster unreadable throws.
 */
export async function gather(options: GatherOptions): Promise<Snapshot> {
  const { api, namespace, timeoutMs } = options;
  const server = options.server ?? '';
  const snapshot = emptySnapshot(namespace, (options.now?.() ?? new Date()).toISOString());
  if (options.context) snapshot.context = options.context;
  if (options.server) snapshot.server = options.server;

  // /version first and alone: if it cannot be reached or the credentials are refused,
  // nothing else can be read and the user hears why at once, not after every kind times out.
  const version = await readVersion(api, timeoutMs, server);
  if (version) snapshot.serverVersion = version;

  const total = ALL_KINDS.length;
  let done = 0;
  let fatal: ClassifiedKubeError | undefined;
  const failures = new Map<KindName, ClassifiedKubeError>();
  const readKind = async (kind: KindName): Promise<void> => {
    try {
      snapshot.visibility[kind] = await readOneKind(snapshot, kind, options);
    } catch (error) {
      const classified = classify(error, server);
      if (classified.kind === 'unauthorized' || classified.kind === 'execPlugin' || classified.kind === 'tls')
        fatal ??= classified;
      failures.set(kind, classified);
      snapshot.visibility[kind] = visibilityFor(error, classified);
      (snapshot[kind] as unknown[]).length = 0;
    }
    done += 1;
    options.onProgress?.(done, total, kind);
  };
  await runPool(ALL_KINDS, options.concurrency ?? DEFAULT_CONCURRENCY, readKind);
  if (fatal) throw new ClusterUnreadableError(fatal);
  // Not one kind of the namespace could be read (typically access granted for another namespace):
  // a report saying "no problems" would be a lie, so the run fails with the reason for pods.
  if (NAMESPACED_KINDS.every((kind) => !snapshot.visibility[kind].visible)) {
    throw new ClusterUnreadableError(failures.get('pods') ?? [...failures.values()][0]!);
  }
  return snapshot;
}

async function readOneKind(snapshot: Snapshot, kind: KindName, options: GatherOptions): Promise<KindVisibility> {
  const endpoint = KIND_ENDPOINTS[kind];
  const target = snapshot[kind] as unknown[];
  if (kind === 'namespaces' && options.namespace !== null) {
    // A namespace-scoped user cannot list namespaces, but may get their own.
    const response = await options.api(
      `/api/v1/namespaces/${encodeURIComponent(options.namespace)}`,
      {},
      options.timeoutMs,
    );
    if (response.status === 404) return { visible: true }; // it does not exist: a check says so
    if (response.status >= 400) throw statusOf(response);
    const object = normaliseObject(slimListItem(JSON.parse(response.body), endpoint.apiVersion, endpoint.kind));
    if (object) target.push(object);
    return { visible: true };
  }
  const keyed = kind === 'configMaps' || kind === 'secrets';
  const same = sameTexts();
  const { source } = await listKind(options.api, listPath(endpoint, options.namespace), {
    limit: options.pageSize ?? DEFAULT_PAGE_SIZE,
    timeoutMs: options.timeoutMs,
    onItem: (item) => {
      // The same shape check as a file gets: a server or proxy can send odd shapes too.
      const object = normaliseObject(
        kind === 'events'
          ? eventAsRead(item, endpoint.apiVersion, endpoint.kind, same)
          : slimListItem(item, endpoint.apiVersion, endpoint.kind),
      );
      if (!object) return;
      // Secret and ConfigMap values are dropped here, item by item, before anything keeps them.
      target.push(keyed ? toKeyedObject(object, endpoint.kind as 'ConfigMap' | 'Secret') : object);
    },
    onRestart: () => {
      target.length = 0;
    },
  });
  return { visible: true, source };
}

async function readVersion(api: ApiGet, timeoutMs: number, server: string): Promise<string | undefined> {
  let response;
  try {
    response = await api('/version', {}, timeoutMs);
  } catch (error) {
    throw new ClusterUnreadableError(classify(error, server));
  }
  if (response.status === 401) throw new ClusterUnreadableError(classify(statusOf(response), server));
  if (response.status >= 400) return undefined; // some clusters hide /version; the kinds still tell
  try {
    const parsed = JSON.parse(response.body) as { major?: string; minor?: string };
    const major = (parsed.major ?? '').replace(/\D/g, '');
    const minor = (parsed.minor ?? '').replace(/\D/g, '');
    return major && minor ? `${major}.${minor}` : undefined;
  } catch {
    return undefined;
  }
}

/** Classifies a read failure; never keeps raw client text beyond the sanitised detail. */
function classify(error: unknown, server: string): ClassifiedKubeError {
  if (error instanceof ApiStatusError)
    return classifyKubeError({ code: error.status, body: { message: error.statusMessage } }, server);
  return classifyKubeError(error, server);
}

function visibilityFor(error: unknown, classified: ClassifiedKubeError): KindVisibility {
  if (error instanceof RequestTimeoutError || classified.kind === 'timeout')
    return { visible: false, reason: 'timeout', detail: classified.detail };
  if (error instanceof ApiStatusError) {
    if (error.status === 403) return { visible: false, reason: 'forbidden', detail: error.statusMessage };
    if (error.status === 404) return { visible: false, reason: 'notFound', detail: error.statusMessage };
    return { visible: false, reason: 'error', detail: error.statusMessage };
  }
  return { visible: false, reason: 'error', detail: classified.detail };
}

async function runPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
