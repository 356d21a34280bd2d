import { PARTICLE_PAIRS, withParticle } from './korean-particles.ts';

/** The names of the `{placeholders}` in a message template, as a union type. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** Parameters a template needs: one string or number per placeholder. */
export type ParamsOf<S extends string> = [Placeholders<S>] extends [never]
  ? Record<string, never> | undefined
  : Record<Placeholders<S>, string | number>;

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. A Korean
 * double-form particle right after a placeholder (`{name}이(가)`) is resolved for the value it gets.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, particle: string | undefined) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    return particle ? withParticle(value, particle) : value;
  });
}

const PLACEHOLDER = new RegExp(
  `\\{([A-Za-z0-9_]+)\\}(${Object.keys(PARTICLE_PAIRS)
    .map((p) => p.replace(/[()]/g, '\\$&'))
    .join('|')})?`,
  'g',
);
