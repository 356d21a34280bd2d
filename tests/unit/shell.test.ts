import { describe, expect, it } from 'vitest';
import { fakeShell, zxShell } from '../../lib/shell.ts';

describe('zxShell', () => {
  const shell = zxShell();

  it('returns output and a non-zero exit code without throwing', async () => {
    const ok = await shell.run('node', [
      '-e',
      'process.stdout.write("out"); process.stderr.write("err"); process.exit(3)',
    ]);
    expect(ok).toEqual({ exitCode: 3, stdout: 'out', stderr: 'err' });
  });

  it('passes arguments as data, not through a shell', async () => {
    const result = await shell.run('node', ['-e', 'console.log(process.argv[1])', '$(echo injected); rm -rf /']);
    expect(result.stdout.trim()).toBe('$(echo injected); rm -rf /');
  });

  it('marks a program that is not on PATH as missing', async () => {
    const result = await shell.run('definitely-not-a-real-tool-xyz', ['--version']);
    expect(result).toMatchObject({ exitCode: 127, missing: true });
    expect(await shell.which('definitely-not-a-real-tool-xyz')).toBeNull();
  });
});

describe('fakeShell', () => {
  it('answers from its table and records the calls', async () => {
    const shell = fakeShell([
      { command: 'aws --version', stdout: 'aws-cli/2.15.0' },
      { command: 'kubectl', missing: true },
    ]);
    expect((await shell.run('aws', ['--version'])).stdout).toBe('aws-cli/2.15.0');
    expect((await shell.run('kubectl', ['version'])).missing).toBe(true);
    await expect(shell.run('aws', ['sts', 'get-caller-identity'])).rejects.toThrow(/no entry/);
    expect(shell.calls).toEqual(['aws --version', 'kubectl version', 'aws sts get-caller-identity']);
  });
});
