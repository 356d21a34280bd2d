import { msg, type Message } from '../i18n/index.ts';
import { redact } from '../security/redact.ts';

export type KubeErrorClass =
  'unreachable' | 'dns' | 'timeout' | 'tls' | 'unauthorized' | 'forbidden' | 'notFound' | 'execPlugin' | 'unknown';

/** A Kubernetes failure reduced to its class. `detail` never holds request headers or tokens. */
export interface ClassifiedKubeError {
  kind: KubeErrorClass;
  /** HTTP status when the server answered. */
  status?: number;
  detail: string;
  problem: Message;
  fix: Message;
}

interface KubeLikeError {
  code?: number | string;
  statusCode?: number;
  body?: unknown;
  message?: string;
  cause?: { code?: string; message?: string };
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|EPROTO|certificate/i;

/**
 * Classifies an error from @kubernetes/client-node (ApiException or a fetch/network error).
 * The client's raw message can embed request headers (the bearer token): only the
 * server's Status message or a network code is ever kept.
 */
export function classifyKubeError(error: unknown, server = ''): ClassifiedKubeError {
  const e = (error ?? {}) as KubeLikeError;
  const status = typeof e.code === 'number' ? e.code : e.statusCode;
  if (typeof status === 'number' && status >= 400) {
    return fromStatus(status, sanitize(statusMessage(e.body) ?? `HTTP ${status}`), server);
  }
  const netCode = (typeof e.code === 'string' ? e.code : undefined) ?? e.cause?.code ?? '';
  const text = `${netCode} ${e.cause?.message ?? ''} ${e.message ?? ''}`;
  return fromText(text, server, netCode);
}

/** Classifies kubectl's stderr, the way the same failure reads on the command line. */
export function classifyKubectlError(stderr: string, server = ''): ClassifiedKubeError {
  const text = stderr.trim();
  let line = text.split('\n').find((l) => /error|Unable|forbidden|Unauthorized/i.test(l)) ?? text.split('\n')[0] ?? '';
  line = sanitize(line);
  if (/\(Unauthorized\)|server has asked for the client to provide credentials/i.test(text))
    return fromStatus(401, line, server);
  if (/\(Forbidden\)|is forbidden:/i.test(text)) return fromStatus(403, line, server);
  if (/\(NotFound\)/.test(text)) return fromStatus(404, line, server);
  return fromText(text, server, '');
}

function fromStatus(status: number, detail: string, server: string): ClassifiedKubeError {
  const make = (kind: KubeErrorClass, problem: Message, fix: Message): ClassifiedKubeError => ({
    kind,
    status,
    detail,
    problem,
    fix,
  });
  if (status === 401) return make('unauthorized', msg('kubeError.unauthorized'), msg('kubeError.unauthorized.fix'));
  if (status === 403) return make('forbidden', msg('kubeError.forbidden', { detail }), msg('kubeError.forbidden.fix'));
  if (status === 404) return make('notFound', msg('kubeError.notFound', { detail }), msg('kubeError.notFound.fix'));
  if (status === 504 || status === 408)
    return make('timeout', msg('kubeError.timeout', { server }), msg('kubeError.timeout.fix'));
  return make('unknown', msg('kubeError.unknown', { detail }), msg('kubeError.unknown.fix'));
}

function fromText(text: string, server: string, code: string): ClassifiedKubeError {
  const detail = sanitize(code || text);
  const make = (kind: KubeErrorClass, problem: Message, fix: Message): ClassifiedKubeError => ({
    kind,
    detail,
    problem,
    fix,
  });
  if (/exec plugin|getting credentials|ExecCredential|client\.authentication\.k8s\.io/i.test(text)) {
    return make('execPlugin', msg('kubeError.execPlugin', { detail: sanitize(text) }), msg('kubeError.execPlugin.fix'));
  }
  if (/ENOTFOUND|EAI_AGAIN|no such host|server misbehaving/i.test(text)) {
    return make('dns', msg('kubeError.dns', { server }), msg('kubeError.dns.fix'));
  }
  if (
    /ETIMEDOUT|i\/o timeout|timed out|TimeoutError|AbortError|deadline exceeded|Client\.Timeout exceeded|aborted/i.test(
      text,
    )
  ) {
    return make('timeout', msg('kubeError.timeout', { server }), msg('kubeError.timeout.fix'));
  }
  if (TLS_CODES.test(text) || /x509/.test(text)) {
    return make('tls', msg('kubeError.tls', { server, detail }), msg('kubeError.tls.fix'));
  }
  if (/ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|connection refused|was refused|Unable to connect/i.test(text)) {
    return make('unreachable', msg('kubeError.unreachable', { server, detail }), msg('kubeError.unreachable.fix'));
  }
  return make('unknown', msg('kubeError.unknown', { detail }), msg('kubeError.unknown.fix'));
}

function statusMessage(body: unknown): string | undefined {
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  const message = (parsed as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Keeps one line, credentials redacted (lib/security/redact.ts). */
function sanitize(text: string): string {
  return redact(text).split('\n')[0]!.trim().slice(0, 300);
}
