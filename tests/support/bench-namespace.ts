// A large namespace shaped like a real one for the scale benchmark: pods over nodes, five events a
// pod, a Service per ten pods, a claim per five; every 50th pod cannot pull its image. Objects carry
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
  const nodeName = (i: number) => `ip-10-0-${i >> 8}-${i & 255}.ap-northeast-2.compute.internal`;
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
      objects.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `svc-${i / 10}`, namespace: 'bench' },
        spec: { selector: { app: `svc-${i / 10}` }, ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] },
      });
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
