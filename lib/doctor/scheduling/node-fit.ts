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
  const pods = index.activePodsOnNode(name);
  // Only a pod bound to this node is in its list: a pending pod (no node yet) has nothing to take out.
  const excluded = exclude?.spec?.nodeName === name ? pods.filter((p) => p === exclude || sameUid(p, exclude)) : [];
  const requested =
    requestedOnNode(index, name, resource, pods) - excluded.reduce((sum, p) => sum + charge(p, resource), 0);
  return { node: name, resource, allocatable, requested, free: allocatable - requested };
}

// The sum per node and resource is the same for every pending pod weighed against that node: once per index.
const sums = new WeakMap<SnapshotIndex, Map<string, number>>();

function requestedOnNode(index: SnapshotIndex, node: string, resource: string, pods: readonly Pod[]): number {
  let byKey = sums.get(index);
  if (!byKey) sums.set(index, (byKey = new Map<string, number>()));
  const key = `${node}\u0000${resource}`;
  let sum = byKey.get(key);
  if (sum === undefined) byKey.set(key, (sum = pods.reduce((total, p) => total + charge(p, resource), 0)));
  return sum;
}

function charge(pod: Pod, resource: string): number {
  return resource === 'pods' ? 1 : (podRequests(pod).get(resource) ?? 0);
}

function sameUid(a: Pod, b: Pod): boolean {
  return !!a.metadata?.uid && a.metadata.uid === b.metadata?.uid;
}
