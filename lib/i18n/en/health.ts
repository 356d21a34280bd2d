/** English messages for `health-check`, the scheduled look at a fleet of clusters; the source of truth for ko/health.ts. */
export const health = {
  'health.help': `Usage: {program} --cluster NAME[,NAME...] | --clusters FILE [options]

Checks EKS clusters read-only and unattended (for a schedule: GitHub Actions, a CronJob):
who you are, the cluster's status, version and support dates, endpoint access, your access entry
or aws-auth mapping, whether you may list pods in each namespace, nodes, add-ons and node groups;
then the doctor on each namespace. No kubeconfig is written; neither aws CLI nor kubectl is needed.

Which clusters:
      --cluster NAMES      clusters, comma-separated
      --clusters FILE      YAML list of clusters (cluster, region, profile, roleArn, namespaces)
      --region REGION      AWS region (default: AWS_REGION, else the profile's region)
      --profile NAME       AWS profile
      --role-arn ARN       role to assume first
  -n, --namespace NS,...   namespaces to check (default "default")
  -A, --all-namespaces     every namespace you may list
      --in-cluster         in a pod (the CronJob): read Kubernetes as the pod's service account, for
                           the one cluster it runs in; AWS calls keep the AWS credentials

Report:
  -o, --output FORMAT      text (default), json, junit or markdown
      --fail-on LEVEL      error (default), warning, info or never: the least severe new finding that fails
      --baseline FILE      findings recorded there are known: they do not fail the run
      --write-baseline FILE  record this run's findings (YAML for .yaml/.yml, else JSON)
      --lang en|ko         language (default: from LANG / LC_ALL)
  -h, --help               show this help

Under GitHub Actions (GITHUB_STEP_SUMMARY set) the Markdown report is added to the job summary.

Exit codes:
  0  no new finding at or above --fail-on
  1  new findings at or above --fail-on
  2  usage error, or an unreadable --clusters / --baseline file
  3  a cluster could not be reached (the others are still reported)
  4  a check crashed (the others still reported)`,
  'health.usage.unknownFlag': 'Unknown option "{flag}".',
  'health.usage.missingValue': '{flag} needs a value.',
  'health.usage.badLang': 'Unknown language "{value}": use en or ko.',
  'health.usage.badOutput': 'Unknown output format "{value}": use text, json, junit or markdown.',
  'health.usage.badFailOn': 'Unknown --fail-on level "{value}": use error, warning, info or never.',
  'health.usage.namespaceAndAll': 'Use either -n or -A, not both.',
  'health.usage.clusterAndFile': 'Use either --cluster or --clusters, not both.',
  'health.usage.noCluster': 'Name the clusters to check: --cluster NAME[,NAME...] or --clusters FILE.',
  'health.usage.badNamespace': '"{value}" is not a namespace name (lowercase letters, digits and "-", at most 63).',
  'health.usage.badCluster':
    '"{value}" is not an EKS cluster name (letters, digits, "-" and "_", starting with a letter or digit).',
  'health.usage.badRoleArn': '"{value}" is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).',
  'health.usage.clustersMissing': 'The clusters file {path} does not exist.',
  'health.usage.clustersInvalid': 'The clusters file {path} cannot be used: {reason}.',
  'health.usage.inClusterOne':
    '--in-cluster reads the one cluster this pod runs in with its service account: name one cluster, not {count}.',
  'health.usage.seeHelp': 'See {program} --help.',

  'health.text.cluster': 'Cluster {cluster} ({region})',
  'health.text.namespace': 'Namespace {namespace} in {cluster}',
  'health.unreachable': 'Could not be reached: nothing in this cluster was checked.',
  'health.namespace.forbidden': 'You may not list pods in {namespace}: the doctor did not read it.',
  'health.fact.caller': 'Caller: {arn} (IAM principal {principal})',
  'health.fact.cluster': 'Status {status} · Kubernetes {version} · endpoint {endpoint} · authentication mode {mode}',
  'health.fact.support': 'Standard support until {standardEnd}, extended support until {extendedEnd} ({source})',
  'health.fact.support.unknown': 'Kubernetes {version} is not in the support table ({source})',
  'health.fact.support.eks': 'from EKS',
  'health.fact.support.table': 'support table checked {date}',
  'health.fact.accessEntry': 'Access entry {arn}: policies {policies}; groups {groups}',
  'health.fact.awsAuth': 'aws-auth {source}: user {username}, groups {groups}',
  'health.fact.noAccess': 'No access entry or aws-auth mapping found for you',
  'health.fact.serviceAccount': "Kubernetes reads: this pod's service account {name} (--in-cluster)",
  'health.fact.accessUnknown': 'Access could not be checked: {reason}',
  'health.known': '(known)',

  'health.cluster.notActive': 'Cluster {cluster} is {status}, not ACTIVE. Health issues: {issues}',
  'health.cluster.noEndpoint': 'Cluster {cluster} has no API endpoint yet (status {status}).',
  'health.version.extended':
    'Kubernetes {version} left standard support on {standardEnd}: EKS bills extended support, which ends {extendedEnd}.',
  'health.version.unsupported':
    'Kubernetes {version} is past the end of extended support ({extendedEnd}): EKS will upgrade it automatically.',
  'health.version.upgrade': 'Plan the upgrade to the next Kubernetes version: aws eks update-cluster-version.',
  'health.node.notReady': 'Node {name} is NotReady ({reason}).',
  'health.node.cordoned': 'Node {name} is cordoned: no new pods are scheduled on it.',
  'health.node.pressure': 'Node {name} is under {conditions}.',
  'health.addon.unhealthy': 'Add-on {name} is {status}. Health issues: {issues}',
  'health.nodegroup.unhealthy': 'Node group {name} is {status}. Health issues: {issues}',
  'health.notVisible.permission': 'Not checked: your AWS identity lacks {permission}.',
  'health.notVisible.other': 'Not checked: {operation} failed ({detail}).',
  'health.notVisible.nodes': 'Nodes not checked: you may not list nodes.',
  'health.notVisible.namespaces': 'You may not list namespaces: -A checked none; name them with -n.',
  'health.access.cannotListPods': '{principal} may not list pods in namespace {namespace}.',
  'health.access.cannotListPods.fix':
    'Give it a namespace-scoped access policy (AmazonEKSViewPolicy) or a RoleBinding, or drop the namespace from the check.',
  'health.access.cannotListPods.fixServiceAccount':
    'Bind the ClusterRole eks-guide-readonly to the service account (deploy/rbac-readonly.yaml), or drop the namespace from the check.',
  'health.inCluster.notInPod':
    '--in-cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set, so this is not running in a pod.',
  'health.inCluster.notInPod.fix':
    'Run it in the CronJob of deploy/health-check-cronjob.yaml, or drop --in-cluster to read the cluster with your AWS identity.',
  'health.inCluster.noToken': "--in-cluster: the pod's service-account token {path} is missing.",
  'health.inCluster.noToken.fix': 'Set automountServiceAccountToken: true on the pod or its ServiceAccount.',
  'health.inCluster.caUnreadable': "--in-cluster: the pod's service-account CA {path} cannot be read ({reason}).",
  'health.inCluster.otherCluster':
    "--in-cluster: this pod does not run in {cluster}: its service-account CA {path} is not {cluster}'s certificate authority.",
  'health.inCluster.otherCluster.fix':
    'Run the CronJob in {cluster} itself, or drop --in-cluster to read {cluster} with your AWS identity (it then needs an access entry).',
  'health.access.awsAuthUnreadable': 'aws-auth could not be read (HTTP {status}).',

  'health.summary':
    'Clusters: {clusters} ({unreachable} unreachable) · namespaces: {namespaces} · findings: {findings}',
  'health.baseline.summary': 'Against baseline {path}: {new} new, {known} known, {resolved} resolved',
  'health.baseline.new': 'New findings:',
  'health.baseline.resolved': 'Resolved since the baseline:',
  'health.baseline.unreadable': 'The baseline {path} cannot be used: {reason}.',
  'health.baseline.written': 'Baseline written to {path}.',
  'health.baseline.writeFailed': 'Could not write the baseline {path}: {reason}.',
  'health.summaryFailed': 'Could not append to the job summary {path}: {reason}.',
  'health.junit.reachable': 'cluster reachable',
  'health.junit.read': 'namespace read',
  'health.markdown.title': 'EKS health check',
} as const;
