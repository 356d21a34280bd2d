/** The names of the `{placeholders}` in a message template, as a union type. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** Parameters a template needs: one string or number per placeholder. */
export type ParamsOf<S extends string> = [Placeholders<S>] extends [never]
  ? Record<string, never> | undefined
  : Record<Placeholders<S>, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
