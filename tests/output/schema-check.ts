// A structural JSON Schema checker for the subset docs/report.schema.json uses: type (with arrays
// of types), const, enum, required, properties, additionalProperties (false or a schema), items,
// oneOf, $ref to #/$defs, minimum, format date-time. Returns every violation with its JSON path.

type Schema = Record<string, unknown>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Checks a value against a schema; an empty list means it conforms. */
export function schemaErrors(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, part) => (node as Schema)[part], root);
    if (!target) return [`${path}: unresolved $ref ${schema.$ref}`];
    return schemaErrors(value, target as Schema, root, path);
  }
  const errors: string[] = [];
  if (schema.oneOf) {
    const matches = (schema.oneOf as Schema[]).filter((s) => schemaErrors(value, s, root, path).length === 0);
    if (matches.length !== 1) errors.push(`${path}: matches ${matches.length} of oneOf`);
  }
  if ('const' in schema && value !== schema.const)
    errors.push(`${path}: is ${JSON.stringify(value)}, must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
      return [...errors, `${path}: is ${actual}, must be ${allowed.join(' or ')}`];
    }
  }
  if (typeof schema.minimum === 'number' && typeof value === 'number' && value < schema.minimum)
    errors.push(`${path}: below ${schema.minimum}`);
  if (schema.format === 'date-time' && typeof value === 'string' && !DATE_TIME.test(value))
    errors.push(`${path}: "${value}" is not RFC 3339`);
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...schemaErrors(v, props[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...schemaErrors(v, schema.additionalProperties as Schema, root, `${path}.${key}`));
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => errors.push(...schemaErrors(item, schema.items as Schema, root, `${path}[${i}]`)));
  return errors;
}
