// The API double's objects kept in a real etcd, for the reads kube-apiserver serves from etcd rather than from
// its watch cache (which ones: list() in kube-api-double.ts): each page is a range request,
// as the apiserver's etcd3 store makes it (from the page's first key to the end of the prefix, `limit` keys;
// etcd still counts every key to the end of the prefix), and every value is decoded again.
import type { Etcd3 } from 'etcd3';
import type { ApiResource } from './kube-api-resources.ts';
import { resourceKey, type Generation, type StoredObject } from './kube-api-store.ts';

/** Where paged reads come from when the double is given one. */
export interface EtcdPages {
  /** The objects of `page` (contiguous in the double's order, which is etcd's key order), read from etcd. */
  read(
    res: ApiResource,
    namespace: string | undefined,
    page: readonly StoredObject[],
    filtered: boolean,
  ): Promise<StoredObject[]>;
  /** Range requests made so far. */
  readonly ranges: number;
}

// etcd accepts at most 128 operations in one transaction (--max-txn-ops).
const PUTS_PER_TXN = 128;
const TXNS_IN_FLIGHT = 4;

/** Writes every object of the generation to etcd under /registry/… and returns the reader of its pages. */
export async function loadIntoEtcd(client: Etcd3, gen: Generation): Promise<EtcdPages> {
  const puts: { key: Buffer; value: Buffer }[] = [];
  for (const [resource, objects] of gen.byResource)
    for (const obj of objects)
      puts.push({
        key: Buffer.from(keyFor(resource, obj)),
        value: Buffer.from(gen.stored.get(obj) ?? JSON.stringify(obj)),
      });
  const batches: (typeof puts)[] = [];
  for (let i = 0; i < puts.length; i += PUTS_PER_TXN) batches.push(puts.slice(i, i + PUTS_PER_TXN));
  const workers = Array.from({ length: TXNS_IN_FLIGHT }, async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift())
      await client.kv.txn({ success: batch.map((put) => ({ request_put: put })) });
  });
  await Promise.all(workers);

  let ranges = 0;
  return {
    get ranges() {
      return ranges;
    },
    async read(res, namespace, page, filtered) {
      if (page.length === 0) return [];
      const resource = resourceKey(res);
      const keys = page.map((obj) => keyFor(resource, obj));
      const prefix = `${registryPath(resource)}/${namespace === undefined ? '' : `${namespace}/`}`;
      ranges += 1;
      // A filtered selection skips keys: read the span the page covers and keep its own keys.
      const answer = await client.kv.range(
        filtered
          ? { key: Buffer.from(keys[0]!), range_end: Buffer.from(`${keys.at(-1)!}\0`) }
          : { key: Buffer.from(keys[0]!), range_end: prefixEnd(prefix), limit: page.length },
      );
      const wanted = new Set(keys);
      const found = answer.kvs.filter((kv) => wanted.has(kv.key.toString('utf8')));
      if (found.length !== page.length || found.some((kv, i) => kv.key.toString('utf8') !== keys[i]))
        throw new Error(`kube-api-double: etcd's keys under ${prefix} are not in the double's order`);
      return found.map((kv) => JSON.parse(kv.value.toString('utf8')) as StoredObject);
    },
  };
}

// The store files a resource as "group/name" ("/pods" for the core group); etcd's key is
// /registry/<group/>name/<namespace>/<name>.
function registryPath(resource: string): string {
  return `/registry${resource.startsWith('/') ? '' : '/'}${resource}`;
}

function keyFor(resource: string, obj: StoredObject): string {
  const ns = obj.metadata?.namespace;
  return `${registryPath(resource)}/${ns ? `${ns}/` : ''}${obj.metadata?.name ?? ''}`;
}

// The smallest key above every key with this prefix (its last byte plus one), as clientv3.GetPrefixRangeEnd.
function prefixEnd(prefix: string): Buffer {
  const end = Buffer.from(prefix);
  end.writeUInt8(end[end.length - 1]! + 1, end.length - 1);
  return end;
}
