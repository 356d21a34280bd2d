import type { Lang } from '../i18n/index.ts';
import { escapeHtml } from './html-escape.ts';

/** One part of a page: its heading (plain text, escaped here) and its body (HTML the caller built and escaped). */
export interface HtmlSection {
  id: string;
  heading?: string;
  body: string;
}

export interface HtmlPageInput {
  lang: Lang;
  title: string;
  sections: readonly HtmlSection[];
  /** Extra CSS for the sections' own classes. */
  style?: string;
}

// Nothing may load from anywhere: the file is attached to tickets and opened offline.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const BASE_STYLE = `
body{font-family:-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK KR","Malgun Gothic",Helvetica,Arial,sans-serif;margin:24px;color:#1b1b1b;background:#fff;line-height:1.45}
h1{font-size:1.4em;margin:0 0 4px}
h2{font-size:1.15em;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
pre{background:#f5f5f5;padding:8px 10px;overflow-x:auto;border-radius:4px}
.muted{color:#666}
.sev-error{color:#c62828}
.sev-warning{color:#a35f00}
.sev-info{color:#2b7a99}
`;

/**
 * One self-contained HTML document: inline styles only, no script, no external resource, and a
 * Content-Security-Policy that forbids loading any. Each section is a <section id=...>.
 */
export function htmlPage(input: HtmlPageInput): string {
  const sections = input.sections.map(
    (s) =>
      `<section id="${escapeHtml(s.id)}">${s.heading ? `<h2>${escapeHtml(s.heading)}</h2>` : ''}\n${s.body}\n</section>`,
  );
  return [
    '<!DOCTYPE html>',
    `<html lang="${input.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>${BASE_STYLE}${input.style ?? ''}</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
