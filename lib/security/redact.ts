/**
 * The one redaction pass for every external text that can reach a report, an error or a log:
 * API Status messages, proxy error pages, credential-plugin stderr, event and termination
 * messages, kubeconfig fields. What looks like a credential is replaced by REDACTED; the
 * words around it stay, so the message still says what went wrong.
 */
export const REDACTED = '[redacted]';

const OPAQUE = '[A-Za-z0-9+/=_.~%-]';

const RULES: readonly [RegExp, string | ((...groups: string[]) => string)][] = [
  // PEM private keys, whole or cut short (a one-line excerpt may stop before END).
  [
    /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
    `-----BEGIN $1PRIVATE KEY----- ${REDACTED}`,
  ],
  // user:password@ (or a token as user) in a URL.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@?#]+@/gi, `$1${REDACTED}@`],
  // Authorization: Bearer X / Basic X; the scheme stays, the credential goes.
  [/\b(Bearer|Basic)(\s+)[A-Za-z0-9+/=_.~-]+/gi, `$1$2${REDACTED}`],
  [/\b(authorization)(["']?\s*[:=]\s*["']?)(?!bearer\b|basic\b|\[redacted\])[^\s"',;]+/gi, `$1$2${REDACTED}`],
  // key=value and "key": "value" for names that hold secrets: token=, aws_secret_access_key =,
  // X-Amz-Signature=, X-Amz-Security-Token=, X-Amz-Credential=, password=, client_secret=.
  [
    new RegExp(
      `\\b([A-Za-z0-9_.-]*(?:token|secret|password|passwd|pwd|api[_-]?key|secret[_-]?access[_-]?key|signature|credential))(\\s*=\\s*["']?|["']?\\s*:\\s*["']?)(${OPAQUE}+)`,
      'gi',
    ),
    (_whole, key, separator, value) =>
      // "token: expired" is prose, not a secret; after ":" only an opaque run of 8+ characters is one.
      separator.includes('=') || value.length >= 8 ? `${key}${separator}${REDACTED}` : `${key}${separator}${value}`,
  ],
  // EKS bearer tokens (a presigned STS URL in base64url).
  [/k8s-aws-v1\.[A-Za-z0-9_-]+/g, `k8s-aws-v1.${REDACTED}`],
  // JWTs (service-account tokens, OIDC id tokens).
  [/\beyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]+){0,2}/g, REDACTED],
  // AWS session tokens, recognisable by their prefix.
  [/\b(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9+/=]+/g, REDACTED],
];

// A word every rule above needs (case aside): most texts have none and skip the eight passes. Keep it a superset.
const MAY_HOLD_SECRET =
  /PRIVATE KEY|@|bearer|basic|authorization|token|secret|passw|pwd|api[_-]?key|signature|credential|k8s-aws-v1\.|eyJ|IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz/i;

/** Replaces every credential-looking part of a text by [redacted]. */
export function redact(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of RULES)
    out = out.replace(pattern, replacement as (substring: string, ...args: string[]) => string);
  return out;
}

/** The same value with redact() applied to every string inside it (objects and arrays are copied). */
export function redactDeep<T>(value: T): T {
  return mapStrings(value, redact);
}

/** Copies a JSON-like value, passing every string (not keys) through `fn`. */
export function mapStrings<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, fn);
    return out as T;
  }
  return value;
}
