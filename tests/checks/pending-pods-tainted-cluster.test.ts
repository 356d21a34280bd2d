/**
 * Pending pods in an EKS-like cluster where 41 of 48 nodes carry a taint the pod does not tolerate:
 * the headline must name what blocks the nodes the pod may use (nodegroup=app), never a reason that
 * applies only to the GPU, system, Fargate or infra nodes it never wanted.
 */
import { describe, expect, it } from 'vitest';
import { pendingPodsCheck } from '../../checks/pending-pods.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';
import { render } from '../../lib/i18n/index.ts';
import {
  APP_NODES,
  NO_VICTIMS,
  NOT_HELPFUL,
  NOT_SELECTED,
  NOW,
  NS,
  TAINTED,
  ago,
  clusterNodes,
  failedScheduling,
  pendingPod,
  runningPod,
  schedulerMessage,
} from './tainted-cluster-fixture.ts';

type Obj = Record<string, unknown>;
const [APP1, APP2, APP3] = APP_NODES as [string, string, string];

function finding(objects: Obj[], tweak?: (s: Snapshot) => void): Finding {
  const snapshot = snapshotFromObjects(objects, NS, NOW);
  tweak?.(snapshot);
  const findings = pendingPodsCheck.run(snapshot, buildIndex(snapshot));
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

const cause = (f: Finding) => render('en', f.cause);
const details = (f: Finding) => (f.details ?? []).map((m) => render('en', m));

/** What no headline may name: the taints of node groups the pod never wanted. */
function expectNoForeignTaintInHeadline(f: Finding): void {
  for (const lang of ['en', 'ko'] as const) {
    const headline = render(lang, f.cause);
    for (const word of ['nvidia.com/gpu', 'CriticalAddonsOnly', 'fargate', 'dedicated'])
      expect(headline, `${lang}: ${headline}`).not.toContain(word);
    expect(headline).not.toMatch(/\{[A-Za-z]+\}/);
  }
  expect(f.code).not.toBe('pending-pods.untolerated-taint');
}

/** One running pod of the namespace on each app node, requesting this much. */
const appPods = (cpu: string, memory = '256Mi') =>
  APP_NODES.map((node, i) => runningPod(`api-7c9d8b6f5-${i}x2k`, node, cpu, memory));

const cpuMessage = (count = 3, extra: [number, string][] = []) =>
  schedulerMessage(
    [...TAINTED, ...extra, [count, 'Insufficient cpu'], NOT_SELECTED],
    [
      [45 - (3 - count), NOT_HELPFUL],
      [count, NO_VICTIMS],
    ],
  );

describe('pending-pods in a cluster with 41 tainted nodes beside the app nodes', () => {
  it('too much cpu: leads with the cpu of the three app nodes, not the 36 GPU nodes', () => {
    const message = cpuMessage();
    const f = finding([pendingPod({ cpu: '1500m' }), failedScheduling(message), ...clusterNodes(), ...appPods('600m')]);
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(cause(f)).toBe(
      `The node(s) this pod may use (${APP1}, ${APP2}, ${APP3}) do not have enough free cpu: it requests 1500m, and the most any of them has left is 1330m.`,
    );
    expectNoForeignTaintInHeadline(f);
    // The scheduler's counts are accounted for in details, and its message is kept verbatim.
    const gpu = details(f).find((d) => d.startsWith('36 node(s) carry nvidia.com/gpu=true:NoSchedule'));
    expect(gpu).toMatch(/which the pod does not tolerate, so they are not for it: ip-10-0-100-\d+\S+, .* \(\+32\)\.$/);
    expect(details(f).some((d) => d.startsWith('4 node(s) do not meet the pod\'s rule "nodegroup = app"'))).toBe(true);
    expect(details(f)).toContain(`The pod may use 3 of the 48 nodes: ${APP1}, ${APP2}, ${APP3}.`);
    expect(f.evidence.some((e) => e.source === 'event' && e.text === message)).toBe(true);
  });

  it('too much memory: says no app node can ever fit it, though the batch nodes could', () => {
    const f = finding([
      pendingPod({ memory: '2Gi' }),
      failedScheduling(
        schedulerMessage(
          [...TAINTED, [3, 'Insufficient memory'], NOT_SELECTED],
          [
            [45, NOT_HELPFUL],
            [3, NO_VICTIMS],
          ],
        ),
      ),
      ...clusterNodes(),
      ...appPods('100m'),
    ]);
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.cause).toEqual({
      key: 'check.pending-pods.cause.candidates-too-big',
      params: { request: '2Gi', resource: 'memory', largest: '1.4Gi' },
    });
    expectNoForeignTaintInHeadline(f);
  });

  it('a nodeSelector no node matches: leads with the missing label', () => {
    const f = finding([
      pendingPod({ nodeSelector: { nodegroup: 'app-large' } }),
      failedScheduling(
        schedulerMessage([...TAINTED, [7, "node(s) didn't match Pod's node affinity/selector"]], [[48, NOT_HELPFUL]]),
      ),
      ...clusterNodes(),
    ]);
    expect(f.code).toBe('pending-pods.node-selector-mismatch');
    expect(cause(f)).toBe(
      'None of the 48 nodes has what this pod asks for in its nodeSelector or node affinity: nodegroup = app-large.',
    );
    expectNoForeignTaintInHeadline(f);
    expect(f.commands).toContain('kubectl get nodes -L nodegroup');
  });

  it('app nodes at their pod limit (all pods visible): names the nodes and the max-pods', () => {
    const pods = APP_NODES.flatMap((node, n) =>
      Array.from({ length: 11 }, (_, i) => runningPod(`worker-${n}-${i}`, node, '50m', '64Mi')),
    );
    const f = finding([
      pendingPod(),
      failedScheduling(
        schedulerMessage(
          [...TAINTED, [3, 'Too many pods'], NOT_SELECTED],
          [
            [45, NOT_HELPFUL],
            [3, NO_VICTIMS],
          ],
        ),
      ),
      ...clusterNodes(),
      ...pods,
    ]);
    expect(f.code).toBe('pending-pods.too-many-pods');
    expect(f.cause.params).toEqual({ nodes: `${APP1}, ${APP2}, ${APP3}` });
    expect(details(f)).toContain(`Node ${APP1} (t3.small): 11 of 11 pods.`);
    expectNoForeignTaintInHeadline(f);
  });

  it('app nodes at their pod limit, other namespaces unseen: the scheduler count for those nodes leads', () => {
    const f = finding([
      pendingPod(),
      failedScheduling(
        schedulerMessage(
          [...TAINTED, [3, 'Too many pods'], NOT_SELECTED],
          [
            [45, NOT_HELPFUL],
            [3, NO_VICTIMS],
          ],
        ),
      ),
      ...clusterNodes(),
      ...appPods('100m'),
    ]);
    expect(f.code).toBe('pending-pods.too-many-pods');
    expect(f.cause).toEqual({ key: 'check.pending-pods.cause.too-many-pods', params: { count: 3, total: 48 } });
    expectNoForeignTaintInHeadline(f);
  });

  it("a volume pinned to a zone without app nodes: names the volume, its zone and the app nodes' zones", () => {
    const volume = 'pvc-5b2e7c1a-93d4-4f0e-8a6b-2c1d0e9f8a7b';
    const f = finding([
      pendingPod({ volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }] }),
      failedScheduling(
        schedulerMessage(
          [...TAINTED, [3, 'node(s) had volume node affinity conflict'], NOT_SELECTED],
          [[48, NOT_HELPFUL]],
        ),
      ),
      ...clusterNodes(),
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data-web-0', namespace: NS, uid: 'uid-pvc-data-web-0' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: 'gp3',
          volumeName: volume,
          resources: { requests: { storage: '20Gi' } },
        },
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
          csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0f3a9c2b7d1e4a5b6', fsType: 'ext4' },
          nodeAffinity: {
            required: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: 'topology.ebs.csi.aws.com/zone', operator: 'In', values: ['ap-northeast-2c'] },
                  ],
                },
              ],
            },
          },
          storageClassName: 'gp3',
        },
        status: { phase: 'Bound' },
      },
    ]);
    expect(f.code).toBe('pending-pods.volume-zone-conflict');
    expect(f.cause.params).toEqual({
      volume,
      claim: 'data-web-0',
      zone: 'ap-northeast-2c',
      zones: 'ap-northeast-2a, ap-northeast-2b',
    });
    expect(cause(f)).toContain('attaches only to a node in its own availability zone');
    expect(f.remedy.map((r) => r.key)).toEqual(
      expect.arrayContaining(['check.pending-pods.remedy.zone-node', 'check.pending-pods.remedy.wait-for-consumer']),
    );
    expect(f.related).toContainEqual({ kind: 'PersistentVolume', name: volume });
    expectNoForeignTaintInHeadline(f);
  });

  it("a claim not bound yet whose class creates volumes only in a zone without app nodes: names the claim, the class, its zone and the app nodes' zones", () => {
    // v1.28 VolumeBinding reports such nodes as "didn't find available persistent volumes to bind" (binder.go,
    // checkVolumeProvisions against the class's allowedTopologies); the claim itself only waits for the pod.
    const f = finding([
      pendingPod({ volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }] }),
      failedScheduling(
        schedulerMessage(
          [...TAINTED, [3, "node(s) didn't find available persistent volumes to bind"], NOT_SELECTED],
          [[48, NOT_HELPFUL]],
        ),
      ),
      ...clusterNodes(),
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data-web-0', namespace: NS, uid: 'uid-pvc-data-web-0', creationTimestamp: ago(20) },
        spec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: 'gp3-2c',
          resources: { requests: { storage: '20Gi' } },
        },
        status: { phase: 'Pending' },
      },
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'gp3-2c' },
        provisioner: 'ebs.csi.aws.com',
        parameters: { type: 'gp3' },
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'WaitForFirstConsumer',
        allowedTopologies: [
          { matchLabelExpressions: [{ key: 'topology.ebs.csi.aws.com/zone', values: ['ap-northeast-2c'] }] },
        ],
      },
      { apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', metadata: { name: 'ebs.csi.aws.com' }, spec: {} },
    ]);
    expect(f.code).toBe('pending-pods.volume-zone-conflict');
    expect(cause(f)).toBe(
      'Claim data-web-0 is not bound yet, and its StorageClass gp3-2c creates volumes only in zone ap-northeast-2c (allowedTopologies), but the nodes this pod could otherwise use are in ap-northeast-2a, ap-northeast-2b; the scheduler places the pod only where its volume can be created.',
    );
    expect(details(f)).toContain(
      `3 node(s) are outside the zone(s) where StorageClass gp3-2c creates the volume of claim data-web-0 (ap-northeast-2c): ${APP1}, ${APP2}, ${APP3}.`,
    );
    // Already WaitForFirstConsumer: that advice would change nothing.
    expect(f.remedy.map((r) => r.key)).toEqual(expect.arrayContaining(['check.pending-pods.remedy.class-zones']));
    expect(f.remedy.map((r) => r.key)).not.toContain('check.pending-pods.remedy.wait-for-consumer');
    expect(f.related).toContainEqual({ kind: 'StorageClass', name: 'gp3-2c' });
    expectNoForeignTaintInHeadline(f);
    expect(render('ko', f.cause)).toContain('gp3-2c');
  });

  it('two reasons at once: one app node stopped reporting, two are short of cpu; the headline names both with their nodes', () => {
    const unreachable = [
      { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: ago(12) },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: ago(12) },
    ];
    const f = finding([
      pendingPod({ cpu: '1500m' }),
      failedScheduling(
        schedulerMessage(
          [
            ...TAINTED,
            [1, 'node(s) had untolerated taint {node.kubernetes.io/unreachable: }'],
            [2, 'Insufficient cpu'],
            NOT_SELECTED,
          ],
          [
            [46, NOT_HELPFUL],
            [2, NO_VICTIMS],
          ],
        ),
      ),
      ...clusterNodes({
        0: {
          taints: unreachable,
          ready: {
            type: 'Ready',
            status: 'Unknown',
            reason: 'NodeStatusUnknown',
            message: 'Kubelet stopped posting node status.',
            lastHeartbeatTime: ago(13),
            lastTransitionTime: ago(12),
          },
        },
      }),
      ...appPods('600m'),
    ]);
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.cause.key).toBe('check.pending-pods.cause.several');
    expect(cause(f)).toBe(
      `None of the 3 node(s) this pod may use can take it: Insufficient cpu (requests 1500m, at most 1330m free): ${APP2}, ${APP3}; NotReady: ${APP1} (Ready=Unknown, node.kubernetes.io/unreachable).`,
    );
    expectNoForeignTaintInHeadline(f);
    expect(f.commands).toContain(`kubectl describe node ${APP1}`);
    expect(f.related).toContainEqual({ kind: 'Node', name: APP1 });
  });

  it('nodes hidden (namespace-only RBAC): the reason of the nodes past the taint and label filters leads, worded as the scheduler counts', () => {
    const f = finding(
      [pendingPod({ cpu: '1500m' }), failedScheduling(cpuMessage()), ...clusterNodes(), ...appPods('600m')],
      (s) => {
        s.visibility.nodes = { visible: false, reason: 'forbidden', detail: 'nodes is forbidden' };
        s.nodes = [];
      },
    );
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.cause).toEqual({
      key: 'check.pending-pods.cause.insufficient-resources-hidden',
      params: { count: 3, total: 48, resource: 'cpu' },
    });
    expect(
      details(f).some((d) => d.startsWith('The scheduler counts, per node, only the first check that failed')),
    ).toBe(true);
    expectNoForeignTaintInHeadline(f);
  });

  it('a pod that selects the GPU nodes without tolerating their taint: the taint is what blocks it, and leads', () => {
    const f = finding([
      pendingPod({ nodeSelector: { nodegroup: 'gpu' } }),
      failedScheduling(
        schedulerMessage([...TAINTED, [7, "node(s) didn't match Pod's node affinity/selector"]], [[48, NOT_HELPFUL]]),
      ),
      ...clusterNodes(),
    ]);
    expect(f.code).toBe('pending-pods.untolerated-taint');
    expect(cause(f)).toMatch(
      /^The node\(s\) this pod may use \(ip-10-0-100-\S+, .* \(\+32\)\) carry a taint it does not tolerate: nvidia\.com\/gpu=true:NoSchedule\.$/,
    );
    expect(f.remedy.map((r) => render('en', r))).toContain(
      'If the pod belongs on those nodes, add a toleration to the pod template: {key: "nvidia.com/gpu", operator: "Equal", value: "true", effect: "NoSchedule"}.',
    );
  });

  it('a pod kept off Fargate by a NotIn affinity (no nodeSelector): the GPU, system and infra taints are not for it', () => {
    // A common EKS rule: any node but Fargate. It rules nodes out; it picks no node group, so a node it leaves
    // that carries an untolerated taint belongs to another group, not to this pod.
    const pod = pendingPod({ cpu: '1500m' }) as { spec: Obj };
    delete pod.spec.nodeSelector;
    pod.spec.affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'eks.amazonaws.com/compute-type', operator: 'NotIn', values: ['fargate'] }] },
          ],
        },
      },
    };
    const nodes = clusterNodes().filter(
      (n) => (n as { metadata: { labels: Record<string, string> } }).metadata.labels.nodegroup !== 'batch',
    );
    const message = schedulerMessage(
      [...TAINTED, [3, 'Insufficient cpu']],
      [
        [41, NOT_HELPFUL],
        [3, NO_VICTIMS],
      ],
    ).replaceAll('0/48', '0/44');
    const f = finding([pod, failedScheduling(message), ...nodes, ...appPods('600m')]);
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(cause(f)).toBe(
      `The node(s) this pod may use (${APP1}, ${APP2}, ${APP3}) do not have enough free cpu: it requests 1500m, and the most any of them has left is 1330m.`,
    );
    expectNoForeignTaintInHeadline(f);
    expect(details(f)).toContain(`The pod may use 3 of the 44 nodes: ${APP1}, ${APP2}, ${APP3}.`);
  });

  it('renders every case in Korean without placeholders', () => {
    const f = finding([
      pendingPod({ cpu: '1500m' }),
      failedScheduling(cpuMessage()),
      ...clusterNodes(),
      ...appPods('600m'),
    ]);
    for (const m of [f.cause, ...(f.details ?? []), ...f.remedy]) expect(render('ko', m)).not.toMatch(/\{[A-Za-z]+\}/);
  });
});
