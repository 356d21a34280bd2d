import { isPlainObject } from './object-shape.ts';

/**
 * A core/v1 Event reduced, as it arrives, to the fields the checks read: on a large namespace the
 * events are most of what the doctor holds (100,000 of them beside 20,000 pods), and most of each is
 * bookkeeping (resourceVersion, managedFields, reportingInstance, the involved object's version…).
 * The fieldPath stays: it names the container an event is about.
 */
export function eventAsRead(
  item: unknown,
  apiVersion: string,
  kind: string,
  same: (value: unknown) => unknown = (value) => value,
): Record<string, unknown> | undefined {
  if (!isPlainObject(item)) return undefined;
  const out: Record<string, unknown> = {
    apiVersion,
    kind,
    metadata: pick(item.metadata, ['name', 'namespace', 'uid', 'creationTimestamp']),
    involvedObject: pick(item.involvedObject, ['kind', 'namespace', 'name', 'uid', 'fieldPath']),
  };
  for (const field of TOP_FIELDS) if (item[field] !== undefined) out[field] = same(item[field]);
  if (item.series !== undefined) out.series = pick(item.series, ['count', 'lastObservedTime']);
  if (item.source !== undefined) out.source = pick(item.source, ['component']);
  return out;
}

/**
 * Gives back one copy of each text it is shown. Events repeat their texts: every pod of a Deployment
 * gets "Container image … already present on machine", and an event seen once has its first and last
 * time alike; JSON.parse makes a new string for each.
 */
export function sameTexts(): (value: unknown) => unknown {
  const seen = new Map<string, string>();
  return (value) => {
    if (typeof value !== 'string') return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

const TOP_FIELDS = [
  'reason',
  'message',
  'type',
  'count',
  'firstTimestamp',
  'lastTimestamp',
  'eventTime',
  'reportingComponent',
] as const;

/** The named fields of an object; anything else is returned as it is, for the shape check to judge. */
function pick(value: unknown, fields: readonly string[]): unknown {
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const field of fields) if (value[field] !== undefined) out[field] = value[field];
  return out;
}
