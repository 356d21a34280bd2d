import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The file `aws eks update-kubeconfig` would write (update_kubeconfig.py, KubeconfigSelector):
 * --kubeconfig; else, of the $KUBECONFIG files, the first that already holds a cluster entry
 * with this name (files that cannot be read or parsed are passed over); else the first
 * $KUBECONFIG file; else ~/.kube/config.
 */
export async function chooseKubeconfigFile(
  flag: string | undefined,
  clusterName: string,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): Promise<string> {
  const expand = (p: string) => resolve(p === '~' ? home : p.startsWith('~/') ? join(home, p.slice(2)) : p);
  if (flag) return expand(flag);
  const paths = (env.KUBECONFIG ?? '')
    .split(delimiter)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(expand);
  if (paths.length === 0) return join(home, '.kube', 'config');
  for (const path of paths) {
    if (await holdsCluster(path, clusterName)) return path;
  }
  return paths[0]!;
}

async function holdsCluster(path: string, clusterName: string): Promise<boolean> {
  try {
    const doc = parse(await readFile(path, 'utf8')) as { clusters?: unknown } | null;
    const clusters = doc?.clusters;
    return Array.isArray(clusters) && clusters.some((c) => (c as { name?: unknown } | null)?.name === clusterName);
  } catch {
    return false;
  }
}
