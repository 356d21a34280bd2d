import type { Severity } from '../doctor/finding.ts';

/** ANSI styling that becomes a no-op when color is off, so plain output never carries escapes. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  severity(severity: Severity, s: string): string;
}

const SEVERITY_CODE: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

/** A painter for the terminal; `color: false` returns text untouched. */
export function paint(color: boolean): Paint {
  const wrap = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    bold: (s) => wrap('1', s),
    dim: (s) => wrap('2', s),
    severity: (severity, s) => wrap(SEVERITY_CODE[severity], s),
  };
}
