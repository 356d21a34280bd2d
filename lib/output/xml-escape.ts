// XML 1.0 forbids most C0 control characters even as entities; an event message could carry one.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// DEL, C1 (U+009B is a CSI) and bidi controls are valid XML but unsafe on a terminal: written as character references.
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Lone surrogates are not characters at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute value (newlines kept as references), dropping characters XML cannot carry. */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Escapes element content; newlines stay literal so the text reads well in CI logs. */
export function xmlText(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INVISIBLE, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}
