import { describe, expect, it } from 'vitest';
import { evictionsCheck } from '../../checks/evictions.ts';
import { runOn, texts } from './container-fixtures.ts';

const one = (fixture: string) => {
  const findings = runOn(evictionsCheck, fixture);
  expect(findings).toHaveLength(1);
  const finding = findings[0]!;
  const { en, ko } = texts(finding);
  expect(en).not.toMatch(/\{\w+\}/);
  expect(ko).not.toMatch(/\{\w+\}/);
  return { finding, en };
};

describe('evictions: node pressure', () => {
  it('groups the evicted pods of a Deployment, with threshold, availability and per-container use (both message generations)', () => {
    const { finding, en } = one('memory-pressure');
    expect(finding).toMatchObject({
      code: 'evictions.node-pressure',
      object: { kind: 'Deployment', name: 'api', namespace: 'shop' },
      owner: { kind: 'Deployment', name: 'api' },
    });
    expect(finding.cause.params).toEqual({ count: 3, owner: 'Deployment/api', resource: 'memory' });
    expect(en).toContain(
      'Pod api-6f8d9b7c4d-ev001 on node ip-10-0-1-23.ap-northeast-2.compute.internal at 2026-11-24T07:35:00Z: memory was down to 84Mi (eviction threshold 100Mi).',
    );
    expect(en).toContain('Container app of pod api-6f8d9b7c4d-ev003 was using 1.5Gi with a request of 0.');
    expect(en).toContain('Container app of pod api-6f8d9b7c4d-ev002 was using 1843200Ki with a request of 256Mi.');
    expect(en).toContain('no request (request is 0)');
    expect(finding.related).toHaveLength(3);
    expect(finding.evidence[0]?.text).toMatch(/^api-6f8d9b7c4d-ev001: The node was low on resource: memory/);
    expect(finding.lastSeen).toBe('2026-11-24T07:35:00Z');
  });

  it('is a warning while evictions are recent (within the hour) and prints no cleanup for a few pods', () => {
    const { finding, en } = one('memory-pressure');
    expect(finding.severity).toBe('warning');
    expect(en).toContain('less than an hour');
    expect(finding.commands).not.toContain('kubectl delete pod -n shop --field-selector=status.phase=Failed');
  });

  it('treats many stale evicted records as info and prints the cleanup command', () => {
    const { finding, en } = one('stale-disk-pressure');
    expect(finding).toMatchObject({
      code: 'evictions.node-pressure',
      severity: 'info',
      object: { kind: 'Deployment', name: 'web' },
    });
    expect(finding.cause.params).toMatchObject({ count: 6, resource: 'ephemeral-storage' });
    expect(en).toContain('Namespace shop holds 6 Failed pods in all.');
    expect(finding.commands).toContain('kubectl delete pod -n shop --field-selector=status.phase=Failed');
    expect(en).toContain('and 1 more pod(s)');
    expect(finding.evidence).toHaveLength(6);
  });

  it('reads the older "node had condition: [DiskPressure]" form for a bare pod, which nothing recreates', () => {
    const { finding, en } = one('bare-pod');
    expect(finding).toMatchObject({
      code: 'evictions.node-pressure',
      severity: 'warning',
      object: { kind: 'Pod', name: 'debug-shell', namespace: 'shop' },
    });
    expect(finding.owner).toBeUndefined();
    expect(finding.cause.params).toMatchObject({ resource: 'DiskPressure' });
    expect(en).toContain('nothing recreates it');
  });
});

describe('evictions: other ways a node ends a pod', () => {
  it('recognises the pod ephemeral-storage limit in all three wordings', () => {
    const { finding } = one('ephemeral-limit');
    expect(finding.code).toBe('evictions.ephemeral-storage-limit');
    expect(finding.cause.params).toMatchObject({ count: 3 });
    expect(finding.severity).toBe('info');
  });

  it('recognises a node shutdown', () => {
    const { finding, en } = one('node-shutdown');
    expect(finding.code).toBe('evictions.node-shutdown');
    expect(finding.severity).toBe('info');
    expect(en).toContain('PodDisruptionBudget');
  });

  it('passes a kubelet admission rejection through with its reason', () => {
    const { finding } = one('rejected');
    expect(finding.code).toBe('evictions.rejected');
    expect(finding.cause.params).toMatchObject({ reason: 'OutOfcpu' });
    expect(finding.evidence[0]?.text).toContain(
      "Node didn't have enough resource: cpu, requested: 2000, used: 1500, capacity: 2000",
    );
  });
});

describe('evictions: not visible', () => {
  it('names the ReplicaSet, not a guessed Deployment, when ReplicaSets are forbidden', () => {
    const findings = runOn(evictionsCheck, 'memory-pressure', { replicaSets: 'forbidden' });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.object).toEqual({ kind: 'ReplicaSet', name: 'api-6f8d9b7c4d', namespace: 'shop' });
    expect(findings[0]!.cause.params).toMatchObject({ owner: 'ReplicaSet/api-6f8d9b7c4d', count: 3 });
  });
});

describe('evictions: healthy', () => {
  it('ignores running and succeeded pods and container failures without a pod reason', () => {
    expect(runOn(evictionsCheck, 'healthy')).toEqual([]);
  });
});
