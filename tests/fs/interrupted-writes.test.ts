/**
 * A writer killed mid-write (SIGTERM with no handler, SIGINT through the scripts' process.exit
 * handler) leaves no temporary file, no lock, and the target either as it was or as written.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = new URL('../..', import.meta.url).pathname;
const CHILD = join(ROOT, 'tests/support/write-child.ts');

/**
 * Starts the child and sends the signal `delayMs` after its temporary file appears in `dir` (so the
 * kill lands mid-write), or, when no temporary file appears first, `delayMs` after it says "ready".
 */
function killMidWrite(
  dir: string,
  args: string[],
  signal: NodeJS.Signals,
  delayMs: number,
): Promise<{ code: number | null; signal: string | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      setTimeout(() => child.kill(signal), delayMs);
    };
    const watcher = watch(dir, (_event, name) => {
      if (name?.endsWith('.tmp')) send();
    });
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      // A fallback: a kill before the write starts must leave the file as it was.
      if (stdout.includes('ready')) setTimeout(send, 3000);
    });
    child.on('error', reject);
    child.on('close', (code, sig) => {
      watcher.close();
      resolve({ code, signal: sig, stdout });
    });
  });
}

describe('a write killed by a signal', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'interrupted-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('kubeconfig: no .tmp or lock left, the file old or new, never partial (10 kills)', async () => {
    const path = join(dir, 'config');
    let killedMidway = 0;
    for (let i = 0; i < 10; i++) {
      const signal = i % 2 === 0 ? 'SIGTERM' : 'SIGINT';
      // 8 MB of certificate data: the write takes long enough to be interrupted.
      const out = await killMidWrite(dir, ['kubeconfig', path, `c${i}`, String(8 << 20)], signal, i % 3);
      if (!out.stdout.includes('done')) killedMidway++;
      expect((await readdir(dir)).filter((f) => f !== 'config' && f !== 'config.bak')).toEqual([]);
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text !== null) {
        const doc = parse(text) as { contexts: { name: string }[] };
        expect(doc.contexts.length).toBeGreaterThan(0);
      }
    }
    // The test proves something only if some writes were really cut short.
    expect(killedMidway).toBeGreaterThan(0);
  }, 180_000);

  it('--save-snapshot: no temporary file left, the snapshot old or new (6 kills)', async () => {
    const path = join(dir, 'snap.json');
    let killedMidway = 0;
    for (let i = 0; i < 6; i++) {
      const signal = i % 2 === 0 ? 'SIGTERM' : 'SIGINT';
      const out = await killMidWrite(dir, ['snapshot', path, '60000'], signal, i % 3);
      if (!out.stdout.includes('done')) killedMidway++;
      expect((await readdir(dir)).filter((f) => f.startsWith('.snap.json'))).toEqual([]);
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text !== null) expect(() => JSON.parse(text) as unknown).not.toThrow();
    }
    expect(killedMidway).toBeGreaterThan(0);
  }, 180_000);
});
