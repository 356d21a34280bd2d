#!/usr/bin/env -S npx tsx
// Onboards an engineer onto Amazon EKS up to a working `kubectl get pod -n NS`.
import { homedir } from 'node:os';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import { EXIT } from '../lib/exit-codes.ts';
import { render, translator } from '../lib/i18n/index.ts';
import { earlyLang, parseSetupArgs } from '../lib/setup/cli-args.ts';
import type { SetupContext, SetupDeps } from '../lib/setup/setup-context.ts';
import { UsageError } from '../lib/usage-error.ts';
import { safeText } from '../lib/output/safe-text.ts';
import { guardStdout } from '../lib/output/write-output.ts';

// The AWS SDK v3 prints a multi-line NodeVersionSupportWarning on Node < 22 to every user, yet
// Node 20 is a supported platform for this tool (package.json engines). The SDK reads this
// variable when a client is constructed, which happens only after this line; a value the user
// set (e.g. 'false') is kept.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main(argv: string[], program: string): Promise<number> {
  const env = process.env;
  const lang0 = earlyLang(argv, env);
  let parsed: ReturnType<typeof parseSetupArgs>;
  try {
    parsed = parseSetupArgs(argv, env);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${render(lang0, error.message_)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (parsed.help) {
    process.stdout.write(translator(parsed.lang)('setup.help', { program }));
    return EXIT.ok;
  }
  const { options } = parsed;
  // zx loads only now: --help and a usage error answer without it. `aws --version` (a Python start, often
  // behind a pyenv shim: 0.5-0.9 s) runs while the AWS SDK and listr2 load, not after.
  const [{ zxShell }, { checkTools }] = await Promise.all([
    import('../lib/shell.ts'),
    import('../lib/setup/tools-step.ts'),
  ]);
  const shell = zxShell();
  const toolsCheck = checkTools({ shell, env, platform: process.platform });
  // Its task awaits it; a failure that comes while the rest loads must not be an unhandled rejection.
  toolsCheck.catch(() => undefined);
  const [
    { createAwsClients, sdkRegion },
    { createSetupKube },
    { terminalClusterPicker },
    { chooseRenderer, runSetup, setupPipeline },
    { StepError },
    { doctorCommandFor, setupSummary },
  ] = await Promise.all([
    import('../lib/aws/aws-clients.ts'),
    import('../lib/kube/kube-client.ts'),
    import('../lib/setup/cluster-prompt.ts'),
    import('../lib/setup/pipeline.ts'),
    import('../lib/setup/step-error.ts'),
    import('../lib/setup/summary.ts'),
  ]);
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY) && env.CI !== 'true';
  const deps: SetupDeps = {
    shell,
    aws: createAwsClients,
    kube: createSetupKube,
    env,
    home: homedir(),
    platform: process.platform,
    profileRegion: sdkRegion,
    now: () => new Date(),
    ...(interactive ? { pickCluster: terminalClusterPicker(options.lang) } : {}),
  };
  const listr = setupPipeline(
    options,
    deps,
    { renderer: chooseRenderer(env, Boolean(process.stderr.isTTY)), stream: process.stderr },
    { tools: toolsCheck },
  );
  try {
    const ctx: SetupContext = await runSetup(listr);
    process.stdout.write(setupSummary(ctx, options.lang, env, deps.home, doctorCommandFor(program)));
    return EXIT.ok;
  } catch (error) {
    // Listr showed only the one-line reason on the failed step; the explanation and the
    // commands to run next are printed here, once, after the progress output has settled.
    if (!(error instanceof StepError)) {
      process.stderr.write(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
      return EXIT.failed;
    }
    process.stderr.write(`\n${safeText(error.describe(options.lang))}\n`);
    return error.exitCode;
  }
}

/** Runs setup with its arguments and sets the exit code; `program` is how --help names the command. */
export async function run(argv: string[], program = 'npx tsx scripts/setup-eks.ts'): Promise<void> {
  // `| head` closing stdout ends quietly; a full disk is one line and exit 5.
  guardStdout((code) => translator(earlyLang(argv, process.env))('output.writeFailed', { code }));
  process.once('SIGINT', () => {
    process.stderr.write(`\n${translator(earlyLang(argv, process.env))('interrupted')}\n`);
    process.exit(EXIT.interrupted);
  });
  await main(argv, program).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? `${error.name}: ${safeText(error.message.split('\n')[0] ?? '')}` : String(error)}\n`,
      );
      process.exitCode = EXIT.failed;
    },
  );
}

if (isEntryPoint(import.meta.url)) await run(process.argv.slice(2));
