import { isPlainObject } from './object-shape.ts';

/**
 * A core/v1 Event reduced, as it arrives, to the fields the checks read: on a large namespace the
 * events are most of what the doctor holds (100,000 of them beside 20,000 pods), and most of each is
 * bookkeeping (resourceVersion, managedFields, reportingInstance, the involved object's version…).
 * The fieldPath stays: it names the container an event is about.
 */
export function eventAsRead(item: unknown, apiVersion: string, kind: string): Record<string, unknown> | undefined {
  if (!isPlainObject(item)) return undefined;
  const out: Record<string, unknown> = {
    apiVersion,
    kind,
    metadata: pick(item.metadata, ['name', 'namespace', 'uid', 'creationTimestamp']),
    involvedObject: pick(item.involvedObject, ['kind', 'namespace', 'name', 'uid', 'fieldPath']),
  };
  for (const field of TOP_FIELDS) if (item[field] !== undefined) out[field] = item[field];
  if (item.series !== undefined) out.series = pick(item.series, ['count', 'lastObservedTime']);
  if (item.source !== undefined) out.source = pick(item.source, ['component']);
  return out;
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
