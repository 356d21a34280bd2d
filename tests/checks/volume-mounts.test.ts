import { describe, expect, it } from 'vitest';
import { volumeMountsCheck } from '../../checks/volume-mounts.ts';
import { runOn, texts } from './container-fixtures.ts';

const PV = 'pvc-0f3c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a098';
const NODE_A = 'ip-10-0-1-23.ap-northeast-2.compute.internal';
const NODE_B = 'ip-10-0-2-45.ap-northeast-2.compute.internal';
const one = (fixture: string, hidden = {}, pod = 'web-7d4b9c8f5d-b2b2b') => {
  const findings = runOn(volumeMountsCheck, fixture, hidden);
  expect(findings).toHaveLength(1);
  const finding = findings[0]!;
  expect(finding.object).toEqual({ kind: 'Pod', name: pod, namespace: 'shop' });
  expect(finding.severity).toBe('error');
  const { en, ko } = texts(finding);
  expect(en).not.toMatch(/\{\w+\}/);
  expect(ko).not.toMatch(/\{\w+\}/);
  return { finding, en };
};

describe('volume-mounts: Multi-Attach', () => {
  it('names the other replica and its node, and says replicas share one RWO claim', () => {
    const { finding, en } = one('multi-attach-replicas');
    expect(finding.code).toBe('volume-mounts.multi-attach');
    expect(finding.cause.params).toEqual({
      volume: PV,
      claim: 'data',
      otherNode: NODE_A,
      otherPod: 'web-7d4b9c8f5d-a1a1a',
      node: NODE_B,
    });
    expect(en).toContain('Both pods belong to Deployment/web');
    expect(en).toContain('StatefulSet with volumeClaimTemplates');
    expect(en).toContain('Claim data has access modes ReadWriteOnce');
    expect(finding.related).toContainEqual({ kind: 'PersistentVolumeClaim', name: 'data', namespace: 'shop' });
    expect(finding.related).toContainEqual({ kind: 'Pod', name: 'web-7d4b9c8f5d-a1a1a', namespace: 'shop' });
    expect(finding.evidence.find((e) => e.reason === 'FailedAttachVolume')).toMatchObject({
      count: 12,
      text: `Multi-Attach error for volume "${PV}" Volume is already used by pod(s) web-7d4b9c8f5d-a1a1a`,
    });
    expect(
      finding.evidence.some((e) => e.reason === 'FailedMount' && e.text.includes('unmounted volumes=[data]')),
    ).toBe(true);
    expect(en).not.toContain('An earlier');
  });

  it('blames an old pod stuck Terminating ("exclusively attached" wording) and prints, not runs, the force delete', () => {
    const { finding, en } = one('multi-attach-terminating');
    expect(finding.cause.params).toMatchObject({ otherPod: 'web-7d4b9c8f5d-a1a1a', otherNode: NODE_A });
    expect(en).toContain('is being deleted (since 2026-11-24T07:40:00Z)');
    expect(finding.commands).toContain('kubectl delete pod web-7d4b9c8f5d-a1a1a -n shop --grace-period=0 --force');
  });

  it('explains a rolling update of a one-replica Deployment and suggests strategy Recreate', () => {
    const { finding, en } = one('multi-attach-rolling-update', {}, 'web-5c6d7e8f9a-c3c3c');
    expect(finding.cause.params).toMatchObject({ otherPod: 'web-7d4b9c8f5d-a1a1a' });
    expect(en).toContain('rolling update');
    expect(en).toContain('strategy.type: Recreate');
  });

  it('does not name another pod when claims are not visible and the message names none', () => {
    const { finding, en } = one(
      'multi-attach-rolling-update',
      { persistentVolumeClaims: 'forbidden', persistentVolumes: 'forbidden' },
      'web-5c6d7e8f9a-c3c3c',
    );
    expect(finding.cause.key).toBe('check.volume-mounts.cause.multi-attach');
    expect(finding.cause.params).toEqual({ volume: PV, node: NODE_B });
    expect(en).toContain('could not be found');
  });
});

describe('volume-mounts: the current cause is the newest event, older ones stay evidence', () => {
  it('a Multi-Attach error that cleared (SuccessfulAttachVolume since) does not outrank the newer MountDevice failure', () => {
    const { finding, en } = one('multi-attach-cleared-mount-device');
    expect(finding.code).toBe('volume-mounts.mount-device-failed');
    expect(en).toContain('An earlier Multi-Attach error (last seen 2026-11-24T07:40:05Z) has stopped since');
    expect(finding.cause.params).toEqual({ volume: PV, node: NODE_B });
    expect(finding.evidence.find((e) => e.text.startsWith('Multi-Attach error'))).toMatchObject({
      lastSeen: '2026-11-24T07:40:05Z',
    });
    expect(finding.evidence.some((e) => e.reason === 'SuccessfulAttachVolume')).toBe(true);
    expect(finding.related ?? []).not.toContainEqual(expect.objectContaining({ kind: 'Pod' }));
  });

  it('a Multi-Attach error older than a different attach failure is history', () => {
    const { finding } = one('multi-attach-then-attach-failed');
    expect(finding.code).toBe('volume-mounts.attach-failed');
    expect(finding.evidence.some((e) => e.text.startsWith('Multi-Attach error'))).toBe(true);
  });

  it('a Multi-Attach error that cleared leaves only the kubelet timeout, not Multi-Attach, as the cause', () => {
    const { finding } = one('multi-attach-cleared-timeout');
    expect(finding.code).toBe('volume-mounts.mount-timeout');
    expect(finding.evidence.some((e) => e.text.startsWith('Multi-Attach error'))).toBe(true);
  });

  it('a Multi-Attach error still being reported outranks an older attach failure', () => {
    const { finding, en } = one('attach-failed-then-multi-attach');
    expect(finding.code).toBe('volume-mounts.multi-attach');
    expect(en).toContain('An earlier FailedAttachVolume error (last seen 2026-11-24T07:45:10Z) has stopped since');
    expect(finding.evidence.some((e) => e.text.startsWith('AttachVolume.Attach failed'))).toBe(true);
  });
});

describe('volume-mounts: ConfigMap and Secret volumes', () => {
  it('names the missing ConfigMap and the similar one', () => {
    const { finding, en } = one('missing-configmap');
    expect(finding.code).toBe('volume-mounts.missing-source');
    expect(finding.cause.params).toEqual({ volume: 'config', kind: 'ConfigMap', name: 'app-confg', namespace: 'shop' });
    expect(en).toContain('similar name exists: app-config');
  });

  it('says ConfigMaps are not visible instead of guessing similar names', () => {
    const { en } = one('missing-configmap', { configMaps: 'forbidden' });
    expect(en).toContain('ConfigMaps are not visible to you (forbidden)');
    expect(en).not.toContain('similar name exists');
  });

  it('names the missing key and the keys the ConfigMap has', () => {
    const { finding, en } = one('missing-key');
    expect(finding.code).toBe('volume-mounts.missing-key');
    expect(finding.cause.params).toEqual({ volume: 'config', key: 'nginx.conf', kind: 'ConfigMap' });
    expect(en).toContain('The ConfigMap "app-config" has the keys: default.conf, mime.types');
  });
});

describe('volume-mounts: CSI and timeouts', () => {
  it('recognises a CSI driver not registered on the node, over the timeout summary', () => {
    const { finding } = one('csi-not-registered');
    expect(finding.code).toBe('volume-mounts.csi-driver-not-registered');
    expect(finding.cause.params).toEqual({ volume: PV, driver: 'ebs.csi.aws.com', node: NODE_B });
  });

  it('passes other MountDevice failures through verbatim', () => {
    const { finding } = one('mount-device-failed');
    expect(finding.code).toBe('volume-mounts.mount-device-failed');
    expect(finding.evidence[0]?.text).toContain('is apparently in use by the system');
  });

  it('reports an attach failure and notes the IAM denial of the driver', () => {
    const { finding, en } = one('attach-failed-iam');
    expect(finding.code).toBe('volume-mounts.attach-failed');
    expect(en).toContain('IAM role');
    expect(finding.evidence.some((e) => e.text.includes('ec2:AttachVolume'))).toBe(true);
  });

  it('with only the timeout (both generations), names the unmounted volume and its claim', () => {
    const { finding, en } = one('timeout-only');
    expect(finding.code).toBe('volume-mounts.mount-timeout');
    expect(finding.cause.params).toEqual({ volumes: 'data' });
    expect(en).toContain('Volume data comes from claim data');
    expect(finding.evidence.filter((e) => e.reason === 'FailedMount')).toHaveLength(2);
  });
});

describe('volume-mounts: pod sandbox', () => {
  it('reads VPC CNI IP exhaustion', () => {
    const { finding, en } = one('ip-exhausted');
    expect(finding.code).toBe('volume-mounts.ip-exhausted');
    expect(finding.cause.params).toEqual({ node: NODE_B });
    expect(en).toContain('ENABLE_PREFIX_DELEGATION');
  });

  it('passes other sandbox failures through verbatim', () => {
    const { finding } = one('sandbox-other');
    expect(finding.code).toBe('volume-mounts.sandbox-failed');
    expect(finding.evidence[0]?.text).toContain('cpu.cfs_quota_us: invalid argument');
  });
});

describe('volume-mounts: healthy', () => {
  it('ignores old mount events of a running pod', () => {
    expect(runOn(volumeMountsCheck, 'healthy')).toEqual([]);
  });
});
