import { render, type Lang, type Message } from '../i18n/index.ts';
import type { Report } from './report.ts';

// Stand-ins with the signatures of lib/output/*.ts, used only until those renderers land.

/** JSON report: the Report object, with every message also rendered in the chosen language. */
export function renderJson(report: Report, options: { lang: Lang }): string {
  return `${JSON.stringify(report, (key, value: unknown) => (isMessage(value) ? { ...value, text: render(options.lang, value as Message) } : value), 2)}\n`;
}

/** Plain text: one block per finding. */
export function renderTerminal(report: Report, options: { lang: Lang; explain: boolean; color: boolean }): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    lines.push(`${f.severity.toUpperCase()} ${f.object.kind}/${f.object.name}: ${render(options.lang, f.cause)}`);
    for (const d of f.details ?? []) lines.push(`  ${render(options.lang, d)}`);
    for (const e of f.evidence) lines.push(`  > ${e.reason ? `${e.reason}: ` : ''}${e.text}`);
    for (const r of f.remedy) lines.push(`  - ${render(options.lang, r)}`);
    for (const c of f.commands ?? []) lines.push(`    $ ${c}`);
  }
  for (const c of report.checks.filter((o) => o.status === 'crashed')) lines.push(`CRASHED ${c.id}: ${c.error ?? ''}`);
  const s = report.summary;
  lines.push(`${s.checks - s.skipped} checks: ${s.passed} passed, ${s.failed} failed, ${s.crashed} crashed`);
  return `${lines.join('\n')}\n`;
}

/** Markdown: the plain text in a code block. */
export function renderMarkdown(report: Report, options: { lang: Lang; explain: boolean }): string {
  return `\`\`\`\n${renderTerminal(report, { ...options, color: false })}\`\`\`\n`;
}

/** JUnit: one test case per check. */
export function renderJunit(report: Report, options: { lang: Lang }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const cases = report.checks.map((c) => {
    const body =
      c.status === 'crashed'
        ? `<error message="${esc(c.error ?? '')}"/>`
        : c.status === 'failed'
          ? `<failure message="${esc(c.findings.map((f) => render(options.lang, f.cause)).join('; '))}"/>`
          : c.status === 'skipped'
            ? '<skipped/>'
            : '';
    return `  <testcase classname="doctor" name="${esc(c.id)}">${body}</testcase>`;
  });
  const s = report.summary;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="eks-guide doctor" tests="${s.checks}" failures="${s.failed}" errors="${s.crashed}" skipped="${s.skipped}">\n${cases.join('\n')}\n</testsuite>\n`;
}

function isMessage(value: unknown): value is { key: string; params?: Record<string, string | number> } {
  return !!value && typeof value === 'object' && typeof (value as { key?: unknown }).key === 'string' && Object.keys(value).every((k) => k === 'key' || k === 'params');
}
