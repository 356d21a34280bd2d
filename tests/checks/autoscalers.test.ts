import { describe, expect, it } from 'vitest';
import { autoscalersCheck as check } from '../../checks/autoscalers.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { render } from '../../lib/i18n/index.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';

// Messages from pkg/controller/podautoscaler/horizontal.go and replica_calculator.go (v1.28; unchanged
// through v1.33): see tests/fixtures/autoscalers and the reference's section 4 for the ScalingActive condition.
const run = (files: string[], hidden?: KindName[]) => runCheck(check, snapshotOf('autoscalers', files, { hidden }));

describe('autoscalers', () => {
  it('says the metrics API is not installed, advises metrics-server (EKS has none by default) and links the Deployment', () => {
    const web = findingFor(run(['metrics-api.json']), 'HorizontalPodAutoscaler', 'web');
    expect(web).toMatchObject({ code: 'autoscalers.metrics-api-missing', severity: 'error', concept: 'autoscaling' });
    expect(render('en', web.cause)).toBe(
      'HorizontalPodAutoscaler web cannot read cpu usage because the cluster has no resource metrics API (metrics.k8s.io, served by metrics-server), so it never scales Deployment web.',
    );
    expect(text(web)).toContain('On EKS, metrics-server is not installed by default');
    expect(text(web)).toContain(
      'kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml',
    );
    expect(text(web)).toContain('--addon-name metrics-server');
    expect(web.related).toEqual([{ kind: 'Deployment', name: 'web', namespace: 'shop' }]);
    expect(web.commands).toContain('kubectl get apiservice v1beta1.metrics.k8s.io');
    expect(web.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        reason: 'ScalingActive',
        text: expect.stringContaining('(get pods.metrics.k8s.io)') as unknown,
      }),
    );
    expect(web.evidence.filter((e) => e.source === 'event').map((e) => [e.reason, e.count])).toEqual(
      expect.arrayContaining([
        ['FailedGetResourceMetric', 378],
        ['FailedComputeMetricsReplicas', 378],
      ]),
    );
    expect(text(web, 'ko')).toContain('metrics-server');
  });

  it('tells a metrics API that is registered but does not answer (503) apart, from events alone', () => {
    const api = findingFor(run(['metrics-api.json']), 'HorizontalPodAutoscaler', 'api');
    expect(api.code).toBe('autoscalers.metrics-api-unavailable');
    expect(api.cause.params).toMatchObject({ resource: 'memory', target: 'api' });
    expect(text(api)).not.toContain('not installed by default');
  });

  it('names a scale target that does not exist, from the snapshot and from FailedGetScale when Deployments are hidden', () => {
    const orders = findingFor(run(['target-and-requests.json']), 'HorizontalPodAutoscaler', 'orders');
    expect(orders.code).toBe('autoscalers.target-missing');
    expect(orders.cause.params).toMatchObject({ kind: 'Deployment', target: 'order', namespace: 'shop' });
    expect(orders.evidence).toContainEqual(
      expect.objectContaining({
        source: 'event',
        reason: 'FailedGetScale',
        text: 'deployments.apps "order" not found',
      }),
    );
    const hidden = findingFor(run(['target-and-requests.json'], ['deployments']), 'HorizontalPodAutoscaler', 'orders');
    expect(hidden.code).toBe('autoscalers.target-missing');
  });

  it('names the container without the request a Utilization target needs, and the pod the controller named', () => {
    const cart = findingFor(run(['target-and-requests.json']), 'HorizontalPodAutoscaler', 'cart');
    expect(cart.code).toBe('autoscalers.missing-requests');
    expect(render('en', cart.cause)).toBe(
      'HorizontalPodAutoscaler cart cannot compute cpu utilization for Deployment cart: container app sets no cpu request, and a Utilization target is a percentage of the request.',
    );
    expect(text(cart)).toContain('Containers of the pod template without a cpu request: app.');
    expect(cart.related).toEqual([
      { kind: 'Deployment', name: 'cart', namespace: 'shop' },
      { kind: 'Pod', name: 'cart-7d4b9c8f6-x2k9p', namespace: 'shop' },
    ]);
  });

  it('passes an external-metrics failure through as the controller said it, without blaming metrics-server', () => {
    const worker = findingFor(run(['target-and-requests.json']), 'HorizontalPodAutoscaler', 'queue-worker');
    expect(worker).toMatchObject({ code: 'autoscalers.not-active', severity: 'warning' });
    expect(worker.cause.params).toMatchObject({ reason: 'FailedGetExternalMetric' });
    expect(String(worker.cause.params?.message)).toContain('(get sqs_messages_visible.external.metrics.k8s.io)');
    expect(text(worker)).not.toContain('metrics-server');
  });

  it('warns about an HPA held at maxReplicas while its metric is above target, and nothing else', () => {
    const findings = run(['at-max.json']);
    expect(findings).toHaveLength(1);
    const search = findingFor(findings, 'HorizontalPodAutoscaler', 'search');
    expect(search).toMatchObject({ code: 'autoscalers.at-max', severity: 'warning' });
    expect(render('en', search.cause)).toBe(
      'HorizontalPodAutoscaler search holds Deployment search at its maximum of 10 replicas while cpu is 185%, above its target of 60%: it wants more pods than maxReplicas allows.',
    );
    expect(text(search)).toContain('Replicas: 10 now, 10 wanted, allowed between 2 and 10.');
    expect(search.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        reason: 'ScalingLimited',
        text: expect.stringContaining('TooManyReplicas') as unknown,
      }),
    );
    expect(search.related).toEqual([{ kind: 'Deployment', name: 'search', namespace: 'shop' }]);
  });

  it('says nothing when HorizontalPodAutoscalers are not visible', () => {
    expect(run(['metrics-api.json', 'target-and-requests.json'], ['horizontalPodAutoscalers'])).toEqual([]);
  });
});
