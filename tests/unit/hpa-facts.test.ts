import { describe, expect, it } from 'vitest';
import { metricLines, parseHpaError } from '../../lib/doctor/workloads/hpa-facts.ts';

describe('parseHpaError', () => {
  it('reads the controller messages, with and without the condition prefix', () => {
    const notFound =
      'failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)';
    expect(parseHpaError(notFound)).toEqual({ kind: 'metrics-api-missing', resource: 'cpu' });
    expect(parseHpaError(`the HPA was unable to compute the replica count: ${notFound}`)).toEqual({
      kind: 'metrics-api-missing',
      resource: 'cpu',
    });
    expect(parseHpaError(`invalid metrics (1 invalid out of 1), first error is: ${notFound}`).kind).toBe(
      'metrics-api-missing',
    );
    expect(
      parseHpaError(
        'failed to get memory utilization: unable to get metrics for resource memory: unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)',
      ),
    ).toEqual({ kind: 'metrics-api-unavailable', resource: 'memory' });
    expect(
      parseHpaError('failed to get cpu utilization: missing request for cpu in container app of Pod web-1'),
    ).toEqual({ kind: 'missing-request', resource: 'cpu', container: 'app', pod: 'web-1' });
    expect(
      parseHpaError(
        'the HPA controller was unable to get the target\'s current scale: deployments.apps "web" not found',
      ),
    ).toEqual({ kind: 'target-not-found' });
  });

  it('leaves what it does not know alone', () => {
    // metrics-server installed, no data yet for these pods: not a missing API.
    expect(
      parseHpaError(
        'failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API',
      ).kind,
    ).toBe('other');
    expect(
      parseHpaError(
        'unable to get external metric shop/sqs_messages/nil: unable to fetch metrics from external metrics API: the server could not find the requested resource (get sqs_messages.external.metrics.k8s.io)',
      ).kind,
    ).toBe('other'); // an external metrics adapter, not metrics-server: passed through
  });
});

describe('metricLines', () => {
  it('compares utilization and value targets', () => {
    expect(
      metricLines({
        spec: {
          scaleTargetRef: { kind: 'Deployment', name: 'w' },
          maxReplicas: 3,
          metrics: [
            { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } },
            { type: 'Pods', pods: { metric: { name: 'rps' }, target: { type: 'AverageValue', averageValue: '100' } } },
          ],
        },
        status: {
          desiredReplicas: 3,
          currentMetrics: [
            { type: 'Pods', pods: { metric: { name: 'rps' }, current: { averageValue: '50' } } },
            { type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 75 } } },
          ],
        },
      }),
    ).toEqual([
      { metric: 'cpu', current: '75%', target: '60%', above: true },
      { metric: 'rps', current: '50', target: '100', above: false },
    ]);
  });
});
