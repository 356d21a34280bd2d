import { xmlText } from './xml-escape.ts';

/** Escapes untrusted text for HTML or SVG element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
