import { classifyAwsError } from '../aws/aws-errors.ts';
import { describeCluster, listClusterNames, type ClusterFacts } from '../aws/eks-cluster.ts';
import type { EKSClient } from '@aws-sdk/client-eks';
import { msg, translator, type Lang } from '../i18n/index.ts';
import type { SetupDeps, SetupNote, SetupOptions } from './setup-context.ts';
import { StepError } from './step-error.ts';
import { kubectlSkew, type ToolFacts } from './tool-versions.ts';

/** Step 3: pick the cluster, read it with DescribeCluster, and stop unless it is ACTIVE or UPDATING. */
export async function checkCluster(
  options: Pick<SetupOptions, 'cluster' | 'profile'>,
  region: string,
  deps: Pick<SetupDeps, 'aws' | 'pickCluster'>,
): Promise<{ cluster: ClusterFacts; notes: SetupNote[] }> {
  const { eks } = deps.aws({ region, profile: options.profile });
  const name = options.cluster ?? (await chooseCluster(eks, region, options.profile, deps.pickCluster));
  let cluster: ClusterFacts;
  try {
    cluster = await describeCluster(eks, name, region);
  } catch (error) {
    const c = classifyAwsError(error, { operation: 'eks:DescribeCluster', profile: options.profile });
    if (c.kind === 'notFound') {
      const names = await listClusterNames(eks).catch(() => null);
      const problem =
        names === null
          ? msg('setup.cluster.notFound', { cluster: name, region })
          : names.length === 0
            ? msg('setup.cluster.notFoundNoneInRegion', { cluster: name, region })
            : msg('setup.cluster.notFoundOthers', { cluster: name, region, clusters: names.join(', ') });
      throw new StepError(
        problem,
        msg('setup.cluster.notFound.fix'),
        [`aws eks list-clusters --region ${region}${profileFlag(options.profile)}`],
        `${c.code}: ${c.detail}`,
      );
    }
    throw new StepError(
      c.problem,
      c.fix,
      [`aws eks describe-cluster --name ${name} --region ${region}${profileFlag(options.profile)}`],
      `${c.code}: ${c.detail}`,
    );
  }
  const wait = `aws eks wait cluster-active --name ${cluster.name} --region ${cluster.region}${profileFlag(options.profile)}`;
  const describe = `aws eks describe-cluster --name ${cluster.name} --region ${cluster.region}${profileFlag(options.profile)} --query cluster.health`;
  switch (cluster.status) {
    case 'ACTIVE':
      return { cluster, notes: [] };
    case 'UPDATING':
      return {
        cluster,
        notes: [{ step: 'cluster', level: 'info', message: msg('setup.cluster.updating', { cluster: cluster.name }) }],
      };
    case 'CREATING':
      throw new StepError(msg('setup.cluster.creating', { cluster: cluster.name }), msg('setup.cluster.creating.fix'), [
        wait,
      ]);
    case 'PENDING':
      throw new StepError(msg('setup.cluster.pending', { cluster: cluster.name }), msg('setup.cluster.creating.fix'), [
        wait,
      ]);
    case 'DELETING':
      throw new StepError(msg('setup.cluster.deleting', { cluster: cluster.name }), msg('setup.cluster.deleting.fix'), [
        `aws eks list-clusters --region ${cluster.region}`,
      ]);
    case 'FAILED':
      throw new StepError(
        msg('setup.cluster.failed', { cluster: cluster.name }),
        msg('setup.cluster.failed.fix'),
        [describe],
        cluster.healthIssues.join('\n') || undefined,
      );
    default:
      throw new StepError(
        msg('setup.cluster.otherStatus', { cluster: cluster.name, status: cluster.status }),
        msg('setup.cluster.creating.fix'),
        [describe],
      );
  }
}

/** Who can reach the API server endpoint, for the step title: public (to all, or only some CIDRs) and/or private. */
export function endpointAccessText(cluster: ClusterFacts, lang: Lang): string {
  const t = translator(lang);
  const parts: string[] = [];
  if (cluster.endpointPublicAccess) {
    const open = cluster.publicAccessCidrs.length === 0 || cluster.publicAccessCidrs.includes('0.0.0.0/0');
    parts.push(
      open
        ? t('setup.cluster.endpointPublic')
        : t('setup.cluster.endpointPublicCidrs', { cidrs: cluster.publicAccessCidrs.join(', ') }),
    );
  }
  if (cluster.endpointPrivateAccess) parts.push(t('setup.cluster.endpointPrivate'));
  return parts.join(' + ');
}

/** The kubectl version-skew warning, once the cluster version is known (supported: one minor either way). */
export function skewNote(
  tools: ToolFacts | undefined,
  cluster: ClusterFacts,
  platformInstall: string,
): SetupNote | null {
  // A dispatcher picks a client for the server's version; its own version says nothing (Verify asks it).
  if (!tools || tools.kubectlDispatcher) return null;
  const skew = kubectlSkew(tools.kubectl, cluster.version);
  if (skew === null || Math.abs(skew) <= 1) return null;
  return {
    step: 'cluster',
    level: 'warn',
    message: msg('setup.cluster.kubectlSkew', {
      kubectl: `${tools.kubectl.major}.${tools.kubectl.minor}`,
      cluster: cluster.version,
    }),
    commands: [platformInstall],
  };
}

async function chooseCluster(
  eks: EKSClient,
  region: string,
  profile: string | undefined,
  pick: SetupDeps['pickCluster'],
): Promise<string> {
  let names: string[];
  try {
    names = await listClusterNames(eks);
  } catch (error) {
    const c = classifyAwsError(error, { operation: 'eks:ListClusters', profile });
    throw new StepError(
      c.problem,
      msg('setup.cluster.nameNeeded.fix'),
      ['npx tsx scripts/setup-eks.ts --cluster <name>'],
      `${c.code}: ${c.detail}`,
    );
  }
  if (names.length === 0) {
    throw new StepError(msg('setup.cluster.noneInRegion', { region }), msg('setup.cluster.notFound.fix'), [
      `aws eks list-clusters --region <region>${profileFlag(profile)}`,
    ]);
  }
  if (pick) return pick(names, region);
  throw new StepError(
    msg('setup.cluster.nameNeeded', { region, clusters: names.join(', ') }),
    msg('setup.cluster.nameNeeded.fix'),
    names.slice(0, 5).map((n) => `npx tsx scripts/setup-eks.ts --cluster ${n} --region ${region}`),
  );
}

function profileFlag(profile: string | undefined): string {
  return profile ? ` --profile ${profile}` : '';
}
