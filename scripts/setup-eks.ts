#!/usr/bin/env -S npx tsx
// Onboards an engineer onto Amazon EKS up to a working `kubectl get pod -n NS`.
import { homedir } from 'node:os';
import { createAwsClients, sdkRegion } from '../lib/aws/aws-clients.ts';
import { EXIT } from '../lib/exit-codes.ts';
import { render, translator } from '../lib/i18n/index.ts';
import { createSetupKube } from '../lib/kube/kube-client.ts';
import { earlyLang, parseSetupArgs } from '../lib/setup/cli-args.ts';
import { terminalClusterPicker } from '../lib/setup/cluster-prompt.ts';
import { chooseRenderer, runSetup, setupPipeline } from '../lib/setup/pipeline.ts';
import type { SetupContext, SetupDeps } from '../lib/setup/setup-context.ts';
import { StepError } from '../lib/setup/step-error.ts';
import { setupSummary } from '../lib/setup/summary.ts';
import { zxShell } from '../lib/shell.ts';
import { UsageError } from '../lib/usage-error.ts';
import { safeText } from '../lib/output/safe-text.ts';
import { guardStdout } from '../lib/output/write-output.ts';

// The AWS SDK v3 prints a multi-line NodeVersionSupportWarning on Node < 22 to every user, yet
// Node 20 is a supported platform for this tool (package.json engines). The SDK reads this
// variable when a client is constructed, which happens only after this line; a value the user
// set (e.g. 'false') is kept.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main(argv: string[]): Promise<number> {
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
    process.stdout.write(translator(parsed.lang)('setup.help'));
    return EXIT.ok;
  }
  const { options } = parsed;
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY) && env.CI !== 'true';
  const deps: SetupDeps = {
    shell: zxShell(),
    aws: createAwsClients,
    kube: createSetupKube,
    env,
    home: homedir(),
    platform: process.platform,
    profileRegion: sdkRegion,
    now: () => new Date(),
    ...(interactive ? { pickCluster: terminalClusterPicker(options.lang) } : {}),
  };
  const listr = setupPipeline(options, deps, {
    renderer: chooseRenderer(env, Boolean(process.stderr.isTTY)),
    stream: process.stderr,
  });
  try {
    const ctx: SetupContext = await runSetup(listr);
    process.stdout.write(setupSummary(ctx, options.lang, env, deps.home));
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

// `| head` closing stdout ends quietly; a full disk is one line and exit 5.
guardStdout((code) => translator(earlyLang(process.argv.slice(2), process.env))('output.writeFailed', { code }));

process.once('SIGINT', () => {
  process.stderr.write(`\n${translator(earlyLang(process.argv.slice(2), process.env))('interrupted')}\n`);
  process.exit(EXIT.interrupted);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}\n`,
    );
    process.exitCode = EXIT.failed;
  },
);
