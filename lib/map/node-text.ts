import type { Lang } from '../i18n/index.ts';
import { label, messageText } from '../output/message-text.ts';
import { cleanText } from '../output/clean-text.ts';

export { cleanText };
import type { Health, MapKind, MapNode } from './namespace-graph.ts';

/** The box's name line: the object's name, and ×N for collapsed pods. */
export function nodeName(node: MapNode): string {
  const name = cleanText(node.name);
  return node.members ? `${name} ×${node.members.length}` : name;
}

/** The box's status line in a language ("2/3 ready", "CrashLoopBackOff"), with "not found" for a missing object. */
export function nodeDetail(node: MapNode, lang: Lang): string {
  const parts: string[] = [];
  if (node.detail) parts.push(cleanText(messageText(lang, node.detail)));
  if (node.missing) parts.push(label(lang, 'map.missing'));
  return parts.join(' · ');
}

/** What the health is called in a language. */
export function healthText(health: Health, lang: Lang): string {
  return label(lang, `map.health.${health}`);
}

/** The one-line note on what a kind of object is, for --explain. */
export function kindNote(kind: MapKind, lang: Lang): string {
  return label(lang, `map.kind.${kind}`);
}

/** The kinds present in a set of boxes, in the order MAP_KINDS lists them. */
export function kindsShown(nodes: readonly MapNode[], order: readonly MapKind[]): MapKind[] {
  const present = new Set(nodes.map((n) => n.kind));
  return order.filter((k) => present.has(k));
}

/** The mark drawn beside a box's name for its health. */
export const HEALTH_MARK: Record<Health, string> = { error: '✖', warning: '▲', info: 'ℹ', ok: '✓' };

/** The mark for a box: its health, or "?" for an object that is referenced but missing and has no finding of its own. */
export function nodeMark(node: MapNode): string {
  return node.missing && node.health === 'ok' ? '?' : HEALTH_MARK[node.health];
}
