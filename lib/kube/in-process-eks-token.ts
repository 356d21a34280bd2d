import type { RequestOptions } from 'node:https';
// config.js alone, not the package index (which loads every API client): the doctor bundles just this file.
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import type { User } from '@kubernetes/client-node/dist/config_types.js';
import type { EksTokenSource } from '../aws/eks-token-source.ts';
import { parseAwsGetTokenExec, type AwsGetTokenEntry } from './aws-exec-entry.ts';

type Authenticator = Parameters<KubeConfig['addAuthenticator']>[0];

// Not one of client-node's auth-provider names (azure, gcp, oidc, exec), so only ours claims it.
const PROVIDER = 'eks-guide-in-process-eks-token';

/**
 * When the current user runs `aws eks get-token`, makes its tokens in this process instead
 * (no Python start per call) for every request client-node authenticates, fetch or API client.
 * Returns whether it did; any other user is left alone. The AWS SDK loads on the first request.
 */
export function useInProcessEksToken(kc: KubeConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  const user = kc.getCurrentUser();
  const cluster = kc.getCurrentCluster();
  const entry = parseAwsGetTokenExec(user?.exec as Parameters<typeof parseAwsGetTokenExec>[0]);
  if (!user || !cluster || !entry || user.token) return false;
  const standIn: User = { name: user.name, authProvider: { name: PROVIDER, config: {} } };
  kc.users = kc.users.map((u) => (u === user ? standIn : u));
  kc.addAuthenticator(new InProcessEksTokenAuth(entry, env, () => execFallback(cluster, user)));
  return true;
}

class InProcessEksTokenAuth implements Authenticator {
  private source?: EksTokenSource;
  private useExec = false;

  constructor(
    private readonly entry: AwsGetTokenEntry,
    private readonly env: NodeJS.ProcessEnv,
    private readonly makeFallback: () => KubeConfig,
  ) {}

  private fallbackConfig?: KubeConfig;

  // One KubeConfig, so client-node's ExecAuth keeps its token cache between requests.
  private fallback(): KubeConfig {
    this.fallbackConfig ??= this.makeFallback();
    return this.fallbackConfig;
  }

  isAuthProvider(user: User): boolean {
    return (user.authProvider as { name?: unknown } | undefined)?.name === PROVIDER;
  }

  async applyAuthentication(_user: User, opts: RequestOptions): Promise<void> {
    if (!this.useExec) {
      try {
        const { token } = await (await this.tokenSource()).token();
        opts.headers = { ...opts.headers, Authorization: `Bearer ${token}` };
        return;
      } catch (error) {
        // Settings or credentials this process cannot handle: the aws CLI may (and says why if not).
        this.useExec = true;
        try {
          await this.fallback().applyToHTTPSOptions(opts);
          return;
        } catch (execError) {
          // Without the aws CLI its ENOENT says less than the SDK's own reason.
          if (/ENOENT/.test(String((execError as { message?: string }).message ?? execError))) throw error;
          throw execError;
        }
      }
    }
    await this.fallback().applyToHTTPSOptions(opts);
  }

  private async tokenSource(): Promise<EksTokenSource> {
    if (!this.source) {
      const { EksTokenSource } = await import('../aws/eks-token-source.ts');
      this.source = new EksTokenSource(this.entry.spec, { ...this.env, ...this.entry.env });
    }
    return this.source;
  }
}

/** A kubeconfig of just this cluster and the original exec user, for client-node's own ExecAuth. */
function execFallback(cluster: NonNullable<ReturnType<KubeConfig['getCurrentCluster']>>, user: User): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromClusterAndUser(cluster, user);
  return kc;
}
