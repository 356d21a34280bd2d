import type { Message } from '../i18n/index.ts';
import type { Severity } from '../doctor/finding.ts';
import type { Report } from '../doctor/report.ts';
import type { AssociatedPolicy } from '../aws/access-entries.ts';
import type { SupportPhase } from './eks-versions.ts';

/** A cluster-level or access finding of the health check (the doctor's own findings stay in its reports). */
export interface HealthFinding {
  /** Stable code, e.g. "node.not-ready"; documented in docs/health-check.md. */
  code: string;
  severity: Severity;
  /** The namespace it is about, or null for the cluster itself. */
  namespace: string | null;
  object: { kind: string; name: string };
  message: Message;
  fix?: Message;
}

/** How the caller gets into the cluster. */
export type AccessSummary =
  | { type: 'accessEntry'; principalArn: string; kubernetesGroups: string[]; policies: AssociatedPolicy[] }
  | { type: 'awsAuth'; source: 'mapRoles' | 'mapUsers'; arn: string; username: string; groups: string[] }
  | { type: 'none' }
  | { type: 'unknown'; reason: Message };

/** The read-only onboarding facts of one cluster. */
export interface Onboarding {
  callerArn: string;
  /** The principal with its real path (the access-entry form). */
  principalArn: string;
  status: string;
  version: string;
  endpointPublicAccess: boolean;
  endpointPrivateAccess: boolean;
  authenticationMode: string;
  access: AccessSummary;
  support: {
    phase: SupportPhase;
    standardEnd?: string;
    extendedEnd?: string;
    /** Where the dates came from: EKS DescribeClusterVersions, or the table shipped in the repo. */
    source: 'eks' | 'table';
  };
  /** With --in-cluster: the pod's service account that made the Kubernetes reads (else the caller's EKS token did). */
  serviceAccount?: string;
}

/** The doctor's view of one namespace, or why it was not read. */
export interface NamespaceResult {
  namespace: string;
  /** The SelfSubjectAccessReview for list pods: true, false, or null when it could not be asked. */
  canListPods: boolean | null;
  report?: Report;
  unreadable?: Message;
}

/** Everything the health check learned about one cluster. */
export interface ClusterResult {
  cluster: string;
  region: string;
  /** Set when the cluster could not be reached or described: nothing else was checked. */
  unreachable?: { problem: Message; fix?: Message };
  onboarding?: Onboarding;
  findings: HealthFinding[];
  namespaces: NamespaceResult[];
}
