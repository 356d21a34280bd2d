import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/doctor/finding.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { goldenReport, withFindings } from '../golden/golden-report.ts';
import { HOSTILE } from '../map/hostile-fixture.ts';
import { example } from '../map/map-fixture.ts';
import { mermaidProblems } from '../map/mermaid-syntax.ts';

/** The ```mermaid blocks of a Markdown document, with the incident heading each one sits under. */
function charts(md: string): { heading: string; chart: string }[] {
  const found: { heading: string; chart: string }[] = [];
  let heading = '';
  for (const m of md.matchAll(/^#### (.*)$|^(`{3,})mermaid\n([\s\S]*?)\n\2$/gm)) {
    if (m[1] !== undefined) heading = m[1];
    else found.push({ heading, chart: m[3]! });
  }
  return found;
}

describe('Markdown: a Mermaid chart of each incident chain', () => {
  const { report } = example('broken-shop.json');

  it('draws one valid chart per incident with more than one object, above its details', () => {
    for (const lang of ['en', 'ko'] as const) {
      const md = renderMarkdown(report, { lang, explain: false });
      const found = charts(md);
      const drawn = report.incidents.filter((i) => i.objects.length > 1);
      expect(drawn.length).toBeGreaterThan(2);
      expect(found.map((c) => c.heading.match(/(\d+)/)![1])).toEqual(drawn.map((i) => String(i.id)));
      for (const { chart } of found) expect(mermaidProblems(chart).problems).toEqual([]);
    }
  });

  it('draws the chain in order: the Deployment uses the Pod, which uses the unbound claim', () => {
    const md = renderMarkdown(report, { lang: 'en', explain: false });
    const incident = report.incidents.find((i) => report.findings[i.root]!.object.name === 'uploads')!;
    const { chart } = charts(md).find((c) => c.heading.includes(`${incident.id}:`))!;
    const { labels } = mermaidProblems(chart);
    const id = (name: string) => [...labels].find(([, text]) => text.endsWith(`<br/>${name}`))![0];
    const deployment = id('media');
    const claim = id('uploads');
    const pod = [...labels].find(([, t]) => t.includes('Pod<br/>media-'))![0];
    expect(labels.get(claim)).toBe('✖ PersistentVolumeClaim<br/>uploads');
    expect(chart).toContain(`  ${deployment} --> ${pod}\n`);
    expect(chart).toContain(`  ${pod} --> ${claim}\n`);
    // The chart sits between the incident's heading and its root finding.
    const section = md.slice(md.indexOf(`#### ✖ Incident ${incident.id}:`));
    expect(section.indexOf('```mermaid')).toBeLessThan(section.indexOf('`unbound-pvcs.storage-class-not-found`'));
  });

  it('draws no chart for an incident of one object', () => {
    const single = withFindings(goldenReport, [goldenReport.findings[2]!]);
    expect(single.incidents[0]!.objects).toHaveLength(1);
    expect(renderMarkdown(single, { lang: 'en', explain: false })).not.toContain('```mermaid');
  });

  it('keeps hostile names inside their labels: no statement, fence or markup escapes', () => {
    const pod: Finding = {
      ...goldenReport.findings[0]!,
      object: { kind: 'Pod', name: HOSTILE, namespace: 'shop' },
      owner: { kind: 'Deployment', name: `dep-${HOSTILE}`, namespace: 'shop' },
      related: [],
      dependsOn: undefined,
      explains: undefined,
    };
    const deployment: Finding = {
      ...goldenReport.findings[4]!,
      object: { kind: 'Deployment', name: `dep-${HOSTILE}\n\`\`\`\n# heading`, namespace: 'shop' },
      related: [],
      dependsOn: [{ kind: 'Pod', name: HOSTILE, namespace: 'shop' }],
      explains: undefined,
    };
    const md = renderMarkdown(withFindings(goldenReport, [pod, deployment]), { lang: 'en', explain: false });
    const found = charts(md);
    expect(found).toHaveLength(1);
    const { problems, labels } = mermaidProblems(found[0]!.chart);
    expect(problems).toEqual([]);
    // The decoded label still reads as the hostile name (quotes, brackets, markup), only as text.
    const podLabel = [...labels.values()].find((l) => l.startsWith('✖ Pod<br/>'))!;
    expect(podLabel).toContain('evil"]:::ok n9-->n1 <script>alert(1)</script>');
    expect(found[0]!.chart).not.toMatch(/<script|`|"\]:::ok/);
  });
});
