import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../lib/exit-codes.ts';
import { runScript } from '../support/run-cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('map --save-snapshot', () => {
  it('says the snapshot could not be written and exits with the usage code, instead of claiming it was saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-save-'));
    const notADir = join(dir, 'file');
    writeFileSync(notADir, '');
    const target = join(notADir, 'shop.json');
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, CI: 'true', LANG: 'en_US.UTF-8' };
    delete env.LC_ALL;
    const result = await runScript(
      'scripts/map.ts',
      ['--from-file', 'examples/broken-shop.json', '--save-snapshot', target],
      { cwd: ROOT, env, timeoutMs: 90_000 },
    );
    expect(result.stderr).toContain(`Could not write the snapshot to ${target} (ENOTDIR).`);
    expect(result.stderr).not.toContain('Snapshot saved');
    expect(result.code).toBe(EXIT.usage);
  }, 120_000);
});
