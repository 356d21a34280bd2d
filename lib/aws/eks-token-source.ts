import type { AwsCredentialValues, EksToken, StsTarget } from './eks-token.ts';

/** What one `aws eks get-token` call names: the cluster, and optionally region, role and --profile. */
export interface EksTokenSpec {
  /** --cluster-name (or --cluster-id for Outposts local clusters). */
  clusterId: string;
  region?: string;
  roleArn?: string;
  /** --profile given as a flag: unlike AWS_PROFILE it overrides credentials in the environment. */
  profile?: string;
}

/** The settings a token is made with, resolved as botocore resolves them. */
export interface EksTokenSettings {
  spec: EksTokenSpec;
  /** The profile in effect (--profile, else AWS_DEFAULT_PROFILE / AWS_PROFILE), if any. */
  profile?: string;
  region?: string;
  target: StsTarget;
}

/** In-process tokens are not possible for these settings (FIPS, dual-stack, an unknown partition…). */
export class EksTokenUnsupportedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'EksTokenUnsupportedError';
  }
}

// Refresh a minute before the 14-minute expirationTimestamp, as client-go refreshes exec credentials.
const REFRESH_MARGIN_MS = 60_000;
// The role session name get_token.py's STSClientFactory uses.
const ROLE_SESSION_NAME = 'EKSGetTokenAuth';

/**
 * Resolves region, profile and STS endpoint for a spec the way aws CLI v1 does: --region, else
 * AWS_DEFAULT_REGION, else the profile's `region`; AWS_STS_REGIONAL_ENDPOINTS or the profile's
 * `sts_regional_endpoints`; AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL. Loads only the ini reader.
 */
export async function resolveEksTokenSettings(spec: EksTokenSpec, env: NodeJS.ProcessEnv): Promise<EksTokenSettings> {
  const profile = spec.profile || env.AWS_DEFAULT_PROFILE || env.AWS_PROFILE || undefined;
  const { loadSharedConfigFiles } = await import('@smithy/core/config');
  const { configFile } = await loadSharedConfigFiles({
    ...(env.AWS_CONFIG_FILE ? { configFilepath: env.AWS_CONFIG_FILE } : {}),
    ...(env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
  });
  const section = configFile[profile ?? 'default'] ?? {};
  const flag = (name: string, key: string) => (env[name] ?? section[key] ?? '').toLowerCase() === 'true';
  if (flag('AWS_USE_FIPS_ENDPOINT', 'use_fips_endpoint')) throw new EksTokenUnsupportedError('FIPS endpoint');
  if (flag('AWS_USE_DUALSTACK_ENDPOINT', 'use_dualstack_endpoint'))
    throw new EksTokenUnsupportedError('dual-stack endpoint');
  const ignoreEndpoints = flag('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS', 'ignore_configured_endpoint_urls');
  if (!ignoreEndpoints && (section.endpoint_url || section.services))
    throw new EksTokenUnsupportedError('endpoint_url in the AWS config file');
  const region = spec.region || env.AWS_DEFAULT_REGION || section.region || undefined;
  const { stsTarget } = await import('./eks-token.ts');
  const target = stsTarget(region, {
    regionalEndpoints: env.AWS_STS_REGIONAL_ENDPOINTS || section.sts_regional_endpoints,
    ...(ignoreEndpoints ? {} : { endpointUrl: env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL }),
  });
  if (!target) throw new EksTokenUnsupportedError(`no known STS endpoint for region ${region ?? '-'}`);
  return { spec, ...(profile ? { profile } : {}), ...(region ? { region } : {}), target };
}

/**
 * Makes EKS tokens in this process and keeps the current one until a minute before it expires.
 * Credentials come from the AWS SDK's own chain; a role is assumed once and reused while valid.
 */
export class EksTokenSource {
  private current?: EksToken;
  private roleCredentials?: AwsCredentialValues;

  constructor(
    private readonly spec: EksTokenSpec,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A token valid for at least another minute. */
  async token(): Promise<EksToken> {
    if (this.current && Date.parse(this.current.expirationTimestamp) - this.now().getTime() > REFRESH_MARGIN_MS)
      return this.current;
    const settings = await resolveEksTokenSettings(this.spec, this.env);
    const credentials = await this.credentials(settings);
    const { presignEksToken } = await import('./eks-token.ts');
    this.current = await presignEksToken({
      clusterId: this.spec.clusterId,
      credentials,
      target: settings.target,
      now: this.now(),
    });
    return this.current;
  }

  private async credentials(settings: EksTokenSettings): Promise<AwsCredentialValues> {
    // The SDK's Node < 22 notice would land on stderr of every doctor run and kubectl call; Node 20 is
    // supported here (package.json engines). A value the user set is kept.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const base = await baseCredentials(settings, this.env);
    if (!this.spec.roleArn) return base;
    const valid = this.roleCredentials?.expiration
      ? this.roleCredentials.expiration.getTime() - this.now().getTime() > 5 * 60_000
      : false;
    if (!valid) this.roleCredentials = await assumeRole(this.spec.roleArn, settings.region, base);
    return this.roleCredentials!;
  }
}

/**
 * botocore's order: static credentials in the environment come first unless --profile was given;
 * otherwise the SDK's default chain for the profile (SSO, process, web identity, IMDS…).
 */
async function baseCredentials(settings: EksTokenSettings, env: NodeJS.ProcessEnv): Promise<AwsCredentialValues> {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!settings.spec.profile && accessKeyId && secretAccessKey) {
    const sessionToken = env.AWS_SESSION_TOKEN || env.AWS_SECURITY_TOKEN;
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
  }
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  return defaultProvider(settings.profile ? { profile: settings.profile } : {})();
}

async function assumeRole(
  roleArn: string,
  region: string | undefined,
  credentials: AwsCredentialValues,
): Promise<AwsCredentialValues> {
  const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
  // botocore sends AssumeRole without a region to the global endpoint, which is us-east-1.
  const sts = new STSClient({ region: region ?? 'us-east-1', credentials });
  try {
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: ROLE_SESSION_NAME }));
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
  } finally {
    sts.destroy();
  }
}
