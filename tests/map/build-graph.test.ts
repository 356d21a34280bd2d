import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/doctor/finding.ts';
import { emptySnapshot, type Snapshot } from '../../lib/doctor/snapshot.ts';
import type { Pod } from '../../lib/doctor/wire.ts';
import { buildGraph } from '../../lib/map/build-graph.ts';
import { subgraph } from '../../lib/map/namespace-graph.ts';
import { box, example, targets } from './map-fixture.ts';

describe('the map of broken-shop', () => {
  const { graph, report } = example('broken-shop.json');

  it('draws Deployment → ReplicaSet → Pod, with health from the findings on each object', () => {
    const api = box(graph, 'Deployment', 'api');
    expect(api.health).toBe('error');
    expect(targets(graph, api, 'owns')).toEqual(['ReplicaSet/api-84f6d9c7b8']);
    const rs = box(graph, 'ReplicaSet', 'api-84f6d9c7b8');
    expect(rs.health).toBe('ok');
    expect(targets(graph, rs, 'owns')).toEqual(['Pod/api-84f6d9c7b8-m5v7c']);
    const pod = box(graph, 'Pod', 'api-84f6d9c7b8-m5v7c');
    expect(pod.health).toBe('error');
    expect(pod.findings.map((f) => f.code)).toContain('oom-kills.limit-reached');
    expect(pod.detail).toEqual({ key: 'map.detail.phase', params: { phase: 'CrashLoopBackOff' } });
  });

  it('marks exactly the objects the doctor found problems with, by their worst severity', () => {
    const worst = new Map<string, string>();
    const rank = { info: 0, warning: 1, error: 2 } as const;
    for (const f of report.findings) {
      const key = `${f.object.kind}/${f.object.name}`;
      const seen = worst.get(key) as keyof typeof rank | undefined;
      if (!seen || rank[f.severity] > rank[seen]) worst.set(key, f.severity);
    }
    for (const n of graph.nodes)
      expect([`${n.kind}/${n.name}`, n.health]).toEqual([
        `${n.kind}/${n.name}`,
        worst.get(`${n.kind}/${n.name}`) ?? 'ok',
      ]);
    expect(box(graph, 'DaemonSet', 'log-shipper').health).toBe('info');
  });

  it('follows a pod to its claim, the volume, the class and the CSI driver; a missing class is marked missing', () => {
    const redis = box(graph, 'Pod', 'redis-0');
    expect(targets(graph, box(graph, 'StatefulSet', 'redis'), 'owns')).toEqual(['Pod/redis-0']);
    expect(targets(graph, redis, 'mounts')).toEqual(['PersistentVolumeClaim/data-redis-0']);
    const pv = targets(graph, box(graph, 'PersistentVolumeClaim', 'data-redis-0'), 'binds');
    expect(pv).toEqual(['PersistentVolume/pvc-c518db87-4b1f-1dcf-9e45-8493f152e6ed']);
    expect(targets(graph, box(graph, 'PersistentVolume', pv[0]!.split('/')[1]!), 'class')).toEqual([
      'StorageClass/gp3',
    ]);
    expect(targets(graph, box(graph, 'StorageClass', 'gp3'), 'provisioner')).toEqual(['CSIDriver/ebs.csi.aws.com']);
    expect(box(graph, 'CSIDriver', 'ebs.csi.aws.com').missing).toBeUndefined();

    const uploads = box(graph, 'PersistentVolumeClaim', 'uploads');
    expect(uploads.health).toBe('error');
    expect(targets(graph, uploads, 'class')).toEqual(['StorageClass/fast']);
    expect(box(graph, 'StorageClass', 'fast').missing).toBe(true);
  });

  it('draws Service → selected pods, ConfigMap/Secret by name only, CronJob → Job → Pod, DaemonSet pods per node', () => {
    expect(targets(graph, box(graph, 'Service', 'web'), 'selects')).toEqual(['Pod/web-7d9f8b6c5d-*']);
    expect(targets(graph, box(graph, 'Service', 'cart'), 'selects')).toEqual([]);
    expect(box(graph, 'Service', 'cart').health).toBe('error');
    expect(targets(graph, box(graph, 'Pod', 'payments-7c4d8b9f6e-r8w3z'), 'uses')).toEqual(['Secret/payments-secrets']);
    expect(targets(graph, box(graph, 'CronJob', 'nightly-report'))).toEqual(['Job/nightly-report-29401860']);
    expect(targets(graph, box(graph, 'Job', 'nightly-report-29401860'))).toEqual(['Pod/nightly-report-29401860-zx5kd']);
    expect(box(graph, 'Pod', 'log-shipper-7hk2w').detail).toEqual({
      key: 'map.detail.podOnNode',
      params: { phase: 'Running', node: 'ip-10-0-1-23.ap-northeast-2.compute.internal' },
    });
    // Mounted into every pod by the API server: noise, not a dependency worth a box.
    expect(graph.nodes.some((n) => n.name === 'kube-root-ca.crt')).toBe(false);
    // Names only: a Secret's box holds no key names or values, only what is drawn.
    expect(Object.keys(box(graph, 'Secret', 'payments-secrets')).sort()).toEqual([
      'findings',
      'health',
      'id',
      'kind',
      'name',
      'namespace',
    ]);
  });

  it('draws an incident-sized part of the map with the same boxes and the arrows between them', () => {
    const part = subgraph(graph, [
      { kind: 'Deployment', name: 'media', namespace: 'shop' },
      { kind: 'Pod', name: 'media-6d9f7c8b4d-p2l9s', namespace: 'shop' },
      { kind: 'PersistentVolumeClaim', name: 'uploads', namespace: 'shop' },
      { kind: 'StorageClass', name: 'fast' },
    ]);
    expect(part.nodes.map((n) => n.name)).toEqual(['media', 'media-6d9f7c8b4d-p2l9s', 'uploads', 'fast']);
    expect(part.edges.map((e) => e.kind).sort()).toEqual(['class', 'mounts']);
  });
});

describe('collapsing the pods of a ReplicaSet', () => {
  const pod = (name: string, over: { phase?: string; claim?: string; secret?: string } = {}): Pod => ({
    metadata: {
      name,
      namespace: 'shop',
      uid: `uid-${name}`,
      labels: { app: 'web' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-abc', uid: 'rs-1', controller: true }],
    },
    spec: {
      containers: [
        {
          name: 'web',
          image: 'nginx',
          ...(over.secret ? { envFrom: [{ secretRef: { name: over.secret } }] } : {}),
        },
      ],
      ...(over.claim ? { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: over.claim } }] } : {}),
    },
    status: { phase: over.phase ?? 'Running' },
  });
  const snapshot = (pods: Pod[]): Snapshot => ({
    ...emptySnapshot('shop', '2026-11-24T09:30:00Z'),
    pods,
    replicaSets: [
      { metadata: { name: 'web-abc', namespace: 'shop', uid: 'rs-1' }, spec: { replicas: pods.length, selector: {} } },
    ],
    services: [{ metadata: { name: 'web', namespace: 'shop' }, spec: { selector: { app: 'web' } } }],
  });
  const finding = (name: string): Finding => ({
    code: 'crash-loops.exit-code',
    check: 'crash-loops',
    severity: 'error',
    object: { kind: 'Pod', name, namespace: 'shop' },
    cause: { key: 'map.empty' },
    remedy: [],
    evidence: [],
  });

  it('puts N identical healthy pods in one box ×N and keeps an unhealthy one by name', () => {
    const pods = ['web-abc-1', 'web-abc-2', 'web-abc-3', 'web-abc-4'].map((n) => pod(n));
    const graph = buildGraph(snapshot(pods), { findings: [finding('web-abc-4')] });
    const podBoxes = graph.nodes.filter((n) => n.kind === 'Pod');
    expect(podBoxes.map((n) => [n.name, n.members?.length, n.health])).toEqual([
      ['web-abc-*', 3, 'ok'],
      ['web-abc-4', undefined, 'error'],
    ]);
    expect(podBoxes[0]!.members).toEqual(['web-abc-1', 'web-abc-2', 'web-abc-3']);
    // The Service still reaches both boxes, once each.
    expect(targets(graph, box(graph, 'Service', 'web'), 'selects')).toEqual(['Pod/web-abc-*', 'Pod/web-abc-4']);
    expect(targets(graph, box(graph, 'ReplicaSet', 'web-abc'), 'owns')).toEqual(['Pod/web-abc-*', 'Pod/web-abc-4']);
  });

  it('keeps pods apart that differ in status or in what they use, and never draws "×1"', () => {
    const pods = [
      pod('web-abc-1'),
      pod('web-abc-2', { phase: 'Pending' }),
      pod('web-abc-3', { secret: 'token' }),
      pod('web-abc-4', { claim: 'data' }),
    ];
    const graph = buildGraph(snapshot(pods), { findings: [] });
    const podBoxes = graph.nodes.filter((n) => n.kind === 'Pod');
    expect(podBoxes.map((n) => n.name)).toEqual(['web-abc-1', 'web-abc-2', 'web-abc-3', 'web-abc-4']);
    expect(podBoxes.every((n) => n.members === undefined)).toBe(true);
  });

  it('never collapses the pods of a StatefulSet or a DaemonSet: each has its own identity or node', () => {
    const { graph } = example('healthy-shop.json');
    for (const n of graph.nodes.filter((x) => x.kind === 'Pod' && x.members)) {
      const owner = graph.edges.find((e) => e.to === n.id && e.kind === 'owns');
      expect(graph.nodes.find((x) => x.id === owner?.from)?.kind).toBe('ReplicaSet');
    }
    expect(graph.nodes.some((x) => x.kind === 'Pod' && x.name.startsWith('redis-'))).toBe(true);
  });
});
