import type { Message } from '../../i18n/index.ts';
import type { Evidence, ObjectRef } from '../finding.ts';
import type { SnapshotIndex } from '../snapshot-index.ts';
import type { Snapshot } from '../snapshot.ts';
import type { KubeNode, Pod } from '../wire.ts';

/** What the explainers of one pending pod collect; the check turns it into a finding. */
export interface Explanation {
  details: Message[];
  remedy: Message[];
  commands: string[];
  evidence: Evidence[];
  related: ObjectRef[];
}

/** Everything an explainer may read about the pod and the cluster. */
export interface PendingContext {
  pod: Pod;
  name: string;
  namespace: string;
  snapshot: Snapshot;
  index: SnapshotIndex;
  /** The nodes, when visible. */
  nodes: KubeNode[];
  nodesVisible: boolean;
  /** total N from the scheduler message, else the number of visible nodes. */
  total: number;
  out: Explanation;
}

/** An empty explanation. */
export function emptyExplanation(): Explanation {
  return { details: [], remedy: [], commands: [], evidence: [], related: [] };
}

/** Adds a message once (same key and params). */
export function addOnce(list: Message[], message: Message): void {
  const same = (m: Message) =>
    m.key === message.key && JSON.stringify(m.params ?? {}) === JSON.stringify(message.params ?? {});
  if (!list.some(same)) list.push(message);
}

/** Adds a command once. */
export function addCommand(out: Explanation, command: string): void {
  if (!out.commands.includes(command)) out.commands.push(command);
}

/** Adds a node fact as evidence, once. */
export function addNodeFact(out: Explanation, node: string, text: string): void {
  if (!out.evidence.some((e) => e.source === 'node' && e.about?.name === node && e.text === text)) {
    out.evidence.push({ source: 'node', text, about: { kind: 'Node', name: node } });
  }
}

/** Adds a related object once. */
export function addRelated(out: Explanation, ref: ObjectRef): void {
  if (!out.related.some((r) => r.kind === ref.kind && r.name === ref.name && r.namespace === ref.namespace))
    out.related.push(ref);
}
