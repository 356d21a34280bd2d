import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { podAccount, sameCluster, serviceAccountName } from '../../lib/health/in-cluster-access.ts';
import { describeWithTools } from '../support/requirements.ts';
import { makeTestCerts, type TestCerts } from '../support/test-certs.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describeWithTools(['openssl'], 'health-check --in-cluster: is this pod in the described cluster?', () => {
  let ours: TestCerts;
  let theirs: TestCerts;
  let dir: string;
  const account = (ca: string, token = 'x') => {
    writeFileSync(join(dir, 'ca.crt'), ca);
    writeFileSync(join(dir, 'token'), token);
    return { server: 'https://10.100.0.1:443', caFile: join(dir, 'ca.crt'), tokenFile: join(dir, 'token') };
  };

  beforeAll(async () => {
    [ours, theirs] = await Promise.all([makeTestCerts(), makeTestCerts()]);
    dir = mkdtempSync(join(tmpdir(), 'in-cluster-access-'));
  });
  const made: string[] = [];
  afterAll(() => {
    for (const path of [ours?.dir, theirs?.dir, dir, ...made]) if (path) rmSync(path, { recursive: true, force: true });
  });

  it('matches by certificate, not by text: the same CA re-encoded, or inside a bundle while the CA rotates', () => {
    expect(sameCluster(account(ours.caPem), 'shop', b64(ours.caPem))).toBeUndefined();
    expect(sameCluster(account(`${ours.caPem.trim()}\r\n\r\n`), 'shop', b64(ours.caPem))).toBeUndefined();
    const bundle = `${theirs.caPem}\n${ours.caPem}`;
    expect(sameCluster(account(bundle), 'shop', b64(ours.caPem))).toBeUndefined();
    expect(sameCluster(account(ours.caPem), 'shop', b64(bundle))).toBeUndefined();
  });

  it("refuses another cluster's CA, a DescribeCluster CA that is no certificate, and an unreadable mount", () => {
    expect(sameCluster(account(ours.caPem), 'batch', b64(theirs.caPem))?.problem).toEqual({
      key: 'health.inCluster.otherCluster',
      params: { cluster: 'batch', path: join(dir, 'ca.crt') },
    });
    expect(sameCluster(account(ours.caPem), 'batch', 'bm90IGEgY2VydA==')?.problem.key).toBe(
      'health.inCluster.otherCluster',
    );
    expect(sameCluster(account('garbage'), 'shop', b64(ours.caPem))?.problem).toEqual({
      key: 'health.inCluster.caUnreadable',
      params: { path: join(dir, 'ca.crt'), reason: 'not a PEM certificate' },
    });
    const missing = { ...account(ours.caPem), caFile: join(dir, 'none.crt') };
    expect(sameCluster(missing, 'shop', b64(ours.caPem))?.problem.params).toMatchObject({ reason: 'ENOENT' });
  });

  it("names the service account from the token's sub, and falls back without guessing when it is not a JWT", () => {
    const jwt = (claims: object) =>
      ['{"alg":"RS256"}', JSON.stringify(claims), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');
    const sa = 'system:serviceaccount:eks-guide:eks-guide-health-check';
    expect(serviceAccountName(account(ours.caPem, `${jwt({ sub: sa })}\n`))).toBe(sa);
    // Cluster text is untrusted: a sub that is not a service-account name is not printed.
    expect(serviceAccountName({ ...account(ours.caPem, jwt({ sub: 'x\u001b[2J' })), namespace: 'eks-guide' })).toBe(
      'system:serviceaccount:eks-guide:?',
    );
    expect(serviceAccountName(account(ours.caPem, 'opaque-token'))).toBe('system:serviceaccount:?:?');
  });

  it('says why --in-cluster cannot be used: not in a pod, or no token mounted', () => {
    expect(podAccount({})).toMatchObject({ problem: { key: 'health.inCluster.notInPod' } });
    const empty = mkdtempSync(join(tmpdir(), 'no-sa-'));
    made.push(empty);
    const env = { KUBERNETES_SERVICE_HOST: '10.100.0.1', KUBERNETES_SERVICE_PORT: '443' };
    expect(podAccount({ ...env, EKS_GUIDE_SERVICE_ACCOUNT_DIR: empty })).toMatchObject({
      problem: { key: 'health.inCluster.noToken', params: { path: join(empty, 'token') } },
    });
    account(ours.caPem);
    writeFileSync(join(dir, 'namespace'), 'eks-guide\n');
    expect(podAccount({ ...env, EKS_GUIDE_SERVICE_ACCOUNT_DIR: dir })).toMatchObject({
      server: 'https://10.100.0.1:443',
      namespace: 'eks-guide',
    });
  });
});
