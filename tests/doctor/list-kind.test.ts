import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError, type ApiGet, type ApiResponse } from '../../lib/doctor/api-reader.ts';
import { ListItemSplitter } from '../../lib/doctor/list-item-splitter.ts';
import { listKind } from '../../lib/doctor/list-kind.ts';
import { slimListItem } from '../../lib/doctor/slim-object.ts';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

const list = (items: unknown[], metadata: Record<string, unknown> = { resourceVersion: '42' }) =>
  JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata, items });

function split(body: string, cuts: number[]): { items: unknown[]; metadata: unknown } {
  const bytes = Buffer.from(body, 'utf8');
  const items: unknown[] = [];
  const splitter = new ListItemSplitter((item) => items.push(item));
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
    splitter.write(bytes.subarray(at, cut));
    at = cut;
  }
  splitter.write(bytes.subarray(at));
  return { items, metadata: splitter.end() };
}

describe('list item splitter', () => {
  it('gives every item of a list as JSON.parse would, however the bytes are cut', () => {
    const item = fc.record({
      metadata: fc.record({ name: fc.string(), labels: fc.dictionary(fc.string(), fc.string()) }),
      spec: fc.anything({ maxDepth: 3 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (items, cuts) => {
        const body = list(items, { resourceVersion: '7', continue: 'tok{"]' });
        const got = split(body, cuts);
        expect(got.items).toEqual((JSON.parse(body) as { items: unknown[] }).items);
        expect(got.metadata).toEqual({ resourceVersion: '7', continue: 'tok{"]' });
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('keeps a multi-byte character cut between two chunks, and brackets and escaped quotes inside strings', () => {
    const items = [{ metadata: { name: '한국어-파드', annotations: { note: 'a "}]" b \\ {[' } } }];
    const body = list(items);
    for (let cut = 0; cut <= Buffer.byteLength(body); cut++) expect(split(body, [cut]).items).toEqual(items);
  });

  it('tells an escaped quote from a closing one after runs of backslashes, wherever a chunk ends', () => {
    const texts = ['\\', '\\\\', '\\"', '\\\\\\"}', 'a\\', '"\\"\\\\'];
    const items = texts.map((note, i) => ({ metadata: { name: `p${i}`, annotations: { note } } }));
    const body = list(items);
    for (let a = 0; a <= Buffer.byteLength(body); a++)
      for (const b of [a + 1, a + 2, a + 3]) expect(split(body, [a, b]).items).toEqual(items);
  });

  it("leaves out each item's metadata.managedFields before parsing, and nothing else, however the bytes are cut", () => {
    const managed = fc.oneof(
      fc.array(
        fc.record({
          manager: fc.string(),
          fieldsV1: fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.constant({}))),
        }),
        { maxLength: 3 },
      ),
      fc.constant(null),
      fc.string(),
    );
    // metadata as an ordered list of keys, so managedFields comes first, in the middle, last, or alone.
    const metadata = fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.constantFrom('name', 'namespace', 'labels', 'uid', 'managed'),
            fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.string())),
          ),
          { maxLength: 4 },
        ),
        fc.nat(4),
        managed,
      )
      .map(([pairs, at, fields]) => {
        const entries: [string, unknown][] = pairs.filter(([k]) => k !== 'managed');
        entries.splice(Math.min(at, entries.length), 0, ['managedFields', fields]);
        return Object.fromEntries(entries);
      });
    const item = fc.record({
      metadata,
      // The same key anywhere else is data and stays: in spec, in labels, at the item's top.
      spec: fc.record({ managedFields: fc.string(), x: fc.anything({ maxDepth: 2 }) }),
      managedFields: fc.constant(['top-level, kept']),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 10 }), (items, cuts) => {
        const body = list(items);
        const parsed = (JSON.parse(body) as { items: { metadata: Record<string, unknown> }[] }).items;
        const without = (i: { metadata: Record<string, unknown> }) => {
          const { managedFields: _dropped, ...metadataKept } = i.metadata;
          return { ...i, metadata: metadataKept };
        };
        // In one chunk every one goes; where a chunk boundary splits its key, one may stay, unchanged.
        expect(split(body, []).items).toEqual(parsed.map(without));
        const got = split(body, cuts).items as { metadata: Record<string, unknown> }[];
        expect(got.map(without)).toEqual(parsed.map(without));
        got.forEach((item, k) => {
          if ('managedFields' in item.metadata)
            expect(item.metadata.managedFields).toEqual(parsed[k]!.metadata.managedFields);
        });
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it('blanks managedFields cut at every byte, and keeps it (for the slim step) only where its key is split', () => {
    const items = [
      { metadata: { managedFields: [{ manager: 'kubelet', fieldsV1: { 'f:status': {} } }], name: 'a' } },
      { metadata: { name: 'b', managedFields: [{ manager: 'kube-controller-manager' }], uid: 'u' } },
      { metadata: { name: 'c', managedFields: [] } },
      { metadata: { managedFields: [] } },
    ];
    const body = list(items);
    for (let cut = 0; cut <= Buffer.byteLength(body); cut++) {
      const got = split(body, [cut]).items as { metadata: Record<string, unknown> }[];
      expect(got.map((i) => i.metadata.name)).toEqual(['a', 'b', 'c', undefined]);
      expect(got[1]!.metadata.uid).toBe('u');
      // Only a chunk boundary inside a key (or between a comma and its key) may leave one in.
      expect(got.filter((i) => 'managedFields' in i.metadata).length).toBeLessThanOrEqual(1);
    }
    expect((split(body, []).items as { metadata: object }[]).every((i) => !('managedFields' in i.metadata))).toBe(true);
    // Not what a server sends, but still JSON: a repeated key after a blanked first one leaves no stray comma.
    const repeated = '{"items":[{"metadata":{"managedFields":[1],"managedFields":[2],"name":"d"}}]}';
    expect(split(repeated, []).items).toEqual([{ metadata: { name: 'd' } }]);
  });

  it('skips items that are not objects and refuses a body cut short', () => {
    expect(split(list([null, { a: 1 }, 3]), []).items).toEqual([{ a: 1 }]);
    const body = list([{ a: 1 }, { b: 2 }]);
    expect(() => split(body.slice(0, body.length - 3), [])).toThrow(SyntaxError);
  });
});

interface Call {
  query: Record<string, string>;
}
const pods = (n: number) => Array.from({ length: n }, (_, i) => ({ metadata: { name: `p${i}` } }));
const status = (code: number): ApiResponse => ({ status: code, body: JSON.stringify({ kind: 'Status', code }) });

// A server with a watch cache: resourceVersion=0 answers whole unless `whole` says otherwise; pages of `limit` from etcd.
function server(
  n: number,
  whole: (query: Record<string, string>) => ApiResponse | Error | undefined = () => undefined,
) {
  const calls: Call[] = [];
  const api: ApiGet = (_path, query) => {
    calls.push({ query });
    if (query.resourceVersion === '0') {
      const answer = whole(query);
      if (answer instanceof Error) return Promise.reject(answer);
      return Promise.resolve(answer ?? { status: 200, body: list(pods(n)) });
    }
    const start = Number(query.continue ?? 0);
    const limit = Number(query.limit ?? n);
    const next = start + limit < n ? String(start + limit) : undefined;
    return Promise.resolve({
      status: 200,
      body: list(pods(n).slice(start, start + limit), next ? { continue: next } : {}),
    });
  };
  return { api, calls };
}
const read = async (api: ApiGet) => {
  const items: unknown[] = [];
  let restarts = 0;
  const result = await listKind(api, '/api/v1/namespaces/shop/pods', {
    limit: 2,
    timeoutMs: 1000,
    onItem: (i) => items.push(i),
    onRestart: () => {
      restarts += 1;
      items.length = 0;
    },
  });
  return { ...result, items, restarts };
};

describe('listKind', () => {
  it('reads a list whole from the watch cache in one request', async () => {
    const { api, calls } = server(5);
    const got = await read(api);
    expect(got).toMatchObject({ requests: 1, source: 'cache' });
    expect(got.items).toEqual(pods(5));
    expect(calls.map((c) => c.query)).toEqual([{ resourceVersion: '0' }]);
  });

  it('falls back to pages from the start when the whole list is refused or too large', async () => {
    for (const refusal of [status(410), status(413), status(429), status(504), new ResponseTooLargeError(10)]) {
      const { api, calls } = server(5, () => refusal);
      const got = await read(api);
      expect(got.source).toBe('pages');
      expect(got.items).toEqual(pods(5));
      expect(calls.map((c) => c.query)).toEqual([
        { resourceVersion: '0' },
        { limit: '2' },
        { limit: '2', continue: '2' },
        { limit: '2', continue: '4' },
      ]);
    }
  });

  it('throws what paging would also meet (forbidden, not served), without asking twice', async () => {
    for (const code of [401, 403, 404]) {
      const { api, calls } = server(5, () => status(code));
      await expect(read(api)).rejects.toMatchObject({ status: code });
      expect(calls).toHaveLength(1);
    }
  });

  it('keeps a list item with its kind and without what no check reads: managedFields, the last-applied annotation', () => {
    const pod = {
      metadata: {
        name: 'web',
        managedFields: [{ manager: 'kubectl' }],
        annotations: { [LAST_APPLIED]: '{"big":true}', team: 'shop' },
      },
    };
    const before = structuredClone(pod);
    const kept = slimListItem(pod, 'v1', 'Pod');
    expect(kept).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', annotations: { team: 'shop' } } });
    expect(Object.keys(kept!).slice(0, 2)).toEqual(['apiVersion', 'kind']);
    expect(pod).toEqual(before);
    const lastOnly = {
      kind: 'Spoofed',
      metadata: { name: 'web', annotations: { [LAST_APPLIED]: '{}' } },
      spec: { x: 1 },
    };
    expect(slimListItem(lastOnly, 'v1', 'Pod')).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { x: 1 },
    });
    expect(slimListItem(null, 'v1', 'Pod')).toBeUndefined();
  });
});
