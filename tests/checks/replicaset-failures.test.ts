import { describe, expect, it } from 'vitest';
import { replicasetFailuresCheck as check } from '../../checks/replicaset-failures.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { render } from '../../lib/i18n/index.ts';

const run = (files: string[], hidden?: KindName[]) =>
  runCheck(check, snapshotOf('replicaset-failures', files, { hidden }));

describe('replicaset-failures', () => {
  it('names the exhausted quota with its numbers, links it, and follows the ReplicaSet to its Deployment', () => {
    const f = findingFor(run(['quota-exceeded.json']), 'ReplicaSet', 'web-7d9c8b6f5');
    expect(f.code).toBe('replicaset-failures.quota-exceeded');
    expect(f.severity).toBe('warning'); // 2 of 3 pods still serve
    expect(f.owner).toEqual({ kind: 'Deployment', name: 'web', namespace: 'shop' });
    expect(f.cause.params).toMatchObject({
      quota: 'compute-quota',
      name: 'web-7d9c8b6f5',
      resources: 'limits.cpu, requests.cpu',
    });
    expect(f.related).toContainEqual({ kind: 'ResourceQuota', name: 'compute-quota', namespace: 'shop' });
    const en = text(f);
    expect(en).toContain('requests.cpu: one more pod asks for 500m, 2 is already in use, and the quota allows 2.');
    expect(en).toContain('It has 2 of the 3 pods it should have.');
    expect(f.commands).toContain('kubectl describe resourcequota compute-quota -n shop');
    expect(f.commands).toContain('kubectl get events -n shop --field-selector involvedObject.name=web-7d9c8b6f5');
    // every event of the object, each distinct message once, plus the condition verbatim
    const failed = f.evidence.filter((e) => e.reason === 'FailedCreate');
    expect(failed).toHaveLength(3);
    expect(failed.map((e) => e.count).sort()).toEqual([1, 1, 9]);
    expect(f.evidence.some((e) => e.reason === 'SuccessfulCreate')).toBe(true);
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        reason: 'ReplicaFailure',
        text: expect.stringContaining('exceeded quota: compute-quota') as unknown,
      }),
    );
    expect(f.lastSeen).toBe('2025-11-24T09:41:12Z');
    expect(text(f, 'ko')).toContain('compute-quota');
  });

  it('explains that a quota on limits requires them, in the current and the old wording', () => {
    const findings = run(['quota-requires-limits.json']);
    const api = findingFor(findings, 'ReplicaSet', 'api-6c8d9f7b5');
    expect(api.code).toBe('replicaset-failures.quota-requires-limits');
    expect(api.severity).toBe('error');
    expect(api.cause.params).toMatchObject({ quota: 'compute-quota', resources: 'limits.cpu, limits.memory' });
    expect(text(api)).toContain('limits.memory is not set on container(s): api, log-shipper.');
    expect(text(api)).toContain('There is no LimitRange in this namespace');
    const worker = findingFor(findings, 'ReplicaSet', 'worker-84f9c6d7b');
    expect(worker.code).toBe('replicaset-failures.quota-requires-limits');
    expect(worker.cause.params).toMatchObject({ resources: 'limits.cpu, limits.memory' });
    expect(text(worker)).toContain('limits.cpu is not set on at least one container.');
  });

  it('mentions a LimitRange that exists but leaves the values unset', () => {
    const api = findingFor(run(['quota-requires-limits.json', 'limitrange.json']), 'ReplicaSet', 'api-6c8d9f7b5');
    expect(text(api)).toContain('LimitRange mem-only exists');
  });

  // Upstream formats (v1.28): PodSecurity `violates PodSecurity %q: %s` (staging/src/k8s.io/pod-security-admission/
  // admission/admission.go, violations joined ", "); webhook `admission webhook %q denied the request: %s`
  // (staging/src/k8s.io/apiserver/pkg/admission/plugin/webhook/errors/statuserror.go); service account
  // `error looking up service account %s/%s: %w` wrapping `serviceaccount "%s" not found`
  // (plugin/pkg/admission/serviceaccount/admission.go); quota `exceeded quota: %s, requested: %s, used: %s, limited: %s`
  // and `failed quota: %s: must specify %s` (staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go).
  it('tells PodSecurity, webhook denials, unreachable webhooks and missing service accounts apart', () => {
    const findings = run(['admission.json']);
    const pss = findingFor(findings, 'ReplicaSet', 'admin-55d4c8f6b9');
    expect(pss.code).toBe('replicaset-failures.pod-security');
    expect(pss.cause.params).toMatchObject({
      level: 'restricted:latest',
      checks: 'allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile',
    });
    const violations = (pss.details ?? [])
      .filter((d) => d.key === 'check.replicaset-failures.detail.violation')
      .map((d) => d.params?.violation);
    expect(violations).toEqual([
      'allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false)',
      'unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])',
      'runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true)',
      'seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    ]);

    const kyverno = findingFor(findings, 'ReplicaSet', 'cart-6b7c9d8f4');
    expect(kyverno.code).toBe('replicaset-failures.webhook-denied');
    expect(kyverno.cause.params).toMatchObject({ webhook: 'validate.kyverno.svc-fail' });
    expect(text(kyverno)).toContain("Using a mutable image tag e.g. ''latest'' is not allowed");

    const hook = findingFor(findings, 'ReplicaSet', 'front-8c9d7b6f5');
    expect(hook.code).toBe('replicaset-failures.webhook-unreachable');
    expect(hook.severity).toBe('warning');
    expect(hook.cause.params).toMatchObject({ webhook: 'mpod.elbv2.k8s.aws' });
    expect(text(hook)).toContain('context deadline exceeded');

    const sa = findingFor(findings, 'ReplicaSet', 'pay-7f8d9c6b5');
    expect(sa.code).toBe('replicaset-failures.service-account-missing');
    expect(sa.cause.params).toMatchObject({ serviceAccount: 'payments-sa', namespace: 'shop' });
    expect(text(sa)).toContain('kubectl create serviceaccount payments-sa -n shop');
  });

  it('reads StatefulSet, Job and DaemonSet wording, groups a Job under its CronJob, and passes unknown refusals through', () => {
    const findings = run(['other-controllers.json']);
    const db = findingFor(findings, 'StatefulSet', 'db');
    expect(db.code).toBe('replicaset-failures.quota-exceeded');
    expect(db.severity).toBe('error');
    expect(db.cause.params).toMatchObject({ quota: 'pod-quota' });
    expect(text(db)).toContain('pods: one more pod asks for 1, 10 is already in use, and the quota allows 10.');
    expect(db.commands?.[0]).toBe('kubectl describe statefulset db -n shop');

    const job = findingFor(findings, 'Job', 'report-29391040');
    expect(job.code).toBe('replicaset-failures.quota-exceeded');
    expect(job.owner).toEqual({ kind: 'CronJob', name: 'report', namespace: 'shop' });

    // A LimitRange refusal; no LimitRange in this snapshot, so it is not named and the rule is quoted.
    const ds = findingFor(findings, 'DaemonSet', 'log-agent');
    expect(ds.code).toBe('replicaset-failures.limit-range');
    expect(ds.cause.key).toBe('check.replicaset-failures.cause.limit-range-unnamed');
    expect(ds.cause.params?.rule).toBe('maximum memory usage per Container is 256Mi, but limit is 512Mi');
    expect(ds.evidence[0]).toMatchObject({ reason: 'FailedCreate', count: 30 });
  });

  // LimitRanger messages: plugin/pkg/admission/limitranger/admission.go (minConstraint, maxConstraint,
  // limitRequestRatioConstraint; same format v1.19 through v1.33), several joined by utilerrors.NewAggregate as
  // "[a, b]"; the first is the one seen on a real v1.28 control plane (reference, section 4).
  it('leads with the LimitRange that refused: its name, the bound it enforces and the value the template asks', () => {
    const findings = run(['limit-range.json']);
    const web = findingFor(findings, 'ReplicaSet', 'web-6f86568df');
    expect(web.code).toBe('replicaset-failures.limit-range');
    expect(web.owner).toEqual({ kind: 'Deployment', name: 'web', namespace: 'shop' });
    expect(render('en', web.cause)).toBe(
      'LimitRange container-limits allows at most 800m cpu per Container; the pod template sets limits.cpu to 1500m.',
    );
    expect(render('ko', web.cause)).toContain('container-limits LimitRange');
    expect(web.related).toEqual([{ kind: 'LimitRange', name: 'container-limits', namespace: 'shop' }]);
    expect(web.commands).toContain('kubectl describe limitrange container-limits -n shop');
    expect(web.concept).toBe('resource-quota');
    // The aggregated event keeps its prefix in the evidence, verbatim.
    expect(web.evidence[0]?.text).toMatch(
      /^\(combined from similar events\): Error creating: pods "web-6f86568df-knrmt"/,
    );

    const worker = findingFor(findings, 'ReplicaSet', 'worker-5d8f7c9b6');
    expect(render('en', worker.cause)).toBe(
      'LimitRange container-limits requires at least 64Mi memory per Container; the pod template sets requests.memory to 32Mi.',
    );
    expect(text(worker)).toContain(
      'LimitRange container-limits allows a cpu limit of at most 4 times the request per Container; the pod template asks a limit 10 times its request.',
    );

    const job = findingFor(findings, 'Job', 'import-29391040');
    expect(job.code).toBe('replicaset-failures.limit-range');
    expect(job.owner).toEqual({ kind: 'CronJob', name: 'import', namespace: 'shop' });
    expect(render('en', job.cause)).toBe(
      'LimitRange pod-limits allows at most 2Gi memory per Pod, so limits.memory must be set, and the pod template does not set it.',
    );

    const edge = findingFor(findings, 'ReplicaSet', 'edge-6c7d8f9b5');
    expect(edge.code).toBe('replicaset-failures.create-failed');
    expect(edge.cause.params?.message).toBe(
      'pods "edge-6c7d8f9b5-" is forbidden: pod node label selector conflicts with its namespace node label selector',
    );
  });

  it('quotes the LimitRange rule without a name, and says why, when LimitRanges are forbidden', () => {
    const web = findingFor(run(['limit-range.json'], ['limitRanges']), 'ReplicaSet', 'web-6f86568df');
    expect(web.code).toBe('replicaset-failures.limit-range');
    expect(render('en', web.cause)).toBe(
      'ReplicaSet web-6f86568df cannot create pods because a LimitRange in namespace shop refuses its pod template: maximum cpu usage per Container is 800m, but limit is 1500m',
    );
    expect(text(web)).toContain('LimitRanges are not visible to you (forbidden)');
    expect(web.related).toBeUndefined();
  });

  it('keeps a webhook message to one plain line: no terminal escapes, no runaway length', () => {
    const findings = run(['admission.json']);
    const kyverno = findingFor(findings, 'ReplicaSet', 'cart-6b7c9d8f4');
    const said = kyverno.details?.find((d) => d.key === 'check.replicaset-failures.detail.webhook-said');
    expect(String(said?.params?.reason)).not.toMatch(/\n/);
    expect(String(said?.params?.reason)).toMatch(/^resource Pod\/shop\/cart-6b7c9d8f4-zz9kq was blocked/);
  });

  it('still names the cause from the ReplicaFailure condition when events are forbidden', () => {
    const f = findingFor(run(['quota-exceeded.json'], ['events']), 'ReplicaSet', 'web-7d9c8b6f5');
    expect(f.code).toBe('replicaset-failures.quota-exceeded');
    expect(f.evidence).toEqual([expect.objectContaining({ source: 'condition', reason: 'ReplicaFailure' })]);
  });

  it('says nothing about events that outlived the problem, scaled-down ReplicaSets or finished Jobs', () => {
    expect(run(['healthy.json'])).toEqual([]);
  });
});
