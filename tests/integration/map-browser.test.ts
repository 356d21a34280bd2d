/**
 * The map's HTML page in a real browser: headless Debian Chromium driven by playwright-core.
 * Asserts on the rendered DOM (boxes, broken objects marked and linked, text fitting its box,
 * no request leaving the file) and keeps screenshots under .tmp/map-browser/ as artefacts.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMapHtml } from '../../lib/map/render-map-html.ts';
import { buildGraph } from '../../lib/map/build-graph.ts';
import { example } from '../map/map-fixture.ts';
import { HOSTILE_SHOWN, hostileSnapshot } from '../map/hostile-fixture.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTEFACTS = new URL('../../.tmp/map-browser/', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';

function browserSuite(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) return void describe(name, body);
  const reason = `${CHROMIUM} is missing (apt-get install -y chromium)`;
  console.warn(`[integration] ${ci ? 'FAILING' : 'skipping'} browser tests: ${reason}`);
  if (!ci) return void describe.skip(`${name} (${reason})`, body);
  describe(name, () => {
    it('has Chromium', () => {
      throw new Error(`CI machine: ${reason}; install it in the CI setup`);
    });
  });
}

browserSuite('the map as HTML in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  const { graph, report } = example('broken-shop.json');

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'map-chromium-'));
    // A fresh profile per run: nothing cached, nothing signed in, no state from an earlier run.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1400, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function open(file: string, html: string) {
    const path = join(ARTEFACTS, file);
    writeFileSync(path, html);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${path}`);
    return { page, requests, url: `file://${path}` };
  }

  it('draws every box, marks and links the broken ones, and loads nothing from anywhere', async () => {
    const html = await renderMapHtml(graph, report, { lang: 'en', explain: true });
    const { page, requests, url } = await open('map.en.html', html);

    expect(await page.locator('svg.map g.node').count()).toBe(graph.nodes.length);
    const broken = await page
      .locator('svg.map g.node.broken')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-name')));
    expect(broken).toEqual(expect.arrayContaining(['api-84f6d9c7b8-m5v7c', 'uploads', 'cart', 'media']));
    expect(broken).not.toContain('web');
    // Broken boxes are drawn with the error stroke, healthy ones without it.
    const stroke = (name: string) =>
      page
        .locator(`svg.map g.node[data-name="${name}"] rect`)
        .first()
        .evaluate((r) => getComputedStyle(r).stroke);
    expect(await stroke('api-84f6d9c7b8-m5v7c')).toBe('rgb(198, 40, 40)');
    expect(await stroke('web')).not.toBe('rgb(198, 40, 40)');

    // Every box's text fits inside its box in a real font (the layout sized boxes from estimates).
    const overflow = await page.locator('svg.map g.node').evaluateAll((gs) =>
      gs.flatMap((g) => {
        const rect = (g.querySelector('rect') as SVGGraphicsElement).getBBox();
        return [...g.querySelectorAll('text')]
          .map((t) => (t as SVGGraphicsElement).getBBox())
          .filter((b) => b.x + b.width > rect.x + rect.width + 0.5)
          .map(() => g.getAttribute('data-name'));
      }),
    );
    expect(overflow).toEqual([]);

    // A broken box links to its finding, which is in the list below.
    expect(await page.locator('li.finding').count()).toBe(report.findings.length);
    await page.locator('svg.map g.node[data-name="uploads"] a').click();
    expect(new URL(page.url()).hash).toMatch(/^#finding-\d+$/);
    const target = page.locator('li.finding:target');
    expect(await target.getAttribute('data-code')).toBe('unbound-pvcs.storage-class-not-found');
    await page.goto(url);

    expect(requests.every((r) => r.startsWith('file://'))).toBe(true);
    expect(new Set(requests)).toEqual(new Set([url]));
    await page.screenshot({ path: join(ARTEFACTS, 'map.en.png'), fullPage: true });
    await page.screenshot({ path: join(ARTEFACTS, 'map.en.top.png') });
    await page.close();
  }, 120_000);

  it('in Korean, and hostile names stay text: no script runs, no element is injected', async () => {
    const hostile = hostileSnapshot();
    const hostileGraph = buildGraph(hostile.snapshot, { findings: hostile.findings });
    const html = await renderMapHtml(
      hostileGraph,
      { findings: hostile.findings, snapshotTakenAt: '2026-11-24T09:30:00Z', source: { type: 'cluster' } },
      { lang: 'ko', explain: false },
    );
    const { page, requests, url } = await open('map.hostile.ko.html', html);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.locator('h2').allTextContents()).toContain('발견 사항 (1)');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('svg.map g.node.broken').getAttribute('data-name')).toBe(HOSTILE_SHOWN);
    expect(await page.locator('svg.map text.name').allTextContents()).toContain(HOSTILE_SHOWN);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(ARTEFACTS, 'map.hostile.ko.png'), fullPage: true });
    await page.close();
  }, 120_000);
});
