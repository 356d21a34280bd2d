import { describe, expect, it } from 'vitest';
import { statefulsetsCheck as check } from '../../checks/statefulsets.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';

const run = (files: string[], hidden?: KindName[]) =>
  runCheck(check, snapshotOf('statefulsets', ['classes.json', ...files], { hidden }));

describe('statefulsets', () => {
  it('names the ordinal that blocks an OrderedReady StatefulSet and the pods waiting behind it', () => {
    const findings = run(['stuck-ordinal.json']);
    expect(findings).toHaveLength(1);
    const f = findingFor(findings, 'StatefulSet', 'db');
    expect(f.code).toBe('statefulsets.not-ready');
    expect(f.severity).toBe('warning');
    expect(f.cause.key).toBe('check.statefulsets.cause.stuck-at-pod');
    expect(f.cause.params).toMatchObject({
      pod: 'db-1',
      next: 'db-2',
      ready: 1,
      replicas: 3,
      problem: 'CrashLoopBackOff [container=app, exitCode=1]',
    });
    expect(f.related?.[0]).toEqual({ kind: 'Pod', name: 'db-1', namespace: 'shop' });
    expect(text(f)).toContain('db-2 and the pods after it are created only once db-1 is Ready');
    expect(f.commands).toContain('kubectl describe pod db-1 -n shop');
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'event',
        reason: 'SuccessfulCreate',
        text: 'create Pod db-1 in StatefulSet db successful',
      }),
    );
    expect(text(f, 'ko')).toContain('db-1');
  });

  it('calls 0/N ready an error, for a pending first pod, for Parallel pods, and names a pod that was never created', () => {
    const findings = run(['none-ready.json']);
    const kafka = findingFor(findings, 'StatefulSet', 'kafka');
    expect(kafka).toMatchObject({ code: 'statefulsets.none-ready', severity: 'error' });
    expect(kafka.cause.params).toMatchObject({ pod: 'kafka-0', problem: 'Unschedulable' });
    expect(text(kafka)).toContain('Pod kafka-0 (not on a node yet): Unschedulable.');
    expect(kafka.evidence).toContainEqual(
      expect.objectContaining({
        text: expect.stringContaining('0/3 nodes are available: 3 Insufficient cpu.') as unknown,
      }),
    );

    const cache = findingFor(findings, 'StatefulSet', 'cache');
    expect(cache).toMatchObject({ code: 'statefulsets.none-ready', severity: 'error' });
    expect(cache.cause.key).toBe('check.statefulsets.cause.none-ready');
    expect(text(cache)).toContain('Pods not Ready: 2× ImagePullBackOff.');
    expect(cache.related).toHaveLength(2);

    const queue = findingFor(findings, 'StatefulSet', 'queue');
    expect(queue).toMatchObject({ code: 'statefulsets.not-ready', severity: 'warning' });
    expect(queue.cause).toMatchObject({ key: 'check.statefulsets.cause.pod-missing', params: { pod: 'queue-1' } });
    expect(text(queue)).toContain('FailedCreate events of StatefulSet queue');
    expect(queue.evidence[0]).toMatchObject({ reason: 'FailedCreate', count: 14 });
  });

  it('finds an update stuck on a broken pod of the new revision and says to delete it after the fix', () => {
    const f = findingFor(run(['update-stuck.json']), 'StatefulSet', 'ledger');
    expect(f.code).toBe('statefulsets.update-stuck');
    expect(f.severity).toBe('warning');
    expect(f.cause.params).toMatchObject({ pod: 'ledger-2', revision: 'ledger-7f8e9d0c1' });
    expect(text(f)).toContain('Current revision ledger-6d5f7c8b9, update revision ledger-7f8e9d0c1.');
    expect(f.commands).toContain('kubectl delete pod ledger-2 -n shop');
    expect(f.related?.[0]).toEqual({ kind: 'Pod', name: 'ledger-2', namespace: 'shop' });
  });

  it('warns about a missing or non-headless governing Service and a claim template naming no StorageClass', () => {
    const findings = run(['config.json']);
    const redis = findingFor(findings, 'StatefulSet', 'redis');
    expect(redis).toMatchObject({ code: 'statefulsets.service-missing', severity: 'warning' });
    expect(redis.cause.params).toMatchObject({ service: 'redis-headless' });
    const mongo = findingFor(findings, 'StatefulSet', 'mongo');
    expect(mongo).toMatchObject({ code: 'statefulsets.service-not-headless', severity: 'warning' });
    expect(text(mongo)).toContain('Its clusterIP is 10.100.12.7');
    const search = findings.filter((f) => f.object.name === 'search');
    expect(search.map((f) => f.code).sort()).toEqual(['statefulsets.none-ready', 'statefulsets.storage-class-missing']);
    const sc = search.find((f) => f.code === 'statefulsets.storage-class-missing')!;
    expect(sc.severity).toBe('error');
    expect(sc.cause.params).toMatchObject({ storageClass: 'fast-ssd', claim: 'data' });
    expect(text(sc)).toContain('StorageClasses in the cluster: gp2, gp3.');
  });

  it('does not name pods, services or classes it could not see', () => {
    const db = findingFor(run(['stuck-ordinal.json'], ['pods']), 'StatefulSet', 'db');
    expect(db.cause.key).toBe('check.statefulsets.cause.not-ready');
    expect(text(db)).toContain('Pods are not visible to you (forbidden)');
    expect(db.related).toBeUndefined();
    const config = run(['config.json'], ['services', 'storageClasses']);
    expect(config.map((f) => f.code)).toEqual(['statefulsets.none-ready']);
  });

  it('reports a pod still being created during a scale-up as info', () => {
    const f = findingFor(run(['starting.json']), 'StatefulSet', 'db');
    expect(f).toMatchObject({
      code: 'statefulsets.starting',
      severity: 'info',
      cause: { params: { ready: 2, replicas: 3 } },
    });
    expect(text(f)).toContain(
      'Pod db-2 on node ip-10-0-1-23.ap-northeast-2.compute.internal: ContainerCreating [container=app].',
    );
  });

  it('says nothing about ready StatefulSets, one scaled to zero, or an update rolling along', () => {
    expect(run(['healthy.json'])).toEqual([]);
  });
});
