// Written by the API server and by `kubectl apply` for their own bookkeeping; no check reads them,
// and on a large namespace they are a good part of every object's size.
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Fields = Record<string, unknown>;

/**
 * The object without the bookkeeping no check reads (managedFields, last-applied). A new object is
 * built rather than fields deleted: V8 turns an object that loses a field into a slow dictionary,
 * which on 20,000 pods costs both memory and every later read.
 */
export function slimObject(item: unknown): unknown {
  const metadata = (item as { metadata?: unknown } | null)?.metadata;
  if (!isFields(metadata)) return item;
  const annotations = metadata.annotations;
  const lastApplied = isFields(annotations) && Object.hasOwn(annotations, LAST_APPLIED);
  if (!Object.hasOwn(metadata, 'managedFields') && !lastApplied) return item;
  const { managedFields: _managedFields, annotations: _annotations, ...rest } = metadata;
  let kept: unknown = annotations;
  if (lastApplied) {
    const { [LAST_APPLIED]: _lastApplied, ...others } = annotations;
    kept = Object.keys(others).length > 0 ? others : undefined;
  }
  return { ...(item as Fields), metadata: kept === undefined ? rest : { ...rest, annotations: kept } };
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
