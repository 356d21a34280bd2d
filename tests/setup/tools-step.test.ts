import { describe, expect, it } from 'vitest';
import { fakeShell } from '../../lib/shell.ts';
import { checkTools } from '../../lib/setup/tools-step.ts';
import { StepError } from '../../lib/setup/step-error.ts';

const kubectlJson = (git: string) =>
  JSON.stringify({
    clientVersion: { major: '1', minor: '32+', gitVersion: git, platform: 'linux/amd64' },
    kustomizeVersion: 'v5.5.0',
  });
const run = (rows: Parameters<typeof fakeShell>[0], platform: NodeJS.Platform = 'linux') =>
  checkTools({ shell: fakeShell(rows), env: {}, platform });

describe('tools step', () => {
  it('reads aws CLI v2 from stdout and a dispatcher kubectl version', async () => {
    const { tools, notes } = await run([
      {
        command: 'aws --version',
        stdout: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.5.0 exe/x86_64.ubuntu.22 prompt/off\n',
      },
      { command: 'kubectl version --client -o json', stdout: kubectlJson('v1.32.4-dispatcher') },
    ]);
    expect(tools.aws.text).toBe('2.15.0');
    expect(tools.kubectl).toMatchObject({ major: 1, minor: 32 });
    expect(tools.kubectlDispatcher).toBe(true);
    expect(notes).toEqual([]);
  });

  it('reads aws CLI v1 from stderr and warns below the EKS minimum', async () => {
    const { tools, notes } = await run([
      { command: 'aws --version', stderr: 'aws-cli/1.25.0 Python/3.11.7 Linux/6.18 botocore/1.27.0\n' },
      { command: 'kubectl version --client -o json', stdout: kubectlJson('v1.31.2') },
    ]);
    expect(tools.aws.text).toBe('1.25.0');
    expect(tools.kubectlDispatcher).toBe(false);
    expect(notes[0]?.message).toEqual({
      key: 'setup.tools.awsBelowEksMinimum',
      params: { version: '1.25.0', minimum: '1.27.160' },
    });
  });

  it.each([
    ['aws-cli/2.6.2 Python/3.9.11 Linux/5.15 exe/x86_64', '2.6.3'],
    ['aws-cli/1.22.0 Python/3.8.10 Linux/5.4 botocore/1.23.0', '1.23.9'],
  ])('fails for %s, too old to write v1beta1, with the upgrade path', async (line, minimum) => {
    const error = await run(
      [
        { command: 'aws --version', stdout: line },
        { command: 'kubectl version --client -o json', stdout: kubectlJson('v1.31.2') },
      ],
      'darwin',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).problem.params).toMatchObject({ minimum });
    expect((error as StepError).commands).toContain('brew install awscli');
  });

  it('names each missing tool with the install command for the platform', async () => {
    const error = (await run(
      [
        { command: 'aws', missing: true },
        { command: 'kubectl', missing: true },
      ],
      'win32',
    ).catch((e: unknown) => e)) as StepError;
    expect(error.problem).toEqual({ key: 'setup.tools.missing', params: { tools: 'aws, kubectl' } });
    expect(error.commands).toEqual([
      'winget install -e --id Amazon.AWSCLI',
      'winget install -e --id Kubernetes.kubectl',
    ]);
  });
});
