import { DescribeClusterCommand, ListClustersCommand, type EKSClient } from '@aws-sdk/client-eks';
import { parseArn } from './arn.ts';

export type AuthenticationMode = 'CONFIG_MAP' | 'API_AND_CONFIG_MAP' | 'API';

/** What setup needs to know about one EKS cluster, from DescribeCluster. */
export interface ClusterFacts {
  name: string;
  arn: string;
  /** The region in the cluster ARN (what update-kubeconfig writes into get-token's args). */
  region: string;
  status: string;
  version: string;
  endpoint: string;
  caData: string;
  endpointPublicAccess: boolean;
  endpointPrivateAccess: boolean;
  publicAccessCidrs: string[];
  /** accessConfig.authenticationMode; absent on older clusters, which means CONFIG_MAP. */
  authenticationMode: AuthenticationMode;
  /** health.issues as "CODE: message" lines, for a FAILED cluster. */
  healthIssues: string[];
}

/** Calls DescribeCluster and reduces the answer to ClusterFacts. */
export async function describeCluster(eks: EKSClient, name: string, fallbackRegion: string): Promise<ClusterFacts> {
  const out = await eks.send(new DescribeClusterCommand({ name }));
  const c = out.cluster ?? {};
  const arn = c.arn ?? '';
  const vpc = c.resourcesVpcConfig ?? {};
  const mode = c.accessConfig?.authenticationMode;
  return {
    name: c.name ?? name,
    arn,
    region: parseArn(arn)?.region || fallbackRegion,
    status: c.status ?? 'UNKNOWN',
    version: c.version ?? '',
    endpoint: c.endpoint ?? '',
    caData: c.certificateAuthority?.data ?? '',
    // EKS defaults: public on, private off, when the fields are missing.
    endpointPublicAccess: vpc.endpointPublicAccess ?? true,
    endpointPrivateAccess: vpc.endpointPrivateAccess ?? false,
    publicAccessCidrs: vpc.publicAccessCidrs ?? [],
    authenticationMode: mode === 'API' || mode === 'API_AND_CONFIG_MAP' ? mode : 'CONFIG_MAP',
    healthIssues: (c.health?.issues ?? []).map((i) => `${i.code ?? 'Issue'}: ${i.message ?? ''}`.trim()),
  };
}

/** Lists every cluster name in the client's region (ListClusters, paginated). */
export async function listClusterNames(eks: EKSClient): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await eks.send(new ListClustersCommand({ nextToken }));
    names.push(...(page.clusters ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return names;
}
