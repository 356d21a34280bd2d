import { Agent } from 'node:http';
import { classifyKubeError } from '../kube/kube-errors.ts';
import { fetchApiGet, type ApiGet } from './api-reader.ts';
import { ClusterUnreadableError } from './gather.ts';
import type { LoadedKubeconfig } from './kubeconfig-loader.ts';

/**
 * Turns a kubeconfig entry into a read-only API door: TLS settings and the bearer or
 * exec-plugin token are applied once by client-node. A credential plugin that fails
 * (aws missing, SSO expired) makes the cluster unreadable.
 */
export async function connect(loaded: LoadedKubeconfig): Promise<ApiGet> {
  try {
    const init = await loaded.kc.applyToFetchOptions({});
    // client-node's agent closes each connection after one request, so every GET paid a new TLS handshake
    // (and CA parse): keep them open and reuse them, as kubectl does with its one connection.
    if (init.agent instanceof Agent) Object.assign(init.agent, { keepAlive: true });
    if (!loaded.tokenFile) return fetchApiGet(loaded.server, init);
    const { tokenFileAuthorization } = await import('./in-cluster-config.ts');
    return fetchApiGet(loaded.server, init, tokenFileAuthorization(loaded.tokenFile));
  } catch (error) {
    const user = loaded.kc.getCurrentUser();
    if (user?.exec || user?.authProvider) {
      const e = error as { message?: string; code?: string };
      // The plugin's stderr is the useful part; kube-errors keeps its first line, sanitised.
      const text =
        (e.message ?? '')
          .trim()
          .split('\n')
          .find((l) => l.trim()) ??
        e.code ??
        '';
      throw new ClusterUnreadableError(classifyKubeError(new Error(`exec plugin: ${text}`), loaded.server));
    }
    throw new ClusterUnreadableError(classifyKubeError(error, loaded.server));
  }
}
