// C0/C1 controls (terminal escapes), bidirectional overrides and zero-width marks that could disguise a name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Cluster text made safe to show on one line: control, bidi and zero-width characters dropped, line breaks as spaces. */
export function cleanText(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ').replace(CONTROL, '');
}
