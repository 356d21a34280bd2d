import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CHECKS } from '../../checks/index.ts';
import { fetchApiGet } from '../../lib/doctor/api-reader.ts';
import { gather } from '../../lib/doctor/gather.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import { render } from '../../lib/i18n/index.ts';
import { renderJson } from '../../lib/output/json.ts';
import { renderJunit } from '../../lib/output/junit.ts';
import { renderMarkdown } from '../../lib/output/markdown.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';
import { redact } from '../../lib/security/redact.ts';
import { doctorClusterObjects } from '../doctor/fixtures/cluster-objects.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { runBuiltEksGuide, type CliResult } from '../support/run-cli.ts';

// Item 14 of issue 8: each kind of secret, planted in each path external text takes, never reaches any output format.
const ROOT = new URL('../../', import.meta.url).pathname;
const ADMIN = 'admin-redaction-token-77';
const FORMATS = ['text', 'json', 'junit', 'markdown'] as const;
/** Each secret as it would appear, and the part that must never be printed. */
const SECRETS: [string, string][] = [
  ['Authorization: Bearer BEARERSECRET0001', 'BEARERSECRET0001'],
  ['token=TOKENSECRET0002', 'TOKENSECRET0002'],
  ['aws_secret_access_key=AWSSECRETKEY0003abcdefghijklmnopqrst', 'AWSSECRETKEY0003'],
  ['SessionToken: IQoJb3JpZ2luX2VjSESSIONSECRET0004', 'SESSIONSECRET0004'],
  [
    'https://sts.amazonaws.com/?X-Amz-Credential=AKIACREDSECRET0005&X-Amz-Signature=SIGSECRET0006&X-Amz-Security-Token=SECTOKSECRET0007',
    'SECRET000',
  ],
  ['k8s-aws-v1.aHR0cHM6Ly9zdHMuSECRET0008', 'SECRET0008'],
  ['eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtMDAwOSJ9.c2lnbmF0dXJl', 'eyJzdWIiOiJzZWNyZXQtMDAwOSJ9'],
  ['https://alice:BASICSECRET0010@proxy.example:3128/', 'BASICSECRET0010'],
  ['-----BEGIN EC PRIVATE KEY-----\nPEMSECRET0011\n-----END EC PRIVATE KEY-----', 'PEMSECRET0011'],
];
const ALL = SECRETS.map(([text]) => text).join(' | ');
const expectClean = (where: string, ...texts: string[]) => {
  for (const text of texts)
    for (const [, mustGo] of SECRETS)
      expect(text, `${where} leaks ${mustGo}:\n${text.slice(0, 2000)}`).not.toContain(mustGo);
};

let dir: string;
let api: ApiDouble;
const doctor = (args: string[]): Promise<CliResult> => {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, CI: 'true', LANG: 'en_US.UTF-8' };
  delete env.KUBECONFIG;
  delete env.LC_ALL;
  return runBuiltEksGuide(['doctor', ...args], { cwd: ROOT, env, timeoutMs: 120_000 });
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'doctor-redact-'));
  // Event messages and container termination/waiting messages carry every secret.
  const objects = doctorClusterObjects(0).map((o) => {
    const copy = structuredClone(o) as Record<string, unknown>;
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (!v || typeof v !== 'object') return;
      for (const [k, c] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'message' && typeof c === 'string') (v as Record<string, unknown>)[k] = `${c} ${ALL}`;
        else walk(c);
      }
    };
    walk(copy);
    return copy;
  });
  api = await startApiDouble({
    objects,
    users: { [ADMIN]: { username: 'admin', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] } },
    // A Status message from the server (an admission webhook or an aggregated API can say anything).
    faults: [{ path: /\/services$/, status: 500, message: `internal error: ${ALL}` }],
  });
});

afterAll(async () => {
  await api.close();
});

describe('no credential reaches any output', () => {
  it('event, termination and Status messages from a live cluster', async () => {
    const kubeconfig = await api.kubeconfig({ token: ADMIN, namespace: 'shop', path: join(dir, 'admin.kubeconfig') });
    for (const format of FORMATS) {
      const r = await doctor(['--kubeconfig', kubeconfig, '-o', format]);
      expect(r.code, r.stderr).toBe(1);
      expectClean(`cluster -o ${format}`, r.stdout, r.stderr);
      expect(r.stdout).toContain('[redacted]');
    }
  }, 300_000);

  it('credential-plugin stderr and kubeconfig fields (a server URL with a password)', async () => {
    const path = join(dir, 'exec.kubeconfig');
    await api.kubeconfig({
      path,
      exec: {
        command: 'sh',
        args: ['-c', `printf '%s\\n' "error: getting credentials: ${ALL.replace(/\n/g, ' ')}" >&2; exit 1`],
      },
    });
    const withPassword = parse(readFileSync(path, 'utf8')) as { clusters: { cluster: { server: string } }[] };
    withPassword.clusters[0]!.cluster.server = withPassword.clusters[0]!.cluster.server.replace(
      'https://',
      'https://alice:BASICSECRET0010@',
    );
    const passwordPath = join(dir, 'password.kubeconfig');
    writeFileSync(passwordPath, stringify(withPassword));
    for (const kubeconfig of [path, passwordPath]) {
      for (const format of FORMATS) {
        const r = await doctor(['--kubeconfig', kubeconfig, '-o', format]);
        expect(r.code, r.stderr).toBe(3);
        expectClean(`${kubeconfig} -o ${format}`, r.stdout, r.stderr);
      }
    }
  }, 300_000);
});

describe('a proxy error page', () => {
  let proxy: Server;
  beforeAll(async () => {
    proxy = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`Bad gateway ${ALL.replace(/\n/g, ' ')}\n<html>more</html>`);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  it('its body is redacted in the report of every format', async () => {
    const server = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    let text: string;
    try {
      const snapshot = await gather({ api: fetchApiGet(server, {}), namespace: 'shop', timeoutMs: 5000 });
      const report = runChecks(snapshot, CHECKS, { source: { type: 'cluster' } });
      text = [
        renderTerminal(report, { lang: 'en', explain: false, color: false }),
        renderMarkdown(report, { lang: 'en', explain: false }),
        renderJson(report, { lang: 'en' }),
        renderJunit(report, { lang: 'en' }),
      ].join('\n');
    } catch (error) {
      const c = (error as { classified?: { problem: Parameters<typeof render>[1]; detail: string } }).classified;
      expect(c, String(error)).toBeDefined();
      text = `${render('en', c!.problem)} ${c!.detail}`;
    }
    expect(text.length).toBeGreaterThan(0);
    expectClean('proxy page', text);
  });
});

describe('the redaction function', () => {
  it('keeps the words around a secret, so the message still says what went wrong', () => {
    expect(redact('Authorization: Bearer abc.def')).toBe('Authorization: Bearer [redacted]');
    expect(redact('getting credentials: exec: executable aws failed with exit code 255')).toBe(
      'getting credentials: exec: executable aws failed with exit code 255',
    );
    expect(redact('secret "db" not found')).toBe('secret "db" not found');
    for (const [text, mustGo] of SECRETS) expect(redact(text)).not.toContain(mustGo);
  });
});
