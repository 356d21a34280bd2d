import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceEndpointsCheck } from '../../checks/service-endpoints.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { render, type Message } from '../../lib/i18n/index.ts';

const TAKEN_AT = '2025-06-01T10:30:00Z';

function run(name: string, hide: KindName[] = []): Finding[] {
  const list = JSON.parse(
    readFileSync(new URL(`../fixtures/service-endpoints/${name}.json`, import.meta.url), 'utf8'),
  ) as { items: unknown[] };
  const snapshot = snapshotFromObjects(list.items, 'shop', TAKEN_AT);
  for (const kind of hide) {
    snapshot[kind] = [] as never;
    snapshot.visibility[kind] = { visible: false, reason: 'forbidden', detail: `${kind} is forbidden` };
  }
  return serviceEndpointsCheck.run(snapshot, buildIndex(snapshot));
}

const en = (m: Message) => render('en', m);
const ko = (m: Message) => render('ko', m);
const detailsEn = (f: Finding) => (f.details ?? []).map(en);
const about = (findings: Finding[], name: string) => findings.filter((f) => f.object.name === name);

describe('service-endpoints: selectors', () => {
  const findings = run('selector-typo');

  it('shows the closest pods and the exact label that differs', () => {
    const [f, ...rest] = about(findings, 'cart');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'service-endpoints.selector-matches-nothing',
      severity: 'error',
      object: { kind: 'Service', name: 'cart', namespace: 'shop' },
      concept: 'service-selector',
    });
    expect(en(f!.cause)).toBe(
      'The Service selects pods with app=cart-api,tier=backend, but no running pod in the namespace carries those labels, so it has no endpoints.',
    );
    const lines = detailsEn(f!);
    expect(lines).toContain(
      'Closest pods: cart-7d9f8c6b5-4xkzq and 1 more with the same labels app=cart, tier=backend.',
    );
    expect(lines).toContain('app=cart-api is wanted; cart-7d9f8c6b5-4xkzq has app=cart.');
    // The unrelated web pod matches tier? No: tier=frontend and app=web are not close to the selector.
    expect(lines.join('\n')).not.toContain('web-5c6d7e8f9');
    expect(f!.commands).toContain('kubectl get pods -n shop -l app=cart-api,tier=backend');
    expect(f!.evidence).toContainEqual({ source: 'spec', text: 'selector: app=cart-api,tier=backend' });
    expect(f!.evidence).toContainEqual(
      expect.objectContaining({
        text: 'no endpoints',
        about: expect.objectContaining({ kind: 'EndpointSlice', name: 'cart-x7k2p' }) as unknown,
      }),
    );
  });

  it('says when values differ only in letter case', () => {
    const [f] = about(findings, 'checkout');
    expect(detailsEn(f!)).toContain(
      'app=Checkout is wanted; checkout-6b7c8d9e0-qwert has app=checkout. They differ only in letter case, and labels are case-sensitive.',
    );
    expect(ko(f!.details![2]!)).toContain('대소문자');
  });

  it('does not count a Completed pod as a target, and says it exists', () => {
    const [f] = about(findings, 'reports');
    expect(f!.code).toBe('service-endpoints.selector-matches-nothing');
    expect(detailsEn(f!)).toContain(
      'Pods with these labels exist but have finished or are being deleted: reports-28741230-xyz12.',
    );
  });

  it('names a workload scaled to zero as a warning rather than a broken selector', () => {
    const [f] = about(findings, 'search');
    expect(f).toMatchObject({ code: 'service-endpoints.selector-matches-nothing', severity: 'warning' });
    expect(en(f!.cause)).toContain('Deployment search, is scaled to 0 replicas');
  });
});

describe('service-endpoints: readiness', () => {
  it('explains why no selected pod is ready, with probe failures and crash loops, ignoring a terminating pod', () => {
    const [f, ...rest] = about(run('not-ready'), 'web');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'service-endpoints.no-ready-pods', severity: 'error', concept: 'readiness' });
    expect(en(f!.cause)).toBe(
      'The Service selects 2 pod(s), but none of them is ready, so it has no endpoints to send traffic to.',
    );
    expect(f!.related).toEqual([
      { kind: 'Pod', name: 'web-5c6d7e8f9-aaaaa', namespace: 'shop' },
      { kind: 'Pod', name: 'web-5c6d7e8f9-bbbbb', namespace: 'shop' },
    ]);
    const lines = detailsEn(f!);
    expect(lines).toContain('web-5c6d7e8f9-aaaaa: container app is running but not ready.');
    expect(lines).toContain(
      'web-5c6d7e8f9-aaaaa: the readiness probe failed 24 time(s); last: Readiness probe failed: HTTP probe failed with statuscode: 503',
    );
    expect(lines).toContain('web-5c6d7e8f9-bbbbb: container app is waiting (CrashLoopBackOff).');
    expect(f!.evidence).toContainEqual(
      expect.objectContaining({
        reason: 'Unhealthy',
        count: 20,
        about: { kind: 'Pod', name: 'web-5c6d7e8f9-aaaaa', namespace: 'shop' },
      }),
    );
    expect(f!.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        text: 'Ready=False (ContainersNotReady): containers with unready status: [app]',
      }),
    );
    expect(f!.evidence).toContainEqual(
      expect.objectContaining({
        text: expect.stringContaining(
          '10.0.12.77 (Pod web-5c6d7e8f9-aaaaa) ready=false serving=false terminating=false',
        ) as unknown,
      }),
    );
  });

  it('notes (info) when fewer than half of the selected pods are ready', () => {
    const [f] = about(run('not-ready'), 'api');
    expect(f).toMatchObject({ code: 'service-endpoints.few-ready-pods', severity: 'info' });
    expect(en(f!.cause)).toBe('Only 1 of the 3 pods the Service selects are ready; traffic goes to those alone.');
  });

  it('works from the pods and says so when EndpointSlices are forbidden', () => {
    const [f] = about(run('not-ready', ['endpointSlices']), 'web');
    expect(f!.code).toBe('service-endpoints.no-ready-pods');
    expect(detailsEn(f!)).toContain(
      'EndpointSlices are not visible to you (forbidden), so this was worked out from the pods.',
    );
    expect(f!.evidence.some((e) => e.about?.kind === 'EndpointSlice')).toBe(false);
  });
});

describe('service-endpoints: pods not visible', () => {
  it('reads the EndpointSlices alone and does not name a cause it cannot see', () => {
    const findings = run('not-ready', ['pods']);
    const [web] = about(findings, 'web');
    expect(web).toMatchObject({ code: 'service-endpoints.no-ready-pods', severity: 'error' });
    expect(en(web!.cause)).toBe(
      "The Service's EndpointSlices list 2 address(es), none of them ready, so it has nowhere to send traffic.",
    );
    expect(detailsEn(web!)).toEqual([
      'Pods are not visible to you (forbidden), so the pods and their labels cannot be shown; this is read from the EndpointSlices.',
    ]);
    // One ready endpoint is enough: the api Service is not reported.
    expect(about(findings, 'api')).toEqual([]);
  });

  it('reports an empty EndpointSlice as no endpoints without blaming the selector', () => {
    const [cart] = about(run('selector-typo', ['pods']), 'cart');
    expect(cart!.code).toBe('service-endpoints.no-endpoints');
    expect(en(cart!.cause)).toContain(
      'either no pod matches its selector, or the matching pods do not have the target port',
    );
  });

  it('says nothing when neither pods nor EndpointSlices are visible', () => {
    expect(about(run('not-ready', ['pods', 'endpointSlices']), 'web')).toEqual([]);
  });
});

describe('service-endpoints: ports', () => {
  const findings = run('ports');

  it('reports a named targetPort that no container declares', () => {
    const [f] = about(findings, 'orders');
    expect(f).toMatchObject({
      code: 'service-endpoints.named-port-missing',
      severity: 'error',
      concept: 'target-port',
    });
    expect(en(f!.cause)).toContain('named port http (TCP)');
    expect(detailsEn(f!)).toEqual(['orders-1a2b3c4d5-aaaaa declares: web/8080/TCP.']);
  });

  it('only warns about a numeric targetPort missing from containerPorts, and says why', () => {
    const [f] = about(findings, 'metrics');
    expect(f).toMatchObject({ code: 'service-endpoints.target-port-not-declared', severity: 'warning' });
    expect(detailsEn(f!)).toContain('exporter-2b3c4d5e6-aaaaa declares: http/8080/TCP.');
    expect(detailsEn(f!).some((d) => d.startsWith('containerPort is informational only'))).toBe(true);
  });

  it('reports a protocol mismatch', () => {
    const [f] = about(findings, 'dns');
    expect(f).toMatchObject({ code: 'service-endpoints.protocol-mismatch', severity: 'warning' });
    expect(en(f!.cause)).toBe('Service port dns (53) uses UDP, but the selected pods declare 53 as TCP.');
  });

  it('says nothing about pods that declare no ports at all', () => {
    expect(about(findings, 'plain')).toEqual([]);
  });
});

describe('service-endpoints: special services', () => {
  const findings = run('special-services');

  it('notes ExternalName services as info, skips published not-ready headless pods and mirrored endpoints', () => {
    expect(findings.map((f) => [f.object.name, f.code, f.severity])).toEqual([
      ['legacy-db', 'service-endpoints.external-name', 'info'],
      ['forgotten', 'service-endpoints.no-selector-no-endpoints', 'warning'],
    ]);
    expect(en(findings[0]!.cause)).toContain('CNAME to db.example.internal');
  });

  it('does not judge selector-less services when EndpointSlices are forbidden', () => {
    expect(run('special-services', ['endpointSlices']).map((f) => f.object.name)).toEqual(['legacy-db']);
  });
});

describe('service-endpoints: load balancers', () => {
  const findings = run('load-balancers');

  it('quotes the AWS Load Balancer Controller and mentions subnet tags when its events do', () => {
    const [f] = about(findings, 'public-nlb');
    expect(f).toMatchObject({
      code: 'service-endpoints.load-balancer-pending',
      severity: 'warning',
      concept: 'load-balancer',
    });
    expect(en(f!.cause)).toContain(
      'after 10 minutes: the AWS Load Balancer Controller could not build it: Failed build model due to unable to resolve at least one subnet',
    );
    expect(detailsEn(f!)).toContain(
      'spec.loadBalancerClass is service.k8s.aws/nlb: only the controller for that class will create the load balancer.',
    );
    expect(detailsEn(f!).some((d) => d.includes('kubernetes.io/role/elb=1'))).toBe(true);
    expect(f!.evidence[0]).toMatchObject({ reason: 'FailedBuildModel', count: 12 });
  });

  it('quotes the in-tree cloud provider failure', () => {
    const [f] = about(findings, 'legacy-elb');
    expect(f!.cause.key).toBe('check.service-endpoints.cause.lbCloudFailed');
    expect(en(f!.cause)).toContain('could not find any suitable subnets for creating the ELB');
  });

  it('says no controller reported anything, and leaves young and provisioned load balancers alone', () => {
    const [f] = about(findings, 'orphan-lb');
    expect(f!.cause.key).toBe('check.service-endpoints.cause.lbNoController');
    expect(en(f!.remedy[0]!)).toContain('AWS Load Balancer Controller');
    expect(about(findings, 'fresh-lb')).toEqual([]);
    expect(about(findings, 'ready-lb')).toEqual([]);
  });
});

describe('service-endpoints: healthy namespace', () => {
  it('finds nothing when most selected pods are ready and ports line up', () => {
    expect(run('healthy')).toEqual([]);
  });

  it('renders every finding in both languages without leftover placeholders', () => {
    const all = ['selector-typo', 'not-ready', 'ports', 'special-services', 'load-balancers'].flatMap((n) => run(n));
    for (const f of all) {
      for (const m of [f.cause, ...(f.details ?? []), ...f.remedy]) {
        expect(en(m)).not.toMatch(/\{[a-zA-Z]+\}/);
        expect(ko(m)).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });
});
