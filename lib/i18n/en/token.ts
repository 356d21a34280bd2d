/** English messages for `eks-guide token`; the source of truth for ko/token.ts. */
export const token = {
  'token.usage.needCluster': 'Option --cluster is required: the EKS cluster to make a token for.',
  'token.failed': 'Could not make an EKS token for {cluster}: {reason}',
  'token.failed.fix':
    'Check that your AWS credentials work for this profile and region: aws sts get-caller-identity{flags}',
  'token.unsupported':
    'eks-guide token cannot make this token itself ({reason}). Keep `aws eks get-token` in the kubeconfig for it.',
  'token.cache.failed': 'Note: could not cache the token in {path} ({reason}); the next call makes a new one.',
  'token.help': `Usage: eks-guide token --cluster NAME [--region REGION] [--role-arn ARN] [--profile NAME]

Prints an ExecCredential for kubectl with an Amazon EKS token, like
\`aws eks get-token\`, made in this process (no Python start per call).
A kubeconfig user can run it as its exec command.

Options:
  --cluster NAME      EKS cluster name (required)
  --region REGION     AWS region (default: AWS_DEFAULT_REGION, then your profile's region)
  --role-arn ARN      IAM role to assume for the token (assumed once, then reused)
  --profile NAME      AWS profile (overrides credentials in the environment, like aws --profile)
  --lang en|ko        language of messages (default: from LANG)
  -h, --help          show this help

The token is cached (mode 0600) per cluster, region, role and profile in
$XDG_CACHE_HOME/eks-guide, else ~/.kube/cache/eks-guide, and renewed a minute
before it expires. The token is never written to stderr.

Exit codes:
  0    the ExecCredential is on stdout
  1    no token: AWS credentials or the role could not be used (the message says why)
  2    bad usage: unknown option, missing --cluster, invalid cluster name or role ARN
`,
} as const;
