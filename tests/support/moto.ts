import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EKSClient, CreateClusterCommand, type Cluster } from '@aws-sdk/client-eks';
import { IAMClient, CreateRoleCommand } from '@aws-sdk/client-iam';
import { STSClient, AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { freePort } from './free-port.ts';
import type { EksTokenClaims } from './eks-token.ts';

/** moto's fixed account id. */
export const MOTO_ACCOUNT = '123456789012';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface Moto {
  url: string;
  region: string;
  /**
   * Environment for child processes (aws CLI, the scripts): every AWS endpoint points at
   * moto, static test credentials, empty config/credentials files, no AWS_PROFILE.
   */
  env: NodeJS.ProcessEnv;
  /** `env` with other credentials (e.g. from assumeRole). */
  envWith(credentials: AwsCredentials, extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  createCluster(name: string, extra?: { version?: string }): Promise<Cluster>;
  /** Creates an IAM role (optionally under a path such as /aws-reserved/sso.amazonaws.com/ap-northeast-2/); returns its ARN. */
  createRole(name: string, path?: string): Promise<string>;
  /** STS AssumeRole; GetCallerIdentity with these credentials returns arn:aws:sts::…:assumed-role/NAME/SESSION. */
  assumeRole(roleArn: string, sessionName: string): Promise<AwsCredentials>;
  /** For the API double: asks moto's STS who signed an EKS token, as aws-iam-authenticator asks STS. */
  callerArnResolver(): (claims: EksTokenClaims) => Promise<string | undefined>;
  stop(): Promise<void>;
}

const STATIC = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

/** Starts `moto_server` on a free loopback port and waits until it answers. */
export async function startMoto(region = 'ap-northeast-2'): Promise<Moto> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = await mkdtemp(join(tmpdir(), 'moto-env-'));
  const configFile = join(dir, 'config');
  const credentialsFile = join(dir, 'credentials');
  await Promise.all([writeFile(configFile, ''), writeFile(credentialsFile, '')]);

  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  await waitUntilUp(url, child, () => stderr);

  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) base[k] = v;
  const envWith = (c: AwsCredentials, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    ...base,
    AWS_ENDPOINT_URL: url,
    AWS_ENDPOINT_URL_STS: url,
    AWS_ENDPOINT_URL_EKS: url,
    AWS_ENDPOINT_URL_IAM: url,
    AWS_ACCESS_KEY_ID: c.accessKeyId,
    AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
    ...(c.sessionToken ? { AWS_SESSION_TOKEN: c.sessionToken } : {}),
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  });
  const client = { region, endpoint: url, credentials: STATIC };
  const eks = new EKSClient(client);
  const iam = new IAMClient(client);
  const sts = new STSClient(client);

  return {
    url,
    region,
    env: envWith(STATIC),
    envWith,
    async createCluster(name, extra = {}) {
      const out = await eks.send(
        new CreateClusterCommand({
          name,
          version: extra.version ?? '1.31',
          roleArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/eks-cluster-role`,
          resourcesVpcConfig: {
            subnetIds: ['subnet-0a1b2c3d'],
            endpointPublicAccess: true,
            endpointPrivateAccess: false,
          },
        }),
      );
      return out.cluster!;
    },
    async createRole(name, path = '/') {
      const trust = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MOTO_ACCOUNT}:root` }, Action: 'sts:AssumeRole' },
        ],
      });
      const out = await iam.send(
        new CreateRoleCommand({ RoleName: name, Path: path, AssumeRolePolicyDocument: trust }),
      );
      return out.Role!.Arn!;
    },
    async assumeRole(roleArn, sessionName) {
      const out = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName }));
      const c = out.Credentials!;
      return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
    },
    callerArnResolver() {
      return async (claims) => {
        // moto does not check signatures; it knows the caller by access key id alone.
        const probe = new STSClient({
          region,
          endpoint: url,
          credentials: {
            accessKeyId: claims.accessKeyId,
            secretAccessKey: 'unused',
            ...(claims.sessionToken ? { sessionToken: claims.sessionToken } : {}),
          },
        });
        const out = await probe.send(new GetCallerIdentityCommand({}));
        probe.destroy();
        return out.Arn;
      };
    },
    async stop() {
      eks.destroy();
      iam.destroy();
      sts.destroy();
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${url}/moto-api/data.json`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGTERM');
  throw new Error(`moto_server did not answer within 30s: ${stderr()}`);
}
