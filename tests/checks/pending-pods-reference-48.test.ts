/**
 * The two FailedScheduling messages of reference §4 (a real v1.28 control plane, 48 nodes of which 41 carry
 * a taint the pod does not tolerate), verbatim, against a cluster whose nodes produce exactly those counts.
 * The headline must name what blocks the application's own nodes, never the GPU or infra taints.
 */
import { describe, expect, it } from 'vitest';
import { pendingPodsCheck } from '../../checks/pending-pods.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import { render } from '../../lib/i18n/index.ts';
import {
  NOW,
  NS,
  ZONES,
  ago,
  failedScheduling,
  infraNode,
  node,
  pendingPod,
  runningPod,
} from './tainted-cluster-fixture.ts';

type Obj = Record<string, unknown>;

const FIRST =
  '0/48 nodes are available: 1 Too many pods, 1 node(s) had untolerated taint {dedicated: infra}, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 40 node(s) had untolerated taint {nvidia.com/gpu: true}, 6 Insufficient cpu. preemption: 0/48 nodes are available: 42 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod..';
const SECOND =
  "0/48 nodes are available: 1 node(s) had untolerated taint {dedicated: infra}, 2 node(s) had volume node affinity conflict, 40 node(s) had untolerated taint {nvidia.com/gpu: true}, 5 node(s) didn't match Pod's node affinity/selector. preemption: 0/48 nodes are available: 48 Preemption is not helpful for scheduling..";

const gpu = (i: number) =>
  node({
    name: `ip-10-0-${100 + i}-7.ap-northeast-2.compute.internal`,
    zone: ZONES[i % 3]!,
    nodegroup: 'gpu',
    instanceType: 'g5.xlarge',
    cpu: '3920m',
    memory: '15350764Ki',
    pods: '58',
    taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }],
  });
const infra = infraNode();
const app = (i: number, extra: Partial<Parameters<typeof node>[0]> = {}) =>
  node({
    name: `ip-10-0-${i % 2 ? 2 : 1}-${30 + i}.ap-northeast-2.compute.internal`,
    zone: ZONES[i % 2]!,
    nodegroup: 'app',
    instanceType: 't3.small',
    cpu: '1930m',
    memory: '1507360Ki',
    pods: '11',
    ...extra,
  });
const nameOf = (o: Obj) => (o.metadata as { name: string }).name;

function judge(objects: Obj[]): Finding {
  const snapshot = snapshotFromObjects(objects, NS, NOW);
  const findings = pendingPodsCheck.run(snapshot, buildIndex(snapshot));
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

function expectOnlyWantedNodesInHeadline(f: Finding): void {
  expect(f.code).not.toBe('pending-pods.untolerated-taint');
  for (const lang of ['en', 'ko'] as const) {
    const headline = render(lang, f.cause);
    for (const word of ['nvidia.com/gpu', 'dedicated', 'infra', '-7.ap-northeast-2', 'ip-10-0-80-50'])
      expect(headline, `${lang}: ${headline}`).not.toContain(word);
    expect(headline).not.toMatch(/\{[A-Za-z]+\}/);
  }
}

describe('reference §4, verbatim: 40 GPU nodes and an infra node beside the app nodes', () => {
  it('one app node dead, one full, six short of cpu: the headline names cpu and the dead node, with their nodes', () => {
    const dead = app(0, {
      taints: [
        { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: ago(30) },
        { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: ago(30) },
      ],
      ready: {
        type: 'Ready',
        status: 'Unknown',
        reason: 'NodeStatusUnknown',
        message: 'Kubelet stopped posting node status.',
        lastHeartbeatTime: ago(31),
        lastTransitionTime: ago(30),
      },
    });
    const live = [1, 2, 3, 4, 5, 6].map((i) => app(i));
    // Each live app node runs one 600m pod (1330m left); the first is also at its 11-pod limit.
    const pods = live.flatMap((n, i) => [
      runningPod(`api-7c9d8b6f5-${i}k2x`, nameOf(n), '600m', '256Mi'),
      ...(i === 0 ? Array.from({ length: 10 }, (_, k) => runningPod(`sidecar-${k}`, nameOf(n), '0m', '32Mi')) : []),
    ]);
    const nodes = [...Array.from({ length: 40 }, (_, i) => gpu(i)), infra, dead, ...live];
    expect(nodes).toHaveLength(48);
    const f = judge([pendingPod({ cpu: '1500m' }), failedScheduling(FIRST), ...nodes, ...pods]);

    expectOnlyWantedNodesInHeadline(f);
    const headline = render('en', f.cause);
    expect(headline).toContain('7 node(s) this pod may use');
    expect(headline).toContain('Insufficient cpu');
    expect(headline).toContain(`NotReady: ${nameOf(dead)}`);
    expect(headline).toContain(`Insufficient cpu (requests 1500m, at most 1330m free): ${nameOf(live[0]!)}, `);
    expect(headline).toContain('(+2)');
    expect(headline).toContain(`Too many pods (max-pods 11): ${nameOf(live[0]!)}.`);
    expect(f.evidence.some((e) => e.source === 'event' && e.text === FIRST)).toBe(true);
  });

  it('a volume in a zone with no app node: names the volume, its zone and the app zones, not the taints', () => {
    const volume = 'pvc-0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
    const batch = [0, 1, 2, 3, 4].map((i) =>
      node({
        name: `ip-10-0-${90 + i}-60.ap-northeast-2.compute.internal`,
        zone: ZONES[i % 3]!,
        nodegroup: 'batch',
        instanceType: 'm5.2xlarge',
        cpu: '7910m',
        memory: '31482280Ki',
        pods: '58',
      }),
    );
    const nodes = [...Array.from({ length: 40 }, (_, i) => gpu(i)), infra, app(0), app(1), ...batch];
    expect(nodes).toHaveLength(48);
    const f = judge([
      pendingPod({ volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }] }),
      failedScheduling(SECOND),
      ...nodes,
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data-web-0', namespace: NS, uid: 'uid-pvc-data-web-0' },
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'gp3', volumeName: volume },
        status: { phase: 'Bound' },
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: volume, uid: `uid-${volume}` },
        spec: {
          capacity: { storage: '20Gi' },
          accessModes: ['ReadWriteOnce'],
          claimRef: { name: 'data-web-0', namespace: NS },
          csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0a1b2c3d4e5f60718' },
          nodeAffinity: {
            required: {
              nodeSelectorTerms: [
                { matchExpressions: [{ key: 'topology.ebs.csi.aws.com/zone', operator: 'In', values: [ZONES[2]] }] },
              ],
            },
          },
          storageClassName: 'gp3',
        },
        status: { phase: 'Bound' },
      },
    ]);
    expect(f.code).toBe('pending-pods.volume-zone-conflict');
    expect(f.cause.params).toMatchObject({ volume, zone: ZONES[2], zones: `${ZONES[0]}, ${ZONES[1]}` });
    expectOnlyWantedNodesInHeadline(f);
    expect(f.evidence.some((e) => e.source === 'event' && e.text === SECOND)).toBe(true);
  });
});
