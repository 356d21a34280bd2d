import type { AccessEntryFacts, AssociatedPolicy } from '../aws/access-entries.ts';
import type { AuthenticationMode } from '../aws/eks-cluster.ts';
import type { AwsAuthMatch } from './aws-auth.ts';

/**
 * How the principal gets into the cluster, as far as setup could see:
 * policy (an access policy covers the namespace), rbac (Kubernetes groups decide),
 * notCovered (policies exist, none for this namespace), none (no entry, no mapping),
 * noEntry (no access entry, but aws-auth could not be read), unknown (nothing could be read).
 */
export type AccessVerdict = 'policy' | 'rbac' | 'notCovered' | 'none' | 'noEntry' | 'unknown';

/** What step 5 found. */
export interface AccessFacts {
  mode: AuthenticationMode;
  /** The access entry; null when looked up and absent; undefined when not looked up or unreadable. */
  entry?: AccessEntryFacts | null;
  coveringPolicies: AssociatedPolicy[];
  /** The aws-auth match; null when read and absent; undefined when not read or unreadable. */
  awsAuth?: AwsAuthMatch | null;
  verdict: AccessVerdict;
  /** What an administrator must run when access is missing or does not cover the namespace. */
  adminCommands: string[];
}
