import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../lib/i18n/index.ts';
import { renderJson } from '../../lib/output/json.ts';
import { renderJunit } from '../../lib/output/junit.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';
import { goldenReport } from './golden-report.ts';

// Golden files: the fixed report in every format and language, compared byte for byte.
// After an intended change to a renderer or a text, regenerate them and review the diff:
//   UPDATE_GOLDEN=1 npx vitest run tests/golden
const update = process.env.UPDATE_GOLDEN === '1';

const formats: Record<string, (lang: Lang) => string> = {
  'terminal.txt': (lang) => renderTerminal(goldenReport, { lang, explain: true, color: false }),
  'json': (lang) => renderJson(goldenReport, { lang }),
  'junit.xml': (lang) => renderJunit(goldenReport, { lang }),
  'md': (lang) => renderMarkdown(goldenReport, { lang, explain: true }),
};

describe('golden output', () => {
  for (const lang of LANGS) {
    for (const [ext, render] of Object.entries(formats)) {
      it(`renders the fixed report as ${ext} in ${lang}`, () => {
        const file = new URL(`./report.${lang}.${ext}`, import.meta.url);
        const actual = render(lang);
        if (update || !existsSync(file)) {
          if (!update) throw new Error(`golden file ${file.pathname} is missing: run with UPDATE_GOLDEN=1`);
          writeFileSync(file, actual);
        }
        expect(actual).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
