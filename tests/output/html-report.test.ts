import { describe, expect, it } from 'vitest';
import { renderDoctorHtml } from '../../lib/output/html-report.ts';
import { cleanReport } from '../golden/golden-report.ts';
import { example } from '../map/map-fixture.ts';
import { duplicateIds, svgsWithDanglingRefs } from './svg-ids.ts';

describe('doctor -o html', () => {
  const { report, graph } = example('broken-shop.json');

  it('has the summary, the map and a section per incident, and points at nothing outside the page', async () => {
    const html = await renderDoctorHtml(report, graph, { lang: 'en', explain: false });
    expect(html.match(/<tr class="incident-row"/g)).toHaveLength(report.incidents.length);
    expect(html.match(/<article id="incident-\d+"/g)).toHaveLength(report.incidents.length);
    expect(html.match(/<div class="chain"><svg /g)).toHaveLength(
      report.incidents.filter((i) => i.objects.length > 1).length,
    );
    expect(html).toContain('<section id="map"><h2>Map of the namespace</h2>');
    // Links only to anchors in the page; no script, no source to fetch.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#incident-\d+$/);
    expect(html).not.toMatch(/<script|\bsrc=|@import|url\((?!#)/);
  });

  it('gives every element its own id, so each inline SVG draws its arrowheads from its own marker', async () => {
    const html = await renderDoctorHtml(report, graph, { lang: 'en', explain: false });
    expect(svgsWithDanglingRefs(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
    expect(html.match(/<svg /g)!.length).toBeGreaterThan(1);
  });

  it('folds concept notes in with --explain, and says plainly when nothing is wrong', async () => {
    const explained = await renderDoctorHtml(report, graph, { lang: 'ko', explain: true });
    expect(explained).toContain('<details><summary>왜 이런 일이 생기나요: ');
    const clean = await renderDoctorHtml(
      cleanReport,
      { ...graph, nodes: [], edges: [] },
      { lang: 'en', explain: false },
    );
    expect(clean).toContain('✅ No problems found in namespace shop.');
    expect(clean).not.toContain('<article');
  });
});
