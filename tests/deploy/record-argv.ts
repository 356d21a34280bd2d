import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { parseDoctorArgs } from '../../lib/doctor/doctor-options.ts';
import { runScript } from '../support/run-cli.ts';
import { ROOT } from './code-scan.ts';

const run = promisify(execFile);

/**
 * Runs a shipped shell script (a workflow step, a container's command) with `eks-guide` on PATH
 * replaced by a recorder; returns the argument lists it was called with.
 */
export async function eksGuideCalls(
  shell: 'bash' | 'sh',
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string = mkdtempSync(join(tmpdir(), 'argv-')),
): Promise<string[][]> {
  const bin = mkdtempSync(join(tmpdir(), 'argv-bin-'));
  const log = join(bin, 'calls');
  writeFileSync(join(bin, 'eks-guide'), `#!/bin/sh\nprintf '%s\\0' "$@" >> "${log}"\nprintf '\\n' >> "${log}"\n`);
  chmodSync(join(bin, 'eks-guide'), 0o755);
  mkdirSync(cwd, { recursive: true });
  await run(shell, ['-e', '-c', script], { cwd, env: { PATH: `${bin}:${process.env.PATH}`, ...env } });
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\0').slice(0, -1));
}

/** The flags a health-check command line shares with the doctor, as a doctor command line (-n: the first namespace). */
export function doctorPart(argv: readonly string[]): string[] {
  const shared: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '-A') shared.push(flag);
    else if (flag === '-n') shared.push(flag, argv[++i]!.split(',')[0]!);
    else if (['-o', '--fail-on', '--lang'].includes(flag)) shared.push(flag, argv[++i]!);
    // health-check's own flags: all take a value but --in-cluster.
    else if (flag !== '--in-cluster') i++;
  }
  return shared;
}

/** Asserts the doctor's own parser accepts the shared flags of each health-check command line. */
export function expectDoctorAccepts(argvs: readonly string[][]): void {
  expect(argvs.length).toBeGreaterThan(0);
  for (const argv of argvs) {
    expect(argv[0]).toBe('health-check');
    expect(() => parseDoctorArgs(doctorPart(argv), [], {}), argv.join(' ')).not.toThrow();
  }
}

/**
 * Runs the real health-check CLI on each command line against an AWS endpoint that refuses, where a parse
 * error exits 2 before any call.
 */
export async function expectHealthCheckAccepts(argvs: readonly string[][]): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: mkdtempSync(join(tmpdir(), 'argv-home-')),
    // AWS's documented example keys and an endpoint nobody listens on: every call fails at once, offline.
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_MAX_ATTEMPTS: '1',
    CI: 'true',
  };
  delete env.AWS_PROFILE;
  delete env.GITHUB_STEP_SUMMARY;
  delete env.KUBERNETES_SERVICE_HOST;
  const cli = (args: string[]) =>
    runScript('scripts/health-check.ts', [...args], { cwd: ROOT, env, timeoutMs: 60_000 });
  const [bad, ...results] = await Promise.all([cli(['--no-such-flag']), ...argvs.map((argv) => cli(argv.slice(1)))]);
  // The harness can tell: a flag health-check does not know is a usage error.
  expect(bad.code, bad.stderr).toBe(2);
  results.forEach((r, i) => expect(r.code, `${argvs[i]!.join(' ')}\n${r.stderr}`).not.toBe(2));
}
