/**
 * Turns an events.k8s.io/v1 Event (what `kubectl get events.events.k8s.io -o json` prints)
 * into the core v1 shape the checks read: note -> message, regarding -> involvedObject,
 * deprecated* -> count/first/last seen. A core v1 Event is returned as it is.
 */
export function toCoreEvent(object: Record<string, unknown>): Record<string, unknown> {
  if (object.apiVersion !== 'events.k8s.io/v1' && object.apiVersion !== 'events.k8s.io/v1beta1') return object;
  const { note, regarding, related, deprecatedCount, deprecatedFirstTimestamp, deprecatedLastTimestamp, deprecatedSource, reportingController, series, ...rest } = object as Record<string, unknown> & {
    series?: { count?: number; lastObservedTime?: string };
  };
  const eventTime = typeof rest.eventTime === 'string' ? rest.eventTime : undefined;
  return {
    ...rest,
    apiVersion: 'v1',
    ...(note !== undefined ? { message: note } : {}),
    ...(regarding !== undefined ? { involvedObject: regarding } : {}),
    ...(related !== undefined ? { related } : {}),
    count: series?.count ?? deprecatedCount ?? 1,
    firstTimestamp: deprecatedFirstTimestamp ?? eventTime,
    lastTimestamp: series?.lastObservedTime ?? deprecatedLastTimestamp ?? eventTime,
    ...(deprecatedSource !== undefined ? { source: deprecatedSource } : {}),
    ...(reportingController !== undefined ? { reportingComponent: reportingController } : {}),
    ...(series !== undefined ? { series } : {}),
  };
}
