import type { Lang, Message } from '../i18n/index.ts';
import type { Shell } from '../shell.ts';
import type { AwsClientFactory } from '../aws/aws-clients.ts';
import type { CallerIdentity } from '../aws/caller-identity.ts';
import type { ClusterFacts } from '../aws/eks-cluster.ts';
import type { SetupKubeFactory } from '../kube/kube-client.ts';
import type { KubeconfigPlan } from '../kube/kubeconfig-writer.ts';
import type { AccessFacts } from './access-facts.ts';
import type { ToolFacts } from './tool-versions.ts';

/** What the user asked for, already validated. */
export interface SetupOptions {
  cluster?: string;
  region?: string;
  profile?: string;
  roleArn?: string;
  namespace: string;
  /** True when -n was given (only then is the namespace written into the context). */
  namespaceGiven: boolean;
  alias?: string;
  userAlias?: string;
  kubeconfig?: string;
  dryRun: boolean;
  lang: Lang;
  /** --token-command eks-guide: the kubeconfig runs `eks-guide token` instead of `aws eks get-token`. */
  tokenCommand?: 'eks-guide';
}

/** Everything a step may reach outside itself; tests inject fakes. */
export interface SetupDeps {
  shell: Shell;
  aws: AwsClientFactory;
  kube: SetupKubeFactory;
  env: NodeJS.ProcessEnv;
  home: string;
  platform: NodeJS.Platform;
  /** The region the SDK resolves for a profile (config file), when no flag or variable sets one. */
  profileRegion: (profile: string | undefined) => Promise<string | undefined>;
  /** Asks the user to pick a cluster; undefined when there is no terminal to ask on. */
  pickCluster?: (names: readonly string[], region: string) => Promise<string>;
  now: () => Date;
}

/** The principal setup checks access for: the caller, or --role-arn's role. */
export interface Principal {
  /** Access-entry form, with the role's path when known. */
  fullArn: string;
  /** aws-auth form, without a path. */
  pathlessArn: string;
  pathKnown: boolean;
  kind: 'role' | 'user' | 'other';
  /** True when --role-arn named the role. */
  fromRoleFlag: boolean;
}

/** A note a step leaves for the summary: a warning, or a plain fact worth keeping. */
export interface SetupNote {
  step: 'tools' | 'identity' | 'cluster' | 'kubeconfig' | 'access' | 'verify';
  level: 'warn' | 'info';
  message: Message;
  /** Literal commands to show under the note. */
  commands?: string[];
}

/** The typed Listr context: each step fills its part. */
export interface SetupContext {
  options: SetupOptions;
  region?: string;
  tools?: ToolFacts;
  identity?: CallerIdentity;
  principal?: Principal;
  cluster?: ClusterFacts;
  kubeconfig?: KubeconfigPlan & { path: string; diff?: string; previous: string | null; backupPath?: string };
  access?: AccessFacts;
  verify?: { allowed: boolean; kubectlOutput: string };
  notes: SetupNote[];
  /** The first step failure; set by the step wrapper so a failed group can stop the run without re-reporting it. */
  failure?: unknown;
}
