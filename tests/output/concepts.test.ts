import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS } from '../../lib/doctor/concepts.ts';
import { en, ko } from '../../lib/i18n/catalogue.ts';

const table = (lang: typeof en | typeof ko) => lang as Record<string, string>;
const HANGUL = /[가-힣]/;

describe('concept notes', () => {
  it.each(CONCEPT_IDS)('%s has a title and a short note in English and Korean', (id) => {
    for (const key of [`concept.${id}`, `concept.${id}.title`]) {
      const english = table(en)[key];
      const korean = table(ko)[key];
      expect(english, key).toBeTruthy();
      expect(korean, key).toBeTruthy();
      expect(korean, `${key} is translated`).toMatch(HANGUL);
    }
    // Short: a few sentences, not an article.
    const note = table(en)[`concept.${id}`]!;
    const sentences = note.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
    expect(sentences, id).toBeGreaterThanOrEqual(2);
    expect(sentences, id).toBeLessThanOrEqual(5);
  });

  it('has no note for an id that does not exist', () => {
    const ids = new Set<string>(CONCEPT_IDS);
    const orphans = Object.keys(en)
      .filter((k) => k.startsWith('concept.'))
      .map((k) => k.replace(/^concept\./, '').replace(/\.title$/, ''))
      .filter((id) => !ids.has(id));
    expect(orphans).toEqual([]);
  });
});
