import { parseLimitViolations, type LimitViolation } from './limit-range-violation.ts';

/** Why a controller could not create a pod, parsed from a FailedCreate event or ReplicaFailure condition. */
export type CreateFailure =
  | {
      kind: 'quota-exceeded';
      quota: string;
      requested: Record<string, string>;
      used: Record<string, string>;
      limited: Record<string, string>;
    }
  | { kind: 'quota-requires-limits'; quota: string; missing: { resource: string; containers: string[] }[] }
  | { kind: 'pod-security'; level: string; violations: string[] }
  | { kind: 'webhook-denied'; webhook: string; reason: string }
  | { kind: 'webhook-unreachable'; webhook: string; reason: string }
  | { kind: 'service-account-missing'; serviceAccount: string }
  | { kind: 'limit-range'; violations: LimitViolation[] }
  | { kind: 'unknown' };

/**
 * Strips the controller's wrapper from a FailedCreate message, leaving the API server's words:
 * "Error creating: …" (ReplicaSet, Job, DaemonSet) and
 * "create Pod web-0 in StatefulSet web failed error: …" (StatefulSet).
 */
export function apiErrorText(message: string): string {
  // The event recorder prefixes a message it has aggregated with "(combined from similar events): ".
  const trimmed = message.trim().replace(/^\(combined from similar events\):\s*/, '');
  const ss = /^create Pod \S+ in StatefulSet \S+ failed error: ([\s\S]*)$/.exec(trimmed);
  if (ss) return ss[1]!;
  return trimmed.replace(/^Error creating: /, '');
}

/** Parses the API server's refusal of a pod into a known cause, or 'unknown'. */
export function parseCreateFailure(message: string): CreateFailure {
  const text = apiErrorText(message);
  const exceeded = /exceeded quota: ([^,]+), requested: (\S+), used: (\S+), limited: (\S+)/.exec(text);
  if (exceeded) {
    return {
      kind: 'quota-exceeded',
      quota: exceeded[1]!,
      requested: pairs(exceeded[2]!),
      used: pairs(exceeded[3]!),
      limited: pairs(exceeded[4]!),
    };
  }
  const mustSpecify = /failed quota: ([^:]+): must specify ([\s\S]+)$/.exec(text);
  if (mustSpecify)
    return { kind: 'quota-requires-limits', quota: mustSpecify[1]!, missing: parseMissing(mustSpecify[2]!) };
  const pss = /violates PodSecurity "([^"]+)": ([\s\S]+)$/.exec(text);
  if (pss) return { kind: 'pod-security', level: pss[1]!, violations: splitViolations(pss[2]!) };
  const denied = /admission webhook "([^"]+)" denied the request:?\s*([\s\S]*)$/.exec(text);
  if (denied) return { kind: 'webhook-denied', webhook: denied[1]!, reason: denied[2]! };
  const calling = /failed calling webhook "([^"]+)":\s*([\s\S]*)$/.exec(text);
  if (calling) return { kind: 'webhook-unreachable', webhook: calling[1]!, reason: calling[2]! };
  const sa =
    /serviceaccount "([^"]+)" not found/.exec(text) ?? /error looking up service account [^/\s]+\/(\S+?):/.exec(text);
  if (sa) return { kind: 'service-account-missing', serviceAccount: sa[1]! };
  const violations = parseLimitViolations(text);
  if (violations.length) return { kind: 'limit-range', violations };
  return { kind: 'unknown' };
}

function pairs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

// Current form: "cpu for: app,sidecar; memory for: app" (one aggregate, or "[a, b]" in some builds).
// Old form (before containers were named): "limits.cpu,limits.memory".
function parseMissing(text: string): { resource: string; containers: string[] }[] {
  const body = text.replace(/^\[|\]$/g, '');
  if (!body.includes(' for: '))
    return body
      .split(',')
      .map((r) => ({ resource: r.trim(), containers: [] }))
      .filter((r) => r.resource);
  return body
    .split(/;\s*|,\s+(?=[\w./-]+ for: )/)
    .map((part) => /^([\w./-]+) for: (.+)$/.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ resource: m[1]!, containers: m[2]!.split(',').map((c) => c.trim()) }));
}

// Violations are "name (explanation), name (explanation)"; explanations contain commas and parentheses.
function splitViolations(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}
