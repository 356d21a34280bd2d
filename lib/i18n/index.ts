import { catalogues, en, type Lang, type MessageKey } from './catalogue.ts';
import { fill, type ParamsOf } from './template.ts';

export type { Lang, MessageKey };
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A message to be rendered later: a key and its parameters. Findings and errors carry these, not text. */
export interface Message<K extends MessageKey = MessageKey> {
  key: K;
  params?: Record<string, string | number>;
}

/** Builds a typed message reference. */
export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message<K> {
  return params[0] ? { key, params: params[0] } : { key };
}

type ParamsArg<K extends MessageKey> =
  ParamsOf<(typeof en)[K]> extends Record<string, never> | undefined
    ? [params?: Record<string, string | number>]
    : [params: ParamsOf<(typeof en)[K]>];

/** Picks the language: the explicit flag, else LC_ALL / LC_MESSAGES / LANG starting with "ko", else English. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'en' || flag === 'ko') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Whether a string names a supported language. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A translator bound to one language. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

/** Returns a translator for the language; Korean falls back to English for an empty string. */
export function translator(lang: Lang): Translate {
  const table = catalogues[lang];
  return (key: MessageKey, params?: Record<string, string | number>) => fill(table[key] || en[key], params);
}

/** Renders a stored message reference in a language. */
export function render(lang: Lang, message: Message): string {
  const table = catalogues[lang];
  return fill(table[message.key] || en[message.key], message.params);
}
