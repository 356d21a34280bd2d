// An offline, strict check of Kubernetes manifests against the API's own types, as client-node
// generates them from the OpenAPI spec: unknown fields and wrong value types are reported. kubectl
// can only validate this with a server's /openapi, which no test double serves.
import * as models from '@kubernetes/client-node/dist/gen/models/all.js';

interface Attribute {
  name: string;
  baseName: string;
  type: string;
}
type Model = { attributeTypeMap?: Attribute[] };

const registry = models as unknown as Record<string, Model | undefined>;

/** The client-node model class for an apiVersion and kind, e.g. batch/v1 CronJob -> V1CronJob. */
export function modelFor(apiVersion: string, kind: string): string | undefined {
  const version = apiVersion.split('/').pop()!;
  const name = `${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`;
  return registry[name]?.attributeTypeMap ? name : undefined;
}

/** Every problem in `value` read as `type`, as "path: problem" lines (empty when it conforms). */
export function schemaProblems(value: unknown, type: string, path = ''): string[] {
  const at = path || '.';
  if (value === null || value === undefined) return [];
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (!Array.isArray(value)) return [`${at}: expected a list`];
    return value.flatMap((v, i) => schemaProblems(v, array[1]!, `${path}[${i}]`));
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected a map`];
    return Object.entries(value).flatMap(([k, v]) => schemaProblems(v, map[1]!, `${path}.${k}`));
  }
  switch (type) {
    case 'any':
      return [];
    case 'string':
    case 'Date':
      return typeof value === 'string' ? [] : [`${at}: expected a string, got ${JSON.stringify(value)}`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number, got ${JSON.stringify(value)}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected true or false, got ${JSON.stringify(value)}`];
    case 'IntOrString':
      return typeof value === 'number' || typeof value === 'string' ? [] : [`${at}: expected a number or string`];
  }
  const attributes = registry[type]?.attributeTypeMap;
  if (!attributes) return [`${at}: unknown type ${type}`];
  if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object (${type})`];
  const byName = new Map(attributes.map((a) => [a.baseName, a]));
  return Object.entries(value).flatMap(([k, v]) => {
    const attribute = byName.get(k);
    if (!attribute) return [`${path}.${k}: unknown field of ${type}`];
    return schemaProblems(v, attribute.type, `${path}.${k}`);
  });
}
