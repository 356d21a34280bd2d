import { detectLang, isLang, msg, type Lang } from '../i18n/index.ts';
import { parseQuantity } from '../kube/quantity.ts';
import { UsageError } from '../usage-error.ts';
import { isDns1123Label } from '../validate.ts';
import type { ObjectRef } from './finding.ts';
import { parseObjectArg } from './kind-names.ts';
import { parseSelector, SelectorSyntaxError, type Requirement } from './label-selector.ts';
import { DEFAULT_MAX_INPUT_BYTES } from './read-input.ts';
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
  /** The largest --from-file input read (--max-input-size, DOCTOR_MAX_INPUT_SIZE, else 256Mi). */
  maxInputBytes: number;
  /** --verbose or DEBUG: log each API request (method, path, status, time) on stderr. */
  verbose: boolean;
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
  '--max-input-size': 'maxInputSize',
};
const BOOLEAN_FLAGS: Record<string, string> = {
  '-A': 'allNamespaces',
  '--all-namespaces': 'allNamespaces',
  '--explain': 'explain',
  '--brief': 'brief',
  '-v': 'verbose',
  '--verbose': 'verbose',
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
    // kubectl's short forms glue the value on: -nshop, -ojson, -lapp=web.
    const glued = /^-[a-zA-Z]./.test(arg) && Object.hasOwn(VALUE_FLAGS, arg.slice(0, 2)) ? 2 : -1;
    const name = eq > 0 ? arg.slice(0, eq) : glued > 0 ? arg.slice(0, glued) : arg;
    if (Object.hasOwn(BOOLEAN_FLAGS, name) && glued < 0) {
      if (eq > 0) {
        // --explain=true|false as well as --explain, like kubectl's boolean flags.
        const value = parseBoolean(arg.slice(eq + 1));
        if (value === undefined)
          throw new UsageError(msg('usage.badBoolean', { flag: name, value: arg.slice(eq + 1) }));
        if (value) flags.add(BOOLEAN_FLAGS[name]!);
        else flags.delete(BOOLEAN_FLAGS[name]!);
      } else flags.add(BOOLEAN_FLAGS[name]!);
      continue;
    }
    const field = Object.hasOwn(VALUE_FLAGS, name) ? VALUE_FLAGS[name] : undefined;
    if (field) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (glued > 0) value = arg.slice(glued).replace(/^=/, '');
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
    maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
    verbose: flags.has('verbose') || isTruthy(env.DEBUG),
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
  const maxInput = raw.maxInputSize ?? (env.DOCTOR_MAX_INPUT_SIZE || undefined);
  if (maxInput !== undefined) {
    const bytes = parseQuantity(maxInput);
    const flag = raw.maxInputSize !== undefined ? '--max-input-size' : 'DOCTOR_MAX_INPUT_SIZE';
    if (bytes === null || bytes < 1) throw new UsageError(msg('doctor.usage.badSize', { flag, value: maxInput }));
    options.maxInputBytes = Math.floor(bytes);
  }
  return options;
}

/** kubectl's boolean flag values: true/false, yes/no, 1/0 (any case). */
function parseBoolean(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (['true', 'yes', '1', 't', 'y'].includes(t)) return true;
  if (['false', 'no', '0', 'f', 'n'].includes(t)) return false;
  return undefined;
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && parseBoolean(value) !== false;
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
