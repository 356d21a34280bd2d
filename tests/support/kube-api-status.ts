/** A meta/v1 Status as the API server sends it on failure. */
export interface StatusBody {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string };
  code: number;
}

/** Builds a failure Status; `details` is kept only when it says something. */
export function statusBody(code: number, reason: string, message: string, details?: StatusBody['details']): StatusBody {
  const body: StatusBody = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
  if (details && Object.keys(details).length > 0) body.details = details;
  return body;
}

/** 401 exactly as kube-apiserver answers an unknown or missing token. */
export function unauthorized(): StatusBody {
  return statusBody(401, 'Unauthorized', 'Unauthorized');
}

/** 403 with the apiserver's wording for namespaced or cluster-scope requests. */
export function forbidden(opts: {
  user: string;
  verb: string;
  resource: string;
  group: string;
  namespace?: string;
  name?: string;
}): StatusBody {
  const subject = opts.name
    ? `${qualified(opts.resource, opts.group)} "${opts.name}"`
    : qualified(opts.resource, opts.group);
  const scope = opts.namespace ? `in the namespace "${opts.namespace}"` : 'at the cluster scope';
  const message = `${subject} is forbidden: User "${opts.user}" cannot ${opts.verb} resource "${opts.resource}" in API group "${opts.group}" ${scope}`;
  return statusBody(403, 'Forbidden', message, {
    ...(opts.name ? { name: opts.name } : {}),
    ...(opts.group ? { group: opts.group } : {}),
    kind: opts.resource,
  });
}

/** 404 for a named object: `pods "x" not found`, `deployments.apps "x" not found`. */
export function notFound(resource: string, group: string, name: string): StatusBody {
  return statusBody(404, 'NotFound', `${qualified(resource, group)} "${name}" not found`, {
    name,
    ...(group ? { group } : {}),
    kind: resource,
  });
}

/** 404 for a path the server does not serve at all. */
export function noSuchPath(): StatusBody {
  return statusBody(404, 'NotFound', 'the server could not find the requested resource', {});
}

/** 410 for a continue token the server cannot honour. */
export function expired(): StatusBody {
  return statusBody(
    410,
    'Expired',
    'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.',
  );
}

function qualified(resource: string, group: string): string {
  return group ? `${resource}.${group}` : resource;
}
