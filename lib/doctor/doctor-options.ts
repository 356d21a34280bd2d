import { detectLang, isLang, msg, type Lang } from '../i18n/index.ts';
import { UsageError } from '../usage-error.ts';
import { isDns1123Label } from '../validate.ts';
import type { ObjectRef } from './finding.ts';
import { parseObjectArg } from './kind-names.ts';
import { parseSelector, SelectorSyntaxError, type Requirement } from './label-selector.ts';
import type { FailOn } from './run-checks.ts';

export const OUTPUTS = ['text', 'json', 'junit', 'markdown', 'html'] as const;
export type OutputFormat = (typeof OUTPUTS)[number];
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

/** Everything `doctor` was asked to do, validated. */
export interface DoctorOptions {
  /** -n; absent means the kubeconfig context's namespace, else "default". */
  namespace?: string;
  allNamespaces: boolean;
  context?: string;
  kubeconfig?: string;
  selector?: Requirement[];
  only: string[];
  skip: string[];
  output: OutputFormat;
  explain: boolean;
  /** --brief: the summary of incidents alone. */
  brief: boolean;
  /** --object KIND/NAME: only the incidents this object takes part in. */
  object?: ObjectRef;
  failOn: FailOn;
  lang: Lang;
  fromFile?: string;
  saveSnapshot?: string;
  requestTimeoutMs: number;
  help: boolean;
}

const VALUE_FLAGS: Record<string, string> = {
  '-n': 'namespace',
  '--namespace': 'namespace',
  '--context': 'context',
  '--kubeconfig': 'kubeconfig',
  '-l': 'selector',
  '--selector': 'selector',
  '--only': 'only',
  '--skip': 'skip',
  '-o': 'output',
  '--output': 'output',
  '--fail-on': 'failOn',
  '--lang': 'lang',
  '--from-file': 'fromFile',
  '--save-snapshot': 'saveSnapshot',
  '--request-timeout': 'requestTimeout',
  '--object': 'object',
};
const BOOLEAN_FLAGS: Record<string, string> = {
  '-A': 'allNamespaces',
  '--all-namespaces': 'allNamespaces',
  '--explain': 'explain',
  '--brief': 'brief',
  '-h': 'help',
  '--help': 'help',
};

/** The language to speak before the arguments are known to be valid: --lang if present and valid, else the locale. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') flag = argv[i + 1];
    else if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
  }
  return detectLang(flag && isLang(flag) ? flag : undefined, env);
}

/** Parses and validates the doctor's command line; throws UsageError (exit 2) on anything wrong. */
export function parseDoctorArgs(
  argv: readonly string[],
  checkIds: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): DoctorOptions {
  const raw: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (BOOLEAN_FLAGS[name] && eq < 0) {
      flags.add(BOOLEAN_FLAGS[name]);
      continue;
    }
    const field = VALUE_FLAGS[name];
    if (field) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        // "-n -A" forgot the namespace; a value may start with "-" only via --flag=value.
        if (value === undefined || (value.startsWith('-') && value.length > 1))
          throw new UsageError(msg('usage.missingValue', { flag: name }));
        i += 1;
      }
      raw[field] = value;
      continue;
    }
    if (arg.startsWith('-')) throw new UsageError(msg('usage.unknownFlag', { flag: name }));
    throw new UsageError(msg('usage.unexpectedArgument', { value: arg }));
  }

  if (raw.lang !== undefined && !isLang(raw.lang)) throw new UsageError(msg('usage.badLang', { value: raw.lang }));
  const options: DoctorOptions = {
    allNamespaces: flags.has('allNamespaces'),
    only: [],
    skip: [],
    output: 'text',
    explain: flags.has('explain'),
    brief: flags.has('brief'),
    failOn: 'error',
    lang: detectLang(raw.lang, env),
    requestTimeoutMs: 20_000,
    help: flags.has('help'),
  };
  if (options.help) return options;

  if (raw.namespace !== undefined) {
    if (!isDns1123Label(raw.namespace)) throw new UsageError(msg('usage.badNamespace', { value: raw.namespace }));
    if (options.allNamespaces) throw new UsageError(msg('doctor.usage.namespaceAndAll'));
    options.namespace = raw.namespace;
  }
  for (const field of ['context', 'kubeconfig', 'fromFile', 'saveSnapshot'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (value === '') throw new UsageError(msg('usage.missingValue', { flag: flagName(field) }));
    options[field] = value;
  }
  if (raw.output !== undefined) {
    if (!(OUTPUTS as readonly string[]).includes(raw.output))
      throw new UsageError(msg('doctor.usage.badOutput', { value: raw.output }));
    options.output = raw.output as OutputFormat;
  }
  if (raw.failOn !== undefined) {
    if (!(FAIL_ON as readonly string[]).includes(raw.failOn))
      throw new UsageError(msg('doctor.usage.badFailOn', { value: raw.failOn }));
    options.failOn = raw.failOn as FailOn;
  }
  if (raw.selector !== undefined) {
    try {
      options.selector = parseSelector(raw.selector);
    } catch (error) {
      if (error instanceof SelectorSyntaxError)
        throw new UsageError(msg('doctor.usage.badSelector', { value: raw.selector }));
      throw error;
    }
  }
  for (const field of ['only', 'skip'] as const) {
    if (raw[field] === undefined) continue;
    const ids = raw[field]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = ids.filter((id) => !checkIds.includes(id));
    if (unknown.length > 0) {
      throw new UsageError(
        msg('doctor.usage.unknownCheck', {
          flag: `--${field}`,
          ids: unknown.join(', '),
          valid: checkIds.join(', ') || '-',
        }),
      );
    }
    if (ids.length === 0) throw new UsageError(msg('usage.missingValue', { flag: `--${field}` }));
    options[field] = ids;
  }
  if (raw.object !== undefined) {
    const object = parseObjectArg(raw.object);
    if (!object) throw new UsageError(msg('doctor.usage.badObject', { value: raw.object }));
    options.object = object;
  }
  if (raw.requestTimeout !== undefined) {
    const ms = parseDuration(raw.requestTimeout);
    if (ms === undefined || ms <= 0)
      throw new UsageError(msg('doctor.usage.badTimeout', { value: raw.requestTimeout }));
    options.requestTimeoutMs = ms;
  }
  return options;
}

/** Parses a kubectl-style duration ("20s", "1m30s", "500ms") or a bare number of seconds; milliseconds out. */
export function parseDuration(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2]!]!, 0));
}

function flagName(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
