import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../lib/map/build-graph.ts';
import { renderDot } from '../../lib/map/render-dot.ts';
import { renderMapHtml } from '../../lib/map/render-map-html.ts';
import { renderMermaid } from '../../lib/map/render-mermaid.ts';
import { renderSvg } from '../../lib/map/render-svg.ts';
import { renderTree } from '../../lib/map/render-tree.ts';
import { duplicateIds, svgsWithDanglingRefs } from '../output/svg-ids.ts';
import { findAll, parseXml, type XmlElement } from '../output/xml-tree.ts';
import { describeWithTools } from '../support/requirements.ts';
import { example } from './map-fixture.ts';
import { mermaidProblems } from './mermaid-syntax.ts';
import { HOSTILE, HOSTILE_SHOWN, hostileSnapshot } from './hostile-fixture.ts';

const { graph, report, snapshot } = example('broken-shop.json');
const hostile = hostileSnapshot();
const hostileGraph = buildGraph(hostile.snapshot, { findings: hostile.findings });
const hostileReport = {
  findings: hostile.findings,
  snapshotTakenAt: '2026-11-24T09:30:00Z',
  source: { type: 'cluster' as const },
};
const hasControlOrBidi = (text: string) => text.includes('\u001b') || text.includes('\u202e');
const textOf = (e: XmlElement): string => e.text + e.children.map(textOf).join('');

describe('tree', () => {
  it('shows each workload down to its pods, the broken ones with their cause, and the Services', () => {
    const tree = renderTree(graph, { lang: 'en', explain: false, color: false, takenAt: snapshot.takenAt });
    const lines = tree.split('\n');
    expect(lines[0]).toBe('Namespace shop · 44 objects, 14 with problems · read 2026-11-24T09:30:00Z');
    expect(tree).toContain(
      '✓ Deployment web  2/2 ready\n└─ ✓ ReplicaSet web-7d9f8b6c5d  2/2 ready\n   └─ ✓ Pod web-7d9f8b6c5d-* ×2  2 pods: Running',
    );
    expect(tree).toContain(
      '   └─ ✖ Pod api-84f6d9c7b8-m5v7c  CrashLoopBackOff  — Container api was killed for using more memory than its limit of 128Mi',
    );
    expect(tree).toContain('      └─ ✖ PersistentVolumeClaim uploads  Pending  — The claim asks for StorageClass fast');
    expect(tree).toContain('         └─ ? StorageClass fast  referenced but not found');
    expect(tree).toContain('         └─ ✓ StorageClass gp3\n            └─ ✓ CSIDriver ebs.csi.aws.com');
    expect(tree).toContain('✓ Service web  ClusterIP\n└─ ✓ Pod web-7d9f8b6c5d-* ×2');
    expect(tree).not.toContain('\u001b');
  });

  it('speaks Korean, colours only when asked, and explains each kind with --explain', () => {
    const ko = renderTree(graph, { lang: 'ko', explain: true, color: true, takenAt: snapshot.takenAt });
    expect(ko.split('\n')[0]).toContain('네임스페이스 shop');
    expect(ko).toContain('{ip-10-0-1-23.ap-northeast-2.compute.internal}'.slice(1, -1) + '에서 Running');
    expect(ko).toContain('\u001b[31m✖\u001b[0m');
    expect(ko).toContain('각 오브젝트의 뜻');
    expect(ko).toContain('StatefulSet: 이름이 고정된 Pod');
  });

  it('strips terminal escapes and bidi overrides from cluster text', () => {
    const tree = renderTree(hostileGraph, { lang: 'en', explain: false, color: false, takenAt: 't' });
    expect(hasControlOrBidi(tree)).toBe(false);
    expect(tree).toContain(`✖ Pod ${HOSTILE_SHOWN}`);
  });
});

describe('Mermaid', () => {
  it('writes a well-formed flowchart with a box per object and arrows between declared boxes', () => {
    const chart = renderMermaid(graph, { lang: 'en' });
    const { problems, labels } = mermaidProblems(chart);
    expect(problems).toEqual([]);
    expect(labels.size).toBe(graph.nodes.length);
    expect(chart).toContain('["✖ Pod<br/>api-84f6d9c7b8-m5v7c<br/>CrashLoopBackOff"]:::error');
    expect(chart).toMatch(/ {2}n\d+ -\.-> n\d+/);
    expect(chart).toMatch(/ {2}class n\d+ missing/);
  });

  it('keeps hostile names inside their label: quotes, brackets, arrows and # become entity codes', () => {
    const chart = renderMermaid(hostileGraph, { lang: 'en', explain: true });
    const { problems, labels } = mermaidProblems(chart);
    expect(problems).toEqual([]);
    expect([...labels.values()].some((l) => l.includes(HOSTILE_SHOWN))).toBe(true);
    expect(chart).not.toContain('<script');
    expect(hasControlOrBidi(chart)).toBe(false);
  });
});

describe('SVG', () => {
  it('is well-formed XML with a box per object, broken ones marked, laid out without overlaps', async () => {
    const svg = await renderSvg(graph, { lang: 'en' });
    const root = parseXml(svg);
    const boxes = findAll(root, 'g').filter((g) => g.attrs.class?.split(' ').includes('node'));
    expect(boxes).toHaveLength(graph.nodes.length);
    const broken = boxes.filter((g) => g.attrs.class!.split(' ').includes('broken')).map((g) => g.attrs['data-name']);
    expect(broken).toContain('api-84f6d9c7b8-m5v7c');
    expect(broken).toContain('uploads');
    expect(broken).not.toContain('web');
    const rects = findAll(root, 'rect').map((r) => ({
      x: +r.attrs.x!,
      y: +r.attrs.y!,
      w: +r.attrs.width!,
      h: +r.attrs.height!,
    }));
    for (const [i, a] of rects.entries())
      for (const b of rects.slice(i + 1))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
    expect(findAll(root, 'path').filter((p) => p.attrs.class?.startsWith('edge'))).toHaveLength(graph.edges.length);
  });

  it('escapes hostile names: no element is injected, the text reads as written', async () => {
    const root = parseXml(await renderSvg(hostileGraph, { lang: 'en' }));
    expect(findAll(root, 'script')).toEqual([]);
    expect(findAll(root, 'text').map(textOf)).toContain(HOSTILE_SHOWN);
  });
});

describe('HTML', () => {
  it('is one page with the inline SVG, the findings, and nothing that loads from elsewhere', async () => {
    const html = await renderMapHtml(graph, report, { lang: 'en', explain: true });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\((?!#)/i);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html.match(/<li id="finding-\d+"/g)).toHaveLength(report.findings.length);
    expect(html).toContain('<a href="#finding-');
    expect(html).toContain('What these are');
    expect(duplicateIds(html)).toEqual([]);
    expect(svgsWithDanglingRefs(html)).toEqual([]);
  });

  it('in Korean, and with hostile text escaped everywhere', async () => {
    const html = await renderMapHtml(hostileGraph, hostileReport, { lang: 'ko', explain: false });
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('발견 사항 (1)');
    expect(html).not.toMatch(/<script/i);
    expect(hasControlOrBidi(html)).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(HOSTILE).toContain('<script>');
  });
});

describe('DOT', () => {
  it('boxes every object, colours broken ones and dashes Service arrows', () => {
    const dot = renderDot(graph, { lang: 'en' });
    expect(dot.match(/^ {2}n\d+ \[label=/gm)).toHaveLength(graph.nodes.length);
    expect(dot).toContain(
      'label="✖ Pod\\napi-84f6d9c7b8-m5v7c\\nCrashLoopBackOff", fillcolor="#fde7e7", color="#c62828"',
    );
    expect(dot).toMatch(/n\d+ -> n\d+ \[style=dashed\];/);
  });
});

describeWithTools(['dot'], 'DOT read by Graphviz', () => {
  const plain = (source: string) => spawnSync('dot', ['-Tplain'], { input: source, encoding: 'utf8' });

  it('parses the map of broken-shop, with every box and arrow', () => {
    const out = plain(renderDot(graph, { lang: 'en' }));
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.split('\n').filter((l) => l.startsWith('node '))).toHaveLength(graph.nodes.length);
    expect(out.stdout.split('\n').filter((l) => l.startsWith('edge '))).toHaveLength(graph.edges.length);
  });

  it('parses hostile names as plain label text', () => {
    const out = plain(renderDot(hostileGraph, { lang: 'en', explain: true }));
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.split('\n').filter((l) => l.startsWith('node '))).toHaveLength(hostileGraph.nodes.length);
    // -Tplain prints each label quoted; the hostile quote and backslash come back escaped the same way, not as syntax.
    expect(out.stdout).toContain('evil\\"]:::ok n9-->n1 <script>alert(1)</script>');
  });
});
