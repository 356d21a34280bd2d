import { describe, expect, it } from 'vitest';
import { namespaceStateCheck as check } from '../../checks/namespace-state.ts';
import { NAMESPACED_KINDS, type KindName } from '../../lib/doctor/snapshot.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';

const run = (files: string[], options: { hidden?: KindName[]; namespace?: string | null } = {}) =>
  runCheck(check, snapshotOf('namespace-state', files, options));

describe('namespace-state', () => {
  it('says a namespace does not exist and offers the similar names it can see', () => {
    const findings = run(['namespaces.json']);
    expect(findings).toHaveLength(1);
    const f = findingFor(findings, 'Namespace', 'shop');
    expect(f).toMatchObject({ code: 'namespace-state.not-found', severity: 'error' });
    expect(f.details?.[0]).toEqual({
      key: 'check.namespace-state.detail.similar',
      params: { names: 'shop-prod, shop-staging' },
    });
    expect(f.commands).toEqual(['kubectl get namespaces', 'kubectl get pods -n shop-prod']);
    const typo = findingFor(run(['namespaces.json'], { namespace: 'paymnets' }), 'Namespace', 'paymnets');
    expect(typo.details?.[0]?.params).toEqual({ names: 'payments' });
    expect(text(typo, 'ko')).toContain('payments');
  });

  it('after a single-namespace lookup found nothing, points to kubectl get namespaces instead of inventing names', () => {
    const f = findingFor(run([]), 'Namespace', 'shop');
    expect(f).toMatchObject({ code: 'namespace-state.not-found', severity: 'error' });
    expect(f.details).toEqual([{ key: 'check.namespace-state.detail.list-hint' }]);
    expect(f.evidence).toEqual([{ source: 'object', text: 'namespaces "shop" not found' }]);
  });

  it('without access to namespaces: judges by the kube-root-ca.crt ConfigMap, or says everything is forbidden', () => {
    const missing = run([], { hidden: ['namespaces'] });
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ code: 'namespace-state.probably-missing', severity: 'warning' });
    expect(text(missing[0]!)).toContain('Namespaces cannot be listed with your access (forbidden)');

    expect(run(['root-ca-only.json'], { hidden: ['namespaces'] })).toEqual([]);

    const noAccess = run([], { hidden: ['namespaces', ...NAMESPACED_KINDS] });
    expect(noAccess.map((f) => f.code)).toEqual(['namespace-state.no-access']);
    expect(noAccess[0]!.commands).toEqual(['kubectl auth can-i --list -n shop']);
  });

  it('names the unavailable API that keeps a namespace terminating, quoting the condition', () => {
    const f = findingFor(run(['terminating-api.json']), 'Namespace', 'shop');
    expect(f).toMatchObject({ code: 'namespace-state.terminating', severity: 'error' });
    expect(f.cause).toEqual({
      key: 'check.namespace-state.cause.stuck-api-unavailable',
      params: { name: 'shop', minutes: 45, apis: 'metrics.k8s.io/v1beta1' },
    });
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        reason: 'NamespaceDeletionDiscoveryFailure',
        text: expect.stringContaining(
          'metrics.k8s.io/v1beta1: the server is currently unable to handle the request',
        ) as unknown,
      }),
    );
    // conditions that are False are not evidence of a problem
    expect(f.evidence.some((e) => e.reason === 'NamespaceFinalizersRemaining')).toBe(false);
    expect(f.commands).toContain('kubectl get apiservices');
    expect(f.firstSeen).toBe('2025-11-24T09:00:00Z');
  });

  it('names the stuck finalizers and the objects still holding them', () => {
    const f = findingFor(run(['terminating-finalizers.json']), 'Namespace', 'shop');
    expect(f.severity).toBe('error');
    expect(f.cause).toEqual({
      key: 'check.namespace-state.cause.stuck-finalizers',
      params: { name: 'shop', minutes: 75, finalizers: 'kubernetes.io/pvc-protection, service.k8s.aws/resources' },
    });
    const en = text(f);
    expect(en).toContain('Finalizer service.k8s.aws/resources is still on 1 object(s).');
    expect(en).toContain(
      'PersistentVolumeClaim data-db-0 is still present, held by finalizers: kubernetes.io/pvc-protection.',
    );
    expect(en).toContain('Service web-lb is still present, held by finalizers: service.k8s.aws/resources.');
    expect(en).toContain('Namespace finalizers still pending: kubernetes.');
    expect(f.related).toEqual([
      { kind: 'PersistentVolumeClaim', name: 'data-db-0', namespace: 'shop' },
      { kind: 'Service', name: 'web-lb', namespace: 'shop' },
    ]);
    expect(f.evidence.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['NamespaceContentRemaining', 'NamespaceFinalizersRemaining']),
    );
  });

  it('treats a namespace deleted two minutes ago as info', () => {
    const f = findingFor(run(['terminating-recent.json']), 'Namespace', 'shop');
    expect(f).toMatchObject({
      code: 'namespace-state.terminating',
      severity: 'info',
      cause: { key: 'check.namespace-state.cause.terminating', params: { minutes: 2 } },
    });
  });

  it('reports a used-up quota across units, ignores a deliberate 0, and links the controllers it refuses', () => {
    const findings = run(['quota.json']);
    expect(findings).toHaveLength(1);
    const f = findingFor(findings, 'ResourceQuota', 'compute-quota');
    expect(f).toMatchObject({ code: 'namespace-state.quota-exhausted', severity: 'warning' });
    expect(f.cause.params).toEqual({ name: 'compute-quota', resources: 'requests.cpu, requests.memory' });
    expect(text(f)).toContain('requests.memory: 4096Mi used of 4Gi.');
    expect(f.related).toEqual([
      { kind: 'StatefulSet', name: 'db', namespace: 'shop' },
      { kind: 'ReplicaSet', name: 'web-7d9c8b6f5', namespace: 'shop' },
    ]);
  });

  it('says nothing about an existing, active namespace', () => {
    expect(run(['healthy.json'])).toEqual([]);
    expect(run(['namespaces.json'], { namespace: null })).toEqual([]);
  });
});
