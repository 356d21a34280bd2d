import type { LimitRange } from '../wire.ts';
import { parseQuantity } from './resource-quantity.ts';

/**
 * One constraint the LimitRanger admission plugin refused, as its message states it
 * (plugin/pkg/admission/limitranger/admission.go, minConstraint / maxConstraint /
 * maxRequestConstraint / limitRequestRatioConstraint, unchanged from v1.19 to v1.33).
 */
export interface LimitViolation {
  bound: 'min' | 'max' | 'ratio';
  /** cpu, memory, ephemeral-storage, or an extended resource. */
  resource: string;
  /** The LimitRange item type: Container or Pod. */
  scope: string;
  /** The LimitRange's own value, as the API server printed it: "800m", "4". */
  enforced: string;
  /** Which value of the pod broke it; for a ratio, the one that is missing. */
  field: 'request' | 'limit';
  /** The pod's value ("1500m", or a ratio "10.000000"); undefined when the pod does not set it. */
  value?: string;
  /** The constraint as the API server wrote it. */
  text: string;
}

// "maximum cpu usage per Container is 800m, but limit is 1500m"
// "maximum memory usage per Pod is 1Gi.  No limit is specified" (two spaces upstream; one in some builds)
// "cpu max limit to request ratio per Container is 4, but provided ratio is 10.000000" (a "." at the end in some forks)
// "cpu max limit to request ratio per Container is 4, but no request is specified or request is 0"
const BOUND =
  /(minimum|maximum) (\S+) usage per (\w+) is (\S+?)(?:, but (request|limit) is ([^\s,\]]+)|\.\s+No (request|limit) is specified)/g;
const RATIO =
  /(\S+) max limit to request ratio per (\w+) is (\S+?), but (?:provided ratio is ([\d.]+\d)|no (request|limit) is specified or (?:request|limit) is 0)/g;

/** The LimitRange constraints named in an admission refusal, in message order; empty when it is no LimitRange refusal. */
export function parseLimitViolations(text: string): LimitViolation[] {
  const found: { at: number; violation: LimitViolation }[] = [];
  for (const m of text.matchAll(BOUND)) {
    const field = (m[5] ?? m[7]) as 'request' | 'limit';
    found.push({
      at: m.index,
      violation: {
        bound: m[1] === 'minimum' ? 'min' : 'max',
        resource: m[2]!,
        scope: m[3]!,
        enforced: m[4]!,
        field,
        ...(m[6] !== undefined ? { value: m[6] } : {}),
        text: m[0],
      },
    });
  }
  for (const m of text.matchAll(RATIO)) {
    found.push({
      at: m.index,
      violation: {
        bound: 'ratio',
        resource: m[1]!,
        scope: m[2]!,
        enforced: m[3]!,
        field: (m[5] as 'request' | 'limit' | undefined) ?? 'limit',
        ...(m[4] !== undefined ? { value: trimRatio(m[4]) } : {}),
        text: m[0],
      },
    });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.violation);
}

const LIMIT_FIELD = { min: 'min', max: 'max', ratio: 'maxLimitRequestRatio' } as const;

/**
 * The LimitRange that enforces a violated constraint: the one in the namespace whose item of that
 * type holds that value for that resource. Undefined when none does (or LimitRanges are not visible).
 */
export function limitRangeFor(
  violation: LimitViolation,
  ranges: readonly LimitRange[],
  namespace: string,
): LimitRange | undefined {
  const enforced = parseQuantity(violation.enforced);
  return ranges.find(
    (range) =>
      (range.metadata?.namespace ?? namespace) === namespace &&
      (range.spec?.limits ?? []).some((item) => {
        if (item.type !== violation.scope) return false;
        const value = item[LIMIT_FIELD[violation.bound]]?.[violation.resource];
        return value !== undefined && enforced !== undefined && parseQuantity(String(value)) === enforced;
      }),
  );
}

// Go prints the observed ratio with %f: "10.000000" reads better as "10".
function trimRatio(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
