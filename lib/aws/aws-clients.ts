import { STSClient } from '@aws-sdk/client-sts';
import { EKSClient } from '@aws-sdk/client-eks';
import { IAMClient } from '@aws-sdk/client-iam';

/** The AWS SDK clients setup uses, all for one region and profile. */
export interface AwsClients {
  sts: STSClient;
  eks: EKSClient;
  iam: IAMClient;
}

export interface AwsClientOptions {
  region?: string;
  profile?: string;
}

/** A factory for AwsClients; tests pass their own. */
export type AwsClientFactory = (options: AwsClientOptions) => AwsClients;

/**
 * Real SDK v3 clients. `profile` goes to the SDK's own config chain (fromIni), and
 * AWS_ENDPOINT_URL_* variables keep working because no endpoint is set here.
 */
export const createAwsClients: AwsClientFactory = ({ region, profile }) => {
  const config = { ...(region ? { region } : {}), ...(profile ? { profile } : {}) };
  return { sts: new STSClient(config), eks: new EKSClient(config), iam: new IAMClient(config) };
};

/** The region the SDK would use for this profile (config file or AWS_REGION), or undefined. */
export async function sdkRegion(profile: string | undefined): Promise<string | undefined> {
  try {
    const client = new EKSClient(profile ? { profile } : {});
    const region = await client.config.region();
    client.destroy();
    return region || undefined;
  } catch {
    return undefined;
  }
}
