import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { linkIncidents, type Incident } from '../../lib/doctor/incidents.ts';
import { snapshotFromText } from '../../lib/doctor/load-file.ts';
import type { Report } from '../../lib/doctor/report.ts';
import { runChecks } from '../../lib/doctor/run-checks.ts';
import { msg } from '../../lib/i18n/index.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';
import { snapshotOf, TAKEN_AT } from '../checks/workload-fixture.ts';

// Fixtures of several checks judged together by every registered check, as the doctor does.
function diagnose(files: string[]): Report {
  const byCheck = files.map((f) => f.split('/') as [string, string]);
  const snapshot = snapshotOf(byCheck[0]![0], [byCheck[0]![1]]);
  for (const [check, file] of byCheck.slice(1)) {
    const more = snapshotOf(check, [file]);
    for (const field of Object.keys(more) as (keyof typeof more)[]) {
      const value = more[field];
      if (Array.isArray(value)) (snapshot[field] as unknown[]).push(...value);
    }
  }
  return runChecks(snapshot, CHECKS, { source: { type: 'cluster' }, now: () => new Date(TAKEN_AT) });
}

/** The incident whose findings include this object, as "code Kind/name" from the farthest effect down to the root. */
function chainOf(report: Report, kind: string, name: string): string[] {
  const incident = incidentWith(report, kind, name);
  let at: number | undefined = incident.effects.at(-1) ?? incident.root;
  const chain: string[] = [];
  for (; at !== undefined; at = report.findings[at]!.causedBy) {
    const f = report.findings[at]!;
    chain.push(`${f.code} ${f.object.kind}/${f.object.name}`);
  }
  return chain;
}

function incidentWith(report: Report, kind: string, name: string): Incident {
  const found = report.incidents.filter((i) =>
    [i.root, ...i.effects].some(
      (n) => report.findings[n]!.object.kind === kind && report.findings[n]!.object.name === name,
    ),
  );
  expect(found, `${kind}/${name}`).toHaveLength(1);
  return found[0]!;
}

describe('incidents from real checks', () => {
  it('Deployment unavailable <- its pod crash-loops <- OOMKilled against a 128Mi limit', () => {
    const path = 'examples/broken-shop.json';
    const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    const report = runChecks(snapshotFromText(text, path, '2026-11-24T09:30:00Z'), CHECKS, {
      source: { type: 'file', path },
    });
    expect(chainOf(report, 'Deployment', 'api')).toEqual([
      'stuck-rollouts.unavailable Deployment/api',
      'oom-kills.limit-reached Pod/api-84f6d9c7b8-m5v7c',
    ]);
    const root = report.findings[incidentWith(report, 'Deployment', 'api').root]!;
    expect(root.cause.params).toMatchObject({ limit: '128Mi' });
    expect(renderTerminal(report, { lang: 'en', explain: false, color: false })).toContain(
      'Right now the container is CrashLoopBackOff.',
    );
    // The same chain from the oom-kills fixture, where the rollout is still trying.
    expect(chainOf(diagnose(['oom-kills/limit-reached.json']), 'Deployment', 'api')).toEqual([
      'stuck-rollouts.failing-rollout Deployment/api',
      'oom-kills.limit-reached Pod/api-6f8d9b7c4d-q7w2e',
    ]);
  });

  it("Pod Pending <- PVC unbound <- StorageClass gp3's CSI driver not installed", () => {
    const report = diagnose(['incidents/gp3-driver-missing.json']);
    expect(chainOf(report, 'Pod', 'db-0')).toEqual([
      'statefulsets.none-ready StatefulSet/db',
      'pending-pods.volume-binding-timeout Pod/db-0',
      'unbound-pvcs.csi-driver-missing PersistentVolumeClaim/data-db-0',
    ]);
    const text = renderTerminal(report, { lang: 'en', explain: false, color: false });
    expect(text).toContain('gp3');
    expect(text).toContain('Chain: StatefulSet/db ← Pod/db-0 ← PersistentVolumeClaim/data-db-0');
  });

  it('Service without endpoints <- its pods not Ready <- readiness probe failing', () => {
    const report = diagnose(['probe-failures/readiness-503.json', 'incidents/service-for-api.json']);
    const incident = incidentWith(report, 'Service', 'api');
    expect(report.findings[incident.root]).toMatchObject({
      code: 'probe-failures.readiness',
      object: { kind: 'Pod', name: 'api-6f8d9b7c4d-q7w2e' },
    });
    const service = incident.effects.map((i) => report.findings[i]!).find((f) => f.object.kind === 'Service')!;
    expect(service.code).toBe('service-endpoints.no-ready-pods');
    expect(service.causedBy).toBe(incident.root);
    // The rollout waiting on the same pod is explained by the same probe, in the same incident.
    expect(incidentWith(report, 'Deployment', 'api').id).toBe(incident.id);
  });

  it("StatefulSet 0/3 <- pod-0 Pending <- claim template's class missing", () => {
    const report = diagnose(['statefulsets/classes.json', 'incidents/statefulset-claim-class.json']);
    expect(chainOf(report, 'StatefulSet', 'db')).toEqual([
      'statefulsets.none-ready StatefulSet/db',
      'pending-pods.unbound-pvc Pod/db-0',
      'unbound-pvcs.storage-class-not-found PersistentVolumeClaim/data-db-0',
      'statefulsets.storage-class-missing StatefulSet/db',
    ]);
    expect(report.incidents).toHaveLength(1);
    const out = renderTerminal(report, { lang: 'en', explain: false, color: false });
    expect(out).toContain('Chain: StatefulSet/db ← Pod/db-0 ← PersistentVolumeClaim/data-db-0 ← StatefulSet/db');
  });

  it('ReplicaSet cannot create pods <- quota exhausted', () => {
    const report = diagnose(['replicaset-failures/quota-exceeded.json']);
    expect(chainOf(report, 'ReplicaSet', 'web-7d9c8b6f5')).toEqual([
      'stuck-rollouts.in-progress Deployment/web',
      'replicaset-failures.quota-exceeded ReplicaSet/web-7d9c8b6f5',
      'namespace-state.quota-exhausted ResourceQuota/compute-quota',
    ]);
  });

  it('--object on a controller without a finding of its own shows the problems of the pods it controls', () => {
    const path = 'examples/broken-shop.json';
    const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    const about = (kind: string, name: string) =>
      runChecks(snapshotFromText(text, path, '2026-11-24T09:30:00Z'), CHECKS, {
        source: { type: 'file', path },
        object: { kind, name },
      });
    // ReplicaSet api-84f6d9c7b8 is healthy on its own; its only pod is OOM-killed.
    const rs = about('ReplicaSet', 'api-84f6d9c7b8');
    expect(rs.incidents).toHaveLength(1);
    expect(rs.findings[rs.incidents[0]!.root]).toMatchObject({
      code: 'oom-kills.limit-reached',
      object: { kind: 'Pod', name: 'api-84f6d9c7b8-m5v7c' },
    });
    // A healthy controller stays clean, and so does one whose pods are fine.
    expect(about('ReplicaSet', 'web-7d9f8b6c5d').incidents).toEqual([]);
    expect(about('StatefulSet', 'redis').incidents).toEqual([]);
  });

  it('--object on a Service without a finding of its own shows the problems of the pods it selects', () => {
    const path = 'examples/broken-shop.json';
    const saved = JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as {
      services: Record<string, unknown>[];
      endpointSlices: Record<string, unknown>[];
      pods: {
        metadata: { name: string };
        status: { containerStatuses: Record<string, unknown>[]; conditions: Record<string, unknown>[] };
      }[];
    };
    // The OOM-killed pod api-84f6d9c7b8-m5v7c runs and is ready again, so a Service in front of it has endpoints.
    const pod = saved.pods.find((p) => p.metadata.name === 'api-84f6d9c7b8-m5v7c')!;
    const container = pod.status.containerStatuses[0]!;
    Object.assign(container, { ready: true, started: true, state: { running: { startedAt: '2026-11-24T09:28:45Z' } } });
    for (const condition of pod.status.conditions)
      if (condition.type === 'Ready' || condition.type === 'ContainersReady')
        Object.assign(condition, { status: 'True', reason: undefined, message: undefined });
    const service = (name: string, selector: Record<string, string>) => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: 'shop' },
      spec: { selector, ports: [{ port: 80, targetPort: 9000 }], type: 'ClusterIP', clusterIP: '10.100.7.7' },
    });
    saved.services.push(service('api', { app: 'api' }), service('api-other', { app: 'api', tier: 'none' }));
    saved.endpointSlices.push({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'api-x7k2p',
        namespace: 'shop',
        labels: { 'kubernetes.io/service-name': 'api' },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'api', uid: 'u-api', controller: true }],
      },
      addressType: 'IPv4',
      endpoints: [
        {
          addresses: ['10.0.2.77'],
          conditions: { ready: true, serving: true, terminating: false },
          targetRef: { kind: 'Pod', name: 'api-84f6d9c7b8-m5v7c', namespace: 'shop' },
        },
      ],
      ports: [{ port: 9000, protocol: 'TCP' }],
    });
    const about = (name: string) =>
      runChecks(snapshotFromText(JSON.stringify(saved), path, '2026-11-24T09:30:00Z'), CHECKS, {
        source: { type: 'file', path },
        object: { kind: 'Service', name },
      });
    const api = about('api');
    expect(api.findings.filter((f) => f.object.kind === 'Service').map((f) => f.code)).toEqual([]);
    expect(api.incidents).toHaveLength(1);
    expect(api.findings[api.incidents[0]!.root]).toMatchObject({
      code: 'oom-kills.limit-reached',
      object: { kind: 'Pod', name: 'api-84f6d9c7b8-m5v7c' },
    });
    // A selector that no pod carries in full selects nothing, and a healthy Service's pods are fine.
    const other = about('api-other');
    expect(other.findings.map((f) => `${f.object.kind} ${f.code}`)).toEqual([
      'Service service-endpoints.selector-matches-nothing',
    ]);
    expect(about('redis').incidents).toEqual([]);
  });

  it('a WaitForFirstConsumer claim is explained by its unschedulable pod, not the other way round', () => {
    const report = diagnose(['unbound-pvcs/wffc-consumer-unscheduled.json']);
    const incident = incidentWith(report, 'PersistentVolumeClaim', 'data-db-0');
    expect(report.findings[incident.root]).toMatchObject({ code: 'pending-pods.insufficient-resources' });
  });

  it('keeps an effect without a known cause as its own incident, and one cause on sibling pods as one incident', () => {
    const report = diagnose(['service-endpoints/not-ready.json']);
    const api = incidentWith(report, 'Service', 'api');
    expect(report.findings[api.root]!.code).toBe('service-endpoints.few-ready-pods');
    expect(api.effects).toEqual([]);

    const cache = diagnose(['statefulsets/classes.json', 'statefulsets/none-ready.json']);
    const incident = incidentWith(cache, 'StatefulSet', 'cache');
    expect(cache.findings[incident.root]!.object.name).toBe('cache-0');
    expect(incident.sameCause.map((i) => cache.findings[i]!.object.name)).toEqual(['cache-1']);
    expect(incident.objects.map((o) => o.name)).toEqual(['cache-0', 'cache-1', 'cache']);
  });
});

describe('linkIncidents', () => {
  const base = (kind: string, name: string, extra: Partial<Finding> = {}): Finding => ({
    code: `test.${kind.toLowerCase()}`,
    check: 'test',
    severity: 'error',
    object: { kind, name, namespace: 'shop' },
    cause: msg('output.none.checked', { checks: name }),
    remedy: [],
    evidence: [],
    ...extra,
  });

  it('never loops, even when findings name each other both ways with the same certainty', () => {
    const a = base('Pod', 'a', { dependsOn: [{ kind: 'PersistentVolumeClaim', name: 'c', namespace: 'shop' }] });
    const c = base('PersistentVolumeClaim', 'c', { dependsOn: [{ kind: 'Pod', name: 'a', namespace: 'shop' }] });
    const incidents = linkIncidents([a, c]);
    expect(incidents).toHaveLength(2);
    expect(a.causedBy).toBeUndefined();
    expect(c.causedBy).toBeUndefined();
  });

  it('reads related objects by kind: a Deployment depends on its Pod, a Pod on its claim; an unknown kind links nothing', () => {
    const deploy = base('Deployment', 'web', { related: [{ kind: 'Pod', name: 'web-1', namespace: 'shop' }] });
    const pod = base('Pod', 'web-1', { related: [{ kind: 'PersistentVolumeClaim', name: 'data', namespace: 'shop' }] });
    const claim = base('PersistentVolumeClaim', 'data', { severity: 'warning' });
    const odd = base('Widget', 'w', { related: [{ kind: 'Pod', name: 'web-1', namespace: 'shop' }] });
    const incidents = linkIncidents([deploy, pod, claim, odd]);
    expect(deploy.causedBy).toBe(1);
    expect(pod.causedBy).toBe(2);
    expect(odd.causedBy).toBeUndefined();
    const chain = incidents.find((i) => i.root === 2)!;
    // The incident is as severe as its worst finding, though its root is only a warning.
    expect(chain).toMatchObject({ id: 1, severity: 'error', effects: [1, 0] });
    expect(incidents.map((i) => i.root)).toEqual([2, 3]);
  });
});
