import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorClusterObjects } from '../doctor/fixtures/cluster-objects.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { runCli } from '../support/run-cli.ts';

// Item 16 of issue 8: --verbose / DEBUG=1 log each request (method, path, status, time), never a credential.
const ROOT = new URL('../../', import.meta.url).pathname;
const TOKEN = 'verbose-admin-token-5e1f0c';
let dir: string;
let api: ApiDouble;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'doctor-verbose-'));
  api = await startApiDouble({
    objects: doctorClusterObjects(0),
    users: { [TOKEN]: { username: 'admin', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] } },
  });
});
afterAll(() => api.close());

describe('request log', () => {
  for (const [name, args, extra] of [
    ['--verbose', ['--verbose'], {}],
    ['DEBUG=1', [], { DEBUG: '1' }],
  ] as const) {
    it(`${name} prints one line per request on stderr, and stdout keeps the report alone`, async () => {
      const kubeconfig = await api.kubeconfig({ token: TOKEN, namespace: 'shop', path: join(dir, 'kc') });
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, CI: 'true', LANG: 'en_US.UTF-8', ...extra };
      delete env.KUBECONFIG;
      const r = await runCli(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['scripts/doctor.ts', '--kubeconfig', kubeconfig, '-o', 'json', ...args],
        { cwd: ROOT, env, timeoutMs: 120_000 },
      );
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^GET \/version → 200 \(\d+ ms\)$/m);
      expect(r.stderr).toMatch(/^GET \/api\/v1\/namespaces\/shop\/pods\?resourceVersion=0 → 200 \(\d+ ms\)$/m);
      expect(r.stderr).toMatch(/^GET \/api\/v1\/nodes\?resourceVersion=0 → 200 \(\d+ ms\)$/m);
      expect(r.stderr).not.toContain(TOKEN);
      expect(r.stderr).not.toMatch(/authorization|bearer/i);
      expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    }, 120_000);
  }
});
