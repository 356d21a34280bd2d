import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileSafely } from '../fs/safe-write.ts';
import type { EksTokenSpec } from './eks-token-source.ts';

/** The part of an ExecCredential that is cached: what `status` holds. */
export interface CachedToken {
  token: string;
  expirationTimestamp: string;
}

const REFRESH_MARGIN_MS = 60_000;

/** $XDG_CACHE_HOME/eks-guide when set, else ~/.kube/cache/eks-guide (beside kubectl's own cache). */
export function tokenCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'eks-guide');
  return join(env.HOME || homedir(), '.kube', 'cache', 'eks-guide');
}

/**
 * One file per cluster, region, role, profile and (without a profile) environment access key id,
 * so switching any of them never hands out another identity's token. The name is a hash.
 */
export function tokenCachePath(spec: EksTokenSpec, env: NodeJS.ProcessEnv = process.env): string {
  const profile = spec.profile || env.AWS_DEFAULT_PROFILE || env.AWS_PROFILE || '';
  const key = JSON.stringify([
    spec.clusterId,
    spec.region || env.AWS_DEFAULT_REGION || '',
    spec.roleArn ?? '',
    profile,
    spec.profile ? '' : (env.AWS_ACCESS_KEY_ID ?? ''),
    env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || '',
  ]);
  return join(tokenCacheDir(env), `token-${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
}

/** The cached token if the file is ours alone (no group/other bits) and good for more than a minute. */
export async function readCachedToken(path: string, now: Date): Promise<CachedToken | undefined> {
  try {
    if (((await stat(path)).mode & 0o077) !== 0) return undefined;
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<CachedToken>;
    if (typeof parsed.token !== 'string' || !parsed.token.startsWith('k8s-aws-v1.')) return undefined;
    const expires = Date.parse(parsed.expirationTimestamp ?? '');
    if (!(expires - now.getTime() > REFRESH_MARGIN_MS)) return undefined;
    return { token: parsed.token, expirationTimestamp: parsed.expirationTimestamp! };
  } catch {
    return undefined;
  }
}

/** Stores the token for the next call; the one place the cache is written. */
export async function writeCachedToken(path: string, token: CachedToken): Promise<void> {
  await writeCacheFile(path, `${JSON.stringify(token)}\n`);
}

// Through the shared writer: a temp file beside it and a rename (a reader never sees half a token),
// no temp file left on a signal, and the cache's private mode enforced even on an existing file.
async function writeCacheFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileSafely(path, text, { mode: 0o600, modeMask: 0o600 });
}
