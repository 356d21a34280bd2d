/**
 * A small real-shaped namespace "shop" (as `kubectl get -o json` shows it, managedFields
 * dropped): a running web Deployment's pods, one pod in CrashLoopBackOff, a namespace
 * "other" that test users may not read, and a node.
 */
export function shopObjects(now = new Date()): unknown[] {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const node = 'ip-192-168-12-34.ap-northeast-2.compute.internal';
  const webPod = (suffix: string, ip: string, uid: string) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `web-6d4cf56db6-${suffix}`,
      namespace: 'shop',
      uid,
      resourceVersion: '482113',
      creationTimestamp: ago(180),
      generateName: 'web-6d4cf56db6-',
      labels: { app: 'web', 'pod-template-hash': '6d4cf56db6' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'web-6d4cf56db6',
          uid: '0f6a1b7e-2f53-4b7c-9d7e-3f9a7f0d3c11',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      containers: [
        {
          name: 'web',
          image: 'public.ecr.aws/nginx/nginx:1.27',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { requests: { cpu: '100m', memory: '128Mi' } },
        },
      ],
      nodeName: node,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      serviceAccountName: 'default',
    },
    status: {
      phase: 'Running',
      hostIP: '192.168.12.34',
      podIP: ip,
      podIPs: [{ ip }],
      qosClass: 'Burstable',
      startTime: ago(180),
      conditions: [
        { type: 'Initialized', status: 'True', lastTransitionTime: ago(180) },
        { type: 'Ready', status: 'True', lastTransitionTime: ago(179) },
        { type: 'ContainersReady', status: 'True', lastTransitionTime: ago(179) },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: ago(180) },
      ],
      containerStatuses: [
        {
          name: 'web',
          image: 'public.ecr.aws/nginx/nginx:1.27',
          imageID: 'public.ecr.aws/nginx/nginx@sha256:2d194184b067db3598771b4cf326cfe6ad5051937ba1132b8b7d4b0184e0d0a6',
          containerID: `containerd://${uid.replaceAll('-', '')}`,
          ready: true,
          started: true,
          restartCount: 0,
          state: { running: { startedAt: ago(179) } },
          lastState: {},
        },
      ],
    },
  });
  const crashing = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'worker-7b9f8c6d5-x2p4q',
      namespace: 'shop',
      uid: 'c0d7a3c2-5e0b-4c1e-8f0a-6a4b2d9e1f33',
      resourceVersion: '482200',
      creationTimestamp: ago(30),
      labels: { app: 'worker' },
    },
    spec: {
      containers: [{ name: 'worker', image: '111122223333.dkr.ecr.ap-northeast-2.amazonaws.com/worker:2.3.1' }],
      nodeName: node,
      restartPolicy: 'Always',
    },
    status: {
      phase: 'Running',
      podIP: '192.168.14.9',
      containerStatuses: [
        {
          name: 'worker',
          image: '111122223333.dkr.ecr.ap-northeast-2.amazonaws.com/worker:2.3.1',
          imageID: '',
          ready: false,
          started: false,
          restartCount: 7,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message:
                'back-off 5m0s restarting failed container=worker pod=worker-7b9f8c6d5-x2p4q_shop(c0d7a3c2-5e0b-4c1e-8f0a-6a4b2d9e1f33)',
            },
          },
          lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: ago(3), finishedAt: ago(2) } },
        },
      ],
    },
  };
  const otherPod = {
    ...webPod('zzzzz', '192.168.20.2', '9a8b7c6d-0000-4000-8000-000000000001'),
    metadata: {
      ...webPod('zzzzz', '', 'x').metadata,
      name: 'secret-app',
      namespace: 'other',
      uid: '9a8b7c6d-0000-4000-8000-000000000001',
    },
  };
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: 'shop',
        uid: '5b1e2d3c-1111-4a2b-9c3d-000000000001',
        creationTimestamp: ago(10_000),
        labels: { 'kubernetes.io/metadata.name': 'shop' },
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    },
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: 'other',
        uid: '5b1e2d3c-1111-4a2b-9c3d-000000000002',
        creationTimestamp: ago(10_000),
        labels: { 'kubernetes.io/metadata.name': 'other' },
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    },
    webPod('4xk2p', '192.168.13.21', '3f0c9a51-8a1e-4a57-9b64-1c2d3e4f5a61'),
    webPod('9wq7z', '192.168.15.77', '3f0c9a51-8a1e-4a57-9b64-1c2d3e4f5a62'),
    webPod('b8n3r', '192.168.11.5', '3f0c9a51-8a1e-4a57-9b64-1c2d3e4f5a63'),
    crashing,
    otherPod,
    {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: node,
        uid: '7e6d5c4b-2222-4a2b-9c3d-000000000001',
        creationTimestamp: ago(20_000),
        labels: {
          'kubernetes.io/hostname': node,
          'node.kubernetes.io/instance-type': 'm5.large',
          'topology.kubernetes.io/zone': 'ap-northeast-2a',
        },
      },
      spec: { providerID: 'aws:///ap-northeast-2a/i-0abc123def4567890' },
      status: {
        allocatable: { cpu: '1930m', memory: '7291952Ki', pods: '29' },
        conditions: [
          {
            type: 'Ready',
            status: 'True',
            reason: 'KubeletReady',
            message: 'kubelet is posting ready status',
            lastHeartbeatTime: ago(1),
            lastTransitionTime: ago(20_000),
          },
        ],
      },
    },
  ];
}
