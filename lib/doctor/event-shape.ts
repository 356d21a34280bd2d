/**
 * Turns an events.k8s.io/v1 Event (what `kubectl get events.events.k8s.io -o json` prints)
 * into the core v1 shape the checks read: note -> message, regarding -> involvedObject,
 * deprecated* -> count/first/last seen. A core v1 Event is returned as it is. Live gathers read
 * core/v1 events, which the apiserver already converts; files and saved snapshots pass through here.
 */
export function toCoreEvent(object: Record<string, unknown>): Record<string, unknown> {
  // Items of a typed EventList (`kubectl get --raw /apis/events.k8s.io/v1/...`) carry no apiVersion: know them by their fields.
  const newShape =
    object.apiVersion === 'events.k8s.io/v1' ||
    object.apiVersion === 'events.k8s.io/v1beta1' ||
    (object.apiVersion === undefined &&
      object.involvedObject === undefined &&
      (object.regarding !== undefined || object.note !== undefined));
  if (!newShape) return object;
  const {
    note,
    regarding,
    related,
    deprecatedCount,
    deprecatedFirstTimestamp,
    deprecatedLastTimestamp,
    deprecatedSource,
    reportingController,
    series,
    ...rest
  } = object as Record<string, unknown> & {
    series?: { count?: number; lastObservedTime?: string };
  };
  const eventTime = typeof rest.eventTime === 'string' ? rest.eventTime : undefined;
  return {
    ...rest,
    apiVersion: 'v1',
    ...(note !== undefined ? { message: note } : {}),
    ...(regarding !== undefined ? { involvedObject: regarding } : {}),
    ...(related !== undefined ? { related } : {}),
    // An event recorded once has no series and deprecatedCount 0 (or none): it happened once.
    count: series?.count || deprecatedCount || 1,
    firstTimestamp: deprecatedFirstTimestamp ?? eventTime,
    lastTimestamp: series?.lastObservedTime ?? deprecatedLastTimestamp ?? eventTime,
    ...(deprecatedSource !== undefined ? { source: deprecatedSource } : {}),
    ...(reportingController !== undefined ? { reportingComponent: reportingController } : {}),
    ...(series !== undefined ? { series } : {}),
  };
}
