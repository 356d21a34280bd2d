import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseObject, usableTime } from '../../lib/doctor/object-shape.ts';

// Field names the shape check knows, mixed with names it does not, so that generated objects hit both paths.
const key = fc.constantFrom(
  'metadata',
  'name',
  'labels',
  'spec',
  'status',
  'containers',
  'conditions',
  'type',
  'message',
  'count',
  'lastTimestamp',
  'selector',
  'matchLabels',
  'requests',
  'ports',
  'targetPort',
  'x',
  'other',
);
const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant('2024-01-01T00:00:00Z'));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('array')),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  array: fc.array(tie('value'), { maxLength: 3 }),
}));
// As JSON.parse gives them: the shape check only ever sees parsed JSON.
const apiObject = fc
  .record({
    metadata: fc.record({ name: fc.oneof(fc.string({ minLength: 1 }), fc.integer()) }),
    spec: value,
    status: value,
  })
  .map((o) => JSON.parse(JSON.stringify(o)) as unknown);

describe('object shape check', () => {
  it('never changes its input, and a second pass changes nothing more', () => {
    fc.assert(
      fc.property(apiObject, (raw) => {
        const before = structuredClone(raw);
        const once = normaliseObject(raw);
        expect(raw).toStrictEqual(before);
        if (once) expect(normaliseObject(structuredClone(once))).toStrictEqual(once);
      }),
      { seed: 20261203, numRuns: 2000 },
    );
  });

  it('drops only the misfits: wrong types, nulls, list items without their key field', () => {
    const raw = JSON.parse(
      JSON.stringify({
        metadata: { name: 'web', labels: { app: 'shop', tier: 3 }, creationTimestamp: null, extra: { kept: true } },
        spec: { containers: [{ name: 'app', image: 5 }, { image: 'nameless' }], nodeName: 'n1' },
        status: { conditions: 'broken', phase: 'Running' },
      }),
    ) as unknown;
    expect(normaliseObject(raw)).toStrictEqual({
      metadata: { name: 'web', labels: { app: 'shop', tier: '3' }, extra: { kept: true } },
      spec: { containers: [{ name: 'app' }], nodeName: 'n1' },
      status: { phase: 'Running' },
    });
  });

  it('keeps a "__proto__" key from the wire as a plain field, never as the prototype', () => {
    const raw = JSON.parse('{"metadata":{"name":"web","labels":5,"__proto__":{"name":"spoofed"}}}') as unknown;
    const object = normaliseObject(raw)!;
    const metadata = object.metadata as Record<string, unknown>;
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype);
    expect(Object.hasOwn(metadata, '__proto__')).toBe(true);
    expect(metadata.name).toBe('web');
  });
});

describe('usableTime', () => {
  it('keeps a time that parses and drops one that does not, however often each is seen and past its memory', () => {
    const good = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString().replace('.000Z', 'Z');
    for (let round = 0; round < 2; round++) {
      expect(usableTime('2026-12-03T07:45:03Z')).toBe('2026-12-03T07:45:03Z');
      expect(usableTime('2026-13-03T07:45:03Z')).toBeUndefined();
      expect(usableTime('yesterday')).toBeUndefined();
      expect(usableTime(1764747903)).toBeUndefined();
    }
    // More distinct times than it remembers: each is still judged on its own.
    for (let i = 0; i < 12_000; i++) expect(usableTime(good(i))).toBe(good(i));
    expect(usableTime('')).toBeUndefined();
  });
});
