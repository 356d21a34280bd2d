import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/doctor/finding.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { mdCell, mdFence, mdProse } from '../../lib/output/markdown-escape.ts';
import { cleanReport, goldenReport, withFindings } from '../golden/golden-report.ts';

describe('Markdown renderer', () => {
  it('opens with the summary line and a table with one row per incident, its effects under the root', () => {
    const md = renderMarkdown(goldenReport, { lang: 'en', explain: false });
    expect(md.startsWith('## Doctor report for namespace shop\n\n**4 incidents · 1/6 checks passed')).toBe(true);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| #'));
    expect(rows).toHaveLength(goldenReport.incidents.length);
    expect(rows[0]).toContain('| 1 | ✖ error | `Pod/report-worker-9d6c7b8f5a-h4n6q` (Deployment/report-worker) |');
    expect(rows[0]).toContain('| 2 objects | `kubectl describe pod report-worker-9d6c7b8f5a-h4n6q -n shop` |');
    expect(md).toContain('Chain: Deployment/report-worker ← Pod/report-worker-9d6c7b8f5a-h4n6q');
    expect(md).toContain(
      '- ✖ `Deployment/report-worker`: Deployment report-worker is not serving: 0 of its 1 pod(s) are available. `stuck-rollouts.unavailable`  \n  because of Pod/report-worker-9d6c7b8f5a-h4n6q (incident 1)',
    );
  });

  it('quotes evidence in code blocks and the next commands in a bash block', () => {
    const md = renderMarkdown(goldenReport, { lang: 'en', explain: false });
    expect(md).toContain('```text\ncart-8f2ba   IPv4   <unset>   <none>\n```');
    expect(md).toContain('```bash\nkubectl describe pvc uploads -n shop\nkubectl get storageclass\n```');
  });

  it('folds concept notes in <details> only with --explain', () => {
    expect(renderMarkdown(goldenReport, { lang: 'en', explain: false })).not.toContain('<details>');
    const md = renderMarkdown(goldenReport, { lang: 'ko', explain: true });
    expect(md).toContain('<summary>왜 이런 일이 생기나요: Service가 Pod를 찾는 방법</summary>');
  });

  it("names each root finding's concept (title and JSON key) even without --explain", () => {
    const plain = renderMarkdown(goldenReport, { lang: 'en', explain: false });
    for (const f of goldenReport.incidents.map((i) => goldenReport.findings[i.root]!)) {
      const section = plain.slice(plain.indexOf(`\`${f.code}\``));
      expect(section).toContain(`(\`${f.concept}\`)`);
    }
    expect(plain).toContain('_Concept: How a Service finds its pods (`service-selector`)_');
    expect(renderMarkdown(goldenReport, { lang: 'ko', explain: false })).toContain(
      '_개념: Service가 Pod를 찾는 방법 (`service-selector`)_',
    );
  });

  it('points a second finding of the same concept at the note already shown with --explain', () => {
    const twice = withFindings(goldenReport, [
      goldenReport.findings[2]!,
      { ...goldenReport.findings[2]!, object: { kind: 'Service', name: 'other', namespace: 'shop' } },
    ]);
    const md = renderMarkdown(twice, { lang: 'en', explain: true });
    expect(md.match(/<details>/g)).toHaveLength(1);
    expect(md).toContain('_Concept: How a Service finds its pods (`service-selector`)_');
  });

  it('cannot be broken by what it quotes', () => {
    const sneaky: Finding = {
      ...goldenReport.findings[2]!,
      evidence: [{ source: 'event', reason: 'Warning', text: 'before\n```\n# injected heading\n````' }],
    };
    const md = renderMarkdown(withFindings(goldenReport, [sneaky]), { lang: 'en', explain: false });
    expect(md).toContain('`````text\nbefore\n```\n# injected heading\n````\n`````');
    expect(mdFence('a ``` b')).toBe('````\na ``` b\n````');
    expect(mdCell('a | b\nc <none>')).toBe('a \\| b c &lt;none&gt;');
    expect(mdProse('EXTERNAL-IP <pending>, but `kubectl get svc <name>` stays code')).toBe(
      'EXTERNAL-IP &lt;pending&gt;, but `kubectl get svc <name>` stays code',
    );
  });

  it('says plainly when nothing is wrong', () => {
    const md = renderMarkdown(cleanReport, { lang: 'en', explain: false });
    expect(md).toContain('✅ No problems found in namespace shop.');
    expect(md).not.toContain('| Severity');
  });
});
