/**
 * Korean particles after words we do not know in advance (object names, numbers, English terms).
 * A particle's form depends on how the word ends when read aloud in Korean: after a final
 * consonant (받침) 이/을/은/과/으로, after a vowel 가/를/는/와/로, and after ㄹ 로.
 */
export type FinalSound = 'vowel' | 'consonant' | 'rieul';

/** The double forms the catalogue writes after a placeholder: [form after a consonant, after a vowel]. */
export const PARTICLE_PAIRS: Readonly<Record<string, readonly [string, string]>> = {
  '이(가)': ['이', '가'],
  '가(이)': ['이', '가'],
  '을(를)': ['을', '를'],
  '를(을)': ['을', '를'],
  '은(는)': ['은', '는'],
  '는(은)': ['은', '는'],
  '과(와)': ['과', '와'],
  '와(과)': ['과', '와'],
  '(으)로': ['으로', '로'],
};

// English letters read one by one in an acronym (PVC, EKS): only L(엘), R(알), M(엠), N(엔) end in a consonant.
const LETTER_NAMES: Readonly<Record<string, FinalSound>> = { L: 'rieul', R: 'rieul', M: 'consonant', N: 'consonant' };
// Digits as Sino-Korean numerals: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGITS: readonly FinalSound[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];
// Loanwords whose Korean reading the spelling rules below get wrong.
const WORDS: Readonly<Record<string, FinalSound>> = {
  check: 'vowel',
  hub: 'vowel',
  nat: 'consonant',
  ok: 'vowel',
  type: 'consonant',
};

/** How a word ends when read in Korean, or null when its reading cannot be told with confidence. */
export function finalSound(word: string): FinalSound | null {
  const text = word.replace(/[^\p{L}\p{N}]+$/u, '');
  const last = text.at(-1);
  if (!last) return null;
  const code = last.codePointAt(0)!;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'vowel' : jong === 8 ? 'rieul' : 'consonant';
  }
  if (/\d/.test(last)) return numberSound(text);
  const tail = /[A-Za-z]+$/.exec(text)?.[0];
  if (!tail) return null;
  // A quantity's unit (128Mi, 500m) is read in several ways.
  if (/\d$/.test(text.slice(0, -tail.length)) && tail.length <= 2) return null;
  const segment = lastWordOf(tail);
  if (/^[A-Z]{1,5}$/.test(segment)) return LETTER_NAMES[segment.at(-1)!] ?? 'vowel';
  return englishSound(segment.toLowerCase());
}

/** The word with the particle attached, or the double form when the reading is uncertain. */
export function withParticle(word: string, doubleForm: string): string {
  const pair = PARTICLE_PAIRS[doubleForm];
  if (!pair) return word + doubleForm;
  const sound = finalSound(word);
  if (sound === null) return word + doubleForm;
  const [afterConsonant, afterVowel] = pair;
  if (doubleForm === '(으)로') return word + (sound === 'consonant' ? afterConsonant : afterVowel);
  return word + (sound === 'vowel' ? afterVowel : afterConsonant);
}

// The last word of camelCase or PascalCase text (OOMKilled -> Killed, clusterIP -> IP).
function lastWordOf(letters: string): string {
  const m = /(?:[A-Z]+(?![a-z])|[A-Z]?[a-z]+)$/.exec(letters);
  return m?.[0] ?? letters;
}

function numberSound(text: string): FinalSound {
  const digits = /\d+$/.exec(text)![0];
  const zeros = /0*$/.exec(digits)![0].length;
  // 10 십, 100 백, 1000 천, 10000 만 all end in a consonant.
  if (zeros > 0 && zeros < digits.length) return 'consonant';
  return DIGITS[Number(digits.at(-1))]!;
}

function englishSound(word: string): FinalSound | null {
  const known = WORDS[word];
  if (known) return known;
  const last = word.at(-1)!;
  const before = word.at(-2) ?? '';
  const shortVowelBefore = /[aeiou]/.test(before) && !/[aeiou]/.test(word.at(-3) ?? '');
  // file 파일, role 롤, schedule 스케줄; volume 볼륨, name 네임, machine 머신.
  if (last === 'l' || word.endsWith('le')) return 'rieul';
  if (last === 'm' || last === 'n' || word.endsWith('ng') || /[mn]e$/.test(word)) return 'consonant';
  // setup 셋업, app 앱, group 그룹; but help 헬프, dump 덤프.
  if (last === 'p') return /[aeiou]/.test(before) ? 'consonant' : 'vowel';
  // timeout 타임아웃, stdout 스탠다드아웃.
  if (word.endsWith('out')) return 'consonant';
  // set 셋, secret 시크릿, job 잡, spec 스펙; but port 포트, root 루트, host 호스트.
  if (last === 't' || last === 'b' || last === 'c') return shortVowelBefore ? 'consonant' : 'vowel';
  if (last === 'k') {
    if (word.endsWith('ck') || word.endsWith('ook')) return 'consonant';
    return /[aeiou]/.test(before) ? null : 'vowel';
  }
  return 'vowel';
}
