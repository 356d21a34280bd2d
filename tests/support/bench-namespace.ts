// A large namespace shaped like a real one for the scale benchmark: pods over nodes with the conditions the
// kubelet writes, five events a pod, a Service per ten pods with its EndpointSlice, a claim per five; every 50th
// pod cannot pull its image (so its Service has nine ready endpoints of ten). Objects carry
// managedFields as a real API server returns them, since their weight is part of what is measured.
const ZONES = ['ap-northeast-2a', 'ap-northeast-2b', 'ap-northeast-2c'];

/** N pods and `eventsPerPod` events each, in namespace `bench`, with their nodes. */
export function benchNamespace(n: number, eventsPerPod = 5): unknown[] {
  const now = Date.now();
  const t = (minutes: number) => new Date(now - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const managed = (manager: string, fields: Record<string, unknown>) => [
    { manager, operation: 'Update', apiVersion: 'v1', time: t(119), fieldsType: 'FieldsV1', fieldsV1: fields },
  ];
  const nodeCount = Math.max(1, Math.ceil(n / 20));
  const objects: unknown[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bench' }, status: { phase: 'Active' } },
  ];
  for (let i = 0; i < nodeCount; i++) {
    objects.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: nodeName(i), labels: { 'topology.kubernetes.io/zone': ZONES[i % 3] } },
      status: {
        allocatable: { cpu: '4', memory: '15Gi', pods: '58' },
        conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastTransitionTime: t(5000) }],
      },
    });
  }
  for (let i = 0; i < n; i++) {
    const name = `app-${i}`;
    const broken = i % 50 === 0;
    const image = broken
      ? `111122223333.dkr.ecr.ap-northeast-2.amazonaws.com/app:missing-${i}`
      : 'public.ecr.aws/nginx/nginx:1.27';
    const node = nodeName(i % nodeCount);
    const waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` };
    const ready = (type: string) =>
      broken
        ? {
            type,
            status: 'False',
            lastTransitionTime: t(119),
            reason: 'ContainersNotReady',
            message: 'containers with unready status: [c]',
          }
        : { type, status: 'True', lastTransitionTime: t(119) };
    const done = (type: string) => ({ type, status: 'True', lastTransitionTime: t(120) });
    objects.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: 'bench',
        uid: `pod-${i}`,
        labels: { app: `svc-${Math.floor(i / 10)}` },
        creationTimestamp: t(120),
        managedFields: managed('kubelet', { 'f:status': { 'f:conditions': {}, 'f:containerStatuses': {} } }),
      },
      spec: {
        nodeName: node,
        containers: [{ name: 'c', image, resources: { requests: { cpu: '100m', memory: '128Mi' } } }],
        volumes: i % 5 === 0 ? [{ name: 'data', persistentVolumeClaim: { claimName: `data-${i}` } }] : [],
      },
      status: {
        phase: broken ? 'Pending' : 'Running',
        conditions: [
          done('PodReadyToStartContainers'),
          done('Initialized'),
          ready('Ready'),
          ready('ContainersReady'),
          done('PodScheduled'),
        ],
        hostIP: podIp(i % nodeCount, 0),
        podIP: podIp(i % nodeCount, 1 + (i % 250)),
        containerStatuses: [
          {
            name: 'c',
            image,
            imageID: broken ? '' : 'sha256:1',
            ready: !broken,
            restartCount: 0,
            state: broken ? { waiting } : { running: { startedAt: t(119) } },
          },
        ],
      },
    });
    for (let k = 0; k < eventsPerPod; k++) {
      const failed = broken && k === 0;
      objects.push({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: {
          name: `${name}.${k}`,
          namespace: 'bench',
          managedFields: managed('kubelet', { 'f:count': {}, 'f:lastTimestamp': {}, 'f:message': {} }),
        },
        involvedObject: { apiVersion: 'v1', kind: 'Pod', name, namespace: 'bench', uid: `pod-${i}` },
        reason: failed ? 'Failed' : ['Scheduled', 'Pulled', 'Created', 'Started', 'Pulling'][k % 5],
        message: failed
          ? `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`
          : `Container image "${image}" already present on machine`,
        type: failed ? 'Warning' : 'Normal',
        count: 1,
        firstTimestamp: t(119),
        lastTimestamp: t(119),
        source: { component: 'kubelet', host: node },
      });
    }
    if (i % 10 === 0) {
      const service = `svc-${i / 10}`;
      objects.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: service, namespace: 'bench' },
        spec: {
          type: 'ClusterIP',
          clusterIP: `172.20.${(i / 10) >> 8}.${(i / 10) & 255}`,
          selector: { app: service },
          ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }],
        },
      });
      objects.push(endpointSlice(service, i, Math.min(n, i + 10), nodeCount));
    }
    if (i % 5 === 0) {
      objects.push({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: `data-${i}`, namespace: 'bench' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeName: `pv-${i}` },
        status: { phase: 'Bound' },
      });
    }
  }
  return objects;
}

// The slice the EndpointSlice controller writes for pods first..end-1 (every 50th, the broken one, not ready).
function endpointSlice(service: string, first: number, end: number, nodeCount: number): unknown {
  const endpoints = [];
  for (let i = first; i < end; i++) {
    const ready = i % 50 !== 0;
    endpoints.push({
      addresses: [podIp(i % nodeCount, 1 + (i % 250))],
      conditions: { ready, serving: ready, terminating: false },
      nodeName: nodeName(i % nodeCount),
      targetRef: { kind: 'Pod', name: `app-${i}`, namespace: 'bench', uid: `pod-${i}` },
      zone: ZONES[(i % nodeCount) % 3],
    });
  }
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: `${service}-x7k2p`,
      namespace: 'bench',
      labels: {
        'kubernetes.io/service-name': service,
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
      },
      ownerReferences: [
        { apiVersion: 'v1', kind: 'Service', name: service, controller: true, blockOwnerDeletion: true },
      ],
    },
    addressType: 'IPv4',
    endpoints,
    ports: [{ name: '', port: 80, protocol: 'TCP' }],
  };
}

function nodeName(i: number): string {
  return `ip-10-0-${i >> 8}-${i & 255}.ap-northeast-2.compute.internal`;
}

// Node i's address (host 0) or the address of a pod on it (hosts 1-250).
function podIp(node: number, host: number): string {
  return `10.${1 + (node >> 8)}.${node & 255}.${host}`;
}
