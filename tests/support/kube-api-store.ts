import { findResource, resourceForObject, type ApiResource } from './kube-api-resources.ts';

/** An object as the double stores it. */
export type StoredObject = {
  kind?: string;
  apiVersion?: string;
  metadata?: Record<string, unknown> & { name?: string; namespace?: string; labels?: Record<string, string> };
};

/** One consistent generation of objects, as etcd would hold them at one resourceVersion. */
export interface Generation {
  resourceVersion: string;
  byResource: Map<string, Obj[]>;
  /** Each object as etcd holds it: encoded bytes, which a read from etcd must decode again. */
  stored: WeakMap<Obj, string>;
  /** Selections already made in this generation: a page of a list costs its own items, not the whole resource. */
  selections: Map<string, Obj[]>;
}

type Obj = StoredObject;

/** How the store files a resource: "group/name" ("/pods" for the core group). */
export const resourceKey = (res: Pick<ApiResource, 'group' | 'name'>) => `${res.group}/${res.name}`;
const key = resourceKey;

/**
 * Files loose objects by resource. A `kind: List` (kubectl get -o json) is unpacked.
 * Objects keep everything they were given; a missing resourceVersion is filled in.
 */
export function buildGeneration(objects: readonly unknown[], resourceVersion: number): Generation {
  const byResource = new Map<string, Obj[]>();
  const add = (raw: unknown) => {
    const obj = raw as Obj;
    if (obj?.kind === 'List' || (obj?.kind?.endsWith('List') && Array.isArray((obj as { items?: unknown }).items))) {
      for (const item of (obj as { items: unknown[] }).items) add(item);
      return;
    }
    const res = resourceForObject(obj?.apiVersion ?? '', obj?.kind ?? '');
    if (!res) throw new Error(`kube-api-double: no served resource for ${obj?.apiVersion} ${obj?.kind}`);
    if (!obj.metadata?.name) throw new Error(`kube-api-double: ${obj.kind} without metadata.name`);
    if (res.namespaced && !obj.metadata.namespace)
      throw new Error(`kube-api-double: ${obj.kind} ${obj.metadata.name} needs metadata.namespace`);
    const stored: Obj = structuredClone(obj);
    stored.metadata!.resourceVersion ??= String(resourceVersion);
    const list = byResource.get(key(res)) ?? [];
    list.push(stored);
    byResource.set(key(res), list);
  };
  for (const o of objects) add(o);
  const stored = new WeakMap<Obj, string>();
  for (const list of byResource.values()) {
    list.sort((a, b) => byteOrder(sortKey(a), sortKey(b)));
    for (const obj of list) stored.set(obj, JSON.stringify(obj));
  }
  return { resourceVersion: String(resourceVersion), byResource, stored, selections: new Map() };
}

/**
 * Objects as a read from etcd gives them: decoded from their stored bytes, as kube-apiserver decodes
 * what etcd returns for each page. (The watch cache holds decoded objects and skips this.)
 */
export function readFromEtcd(gen: Generation, objects: readonly Obj[]): Obj[] {
  return objects.map((obj) => {
    const bytes = gen.stored.get(obj);
    return bytes === undefined ? obj : (JSON.parse(bytes) as Obj);
  });
}

// etcd returns keys in /<namespace>/<name> order, byte by byte (names are ASCII, so UTF-16 order is the same).
function sortKey(o: Obj): string {
  return `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Objects of one resource, optionally in one namespace and filtered by selectors. */
export function select(
  gen: Generation,
  res: ApiResource,
  namespace: string | undefined,
  query: URLSearchParams,
): Obj[] {
  const id = [key(res), namespace ?? '', query.get('labelSelector') ?? '', query.get('fieldSelector') ?? ''].join('\0');
  const known = gen.selections.get(id);
  if (known) return known;
  const items = selectNow(gen, res, namespace, query);
  gen.selections.set(id, items);
  return items;
}

function selectNow(gen: Generation, res: ApiResource, namespace: string | undefined, query: URLSearchParams): Obj[] {
  let items = gen.byResource.get(key(res)) ?? [];
  if (namespace !== undefined) items = items.filter((o) => o.metadata?.namespace === namespace);
  const labelSelector = query.get('labelSelector');
  if (labelSelector) items = items.filter((o) => matchesLabels(o.metadata?.labels ?? {}, labelSelector));
  const fieldSelector = query.get('fieldSelector');
  if (fieldSelector) items = items.filter((o) => matchesFields(o, fieldSelector));
  return items;
}

/** One object by namespace and name. */
export function getOne(
  gen: Generation,
  res: ApiResource,
  namespace: string | undefined,
  name: string,
): Obj | undefined {
  return (gen.byResource.get(key(res)) ?? []).find(
    (o) => o.metadata?.name === name && (namespace === undefined || o.metadata?.namespace === namespace),
  );
}

// Equality-based selectors only (a=b, a==b, a!=b, a, !a); set-based ones are not needed by our clients.
function matchesLabels(labels: Record<string, string>, selector: string): boolean {
  return selector.split(',').every((term) => {
    const t = term.trim();
    if (!t) return true;
    const ne = /^([^!=]+)!=(.*)$/.exec(t);
    if (ne) return labels[ne[1]!.trim()] !== ne[2]!.trim();
    const eq = /^([^!=]+)==?(.*)$/.exec(t);
    if (eq) return labels[eq[1]!.trim()] === eq[2]!.trim();
    if (t.startsWith('!')) return !(t.slice(1) in labels);
    return t in labels;
  });
}

function matchesFields(obj: unknown, selector: string): boolean {
  return selector.split(',').every((term) => {
    const m = /^([^!=]+)(!=|==?)(.*)$/.exec(term.trim());
    if (!m) return true;
    const value = m[1]!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
    const text =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    const same = text === m[3];
    return m[2] === '!=' ? !same : same;
  });
}

export { findResource };
