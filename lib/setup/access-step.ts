import {
  listAccessEntryArns,
  matchAccessEntry,
  policiesCovering,
  readAccessEntry,
  type AccessEntryFacts,
} from '../aws/access-entries.ts';
import { classifyAwsError } from '../aws/aws-errors.ts';
import type { AuthenticationMode, ClusterFacts } from '../aws/eks-cluster.ts';
import { msg } from '../i18n/index.ts';
import { classifyKubeError } from '../kube/kube-errors.ts';
import type { SetupKube } from '../kube/kube-client.ts';
import type { AccessFacts, AccessVerdict } from './access-facts.ts';
import { accessEntryCommands, awsAuthCommands } from './admin-commands.ts';
import { matchAwsAuth, type AwsAuthMatch } from './aws-auth.ts';
import type { Principal, SetupDeps, SetupNote, SetupOptions } from './setup-context.ts';

/** Step 5: find how the principal is mapped into the cluster, by authentication mode. Never fails the run. */
export async function checkAccess(
  options: Pick<SetupOptions, 'profile' | 'namespace'>,
  cluster: ClusterFacts,
  principal: Principal,
  kube: () => SetupKube,
  deps: Pick<SetupDeps, 'aws'>,
): Promise<{ access: AccessFacts; notes: SetupNote[] }> {
  const notes: SetupNote[] = [];
  const ns = options.namespace;
  let mode: AuthenticationMode = cluster.authenticationMode;
  let entry: AccessEntryFacts | null | undefined;
  if (mode !== 'CONFIG_MAP') {
    const { eks } = deps.aws({ region: cluster.region, profile: options.profile });
    try {
      const arns = await listAccessEntryArns(eks, cluster.name);
      const found = matchAccessEntry(arns, principal.fullArn, principal.pathKnown);
      entry = found ? await readAccessEntry(eks, cluster.name, found.arn, found.byName) : null;
      if (found?.byName)
        notes.push({ step: 'access', level: 'info', message: msg('setup.access.matchedByName', { arn: found.arn }) });
    } catch (error) {
      const c = classifyAwsError(error, { operation: 'eks:ListAccessEntries', profile: options.profile });
      if (c.kind === 'invalidRequest' && /authentication mode/i.test(c.detail)) {
        mode = 'CONFIG_MAP';
      } else {
        notes.push({
          step: 'access',
          level: 'warn',
          message: msg('setup.access.entriesUnreadable', { code: c.code, detail: c.detail }),
        });
      }
    }
  }
  const covering = entry ? policiesCovering(entry.policies, ns) : [];
  let awsAuth: AwsAuthMatch | null | undefined;
  // Why aws-auth could not be read, and the note that says so (held back if the verdict carries it).
  let awsAuthUnread: { reason: string; note: SetupNote } | undefined;
  const entryDecides = entry && (covering.length > 0 || entry.kubernetesGroups.length > 0);
  if (mode !== 'API' && !entryDecides) {
    try {
      const data = await kube().readAwsAuth();
      const { match, rowWithPath } = matchAwsAuth(data, principal);
      awsAuth = match;
      if (rowWithPath)
        notes.push({
          step: 'access',
          level: 'warn',
          message: msg('setup.access.awsAuthRowHasPath', { arn: rowWithPath, pathless: principal.pathlessArn }),
        });
    } catch (error) {
      const k = classifyKubeError(error, cluster.endpoint);
      // A missing aws-auth is simply "no mapping"; the other failures leave it unknown.
      if (k.kind === 'notFound') awsAuth = null;
      else if (k.kind === 'forbidden')
        awsAuthUnread = {
          reason: 'Forbidden',
          note: { step: 'access', level: 'info', message: msg('setup.access.awsAuthForbidden', { reason: k.kind }) },
        };
      // Unauthorized is not a missing right: the cluster did not accept the credentials at all.
      else if (k.kind === 'unauthorized')
        awsAuthUnread = {
          reason: 'Unauthorized',
          note: { step: 'access', level: 'info', message: msg('setup.access.awsAuthUnauthorized') },
        };
      else
        awsAuthUnread = {
          reason: k.detail,
          note: { step: 'access', level: 'info', message: msg('setup.access.awsAuthUnreadable', { reason: k.detail }) },
        };
    }
  }
  const verdict = decide(mode, entry, covering.length, awsAuth);
  if (awsAuthUnread && verdict !== 'noEntry') notes.push(awsAuthUnread.note);
  const adminCommands = commandsFor(verdict, mode, cluster, principal, ns, entry);
  if (entry && covering.length === 0 && entry.kubernetesGroups.length > 0) {
    notes.push({
      step: 'access',
      level: 'info',
      message: msg('setup.access.rbacDecides', { groups: entry.kubernetesGroups.join(', ') }),
    });
  }
  if (awsAuth)
    notes.push({
      step: 'access',
      level: 'info',
      message: msg('setup.access.awsAuthMatched', {
        arn: awsAuth.arn,
        username: awsAuth.username || '-',
        groups: awsAuth.groups.join(', ') || '-',
      }),
    });
  if (verdict === 'none') {
    const key =
      mode === 'CONFIG_MAP'
        ? 'setup.access.noMappingConfigMap'
        : mode === 'API'
          ? 'setup.access.noEntry'
          : 'setup.access.noEntryNoMapping';
    notes.push({
      step: 'access',
      level: 'warn',
      message: msg(key, { arn: principal.fullArn, cluster: cluster.name }),
      commands: adminCommands,
    });
  }
  if (verdict === 'noEntry') {
    // The one fact we have (no access entry) comes first; aws-auth may still let the caller in, so it is a warning, not a failure.
    notes.push({
      step: 'access',
      level: 'warn',
      message: msg('setup.access.noEntryAwsAuthUnread', {
        arn: principal.fullArn,
        cluster: cluster.name,
        reason: awsAuthUnread?.reason ?? '-',
      }),
      commands: adminCommands,
    });
  }
  if (verdict === 'notCovered' && entry) {
    const scopes = entry.policies
      .map((p) => `${policyName(p.policyArn)} (${p.scope === 'cluster' ? 'cluster' : p.namespaces.join(', ')})`)
      .join('; ');
    notes.push({
      step: 'access',
      level: 'warn',
      message: msg('setup.access.notCovered', { namespace: ns, scopes: scopes || '-' }),
      commands: adminCommands,
    });
  }
  // aws-iam-authenticator drops a role's path before it looks the role up in aws-auth, so a row
  // written with the path never matches; say so whether or not aws-auth could be read.
  const rowWithPathNoted = notes.some((n) => n.message.key === 'setup.access.awsAuthRowHasPath');
  const hasPath = principal.kind === 'role' && principal.fullArn !== principal.pathlessArn;
  if (mode !== 'API' && !entryDecides && !awsAuth && hasPath && !rowWithPathNoted)
    notes.push({
      step: 'access',
      level: 'info',
      message: msg('setup.access.awsAuthPathless', { arn: principal.fullArn, pathless: principal.pathlessArn }),
    });
  return { access: { mode, entry, coveringPolicies: covering, awsAuth, verdict, adminCommands }, notes };
}

/** The title's short form of what step 5 found. */
export function accessLabel(
  access: AccessFacts,
  namespace: string,
): {
  key:
    | 'setup.title.accessPolicy'
    | 'setup.title.accessRbac'
    | 'setup.title.accessAwsAuth'
    | 'setup.title.accessNotCovered'
    | 'setup.title.accessNone'
    | 'setup.title.accessNoEntry'
    | 'setup.title.accessUnknown';
  params: Record<string, string>;
} {
  const policies = access.coveringPolicies
    .map((p) => `${policyName(p.policyArn)} (${p.scope === 'cluster' ? 'cluster' : p.namespaces.join(', ')})`)
    .join(', ');
  if (access.verdict === 'policy') return { key: 'setup.title.accessPolicy', params: { policies, mode: access.mode } };
  if (access.verdict === 'rbac' && access.awsAuth)
    return {
      key: 'setup.title.accessAwsAuth',
      params: { groups: access.awsAuth.groups.join(', ') || '-', mode: access.mode },
    };
  if (access.verdict === 'rbac')
    return {
      key: 'setup.title.accessRbac',
      params: { groups: access.entry?.kubernetesGroups.join(', ') ?? '-', mode: access.mode },
    };
  if (access.verdict === 'notCovered')
    return { key: 'setup.title.accessNotCovered', params: { namespace, mode: access.mode } };
  if (access.verdict === 'none') return { key: 'setup.title.accessNone', params: { mode: access.mode } };
  if (access.verdict === 'noEntry') return { key: 'setup.title.accessNoEntry', params: { mode: access.mode } };
  return { key: 'setup.title.accessUnknown', params: { mode: access.mode } };
}

/** The short name of an access policy ARN (AmazonEKSViewPolicy). */
export function policyName(arn: string): string {
  return arn.split('/').pop() ?? arn;
}

function decide(
  mode: AuthenticationMode,
  entry: AccessEntryFacts | null | undefined,
  covering: number,
  awsAuth: AwsAuthMatch | null | undefined,
): AccessVerdict {
  if (entry && covering > 0) return 'policy';
  if (entry && entry.kubernetesGroups.length > 0) return 'rbac';
  if (awsAuth) return 'rbac';
  if (entry) return 'notCovered';
  const entryKnown = mode === 'CONFIG_MAP' || entry === null;
  const mapKnown = mode === 'API' || awsAuth === null;
  if (entryKnown && mapKnown) return 'none';
  // Only API_AND_CONFIG_MAP gets here with the entry known absent and aws-auth unread.
  return entry === null ? 'noEntry' : 'unknown';
}

function commandsFor(
  verdict: AccessVerdict,
  mode: AuthenticationMode,
  cluster: ClusterFacts,
  principal: Principal,
  ns: string,
  entry: AccessEntryFacts | null | undefined,
): string[] {
  if (verdict === 'policy' || verdict === 'rbac') return [];
  if (mode === 'CONFIG_MAP') return awsAuthCommands(principal, ns);
  return accessEntryCommands(
    cluster,
    entry ? { ...principal, fullArn: entry.principalArn, pathKnown: true } : principal,
    ns,
    Boolean(entry),
  );
}
