import { describe, expect, it } from 'vitest';
import { en, ko } from '../../lib/i18n/catalogue.ts';
import { detectLang, render, translator } from '../../lib/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('gives every English key a non-empty Korean text with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key], key).toBeTruthy();
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills parameters in both languages', () => {
    expect(translator('en')('usage.unknownFlag', { flag: '--x' })).toBe('Unknown option: --x. Run with --help to see the options.');
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
