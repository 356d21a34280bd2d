import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';
import { KIND_ENDPOINTS } from '../../lib/doctor/kind-endpoints.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

// Not a timing test: it only proves the benchmark still runs end to end at a tiny size.
describe('npm run bench (scale)', () => {
  it('measures the doctor, the bare fetch and kubectl against a server in its own process', async () => {
    const out = await runScript('scripts/bench-scale.ts', ['--sizes', '5', '--runs', '1'], {
      cwd: ROOT,
      env: { ...process.env },
      timeoutMs: 240_000,
    });
    expect(out.code, out.stderr).toBe(0);
    const rows = out.stdout.split('\n').filter((l) => l.startsWith('| 5 pods'));
    expect(rows.map((r) => r.split('|')[2]?.trim())).toEqual(['doctor', 'bare fetch', 'kubectl']);
    // Each kind read with one request (the watch cache answers whole), plus the namespace itself; the bare fetch pages.
    expect(rows[0]?.split('|')[6]?.trim()).toBe(String(Object.keys(KIND_ENDPOINTS).length + 1));
  }, 300_000);
});
