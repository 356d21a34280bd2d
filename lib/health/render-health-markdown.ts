import { render, translator, type Lang } from '../i18n/index.ts';
import { renderMarkdown } from '../output/markdown.ts';
import { mdProse } from '../output/markdown-escape.ts';
import { isKnown, type HealthRun } from './health-run.ts';
import { baselineLines, onboardingLines } from './render-health-text.ts';

/** The run as Markdown (the GitHub job summary): a section per cluster, a sub-section per namespace. */
export function renderHealthMarkdown(run: HealthRun, lang: Lang): string {
  const t = translator(lang);
  const out: string[] = [`# ${t('health.markdown.title')}`, ''];
  for (const c of run.clusters) {
    out.push(`## ${mdProse(t('health.text.cluster', { cluster: c.cluster, region: c.region || '-' }))}`, '');
    if (c.unreachable) {
      out.push(`**${t('health.unreachable')}** ${mdProse(render(lang, c.unreachable.problem))}`);
      if (c.unreachable.fix) out.push('', mdProse(render(lang, c.unreachable.fix)));
      out.push('');
    }
    if (c.onboarding) out.push(...onboardingLines(c.onboarding, lang).map((l) => `- ${mdProse(l)}`), '');
    for (const f of c.findings) {
      const key = { cluster: c.cluster, namespace: f.namespace ?? '', code: f.code, ...f.object };
      const known = run.baseline && isKnown(run, key) ? ` ${t('health.known')}` : '';
      out.push(
        `- **${f.severity}**${known} \`${f.code}\` ${mdProse(`${f.object.kind}/${f.object.name}`)}: ${mdProse(render(lang, f.message))}`,
      );
    }
    if (c.findings.length) out.push('');
    for (const ns of c.namespaces) {
      out.push(`### ${mdProse(t('health.text.namespace', { cluster: c.cluster, namespace: ns.namespace }))}`, '');
      if (ns.canListPods === false) out.push(mdProse(t('health.namespace.forbidden', { namespace: ns.namespace })), '');
      else if (ns.unreadable) out.push(mdProse(render(lang, ns.unreadable)), '');
      else if (ns.report)
        // The doctor's own headings sit one level below the namespace's.
        out.push(demoteHeadings(renderMarkdown(ns.report, { lang, explain: false })).trimEnd(), '');
    }
  }
  out.push(...baselineLines(run, lang).map((l) => (l.startsWith('  ') ? `- ${mdProse(l.trim())}` : mdProse(l))));
  return `${out.join('\n')}\n`;
}

// Headings outside code fences only: a `# comment` in a bash block is not a heading.
function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return !fenced && /^#+ /.test(line) ? `###${line}` : line;
    })
    .join('\n');
}
