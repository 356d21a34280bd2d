import { parseQuantity } from '../../kube/quantity.ts';
import type { SnapshotIndex } from '../snapshot-index.ts';
import type { KubeNode, Pod } from '../wire.ts';
import { podRequests } from './pod-requests.ts';

/** One resource on one node: what it offers, what bound pods already request, what is left. */
export interface NodeRoom {
  node: string;
  resource: string;
  allocatable: number;
  requested: number;
  free: number;
}

/**
 * The room left for a resource on a node: allocatable minus the requests of the active pods
 * bound to it that the snapshot holds ("pods" counts pods). When only one namespace was
 * read, pods of other namespaces are missing, so `requested` is a lower bound.
 * Returns undefined when the node does not advertise the resource at all.
 */
export function nodeRoom(node: KubeNode, resource: string, index: SnapshotIndex, exclude?: Pod): NodeRoom | undefined {
  const name = node.metadata?.name ?? '';
  const allocatable = parseQuantity((node.status?.allocatable ?? {})[resource]);
  if (allocatable === null) return undefined;
  const pods = index
    .activePodsOnNode(name)
    .filter((p) => !exclude || (p !== exclude && !(p.metadata?.uid && p.metadata.uid === exclude.metadata?.uid)));
  const requested =
    resource === 'pods' ? pods.length : pods.reduce((sum, p) => sum + (podRequests(p).get(resource) ?? 0), 0);
  return { node: name, resource, allocatable, requested, free: allocatable - requested };
}
