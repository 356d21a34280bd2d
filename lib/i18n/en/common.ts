/** Messages shared by every command: usage, errors, summaries. English is the source of truth. */
export const common = {
  'usage.unknownFlag': 'Unknown option: {flag}. Run with --help to see the options.',
  'usage.missingValue': 'Option {flag} needs a value.',
  'usage.badValue': 'Option {flag} does not accept "{value}": {reason}',
  'usage.badLang': 'Unknown language "{value}": use en or ko.',
  'usage.badNamespace':
    'Namespace "{value}" is not a valid name: use lower-case letters, digits and "-", at most 63 characters, starting and ending with a letter or digit (a DNS-1123 label).',
  'usage.badClusterName':
    'Cluster name "{value}" is not a valid EKS cluster name: 1-100 characters, letters, digits, "-" and "_", starting with a letter or digit.',
  'usage.unexpectedArgument': 'Unexpected argument: {value}.',
  interrupted: 'Interrupted.',
  'usage.badBoolean': 'Option {flag} takes no value, or one of true/false, yes/no, 1/0; not "{value}".',
  'usage.valueNotAllowed': 'Option {flag} takes no value.',
  'output.writeFailed': 'Could not write the output ({code}); nothing more was written.',

  'awsError.noCredentials': 'No AWS credentials were found.',
  'awsError.noCredentials.fix':
    'Run `aws configure` for access keys, or `aws sso login --profile <profile>` for IAM Identity Center, then pass --profile or set AWS_PROFILE.',
  'awsError.profileNotFound': 'The AWS profile "{profile}" is not in your AWS config.',
  'awsError.profileNotFound.fix':
    'List the profiles with `aws configure list-profiles`, or create one with `aws configure --profile {profile}` / `aws configure sso`.',
  'awsError.expired': 'Your AWS session or token has expired.',
  'awsError.expired.fix': 'Log in again: `aws sso login{profileFlag}` for SSO, or refresh your temporary credentials.',
  'awsError.invalidCredentials':
    'AWS does not recognise these credentials: the access key was deleted or mistyped, or the secret key does not match it.',
  'awsError.invalidCredentials.fix':
    'See which credentials are in use with `aws configure list{profileFlag}` (environment variables such as AWS_ACCESS_KEY_ID win over profiles); fix the key or create a new one in IAM, or use an SSO profile instead.',
  'awsError.accessDenied': 'AWS denied the call {operation}: your IAM identity lacks the permission.',
  'awsError.accessDenied.fix': 'Ask an administrator to allow {operation} for your IAM identity.',
  'awsError.notFound': 'AWS could not find the resource: {detail}',
  'awsError.notFound.fix': 'Check the name, the region (--region) and the account you are using.',
  'awsError.throttled': 'AWS throttled the request {operation}.',
  'awsError.throttled.fix': 'Wait a moment and run again.',
  'awsError.regionMissing': 'No AWS region is set.',
  'awsError.regionMissing.fix':
    'Pass --region (for example --region ap-northeast-2), set AWS_REGION, or set a region in your profile with `aws configure set region <region>`.',
  'awsError.network': 'Could not reach the AWS endpoint: {detail}',
  'awsError.network.fix': 'Check your network, proxy (HTTPS_PROXY) and any AWS_ENDPOINT_URL settings.',
  'awsError.invalidRequest': 'AWS rejected the request: {detail}',
  'awsError.invalidRequest.fix': 'Check the values you passed.',
  'awsError.unknown': 'The AWS call failed: {detail}',
  'awsError.unknown.fix':
    'Run the same call with the aws CLI and --debug to see the full request and answer (for example `aws sts get-caller-identity --debug`).',

  'kubeError.unreachable': 'Cannot reach the Kubernetes API server {server}: {detail}',
  'kubeError.unreachable.fix':
    'Check the network path to the API server: a private-only endpoint needs the VPC (VPN, bastion or peering); a public one must allow your IP in its public access CIDRs.',
  'kubeError.dns': 'The API server name {server} does not resolve.',
  'kubeError.dns.fix': 'A private endpoint resolves only inside the VPC; check your DNS or VPN.',
  'kubeError.timeout': 'The Kubernetes API server {server} did not answer in time.',
  'kubeError.timeout.fix':
    'An i/o timeout usually means the endpoint is private or your IP is not in its public access CIDRs; check the cluster endpoint access settings.',
  'kubeError.tls': 'The TLS connection to {server} failed: {detail}',
  'kubeError.tls.fix':
    'The certificate authority in your kubeconfig does not match the server; re-run setup-eks to rewrite the entry.',
  'kubeError.unauthorized': 'The API server did not accept your credentials (401 Unauthorized).',
  'kubeError.unauthorized.fix':
    'Your IAM identity has no access entry or aws-auth mapping on this cluster, or your token is for another cluster or has expired. Run `npx tsx scripts/setup-eks.ts --cluster <name>` to check access.',
  'kubeError.forbidden': 'Access denied (403 Forbidden): {detail}',
  'kubeError.forbidden.fix':
    'Ask an administrator for read access (for example the AmazonEKSViewPolicy access policy for this namespace).',
  'kubeError.notFound': 'Not found: {detail}',
  'kubeError.notFound.fix': 'Check the name and namespace.',
  'kubeError.execPlugin': 'The kubeconfig credential plugin failed: {detail}',
  'kubeError.execPlugin.fix':
    'Run the aws command from the kubeconfig by hand to see its error, or re-run setup-eks to rewrite the entry.',
  'kubeError.unknown': 'The Kubernetes API call failed: {detail}',
  'kubeError.unknown.fix':
    'Run the doctor again with --verbose (or DEBUG=1) to log each API request with its status and time; with kubectl, add -v=6.',
} as const;
