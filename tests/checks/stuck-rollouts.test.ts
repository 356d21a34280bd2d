import { describe, expect, it } from 'vitest';
import { stuckRolloutsCheck as check } from '../../checks/stuck-rollouts.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';

const run = (files: string[], hidden?: KindName[]) => runCheck(check, snapshotOf('stuck-rollouts', files, { hidden }));

describe('stuck-rollouts', () => {
  it('reports a rollout past its deadline, names the failing new pod and offers the revision that still serves', () => {
    const f = findingFor(run(['deadline-exceeded.json']), 'Deployment', 'web');
    expect(f.code).toBe('stuck-rollouts.deadline-exceeded');
    expect(f.severity).toBe('error');
    expect(f.cause.params).toMatchObject({ replicaSet: 'web-7d9c8b6f5', revision: '2', deadline: 600 });
    const en = text(f);
    expect(en).toContain('Pods of ReplicaSet web-7d9c8b6f5: 1× ImagePullBackOff.');
    expect(en).toContain(
      'Pod web-7d9c8b6f5-x2vbn on node ip-10-0-1-23.ap-northeast-2.compute.internal: ImagePullBackOff [container=app].',
    );
    expect(en).toContain('The previous ReplicaSet web-5c6b7d8e9 (revision 1) still serves 3 available pods.');
    expect(en).toContain('roll back to revision 1, which is still running');
    expect(f.related).toEqual([{ kind: 'Pod', name: 'web-7d9c8b6f5-x2vbn', namespace: 'shop' }]);
    expect(f.commands).toEqual([
      'kubectl rollout status deployment/web -n shop',
      'kubectl describe pod web-7d9c8b6f5-x2vbn -n shop',
      'kubectl rollout history deployment/web -n shop',
      'kubectl rollout undo deployment/web -n shop',
    ]);
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        reason: 'Progressing',
        text: 'False ProgressDeadlineExceeded: ReplicaSet "web-7d9c8b6f5" has timed out progressing.',
      }),
    );
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'event',
        reason: 'ScalingReplicaSet',
        text: 'Scaled up replica set web-7d9c8b6f5 from 0 to 1',
      }),
    );
    expect(f.evidence).toContainEqual(
      expect.objectContaining({ source: 'status', text: 'Back-off pulling image "ghcr.io/acme/web:1.5.0"' }),
    );
    expect(f.firstSeen).toBe('2025-11-24T09:10:00Z');
    expect(text(f, 'ko')).toContain('web-7d9c8b6f5');
  });

  it('says what it could not see when pods are forbidden, without naming a pod problem', () => {
    const f = findingFor(run(['deadline-exceeded.json'], ['pods']), 'Deployment', 'web');
    expect(f.code).toBe('stuck-rollouts.deadline-exceeded');
    expect(text(f)).toContain('Pods are not visible to you (forbidden)');
    expect(text(f)).not.toContain('ImagePullBackOff');
    expect(f.related).toBeUndefined();
  });

  it('calls a Deployment with no available pod an error and offers no rollback when there is no earlier revision', () => {
    const f = findingFor(run(['unavailable.json']), 'Deployment', 'api');
    expect(f.code).toBe('stuck-rollouts.unavailable');
    expect(f.severity).toBe('error');
    expect(text(f)).toContain('2× CrashLoopBackOff');
    expect(text(f)).toContain('CrashLoopBackOff [container=app, exitCode=1]');
    expect(f.commands?.some((c) => c.includes('rollout undo'))).toBe(false);
    expect(f.related).toHaveLength(2);
    expect(f.evidence).toContainEqual(
      expect.objectContaining({ reason: 'ScalingReplicaSet', text: 'Scaled up replica set api-6c8d9f7b5 to 2' }),
    );
  });

  it('warns about a Deployment below minimum availability and names the OOMKilled pods', () => {
    const f = findingFor(run(['degraded.json']), 'Deployment', 'cart');
    expect(f.code).toBe('stuck-rollouts.degraded');
    expect(f.severity).toBe('warning');
    expect(f.cause.params).toMatchObject({ available: 2, replicas: 4 });
    expect(text(f)).toContain('2× CrashLoopBackOff');
    expect(text(f)).toContain('CrashLoopBackOff [container=app, lastState=OOMKilled, exitCode=137]');
    expect(f.related?.map((r) => r.name)).toEqual(['cart-6b7c9d8f4-ccccc', 'cart-6b7c9d8f4-ddddd']);
    // revision 2 has no pods now, so a rollback is offered with a warning, not as proven
    expect(text(f)).toContain('no pod of that revision is running now');
  });

  it('reports a healthy rollout in progress as info and a failing one as a warning before its deadline', () => {
    const findings = run(['in-progress.json']);
    const front = findingFor(findings, 'Deployment', 'front');
    expect(front.code).toBe('stuck-rollouts.in-progress');
    expect(front.severity).toBe('info');
    expect(front.cause.params).toMatchObject({ updated: 2, replicas: 4, revision: '3' });
    const search = findingFor(findings, 'Deployment', 'search');
    expect(search.code).toBe('stuck-rollouts.failing-rollout');
    expect(search.severity).toBe('warning');
    expect(text(search)).toContain('exitCode=2');
    expect(text(search)).toContain('roll back to revision 4, which is still running');
  });

  it('reports a paused Deployment as info with the resume command', () => {
    const f = findingFor(run(['paused.json']), 'Deployment', 'batch-api');
    expect(f.code).toBe('stuck-rollouts.paused');
    expect(f.severity).toBe('info');
    expect(f.commands).toContain('kubectl rollout resume deployment/batch-api -n shop');
  });

  it('treats pods still being created a minute after the rollout began as progress, not an outage', () => {
    const f = findingFor(run(['starting.json']), 'Deployment', 'fresh');
    expect(f).toMatchObject({ code: 'stuck-rollouts.in-progress', severity: 'info' });
    expect(text(f)).toContain('ContainerCreating [container=app]');
  });

  it('rolls back to the revision that still serves, not blindly to the previous one', () => {
    const f = findingFor(run(['skipped-revision.json']), 'Deployment', 'search');
    expect(f.code).toBe('stuck-rollouts.deadline-exceeded');
    expect(text(f)).toContain('roll back to revision 4, which is still running');
    expect(f.commands).toContain('kubectl rollout undo deployment/search -n shop --to-revision=4');
  });

  it('still names the stuck revision from the Deployment when ReplicaSets are forbidden', () => {
    const f = findingFor(run(['skipped-revision.json'], ['replicaSets']), 'Deployment', 'search');
    expect(f.code).toBe('stuck-rollouts.deadline-exceeded');
    expect(f.cause.params).toMatchObject({ revision: '6', replicaSet: 'search-6e5d4c3b2' });
    expect(text(f)).toContain('ReplicaSets are not visible to you (forbidden)');
    expect(f.commands?.some((c) => c.includes('rollout undo'))).toBe(false);
  });

  it('says nothing about complete rollouts or Deployments scaled to zero', () => {
    expect(run(['healthy.json'])).toEqual([]);
  });
});
