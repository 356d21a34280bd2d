import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { detectLang, isLang, msg, type Lang } from '../i18n/index.ts';
import { UsageError } from '../usage-error.ts';
import { isDns1123Label } from '../validate.ts';
import type { FailOn } from '../doctor/run-checks.ts';

// The doctor's formats but html: a fleet report is read by CI and log pipelines, not attached to a ticket.
const OUTPUTS = ['text', 'json', 'junit', 'markdown'] as const;
type OutputFormat = (typeof OUTPUTS)[number];

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

/** One cluster to check, from --cluster and the shared flags or from a --clusters file entry. */
export interface ClusterTarget {
  cluster: string;
  region?: string;
  profile?: string;
  roleArn?: string;
  /** Namespaces to read; empty with allNamespaces false means "default". */
  namespaces: string[];
  allNamespaces: boolean;
  /** Read Kubernetes as this pod's service account (the cluster the pod runs in); AWS calls are unchanged. */
  inCluster?: boolean;
}

/** Everything `health-check` was asked to do, validated. */
export interface HealthOptions {
  targets: ClusterTarget[];
  output: OutputFormat;
  failOn: FailOn;
  baseline?: string;
  writeBaseline?: string;
  lang: Lang;
  requestTimeoutMs: number;
  help: boolean;
}

const VALUE_FLAGS = new Set([
  '--cluster',
  '--clusters',
  '-n',
  '--namespace',
  '--region',
  '--profile',
  '--role-arn',
  '-o',
  '--output',
  '--fail-on',
  '--baseline',
  '--write-baseline',
  '--lang',
]);
const BOOLEAN_FLAGS = new Set(['-A', '--all-namespaces', '-h', '--help', '--in-cluster']);

/** Parses the health check's command line; throws UsageError (exit 2) on anything wrong. */
export function parseHealthArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): HealthOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (BOOLEAN_FLAGS.has(name)) {
      flags.add(name === '--all-namespaces' ? '-A' : name === '--help' ? '-h' : name);
      continue;
    }
    if (!VALUE_FLAGS.has(name)) throw new UsageError(msg('health.usage.unknownFlag', { flag: arg }));
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(msg('health.usage.missingValue', { flag: name }));
    values.set(name === '--namespace' ? '-n' : name === '--output' ? '-o' : name, value);
  }
  const langFlag = values.get('--lang');
  if (langFlag !== undefined && !isLang(langFlag))
    throw new UsageError(msg('health.usage.badLang', { value: langFlag }));
  const lang = detectLang(langFlag, env);
  const help = flags.has('-h');
  const output = (values.get('-o') ?? 'text') as OutputFormat;
  if (!OUTPUTS.includes(output)) throw new UsageError(msg('health.usage.badOutput', { value: output }));
  const failOn = (values.get('--fail-on') ?? 'error') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(msg('health.usage.badFailOn', { value: failOn }));
  const base = { output, failOn, lang, requestTimeoutMs: 20_000, help };
  const extra = {
    ...(values.has('--baseline') ? { baseline: values.get('--baseline')! } : {}),
    ...(values.has('--write-baseline') ? { writeBaseline: values.get('--write-baseline')! } : {}),
  };
  if (help) return { ...base, ...extra, targets: [] };

  const allNamespaces = flags.has('-A');
  const namespaces = splitList(values.get('-n'));
  if (allNamespaces && namespaces.length > 0) throw new UsageError(msg('health.usage.namespaceAndAll'));
  for (const ns of namespaces) checkNamespace(ns);
  const shared = {
    ...(values.has('--region') ? { region: values.get('--region')! } : {}),
    ...(values.has('--profile') ? { profile: values.get('--profile')! } : {}),
    ...(values.has('--role-arn') ? { roleArn: checkRoleArn(values.get('--role-arn')!) } : {}),
  };
  const clusterFlag = values.get('--cluster');
  const clustersFile = values.get('--clusters');
  if (clusterFlag && clustersFile) throw new UsageError(msg('health.usage.clusterAndFile'));
  let targets: ClusterTarget[];
  if (clusterFlag) {
    targets = splitList(clusterFlag).map((cluster) => ({
      cluster: checkClusterName(cluster),
      ...shared,
      namespaces,
      allNamespaces,
    }));
  } else if (clustersFile) {
    targets = readClustersFile(clustersFile, readFile).map((t) => ({
      ...shared,
      ...t,
      namespaces: t.namespaces.length > 0 ? t.namespaces : namespaces,
      allNamespaces: t.namespaces.length > 0 ? false : allNamespaces,
    }));
  } else {
    throw new UsageError(msg('health.usage.noCluster'));
  }
  if (targets.length === 0) throw new UsageError(msg('health.usage.noCluster'));
  if (flags.has('--in-cluster')) {
    // A pod runs in one cluster: its service account can read only that one.
    if (targets.length > 1) throw new UsageError(msg('health.usage.inClusterOne', { count: targets.length }));
    targets = [{ ...targets[0]!, inCluster: true }];
  }
  return { ...base, ...extra, targets };
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function checkNamespace(ns: string): string {
  if (!isDns1123Label(ns)) throw new UsageError(msg('health.usage.badNamespace', { value: ns }));
  return ns;
}

// EKS cluster names: 1-100 characters, letters, digits, hyphens and underscores, starting with a letter or digit.
function checkClusterName(name: string): string {
  if (!/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/.test(name))
    throw new UsageError(msg('health.usage.badCluster', { value: name }));
  return name;
}

function checkRoleArn(arn: string): string {
  if (!/^arn:aws[\w-]*:iam::\d{12}:role\/.+/.test(arn))
    throw new UsageError(msg('health.usage.badRoleArn', { value: arn }));
  return arn;
}

/** Reads a --clusters YAML file: a list of {cluster, region, profile?, roleArn?, namespaces?}. */
function readClustersFile(
  path: string,
  readFile: (path: string) => string,
): (Omit<ClusterTarget, 'allNamespaces'> & { namespaces: string[] })[] {
  let doc: unknown;
  try {
    doc = parse(readFile(path));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new UsageError(msg('health.usage.clustersMissing', { path }));
    throw new UsageError(msg('health.usage.clustersInvalid', { path, reason: firstLine(error) }));
  }
  const list = Array.isArray(doc) ? doc : (doc as { clusters?: unknown } | null)?.clusters;
  if (!Array.isArray(list))
    throw new UsageError(msg('health.usage.clustersInvalid', { path, reason: 'expected a list of clusters' }));
  return list.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const str = (key: string): string | undefined => {
      const v = e[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string' || v === '')
        throw new UsageError(
          msg('health.usage.clustersInvalid', { path, reason: `entry ${i + 1}: ${key} must be text` }),
        );
      return v;
    };
    const cluster = str('cluster');
    if (!cluster)
      throw new UsageError(msg('health.usage.clustersInvalid', { path, reason: `entry ${i + 1}: cluster is missing` }));
    const ns = e.namespaces;
    if (ns !== undefined && !(Array.isArray(ns) && ns.every((n) => typeof n === 'string')))
      throw new UsageError(
        msg('health.usage.clustersInvalid', { path, reason: `entry ${i + 1}: namespaces must be a list of names` }),
      );
    const region = str('region');
    const profile = str('profile');
    const roleArn = str('roleArn');
    return {
      cluster: checkClusterName(cluster),
      ...(region ? { region } : {}),
      ...(profile ? { profile } : {}),
      ...(roleArn ? { roleArn: checkRoleArn(roleArn) } : {}),
      namespaces: (ns ?? []).map(checkNamespace),
    };
  });
}

function firstLine(error: unknown): string {
  return String((error as { message?: string }).message ?? error)
    .split('\n')[0]!
    .slice(0, 200);
}
