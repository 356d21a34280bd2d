/** English messages for this area; the source of truth for ko/setup.ts. */
export const setup = {
  'setup.title.toolsAndIdentity': 'Tools and AWS identity',
  'setup.title.tools': 'Tools: checking aws and kubectl',
  'setup.title.toolsDone': 'Tools: aws-cli {aws}, kubectl {kubectl}',
  'setup.title.identity': 'Identity: asking AWS who you are',
  'setup.title.identityDone': 'Identity: {caller}',
  'setup.title.identityDoneAssumed': 'Identity: {caller} (IAM role {role})',
  'setup.title.identityDoneRole':
    'Identity: {caller}, which can assume {role}; the kubeconfig assumes it, and access is checked for it',
  'setup.title.cluster': 'Cluster: reading the EKS cluster',
  'setup.title.clusterDone': 'Cluster: {cluster} {version} {status}, {mode}; endpoint {endpoint}: {access}',
  'setup.title.kubeconfig': 'Kubeconfig: writing the context',
  'setup.title.kubeconfigAdded': 'Kubeconfig: added context {context} to {path}',
  'setup.title.kubeconfigUpdated': 'Kubeconfig: updated context {context} in {path}',
  'setup.title.kubeconfigUnchanged': 'Kubeconfig: context {context} in {path} is already up to date',
  'setup.title.kubeconfigDryRunAdd': 'Kubeconfig (dry run): would add context {context} to {path}',
  'setup.title.kubeconfigDryRunUpdate': 'Kubeconfig (dry run): would update context {context} in {path}',
  'setup.title.access': 'Access: looking up your access entry or aws-auth mapping',
  'setup.title.accessPolicy': 'Access: {policies} [{mode}]',
  'setup.title.accessRbac':
    'Access: access entry with Kubernetes groups {groups}, RBAC decides (checked next) [{mode}]',
  'setup.title.accessAwsAuth': 'Access: aws-auth mapping with groups {groups}, RBAC decides (checked next) [{mode}]',
  'setup.title.accessNotCovered': 'Access: your access policies do not cover namespace {namespace} [{mode}]',
  'setup.title.accessNone': 'Access: no access entry or mapping found for you [{mode}]',
  'setup.title.accessNoEntry': 'Access: no access entry for you; aws-auth could not be read [{mode}]',
  'setup.title.accessUnknown': 'Access: could not be read ahead, checked next [{mode}]',
  'setup.title.verify': 'Verify: kubectl get pod',
  'setup.title.verifyDone': 'Verify: you can list pods in {namespace}',
  'setup.title.verifyDryRun':
    'Verify: you can list pods in {namespace} (dry run: kubectl not run, nothing was written)',

  'setup.tools.missing': 'Not installed (or not on PATH): {tools}.',
  'setup.tools.missing.fix': 'Install it with the command below, open a new terminal, and run setup again.',
  'setup.tools.awsUnreadable': 'Could not read the aws CLI version from `aws --version`.',
  'setup.tools.kubectlUnreadable': 'Could not read the kubectl version from `kubectl version --client -o json`.',
  'setup.tools.awsTooOld':
    'Your aws CLI {version} is too old: it writes the retired client.authentication.k8s.io/v1alpha1 credential config, which kubectl 1.24 and later reject. {minimum} or newer is needed.',
  'setup.tools.awsTooOld.fix': 'Upgrade the aws CLI (version 2 is recommended), then run setup again.',
  'setup.tools.awsBelowEksMinimum':
    'Your aws CLI {version} is older than the {minimum} the EKS guide asks for; some commands may be missing. Upgrading is recommended.',

  'setup.identity.roleUnresolved':
    'Could not read the IAM role {role} ({code}), so its path is unknown; using {arn}. Access entries are matched by role name instead.',
  'setup.identity.root': 'You are signed in as the account root user. Use an IAM role or user for everyday work.',
  'setup.identity.assumeDenied':
    'Your identity {identity} may not assume the role {role} (--role-arn), which the kubeconfig would assume for every kubectl call.',
  'setup.identity.assumeDenied.fix':
    "The role's trust policy must allow your principal, and your identity needs sts:AssumeRole on the role. Reproduce it, then have an administrator read the trust policy:",

  'setup.cluster.notFound': 'There is no EKS cluster named "{cluster}" in {region} for this account.',
  'setup.cluster.notFoundNoneInRegion':
    'There is no EKS cluster named "{cluster}" in {region}; this account has no clusters in that region at all.',
  'setup.cluster.notFoundOthers': 'There is no EKS cluster named "{cluster}" in {region}. Clusters there: {clusters}.',
  'setup.cluster.notFound.fix':
    'Check the region (the cluster ARN contains it) and the account or profile; list the clusters of a region with:',
  'setup.cluster.noneInRegion': 'This account has no EKS clusters in {region}.',
  'setup.cluster.nameNeeded': 'Which cluster? Pass --cluster. Clusters in {region}: {clusters}.',
  'setup.cluster.nameNeeded.fix': 'Run again with the cluster name:',
  'setup.cluster.updating': 'Cluster {cluster} is being updated; it keeps serving, so setup continues.',
  'setup.cluster.creating':
    'Cluster {cluster} is still being created (status CREATING); it has no usable API server yet.',
  'setup.cluster.creating.fix': 'Wait until it is ACTIVE (usually 10-15 minutes), then run setup again:',
  'setup.cluster.pending': 'Cluster {cluster} is PENDING: EKS has not started creating it yet.',
  'setup.cluster.deleting': 'Cluster {cluster} is being deleted (status DELETING).',
  'setup.cluster.deleting.fix': 'Pick another cluster:',
  'setup.cluster.failed': 'Cluster {cluster} is FAILED: EKS could not create or update it. Its health issues:',
  'setup.cluster.failed.fix': 'A failed cluster must be fixed or re-created by its owner. Show the details with:',
  'setup.cluster.otherStatus': 'Cluster {cluster} has status {status}; only ACTIVE or UPDATING clusters can be used.',
  'setup.cluster.endpointPublic': 'public (all addresses)',
  'setup.cluster.endpointPublicCidrs': 'public (only {cidrs})',
  'setup.cluster.endpointPrivate': 'private (VPC only)',
  'setup.cluster.kubectlSkew':
    'kubectl {kubectl} is more than one minor version away from the cluster ({cluster}); Kubernetes supports only one minor version of difference. Install a matching kubectl:',

  'setup.kubeconfig.invalid':
    'The existing kubeconfig {path} is not a valid kubeconfig ({reason}); it was left untouched.',
  'setup.kubeconfig.invalid.fix': 'Fix or move the file, or write to a separate file with --kubeconfig:',
  'setup.kubeconfig.invalidAt':
    'The existing kubeconfig {path} is not a valid kubeconfig at line {line} ({reason}); it was left untouched.',
  'setup.kubeconfig.locked':
    'Another program is writing the kubeconfig {path}: its lock file {lock} was still held after {seconds} s. Nothing was written.',
  'setup.kubeconfig.locked.fix':
    'Wait for the other kubectl or setup-eks run to finish, then run again. If none is running, a crashed one left the lock: remove it.',
  'setup.kubeconfig.notWritable': 'You may not write the kubeconfig {path} ({code}); it was left untouched.',
  'setup.kubeconfig.notWritable.fix':
    'It may belong to another user (e.g. written under sudo): make it yours, or write to a separate file with --kubeconfig:',
  'setup.kubeconfig.isDirectory': 'The kubeconfig path {path} is a directory; a kubeconfig is a file.',
  'setup.kubeconfig.isDirectory.fix': 'Pass a file with --kubeconfig, for example:',
  'setup.kubeconfig.writeFailed': 'Could not write the kubeconfig {path} ({code}).',
  'setup.kubeconfig.writeFailed.fix':
    'Check that you own the file and its folder, or pass --kubeconfig with another path.',

  'setup.access.matchedByName': 'Matched your access entry {arn} by role name, since the role path is unknown.',
  'setup.access.entriesUnreadable':
    "Could not read the cluster's access entries ({code}: {detail}); the real check follows in Verify.",
  'setup.access.awsAuthPathless':
    'Your role {arn} has a path. aws-auth must map it without the path, as {pathless}: the authenticator drops the path before it looks the role up, so a row written with the path never matches.',
  'setup.access.awsAuthRowHasPath':
    'aws-auth maps {arn}, which includes a path; aws-auth ARNs must not have one, so it never matches. The row should say {pathless}.',
  'setup.access.awsAuthUnreadable': 'Could not read kube-system/aws-auth ({reason}); the real check follows in Verify.',
  'setup.access.awsAuthForbidden':
    'You may not read kube-system/aws-auth ({reason}), which is normal without admin rights; the real check follows in Verify.',
  'setup.access.awsAuthUnauthorized':
    'The cluster did not accept your credentials (Unauthorized) when setup read kube-system/aws-auth; Verify shows why.',
  'setup.access.rbacDecides':
    'Your access entry has no access policy for this namespace but puts you in the Kubernetes groups {groups}: RoleBindings decide, checked in Verify.',
  'setup.access.awsAuthMatched': 'aws-auth maps {arn} to username {username}, groups {groups}.',
  'setup.access.noEntry':
    'The cluster {cluster} has no access entry for {arn}, and it accepts only access entries (authentication mode API). An administrator must run:',
  'setup.access.noEntryNoMapping':
    'The cluster {cluster} has no access entry for {arn} and no aws-auth mapping. An administrator must run:',
  'setup.access.noMappingConfigMap':
    'The aws-auth ConfigMap of {cluster} does not map {arn} (the cluster creator has hidden admin access that is not listed there). An administrator must add it:',
  'setup.access.noEntryAwsAuthUnread':
    'The cluster {cluster} has no access entry for {arn}. kube-system/aws-auth could not be read ({reason}), so a mapping there cannot be ruled out. If there is none, an administrator must run:',
  'setup.access.notCovered':
    'Your access policies do not cover namespace {namespace}: {scopes}. An administrator must run:',

  'setup.verify.forbidden':
    'You are signed in to the cluster, but not allowed to list pods in namespace {namespace} (Forbidden).',
  'setup.verify.forbidden.fix':
    'Your access policy does not cover this namespace, or none is associated. Check, then ask an administrator:',
  'setup.verify.forbiddenRbac.fix':
    'Your Kubernetes groups have no RoleBinding that allows listing pods here. Ask an administrator for a RoleBinding, for example to the view ClusterRole:',
  'setup.verify.unauthorized': 'The cluster {cluster} did not accept your credentials (Unauthorized) for {arn}.',
  'setup.verify.unauthorizedNoAccess.fix':
    'You have no access entry or aws-auth mapping on this cluster. An administrator must run:',
  'setup.verify.unauthorizedNoEntry.fix':
    'There is no access entry for you, and no aws-auth mapping let you in either. An administrator must run:',
  'setup.verify.unauthorized.fix':
    'Likely causes: no access entry or aws-auth mapping for this identity, a different profile or role in the kubeconfig than the one you checked, or an expired session (run `aws sso login`). Check who you are:',
  'setup.verify.noAnswer': 'The API server {server} did not answer.',
  'setup.verify.endpointPrivateOnly':
    'Cluster {cluster} has only a private endpoint: it answers only from inside its VPC. Connect through the VPN, a bastion host or a peered network, then run again.',
  'setup.verify.endpointCidrs':
    'The public endpoint accepts only these addresses: {cidrs}. Your IP address is probably not among them; ask an administrator to add it, or connect from an allowed network.',
  'setup.verify.endpointPublic':
    'The public endpoint is open to all addresses, so a proxy, firewall or DNS problem on your side is likely. Check HTTPS_PROXY and your network:',
  'setup.verify.oldExecApi':
    'The kubeconfig uses the retired client.authentication.k8s.io/v1alpha1 credential API, which kubectl 1.24 and later reject.',
  'setup.verify.oldExecApi.fix':
    'Upgrade the aws CLI (v2 2.6.3+ or v1 1.23.9+), then run setup again to rewrite the entry:',
  'setup.verify.execPlugin': 'Getting a token with `aws eks get-token` failed.',
  'setup.verify.assumeRoleFailed': 'Getting a token failed: the aws CLI could not assume the role {role} ({code}).',
  'setup.verify.assumeRoleDenied.fix':
    "The kubeconfig's `aws eks get-token --role` assumes this role, and AWS refused: the role's trust policy must allow your principal, and your identity needs sts:AssumeRole on the role. Reproduce it, then have an administrator read the trust policy:",
  'setup.verify.execPlugin.fix':
    'Run the token command by hand to see the AWS error (often an expired session: `aws sso login`):',

  'setup.action.added': 'added',
  'setup.action.updated': 'updated',
  'setup.action.unchanged': 'unchanged',
  'setup.summary.done': 'Done: kubectl is ready for {cluster} (Kubernetes {version}, {region}) as {principal}.',
  'setup.summary.doneDryRun':
    'Dry run checked {cluster} (Kubernetes {version}, {region}) as {principal}; run again without --dry-run to write the context.',
  'setup.summary.doneRole':
    'Done: kubectl is ready for {cluster} (Kubernetes {version}, {region}) as {role}, which {principal} assumes.',
  'setup.summary.identity': 'AWS identity: {caller}',
  'setup.summary.identityRole': 'AWS identity: {caller}; IAM role (what an access entry names): {role}',
  'setup.summary.console': 'The cluster in the AWS console: {url}',
  'setup.summary.context': 'kubeconfig: context {context} in {path} ({action}).',
  'setup.summary.backup': 'The previous kubeconfig was saved as {path}.',
  'setup.summary.dryRun': 'Dry run: nothing was written. The change to {path} would be:',
  'setup.summary.dryRunNoChange': 'Dry run: {path} already has this entry; nothing would change.',
  'setup.summary.pods': 'kubectl get pod -n {namespace}:',
  'setup.summary.notes': 'Notes:',
  'setup.summary.next': 'Next:',
  'setup.summary.nextDescribe': 'why a pod is not running',
  'setup.summary.nextRollout': 'wait for a deployment to finish rolling out',
  'setup.summary.nextDoctor': 'explain in plain words what is wrong in the namespace',
  'setup.summary.nextGet': 'list the pods',
  'setup.failedLabel': 'FAILED',
  'setup.note.warn': 'warning',
  'setup.note.info': 'note',

  'setup.prompt.pick': 'Clusters in {region}:',
  'setup.prompt.ask': 'Pick a cluster [1-{count}]: ',

  'setup.usage.badRoleArn': '--role-arn "{value}" is not an IAM role ARN (arn:aws:iam::123456789012:role/Name).',
  'setup.usage.badAlias': 'Option {flag} must not be empty.',
  'setup.usage.badTokenCommand': '--token-command "{value}" is not one of: aws, eks-guide.',
  'setup.usage.badRegion': 'Region "{value}" is not an AWS region name (for example ap-northeast-2 or us-east-1).',
  'setup.help': `Usage: {program} --cluster NAME [options]

Sets up kubectl for an Amazon EKS cluster and checks that it works:
tools -> AWS identity -> cluster -> kubeconfig -> access -> kubectl get pod.

Options:
  --cluster NAME      EKS cluster name (without it: pick from the list on a terminal)
  --region REGION     AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then your profile's region)
  --profile NAME      AWS profile; also written into the kubeconfig (AWS_PROFILE)
  --role-arn ARN      IAM role the kubeconfig assumes for tokens (aws eks get-token --role)
  -n, --namespace NS  namespace to check, and the context's default namespace (default: default)
  --alias NAME        context name (default: the cluster ARN)
  --user-alias NAME   kubeconfig user name (default: the cluster ARN)
  --kubeconfig PATH   file to write (default: first path of KUBECONFIG, else ~/.kube/config)
  --dry-run           show the kubeconfig change and check access without writing anything
  --token-command aws|eks-guide
                      what the kubeconfig runs for tokens (default aws: exactly what
                      aws eks update-kubeconfig writes; eks-guide: \`eks-guide token\`, no Python per call)
  --lang en|ko        language of the output (default: from LANG)
  -h, --help          show this help

Progress goes to stderr, the closing summary to stdout. Under CI=true or
without a terminal a plain line-by-line renderer is used.

Exit codes:
  0    done: kubectl works for the namespace
  1    a step failed (the message says why and what to run next)
  2    bad usage or input: unknown option, invalid cluster name, namespace
       that is not a DNS-1123 label, malformed --role-arn, invalid existing kubeconfig
  130  interrupted (Ctrl-C)

Examples:
  {program} --cluster prod --region ap-northeast-2 -n shop
  {program} --cluster prod --profile dev-sso --alias prod --dry-run
`,
} as const;
