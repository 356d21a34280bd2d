import { parseQuantity } from '../../kube/quantity.ts';
import type { Pod } from '../wire.ts';

type Requests = Map<string, number>;
type ResourceList = Record<string, string> | undefined;

/**
 * The requests the scheduler charges a pod with (resourcehelper.PodRequests): the sum of its
 * containers, raised to the largest init container (sidecar init containers with
 * restartPolicy Always run alongside and add up), plus the RuntimeClass overhead.
 * Pod-level resources (spec.resources), where set, take precedence per resource.
 */
export function podRequests(pod: Pod): ReadonlyMap<string, number> {
  // Pending-pod checks weigh every node's pods for every pending pod: compute each pod once per run.
  let requests = computed.get(pod);
  if (!requests) computed.set(pod, (requests = computeRequests(pod)));
  return requests;
}

const computed = new WeakMap<Pod, ReadonlyMap<string, number>>();

function computeRequests(pod: Pod): Requests {
  const spec = pod.spec;
  const total: Requests = new Map();
  for (const container of spec?.containers ?? []) add(total, container.resources?.requests);

  const initMax: Requests = new Map();
  const sidecars: Requests = new Map();
  for (const init of spec?.initContainers ?? []) {
    const own = toMap(init.resources?.requests);
    let effective: Requests;
    if (init.restartPolicy === 'Always') {
      addMap(total, own);
      addMap(sidecars, own);
      effective = new Map(sidecars);
    } else {
      effective = new Map(own);
      addMap(effective, sidecars);
    }
    maxInto(initMax, effective);
  }
  maxInto(total, initMax);

  const podLevel = toMap(spec?.resources?.requests);
  for (const [name, value] of podLevel) total.set(name, value);
  add(total, spec?.overhead);
  return total;
}

function toMap(list: ResourceList): Requests {
  const map: Requests = new Map();
  add(map, list);
  return map;
}

function add(into: Requests, list: ResourceList): void {
  for (const [name, text] of Object.entries(list ?? {})) {
    const value = parseQuantity(text);
    if (value !== null) into.set(name, (into.get(name) ?? 0) + value);
  }
}

function addMap(into: Requests, from: Requests): void {
  for (const [name, value] of from) into.set(name, (into.get(name) ?? 0) + value);
}

function maxInto(into: Requests, from: Requests): void {
  for (const [name, value] of from) into.set(name, Math.max(into.get(name) ?? 0, value));
}
