import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const cli = (...args: string[]) =>
  spawnSync(tsx, ['scripts/setup-eks.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', CI: 'true' },
    timeout: 60_000,
  });

describe('setup-eks command line', () => {
  it('--help documents the flags and exit codes on stdout and exits 0', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    for (const text of ['--cluster', '--role-arn', '--user-alias', '--dry-run', 'Exit codes', '130'])
      expect(r.stdout).toContain(text);
  });

  it('--help --lang ko is in Korean', () => {
    const r = cli('--help', '--lang', 'ko');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('종료 코드');
  });

  it.each([
    [['--bogus'], 'Unknown option: --bogus'],
    [['--cluster', 'prod.cluster'], 'is not a valid EKS cluster name'],
    [['--cluster', 'prod', '-n', 'Shop_NS'], 'is not a valid name'],
    [
      ['--cluster', 'prod', '--role-arn', 'arn:aws:sts::111122223333:assumed-role/Admin/alice'],
      'is not an IAM role ARN',
    ],
    [['--cluster'], 'needs a value'],
    [['--cluster', 'prod', '--token-command', 'kubectl'], '--token-command "kubectl" is not one of: aws, eks-guide.'],
  ])('exits 2 for %j', (args, text) => {
    const r = cli(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stdout).toBe('');
  });
});
