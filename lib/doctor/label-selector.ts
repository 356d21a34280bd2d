/** One requirement of a label selector, as kubectl accepts it. */
export type Requirement =
  { key: string; op: 'exists' | 'notExists' } | { key: string; op: 'in' | 'notIn'; values: string[] };

/** A selector that cannot be parsed (exit 2). */
export class SelectorSyntaxError extends Error {
  constructor(readonly selector: string) {
    super(`bad selector: ${selector}`);
    this.name = 'SelectorSyntaxError';
  }
}

const KEY = /^([a-z0-9A-Z]([a-z0-9A-Z.-]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;
const VALUE = /^(([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?)$/;

/**
 * Parses a label selector: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`,
 * joined by commas (all must hold), the grammar of `kubectl get -l`.
 */
export function parseSelector(selector: string): Requirement[] {
  const parts = splitTopLevel(selector.trim());
  if (parts.length === 0) throw new SelectorSyntaxError(selector);
  return parts.map((raw) => parseRequirement(raw.trim(), selector));
}

/** Whether labels satisfy every requirement. */
export function matchesSelector(
  requirements: readonly Requirement[],
  labels: Record<string, string> | undefined,
): boolean {
  const l = labels ?? {};
  return requirements.every((r) => {
    const has = Object.hasOwn(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case 'notExists':
        return !has;
      case 'in':
        return has && r.values.includes(l[r.key]!);
      case 'notIn':
        return !has || !r.values.includes(l[r.key]!);
    }
  });
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() || parts.length) parts.push(current);
  return parts;
}

function parseRequirement(raw: string, whole: string): Requirement {
  const fail = () => new SelectorSyntaxError(whole);
  let m = /^!\s*(\S+)$/.exec(raw);
  if (m) return { key: checkKey(m[1]!, fail), op: 'notExists' };
  m = /^(\S+?)\s*(==|!=|=)\s*(\S*)$/.exec(raw);
  if (m) {
    const value = m[3]!;
    if (!VALUE.test(value) || value.length > 63) throw fail();
    return { key: checkKey(m[1]!, fail), op: m[2] === '!=' ? 'notIn' : 'in', values: [value] };
  }
  m = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(raw);
  if (m) {
    const values = m[3]!.split(',').map((v) => v.trim());
    if (values.some((v) => !VALUE.test(v) || v.length > 63)) throw fail();
    return { key: checkKey(m[1]!, fail), op: m[2] === 'in' ? 'in' : 'notIn', values };
  }
  if (/^\S+$/.test(raw)) return { key: checkKey(raw, fail), op: 'exists' };
  throw fail();
}

function checkKey(key: string, fail: () => Error): string {
  const name = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
  if (!KEY.test(key) || name.length > 63) throw fail();
  return key;
}
