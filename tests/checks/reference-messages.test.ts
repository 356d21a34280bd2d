/**
 * Every message form in shared/reference/kubernetes-messages.md, in every wording generation,
 * run through the check that reads it: real-shaped objects, snapshotFromObjects, buildIndex.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../checks/index.ts';
import { crashLoopsCheck } from '../../checks/crash-loops.ts';
import { containerConfigCheck } from '../../checks/container-config.ts';
import { evictionsCheck } from '../../checks/evictions.ts';
import { imagePullsCheck } from '../../checks/image-pulls.ts';
import { oomKillsCheck } from '../../checks/oom-kills.ts';
import { pendingPodsCheck } from '../../checks/pending-pods.ts';
import { probeFailuresCheck } from '../../checks/probe-failures.ts';
import { unboundPvcsCheck } from '../../checks/unbound-pvcs.ts';
import { volumeMountsCheck } from '../../checks/volume-mounts.ts';
import type { Check } from '../../lib/doctor/check.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { snapshotFromText } from '../../lib/doctor/load-file.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';

const NOW = '2026-03-10T12:00:00Z';
const NS = 'shop';
const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString().replace('.000', '');

type Obj = Record<string, unknown>;

function node(
  name: string,
  extra: { taints?: Obj[]; unschedulable?: boolean; labels?: Record<string, string> } = {},
): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: `uid-${name}`,
      labels: { 'kubernetes.io/hostname': name, 'topology.kubernetes.io/zone': 'ap-northeast-2a', ...extra.labels },
    },
    spec: {
      ...(extra.taints ? { taints: extra.taints } : {}),
      ...(extra.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      allocatable: { cpu: '1930m', memory: '7291Mi', pods: '29', 'ephemeral-storage': '18242267924' },
      capacity: { cpu: '2', memory: '7901Mi', pods: '29' },
      conditions: [
        { type: 'Ready', status: 'True' },
        { type: 'MemoryPressure', status: 'False' },
      ],
    },
  };
}

const NODES = [
  node('ip-10-0-1-10.ap-northeast-2.compute.internal'),
  node('ip-10-0-2-20.ap-northeast-2.compute.internal'),
  node('ip-10-0-3-30.ap-northeast-2.compute.internal'),
];

interface PodOptions {
  name?: string;
  uid?: string;
  phase?: string;
  nodeName?: string;
  containers?: Obj[];
  statuses?: Obj[];
  volumes?: Obj[];
  created?: string;
  extraStatus?: Obj;
  metadata?: Obj;
  conditions?: Obj[];
  restartPolicy?: string;
  owner?: Obj;
}

function pod(o: PodOptions = {}): Obj {
  const name = o.name ?? 'web-0';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: NS,
      uid: o.uid ?? `uid-${name}`,
      creationTimestamp: o.created ?? ago(30),
      ...(o.owner ? { ownerReferences: [o.owner] } : {}),
      ...o.metadata,
    },
    spec: {
      containers: o.containers ?? [
        { name: 'app', image: 'nginx:1.27', resources: { requests: { cpu: '100m', memory: '128Mi' } } },
      ],
      ...(o.nodeName ? { nodeName: o.nodeName } : {}),
      ...(o.volumes ? { volumes: o.volumes } : {}),
      restartPolicy: o.restartPolicy ?? 'Always',
      schedulerName: 'default-scheduler',
    },
    status: {
      phase: o.phase ?? 'Pending',
      ...(o.conditions ? { conditions: o.conditions } : {}),
      ...(o.statuses ? { containerStatuses: o.statuses } : {}),
      ...o.extraStatus,
    },
  };
}

function event(
  about: { kind: string; name: string; uid?: string },
  reason: string,
  message: string,
  extra: { type?: string; count?: number; last?: string; first?: string; component?: string } = {},
): Obj {
  const last = extra.last ?? ago(1);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${about.name}.${reason}.${Math.abs(hash(message))}`, namespace: NS },
    involvedObject: { kind: about.kind, name: about.name, namespace: NS, ...(about.uid ? { uid: about.uid } : {}) },
    reason,
    message,
    type: extra.type ?? 'Warning',
    count: extra.count ?? 1,
    firstTimestamp: extra.first ?? last,
    lastTimestamp: last,
    source: { component: extra.component ?? 'kubelet' },
  };
}

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

const podAbout = (name = 'web-0') => ({ kind: 'Pod', name, uid: `uid-${name}` });

function run(check: Check, objects: unknown[], tweak?: (s: Snapshot) => void): Finding[] {
  const snapshot = snapshotFromObjects(objects, NS, NOW);
  tweak?.(snapshot);
  return check.run(snapshot, buildIndex(snapshot));
}

function only(check: Check, objects: unknown[]): Finding {
  const findings = run(check, objects);
  expect(findings.map((f) => f.code)).toHaveLength(1);
  return findings[0]!;
}

// ---------------------------------------------------------------------------------------------
// 1 Scheduler: FailedScheduling in every generation
// ---------------------------------------------------------------------------------------------

function pending(
  message: string,
  extra: { nodes?: Obj[]; objects?: Obj[]; volumes?: Obj[]; asCondition?: boolean } = {},
): Finding {
  const p = pod({
    volumes: extra.volumes,
    conditions: [
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message, lastTransitionTime: ago(10) },
    ],
  });
  const events = extra.asCondition
    ? []
    : [event(podAbout(), 'FailedScheduling', message, { component: 'default-scheduler', count: 7 })];
  return only(pendingPodsCheck, [p, ...events, ...(extra.nodes ?? NODES), ...(extra.objects ?? [])]);
}

describe('reference §1: FailedScheduling wordings → pending-pods', () => {
  const taint = { key: 'dedicated', value: 'batch', effect: 'NoSchedule' };
  const tainted = [node('n1', { taints: [taint] }), node('n2', { taints: [taint] })];

  it('old taint wording "had taints that the pod didn\'t tolerate"', () => {
    const f = pending("0/2 nodes are available: 2 node(s) had taints that the pod didn't tolerate.", {
      nodes: tainted,
    });
    expect(f.code).toBe('pending-pods.untolerated-taint');
    expect(f.cause.params).toMatchObject({ count: 2, total: 2, taints: 'dedicated=batch:NoSchedule' });
  });

  it('middle taint wording "had untolerated taint {key: value}" with an empty value', () => {
    const cp = [node('cp', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] })];
    const f = pending(
      '0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
      { nodes: cp },
    );
    expect(f.code).toBe('pending-pods.untolerated-taint');
    expect(f.cause.params).toMatchObject({ count: 1, total: 1 });
    expect(String(f.cause.params?.taints)).toContain('node-role.kubernetes.io/control-plane');
  });

  it('middle taint wording names the taint even when nodes are hidden ({eks.amazonaws.com/compute-type: fargate})', () => {
    const findings = run(
      pendingPodsCheck,
      [
        pod({ conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] }),
        event(
          podAbout(),
          'FailedScheduling',
          '0/1 nodes are available: 1 node(s) had untolerated taint {eks.amazonaws.com/compute-type: fargate}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..',
          { component: 'default-scheduler' },
        ),
      ],
      (s) => {
        s.visibility.nodes = { visible: false, reason: 'forbidden' };
      },
    );
    expect(findings[0]?.code).toBe('pending-pods.untolerated-taint');
    expect(findings[0]?.cause.params).toMatchObject({ taints: 'eks.amazonaws.com/compute-type=fargate' });
  });

  it('current taint wording "had untolerated taint(s)" reads the taint from node spec, with the DRA note and preemption tail', () => {
    const f = pending(
      '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      {
        nodes: [
          node('gpu', { taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }] }),
          node('a'),
          node('b'),
        ],
      },
    );
    // Two nodes lack cpu, one is tainted: the shortage leads.
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.cause.params).toMatchObject({ resource: 'cpu' });
  });

  it('old double period after the preemption tail', () => {
    const cp = [
      node('n1', {
        taints: [{ key: 'node.cloudprovider.kubernetes.io/uninitialized', value: 'true', effect: 'NoSchedule' }],
      }),
    ];
    const f = pending(
      '0/1 nodes are available: 1 node(s) had untolerated taint {node.cloudprovider.kubernetes.io/uninitialized: true}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..',
      { nodes: cp },
    );
    expect(f.code).toBe('pending-pods.untolerated-taint');
    expect(f.cause.params).toMatchObject({
      nodes: 'n1',
      taints: 'node.cloudprovider.kubernetes.io/uninitialized=true:NoSchedule',
    });
  });

  it('Too many pods (EKS max-pods)', () => {
    const f = pending(
      '0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
      { nodes: [node('a'), node('b')] },
    );
    expect(f.code).toBe('pending-pods.too-many-pods');
    expect(f.cause.params).toMatchObject({ count: 2, total: 2 });
  });

  it('no nodes available to schedule pods', () => {
    const f = pending('no nodes available to schedule pods', { nodes: [] });
    expect(f.code).toBe('pending-pods.no-nodes');
  });

  it.each([
    ['Insufficient memory', 'memory'],
    ['Insufficient ephemeral-storage', 'ephemeral-storage'],
    ['Insufficient nvidia.com/gpu', 'nvidia.com/gpu'],
  ])('%s', (reason, resource) => {
    const f = pending(
      `0/3 nodes are available: 3 ${reason}. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.`,
    );
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.cause.params).toMatchObject({ resource });
  });

  it.each([
    ["node(s) didn't match Pod's node affinity/selector", 'pending-pods.node-selector-mismatch'],
    ["node(s) didn't match scheduler-enforced node affinity", 'pending-pods.node-selector-mismatch'],
    ['node(s) were unschedulable', 'pending-pods.cordoned'],
    ["node(s) didn't have free ports for the requested pod ports", 'pending-pods.host-port-conflict'],
    ["node(s) didn't match the requested node name", 'pending-pods.node-name-mismatch'],
    ["node(s) didn't match pod affinity rules", 'pending-pods.pod-affinity-conflict'],
    ["node(s) didn't match pod anti-affinity rules", 'pending-pods.pod-affinity-conflict'],
    ["node(s) didn't satisfy existing pods anti-affinity rules", 'pending-pods.pod-affinity-conflict'],
    ["node(s) didn't match pod topology spread constraints", 'pending-pods.topology-spread'],
    ["node(s) didn't find available persistent volumes to bind", 'pending-pods.unbound-pvc'],
    ['node(s) had volume node affinity conflict', 'pending-pods.volume-zone-conflict'],
    ["node(s) didn't match PersistentVolume's node affinity", 'pending-pods.volume-zone-conflict'],
    ['node(s) did not have enough free storage', 'pending-pods.volume-unavailable'],
    ['pvc(s) bound to non-existent pv(s)', 'pending-pods.unbound-pvc'],
    ['node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)', 'pending-pods.unbound-pvc'],
    ['node(s) had no available disk', 'pending-pods.volume-unavailable'],
    ['node(s) had no available volume zone', 'pending-pods.volume-zone-conflict'],
  ])('filter reason "%s"', (reason, code) => {
    const f = pending(
      `0/3 nodes are available: 3 ${reason}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.`,
      {
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }],
      },
    );
    expect(f.code).toBe(code);
  });

  it('PreFilter: pod has unbound immediate PersistentVolumeClaims', () => {
    const f = pending(
      '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
      {
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }],
      },
    );
    expect(f.code).toBe('pending-pods.unbound-pvc');
  });

  it('PreFilter: persistentvolumeclaim "x" not found, with the double period', () => {
    const f = pending(
      '0/3 nodes are available: persistentvolumeclaim "x" not found. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
      {
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'x' } }],
      },
    );
    expect(f.code).toBe('pending-pods.missing-pvc');
    expect(f.cause.params).toEqual({ claim: 'x' });
  });

  it.each([
    'running PreBind plugin "VolumeBinding": binding volumes: context deadline exceeded',
    'running PreBind plugin "VolumeBinding": binding volumes: timed out waiting for the condition',
    'timed out waiting for the condition',
  ])('PreBind timeout "%s"', (message) => {
    const f = pending(message, { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }] });
    expect(f.code).toBe('pending-pods.volume-binding-timeout');
  });

  it('an unknown filter reason is passed through verbatim', () => {
    const f = pending(
      '0/3 nodes are available: 3 node(s) exceed max volume count. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
    expect(f.code).toBe('pending-pods.unknown-reason');
    expect(f.cause.params).toEqual({ text: 'node(s) exceed max volume count' });
  });

  it('an unknown message without the envelope is passed through verbatim', () => {
    const text =
      'running Bind plugin "DefaultBinder": Operation cannot be fulfilled on pods/binding "web-0": pod web-0 is already assigned to node "n1"';
    const f = pending(text);
    expect(f.code).toBe('pending-pods.unknown-reason');
    expect(f.cause.params).toEqual({ text });
  });

  it('the PodScheduled condition speaks when the event has expired', () => {
    const f = pending(
      '0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
      { asCondition: true, nodes: [node('a'), node('b')] },
    );
    expect(f.code).toBe('pending-pods.too-many-pods');
  });
});

// ---------------------------------------------------------------------------------------------
// 2 PV controller events on the claim
// ---------------------------------------------------------------------------------------------

function claim(name: string, storageClassName: string | undefined, extra: Obj = {}): Obj {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name,
      namespace: NS,
      uid: `uid-${name}`,
      creationTimestamp: ago(20),
      finalizers: ['kubernetes.io/pvc-protection'],
      ...extra,
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '10Gi' } },
      ...(storageClassName !== undefined ? { storageClassName } : {}),
      volumeMode: 'Filesystem',
    },
    status: { phase: 'Pending' },
  };
}

const claimAbout = (name: string) => ({ kind: 'PersistentVolumeClaim', name, uid: `uid-${name}` });

function storageClass(name: string, provisioner: string, mode = 'WaitForFirstConsumer', isDefault = false): Obj {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name,
      ...(isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}),
    },
    provisioner,
    volumeBindingMode: mode,
    reclaimPolicy: 'Delete',
  };
}

const consumer = (claimName: string, scheduled: boolean) =>
  pod({
    name: 'db-0',
    ...(scheduled
      ? {
          nodeName: 'n1',
          phase: 'Pending',
          statuses: [
            { name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } },
          ],
        }
      : {}),
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }],
  });

describe('reference §2: PV controller events → unbound-pvcs', () => {
  it('Normal FailedBinding "no persistent volumes available for this claim and no storage class is set"', () => {
    const f = only(unboundPvcsCheck, [
      claim('data', undefined),
      event(
        claimAbout('data'),
        'FailedBinding',
        'no persistent volumes available for this claim and no storage class is set',
        { type: 'Normal', count: 42, component: 'persistentvolume-controller' },
      ),
      storageClass('gp2', 'kubernetes.io/aws-ebs'),
    ]);
    expect(f.code).toBe('unbound-pvcs.no-storage-class');
    expect(f.severity).toBe('error');
  });

  it('Normal WaitForFirstConsumer with no pod is normal (info)', () => {
    const f = only(unboundPvcsCheck, [
      claim('data', 'gp3'),
      event(claimAbout('data'), 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', {
        type: 'Normal',
        component: 'persistentvolume-controller',
      }),
      storageClass('gp3', 'ebs.csi.aws.com'),
      { apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', metadata: { name: 'ebs.csi.aws.com' } },
    ]);
    expect(f.code).toBe('unbound-pvcs.waiting-for-consumer');
    expect(f.severity).toBe('info');
  });

  it('Normal WaitForPodScheduled: the claim waits on its pod', () => {
    const f = only(unboundPvcsCheck, [
      claim('data', 'gp3'),
      consumer('data', false),
      event(claimAbout('data'), 'WaitForPodScheduled', 'waiting for pod db-0 to be scheduled', {
        type: 'Normal',
        component: 'persistentvolume-controller',
      }),
      storageClass('gp3', 'ebs.csi.aws.com'),
      { apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', metadata: { name: 'ebs.csi.aws.com' } },
    ]);
    expect(f.code).toBe('unbound-pvcs.consumer-not-scheduled');
    expect(f.cause.params).toMatchObject({ pod: 'db-0' });
  });

  it.each([
    [
      'current',
      "Waiting for a volume to be created either by the external provisioner 'ebs.csi.aws.com' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
    ],
    [
      'old',
      'waiting for a volume to be created, either by external provisioner "ebs.csi.aws.com" or manually created by system administrator',
    ],
  ])(
    'ExternalProvisioning (%s wording) with no answer and no CSIDriver → EBS CSI driver missing',
    (_generation, message) => {
      const f = only(unboundPvcsCheck, [
        claim('data', 'gp3', {
          annotations: {
            'volume.kubernetes.io/selected-node': 'n1',
            'volume.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com',
          },
        }),
        consumer('data', false),
        event(claimAbout('data'), 'ExternalProvisioning', message, {
          type: 'Normal',
          count: 30,
          first: ago(15),
          component: 'persistentvolume-controller',
        }),
        storageClass('gp3', 'ebs.csi.aws.com'),
      ]);
      expect(f.code).toBe('unbound-pvcs.csi-driver-missing');
      expect(f.cause.params).toMatchObject({ driver: 'ebs.csi.aws.com' });
    },
  );

  it('ExternalProvisioning (current wording) with a registered driver that never answers', () => {
    const f = only(unboundPvcsCheck, [
      claim('data', 'gp3', { annotations: { 'volume.kubernetes.io/selected-node': 'n1' } }),
      consumer('data', false),
      event(
        claimAbout('data'),
        'ExternalProvisioning',
        "Waiting for a volume to be created either by the external provisioner 'ebs.csi.aws.com' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
        { type: 'Normal', count: 30, first: ago(15), component: 'persistentvolume-controller' },
      ),
      storageClass('gp3', 'ebs.csi.aws.com'),
      { apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', metadata: { name: 'ebs.csi.aws.com' } },
    ]);
    expect(f.code).toBe('unbound-pvcs.provisioner-not-responding');
  });

  it('Warning ProvisioningFailed storageclass.storage.k8s.io "<name>" not found', () => {
    const f = only(unboundPvcsCheck, [
      claim('data', 'fast'),
      event(claimAbout('data'), 'ProvisioningFailed', 'storageclass.storage.k8s.io "fast" not found', {
        component: 'persistentvolume-controller',
      }),
      storageClass('gp3', 'ebs.csi.aws.com'),
    ]);
    expect(f.code).toBe('unbound-pvcs.storage-class-not-found');
    expect(f.cause.params).toEqual({ class: 'fast' });
  });

  it('Warning ProvisioningFailed from the CSI provisioner with an IAM denial', () => {
    const f = only(unboundPvcsCheck, [
      claim('data', 'gp3', { annotations: { 'volume.kubernetes.io/selected-node': 'n1' } }),
      consumer('data', false),
      event(claimAbout('data'), 'Provisioning', 'External provisioner is provisioning volume for claim "shop/data"', {
        type: 'Normal',
        component: 'ebs.csi.aws.com_ebs-csi-controller-0_x',
      }),
      event(
        claimAbout('data'),
        'ProvisioningFailed',
        'failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume "pvc-1": could not create volume in EC2: UnauthorizedOperation: You are not authorized to perform this operation.',
        { component: 'ebs.csi.aws.com_ebs-csi-controller-0_x' },
      ),
      storageClass('gp3', 'ebs.csi.aws.com'),
      { apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', metadata: { name: 'ebs.csi.aws.com' } },
    ]);
    expect(f.code).toBe('unbound-pvcs.provisioning-denied');
  });

  it('Provisioning then ProvisioningSucceeded on a Bound claim: nothing to say', () => {
    const bound = claim('data', 'gp3');
    (bound.status as Obj).phase = 'Bound';
    (bound.spec as Obj).volumeName = 'pvc-1';
    const findings = run(unboundPvcsCheck, [
      bound,
      event(claimAbout('data'), 'Provisioning', 'External provisioner is provisioning volume for claim "shop/data"', {
        type: 'Normal',
      }),
      event(claimAbout('data'), 'ProvisioningSucceeded', 'Successfully provisioned volume pvc-1', { type: 'Normal' }),
      storageClass('gp3', 'ebs.csi.aws.com'),
    ]);
    expect(findings).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3 Kubelet and attach/detach
// ---------------------------------------------------------------------------------------------

const waitingPod = (reason: string, message: string | undefined, extra: PodOptions = {}) =>
  pod({
    nodeName: 'n1',
    phase: 'Pending',
    statuses: [
      {
        name: 'app',
        image: 'nginx:1.27',
        ready: false,
        restartCount: 0,
        state: { waiting: { reason, ...(message !== undefined ? { message } : {}) } },
      },
    ],
    ...extra,
  });

describe('reference §3: image pulls → image-pulls', () => {
  const image = '111122223333.dkr.ecr.ap-northeast-2.amazonaws.com/shop/web:v9';
  const containers = [{ name: 'app', image }];
  const notFound = `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`;

  it('ErrImagePull whose waiting message ends in ": ErrImagePull" (newer clusters)', () => {
    const f = only(imagePullsCheck, [
      waitingPod('ErrImagePull', `${notFound}: ErrImagePull`, { containers }),
      event(podAbout(), 'Pulling', `Pulling image "${image}"`, { type: 'Normal' }),
      event(podAbout(), 'Failed', `Failed to pull image "${image}": ${notFound}`),
      event(podAbout(), 'Failed', 'Error: ErrImagePull'),
    ]);
    expect(f.code).toBe('image-pulls.not-found');
    expect(f.cause.params).toMatchObject({ image, container: 'app' });
  });

  it('ImagePullBackOff with "Back-off pulling image": the Failed event carries the cause', () => {
    const f = only(imagePullsCheck, [
      waitingPod('ImagePullBackOff', `Back-off pulling image "${image}"`, { containers }),
      event(podAbout(), 'Failed', `Failed to pull image "${image}": ${notFound}`, { count: 4 }),
      event(podAbout(), 'BackOff', `Back-off pulling image "${image}"`, { type: 'Normal', count: 20 }),
      event(podAbout(), 'Failed', 'Error: ImagePullBackOff', { count: 20 }),
    ]);
    expect(f.code).toBe('image-pulls.not-found');
  });

  it('ErrImageNeverPull "Container image … is not present with pull policy of Never"', () => {
    const f = only(imagePullsCheck, [
      waitingPod('ErrImageNeverPull', `Container image "${image}" is not present with pull policy of Never`, {
        containers: [{ name: 'app', image, imagePullPolicy: 'Never' }],
      }),
      event(podAbout(), 'ErrImageNeverPull', `Container image "${image}" is not present with pull policy of Never`),
    ]);
    expect(f.code).toBe('image-pulls.never-pull');
    expect(f.cause.params).toMatchObject({ node: 'n1' });
  });

  it('InvalidImageName', () => {
    const f = only(imagePullsCheck, [
      waitingPod(
        'InvalidImageName',
        'Failed to apply default image tag "Nginx:1.27": couldn\'t parse image name "Nginx:1.27": invalid reference format: repository name must be lowercase',
        { containers: [{ name: 'app', image: 'Nginx:1.27' }] },
      ),
    ]);
    expect(f.code).toBe('image-pulls.invalid-name');
  });
});

describe('reference §3: CrashLoopBackOff and OOMKilled', () => {
  it('CrashLoopBackOff: "back-off 5m0s restarting failed container=…" with the cause in lastState.terminated', () => {
    const f = only(crashLoopsCheck, [
      pod({
        nodeName: 'n1',
        phase: 'Running',
        statuses: [
          {
            name: 'app',
            ready: false,
            restartCount: 9,
            state: {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: 'back-off 5m0s restarting failed container=app pod=web-0_shop(uid-web-0)',
              },
            },
            lastState: { terminated: { reason: 'Error', exitCode: 1, startedAt: ago(4), finishedAt: ago(3) } },
          },
        ],
      }),
      event(podAbout(), 'BackOff', 'Back-off restarting failed container app in pod web-0_shop(uid-web-0)', {
        count: 40,
      }),
    ]);
    expect(f.code).toBe('crash-loops.app-error');
    expect(f.cause.params).toEqual({ container: 'app', exitCode: 1 });
  });

  it('OOMKilled exit 137 against resources.limits.memory', () => {
    const objects = [
      pod({
        nodeName: 'n1',
        phase: 'Running',
        containers: [
          {
            name: 'app',
            image: 'nginx:1.27',
            resources: { requests: { memory: '128Mi' }, limits: { memory: '256Mi' } },
          },
        ],
        statuses: [
          {
            name: 'app',
            ready: false,
            restartCount: 5,
            state: {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: 'back-off 2m40s restarting failed container=app pod=web-0_shop(uid-web-0)',
              },
            },
            lastState: { terminated: { reason: 'OOMKilled', exitCode: 137, startedAt: ago(3), finishedAt: ago(2) } },
          },
        ],
      }),
      event(podAbout(), 'BackOff', 'Back-off restarting failed container app in pod web-0_shop(uid-web-0)', {
        count: 12,
      }),
    ];
    const f = only(oomKillsCheck, objects);
    expect(f.code).toBe('oom-kills.limit-reached');
    expect(f.cause.params).toEqual({ container: 'app', limit: '256Mi' });
    // crash-loops leaves OOM kills to oom-kills: one cause, one finding.
    expect(run(crashLoopsCheck, objects)).toEqual([]);
  });

  it('Evicted: pod status.reason Evicted under node memory pressure', () => {
    const f = only(evictionsCheck, [
      pod({
        nodeName: 'n1',
        phase: 'Failed',
        owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-6d4b9c', uid: 'uid-rs', controller: true },
        extraStatus: {
          reason: 'Evicted',
          message:
            'The node was low on resource: memory. Threshold quantity: 100Mi, available: 48Mi. Container app was using 1200Mi, request is 0, has larger consumption of memory. ',
        },
        statuses: [
          {
            name: 'app',
            ready: false,
            restartCount: 0,
            state: { terminated: { reason: 'ContainerStatusUnknown', exitCode: 137, finishedAt: ago(5) } },
          },
        ],
      }),
    ]);
    expect(f.code).toBe('evictions.node-pressure');
    expect(f.cause.params).toMatchObject({ resource: 'memory', count: 1 });
  });
});

describe('reference §3: CreateContainerConfigError → container-config', () => {
  const containers = [
    {
      name: 'app',
      image: 'nginx:1.27',
      env: [
        { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } },
        { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      ],
    },
  ];
  it.each([
    ['configmap "settings" not found', 'container-config.missing-object', { kind: 'ConfigMap', name: 'settings' }],
    ['secret "db" not found', 'container-config.missing-object', { kind: 'Secret', name: 'db' }],
    [
      "couldn't find key mode in ConfigMap shop/settings",
      'container-config.missing-key',
      { kind: 'ConfigMap', name: 'settings', key: 'mode' },
    ],
    [
      "couldn't find key password in Secret shop/db",
      'container-config.missing-key',
      { kind: 'Secret', name: 'db', key: 'password' },
    ],
  ])('"%s"', (message, code, params) => {
    const f = only(containerConfigCheck, [
      waitingPod('CreateContainerConfigError', message, { containers }),
      event(podAbout(), 'Failed', `Error: ${message}`, { count: 6 }),
    ]);
    expect(f.code).toBe(code);
    expect(f.cause.params).toMatchObject({ container: 'app', ...params });
  });
});

describe('reference §3: FailedMount, attach and sandbox → volume-mounts', () => {
  const volumes = [
    { name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } },
    { name: 'cfg', configMap: { name: 'missing', items: [{ key: 'app.yaml', path: 'app.yaml' }] } },
  ];
  const creating = (extra: PodOptions = {}) => waitingPod('ContainerCreating', undefined, { volumes, ...extra });

  it.each([
    'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x]: timed out waiting for the condition',
    'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x], failed to process volumes=[]: timed out waiting for the condition',
  ])('"%s"', (message) => {
    const f = only(volumeMountsCheck, [creating(), event(podAbout(), 'FailedMount', message, { count: 8 })]);
    expect(f.code).toBe('volume-mounts.mount-timeout');
    expect(f.cause.params).toEqual({ volumes: 'data' });
  });

  it('MountVolume.SetUp failed … configmap "missing" not found', () => {
    const f = only(volumeMountsCheck, [
      creating(),
      event(podAbout(), 'FailedMount', 'MountVolume.SetUp failed for volume "cfg" : configmap "missing" not found', {
        count: 9,
      }),
      event(
        podAbout(),
        'FailedMount',
        'Unable to attach or mount volumes: unmounted volumes=[cfg], unattached volumes=[cfg kube-api-access-x]: timed out waiting for the condition',
      ),
    ]);
    expect(f.code).toBe('volume-mounts.missing-source');
    expect(f.cause.params).toMatchObject({ volume: 'cfg', kind: 'ConfigMap', name: 'missing' });
  });

  it('MountVolume.SetUp failed … configmap references non-existent config key', () => {
    const f = only(volumeMountsCheck, [
      creating(),
      event(
        podAbout(),
        'FailedMount',
        'MountVolume.SetUp failed for volume "cfg" : configmap references non-existent config key: app.yaml',
        { count: 9 },
      ),
    ]);
    expect(f.code).toBe('volume-mounts.missing-key');
    expect(f.cause.params).toEqual({ volume: 'cfg', key: 'app.yaml', kind: 'ConfigMap' });
  });

  it('MountVolume.MountDevice failed (CSI)', () => {
    const f = only(volumeMountsCheck, [
      creating(),
      event(
        podAbout(),
        'FailedMount',
        'MountVolume.MountDevice failed for volume "pvc-1" : rpc error: code = Internal desc = could not format "/dev/nvme1n1" and mount it at "/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/x/globalmount"',
      ),
    ]);
    expect(f.code).toBe('volume-mounts.mount-device-failed');
    expect(f.cause.params).toMatchObject({ volume: 'pvc-1', node: 'n1' });
  });

  it.each([
    [
      'Multi-Attach error for volume "pvc-1" Volume is already exclusively attached to one node and can\'t be attached to another',
    ],
    ['Multi-Attach error for volume "pvc-1" Volume is already used by pod(s) web-1'],
  ])('"%s"', (message) => {
    const f = only(volumeMountsCheck, [
      creating(),
      event(podAbout(), 'FailedAttachVolume', message, { component: 'attachdetach-controller' }),
    ]);
    expect(f.code).toBe('volume-mounts.multi-attach');
    expect(f.cause.params).toMatchObject({ volume: 'pvc-1' });
  });

  it('AttachVolume.Attach failed … rpc error', () => {
    const f = only(volumeMountsCheck, [
      creating(),
      event(
        podAbout(),
        'FailedAttachVolume',
        'AttachVolume.Attach failed for volume "pvc-1" : rpc error: code = Internal desc = Could not attach volume "vol-0abc" to node "i-0123": UnauthorizedOperation: You are not authorized to perform this operation.',
        {
          component: 'attachdetach-controller',
        },
      ),
    ]);
    expect(f.code).toBe('volume-mounts.attach-failed');
    expect(f.cause.params).toMatchObject({ volume: 'pvc-1' });
  });

  it('FailedCreatePodSandBox "failed to assign an IP address to container" (VPC CNI)', () => {
    const f = only(volumeMountsCheck, [
      waitingPod('ContainerCreating', undefined),
      event(
        podAbout(),
        'FailedCreatePodSandBox',
        'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f1c": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container',
        { count: 14 },
      ),
    ]);
    expect(f.code).toBe('volume-mounts.ip-exhausted');
    expect(f.cause.params).toEqual({ node: 'n1' });
  });
});

describe('reference §3: probes → probe-failures', () => {
  const running = (probe: 'readinessProbe' | 'livenessProbe', status: Obj) =>
    pod({
      nodeName: 'n1',
      phase: 'Running',
      containers: [
        {
          name: 'app',
          image: 'nginx:1.27',
          ports: [{ containerPort: 8080 }],
          [probe]: { httpGet: { path: '/healthz', port: 8080 } },
        },
      ],
      statuses: [{ name: 'app', started: true, ...status }],
    });

  it('Unhealthy "Readiness probe failed: …"', () => {
    const f = only(probeFailuresCheck, [
      running('readinessProbe', { ready: false, restartCount: 0, state: { running: { startedAt: ago(20) } } }),
      event(podAbout(), 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503', { count: 110 }),
    ]);
    expect(f.code).toBe('probe-failures.readiness');
    expect(f.cause.params).toEqual({ container: 'app' });
  });

  it('Unhealthy "Liveness probe failed: …" with the kubelet\'s Killing event', () => {
    const f = only(probeFailuresCheck, [
      running('livenessProbe', {
        ready: true,
        restartCount: 3,
        state: { running: { startedAt: ago(2) } },
        lastState: { terminated: { reason: 'Error', exitCode: 137, startedAt: ago(6), finishedAt: ago(2) } },
      }),
      event(
        podAbout(),
        'Unhealthy',
        'Liveness probe failed: Get "http://10.0.1.5:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        { count: 9, last: ago(2) },
      ),
      event(podAbout(), 'Killing', 'Container app failed liveness probe, will be restarted', {
        type: 'Normal',
        count: 3,
        last: ago(2),
      }),
    ]);
    expect(f.code).toBe('probe-failures.liveness');
    expect(f.cause.params).toEqual({ container: 'app', restarts: 3 });
  });
});

// ---------------------------------------------------------------------------------------------
// Wrong-cause risks: weak or stale evidence must not name a cause
// ---------------------------------------------------------------------------------------------

describe('stale and foreign evidence', () => {
  it("events about an earlier pod of the same name (other uid) are not the current pod's cause", () => {
    // web-0 was deleted and recreated by its StatefulSet 20s ago; the old pod's FailedScheduling is still listed.
    const findings = run(pendingPodsCheck, [
      pod({ uid: 'uid-new', created: ago(0.3) }),
      event(
        { kind: 'Pod', name: 'web-0', uid: 'uid-old' },
        'FailedScheduling',
        '0/3 nodes are available: 3 Too many pods. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
        { last: ago(2), component: 'default-scheduler' },
      ),
      ...NODES,
    ]);
    expect(findings.map((f) => f.code)).toEqual(['pending-pods.not-yet-scheduled']);
  });

  it('a Multi-Attach error about an earlier pod of the same name does not explain the new one', () => {
    const f = only(volumeMountsCheck, [
      waitingPod('ContainerCreating', undefined, {
        uid: 'uid-new',
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }],
      }),
      event(
        { kind: 'Pod', name: 'web-0', uid: 'uid-old' },
        'FailedAttachVolume',
        'Multi-Attach error for volume "pvc-1" Volume is already exclusively attached to one node and can\'t be attached to another',
        { last: ago(20) },
      ),
      event(
        { kind: 'Pod', name: 'web-0', uid: 'uid-new' },
        'FailedMount',
        'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-x]: timed out waiting for the condition',
      ),
    ]);
    expect(f.code).toBe('volume-mounts.mount-timeout');
  });

  it('a liveness kill from an earlier run does not explain the latest crash', () => {
    const f = only(crashLoopsCheck, [
      pod({
        nodeName: 'n1',
        phase: 'Running',
        containers: [
          { name: 'app', image: 'nginx:1.27', livenessProbe: { httpGet: { path: '/healthz', port: 8080 } } },
        ],
        statuses: [
          {
            name: 'app',
            ready: false,
            restartCount: 6,
            state: {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: 'back-off 2m40s restarting failed container=app pod=web-0_shop(uid-web-0)',
              },
            },
            lastState: { terminated: { reason: 'Error', exitCode: 1, startedAt: ago(4), finishedAt: ago(3) } },
          },
        ],
      }),
      event(podAbout(), 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500', {
        count: 3,
        last: ago(50),
      }),
      event(podAbout(), 'Killing', 'Container app failed liveness probe, will be restarted', {
        type: 'Normal',
        last: ago(50),
      }),
      event(podAbout(), 'BackOff', 'Back-off restarting failed container app in pod web-0_shop(uid-web-0)', {
        count: 20,
      }),
    ]);
    expect(f.code).toBe('crash-loops.app-error');
  });

  it('a liveness kill during the latest run still names the probe', () => {
    const f = only(crashLoopsCheck, [
      pod({
        nodeName: 'n1',
        phase: 'Running',
        containers: [
          { name: 'app', image: 'nginx:1.27', livenessProbe: { httpGet: { path: '/healthz', port: 8080 } } },
        ],
        statuses: [
          {
            name: 'app',
            ready: false,
            restartCount: 6,
            state: {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: 'back-off 2m40s restarting failed container=app pod=web-0_shop(uid-web-0)',
              },
            },
            lastState: {
              terminated: { reason: 'Completed', exitCode: 0, startedAt: ago(4), finishedAt: '2026-03-10T11:57:01Z' },
            },
          },
        ],
      }),
      event(podAbout(), 'Killing', 'Container app failed liveness probe, will be restarted', {
        type: 'Normal',
        count: 6,
        first: ago(40),
        last: '2026-03-10T11:57:00Z',
      }),
    ]);
    expect(f.code).toBe('crash-loops.liveness-probe');
  });

  it('an old pull failure of another class does not override the newest one', () => {
    const image = 'docker.io/library/nginx:1.99';
    const notFound = `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`;
    const f = only(imagePullsCheck, [
      waitingPod('ErrImagePull', notFound, { containers: [{ name: 'app', image }] }),
      event(podAbout(), 'Failed', `Failed to pull image "${image}": ${notFound}`, { last: ago(1) }),
      event(
        podAbout(),
        'Failed',
        `Failed to pull image "${image}": rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/nginx/manifests/sha256:abc: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.`,
        { last: ago(55) },
      ),
    ]);
    expect(f.code).toBe('image-pulls.not-found');
  });

  it('events.k8s.io/v1 events from a typed EventList (`kubectl get --raw`) are read as core events', () => {
    const list = {
      kind: 'EventList',
      apiVersion: 'events.k8s.io/v1',
      items: [
        {
          metadata: { name: 'web-0.17f', namespace: NS },
          eventTime: '2026-03-10T11:40:00.000000Z',
          series: { count: 25, lastObservedTime: '2026-03-10T11:59:00.000000Z' },
          reportingController: 'default-scheduler',
          reportingInstance: 'default-scheduler-ip-10-0-0-1',
          action: 'Scheduling',
          reason: 'FailedScheduling',
          regarding: { kind: 'Pod', namespace: NS, name: 'web-0', uid: 'uid-web-0', apiVersion: 'v1' },
          note: '0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
          type: 'Warning',
          deprecatedSource: {},
          deprecatedFirstTimestamp: null,
          deprecatedLastTimestamp: null,
          deprecatedCount: 0,
        },
      ],
    };
    const text = [
      JSON.stringify({ kind: 'List', apiVersion: 'v1', items: [pod(), node('a'), node('b')] }),
      JSON.stringify(list),
    ].join('\n');
    const snapshot = snapshotFromText(text, 'dump.json', NOW);
    const findings = pendingPodsCheck.run(snapshot, buildIndex(snapshot));
    expect(findings.map((f) => f.code)).toEqual(['pending-pods.too-many-pods']);
    expect(findings[0]?.evidence.find((e) => e.reason === 'FailedScheduling')).toMatchObject({
      count: 25,
      lastSeen: '2026-03-10T11:59:00.000000Z',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Completed, succeeded and leaving things are never failures
// ---------------------------------------------------------------------------------------------

function healthyObjects(): unknown[] {
  const jobOwner = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    name: 'report-28500000',
    uid: 'uid-job',
    controller: true,
    blockOwnerDeletion: true,
  };
  const rsOwner = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    name: 'web-6d4b9c',
    uid: 'uid-rs',
    controller: true,
    blockOwnerDeletion: true,
  };
  const webContainer = {
    name: 'app',
    image: 'nginx:1.27',
    ports: [{ containerPort: 8080, name: 'http' }],
    readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
    volumeMounts: [{ name: 'data', mountPath: '/data' }],
  };
  const runningStatus = (ready: boolean) => ({
    name: 'app',
    image: 'nginx:1.27',
    ready,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: ago(120) } },
  });
  const readyConditions = [
    { type: 'PodScheduled', status: 'True' },
    { type: 'Initialized', status: 'True' },
    { type: 'ContainersReady', status: 'True' },
    { type: 'Ready', status: 'True' },
  ];
  const webPod = (name: string, ip: string, extra: PodOptions = {}) =>
    pod({
      name,
      nodeName: 'ip-10-0-1-10.ap-northeast-2.compute.internal',
      phase: 'Running',
      created: ago(125),
      owner: rsOwner,
      containers: [webContainer],
      volumes: name === 'web-6d4b9c-aaaaa' ? [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] : [],
      statuses: [runningStatus(true)],
      conditions: readyConditions,
      extraStatus: { podIP: ip, startTime: ago(125) },
      metadata: { labels: { app: 'web', 'pod-template-hash': '6d4b9c' } },
      ...extra,
    });
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS, uid: 'uid-ns' }, status: { phase: 'Active' } },
    ...NODES,
    // A Job that ran to completion, and its pod.
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: 'report-28500000',
        namespace: NS,
        uid: 'uid-job',
        creationTimestamp: ago(90),
        ownerReferences: [
          { apiVersion: 'batch/v1', kind: 'CronJob', name: 'report', uid: 'uid-cron', controller: true },
        ],
      },
      spec: {
        completions: 1,
        parallelism: 1,
        backoffLimit: 6,
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'report', image: 'busybox:1.36' }] } },
      },
      status: {
        startTime: ago(90),
        completionTime: ago(88),
        succeeded: 1,
        ready: 0,
        terminating: 0,
        conditions: [
          { type: 'SuccessCriteriaMet', status: 'True', lastTransitionTime: ago(88) },
          { type: 'Complete', status: 'True', lastTransitionTime: ago(88) },
        ],
      },
    },
    pod({
      name: 'report-28500000-x7k2p',
      nodeName: 'ip-10-0-2-20.ap-northeast-2.compute.internal',
      phase: 'Succeeded',
      created: ago(90),
      restartPolicy: 'Never',
      owner: jobOwner,
      containers: [{ name: 'report', image: 'busybox:1.36' }],
      statuses: [
        {
          name: 'report',
          image: 'busybox:1.36',
          ready: false,
          started: false,
          restartCount: 0,
          state: { terminated: { reason: 'Completed', exitCode: 0, startedAt: ago(89), finishedAt: ago(88) } },
        },
      ],
      conditions: [
        { type: 'PodScheduled', status: 'True' },
        { type: 'Ready', status: 'False', reason: 'PodCompleted' },
        { type: 'ContainersReady', status: 'False', reason: 'PodCompleted' },
      ],
      metadata: { labels: { 'batch.kubernetes.io/job-name': 'report-28500000', 'job-name': 'report-28500000' } },
    }),
    event({ kind: 'Job', name: 'report-28500000' }, 'SuccessfulCreate', 'Created pod: report-28500000-x7k2p', {
      type: 'Normal',
      last: ago(90),
      component: 'job-controller',
    }),
    event({ kind: 'Job', name: 'report-28500000' }, 'Completed', 'Job completed', {
      type: 'Normal',
      last: ago(88),
      component: 'job-controller',
    }),
    event(
      { kind: 'Pod', name: 'report-28500000-x7k2p' },
      'Pulled',
      'Container image "busybox:1.36" already present on machine',
      { type: 'Normal', last: ago(89) },
    ),
    // A Deployment rolled out, with one old pod still terminating.
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: NS,
        uid: 'uid-deploy',
        generation: 2,
        creationTimestamp: ago(300),
        annotations: { 'deployment.kubernetes.io/revision': '2' },
      },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate' },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [webContainer] } },
      },
      status: {
        observedGeneration: 2,
        replicas: 2,
        updatedReplicas: 2,
        readyReplicas: 2,
        availableReplicas: 2,
        conditions: [
          { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', lastTransitionTime: ago(120) },
          { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', lastTransitionTime: ago(119) },
        ],
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'web-6d4b9c',
        namespace: NS,
        uid: 'uid-rs',
        generation: 1,
        labels: { app: 'web', 'pod-template-hash': '6d4b9c' },
        annotations: { 'deployment.kubernetes.io/revision': '2' },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-deploy', controller: true },
        ],
      },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web', 'pod-template-hash': '6d4b9c' } },
        template: {
          metadata: { labels: { app: 'web', 'pod-template-hash': '6d4b9c' } },
          spec: { containers: [webContainer] },
        },
      },
      status: { observedGeneration: 1, replicas: 2, readyReplicas: 2, availableReplicas: 2, fullyLabeledReplicas: 2 },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'web-5c8f7d',
        namespace: NS,
        uid: 'uid-rs-old',
        generation: 2,
        labels: { app: 'web', 'pod-template-hash': '5c8f7d' },
        annotations: { 'deployment.kubernetes.io/revision': '1' },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-deploy', controller: true },
        ],
      },
      spec: {
        replicas: 0,
        selector: { matchLabels: { app: 'web', 'pod-template-hash': '5c8f7d' } },
        template: {
          metadata: { labels: { app: 'web', 'pod-template-hash': '5c8f7d' } },
          spec: { containers: [webContainer] },
        },
      },
      status: { observedGeneration: 2, replicas: 1, readyReplicas: 0, availableReplicas: 0, fullyLabeledReplicas: 1 },
    },
    webPod('web-6d4b9c-aaaaa', '10.0.1.11'),
    webPod('web-6d4b9c-bbbbb', '10.0.1.12'),
    webPod('web-5c8f7d-zzzzz', '10.0.1.13', {
      owner: { ...rsOwner, name: 'web-5c8f7d', uid: 'uid-rs-old' },
      metadata: {
        labels: { app: 'web', 'pod-template-hash': '5c8f7d' },
        deletionTimestamp: ago(0.2),
        deletionGracePeriodSeconds: 30,
      },
      statuses: [runningStatus(false)],
      conditions: [
        { type: 'PodScheduled', status: 'True' },
        { type: 'Ready', status: 'False' },
        { type: 'ContainersReady', status: 'False' },
      ],
    }),
    event({ kind: 'Pod', name: 'web-5c8f7d-zzzzz' }, 'Killing', 'Stopping container app', {
      type: 'Normal',
      last: ago(0.2),
    }),
    event(
      { kind: 'Pod', name: 'web-5c8f7d-zzzzz' },
      'Unhealthy',
      'Readiness probe failed: Get "http://10.0.1.13:8080/ready": dial tcp 10.0.1.13:8080: connect: connection refused',
      { last: ago(0.1) },
    ),
    event({ kind: 'Deployment', name: 'web' }, 'ScalingReplicaSet', 'Scaled down replica set web-5c8f7d to 0 from 1', {
      type: 'Normal',
      last: ago(0.2),
      component: 'deployment-controller',
    }),
    // Storage, bound.
    storageClass('gp3', 'ebs.csi.aws.com', 'WaitForFirstConsumer', true),
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'CSIDriver',
      metadata: { name: 'ebs.csi.aws.com' },
      spec: { attachRequired: true },
    },
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: {
        name: 'data',
        namespace: NS,
        uid: 'uid-data',
        creationTimestamp: ago(200),
        finalizers: ['kubernetes.io/pvc-protection'],
        annotations: {
          'pv.kubernetes.io/bind-completed': 'yes',
          'volume.kubernetes.io/selected-node': 'ip-10-0-1-10.ap-northeast-2.compute.internal',
        },
      },
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '10Gi' } },
        storageClassName: 'gp3',
        volumeMode: 'Filesystem',
        volumeName: 'pvc-1',
      },
      status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } },
    },
    {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pvc-1', uid: 'uid-pv' },
      spec: {
        accessModes: ['ReadWriteOnce'],
        capacity: { storage: '10Gi' },
        storageClassName: 'gp3',
        persistentVolumeReclaimPolicy: 'Delete',
        claimRef: { kind: 'PersistentVolumeClaim', namespace: NS, name: 'data', uid: 'uid-data' },
        csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0abc' },
      },
      status: { phase: 'Bound' },
    },
    event(claimAbout('data'), 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding', {
      type: 'Normal',
      last: ago(199),
      component: 'persistentvolume-controller',
    }),
    event(claimAbout('data'), 'ProvisioningSucceeded', 'Successfully provisioned volume pvc-1', {
      type: 'Normal',
      last: ago(198),
      component: 'ebs.csi.aws.com_ebs-csi-controller-0_x',
    }),
    // A Service with ready endpoints.
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: NS, uid: 'uid-svc' },
      spec: {
        type: 'ClusterIP',
        clusterIP: '172.20.10.10',
        selector: { app: 'web' },
        ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }],
      },
      status: { loadBalancer: {} },
    },
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'web-abcde',
        namespace: NS,
        labels: {
          'kubernetes.io/service-name': 'web',
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'uid-svc', controller: true }],
      },
      addressType: 'IPv4',
      endpoints: [
        {
          addresses: ['10.0.1.11'],
          conditions: { ready: true, serving: true, terminating: false },
          nodeName: 'ip-10-0-1-10.ap-northeast-2.compute.internal',
          targetRef: { kind: 'Pod', name: 'web-6d4b9c-aaaaa', namespace: NS, uid: 'uid-web-6d4b9c-aaaaa' },
        },
        {
          addresses: ['10.0.1.12'],
          conditions: { ready: true, serving: true, terminating: false },
          nodeName: 'ip-10-0-1-10.ap-northeast-2.compute.internal',
          targetRef: { kind: 'Pod', name: 'web-6d4b9c-bbbbb', namespace: NS, uid: 'uid-web-6d4b9c-bbbbb' },
        },
        {
          addresses: ['10.0.1.13'],
          conditions: { ready: false, serving: false, terminating: true },
          nodeName: 'ip-10-0-1-10.ap-northeast-2.compute.internal',
          targetRef: { kind: 'Pod', name: 'web-5c8f7d-zzzzz', namespace: NS, uid: 'uid-web-5c8f7d-zzzzz' },
        },
      ],
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    },
  ];
}

describe('completed, succeeded and leaving things', () => {
  it('no check reports a warning or error over healthy, completed and terminating objects', () => {
    const snapshot = snapshotFromObjects(healthyObjects(), NS, NOW);
    const index = buildIndex(snapshot);
    const loud = CHECKS.flatMap((check) => check.run(snapshot, index)).filter((f) => f.severity !== 'info');
    expect(loud.map((f) => `${f.code} ${f.object.kind}/${f.object.name}`)).toEqual([]);
  });

  it('earlier failed attempts of a Job that has since completed are history, for every check', () => {
    const jobOwner = { apiVersion: 'batch/v1', kind: 'Job', name: 'report-28500000', uid: 'uid-job', controller: true };
    const attempt = (name: string, terminated: Obj) =>
      pod({
        name,
        nodeName: 'ip-10-0-2-20.ap-northeast-2.compute.internal',
        phase: 'Failed',
        created: ago(95),
        restartPolicy: 'Never',
        owner: jobOwner,
        containers: [{ name: 'report', image: 'busybox:1.36', resources: { limits: { memory: '64Mi' } } }],
        statuses: [{ name: 'report', image: 'busybox:1.36', ready: false, restartCount: 0, state: { terminated } }],
        metadata: { labels: { 'job-name': 'report-28500000' } },
      });
    const objects = [
      ...healthyObjects(),
      attempt('report-28500000-aaaaa', { reason: 'OOMKilled', exitCode: 137, startedAt: ago(94), finishedAt: ago(93) }),
      attempt('report-28500000-bbbbb', { reason: 'Error', exitCode: 2, startedAt: ago(92), finishedAt: ago(91) }),
    ];
    const snapshot = snapshotFromObjects(objects, NS, NOW);
    const index = buildIndex(snapshot);
    const loud = CHECKS.flatMap((check) => check.run(snapshot, index)).filter((f) => f.severity !== 'info');
    expect(loud.map((f) => `${f.code} ${f.object.kind}/${f.object.name}`)).toEqual([]);
  });
});
