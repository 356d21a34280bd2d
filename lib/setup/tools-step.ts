import { msg } from '../i18n/index.ts';
import type { Shell } from '../shell.ts';
import { AWS_V1_UPGRADE, installCommand } from './install-hints.ts';
import type { SetupNote } from './setup-context.ts';
import { StepError } from './step-error.ts';
import {
  awsCliVerdict,
  isKubectlDispatcher,
  parseAwsVersion,
  parseKubectlVersion,
  type ToolFacts,
} from './tool-versions.ts';

/** Step 1: aws and kubectl are on PATH, with versions; an aws CLI too old for v1beta1 fails. */
export async function checkTools(deps: {
  shell: Shell;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}): Promise<{ tools: ToolFacts; notes: SetupNote[] }> {
  const [aws, kubectl] = await Promise.all([
    deps.shell.run('aws', ['--version'], { env: deps.env, timeoutMs: 30_000 }),
    deps.shell.run('kubectl', ['version', '--client', '-o', 'json'], { env: deps.env, timeoutMs: 30_000 }),
  ]);
  const missing = [aws.missing ? 'aws' : null, kubectl.missing ? 'kubectl' : null].filter(
    (t): t is 'aws' | 'kubectl' => t !== null,
  );
  if (missing.length > 0) {
    throw new StepError(
      msg('setup.tools.missing', { tools: missing.join(', ') }),
      msg('setup.tools.missing.fix'),
      missing.map((t) => installCommand(t, deps.platform)),
    );
  }
  const awsVersion = parseAwsVersion(`${aws.stdout}\n${aws.stderr}`);
  if (!awsVersion) {
    throw new StepError(
      msg('setup.tools.awsUnreadable'),
      msg('setup.tools.missing.fix'),
      [installCommand('aws', deps.platform)],
      firstLines(aws.stdout + aws.stderr),
    );
  }
  const kubectlVersion = parseKubectlVersion(kubectl.stdout);
  if (!kubectlVersion) {
    throw new StepError(
      msg('setup.tools.kubectlUnreadable'),
      msg('setup.tools.missing.fix'),
      [installCommand('kubectl', deps.platform)],
      firstLines(kubectl.stdout + kubectl.stderr),
    );
  }
  const notes: SetupNote[] = [];
  const verdict = awsCliVerdict(awsVersion);
  const upgrades = [installCommand('aws', deps.platform), ...(awsVersion.major === 1 ? [AWS_V1_UPGRADE] : [])];
  if (verdict.level === 'error') {
    throw new StepError(
      msg('setup.tools.awsTooOld', { version: awsVersion.text, minimum: verdict.minimum }),
      msg('setup.tools.awsTooOld.fix'),
      upgrades,
    );
  }
  if (verdict.level === 'warn') {
    notes.push({
      step: 'tools',
      level: 'warn',
      message: msg('setup.tools.awsBelowEksMinimum', { version: awsVersion.text, minimum: verdict.minimum }),
      commands: upgrades,
    });
  }
  const kubectlDispatcher = isKubectlDispatcher(kubectl.stdout);
  return { tools: { aws: awsVersion, kubectl: kubectlVersion, kubectlDispatcher }, notes };
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 3).join('\n');
}
