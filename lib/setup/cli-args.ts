import { parseArgs } from 'node:util';
import { detectLang, isLang, msg, type Lang } from '../i18n/index.ts';
import { UsageError } from '../usage-error.ts';
import { isDns1123Label, isEksClusterName } from '../validate.ts';
import { isIamRoleArn } from '../aws/arn.ts';
import type { SetupOptions } from './setup-context.ts';

const OPTIONS = {
  cluster: { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  'role-arn': { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  alias: { type: 'string' },
  'user-alias': { type: 'string' },
  kubeconfig: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'token-command': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The language to speak before the arguments are known to be valid (so usage errors are in it too). */
export function earlyLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return detectLang(value && isLang(value) ? value : undefined, env);
}

/** Parses and validates setup-eks's arguments; throws UsageError (exit 2) on anything wrong. */
export function parseSetupArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { help: true; lang: Lang } | { help: false; options: SetupOptions } {
  let values: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>
  >['values'];
  try {
    ({ values } = parseArgs({ args: booleanValues(argv), options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw toUsageError(error as Error & { code?: string });
  }
  if (values.lang !== undefined && !isLang(values.lang))
    throw new UsageError(msg('usage.badLang', { value: values.lang }));
  const lang = detectLang(values.lang, env);
  if (values.help) return { help: true, lang };
  if (values.cluster !== undefined && !isEksClusterName(values.cluster))
    throw new UsageError(msg('usage.badClusterName', { value: values.cluster }));
  if (values.namespace !== undefined && !isDns1123Label(values.namespace))
    throw new UsageError(msg('usage.badNamespace', { value: values.namespace }));
  if (values['role-arn'] !== undefined && !isIamRoleArn(values['role-arn']))
    throw new UsageError(msg('setup.usage.badRoleArn', { value: values['role-arn'] }));
  const tokenCommand = values['token-command'];
  if (tokenCommand !== undefined && tokenCommand !== 'aws' && tokenCommand !== 'eks-guide')
    throw new UsageError(msg('setup.usage.badTokenCommand', { value: tokenCommand }));

  // An AWS region is letters, digits and dashes (ap-northeast-2, us-gov-west-1): "x y" is a typo, not a region to try.
  if (values.region !== undefined && values.region.trim() !== '' && !/^[a-z]{2}(-[a-z0-9]+)+$/.test(values.region))
    throw new UsageError(msg('setup.usage.badRegion', { value: values.region }));
  for (const flag of ['region', 'profile', 'alias', 'user-alias', 'kubeconfig'] as const) {
    if (values[flag] !== undefined && values[flag].trim() === '')
      throw new UsageError(msg('setup.usage.badAlias', { flag: `--${flag}` }));
  }
  const options: SetupOptions = {
    namespace: values.namespace ?? 'default',
    namespaceGiven: values.namespace !== undefined,
    dryRun: values['dry-run'] ?? false,
    lang,
    ...(values.cluster !== undefined ? { cluster: values.cluster } : {}),
    ...(values.region !== undefined ? { region: values.region } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
    ...(values['role-arn'] !== undefined ? { roleArn: values['role-arn'] } : {}),
    ...(values.alias !== undefined ? { alias: values.alias } : {}),
    ...(values['user-alias'] !== undefined ? { userAlias: values['user-alias'] } : {}),
    ...(values.kubeconfig !== undefined ? { kubeconfig: values.kubeconfig } : {}),
    ...(tokenCommand === 'eks-guide' ? { tokenCommand } : {}),
  };
  return { help: false, options };
}

/** `--dry-run=yes|no|true|false|1|0` as kubectl takes boolean flags; parseArgs knows only `--dry-run`. */
function booleanValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    const m = /^--([a-z-]+)=(.*)$/s.exec(arg);
    const option = m ? (OPTIONS as Record<string, { type: string }>)[m[1]!] : undefined;
    if (!m || option?.type !== 'boolean') {
      out.push(arg);
      continue;
    }
    const value = m[2]!.toLowerCase();
    if (['true', 'yes', '1'].includes(value)) out.push(`--${m[1]}`);
    else if (!['false', 'no', '0'].includes(value))
      throw new UsageError(msg('usage.badBoolean', { flag: `--${m[1]}`, value: m[2]! }));
  }
  return out;
}

/** Node's parseArgs errors, in our own words: the flag named the way the user can type it, no stray punctuation. */
function toUsageError(error: Error & { code?: string }): UsageError {
  const text = error.message;
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  // "-n, --namespace <value>" names both forms: the long one is the one to show.
  const flag = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(msg('usage.unknownFlag', { flag }));
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return new UsageError(msg('usage.unexpectedArgument', { value: quoted }));
  // "argument missing", and "argument is ambiguous" (the next word starts with "-": --cluster --region x).
  if (/argument missing|argument is ambiguous/.test(text)) return new UsageError(msg('usage.missingValue', { flag }));
  if (/does not take an argument/.test(text)) return new UsageError(msg('usage.valueNotAllowed', { flag }));
  return new UsageError(msg('usage.unknownFlag', { flag }));
}
