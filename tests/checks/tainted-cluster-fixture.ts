/**
 * An EKS-like cluster of 48 nodes, as the doctor reads it: 36 GPU nodes (nvidia.com/gpu=true:NoSchedule),
 * a system node group (CriticalAddonsOnly=true:NoSchedule), 2 Fargate nodes
 * (eks.amazonaws.com/compute-type=fargate:NoSchedule), an infra node (dedicated=infra:NoSchedule),
 * 4 untainted batch nodes and the application's 3 nodes (nodegroup=app, t3.small: 1930m cpu, 11 pods).
 * Objects are real-shaped (kubectl get -o json); scheduler messages are written as a v1.28 scheduler
 * writes them: one "N node(s) had untolerated taint {key: value}" clause per taint, sorted as strings.
 */
type Obj = Record<string, unknown>;

export const NOW = '2026-03-10T12:00:00Z';
export const NS = 'shop';
export const ago = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString().replace('.000', '');

export const APP_NODES = [
  'ip-10-0-1-11.ap-northeast-2.compute.internal',
  'ip-10-0-2-12.ap-northeast-2.compute.internal',
  'ip-10-0-1-13.ap-northeast-2.compute.internal',
];
export const ZONES = ['ap-northeast-2a', 'ap-northeast-2b', 'ap-northeast-2c'];

interface NodeOptions {
  name: string;
  zone: string;
  nodegroup?: string;
  instanceType: string;
  cpu: string;
  memory: string;
  pods: string;
  taints?: Obj[];
  labels?: Record<string, string>;
  ready?: Obj;
}

/** A node as the API returns it, Ready unless told otherwise. */
export function node(o: NodeOptions): Obj {
  const instance = `i-0${Math.abs(hash(o.name)).toString(16).padStart(16, '0').slice(0, 16)}`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: o.name,
      uid: `uid-${o.name}`,
      creationTimestamp: '2026-03-01T00:00:00Z',
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/os': 'linux',
        'kubernetes.io/hostname': o.name,
        'node.kubernetes.io/instance-type': o.instanceType,
        'topology.kubernetes.io/region': 'ap-northeast-2',
        'topology.kubernetes.io/zone': o.zone,
        'topology.ebs.csi.aws.com/zone': o.zone,
        ...(o.nodegroup ? { nodegroup: o.nodegroup, 'eks.amazonaws.com/nodegroup': o.nodegroup } : {}),
        ...o.labels,
      },
    },
    spec: { providerID: `aws:///${o.zone}/${instance}`, ...(o.taints ? { taints: o.taints } : {}) },
    status: {
      allocatable: { cpu: o.cpu, memory: o.memory, pods: o.pods, 'ephemeral-storage': '18242267924' },
      capacity: { cpu: '2', memory: '8024328Ki', pods: o.pods, 'ephemeral-storage': '20959212Ki' },
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          lastTransitionTime: '2026-03-01T00:01:00Z',
        },
        o.ready ?? {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: ago(1),
          lastTransitionTime: '2026-03-01T00:01:00Z',
        },
      ],
    },
  };
}

/** The 48 nodes; `app` overrides single app nodes (by index) for a case. */
/** The infra node group's one node, tainted dedicated=infra:NoSchedule. */
export function infraNode(): Obj {
  return node({
    name: 'ip-10-0-80-50.ap-northeast-2.compute.internal',
    zone: ZONES[0]!,
    nodegroup: 'infra',
    instanceType: 'm5.large',
    cpu: '1930m',
    memory: '7291400Ki',
    pods: '29',
    taints: [{ key: 'dedicated', value: 'infra', effect: 'NoSchedule' }],
  });
}

export function clusterNodes(app: Partial<Record<number, Partial<NodeOptions>>> = {}): Obj[] {
  const nodes: Obj[] = [];
  for (let i = 0; i < 36; i++)
    nodes.push(
      node({
        name: `ip-10-0-${100 + i}-${20 + (i % 7)}.ap-northeast-2.compute.internal`,
        zone: ZONES[i % 3]!,
        nodegroup: 'gpu',
        instanceType: 'g4dn.xlarge',
        cpu: '3920m',
        memory: '15350764Ki',
        pods: '29',
        taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }],
      }),
    );
  for (let i = 0; i < 2; i++)
    nodes.push(
      node({
        name: `ip-10-0-${60 + i}-40.ap-northeast-2.compute.internal`,
        zone: ZONES[i]!,
        nodegroup: 'system',
        instanceType: 'm5.large',
        cpu: '1930m',
        memory: '7291400Ki',
        pods: '29',
        taints: [{ key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' }],
      }),
    );
  for (let i = 0; i < 2; i++)
    nodes.push(
      node({
        name: `fargate-ip-10-0-${70 + i}-9.ap-northeast-2.compute.internal`,
        zone: ZONES[i]!,
        instanceType: 'fargate',
        cpu: '2',
        memory: '3919300Ki',
        pods: '1',
        labels: { 'eks.amazonaws.com/compute-type': 'fargate', 'eks.amazonaws.com/fargate-profile': 'fp-default' },
        taints: [{ key: 'eks.amazonaws.com/compute-type', value: 'fargate', effect: 'NoSchedule' }],
      }),
    );
  nodes.push(infraNode());
  for (let i = 0; i < 4; i++)
    nodes.push(
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
  APP_NODES.forEach((name, i) =>
    nodes.push(
      node({
        name,
        zone: i === 1 ? ZONES[1]! : ZONES[0]!,
        nodegroup: 'app',
        instanceType: 't3.small',
        cpu: '1930m',
        memory: '1507360Ki',
        pods: '11',
        ...app[i],
      }),
    ),
  );
  return nodes;
}

/** A running pod of the namespace bound to a node. */
export function runningPod(name: string, nodeName: string, cpu: string, memory: string, namespace = NS): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, uid: `uid-${name}`, creationTimestamp: ago(600) },
    spec: {
      nodeName,
      containers: [{ name: 'app', image: 'nginx:1.27', resources: { requests: { cpu, memory } } }],
      tolerations: defaultTolerations(),
    },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

/** The tolerations the DefaultTolerationSeconds admission plugin adds to every pod. */
export function defaultTolerations(): Obj[] {
  return [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ];
}

/** The Pending pod of Deployment web: nodeSelector nodegroup=app unless told otherwise. */
export function pendingPod(
  o: { cpu?: string; memory?: string; nodeSelector?: Record<string, string>; volumes?: Obj[] } = {},
): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'web-6f86568df-knrmt',
      namespace: NS,
      uid: 'uid-web-6f86568df-knrmt',
      creationTimestamp: ago(20),
      labels: { app: 'web', 'pod-template-hash': '6f86568df' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-6f86568df', uid: 'uid-rs-web', controller: true },
      ],
    },
    spec: {
      nodeSelector: o.nodeSelector ?? { nodegroup: 'app' },
      containers: [
        {
          name: 'web',
          image: '123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.4.2',
          resources: { requests: { cpu: o.cpu ?? '500m', memory: o.memory ?? '256Mi' } },
        },
      ],
      ...(o.volumes ? { volumes: o.volumes } : {}),
      tolerations: defaultTolerations(),
      schedulerName: 'default-scheduler',
    },
    status: {
      phase: 'Pending',
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', lastTransitionTime: ago(20) }],
    },
  };
}

/** A FailedScheduling event on the pending pod. */
export function failedScheduling(message: string): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `web-6f86568df-knrmt.17f${Math.abs(hash(message)).toString(16)}`, namespace: NS },
    involvedObject: { kind: 'Pod', name: 'web-6f86568df-knrmt', namespace: NS, uid: 'uid-web-6f86568df-knrmt' },
    reason: 'FailedScheduling',
    message,
    type: 'Warning',
    count: 14,
    firstTimestamp: ago(20),
    lastTimestamp: ago(1),
    source: { component: 'default-scheduler' },
  };
}

/**
 * A v1.28 FailedScheduling message: "0/48 nodes are available: " + the histogram entries sorted as
 * strings + ". preemption: 0/48 nodes are available: " + the preemption entries + "..".
 */
export function schedulerMessage(entries: [number, string][], preemption: [number, string][]): string {
  const list = (e: [number, string][]) =>
    e
      .map(([n, r]) => `${n} ${r}`)
      .sort()
      .join(', ');
  return `0/48 nodes are available: ${list(entries)}. preemption: 0/48 nodes are available: ${list(preemption)}..`;
}

/** The histogram entries every case shares: the nodes the taints keep away. */
export const TAINTED: [number, string][] = [
  [1, 'node(s) had untolerated taint {dedicated: infra}'],
  [2, 'node(s) had untolerated taint {CriticalAddonsOnly: true}'],
  [2, 'node(s) had untolerated taint {eks.amazonaws.com/compute-type: fargate}'],
  [36, 'node(s) had untolerated taint {nvidia.com/gpu: true}'],
];
export const NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NO_VICTIMS = 'No preemption victims found for incoming pod';
export const NOT_SELECTED: [number, string] = [4, "node(s) didn't match Pod's node affinity/selector"];

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
