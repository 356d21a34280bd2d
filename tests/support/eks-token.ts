/** What the double reads out of an EKS bearer token without calling STS. */
export interface EksTokenClaims {
  /** The presigned GetCallerIdentity URL the token wraps. */
  url: URL;
  accessKeyId: string;
  region: string;
  sessionToken?: string;
  /** When the presign was made; the token is good for 15 minutes after. */
  signedAt: Date;
}

export type EksTokenResult = { ok: true; claims: EksTokenClaims } | { ok: false; reason: string };

const PREFIX = 'k8s-aws-v1.';
const VALID_MS = 15 * 60 * 1000;

/**
 * Decodes `k8s-aws-v1.<base64url(presigned STS URL)>` the way aws-iam-authenticator's
 * verifier does before it calls STS: the URL must be a presigned GetCallerIdentity
 * (Version 2011-06-15) that signs the x-k8s-aws-id header and is not older than 15 minutes.
 */
export function decodeEksToken(token: string, now = new Date()): EksTokenResult {
  if (!token.startsWith(PREFIX)) return { ok: false, reason: 'not an EKS token' };
  let url: URL;
  try {
    url = new URL(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'token is not a base64url URL' };
  }
  const q = url.searchParams;
  if (url.pathname !== '/') return { ok: false, reason: `unexpected path ${url.pathname}` };
  if (q.get('Action') !== 'GetCallerIdentity') return { ok: false, reason: 'not a GetCallerIdentity request' };
  if (q.get('Version') !== '2011-06-15') return { ok: false, reason: 'unexpected STS API version' };
  const signed = (q.get('X-Amz-SignedHeaders') ?? '').split(';');
  if (!signed.includes('x-k8s-aws-id')) return { ok: false, reason: 'X-Amz-SignedHeaders lacks x-k8s-aws-id' };
  if (!q.get('X-Amz-Signature')) return { ok: false, reason: 'unsigned' };
  const credential = (q.get('X-Amz-Credential') ?? '').split('/');
  const [accessKeyId, , region, service] = credential;
  if (!accessKeyId || !region || service !== 'sts') return { ok: false, reason: 'malformed X-Amz-Credential' };
  const signedAt = parseAmzDate(q.get('X-Amz-Date') ?? '');
  if (!signedAt) return { ok: false, reason: 'malformed X-Amz-Date' };
  if (now.getTime() - signedAt.getTime() > VALID_MS) return { ok: false, reason: 'token expired' };
  const sessionToken = q.get('X-Amz-Security-Token') ?? undefined;
  return { ok: true, claims: { url, accessKeyId, region, signedAt, ...(sessionToken ? { sessionToken } : {}) } };
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}
