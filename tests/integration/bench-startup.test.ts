/** `npm run bench`'s start-up table runs end to end (one round, so it proves the wiring, not the numbers). */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCliForTest, type BuiltCli } from '../support/built-cli.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli } from '../support/run-cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describeWithTools(['kubectl', 'openssl'], 'start-up benchmark', () => {
  let built: BuiltCli;
  beforeAll(async () => {
    built = await buildCliForTest();
  });
  afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

  it('prints one row per start-up case with both sides timed and a ratio', async () => {
    const result = await runCli(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/bench-startup.ts', '--runs', '1', '--bin', built.eksGuide],
      { cwd: ROOT, timeoutMs: 120_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((l) => /^\| [^C-]/.test(l));
    expect(rows.map((r) => r.split('|')[1]!.trim())).toEqual([
      '`eks-guide --help`',
      'usage error (`eks-guide doctr`)',
      '`doctor --from-file examples/broken-shop.json`',
      '`doctor -n shop -o json`, ~10 objects',
    ]);
    for (const row of rows) expect(row).toMatch(/\| \d+\.\d+ s \| .+: \d+\.\d+ s \| \d+\.\d+x \|/);
    expect(result.stdout).toMatch(/Medians of 1 alternating runs\. Machine: \d+ × /);
  }, 150_000);
});
