import { parseArn } from './arn.ts';

// Each partition has its own console host (the China regions are run apart from aws.amazon.com).
const CONSOLE_HOSTS: Readonly<Record<string, string>> = {
  aws: 'console.aws.amazon.com',
  'aws-cn': 'console.amazonaws.cn',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
};

/** The EKS console page of a cluster, on its partition's console host (aws, aws-cn, aws-us-gov). */
export function eksConsoleUrl(clusterArn: string, name: string, region: string): string {
  const host = CONSOLE_HOSTS[parseArn(clusterArn)?.partition ?? 'aws'] ?? CONSOLE_HOSTS.aws;
  return `https://${region}.${host}/eks/home?region=${region}#/clusters/${encodeURIComponent(name)}`;
}
