import { describe, expect, it } from 'vitest';
import { en, ko } from '../../lib/i18n/catalogue.ts';
import { detectLang, render, translator } from '../../lib/i18n/index.ts';
import { readdirSync } from 'node:fs';

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('gives every English key a non-empty Korean text with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key], key).toBeTruthy();
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('never lets two English area files define the same key (a spread would silently drop one)', async () => {
    const dir = new URL('../../lib/i18n/en/', import.meta.url);
    const seen = new Map<string, string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const part = Object.values((await import(new URL(file, dir).href)) as Record<string, Record<string, string>>)[0]!;
      for (const key of Object.keys(part)) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
    expect(seen.size).toBe(Object.keys(en).length);
  });

  it('fills parameters in both languages', () => {
    expect(translator('en')('usage.unknownFlag', { flag: '--x' })).toBe(
      'Unknown option: --x. Run with --help to see the options.',
    );
    expect(render('ko', { key: 'usage.unknownFlag', params: { flag: '--x' } })).toContain('--x');
  });

  it('picks Korean from the flag or a ko locale, English otherwise', () => {
    expect(detectLang('ko', {})).toBe('ko');
    expect(detectLang(undefined, { LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(detectLang(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(detectLang('en', { LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(detectLang(undefined, {})).toBe('en');
  });
});
