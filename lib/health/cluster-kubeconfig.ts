import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import type { LoadedKubeconfig } from '../doctor/kubeconfig-loader.ts';
import { useInProcessEksToken } from '../kube/in-process-eks-token.ts';
import { proxyFromEnv } from '../kube/proxy-from-env.ts';

/** What the kubeconfig for one EKS cluster is built from. */
export interface ClusterAccess {
  name: string;
  region: string;
  endpoint: string;
  caData: string;
  profile?: string;
  roleArn?: string;
}

/**
 * Builds the kubeconfig for one EKS cluster in memory, never on disk: endpoint and CA from
 * DescribeCluster, the user an `aws eks get-token` entry whose tokens this process computes
 * (no aws CLI, no kubectl). The one seam for other credential sources (in-cluster mode).
 */
export function clusterKubeconfig(access: ClusterAccess, env: NodeJS.ProcessEnv = process.env): LoadedKubeconfig {
  const kc = new KubeConfig();
  const args = ['eks', 'get-token', '--cluster-name', access.name, '--region', access.region];
  if (access.roleArn) args.push('--role-arn', access.roleArn);
  if (access.profile) args.push('--profile', access.profile);
  const proxy = proxyFromEnv(access.endpoint, env);
  kc.loadFromOptions({
    clusters: [
      {
        name: access.name,
        server: access.endpoint,
        caData: access.caData,
        skipTLSVerify: false,
        ...(proxy ? { proxyUrl: proxy } : {}),
      },
    ],
    users: [{ name: access.name, exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'aws', args } }],
    contexts: [{ name: access.name, cluster: access.name, user: access.name }],
    currentContext: access.name,
  });
  useInProcessEksToken(kc, env);
  return { kc, context: access.name, server: access.endpoint };
}
