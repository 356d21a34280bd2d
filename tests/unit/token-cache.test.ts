import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCachedToken, tokenCacheDir, tokenCachePath, writeCachedToken } from '../../lib/aws/token-cache.ts';
import { main } from '../../scripts/token.ts';

const T0 = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'token-cache-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('token cache', () => {
  it('lives in $XDG_CACHE_HOME/eks-guide, else ~/.kube/cache/eks-guide', () => {
    expect(tokenCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/a' })).toBe('/x/cache/eks-guide');
    expect(tokenCacheDir({ HOME: '/home/a' })).toBe('/home/a/.kube/cache/eks-guide');
  });

  it('one file per cluster, region, role, profile and environment key; the same inputs share one', () => {
    const env = { XDG_CACHE_HOME: dir, AWS_ACCESS_KEY_ID: 'AKIDA' };
    const base = tokenCachePath({ clusterId: 'prod', region: 'ap-northeast-2' }, env);
    expect(tokenCachePath({ clusterId: 'prod', region: 'ap-northeast-2' }, env)).toBe(base);
    const others = [
      tokenCachePath({ clusterId: 'dev', region: 'ap-northeast-2' }, env),
      tokenCachePath({ clusterId: 'prod', region: 'us-east-1' }, env),
      tokenCachePath({ clusterId: 'prod', region: 'ap-northeast-2', roleArn: 'arn:aws:iam::1:role/r' }, env),
      tokenCachePath({ clusterId: 'prod', region: 'ap-northeast-2', profile: 'ops' }, env),
      tokenCachePath({ clusterId: 'prod', region: 'ap-northeast-2' }, { ...env, AWS_PROFILE: 'ops' }),
      tokenCachePath({ clusterId: 'prod', region: 'ap-northeast-2' }, { ...env, AWS_ACCESS_KEY_ID: 'AKIDB' }),
    ];
    expect(new Set([base, ...others]).size).toBe(7);
    expect(base).not.toContain('prod');
  });

  it('is written 0600 in a 0700 directory and served until a minute before expiry', async () => {
    const path = join(dir, 'eks-guide', 'token-a.json');
    const token = { token: 'k8s-aws-v1.abc', expirationTimestamp: at(14 * MIN).toISOString() };
    await writeCachedToken(path, token);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'eks-guide'))).mode & 0o777).toBe(0o700);
    expect(await readCachedToken(path, at(12 * MIN))).toEqual(token);
    expect(await readCachedToken(path, at(13 * MIN + 1000))).toBeUndefined();
    await chmod(path, 0o644);
    expect(await readCachedToken(path, T0)).toBeUndefined();
  });
});

describe('eks-guide token (fixed clock, static credentials, no network)', () => {
  const env = () => ({
    XDG_CACHE_HOME: dir,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    LANG: 'en_US.UTF-8',
  });
  async function run(now: Date, e: NodeJS.ProcessEnv = env()) {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    const code = await main(['--cluster', 'shop-prod', '--region', 'ap-northeast-2'], e, () => now);
    vi.restoreAllMocks();
    return { code, stdout: out.join(''), stderr: err.join('') };
  }
  const tokenOf = (stdout: string) => (JSON.parse(stdout) as { status: { token: string } }).status.token;

  it('prints the golden token, reuses it from the cache, and makes a new one a minute before expiry', async () => {
    const first = await run(T0);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe(
      `{\n    "kind": "ExecCredential",\n    "apiVersion": "client.authentication.k8s.io/v1beta1",\n    "spec": {},\n    "status": {\n        "expirationTimestamp": "2026-01-02T03:18:05Z",\n        "token": "${tokenOf(first.stdout)}"\n    }\n}\n\n`,
    );
    // The same token tests/unit/eks-token.test.ts pins from the aws CLI's own code.
    expect(tokenOf(first.stdout)).toBe(
      'k8s-aws-v1.aHR0cHM6Ly9zdHMuYXAtbm9ydGhlYXN0LTIuYW1hem9uYXdzLmNvbS8_QWN0aW9uPUdldENhbGxlcklkZW50aXR5JlZlcnNpb249MjAxMS0wNi0xNSZYLUFtei1BbGdvcml0aG09QVdTNC1ITUFDLVNIQTI1NiZYLUFtei1DcmVkZW50aWFsPUFLSURFWEFNUExFJTJGMjAyNjAxMDIlMkZhcC1ub3J0aGVhc3QtMiUyRnN0cyUyRmF3czRfcmVxdWVzdCZYLUFtei1EYXRlPTIwMjYwMTAyVDAzMDQwNVomWC1BbXotRXhwaXJlcz02MCZYLUFtei1TaWduZWRIZWFkZXJzPWhvc3QlM0J4LWs4cy1hd3MtaWQmWC1BbXotU2lnbmF0dXJlPTNiMDRhMDE3Zjg1MjYwNDVmOTg4YTEyOGRkY2U5YjEyOGU0ZWRlM2Q5MjNkNjI2ZmI1YWU4N2NmNjA4MGY2YTU',
    );
    expect(tokenOf((await run(at(12 * MIN))).stdout)).toBe(tokenOf(first.stdout));
    const renewed = await run(at(13 * MIN + 30_000));
    expect(tokenOf(renewed.stdout)).not.toBe(tokenOf(first.stdout));
    expect(await readdir(join(dir, 'eks-guide'))).toHaveLength(1);
  });

  it('answers the apiVersion kubectl asks for in KUBERNETES_EXEC_INFO', async () => {
    const out = await run(T0, {
      ...env(),
      KUBERNETES_EXEC_INFO: '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}',
    });
    expect(JSON.parse(out.stdout)).toMatchObject({ apiVersion: 'client.authentication.k8s.io/v1' });
  });

  it('without credentials: exit 1, the reason and a command to check, no token anywhere', async () => {
    const e: NodeJS.ProcessEnv = {
      XDG_CACHE_HOME: dir,
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_EC2_METADATA_DISABLED: 'true',
      LANG: 'en_US.UTF-8',
      AWS_PROFILE: 'nope',
    };
    const out = await run(T0, e);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('Could not make an EKS token for shop-prod');
    expect(out.stderr).toContain('aws sts get-caller-identity --region ap-northeast-2');
  });
});

describe('eks-guide token usage errors (exit 2)', () => {
  it.each([
    [[], 'Option --cluster is required'],
    [['--cluster', 'prod.x'], 'is not a valid EKS cluster name'],
    [['--cluster', 'prod', '--role-arn', 'arn:aws:sts::1:assumed-role/a/b'], 'is not an IAM role ARN'],
    [['--cluster', 'prod', '--bogus'], 'Unknown option: --bogus'],
    [['--lang', 'ko'], '--cluster 옵션이 필요합니다'],
  ])('%j', async (argv, text) => {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    const out = vi.spyOn(process.stdout, 'write');
    expect(await main(argv, { LANG: 'en_US.UTF-8' })).toBe(2);
    expect(err.join('')).toContain(text);
    expect(out).not.toHaveBeenCalled();
  });
});
