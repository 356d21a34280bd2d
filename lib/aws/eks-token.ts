import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

/** AWS credentials as the SDK's providers return them. */
export interface AwsCredentialValues {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When temporary credentials run out (from the SDK's provider). */
  expiration?: Date;
}

/** Where the presigned GetCallerIdentity goes and which region signs it. */
export interface StsTarget {
  /** `https://host[:port]` without a trailing slash. */
  origin: string;
  signingRegion: string;
}

/** The inputs of one token: the cluster's name (or Outposts id), the STS target and the clock. */
export interface EksTokenInput {
  clusterId: string;
  credentials: AwsCredentialValues;
  target: StsTarget;
  now: Date;
}

/** What `aws eks get-token` prints in `status`, plus the presigned URL the token wraps. */
export interface EksToken {
  token: string;
  /** RFC 3339 to the second, 14 minutes after signing (the presign is valid for 15). */
  expirationTimestamp: string;
  url: string;
}

// get_token.py: URL_TIMEOUT, TOKEN_EXPIRATION_MINS, TOKEN_PREFIX, K8S_AWS_ID_HEADER.
const URL_TIMEOUT_S = 60;
const TOKEN_EXPIRATION_MS = 14 * 60 * 1000;
const TOKEN_PREFIX = 'k8s-aws-v1.';
const K8S_AWS_ID_HEADER = 'x-k8s-aws-id';

// The regions for which botocore's `sts_regional_endpoints = legacy` still means sts.amazonaws.com
// (botocore data/sts/2011-06-15/endpoint-rule-set-1.json).
const LEGACY_GLOBAL_REGIONS = new Set([
  'ap-northeast-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'aws-global',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
]);

/**
 * The STS endpoint `aws eks get-token` presigns for, or undefined where this module does not
 * know the partition (the caller then runs the aws CLI instead of guessing).
 * An endpoint override (AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL) wins, as in botocore 1.31+.
 */
export function stsTarget(
  region: string | undefined,
  options: { regionalEndpoints?: string; endpointUrl?: string } = {},
): StsTarget | undefined {
  if (options.endpointUrl) {
    let url: URL;
    try {
      url = new URL(options.endpointUrl);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return { origin: `${url.protocol}//${url.host}`, signingRegion: region ?? 'us-east-1' };
  }
  // No region at all: botocore signs for us-east-1 and sends it to the global endpoint.
  if (!region || region === 'aws-global') return { origin: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' };
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) return undefined;
  if (options.regionalEndpoints === 'legacy' && LEGACY_GLOBAL_REGIONS.has(region))
    return { origin: 'https://sts.amazonaws.com', signingRegion: 'us-east-1' };
  if (region.startsWith('cn-')) return { origin: `https://sts.${region}.amazonaws.com.cn`, signingRegion: region };
  if (region.startsWith('us-iso') || region.startsWith('eu-isoe')) return undefined;
  return { origin: `https://sts.${region}.amazonaws.com`, signingRegion: region };
}

/**
 * Presigns STS GetCallerIdentity with SigV4 (x-k8s-aws-id signed, X-Amz-Expires=60) and wraps it
 * as `k8s-aws-v1.<base64url, no padding>`, byte for byte what get_token.py builds through botocore.
 */
export async function presignEksToken(input: EksTokenInput): Promise<EksToken> {
  const { hostname, port, host, protocol } = new URL(input.target.origin);
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: input.credentials.accessKeyId,
      secretAccessKey: input.credentials.secretAccessKey,
      ...(input.credentials.sessionToken ? { sessionToken: input.credentials.sessionToken } : {}),
    },
    region: input.target.signingRegion,
    service: 'sts',
    sha256: NodeSha256,
    uriEscapePath: true,
  });
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol,
      hostname,
      ...(port ? { port: Number(port) } : {}),
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host, [K8S_AWS_ID_HEADER]: input.clusterId },
    },
    { expiresIn: URL_TIMEOUT_S, signingDate: input.now },
  );
  const query = signed.query as Record<string, string>;
  // botocore's order: the operation's parameters, then the auth parameters, the signature last.
  const order = [
    'Action',
    'Version',
    'X-Amz-Algorithm',
    'X-Amz-Credential',
    'X-Amz-Date',
    'X-Amz-Expires',
    'X-Amz-SignedHeaders',
    'X-Amz-Security-Token',
    'X-Amz-Signature',
  ];
  const pairs = order.filter((k) => query[k] !== undefined).map((k) => `${k}=${rfc3986(query[k]!)}`);
  const url = `${input.target.origin}/?${pairs.join('&')}`;
  return {
    url,
    token: TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url'),
    expirationTimestamp: new Date(input.now.getTime() + TOKEN_EXPIRATION_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** encodeURIComponent plus the reserved characters it leaves alone, as SigV4 and botocore quote. */
function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The SDK's Checksum shape over node:crypto (what @smithy/hash-node does), keyed for HMAC. */
class NodeSha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | Uint8Array | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
  }
  update(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(toBuffer(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

function toBuffer(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}
