/** A translation of an English catalogue part: every key present, each a string. */
export type Translation<En extends Record<string, string>> = { readonly [K in keyof En]: string };
