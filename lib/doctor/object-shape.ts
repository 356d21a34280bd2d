/**
 * One shape check for every API object the doctor keeps, whether it came from a file, a saved
 * snapshot or a live API server (a proxy or an old server can send odd shapes too). A field the
 * checks read that has the wrong type is dropped, so no check ever sees `conditions: 5` or
 * `message: {}`; an object with no usable name is dropped whole.
 */

type Scalar = 'string' | 'number' | 'boolean' | 'time' | 'intOrString';
type Shape =
  | Scalar
  /** A plain object whose known fields are checked in turn. */
  | 'object'
  /** An array of plain objects; an item missing a required string field is dropped. */
  | { objects: readonly string[] }
  | 'strings'
  /** Labels, annotations, selectors: string values (numbers and booleans become strings). */
  | 'stringMap'
  /** Resource lists: quantities as strings or numbers. */
  | 'quantityMap'
  /** A Service's selector (a string map) or a LabelSelector (matchLabels, matchExpressions). */
  | 'selector';

const OBJECTS = { objects: [] } as const;
const NAMED = { objects: ['name'] } as const;

/** Shapes by field name; `parent.field` entries win where one name means two things. */
const SHAPES: Record<string, Shape> = {
  // metadata
  metadata: 'object',
  name: 'string',
  namespace: 'string',
  uid: 'string',
  generateName: 'string',
  generation: 'number',
  resourceVersion: 'string',
  labels: 'stringMap',
  annotations: 'stringMap',
  finalizers: 'strings',
  ownerReferences: { objects: ['kind', 'name'] },
  controller: 'boolean',
  creationTimestamp: 'time',
  deletionTimestamp: 'time',
  kind: 'string',
  apiVersion: 'string',
  // spec and status
  spec: 'object',
  status: 'object',
  'conditions.status': 'string',
  template: 'object',
  selector: 'selector',
  nodeSelector: 'stringMap',
  containers: NAMED,
  initContainers: NAMED,
  ephemeralContainers: NAMED,
  containerStatuses: NAMED,
  initContainerStatuses: NAMED,
  ephemeralContainerStatuses: NAMED,
  conditions: { objects: ['type'] },
  'endpoints.conditions': 'object',
  volumes: NAMED,
  volumeMounts: { objects: ['name'] },
  volumeDevices: { objects: ['name'] },
  volumeClaimTemplates: OBJECTS,
  env: NAMED,
  envFrom: OBJECTS,
  imagePullSecrets: OBJECTS,
  ports: OBJECTS,
  tolerations: OBJECTS,
  taints: { objects: ['key'] },
  readinessGates: OBJECTS,
  schedulingGates: NAMED,
  topologySpreadConstraints: OBJECTS,
  matchExpressions: { objects: ['key'] },
  matchFields: { objects: ['key'] },
  nodeSelectorTerms: OBJECTS,
  preferredDuringSchedulingIgnoredDuringExecution: OBJECTS,
  requiredDuringSchedulingIgnoredDuringExecution: 'object',
  'podAffinity.requiredDuringSchedulingIgnoredDuringExecution': OBJECTS,
  'podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution': OBJECTS,
  affinity: 'object',
  nodeAffinity: 'object',
  podAffinity: 'object',
  podAntiAffinity: 'object',
  required: 'object',
  values: 'strings',
  key: 'string',
  operator: 'string',
  effect: 'string',
  value: 'string',
  resources: 'object',
  limits: 'quantityMap',
  'spec.limits': OBJECTS,
  requests: 'quantityMap',
  claims: OBJECTS,
  overhead: 'quantityMap',
  capacity: 'quantityMap',
  allocatable: 'quantityMap',
  hard: 'quantityMap',
  used: 'quantityMap',
  default: 'quantityMap',
  defaultRequest: 'quantityMap',
  max: 'quantityMap',
  min: 'quantityMap',
  maxLimitRequestRatio: 'quantityMap',
  state: 'object',
  lastState: 'object',
  waiting: 'object',
  running: 'object',
  terminated: 'object',
  message: 'string',
  reason: 'string',
  type: 'string',
  phase: 'string',
  exitCode: 'number',
  signal: 'number',
  restartCount: 'number',
  ready: 'boolean',
  'status.ready': 'number',
  started: 'boolean',
  serving: 'boolean',
  terminating: 'boolean',
  'status.terminating': 'number',
  image: 'string',
  imageID: 'string',
  containerID: 'string',
  startedAt: 'time',
  finishedAt: 'time',
  startTime: 'time',
  completionTime: 'time',
  lastTransitionTime: 'time',
  lastProbeTime: 'time',
  lastUpdateTime: 'time',
  lastHeartbeatTime: 'time',
  lastPhaseTransitionTime: 'time',
  nodeName: 'string',
  hostNetwork: 'boolean',
  schedulerName: 'string',
  restartPolicy: 'string',
  priorityClassName: 'string',
  serviceAccountName: 'string',
  command: 'strings',
  args: 'strings',
  livenessProbe: 'object',
  readinessProbe: 'object',
  startupProbe: 'object',
  httpGet: 'object',
  tcpSocket: 'object',
  grpc: 'object',
  exec: 'object',
  path: 'string',
  port: 'number',
  'httpGet.port': 'intOrString',
  'tcpSocket.port': 'intOrString',
  targetPort: 'intOrString',
  containerPort: 'number',
  protocol: 'string',
  periodSeconds: 'number',
  failureThreshold: 'number',
  initialDelaySeconds: 'number',
  timeoutSeconds: 'number',
  valueFrom: 'object',
  configMapKeyRef: 'object',
  secretKeyRef: 'object',
  fieldRef: 'object',
  configMapRef: 'object',
  secretRef: 'object',
  optional: 'boolean',
  configMap: 'object',
  secret: 'object',
  secretName: 'string',
  projected: 'object',
  sources: OBJECTS,
  items: OBJECTS,
  persistentVolumeClaim: 'object',
  claimName: 'string',
  readOnly: 'boolean',
  mountPath: 'string',
  subPath: 'string',
  csi: 'object',
  driver: 'string',
  volumeHandle: 'string',
  volumeAttributes: 'stringMap',
  hostPath: 'object',
  emptyDir: 'object',
  ephemeral: 'object',
  volumeClaimTemplate: 'object',
  // workloads
  replicas: 'number',
  readyReplicas: 'number',
  availableReplicas: 'number',
  updatedReplicas: 'number',
  currentReplicas: 'number',
  unavailableReplicas: 'number',
  fullyLabeledReplicas: 'number',
  observedGeneration: 'number',
  collisionCount: 'number',
  paused: 'boolean',
  progressDeadlineSeconds: 'number',
  minReadySeconds: 'number',
  strategy: 'object',
  updateStrategy: 'object',
  rollingUpdate: 'object',
  maxSurge: 'intOrString',
  maxUnavailable: 'intOrString',
  partition: 'number',
  serviceName: 'string',
  podManagementPolicy: 'string',
  ordinals: 'object',
  start: 'number',
  currentRevision: 'string',
  updateRevision: 'string',
  desiredNumberScheduled: 'number',
  currentNumberScheduled: 'number',
  updatedNumberScheduled: 'number',
  numberReady: 'number',
  numberAvailable: 'number',
  numberUnavailable: 'number',
  numberMisscheduled: 'number',
  suspend: 'boolean',
  backoffLimit: 'number',
  activeDeadlineSeconds: 'number',
  completions: 'number',
  parallelism: 'number',
  active: 'number',
  succeeded: 'number',
  failed: 'number',
  // storage
  accessModes: 'strings',
  storageClassName: 'string',
  volumeName: 'string',
  volumeMode: 'string',
  claimRef: 'object',
  persistentVolumeReclaimPolicy: 'string',
  provisioner: 'string',
  volumeBindingMode: 'string',
  reclaimPolicy: 'string',
  allowVolumeExpansion: 'boolean',
  parameters: 'stringMap',
  allowedTopologies: OBJECTS,
  attachRequired: 'boolean',
  // services and endpoint slices
  clusterIP: 'string',
  externalName: 'string',
  publishNotReadyAddresses: 'boolean',
  loadBalancerClass: 'string',
  loadBalancer: 'object',
  ingress: OBJECTS,
  endpoints: OBJECTS,
  addressType: 'string',
  'endpoints.addresses': 'strings',
  addresses: OBJECTS,
  address: 'string',
  targetRef: 'object',
  hostname: 'string',
  zone: 'string',
  // nodes
  unschedulable: 'boolean',
  nodeInfo: 'object',
  providerID: 'string',
  // events
  involvedObject: 'object',
  related: 'object',
  source: 'object',
  component: 'string',
  host: 'string',
  count: 'number',
  firstTimestamp: 'time',
  lastTimestamp: 'time',
  eventTime: 'time',
  series: 'object',
  lastObservedTime: 'time',
  reportingComponent: 'string',
  reportingInstance: 'string',
  fieldPath: 'string',
  // ConfigMap and Secret reduced to key names
  keys: 'strings',
};

const MAX_DEPTH = 40;

/** Keeps an API object only if it has a usable name, with every known field of the right type. */
export function normaliseObject(raw: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(raw)) return undefined;
  const object = normaliseFields(raw, '', 0);
  const metadata = object.metadata as Record<string, unknown> | undefined;
  if (!metadata || typeof metadata.name !== 'string' || metadata.name === '') return undefined;
  return object;
}

/** A time the checks can compute with: an RFC 3339 string that parses, else undefined. */
export function usableTime(value: unknown): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function normaliseFields(object: Record<string, unknown>, parent: string, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const shape = SHAPES[`${parent}.${key}`] ?? SHAPES[key];
    if (shape === undefined) {
      // Not read by any check: kept as it came (a saved snapshot keeps it).
      if (value !== null) out[key] = value;
      continue;
    }
    const fitted = fit(value, shape, key, depth + 1);
    if (fitted !== undefined) out[key] = fitted;
  }
  return out;
}

function fit(value: unknown, shape: Shape, key: string, depth: number): unknown {
  if (value === null || value === undefined || depth > MAX_DEPTH) return undefined;
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'time':
      return usableTime(value);
    case 'intOrString':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
    case 'object':
      return isPlainObject(value) ? normaliseFields(value, key, depth) : undefined;
    case 'strings':
      return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : undefined;
    case 'stringMap':
      return isPlainObject(value) ? stringMap(value) : undefined;
    case 'quantityMap':
      return isPlainObject(value)
        ? Object.fromEntries(
            Object.entries(value).filter(
              ([, v]) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)),
            ),
          )
        : undefined;
    case 'selector':
      if (!isPlainObject(value)) return undefined;
      if ('matchLabels' in value || 'matchExpressions' in value) {
        const selector: Record<string, unknown> = {};
        if (isPlainObject(value.matchLabels)) selector.matchLabels = stringMap(value.matchLabels);
        const expressions = fit(value.matchExpressions, SHAPES.matchExpressions!, 'matchExpressions', depth + 1);
        if (expressions) selector.matchExpressions = expressions;
        return selector;
      }
      return stringMap(value);
    default:
      if (!Array.isArray(value)) return undefined;
      return value
        .filter(
          (item): item is Record<string, unknown> =>
            isPlainObject(item) && shape.objects.every((field) => typeof item[field] === 'string'),
        )
        .map((item) => normaliseFields(item, key, depth));
  }
}

function stringMap(value: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
