import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/** --kubeconfig, else the first path of $KUBECONFIG (path.delimiter-separated), else ~/.kube/config. */
export function resolveKubeconfigPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const expand = (p: string) => resolve(p === '~' ? home : p.startsWith('~/') ? join(home, p.slice(2)) : p);
  if (flag) return expand(flag);
  const first = (env.KUBECONFIG ?? '')
    .split(delimiter)
    .map((p) => p.trim())
    .find((p) => p.length > 0);
  return first ? expand(first) : join(home, '.kube', 'config');
}
