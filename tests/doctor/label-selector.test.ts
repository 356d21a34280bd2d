import { describe, expect, it } from 'vitest';
import { matchesSelector, parseSelector, SelectorSyntaxError } from '../../lib/doctor/label-selector.ts';

const web = { app: 'web', tier: 'frontend', 'app.kubernetes.io/part-of': 'shop' };
const matches = (selector: string, labels: Record<string, string> | undefined) =>
  matchesSelector(parseSelector(selector), labels);

describe('label selectors (kubectl -l grammar)', () => {
  it('matches equality, inequality and existence', () => {
    expect(matches('app=web', web)).toBe(true);
    expect(matches('app==web', web)).toBe(true);
    expect(matches('app=api', web)).toBe(false);
    expect(matches('app!=api', web)).toBe(true);
    expect(matches('app!=web', web)).toBe(false);
    expect(matches('canary!=true', web)).toBe(true); // kubectl: != also matches objects without the key
    expect(matches('tier', web)).toBe(true);
    expect(matches('!tier', web)).toBe(false);
    expect(matches('!canary', web)).toBe(true);
    expect(matches('app.kubernetes.io/part-of=shop', web)).toBe(true);
  });

  it('matches set-based requirements and joins requirements with AND', () => {
    expect(matches('tier in (frontend, backend)', web)).toBe(true);
    expect(matches('tier in (backend)', web)).toBe(false);
    expect(matches('tier notin (backend,cache)', web)).toBe(true);
    expect(matches('env notin (prod)', web)).toBe(true);
    expect(matches('env in (prod)', web)).toBe(false);
    expect(matches('app=web,tier in (frontend,backend),!canary', web)).toBe(true);
    expect(matches('app=web,tier=backend', web)).toBe(false);
  });

  it('treats an object without labels as having none', () => {
    expect(matches('!app', undefined)).toBe(true);
    expect(matches('app=web', undefined)).toBe(false);
  });

  it('rejects what kubectl rejects', () => {
    for (const bad of ['', 'app=we b', '=web', 'app in (a', 'app in a,b', 'a/b/c=d', 'app=-web', ',']) {
      expect(() => parseSelector(bad), bad).toThrow(SelectorSyntaxError);
    }
  });
});
