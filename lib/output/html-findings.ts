import type { Finding } from '../doctor/finding.ts';
import type { Lang } from '../i18n/index.ts';
import { SEVERITY_MARK, findingTexts, objectName } from './finding-text.ts';
import { cleanText } from './clean-text.ts';
import { escapeHtml } from './html-escape.ts';
import { label } from './message-text.ts';

/** The id of a finding's entry in an HTML page, for links from a picture. */
export function findingAnchor(index: number): string {
  return `finding-${index + 1}`;
}

export const FINDINGS_STYLE = `
ol.findings{padding-left:0;list-style:none}
ol.findings>li{border-left:4px solid #bbb;padding:6px 12px;margin:10px 0;background:#fafafa}
ol.findings>li.sev-error{border-color:#c62828}
ol.findings>li.sev-warning{border-color:#e08a00}
ol.findings>li.sev-info{border-color:#2b7a99}
ol.findings>li:target{outline:2px solid #1565c0}
.findings .object{font-weight:bold;color:#1b1b1b}
.findings .cause{margin:2px 0;color:#1b1b1b}
.findings ul{margin:4px 0 4px 18px;padding:0;color:#1b1b1b}
`;

/**
 * The findings as an HTML list, each entry with its severity, object, cause, details, what to do
 * and the commands to run: the body of a findings section. All text is escaped.
 */
export function findingsList(findings: readonly Finding[], lang: Lang, namespace: string | null): string {
  if (findings.length === 0) return `<p class="muted">${escapeHtml(label(lang, 'map.html.noFindings'))}</p>`;
  const items = findings.map((f, i) => {
    const t = findingTexts(lang, f);
    const esc = (text: string) => escapeHtml(cleanText(text));
    const list = (lines: string[]) =>
      lines.length ? `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '';
    const commands = f.commands?.length
      ? `<div class="muted">${escapeHtml(label(lang, 'map.html.commands'))}</div><pre>${f.commands.map(esc).join('\n')}</pre>`
      : '';
    return [
      `<li id="${findingAnchor(i)}" class="finding sev-${f.severity}" data-code="${escapeHtml(f.code)}">`,
      `<div><span class="sev-${f.severity}">${SEVERITY_MARK[f.severity]} ${escapeHtml(label(lang, `map.health.${f.severity}`))}</span> `,
      `<span class="object">${esc(objectName(f.object, namespace))}</span> <code class="muted">${escapeHtml(f.code)}</code></div>`,
      `<p class="cause">${esc(t.cause)}</p>`,
      list(t.details),
      list(t.remedy),
      commands,
      '</li>',
    ].join('');
  });
  return `<ol class="findings">\n${items.join('\n')}\n</ol>`;
}
