import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { presignEksToken, stsTarget, type AwsCredentialValues } from '../../lib/aws/eks-token.ts';
import { decodeEksToken } from '../support/eks-token.ts';

const NOW = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const SESSION = 'FQoGZXIvYXdzE/session+token==';

interface Case {
  clusterId: string;
  region?: string;
  sessionToken?: string;
  stsRegionalEndpoints?: string;
}
const CASES: Record<string, Case> = {
  regional: { clusterId: 'shop-prod', region: 'ap-northeast-2' },
  session: { clusterId: 'shop-prod', region: 'us-east-1', sessionToken: SESSION },
  noRegion: { clusterId: 'shop-prod' },
  legacyGlobal: { clusterId: 'shop-prod', region: 'eu-west-1', stsRegionalEndpoints: 'legacy' },
  legacyRegional: { clusterId: 'shop-prod', region: 'ap-northeast-2', stsRegionalEndpoints: 'legacy' },
  china: { clusterId: 'shop-prod', region: 'cn-north-1' },
};

// Printed by tests/golden/eks-token-golden.py: the aws CLI's get_token.py over botocore 1.43 at NOW with KEYS.
const GOLDEN_URLS: Record<string, string> = {
  regional:
    'https://sts.ap-northeast-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fap-northeast-2%2Fsts%2Faws4_request&X-Amz-Date=20260102T030405Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Signature=3b04a017f8526045f988a128ddce9b128e4ede3d923d626fb5ae87cf6080f6a5',
  session:
    'https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20260102T030405Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Security-Token=FQoGZXIvYXdzE%2Fsession%2Btoken%3D%3D&X-Amz-Signature=7609ca7b5493d7b9bb321d1f9e7ba045f54e293a2d2eb7256f88ffbdc72d2b33',
  noRegion:
    'https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20260102T030405Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Signature=64c33db5c111180dad707c62bd85674a7ed10560dc5f2b21d1321f700b5c56e3',
  legacyGlobal:
    'https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20260102T030405Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Signature=64c33db5c111180dad707c62bd85674a7ed10560dc5f2b21d1321f700b5c56e3',
  legacyRegional:
    'https://sts.ap-northeast-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fap-northeast-2%2Fsts%2Faws4_request&X-Amz-Date=20260102T030405Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Signature=3b04a017f8526045f988a128ddce9b128e4ede3d923d626fb5ae87cf6080f6a5',
  china:
    'https://sts.cn-north-1.amazonaws.com.cn/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260102%2Fcn-north-1%2Fsts%2Faws4_request&X-Amz-Date=20260102T030405Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Signature=1501cf435a97ff0e62df217b1cd42790480396e8b6b59fccb2442463b61566f0',
};
const GOLDEN_REGIONAL_TOKEN =
  'k8s-aws-v1.aHR0cHM6Ly9zdHMuYXAtbm9ydGhlYXN0LTIuYW1hem9uYXdzLmNvbS8_QWN0aW9uPUdldENhbGxlcklkZW50aXR5JlZlcnNpb249MjAxMS0wNi0xNSZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjAxMDIlMkZhcC1ub3J0aGVhc3QtMiUyRnN0cyUyRmF3czRfcmVxdWVzdCZYLUFtei1EYXRlPTIwMjYwMTAyVDAzMDQwNVomWC1BbXotRXhwaXJlcz02MCZYLUFtei1TaWduZWRIZWFkZXJzPWhvc3QlM0J4LWs4cy1hd3MtaWQmWC1BbXotU2lnbmF0dXJlPTNiMDRhMDE3Zjg1MjYwNDVmOTg4YTEyOGRkY2U5YjEyOGU0ZWRlM2Q5MjNkNjI2ZmI1YWU4N2NmNjA4MGY2YTU';

function credentialsFor(c: Case): AwsCredentialValues {
  return { ...KEYS, ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}) };
}

async function tokenFor(c: Case) {
  const target = stsTarget(c.region, { regionalEndpoints: c.stsRegionalEndpoints });
  if (!target) throw new Error('no target');
  return presignEksToken({ clusterId: c.clusterId, credentials: credentialsFor(c), target, now: NOW });
}

describe('EKS token presign (golden: fixed credentials and clock)', () => {
  it.each(Object.keys(CASES))('%s: the presigned URL is byte for byte what get_token.py builds', async (name) => {
    expect((await tokenFor(CASES[name]!)).url).toBe(GOLDEN_URLS[name]);
  });

  it('the token is k8s-aws-v1. + base64url of the URL without padding; it expires 14 minutes after signing', async () => {
    const made = await tokenFor(CASES.regional!);
    expect(made.token).toBe(GOLDEN_REGIONAL_TOKEN);
    expect(made.token).not.toMatch(/[=+/]/);
    expect(made.expirationTimestamp).toBe('2026-01-02T03:18:05Z');
  });

  it('what the API double (aws-iam-authenticator rules) reads out of it', async () => {
    const made = await tokenFor(CASES.session!);
    const decoded = decodeEksToken(made.token, NOW);
    expect(decoded).toMatchObject({ ok: true, claims: { accessKeyId: 'AKIDEXAMPLE', region: 'us-east-1' } });
    expect(decoded.ok && decoded.claims.sessionToken).toBe(SESSION);
  });

  const python = spawnSync('python3', ['-c', 'import awscli, botocore'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!python)('the pinned URLs are still what the installed aws CLI computes', () => {
    const cases = Object.fromEntries(Object.entries(CASES).map(([k, c]) => [k, { ...c, ...credentialsFor(c) }]));
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
    const run = spawnSync('python3', ['tests/golden/eks-token-golden.py', JSON.stringify(cases)], {
      encoding: 'utf8',
      env: { ...env, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' },
    });
    expect(run.stderr).toBe('');
    const tokens = JSON.parse(run.stdout) as Record<string, string>;
    for (const [name, url] of Object.entries(GOLDEN_URLS))
      expect(Buffer.from(tokens[name]!.slice('k8s-aws-v1.'.length), 'base64url').toString()).toBe(url);
    expect(tokens.regional).toBe(GOLDEN_REGIONAL_TOKEN);
  });
});

describe('the STS endpoint aws eks get-token presigns for', () => {
  it('regional by default (botocore >= 1.36), global only under legacy for the legacy regions', () => {
    expect(stsTarget('us-west-2')).toEqual({
      origin: 'https://sts.us-west-2.amazonaws.com',
      signingRegion: 'us-west-2',
    });
    expect(stsTarget('us-west-2', { regionalEndpoints: 'legacy' })).toEqual({
      origin: 'https://sts.amazonaws.com',
      signingRegion: 'us-east-1',
    });
    expect(stsTarget('ap-northeast-2', { regionalEndpoints: 'legacy' })?.origin).toBe(
      'https://sts.ap-northeast-2.amazonaws.com',
    );
    expect(stsTarget('us-gov-west-1')?.origin).toBe('https://sts.us-gov-west-1.amazonaws.com');
  });

  it('an endpoint override (AWS_ENDPOINT_URL_STS) keeps its scheme and port and signs for the region', () => {
    expect(stsTarget('ap-northeast-2', { endpointUrl: 'http://127.0.0.1:5000/' })).toEqual({
      origin: 'http://127.0.0.1:5000',
      signingRegion: 'ap-northeast-2',
    });
  });

  it('partitions it does not know (ISO) and malformed regions: none, so the aws CLI runs instead', () => {
    expect(stsTarget('us-iso-east-1')).toBeUndefined();
    expect(stsTarget('not a region')).toBeUndefined();
    expect(stsTarget('eu-west-1', { endpointUrl: 'ftp://x' })).toBeUndefined();
  });
});
