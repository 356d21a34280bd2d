import { describe, expect, it } from 'vitest';
import type { Check } from '../../lib/doctor/check.ts';
import { exitCodeFor, runChecks } from '../../lib/doctor/run-checks.ts';
import { emptySnapshot } from '../../lib/doctor/snapshot.ts';
import { EXIT } from '../../lib/exit-codes.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';

// Item 10 of issue 8: a report in which checks crashed never opens with "No problems found".
const ok: Check = { id: 'fine', title: 'check.fine' as Check['title'], needs: [], run: () => [] };
const broken: Check = {
  id: 'broken',
  title: 'check.broken' as Check['title'],
  needs: [],
  run: () => {
    throw new TypeError('x.find is not a function');
  },
};

describe('a report with crashed checks', () => {
  const report = runChecks(emptySnapshot('shop'), [ok, broken, ok], { source: { type: 'cluster' } });

  it('says first how many checks could not run, never "No problems found", and exits with the crash code', () => {
    for (const [lang, none, incomplete] of [
      ['en', 'No problems found', '1 of 3 checks could not run'],
      ['ko', '문제를 찾지 못했습니다', '검사 3개 중 1개가'],
    ] as const) {
      const text = renderTerminal(report, { lang, explain: false, color: false });
      const markdown = renderMarkdown(report, { lang, explain: false });
      for (const out of [text, markdown]) {
        expect(out).not.toContain(none);
        expect(out).toContain(incomplete);
        // It comes before anything else the report says (after the title and where the data came from).
        expect(out.indexOf(incomplete)).toBeLessThan(out.indexOf('broken'));
      }
    }
    expect(exitCodeFor(report, 'error')).toBe(EXIT.checkCrashed);
  });
});
