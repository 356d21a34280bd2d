import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runBuiltEksGuide, type CliResult } from '../support/run-cli.ts';

// Items 9, 11, 12, 13 (file paths), 14 (cluster text in a file) and 15 of issue 8, with real doctor processes.
const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'examples/broken-shop.json'), 'utf8')) as Record<string, unknown>;
const FORMATS = ['text', 'json', 'junit', 'markdown'] as const;
let dir: string;

const env = (): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, CI: 'true', LANG: 'en_US.UTF-8', HOME: dir };
  delete e.LC_ALL;
  delete e.DOCTOR_MAX_INPUT_SIZE;
  delete e.DEBUG;
  return e;
};
const doctor = (args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> =>
  runBuiltEksGuide(['doctor', ...args], { cwd: ROOT, env: { ...env(), ...extraEnv }, timeoutMs: 120_000 });
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const clone = () => structuredClone(EXAMPLE) as { pods: Record<string, unknown>[]; events: Record<string, unknown>[] };

/** Replaces every string under a key named `message` (events, container states, conditions). */
function plantMessages(doc: unknown, text: (original: string, i: number) => string): void {
  let i = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    for (const [k, c] of Object.entries(o)) {
      if (k === 'message' && typeof c === 'string') o[k] = text(c, i++);
      else walk(c);
    }
  };
  walk(doc);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'doctor-safety-'));
});

describe('bad input ends in a usage error or a report, never an internal error (item 9)', () => {
  const cases: [string, string][] = [
    [
      'null items',
      JSON.stringify({
        kind: 'List',
        items: [
          null,
          5,
          'x',
          { kind: 'Pod', metadata: null },
          { kind: 'Pod', metadata: { name: 'p', namespace: 'a' } },
        ],
      }),
    ],
    [
      'an event whose message is not a string and whose times are numbers',
      JSON.stringify({
        kind: 'List',
        items: [
          { kind: 'Pod', metadata: { name: 'p', namespace: 'shop' }, status: { phase: 'Pending' } },
          {
            kind: 'Event',
            metadata: { name: 'e', namespace: 'shop' },
            involvedObject: { kind: 'Pod', name: 'p', namespace: 'shop' },
            reason: 'FailedScheduling',
            message: { text: 'no' },
            count: 'many',
            firstTimestamp: 12,
            lastTimestamp: 1e12,
          },
        ],
      }),
    ],
    [
      'conditions and containerStatuses of the wrong type',
      JSON.stringify({
        kind: 'List',
        items: [
          {
            kind: 'Pod',
            metadata: { name: 'p', namespace: 'shop', ownerReferences: 'rs' },
            spec: { containers: [null, { name: 5 }, { name: 'c', image: 7 }], volumes: {} },
            status: { phase: 'Running', conditions: 5, containerStatuses: { name: 'c' } },
          },
        ],
      }),
    ],
  ];
  for (const [name, text] of cases) {
    it(`${name}: a report, exit 0 or 1`, async () => {
      const r = await doctor(['--from-file', file(`${name.replace(/\W+/g, '-')}.json`, text), '-o', 'json']);
      expect(r.stderr).not.toContain('internal error');
      expect([0, 1], r.stderr).toContain(r.code);
      expect((JSON.parse(r.stdout) as { summary: { crashed: number } }).summary.crashed).toBe(0);
    });
  }

  it('a document with nothing usable in it is exit 2, saying so', async () => {
    const r = await doctor([
      '--from-file',
      file('nothing.json', JSON.stringify({ kind: 'List', items: [null, { kind: 'Pod' }] })),
    ]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('holds no Kubernetes objects the doctor reads');
    expect(r.stderr).not.toContain('internal error');
  });

  it('a YAML alias bomb is refused with exit 2, at once', async () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
      'kind: Pod',
      'metadata: {name: p}',
    ].join('\n');
    const started = Date.now();
    const r = await doctor(['--from-file', file('bomb.yaml', bomb)]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('neither valid JSON nor valid YAML');
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('input size is capped (item 11)', () => {
  it('an endless input (/dev/zero) stops at the limit with exit 2, without reading it all', async () => {
    const r = await doctor(['--from-file', '/dev/zero', '--max-input-size', '1Mi']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('The input /dev/zero is larger than the 1Mi the doctor reads.');
    expect(r.stderr).toContain('--max-input-size');
  });

  it('a regular file over the limit is refused from its size; DOCTOR_MAX_INPUT_SIZE sets the limit too', async () => {
    const path = file('big.json', JSON.stringify(EXAMPLE));
    const refused = await doctor(['--from-file', path], { DOCTOR_MAX_INPUT_SIZE: '10Ki' });
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('larger than the 10Ki');
    const raised = await doctor(['--from-file', path, '--max-input-size', '1Mi', '-o', 'json'], {
      DOCTOR_MAX_INPUT_SIZE: '10Ki',
    });
    expect(raised.code, raised.stderr).toBe(1);
    const bad = await doctor(['--from-file', path, '--max-input-size', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-input-size "lots" is not a size');
  }, 300_000);
});

describe('cluster text cannot hurt the reader (items 13 and 14, file path)', () => {
  const SECRETS = [
    'Authorization: Bearer BEARERSECRET0001',
    'token=TOKENSECRET0002',
    'aws_secret_access_key=AWSSECRET0003abcdefghijklmnopqrstuvwxyz',
    'AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjSESSIONSECRET0004',
    'https://s3.amazonaws.com/b/k?X-Amz-Credential=AKIACREDSECRET0005&X-Amz-Signature=SIGSECRET0006&X-Amz-Security-Token=SECTOKSECRET0007',
    'k8s-aws-v1.K8SAWSSECRET0008',
    'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJKV1RTRUNSRVQwMDA5In0.c2ln',
    'https://user:BASICSECRET0010@proxy.example:3128',
    '-----BEGIN RSA PRIVATE KEY-----\nPEMSECRET0011\n-----END RSA PRIVATE KEY-----',
  ];
  const MARKERS = SECRETS.map((s) => /[A-Z0-9]*SECRET\d{4}|eyJzdWIiOiJKV1RTRUNSRVQwMDA5In0/.exec(s)![0]);
  const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u001b[1;1H\u202eboog lla\u202c\u009b31m';

  it('event, waiting and termination messages: no credential in any format; no control character in text or Markdown', async () => {
    const doc = clone();
    plantMessages(doc, (original, i) => `${HOSTILE} ${SECRETS[i % SECRETS.length]} ${original}`);
    const path = file('hostile.json', JSON.stringify(doc));
    for (const format of FORMATS) {
      const r = await doctor(['--from-file', path, '-o', format]);
      expect(r.code, r.stderr).toBe(1);
      for (const marker of MARKERS) expect(r.stdout, `${format}: ${marker}`).not.toContain(marker);
      // Raw control bytes never reach the output; JSON and JUnit escape them, text and Markdown make them visible.
      // eslint-disable-next-line no-control-regex
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      if (format === 'text' || format === 'markdown') {
        expect(r.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J');
        expect(r.stdout).toContain('\\u202eboog lla');
        expect(r.stdout).toContain('[redacted]');
      }
    }
  }, 300_000);
});

describe('a closed or failing stdout (item 15)', () => {
  it('a reader that goes away (| head) ends the run quietly, with the report exit code', async () => {
    const big = clone();
    for (let i = 0; i < 30; i++)
      big.pods.push(
        ...clone().pods.map((p) => ({
          ...p,
          metadata: { ...(p.metadata as object), name: `${(p.metadata as { name: string }).name}-${i}` },
        })),
      );
    const path = file('many.json', JSON.stringify(big));
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(TSX, ['scripts/doctor.ts', '--from-file', path, '-o', 'json'], {
        cwd: ROOT,
        env: env(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // What `| head -c 100` does: read a little, then close the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error|at .*:\d+:\d+/);
    expect(r.stderr.trim()).toBe('');
    expect(r.code).toBe(1);
  });

  it('a failed write (/dev/full) is one line and exit 5, no stack trace', async () => {
    const out = openSync('/dev/full', 'w');
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(TSX, ['scripts/doctor.ts', '--from-file', join(ROOT, 'examples/broken-shop.json')], {
        cwd: ROOT,
        env: env(),
        stdio: ['ignore', out, 'pipe'],
      });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    closeSync(out);
    expect(r.code).toBe(5);
    expect(r.stderr.trim()).toBe('Could not write the output (ENOSPC); nothing more was written.');
  });
});

describe('Ctrl-C is honoured within a second in every phase (item 12)', () => {
  it('loading, checks, rendering and writing of a large file: exit 130 within a second, no report cut off', async () => {
    const big = clone();
    const pods = big.pods;
    const events = big.events;
    for (let i = 0; i < 150; i++) {
      const suffix = (o: Record<string, unknown>) => ({
        ...o,
        metadata: { ...(o.metadata as object), name: `${(o.metadata as { name: string }).name}-${i}` },
      });
      big.pods = big.pods.concat(pods.map(suffix));
      big.events = big.events.concat(events.map(suffix));
    }
    const path = file('large.json', JSON.stringify(big));
    const run = (interruptAfterMs?: number) =>
      new Promise<{ code: number | null; stdout: number; stderr: string; ms: number; latency: number }>((resolve) => {
        const started = Date.now();
        // A process group of its own: Ctrl-C signals the whole foreground group (tsx and node), as a terminal does.
        const child = spawn(TSX, ['scripts/doctor.ts', '--from-file', path, '-o', 'json'], {
          cwd: ROOT,
          env: env(),
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        });
        let stdout = 0;
        let stderr = '';
        let sent = 0;
        child.stdout.on('data', (d: Buffer) => (stdout += d.length));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const timer =
          interruptAfterMs === undefined
            ? undefined
            : setTimeout(() => {
                sent = Date.now();
                process.kill(-child.pid!, 'SIGINT');
              }, interruptAfterMs);
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr, ms: Date.now() - started, latency: sent ? Date.now() - sent : -1 });
        });
      });
    const whole = await run();
    expect(whole.code, whole.stderr).toBe(1);
    // Interrupt at points spread over the run: while the file is read and parsed, while checks run, while rendering.
    for (const share of [0.55, 0.75, 0.9]) {
      const r = await run(Math.round(whole.ms * share));
      if (r.latency < 0) continue; // finished before the signal: nothing to interrupt
      expect(r.latency, `at ${share} of ${whole.ms} ms`).toBeLessThan(1000);
      // A report is never cut off: no output, or (the signal came while it was being written) all of it.
      if (r.stdout === whole.stdout) {
        expect([1, 130], `at ${share}: ${r.stderr}`).toContain(r.code);
        continue;
      }
      expect(r.stdout, `at ${share}: ${r.stdout} of ${whole.stdout} bytes`).toBe(0);
      expect(r.code, `at ${share}: ${r.stderr}`).toBe(130);
    }
  }, 300_000);

  it('Ctrl-C while the report is still being written to a pipe: the whole report comes out, then exit 130', async () => {
    const big = clone();
    big.pods = Array.from({ length: 100 }, (_, i) =>
      big.pods.map((p) => ({
        ...p,
        metadata: { ...(p.metadata as object), name: `p${i}-${(p.metadata as { name: string }).name}` },
      })),
    ).flat();
    const path = file('written.json', JSON.stringify(big));
    const child = spawn(process.execPath, [inject('builtEksGuide'), 'doctor', '--from-file', path, '-o', 'json'], {
      cwd: ROOT,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The first bytes show the write has begun; holding the pipe full keeps the rest of it in flight.
    child.stdout.once('data', (first: Buffer) => {
      chunks.push(first);
      child.stdout.pause();
      child.kill('SIGINT');
      setTimeout(() => {
        child.stdout.on('data', (d: Buffer) => chunks.push(d));
        child.stdout.resume();
      }, 200);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.length, stderr).toBeGreaterThan(1_000_000);
    expect((JSON.parse(text) as { findings: unknown[] }).findings.length).toBeGreaterThan(100);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('Interrupted');
  }, 60_000);
});
