// Text written inside the cluster (a webhook's answer, a container's termination message) goes into
// finding parameters. It can hold anything: terminal escape sequences, pages of output, a stack trace.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b./g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Most characters one piece of cluster text may take in a finding. */
export const MAX_UNTRUSTED = 300;

/** Cluster text as one plain line: terminal escapes and control characters dropped, spaces collapsed, length capped. */
export function plainLine(text: string, max = MAX_UNTRUSTED): string {
  const line = text.replace(ESCAPES, '').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A program's last words (a termination message, often a log tail) kept short: a Go panic says the
 * most in its first line, a Python traceback in its last, so both are kept.
 */
export function lastWords(message: string, max = MAX_UNTRUSTED): string {
  const lines = message
    .replace(ESCAPES, '')
    .split('\n')
    .map((l) => plainLine(l, max))
    .filter(Boolean);
  const joined = lines.length <= 3 ? lines.join(' / ') : `${lines[0]} / … / ${lines[lines.length - 1]}`;
  return plainLine(joined, max);
}
