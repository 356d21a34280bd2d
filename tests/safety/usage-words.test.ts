import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.ts';
import { parseDoctorArgs } from '../../lib/doctor/doctor-options.ts';
import { snapshotFromText } from '../../lib/doctor/load-file.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import { render } from '../../lib/i18n/index.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';
import { parseSetupArgs } from '../../lib/setup/cli-args.ts';
import { UsageError } from '../../lib/usage-error.ts';
import { readFileSync } from 'node:fs';

// "Smaller, seen on the way" in issue 8: kubectl-like flags, usage errors in our own words, no internal codes shown.
const usage = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return render('en', error.message_);
    throw error;
  }
  throw new Error('expected a usage error');
};
const doctor = (...argv: string[]) => parseDoctorArgs(argv, ['pending-pods'], {});
const setup = (...argv: string[]) => parseSetupArgs(argv, {});

describe('doctor flags as kubectl takes them', () => {
  it('--explain=yes|true|1 turns it on, =no|false|0 off, anything else is a clear usage error', () => {
    for (const v of ['yes', 'true', '1', 'TRUE']) expect(doctor(`--explain=${v}`).explain).toBe(true);
    for (const v of ['no', 'false', '0']) expect(doctor('--explain', `--explain=${v}`).explain).toBe(false);
    expect(usage(() => doctor('--explain=maybe'))).toBe(
      'Option --explain takes no value, or one of true/false, yes/no, 1/0; not "maybe".',
    );
  });

  it('-nshop, -ojson and -lapp=web carry their value glued on', () => {
    const o = doctor('-nshop', '-ojson', '-lapp=web');
    expect(o.namespace).toBe('shop');
    expect(o.output).toBe('json');
    expect(o.selector).toEqual(doctor('-l', 'app=web').selector);
    expect(o.selector).toHaveLength(1);
  });
});

describe('setup usage errors in our own words', () => {
  it('never shows Node parser wording or a stray comma', () => {
    expect(usage(() => setup('--cluster', '--region', 'x'))).toBe('Option --cluster needs a value.');
    expect(usage(() => setup('-n'))).toBe('Option --namespace needs a value.');
    expect(usage(() => setup('--dry-run=maybe'))).toContain('Option --dry-run takes no value');
    for (const argv of [['--cluster', '--region', 'x'], ['-n'], ['--dry-run=maybe'], ['--bogus']])
      expect(usage(() => setup(...argv))).not.toMatch(/ambiguous|argument missing|,\s*needs|<value>/);
  });

  it('accepts -nshop and --dry-run=true like kubectl; a region with a space is a usage error (exit 2)', () => {
    const parsed = setup('-nshop', '--dry-run=true');
    expect(parsed.help).toBe(false);
    if (!parsed.help) {
      expect(parsed.options.namespace).toBe('shop');
      expect(parsed.options.dryRun).toBe(true);
    }
    expect(usage(() => setup('--region', 'x y'))).toBe(
      'Region "x y" is not an AWS region name (for example ap-northeast-2 or us-east-1).',
    );
    expect(() => setup('--region', 'us-gov-west-1')).not.toThrow();
  });
});

describe('internal codes are not shown to readers', () => {
  it('a kind missing from a file reads "not in the file", never "(notInFile)"', () => {
    const text = readFileSync(new URL('../doctor/fixtures/pending-pod-list.json', import.meta.url), 'utf8');
    const report = runChecks(snapshotFromText(text, 'dump.json', '2024-05-02T08:20:00Z'), CHECKS, {
      source: { type: 'file', path: 'dump.json' },
    });
    for (const lang of ['en', 'ko'] as const) {
      const out = [
        renderTerminal(report, { lang, explain: false, color: false }),
        renderMarkdown(report, { lang, explain: false }),
      ].join('\n');
      expect(out).not.toContain('notInFile');
    }
    expect(renderTerminal(report, { lang: 'en', explain: false, color: false })).toContain('(not in the file)');
  });
});
