import { describe, expect, it } from 'vitest';
import { containerConfigCheck } from '../../checks/container-config.ts';
import { onlyFinding, runOn, texts } from './container-fixtures.ts';

const POD = { kind: 'Pod', name: 'api-6f8d9b7c4d-q7w2e', namespace: 'shop' };
const one = (fixture: string, hidden = {}) => {
  const { finding, en } = onlyFinding(containerConfigCheck, fixture, hidden);
  // Values never leave the snapshot: the fixtures' base64 value must not appear anywhere.
  expect(JSON.stringify(finding)).not.toContain('c2VjcmV0');
  return { finding, en };
};

describe('container-config: CreateContainerConfigError', () => {
  it('names the missing Secret, where it is used, and the similarly named one', () => {
    const { finding, en } = one('missing-secret');
    expect(finding).toMatchObject({
      code: 'container-config.missing-object',
      severity: 'error',
      object: POD,
      owner: { kind: 'Deployment', name: 'api' },
    });
    expect(finding.cause.params).toEqual({
      container: 'app',
      kind: 'Secret',
      name: 'db-credential',
      namespace: 'shop',
    });
    expect(en).toContain('Referenced by env DB_PASSWORD (secretKeyRef)');
    expect(en).toContain('A Secret with a similar name exists: db-credentials');
    expect(en).not.toContain('tls-cert');
    expect(finding.related).toEqual([{ kind: 'Secret', name: 'db-credential', namespace: 'shop' }]);
    expect(finding.evidence.find((e) => e.reason === 'Failed')).toMatchObject({
      text: 'Error: secret "db-credential" not found',
      count: 14,
    });
  });

  it('names a missing ConfigMap read by envFrom and a longer name that exists', () => {
    const { finding, en } = one('missing-configmap');
    expect(finding.code).toBe('container-config.missing-object');
    expect(finding.cause.params).toMatchObject({ kind: 'ConfigMap', name: 'app-config' });
    expect(en).toContain('Referenced by envFrom (configMapRef)');
    expect(en).toContain('app-config-v2');
    expect(finding.commands).toContain('kubectl get configmap -n shop');
  });

  it('names the missing Secret key and lists the key names the Secret has (names only)', () => {
    const { finding, en } = one('missing-secret-key');
    expect(finding.code).toBe('container-config.missing-key');
    expect(finding.cause.params).toEqual({ container: 'app', kind: 'Secret', name: 'db-credentials', key: 'password' });
    expect(en).toContain('The Secret "db-credentials" has the keys: pass, username.');
    expect(finding.commands).toContain('kubectl describe secret db-credentials -n shop');
  });

  it('names the missing ConfigMap key (keys are case-sensitive)', () => {
    const { finding, en } = one('missing-configmap-key');
    expect(finding.cause.params).toMatchObject({ kind: 'ConfigMap', name: 'app-config', key: 'LOG_LEVEL' });
    expect(en).toContain('has the keys: APP_MODE, log_level');
  });

  it('says it cannot list names when Secrets are forbidden, but still names the missing one from the kubelet', () => {
    const { finding, en } = one('missing-secret', { secrets: 'forbidden' });
    expect(finding.cause.params).toMatchObject({ name: 'db-credential' });
    expect(en).toContain('Secrets are not visible to you (forbidden)');
    expect(en).not.toContain('with a similar name exists');
  });

  it('explains runAsNonRoot with a root image', () => {
    const { finding, en } = one('run-as-non-root');
    expect(finding.code).toBe('container-config.run-as-non-root');
    expect(en).toContain('runAsUser');
  });

  it('passes CreateContainerError and unrecognised config errors through verbatim', () => {
    const create = one('create-error').finding;
    expect(create.code).toBe('container-config.create-error');
    expect(create.evidence[0]?.text).toContain('mkdir /mnt/data: read-only file system');
    const unknown = one('config-error-unknown').finding;
    expect(unknown.code).toBe('container-config.config-error');
    expect(unknown.evidence[0]?.text).toContain('failed to sync secret cache');
  });
});

describe('container-config: pods that have not started', () => {
  it('warns about a missing env Secret and a missing volume ConfigMap of an unscheduled pod, not the optional one', () => {
    const findings = runOn(containerConfigCheck, 'unstarted');
    expect(findings.map((f) => f.code)).toEqual([
      'container-config.unstarted-missing-object',
      'container-config.unstarted-missing-object',
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[0]!.cause.params).toMatchObject({
      pod: 'api-6f8d9b7c4d-u1n2s',
      container: 'app',
      kind: 'Secret',
      name: 'db-credential',
    });
    expect(texts(findings[0]!).en).toContain('db-credentials');
    expect(findings[1]!.cause.params).toMatchObject({ kind: 'ConfigMap', name: 'app-config', container: 'app' });
    expect(texts(findings[1]!).en).toContain('Referenced by volume config');
  });

  it('names nothing it could not verify when ConfigMaps and Secrets are forbidden', () => {
    expect(runOn(containerConfigCheck, 'unstarted', { secrets: 'forbidden', configMaps: 'forbidden' })).toEqual([]);
  });
});

describe('container-config: healthy', () => {
  it('ignores running pods, optional references, and volume sources of scheduled pods (volume-mounts reports those)', () => {
    expect(runOn(containerConfigCheck, 'healthy')).toEqual([]);
  });
});
