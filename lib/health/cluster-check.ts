import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { EKSClient } from '@aws-sdk/client-eks';
import { IAMClient } from '@aws-sdk/client-iam';
import type { Check } from '../doctor/check.ts';
import { listAccessEntryArns, matchAccessEntry, readAccessEntry } from '../aws/access-entries.ts';
import { createAwsClients, sdkRegion, type AwsClients } from '../aws/aws-clients.ts';
import { classifyAwsError } from '../aws/aws-errors.ts';
import { resolveCallerIdentity, type CallerIdentity } from '../aws/caller-identity.ts';
import { describeCluster, type ClusterFacts } from '../aws/eks-cluster.ts';
import type { ApiGet } from '../doctor/api-reader.ts';
import { connect } from '../doctor/cluster-connection.ts';
import { ClusterUnreadableError, gather } from '../doctor/gather.ts';
import type { LoadedKubeconfig } from '../doctor/kubeconfig-loader.ts';
import { runChecks } from '../doctor/run-checks.ts';
import type { Snapshot } from '../doctor/snapshot.ts';
import { msg } from '../i18n/index.ts';
import { classifyKubeError } from '../kube/kube-errors.ts';
import { matchAwsAuth } from '../setup/aws-auth.ts';
import { canListPods } from './access-review.ts';
import { addonFindings, liveSupportDates, nodegroupFindings } from './cluster-aws.ts';
import { clusterKubeconfig } from './cluster-kubeconfig.ts';
import { inClusterKubeconfig, podAccount, sameCluster, serviceAccountName } from './in-cluster-access.ts';
import { EKS_VERSIONS, supportPhase } from './eks-versions.ts';
import type { ClusterTarget } from './health-options.ts';
import type { AccessSummary, ClusterResult, HealthFinding, NamespaceResult, Onboarding } from './health-result.ts';
import { nodeFindings } from './node-findings.ts';
import { runPool } from './run-pool.ts';

/** What checking a cluster needs besides its target; tests pass their own clients and clock. */
export interface ClusterCheckDeps {
  checks: readonly Check[];
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** How many namespaces of one cluster are read at once. */
  namespaceConcurrency?: number;
  awsClients?: (target: ClusterTarget, region: string) => Promise<AwsClients>;
  /** Builds the in-memory kubeconfig; the seam for other credential sources. */
  kubeconfig?: typeof clusterKubeconfig;
  now?: () => Date;
}

/**
 * Checks one cluster read-only: who the caller is, the cluster's state and support dates, how the
 * caller gets in, nodes, add-ons and node groups, then the doctor on each namespace. Never throws
 * for the cluster's sake: a cluster that cannot be reached comes back with `unreachable` set.
 */
export async function checkCluster(target: ClusterTarget, deps: ClusterCheckDeps): Promise<ClusterResult> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const region = target.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? (await sdkRegion(target.profile));
  const result: ClusterResult = { cluster: target.cluster, region: region ?? '', findings: [], namespaces: [] };
  if (!region) {
    result.unreachable = { problem: msg('awsError.regionMissing'), fix: msg('awsError.regionMissing.fix') };
    return result;
  }
  // --in-cluster outside a pod (or without a mounted token) is said before any AWS call.
  const account = target.inCluster ? podAccount(env) : undefined;
  if (account && 'problem' in account) {
    result.unreachable = account;
    return result;
  }
  let identity: CallerIdentity;
  let facts: ClusterFacts;
  let clients: AwsClients;
  try {
    clients = await (deps.awsClients ?? defaultClients)(target, region);
    identity = await resolveCallerIdentity(clients.sts, clients.iam);
  } catch (error) {
    const c = classifyAwsError(error, {
      operation: 'sts:GetCallerIdentity',
      ...(target.profile ? { profile: target.profile } : {}),
    });
    result.unreachable = { problem: c.problem, fix: c.fix };
    return result;
  }
  try {
    facts = await describeCluster(clients.eks, target.cluster, region);
  } catch (error) {
    const c = classifyAwsError(error, { operation: 'eks:DescribeCluster' });
    result.unreachable = { problem: c.problem, fix: c.fix };
    return result;
  }

  const live = facts.version ? await liveSupportDates(clients.eks, facts.version) : undefined;
  const dates = live ?? EKS_VERSIONS[facts.version];
  const phase = supportPhase(dates, now());
  const onboarding: Onboarding = {
    callerArn: identity.callerArn,
    principalArn: identity.fullArn,
    status: facts.status,
    version: facts.version,
    endpointPublicAccess: facts.endpointPublicAccess,
    endpointPrivateAccess: facts.endpointPrivateAccess,
    authenticationMode: facts.authenticationMode,
    access: await accessEntry(clients.eks, target.cluster, facts, identity),
    support: { phase, ...(dates ?? {}), source: live ? 'eks' : 'table' },
    ...(account ? { serviceAccount: serviceAccountName(account) } : {}),
  };
  result.onboarding = onboarding;
  result.findings.push(...clusterFindings(target.cluster, facts, onboarding.support));
  const [addons, nodegroups] = await Promise.all([
    addonFindings(clients.eks, target.cluster),
    nodegroupFindings(clients.eks, target.cluster),
  ]);
  result.findings.push(...addons, ...nodegroups);

  if (!facts.endpoint) {
    result.unreachable = {
      problem: msg('health.cluster.noEndpoint', { cluster: target.cluster, status: facts.status }),
    };
    return result;
  }
  const otherCluster = account && sameCluster(account, target.cluster, facts.caData);
  if (otherCluster) {
    result.unreachable = otherCluster;
    return result;
  }
  // In the CronJob the Kubernetes reads are the service account's (bound to the read-only ClusterRole):
  // the IAM role needs no access entry, only the AWS permissions.
  const loaded = account
    ? inClusterKubeconfig(account, env)
    : (deps.kubeconfig ?? clusterKubeconfig)(
        {
          name: target.cluster,
          region: facts.region,
          endpoint: facts.endpoint,
          caData: facts.caData,
          ...(target.profile ? { profile: target.profile } : {}),
          ...(target.roleArn ? { roleArn: target.roleArn } : {}),
        },
        env,
      );
  let api: ApiGet;
  try {
    api = await connect(loaded);
    await probe(api, loaded.server, deps.timeoutMs);
  } catch (error) {
    const c = error instanceof ClusterUnreadableError ? error.classified : classifyKubeError(error, loaded.server);
    result.unreachable = { problem: c.problem, fix: c.fix };
    return result;
  }
  if (onboarding.access.type === 'none' && facts.authenticationMode !== 'API')
    onboarding.access = await awsAuthMapping(api, identity, deps.timeoutMs);

  const namespaces = target.allNamespaces
    ? await listNamespaces(api, deps.timeoutMs, result)
    : target.namespaces.length > 0
      ? target.namespaces
      : ['default'];
  const snapshots: Snapshot[] = [];
  result.namespaces = await runPool(namespaces, deps.namespaceConcurrency ?? 4, async (namespace) => {
    const read = await checkNamespace(loaded, api, namespace, deps, now);
    if (read.snapshot) snapshots.push(read.snapshot);
    if (read.result.canListPods === false)
      result.findings.push({
        code: 'access.cannot-list-pods',
        severity: 'error',
        namespace,
        object: { kind: 'Namespace', name: namespace },
        message: msg('health.access.cannotListPods', {
          namespace,
          principal: onboarding.serviceAccount ?? identity.fullArn,
        }),
        fix: msg(account ? 'health.access.cannotListPods.fixServiceAccount' : 'health.access.cannotListPods.fix'),
      });
    return read.result;
  });
  const withNodes = snapshots.find((s) => s.visibility.nodes?.visible);
  if (withNodes) result.findings.push(...nodeFindings(withNodes.nodes));
  else
    result.findings.push({
      code: 'access.not-visible',
      severity: 'info',
      namespace: null,
      object: { kind: 'Node', name: 'nodes' },
      message: msg('health.notVisible.nodes'),
    });
  return result;
}

async function defaultClients(target: ClusterTarget, region: string): Promise<AwsClients> {
  if (!target.roleArn) return createAwsClients({ region, ...(target.profile ? { profile: target.profile } : {}) });
  const sts = new STSClient({ region, ...(target.profile ? { profile: target.profile } : {}) });
  const out = await sts.send(
    new AssumeRoleCommand({ RoleArn: target.roleArn, RoleSessionName: 'eks-guide-health-check' }),
  );
  sts.destroy();
  const c = out.Credentials!;
  const credentials = {
    accessKeyId: c.AccessKeyId!,
    secretAccessKey: c.SecretAccessKey!,
    sessionToken: c.SessionToken!,
  };
  const config = { region, credentials };
  return { sts: new STSClient(config), eks: new EKSClient(config), iam: new IAMClient(config) };
}

async function accessEntry(
  eks: EKSClient,
  cluster: string,
  facts: ClusterFacts,
  identity: CallerIdentity,
): Promise<AccessSummary> {
  if (facts.authenticationMode === 'CONFIG_MAP') return { type: 'none' };
  try {
    const arns = await listAccessEntryArns(eks, cluster);
    const match = matchAccessEntry(arns, identity.fullArn, identity.pathKnown);
    if (!match) return { type: 'none' };
    const entry = await readAccessEntry(eks, cluster, match.arn, match.byName);
    return {
      type: 'accessEntry',
      principalArn: entry.principalArn,
      kubernetesGroups: entry.kubernetesGroups,
      policies: entry.policies,
    };
  } catch (error) {
    const c = classifyAwsError(error, { operation: 'eks:ListAccessEntries' });
    return { type: 'unknown', reason: c.problem };
  }
}

async function awsAuthMapping(api: ApiGet, identity: CallerIdentity, timeoutMs: number): Promise<AccessSummary> {
  try {
    const response = await api('/api/v1/namespaces/kube-system/configmaps/aws-auth', {}, timeoutMs);
    if (response.status === 404) return { type: 'none' };
    if (response.status >= 300)
      return { type: 'unknown', reason: msg('health.access.awsAuthUnreadable', { status: response.status }) };
    const data = (JSON.parse(response.body) as { data?: Record<string, string> }).data ?? {};
    const kind = identity.kind === 'assumed-role' || identity.kind === 'role' ? 'role' : identity.kind;
    const { match } = matchAwsAuth(data, { ...identity, kind });
    return match ? { type: 'awsAuth', ...match } : { type: 'none' };
  } catch {
    return { type: 'unknown', reason: msg('health.access.awsAuthUnreadable', { status: 0 }) };
  }
}

// One GET of /version: an endpoint that cannot be reached or refuses the token is said once, not per namespace.
async function probe(api: ApiGet, server: string, timeoutMs: number): Promise<void> {
  let status: number;
  try {
    status = (await api('/version', {}, timeoutMs)).status;
  } catch (error) {
    throw new ClusterUnreadableError(classifyKubeError(error, server));
  }
  if (status === 401) throw new ClusterUnreadableError(classifyKubeError({ code: 401 }, server));
}

async function listNamespaces(api: ApiGet, timeoutMs: number, result: ClusterResult): Promise<string[]> {
  const response = await api('/api/v1/namespaces', {}, timeoutMs).catch(() => ({ status: 0, body: '' }));
  if (response.status === 200) {
    const list = JSON.parse(response.body) as { items?: { metadata?: { name?: string } }[] };
    return (list.items ?? []).map((n) => n.metadata?.name ?? '').filter(Boolean);
  }
  result.findings.push({
    code: 'access.not-visible',
    severity: 'warning',
    namespace: null,
    object: { kind: 'Namespace', name: 'namespaces' },
    message: msg('health.notVisible.namespaces'),
  });
  return [];
}

async function checkNamespace(
  loaded: LoadedKubeconfig,
  api: ApiGet,
  namespace: string,
  deps: ClusterCheckDeps,
  now: () => Date,
): Promise<{ result: NamespaceResult; snapshot?: Snapshot }> {
  const allowed = await canListPods(loaded, namespace, deps.timeoutMs);
  if (allowed === false) return { result: { namespace, canListPods: false } };
  try {
    const snapshot = await gather({
      api,
      namespace,
      timeoutMs: deps.timeoutMs,
      context: loaded.context,
      server: loaded.server,
      now,
    });
    const report = runChecks(snapshot, deps.checks, { source: { type: 'cluster' }, now });
    return { result: { namespace, canListPods: allowed, report }, snapshot };
  } catch (error) {
    if (!(error instanceof ClusterUnreadableError)) throw error;
    return { result: { namespace, canListPods: allowed, unreadable: error.classified.problem } };
  }
}

function clusterFindings(cluster: string, facts: ClusterFacts, support: Onboarding['support']): HealthFinding[] {
  const findings: HealthFinding[] = [];
  const object = { kind: 'Cluster', name: cluster };
  if (facts.status !== 'ACTIVE')
    findings.push({
      code: 'cluster.not-active',
      severity: facts.status === 'UPDATING' ? 'warning' : 'error',
      namespace: null,
      object,
      message: msg('health.cluster.notActive', {
        cluster,
        status: facts.status,
        issues: facts.healthIssues.join('; ') || '-',
      }),
    });
  const version = facts.version;
  if (support.phase === 'extended')
    findings.push({
      code: 'cluster.version-extended-support',
      severity: 'warning',
      namespace: null,
      object,
      message: msg('health.version.extended', {
        version,
        standardEnd: support.standardEnd!,
        extendedEnd: support.extendedEnd!,
      }),
      fix: msg('health.version.upgrade'),
    });
  if (support.phase === 'unsupported')
    findings.push({
      code: 'cluster.version-unsupported',
      severity: 'error',
      namespace: null,
      object,
      message: msg('health.version.unsupported', { version, extendedEnd: support.extendedEnd! }),
      fix: msg('health.version.upgrade'),
    });
  return findings;
}
