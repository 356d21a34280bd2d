// Written by the API server and by `kubectl apply` for their own bookkeeping; no check reads them,
// and on a large namespace they are a good part of every object's size.
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Drops from an object, in place, the bookkeeping no check reads (managedFields, last-applied). */
export function slimObject(item: unknown): unknown {
  const metadata = (item as { metadata?: { managedFields?: unknown; annotations?: Record<string, unknown> } } | null)
    ?.metadata;
  if (!metadata || typeof metadata !== 'object') return item;
  delete metadata.managedFields;
  const annotations = metadata.annotations;
  if (annotations && typeof annotations === 'object' && LAST_APPLIED in annotations) {
    delete annotations[LAST_APPLIED];
    if (Object.keys(annotations).length === 0) delete metadata.annotations;
  }
  return item;
}
