#!/usr/bin/env -S npx tsx
// token: prints an ExecCredential with an EKS token, as `aws eks get-token` does, made in this process and cached.
import { parseArgs } from 'node:util';
import { isIamRoleArn } from '../lib/aws/arn.ts';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import type { EksTokenSpec } from '../lib/aws/eks-token-source.ts';
import { EXIT, type ExitCode } from '../lib/exit-codes.ts';
import { detectLang, isLang, msg, render, translator, type Lang } from '../lib/i18n/index.ts';
import { earlyLang } from '../lib/setup/cli-args.ts';
import { UsageError } from '../lib/usage-error.ts';
import { isEksClusterName } from '../lib/validate.ts';

const OPTIONS = {
  cluster: { type: 'string' },
  region: { type: 'string' },
  'role-arn': { type: 'string' },
  profile: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

// get_token.py: the apiVersion kubectl asks for in KUBERNETES_EXEC_INFO, else v1beta1.
const API_VERSIONS = [
  'client.authentication.k8s.io/v1',
  'client.authentication.k8s.io/v1beta1',
  'client.authentication.k8s.io/v1alpha1',
];

type Parsed = { help: true; lang: Lang } | { help: false; lang: Lang; spec: EksTokenSpec };

/** Parses `token`'s flags; throws UsageError (exit 2) on anything wrong. */
export function parseTokenArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Parsed {
  let values: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>
  >['values'];
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    const e = error as Error & { code?: string };
    const flag = /'([^']+)'/.exec(e.message)?.[1]?.split(' ')[0] ?? e.message;
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(msg('usage.unknownFlag', { flag }));
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(msg('usage.unexpectedArgument', { value: flag }));
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test(e.message))
      throw new UsageError(msg('usage.missingValue', { flag }));
    throw new UsageError(msg('usage.badValue', { flag, value: '', reason: e.message }));
  }
  if (values.lang !== undefined && !isLang(values.lang))
    throw new UsageError(msg('usage.badLang', { value: values.lang }));
  const lang = detectLang(values.lang, env);
  if (values.help) return { help: true, lang };
  if (values.cluster === undefined) throw new UsageError(msg('token.usage.needCluster'));
  if (!isEksClusterName(values.cluster)) throw new UsageError(msg('usage.badClusterName', { value: values.cluster }));
  if (values['role-arn'] !== undefined && !isIamRoleArn(values['role-arn']))
    throw new UsageError(msg('setup.usage.badRoleArn', { value: values['role-arn'] }));
  for (const flag of ['region', 'profile'] as const) {
    if (values[flag] !== undefined && values[flag].trim() === '')
      throw new UsageError(msg('setup.usage.badAlias', { flag: `--${flag}` }));
  }
  const spec: EksTokenSpec = {
    clusterId: values.cluster,
    ...(values.region ? { region: values.region } : {}),
    ...(values['role-arn'] ? { roleArn: values['role-arn'] } : {}),
    ...(values.profile ? { profile: values.profile } : {}),
  };
  return { help: false, lang, spec };
}

/** The ExecCredential as the aws CLI's json formatter prints it (4-space indent), with its blank line after. */
export function formatExecCredential(
  status: { token: string; expirationTimestamp: string },
  env: NodeJS.ProcessEnv,
): string {
  const credential = {
    kind: 'ExecCredential',
    apiVersion: execInfoApiVersion(env),
    spec: {},
    status: { expirationTimestamp: status.expirationTimestamp, token: status.token },
  };
  return `${JSON.stringify(credential, null, 4)}\n\n`;
}

function execInfoApiVersion(env: NodeJS.ProcessEnv): string {
  try {
    const info = JSON.parse(env.KUBERNETES_EXEC_INFO ?? '') as { apiVersion?: unknown };
    if (typeof info.apiVersion === 'string' && API_VERSIONS.includes(info.apiVersion)) return info.apiVersion;
  } catch {
    // unset or malformed: the CLI's fallback
  }
  return 'client.authentication.k8s.io/v1beta1';
}

/** `eks-guide token …`: returns the exit code; stdout carries only the ExecCredential. */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  now: () => Date = () => new Date(),
): Promise<ExitCode> {
  let parsed: Parsed;
  try {
    parsed = parseTokenArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${render(earlyLang(argv, env), error.message_)}\n`);
    return EXIT.usage;
  }
  const t = translator(parsed.lang);
  if (parsed.help) {
    process.stdout.write(t('token.help'));
    return EXIT.ok;
  }
  const { spec } = parsed;
  const { readCachedToken, tokenCachePath, writeCachedToken } = await import('../lib/aws/token-cache.ts');
  const path = tokenCachePath(spec, env);
  let status = await readCachedToken(path, now());
  if (!status) {
    const { EksTokenSource, EksTokenUnsupportedError } = await import('../lib/aws/eks-token-source.ts');
    try {
      const made = await new EksTokenSource(spec, env, now).token();
      status = { token: made.token, expirationTimestamp: made.expirationTimestamp };
    } catch (error) {
      const reason = firstLine(error);
      if (error instanceof EksTokenUnsupportedError) {
        process.stderr.write(`${t('token.unsupported', { reason })}\n`);
      } else {
        const flags = [spec.profile ? ` --profile ${spec.profile}` : '', spec.region ? ` --region ${spec.region}` : ''];
        process.stderr.write(
          `${t('token.failed', { cluster: spec.clusterId, reason })}\n${t('token.failed.fix', { flags: flags.join('') })}\n`,
        );
      }
      return EXIT.failed;
    }
    try {
      await writeCachedToken(path, status);
    } catch (error) {
      process.stderr.write(
        `${t('token.cache.failed', { path, reason: (error as { code?: string }).code ?? 'error' })}\n`,
      );
    }
  }
  process.stdout.write(formatExecCredential(status, env));
  return EXIT.ok;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((l) => l.trim()) ?? (error instanceof Error ? error.name : 'error');
}

/** Runs `token` with its arguments and sets the exit code (how `eks-guide token` and the script start it). */
export async function run(argv: string[]): Promise<void> {
  await main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${firstLine(error)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}

if (isEntryPoint(import.meta.url)) await run(process.argv.slice(2));
