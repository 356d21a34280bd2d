import type { Report } from '../doctor/report.ts';
import { mapStrings, redact } from '../security/redact.ts';

// C0 controls but \t and \n, DEL, C1 controls, bidi overrides/isolates/marks, line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_WITH_LAYOUT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes cluster-supplied text harmless on a terminal or in Markdown while keeping it readable:
 * ESC becomes the visible text `\x1b` (so a CSI/OSC sequence prints as letters and does nothing),
 * other controls `\xHH`, bidi overrides `\u202e`. Newlines and tabs stay unless `layout` is false.
 */
export function neutralise(text: string, layout = true): string {
  return text.replace(layout ? UNSAFE : UNSAFE_WITH_LAYOUT, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\r') return '\\r';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Redacts credentials and, for a terminal or Markdown, neutralises control characters: for stderr lines. */
export function safeText(text: string): string {
  return neutralise(redact(text));
}

/**
 * The report every renderer draws from: every string in it (names, evidence, message
 * parameters, crash messages, server details) redacted, and for text and Markdown output
 * also neutralised. JSON and JUnit escape control characters themselves.
 */
export function safeReport(report: Report, { controls }: { controls: boolean }): Report {
  return mapStrings(report, controls ? safeText : redact);
}
