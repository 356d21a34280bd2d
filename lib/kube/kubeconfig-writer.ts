import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';

export { resolveKubeconfigPath } from './kubeconfig-path.ts';

export interface KubeconfigEntry {
  clusterArn: string;
  clusterName: string;
  region: string;
  endpoint: string;
  caData: string;
  alias?: string;
  userAlias?: string;
  namespace?: string;
  roleArn?: string;
  profile?: string;
  /** Who makes the token: `aws eks get-token` (the default, as update-kubeconfig writes) or `eks-guide token`. */
  tokenCommand?: 'aws' | 'eks-guide';
}

export interface KubeconfigPlan {
  text: string;
  action: 'added' | 'updated' | 'unchanged';
  contextName: string;
}

/** An existing kubeconfig that is not valid kubeconfig YAML: never overwritten. */
export class KubeconfigInvalidError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'KubeconfigInvalidError';
  }
}

// What update_kubeconfig.py writes: apiVersion the aws CLI hard-codes since 1.23.9 / 2.6.3.
const EXEC_API_VERSION = 'client.authentication.k8s.io/v1beta1';
const LIST_KEYS = ['clusters', 'contexts', 'users'] as const;

/** The cluster, user and context entries update-kubeconfig would write, in its key order. */
export function kubeconfigEntries(entry: KubeconfigEntry) {
  const cluster = {
    cluster: { 'certificate-authority-data': entry.caData, server: entry.endpoint },
    name: entry.clusterArn,
  };
  const userName = entry.userAlias || entry.clusterArn;
  const exec: Record<string, unknown> = { apiVersion: EXEC_API_VERSION, ...tokenExec(entry) };
  if (entry.profile) exec.env = [{ name: 'AWS_PROFILE', value: entry.profile }];
  const user = { name: userName, user: { exec } };
  // update_kubeconfig.py: the context is named by --alias, else by the user's name.
  const contextName = entry.alias || userName;
  const context = {
    context: { cluster: entry.clusterArn, user: userName, ...(entry.namespace ? { namespace: entry.namespace } : {}) },
    name: contextName,
  };
  return { cluster, user, context, contextName };
}

/** The exec command and args that print the token: the aws CLI's, or eks-guide's in-process twin. */
function tokenExec(entry: KubeconfigEntry): { args: string[]; command: string } {
  if (entry.tokenCommand === 'eks-guide') {
    const args = ['token', '--cluster', entry.clusterName, '--region', entry.region];
    if (entry.roleArn) args.push('--role-arn', entry.roleArn);
    return { args, command: 'eks-guide' };
  }
  const args = ['--region', entry.region, 'eks', 'get-token', '--cluster-name', entry.clusterName, '--output', 'json'];
  if (entry.roleArn) args.push('--role', entry.roleArn);
  return { args, command: 'aws' };
}

/** Pure: merges the entry into existing kubeconfig YAML (or null) exactly as `aws eks update-kubeconfig` would. */
export function planKubeconfigUpdate(existing: string | null, entry: KubeconfigEntry): KubeconfigPlan {
  const { cluster, user, context, contextName } = kubeconfigEntries(entry);
  const doc = loadDocument(existing);
  const root = doc.contents as YAMLMap;
  const hadCluster = findByName(listOf(doc, 'clusters'), entry.clusterArn) >= 0;
  let changed = false;
  for (const [key, item] of [
    ['clusters', cluster],
    ['users', user],
    ['contexts', context],
  ] as const) {
    const list = listOf(doc, key);
    const index = findByName(list, item.name);
    if (index < 0) {
      list.add(doc.createNode(item));
      changed = true;
    } else if (!isDeepStrictEqual(toPlain(list.items[index]), item)) {
      list.set(index, doc.createNode(item));
      changed = true;
    }
  }
  if (root.get('current-context') !== contextName) {
    root.set('current-context', contextName);
    changed = true;
  }
  if (!changed && existing !== null) return { text: existing, action: 'unchanged', contextName };
  const text = doc.toString({ indentSeq: usesIndentedSequences(existing), lineWidth: 0, minContentWidth: 0 });
  return { text, action: hadCluster ? 'updated' : 'added', contextName };
}

/** Writes atomically (temp file in the same dir + rename, mode 0600, parent dir created 0700), never corrupting/clobbering; dryRun writes nothing. */
export async function writeKubeconfig(
  path: string,
  entry: KubeconfigEntry,
  options: { dryRun?: boolean } = {},
): Promise<KubeconfigPlan & { path: string }> {
  // Write through a symlinked kubeconfig (dotfile managers) instead of replacing the link.
  const target = await realpath(path).catch(() => path);
  const existing = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  let plan: KubeconfigPlan;
  try {
    plan = planKubeconfigUpdate(existing, entry);
  } catch (error) {
    if (error instanceof KubeconfigInvalidError) throw new KubeconfigInvalidError(path, error.reason);
    throw error;
  }
  if (options.dryRun || plan.action === 'unchanged') return { ...plan, path };
  const oldMode = existing === null ? null : (await stat(target)).mode & 0o777;
  // Never group/world-readable; a stricter existing mode (e.g. 0400) is kept.
  const mode = oldMode === null ? 0o600 : oldMode & 0o600 || 0o600;
  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(plan.text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return { ...plan, path };
}

function loadDocument(existing: string | null): Document {
  if (existing === null || existing.trim() === '') return freshDocument();
  const doc = parseDocument(existing, { uniqueKeys: false });
  if (doc.errors.length > 0)
    throw new KubeconfigInvalidError('', `not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`);
  if (doc.contents === null) return freshDocument();
  if (!isMap(doc.contents)) throw new KubeconfigInvalidError('', 'the top level is not a mapping');
  for (const key of LIST_KEYS) {
    const value = doc.contents.get(key, true);
    if (value === undefined || value === null || (isScalar(value) && value.value === null)) continue;
    if (!isSeq(value)) throw new KubeconfigInvalidError('', `"${key}" is not a list`);
    if (value.items.some((item) => !isMap(item)))
      throw new KubeconfigInvalidError('', `an entry in "${key}" is not a mapping`);
  }
  const current = doc.contents.get('current-context', true);
  if (current !== undefined && !(isScalar(current) && (current.value === null || typeof current.value === 'string'))) {
    throw new KubeconfigInvalidError('', '"current-context" is not a string');
  }
  const kind: unknown = doc.contents.toJSON().kind;
  if (kind !== undefined && kind !== null && kind !== 'Config')
    throw new KubeconfigInvalidError('', `kind is "${String(kind)}", not Config`);
  return doc;
}

/** An empty kubeconfig in the key order update_kubeconfig.py starts from. */
function freshDocument(): Document {
  return new Document({
    apiVersion: 'v1',
    clusters: [],
    contexts: [],
    'current-context': '',
    kind: 'Config',
    preferences: {},
    users: [],
  });
}

function listOf(doc: Document, key: (typeof LIST_KEYS)[number]): YAMLSeq {
  const root = doc.contents as YAMLMap;
  const value = root.get(key, true);
  if (isSeq(value)) {
    // An empty flow list `[]` would stay in flow style; write blocks like update-kubeconfig.
    if (value.items.length === 0) value.flow = false;
    return value;
  }
  const seq = doc.createNode([]) as YAMLSeq;
  root.set(key, seq);
  return seq;
}

function findByName(list: YAMLSeq, name: string): number {
  return list.items.findIndex((item) => isMap(item) && (item as YAMLMap).get('name') === name);
}

function toPlain(node: unknown): unknown {
  return node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

/** Whether the file indents "- " under its parent key (kubectl style) rather than not (PyYAML style). */
function usesIndentedSequences(existing: string | null): boolean {
  const match = existing ? /^(?:clusters|contexts|users):[ \t]*\r?\n([ \t]*)- /m.exec(existing) : null;
  return match ? match[1]!.length > 0 : false;
}
