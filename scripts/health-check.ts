#!/usr/bin/env -S npx tsx
// health-check: one unattended, read-only look at a fleet of EKS clusters and their namespaces, one report, one exit code.
import { appendFile } from 'node:fs/promises';
import { CHECKS } from '../checks/index.ts';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import { langFromArgv } from '../lib/doctor/doctor-options.ts';
import { EXIT, type ExitCode } from '../lib/exit-codes.ts';
import { writeFileSafely } from '../lib/fs/safe-write.ts';
import { baselineText, BaselineFileError, keyFindings, readBaseline, type FindingKey } from '../lib/health/baseline.ts';
import type { ClusterCheckDeps } from '../lib/health/cluster-check.ts';
import { parseHealthArgs, type HealthOptions } from '../lib/health/health-options.ts';
import { healthRun, type HealthRun } from '../lib/health/health-run.ts';
import { renderHealthJson } from '../lib/health/render-health-json.ts';
import { renderHealthJunit } from '../lib/health/render-health-junit.ts';
import { renderHealthMarkdown } from '../lib/health/render-health-markdown.ts';
import { renderHealthText } from '../lib/health/render-health-text.ts';
import { render, translator, type Lang } from '../lib/i18n/index.ts';
import { UsageError } from '../lib/usage-error.ts';

/** Where the command writes; tests pass their own to run it in process. */
export interface HealthIo {
  stdout: (text: string) => Promise<void>;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Overrides for the per-cluster check (AWS clients, clock). */
  deps?: Partial<ClusterCheckDeps>;
}

const processIo: HealthIo = {
  stdout: (text) => new Promise((resolve) => process.stdout.write(text, () => resolve())),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** Runs the health check and returns its exit code. */
export async function main(
  argv: string[],
  program = 'npx tsx scripts/health-check.ts',
  io: HealthIo = processIo,
): Promise<ExitCode> {
  let lang: Lang = langFromArgv(argv, io.env);
  let options: HealthOptions;
  try {
    options = parseHealthArgs(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${render(lang, error.message_)}\n${translator(lang)('health.usage.seeHelp', { program })}\n`);
    return EXIT.usage;
  }
  lang = options.lang;
  const t = translator(lang);
  if (options.help) {
    await io.stdout(`${t('health.help', { program })}\n`);
    return EXIT.ok;
  }
  let baseline: { path: string; keys: FindingKey[] } | undefined;
  if (options.baseline) {
    try {
      baseline = { path: options.baseline, keys: await readBaseline(options.baseline) };
    } catch (error) {
      if (!(error instanceof BaselineFileError)) throw error;
      io.stderr(`${t('health.baseline.unreadable', { path: error.path, reason: error.reason })}\n`);
      return EXIT.usage;
    }
  }

  // The SDK and client-node load only for a run that reads clusters (not --help or a usage error).
  const { checkCluster } = await import('../lib/health/cluster-check.ts');
  const deps: ClusterCheckDeps = { checks: CHECKS, env: io.env, timeoutMs: options.requestTimeoutMs, ...io.deps };
  const clusters = await Promise.all(options.targets.map((target) => checkCluster(target, deps)));
  const generatedAt = (deps.now?.() ?? new Date()).toISOString();
  const run = healthRun(clusters, { failOn: options.failOn, generatedAt, ...(baseline ? { baseline } : {}) });

  await io.stdout(renderRun(run, options.output, lang));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      await appendFile(summaryFile, renderHealthMarkdown(run, lang));
    } catch (error) {
      io.stderr(
        `${t('health.summaryFailed', { path: summaryFile, reason: (error as { code?: string }).code ?? 'error' })}\n`,
      );
    }
  }
  if (options.writeBaseline) {
    const path = options.writeBaseline;
    try {
      await writeFileSafely(path, baselineText(path, keyFindings(clusters), generatedAt), { lock: true });
      io.stderr(`${t('health.baseline.written', { path })}\n`);
    } catch (error) {
      io.stderr(
        `${t('health.baseline.writeFailed', { path, reason: (error as { code?: string }).code ?? 'error' })}\n`,
      );
      return EXIT.usage;
    }
  }
  return run.exitCode;
}

function renderRun(run: HealthRun, output: HealthOptions['output'], lang: Lang): string {
  switch (output) {
    case 'json':
      return renderHealthJson(run, lang);
    case 'junit':
      return renderHealthJunit(run, lang);
    case 'markdown':
      return renderHealthMarkdown(run, lang);
    case 'text':
      return renderHealthText(run, lang, !!process.stdout.isTTY && !process.env.NO_COLOR);
  }
}

/** Runs the health check with its arguments and exits with its code (how `eks-guide health-check` and the script start it). */
export async function run(argv: string[], program = 'npx tsx scripts/health-check.ts'): Promise<void> {
  process.once('SIGINT', () => {
    process.stderr.write(`\n${translator(langFromArgv(argv))('interrupted')}\n`);
    process.exit(EXIT.interrupted);
  });
  await main(argv, program).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // An unexpected bug: say where, but never print a client exception's full text (it can hold headers).
      const e = error as { name?: string; message?: string };
      process.stderr.write(
        `health-check: internal error: ${e.name ?? 'Error'}: ${(e.message ?? '').split('\n')[0]?.slice(0, 200)}\n`,
      );
      process.exit(EXIT.checkCrashed);
    },
  );
}

if (isEntryPoint(import.meta.url)) await run(process.argv.slice(2));
