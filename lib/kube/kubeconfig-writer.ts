import { readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  FileIsDirectoryError,
  resolveWriteTarget,
  withFileLock,
  writeFileSafely,
  type FileLockOptions,
} from '../fs/safe-write.ts';

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

/** An existing kubeconfig that is not valid kubeconfig YAML (or one kubectl refuses): never overwritten. */
export class KubeconfigInvalidError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** The 1-based line the problem is on, when it is on one. */
    readonly line?: number,
  ) {
    super(`${path}${line ? `:${line}` : ''}: ${reason}`);
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
  // A JSON kubeconfig stays JSON (kubectl reads both); editing it as YAML would mix the two styles.
  const json = existing !== null && isMap(doc.contents) && doc.contents.flow === true && /^\s*\{/.test(existing);
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
  const text = json
    ? `${JSON.stringify(doc.toJS(), null, 2)}\n`
    : doc.toString({ indentSeq: usesIndentedSequences(existing), lineWidth: 0, minContentWidth: 0 });
  return { text, action: hadCluster ? 'updated' : 'added', contextName };
}

/**
 * Writes the entry under kubectl's lock (`<file>.lock`): the file is re-read and merged while the
 * lock is held, so concurrent writers never lose each other's entries. The write goes through
 * writeFileSafely (links followed, devices written directly, mode/owner kept, 0600 when new,
 * never group/world-readable, no temporary file left); the previous file is kept as `<file>.bak`.
 * dryRun reads without locking and writes nothing.
 */
export async function writeKubeconfig(
  path: string,
  entry: KubeconfigEntry,
  options: { dryRun?: boolean; lock?: FileLockOptions; backup?: boolean } = {},
): Promise<KubeconfigPlan & { path: string; backupPath?: string }> {
  const run = async () => {
    const existing = await readKubeconfigText(path);
    let plan: KubeconfigPlan;
    try {
      plan = planKubeconfigUpdate(existing, entry);
    } catch (error) {
      if (error instanceof KubeconfigInvalidError) throw new KubeconfigInvalidError(path, error.reason, error.line);
      throw error;
    }
    if (options.dryRun || plan.action === 'unchanged') return { ...plan, path };
    const written = await writeFileSafely(path, plan.text, {
      mode: 0o600,
      // Never group/world-readable; a stricter existing mode (e.g. 0400) is kept.
      modeMask: 0o600,
      backup: (options.backup ?? true) && existing !== null && existing.trim() !== '',
    });
    return { ...plan, path, ...(written.backupPath ? { backupPath: written.backupPath } : {}) };
  };
  if (options.dryRun) return run();
  // Devices (--kubeconfig /dev/null) have nothing to merge and no lock beside them.
  if ((await resolveWriteTarget(path)).kind === 'special') return run();
  return withFileLock(path, run, options.lock);
}

/** The kubeconfig's text through any links, or null when it does not exist yet. */
async function readKubeconfigText(path: string): Promise<string | null> {
  const target = await resolveWriteTarget(path);
  switch (target.kind) {
    case 'missing':
      return null;
    case 'directory':
      throw new FileIsDirectoryError(path);
    case 'special':
      // A device or FIFO holds nothing to merge, and reading a FIFO would wait for a writer.
      return null;
    case 'regular':
      return readFile(target.path, 'utf8');
  }
}

function loadDocument(existing: string | null): Document {
  if (existing === null || existing.trim() === '') return freshDocument();
  const lines = new LineCounter();
  // Duplicate keys are refused: the yaml package would keep the first, kubectl's parser the last.
  const doc = parseDocument(existing, { uniqueKeys: true, lineCounter: lines });
  const first = doc.errors[0];
  if (first) {
    const reason = first.code === 'DUPLICATE_KEY' ? 'a key appears twice in one mapping' : 'not valid YAML';
    throw new KubeconfigInvalidError('', reason, first.linePos?.[0]?.line);
  }
  if (doc.contents === null) return freshDocument();
  if (!isMap(doc.contents)) throw new KubeconfigInvalidError('', 'the top level is not a mapping');
  for (const key of LIST_KEYS) {
    const value = doc.contents.get(key, true);
    if (value === undefined || value === null || (isScalar(value) && value.value === null)) continue;
    if (!isSeq(value)) throw new KubeconfigInvalidError('', `"${key}" is not a list`);
    if (value.items.some((item) => !isMap(item)))
      throw new KubeconfigInvalidError('', `an entry in "${key}" is not a mapping`);
    refuseDuplicateNames(value, key, lines);
  }
  const current = doc.contents.get('current-context', true);
  if (current !== undefined && !(isScalar(current) && (current.value === null || typeof current.value === 'string'))) {
    throw new KubeconfigInvalidError('', '"current-context" is not a string');
  }
  const kind = (doc.contents.toJSON() as { kind?: unknown }).kind;
  if (kind !== undefined && kind !== null && kind !== 'Config')
    throw new KubeconfigInvalidError('', `kind is ${JSON.stringify(kind)}, not Config`);
  return doc;
}

/** kubectl refuses a file with two entries of one name in a list (`duplicate name "a" in list`): so do we. */
function refuseDuplicateNames(list: YAMLSeq, key: string, lines: LineCounter): void {
  const seen = new Set<string>();
  for (const item of list.items as YAMLMap[]) {
    const name = item.get('name', true);
    if (!isScalar(name) || name.value === undefined || name.value === null) continue;
    const value = JSON.stringify(name.value);
    if (seen.has(value)) {
      const line = name.range ? lines.linePos(name.range[0]).line : undefined;
      throw new KubeconfigInvalidError('', `duplicate name ${value} in ${key}`, line);
    }
    seen.add(value);
  }
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
  return list.items.findIndex((item) => isMap(item) && item.get('name') === name);
}

function toPlain(node: unknown): unknown {
  return node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

/** Whether the file indents "- " under its parent key (kubectl style) rather than not (PyYAML style). */
function usesIndentedSequences(existing: string | null): boolean {
  const match = existing ? /^(?:clusters|contexts|users):[ \t]*\r?\n([ \t]*)- /m.exec(existing) : null;
  return match ? match[1]!.length > 0 : false;
}
