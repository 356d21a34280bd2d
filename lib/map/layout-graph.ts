import { createRequire } from 'node:module';
import type { ELK, ELKConstructorArguments, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Lang } from '../i18n/index.ts';
import type { MapEdge, MapNode } from './namespace-graph.ts';
import { nodeDetail, nodeMark, nodeName } from './node-text.ts';

/** A box placed by the layout, with the three text lines it shows. */
export interface PlacedNode {
  node: MapNode;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: { head: string; name: string; detail: string };
}

/** An arrow routed by the layout, as a polyline. */
export interface PlacedEdge {
  edge: MapEdge;
  points: { x: number; y: number }[];
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

// elkjs is CommonJS and its typings describe an ES default export; require() gives the constructor itself.
const Elk = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new (args?: ELKConstructorArguments) => ELK;

export const FONT = { head: 11, name: 13, detail: 11 } as const;
const LINE = 16;
const PAD_X = 12;
const PAD_Y = 8;

/**
 * Places boxes and routes arrows with ELK's layered algorithm (left to right: workloads, pods,
 * what they use), sizing each box from its text. Positions come from ELK, never computed here.
 */
export async function layoutGraph(nodes: readonly MapNode[], edges: readonly MapEdge[], lang: Lang): Promise<Layout> {
  const texts = new Map(
    nodes.map((n) => [n.id, { head: `${nodeMark(n)} ${n.kind}`, name: nodeName(n), detail: nodeDetail(n, lang) }]),
  );
  const children: ElkNode[] = nodes.map((n) => {
    const t = texts.get(n.id)!;
    const width = Math.max(
      textWidth(t.head, FONT.head),
      textWidth(t.name, FONT.name, true),
      textWidth(t.detail, FONT.detail),
    );
    return { id: n.id, width: Math.ceil(width + 2 * PAD_X), height: (t.detail ? 3 : 2) * LINE + 2 * PAD_Y };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const kept = edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const elkEdges: ElkExtendedEdge[] = kept.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] }));
  const elk = new Elk();
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '14',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.componentComponent': '24',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children,
    edges: elkEdges,
  };
  const result: ElkNode = await elk.layout(root);
  const placed: PlacedNode[] = (result.children ?? []).map((c: ElkNode, i: number) => ({
    node: nodes[i]!,
    x: c.x ?? 0,
    y: c.y ?? 0,
    width: c.width ?? 0,
    height: c.height ?? 0,
    lines: texts.get(nodes[i]!.id)!,
  }));
  const routed: PlacedEdge[] = (result.edges ?? []).map((e, i) => ({
    edge: kept[i]!,
    points: (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]),
  }));
  return { width: Math.ceil(result.width ?? 0), height: Math.ceil(result.height ?? 0), nodes: placed, edges: routed };
}

/** A generous estimate of rendered width: wide (CJK, Hangul) characters take a full em, others about 0.62. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const ch of text)
    ems += /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.62;
  return ems * size * (bold ? 1.06 : 1);
}

export const BOX = { line: LINE, padX: PAD_X, padY: PAD_Y } as const;
