import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAll, parseXml } from '../output/xml-tree.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { runScript, type CliResult } from '../support/run-cli.ts';
import { doctorClusterObjects, VALUE_MARKERS } from '../doctor/fixtures/cluster-objects.ts';
import { mermaidProblems } from '../map/mermaid-syntax.ts';
import { CHECKS } from '../../checks/index.ts';
import { loadSnapshotFile } from '../../lib/doctor/load-file.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import { buildGraph } from '../../lib/map/build-graph.ts';
import { renderDot } from '../../lib/map/render-dot.ts';
import { renderMermaid } from '../../lib/map/render-mermaid.ts';
import { renderSvg } from '../../lib/map/render-svg.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const ADMIN = 'admin-7c1e5a9d3b2f';
let dir: string;
let api: ApiDouble;
let kubeconfig: string;

function map(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, CI: 'true', LANG: 'en_US.UTF-8', ...extraEnv };
  delete env.KUBECONFIG;
  delete env.LC_ALL;
  return runScript('scripts/map.ts', [...args], { cwd: ROOT, env, timeoutMs: 90_000 });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'map-it-'));
  api = await startApiDouble({
    objects: doctorClusterObjects(3),
    users: { [ADMIN]: { username: 'admin', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] } },
  });
  kubeconfig = await api.kubeconfig({ token: ADMIN, namespace: 'shop', path: join(dir, 'admin.kubeconfig') });
});

afterAll(async () => {
  // A map only reads, like the doctor.
  const methods = new Set(api.requests.map((r) => r.method));
  await api.close();
  expect([...methods]).toEqual(['GET']);
});

describe('map from a file', () => {
  const example = ['--from-file', 'examples/broken-shop.json'];

  it('prints the tree by default, plain without a terminal, and exits 0 although objects are broken', async () => {
    const r = await map(example);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Namespace shop · 44 objects, 14 with problems · read 2026-11-24T09:30:00Z');
    expect(r.stdout).toContain('✖ Pod api-84f6d9c7b8-m5v7c  CrashLoopBackOff');
    expect(r.stdout).not.toContain('\u001b[');
  }, 180_000);

  it('writes a self-contained HTML page in Korean', async () => {
    const html = await map([...example, '-o', 'html', '--lang', 'ko']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('<html lang="ko">');
    expect(html.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html.stdout).toContain('0/1 준비됨');
  }, 180_000);

  it('refuses what it cannot draw with exit 2 and a message naming the problem', async () => {
    const bad = await map([...example, '-o', 'png']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown output format "png": use tree, mermaid, dot, svg or html.');
    const doctorOnly = await map([...example, '--fail-on', 'warning']);
    expect(doctorOnly.code).toBe(2);
    expect(doctorOnly.stderr).toContain('--fail-on is a doctor option; the map does not take it.');
    const help = await map(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npx tsx scripts/map.ts [options]');
  }, 240_000);
});

describe('map against an API server', () => {
  it('reads the namespace once and draws the broken pod; the same read draws in every format, without a Secret value', async () => {
    const before = api.requests.length;
    const saved = join(dir, 'shop.json');
    const tree = await map(['--kubeconfig', kubeconfig, '--save-snapshot', saved]);
    expect(tree.code, tree.stderr).toBe(0);
    // One read: every list path asked once (no page beyond the first in this small namespace).
    const paths = api.requests.slice(before).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/api/v1/namespaces/shop/pods');
    expect(tree.stdout.split('\n')[0]).toMatch(/^Namespace shop · /);
    expect(tree.stdout).toContain('✖ Pod api-5c8d7b9f4-q7w2e  ImagePullBackOff  — The image');
    expect(tree.stdout).toMatch(/Pod web-6d4cf56db6-\* ×\d/);

    const html = await map(['--kubeconfig', kubeconfig, '-o', 'html']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('image-pulls.not-found');
    expect(html.stdout).toMatch(
      /<g id="node-n\d+" class="node health-error broken" data-kind="Pod" data-name="api-5c8d7b9f4-q7w2e"/,
    );

    // What the cluster read gave, drawn in the other formats in-process (each CLI run costs seconds of tsx start-up).
    const snapshot = await loadSnapshotFile(saved);
    const graph = buildGraph(snapshot, runChecks(snapshot, CHECKS, { source: { type: 'cluster' } }));
    const mermaid = renderMermaid(graph, { lang: 'en' });
    expect(mermaidProblems(mermaid).problems).toEqual([]);
    expect(mermaid).toMatch(/\["✖ Pod<br\/>api-5c8d7b9f4-q7w2e<br\/>ImagePullBackOff"\]:::error/);
    expect(renderDot(graph, { lang: 'en' })).toContain('label="✖ Pod\\napi-5c8d7b9f4-q7w2e\\nImagePullBackOff"');
    const svg = await renderSvg(graph, { lang: 'en' });
    const broken = findAll(parseXml(svg), 'g').filter((g) => g.attrs.class?.split(' ').includes('broken'));
    expect(broken.map((g) => g.attrs['data-name']).sort()).toEqual(['api-5c8d7b9f4-q7w2e', 'worker-7b9f8c6d5-x2p4q']);
    for (const text of [tree.stdout, tree.stderr, html.stdout, mermaid, svg])
      for (const marker of VALUE_MARKERS) expect(text).not.toContain(marker);
  }, 240_000);

  it('exits 3 with the reason when the cluster refuses the credentials', async () => {
    const other = await api.kubeconfig({ token: 'not-a-user', namespace: 'shop', path: join(dir, 'bad.kubeconfig') });
    const r = await map(['--kubeconfig', other]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
  }, 180_000);
});
