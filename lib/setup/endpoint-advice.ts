import type { ClusterFacts } from '../aws/eks-cluster.ts';
import { msg, type Message } from '../i18n/index.ts';

/** Why the API server did not answer, read from the cluster's endpoint settings (private-only, or CIDR-limited). */
export function endpointAdvice(cluster: ClusterFacts): Message {
  if (!cluster.endpointPublicAccess) return msg('setup.verify.endpointPrivateOnly', { cluster: cluster.name });
  const open = cluster.publicAccessCidrs.length === 0 || cluster.publicAccessCidrs.includes('0.0.0.0/0');
  if (!open) return msg('setup.verify.endpointCidrs', { cidrs: cluster.publicAccessCidrs.join(', ') });
  return msg('setup.verify.endpointPublic');
}
