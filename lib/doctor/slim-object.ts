import { isPlainObject } from './object-shape.ts';

// Written by the API server and by `kubectl apply` for their own bookkeeping; no check reads them,
// and on a large namespace they are a good part of every object's size.
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Fields = Record<string, unknown>;

/**
 * A list item as the doctor keeps it: with the apiVersion and kind the server leaves off list items
 * (kubectl adds them too), and without the bookkeeping no check reads (managedFields, last-applied).
 * One new object is built rather than fields deleted: V8 turns an object that loses a field into a
 * slow dictionary, which on 20,000 pods costs both memory and every later read.
 */
export function slimListItem(item: unknown, apiVersion: string, kind: string): Fields | undefined {
  if (!isPlainObject(item)) return undefined;
  const out: Fields = { apiVersion, kind, ...item };
  out.apiVersion = apiVersion;
  out.kind = kind;
  const metadata = slimMetadata(item.metadata);
  if (metadata !== item.metadata) out.metadata = metadata;
  return out;
}

function slimMetadata(metadata: unknown): unknown {
  if (!isPlainObject(metadata)) return metadata;
  const annotations = metadata.annotations;
  const lastApplied = isPlainObject(annotations) && Object.hasOwn(annotations, LAST_APPLIED);
  if (!Object.hasOwn(metadata, 'managedFields') && !lastApplied) return metadata;
  const { managedFields: _managedFields, annotations: _annotations, ...rest } = metadata;
  let kept: unknown = annotations;
  if (lastApplied) {
    const { [LAST_APPLIED]: _lastApplied, ...others } = annotations;
    kept = Object.keys(others).length > 0 ? others : undefined;
  }
  return kept === undefined ? rest : { ...rest, annotations: kept };
}
