import { describe, expect, it } from 'vitest';
import { ko } from '../../lib/i18n/catalogue.ts';
import { finalSound, withParticle } from '../../lib/i18n/korean-particles.ts';
import { fill } from '../../lib/i18n/template.ts';

const PARTICLE = '(이|가|을|를|은|는|과|와|으로|로)(?![\\p{Script=Hangul}(])';
const FORMS: Record<string, { after: 'vowel' | 'consonant'; pair: string }> = {
  이: { after: 'consonant', pair: '이(가)' },
  가: { after: 'vowel', pair: '이(가)' },
  을: { after: 'consonant', pair: '을(를)' },
  를: { after: 'vowel', pair: '을(를)' },
  은: { after: 'consonant', pair: '은(는)' },
  는: { after: 'vowel', pair: '은(는)' },
  과: { after: 'consonant', pair: '과(와)' },
  와: { after: 'vowel', pair: '과(와)' },
  으로: { after: 'consonant', pair: '(으)로' },
  로: { after: 'vowel', pair: '(으)로' },
};

describe('Korean particles after names and English terms', () => {
  it('picks the form by how the word ends when read in Korean', () => {
    expect(fill('{s}이(가) 없습니다', { s: 'app=shop-api' })).toBe('app=shop-api가 없습니다');
    expect(fill('{p}을(를) 확인하세요', { p: 'Pod' })).toBe('Pod를 확인하세요');
    expect(fill('{c}을(를) 확인하세요', { c: 'db-claim' })).toBe('db-claim을 확인하세요');
    expect(fill('종료 코드 {n}(으)로', { n: 1 })).toBe('종료 코드 1로');
    expect(fill('종료 코드 {n}(으)로', { n: 3 })).toBe('종료 코드 3으로');
    expect(fill('{t}(으)로 실행', { t: 'kubectl' })).toBe('kubectl로 실행');
    expect(fill('{x}은(는)', { x: '서울' })).toBe('서울은');
    expect(fill('{x}와(과)', { x: 'PVC' })).toBe('PVC와');
    expect(fill('{x}이(가)', { x: 'IAM' })).toBe('IAM이');
  });

  it('keeps the double form where the reading is uncertain', () => {
    expect(withParticle('128Mi', '이(가)')).toBe('128Mi이(가)');
    expect(finalSound('')).toBeNull();
  });

  it('the catalogue writes a double form after every placeholder, never a guessed single form', () => {
    const guessed = Object.entries(ko).flatMap(([key, text]) =>
      [...text.matchAll(new RegExp(`\\{\\w+\\}${PARTICLE}`, 'gu'))].map((m) => `${key}: ${m[0]}`),
    );
    expect(guessed).toEqual([]);
  });

  it('every particle after an English word in the catalogue agrees with how the word is read', () => {
    const wrong = Object.entries(ko).flatMap(([key, text]) =>
      [...text.matchAll(new RegExp(`([A-Za-z][A-Za-z0-9.-]*)[\`'"]?${PARTICLE}`, 'gu'))].flatMap((m) => {
        const sound = finalSound(m[1]!);
        const form = FORMS[m[2]!]!;
        if (sound === null) return [];
        const expected = withParticle(m[1]!, form.pair).slice(m[1]!.length);
        return expected === m[2] ? [] : [`${key}: ${m[0]} (expected ${m[1]}${expected})`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
