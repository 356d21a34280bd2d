import { render, type Lang, type Message } from '../i18n/index.ts';
import { REPORT_SCHEMA } from '../doctor/report.ts';
import { cleanText } from './clean-text.ts';
import { escapeHtml } from './html-escape.ts';
import { htmlPage } from './html-page.ts';
import { junitTime } from './junit.ts';
import { label } from './message-text.ts';
import { xmlAttr, xmlText } from './xml-escape.ts';
import { mapStrings, redactDeep } from '../security/redact.ts';
import { safeText } from './safe-text.ts';

/** Why the doctor read nothing: what a CI job still gets on stdout when it exits 3. */
export interface Unreadable {
  generatedAt: string;
  namespace: string | null;
  context?: string;
  server?: string;
  /** The error class, e.g. unauthorized, unreachable, timeout, noKubeconfig. */
  reason: string;
  status?: number;
  problem: Message;
  fix?: Message;
}

/**
 * The document printed instead of a report when the cluster could not be read (exit 3), so a CI job
 * that saves `-o json` or `-o junit` keeps a readable record of why: JSON with an `error` member and
 * no findings, JUnit with one erroring test case, Markdown and HTML with the reason.
 */
export function renderUnreadable(format: 'json' | 'junit' | 'markdown' | 'html', raw: Unreadable, lang: Lang): string {
  // Server and plugin text is untrusted: credentials redacted, and for Markdown control characters made visible.
  const info = format === 'markdown' || format === 'html' ? mapStrings(raw, safeText) : redactDeep(raw);
  const problem = render(lang, info.problem);
  const fix = info.fix ? render(lang, info.fix) : undefined;
  const title = label(lang, 'output.unreadable.title');
  if (format === 'json') {
    const document = {
      schema: REPORT_SCHEMA,
      lang,
      generatedAt: info.generatedAt,
      namespace: info.namespace,
      ...(info.context ? { context: info.context } : {}),
      ...(info.server ? { server: info.server } : {}),
      error: {
        reason: info.reason,
        ...(info.status ? { status: info.status } : {}),
        problem: info.problem,
        ...(info.fix ? { fix: info.fix } : {}),
        text: { problem, ...(fix ? { fix } : {}) },
      },
    };
    return `${JSON.stringify(document, null, 2)}\n`;
  }
  if (format === 'junit') {
    const scope = info.namespace ?? '*';
    const body = [problem, fix].filter(Boolean).join('\n');
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="${xmlAttr(label(lang, 'output.junit.suites'))}" tests="1" failures="0" errors="1" skipped="0" time="0" timestamp="${junitTime(info.generatedAt)}">`,
      `  <testsuite name="cluster" tests="1" failures="0" errors="1" skipped="0" time="0" timestamp="${junitTime(info.generatedAt)}">`,
      `    <testcase classname="eks-guide.doctor.cluster" name="${xmlAttr(label(lang, 'output.unreadable.case', { namespace: scope }))}" time="0">`,
      `      <error type="${xmlAttr(info.reason)}" message="${xmlAttr(problem)}">${xmlText(body)}</error>`,
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n');
  }
  const contextLine = info.context
    ? label(lang, 'output.unreadable.context', { context: info.context, server: info.server ?? '' })
    : undefined;
  if (format === 'html') {
    const para = (text: string) => `<p>${escapeHtml(cleanText(text))}</p>`;
    return htmlPage({
      lang,
      title,
      sections: [
        {
          id: 'summary',
          body: [
            `<h1>${escapeHtml(title)}</h1>`,
            para(problem),
            ...(fix ? [para(fix)] : []),
            ...(contextLine ? [para(contextLine)] : []),
          ].join('\n'),
        },
      ],
    });
  }
  const where = contextLine ? `\n\n${contextLine}` : '';
  return `## ${title}\n\n${problem}${fix ? `\n\n${fix}` : ''}${where}\n`;
}
