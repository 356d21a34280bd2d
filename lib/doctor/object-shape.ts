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

// Lookups without building a `parent.key` string per field: on 20,000 pods that string alone was
// most of the shape check's time.
const PLAIN_SHAPES = new Map<string, Shape>();
const SHAPES_BY_PARENT = new Map<string, Map<string, Shape>>();
for (const [name, shape] of Object.entries(SHAPES)) {
  const dot = name.indexOf('.');
  if (dot < 0) PLAIN_SHAPES.set(name, shape);
  else {
    const parent = name.slice(0, dot);
    if (!SHAPES_BY_PARENT.has(parent)) SHAPES_BY_PARENT.set(parent, new Map());
    SHAPES_BY_PARENT.get(parent)!.set(name.slice(dot + 1), shape);
  }
}

/**
 * Keeps an API object only if it has a usable name, with every known field of the right type.
 * The input is never changed: a part that already fits is returned as it is, and only a part with
 * something to drop is copied (an API server's objects almost always fit, so a list costs no copy).
 */
export function normaliseObject(raw: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(raw)) return undefined;
  const object = normaliseFields(raw, '', 0);
  const metadata = object.metadata as Record<string, unknown> | undefined;
  if (!metadata || typeof metadata.name !== 'string' || metadata.name === '') return undefined;
  return object;
}

// Date.parse was a tenth of reading 100,000 events, yet a namespace's times repeat (many objects in one
// second): a time that parsed once is known good. Cleared when full, so memory stays bounded.
const goodTimes = new Set<string>();
const GOOD_TIMES_MAX = 10_000;

/** A time the checks can compute with: an RFC 3339 string that parses, else undefined. */
export function usableTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (goodTimes.has(value)) return value;
  if (Number.isNaN(Date.parse(value))) return undefined;
  if (goodTimes.size >= GOOD_TIMES_MAX) goodTimes.clear();
  goodTimes.add(value);
  return value;
}

function normaliseFields(object: Record<string, unknown>, parent: string, depth: number): Record<string, unknown> {
  const byParent = SHAPES_BY_PARENT.get(parent);
  const keys = Object.keys(object);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = object[key];
    const shape = byParent?.get(key) ?? PLAIN_SHAPES.get(key);
    // A field no check reads is kept as it came (a saved snapshot keeps it), but for a null.
    const fitted = shape === undefined ? (value === null ? undefined : value) : fit(value, shape, key, depth + 1);
    if (fitted === value && out === undefined) continue;
    out ??= copyOfFirst(object, keys, i);
    if (fitted !== undefined) put(out, key, fitted);
  }
  return out ?? object;
}

function copyOfFirst(object: Record<string, unknown>, keys: readonly string[], count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < count; j++) put(out, keys[j]!, object[keys[j]!]);
  return out;
}

/** Sets a field, `__proto__` included as a plain field (as JSON.parse made it), never as the prototype. */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
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
      if (!Array.isArray(value)) return undefined;
      return value.every((v) => typeof v === 'string') ? value : value.filter((v) => typeof v === 'string');
    case 'stringMap':
      return isPlainObject(value) ? stringMap(value) : undefined;
    case 'quantityMap':
      return isPlainObject(value) ? quantityMap(value) : undefined;
    case 'selector':
      return isPlainObject(value) ? selector(value, depth) : undefined;
    default:
      return Array.isArray(value) ? objectList(value, shape.objects, key, depth) : undefined;
  }
}

function selector(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  if (!('matchLabels' in value) && !('matchExpressions' in value)) return stringMap(value);
  const out: Record<string, unknown> = {};
  if (isPlainObject(value.matchLabels)) out.matchLabels = stringMap(value.matchLabels);
  const expressions = fit(value.matchExpressions, PLAIN_SHAPES.get('matchExpressions')!, 'matchExpressions', depth + 1);
  if (expressions) out.matchExpressions = expressions;
  const keys = Object.keys(value);
  const same = keys.length === Object.keys(out).length && keys.every((k) => out[k] === value[k]);
  return same ? value : out;
}

/** An array of objects each holding the required string fields; others are dropped. */
function objectList(value: unknown[], required: readonly string[], key: string, depth: number): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    const kept =
      isPlainObject(item) && required.every((field) => typeof item[field] === 'string')
        ? normaliseFields(item, key, depth)
        : undefined;
    if (kept === item && out === undefined) continue;
    out ??= value.slice(0, i);
    if (kept !== undefined) out.push(kept);
  }
  return out ?? value;
}

/** Labels, annotations and the like: numbers and booleans become strings, anything else is dropped. */
function stringMap(value: Record<string, unknown>): Record<string, string> {
  const keys = Object.keys(value);
  if (keys.every((k) => typeof value[k] === 'string')) return value as Record<string, string>;
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = value[k];
    if (typeof v === 'string') put(out, k, v);
    else if (typeof v === 'number' || typeof v === 'boolean') put(out, k, String(v));
  }
  return out;
}

function quantityMap(value: Record<string, unknown>): Record<string, unknown> {
  const usable = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  return Object.keys(value).every((k) => usable(value[k]))
    ? value
    : Object.fromEntries(Object.entries(value).filter(([, v]) => usable(v)));
}

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
