import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inClusterAccount, SERVICE_ACCOUNT_DIR, tokenFileAuthorization } from '../../lib/doctor/in-cluster-config.ts';

describe('inClusterAccount', () => {
  it('is nothing outside a pod, and needs both the service host and port', () => {
    expect(inClusterAccount({})).toBeUndefined();
    expect(inClusterAccount({ KUBERNETES_SERVICE_HOST: '10.100.0.1' })).toBeUndefined();
  });

  it('reads the service address (IPv6 in brackets) and the mounted files, trimming the namespace file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-'));
    writeFileSync(join(dir, 'namespace'), 'shop\n');
    expect(
      inClusterAccount({
        KUBERNETES_SERVICE_HOST: 'fd00::1',
        KUBERNETES_SERVICE_PORT: '443',
        EKS_GUIDE_SERVICE_ACCOUNT_DIR: dir,
      }),
    ).toEqual({
      server: 'https://[fd00::1]:443',
      tokenFile: join(dir, 'token'),
      caFile: join(dir, 'ca.crt'),
      namespace: 'shop',
    });
    expect(inClusterAccount({ KUBERNETES_SERVICE_HOST: '10.100.0.1', KUBERNETES_SERVICE_PORT: '443' })?.tokenFile).toBe(
      `${SERVICE_ACCOUNT_DIR}/token`,
    );
  });
});

describe('tokenFileAuthorization', () => {
  it('re-reads the token when the file changes, and at least once a minute even if its time does not', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sa-token-')), 'token');
    const mtime = new Date(1_700_000_000_000);
    writeFileSync(file, 'first\n');
    utimesSync(file, mtime, mtime);
    let now = 1_000_000;
    const header = tokenFileAuthorization(file, () => now);
    expect(header()).toBe('Bearer first');
    // Same modification time (a coarse file system): the cached token is kept for up to a minute.
    writeFileSync(file, 'second');
    utimesSync(file, mtime, mtime);
    now += 30_000;
    expect(header()).toBe('Bearer first');
    now += 30_000;
    expect(header()).toBe('Bearer second');
    // A new file time is read at once.
    writeFileSync(file, 'third');
    const later = new Date(mtime.getTime() + 10_000);
    utimesSync(file, later, later);
    expect(header()).toBe('Bearer third');
  });
});
