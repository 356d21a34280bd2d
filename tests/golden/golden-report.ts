import { msg } from '../../lib/i18n/index.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { linkIncidents } from '../../lib/doctor/incidents.ts';
import { REPORT_SCHEMA, type CheckOutcome, type Report } from '../../lib/doctor/report.ts';
import { emptySnapshot } from '../../lib/doctor/snapshot.ts';

// A fixed report, built by hand the way the checks build theirs, so that the golden files change
// only when a renderer or a catalogue text changes. Timestamps are fixed; "now" is snapshotTakenAt.

const NS = 'shop';
const GPU_NODE = 'ip-10-0-3-87.ap-northeast-2.compute.internal';
const NODE_A = 'ip-10-0-1-23.ap-northeast-2.compute.internal';
const NODE_B = 'ip-10-0-2-41.ap-northeast-2.compute.internal';
const SCHEDULER_MESSAGE =
  '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';

const pendingPod: Finding = {
  code: 'pending-pods.insufficient-resources',
  check: 'pending-pods',
  severity: 'error',
  object: { kind: 'Pod', name: 'report-worker-9d6c7b8f5a-h4n6q', namespace: NS },
  owner: { kind: 'Deployment', name: 'report-worker', namespace: NS },
  cause: msg('check.pending-pods.cause.insufficient-resources', { resource: 'cpu', request: '1', free: '880m' }),
  details: [
    msg('check.pending-pods.detail.request', { request: '1', resource: 'cpu' }),
    msg('check.pending-pods.detail.node-room', { node: NODE_A, allocatable: '1930m', requested: '1150m', free: '780m', short: '220m' }),
    msg('check.pending-pods.detail.node-room', { node: NODE_B, allocatable: '1930m', requested: '1050m', free: '880m', short: '120m' }),
    msg('check.pending-pods.reason.untolerated-taint', { count: 1 }),
    msg('check.pending-pods.detail.node-taints', { node: GPU_NODE, taints: 'nvidia.com/gpu=true:NoSchedule' }),
    msg('check.pending-pods.detail.preemption-mixed', { notHelpful: 1, noVictims: 2 }),
  ],
  remedy: [msg('check.pending-pods.remedy.lower-requests'), msg('check.pending-pods.remedy.add-capacity'), msg('check.pending-pods.remedy.bigger-nodes')],
  commands: [`kubectl describe pod report-worker-9d6c7b8f5a-h4n6q -n ${NS}`, 'kubectl describe nodes | grep -A 8 "Allocated resources"'],
  evidence: [
    {
      source: 'event',
      reason: 'FailedScheduling',
      text: SCHEDULER_MESSAGE,
      count: 12,
      firstSeen: '2026-11-24T09:12:00.000000Z',
      lastSeen: '2026-11-24T09:27:24.000000Z',
    },
    { source: 'node', reason: 'taint', text: 'nvidia.com/gpu=true:NoSchedule', about: { kind: 'Node', name: GPU_NODE } },
  ],
  concept: 'scheduling-resources',
  firstSeen: '2026-11-24T09:12:00Z',
  lastSeen: '2026-11-24T09:27:24Z',
};

const unboundPvc: Finding = {
  code: 'unbound-pvcs.storage-class-not-found',
  check: 'unbound-pvcs',
  severity: 'error',
  object: { kind: 'PersistentVolumeClaim', name: 'uploads', namespace: NS },
  owner: { kind: 'Deployment', name: 'media', namespace: NS },
  cause: msg('check.unbound-pvcs.cause.classNotFound', { class: 'fast' }),
  details: [
    msg('check.unbound-pvcs.detail.existingClasses', { classes: 'gp2 (kubernetes.io/aws-ebs), gp3 (ebs.csi.aws.com)' }),
    msg('check.unbound-pvcs.detail.pvsNotVisible', { reason: 'forbidden' }),
  ],
  remedy: [msg('check.unbound-pvcs.remedy.classNotFound', { class: 'fast' })],
  commands: [`kubectl describe pvc uploads -n ${NS}`, 'kubectl get storageclass'],
  evidence: [
    {
      source: 'event',
      reason: 'ProvisioningFailed',
      text: 'storageclass.storage.k8s.io "fast" not found',
      count: 182,
      firstSeen: '2026-11-24T08:45:00Z',
      lastSeen: '2026-11-24T09:29:48Z',
    },
  ],
  concept: 'storage-class',
  related: [{ kind: 'Pod', name: 'media-6d9f7c8b4d-p2l9s', namespace: NS }],
  firstSeen: '2026-11-24T08:45:00Z',
  lastSeen: '2026-11-24T09:29:48Z',
};

const serviceNoEndpoints: Finding = {
  code: 'service-endpoints.selector-matches-nothing',
  check: 'service-endpoints',
  severity: 'warning',
  object: { kind: 'Service', name: 'cart', namespace: NS },
  cause: msg('check.service-endpoints.cause.selectorMatchesNothing', { selector: 'app=cart-api' }),
  details: [
    msg('check.service-endpoints.detail.closestPods', { pod: 'cart-5c8d7f9b4a-tq9wd', more: 1, labels: 'app=cart, pod-template-hash=5c8d7f9b4a' }),
    msg('check.service-endpoints.detail.labelDiffers', { key: 'app', wanted: 'cart-api', pod: 'cart-5c8d7f9b4a-tq9wd', actual: 'cart' }),
  ],
  remedy: [msg('check.service-endpoints.remedy.fixSelector')],
  commands: [`kubectl get endpointslices -n ${NS} -l kubernetes.io/service-name=cart`, `kubectl get pods -n ${NS} --show-labels`],
  evidence: [
    { source: 'spec', reason: 'selector', text: 'app=cart-api' },
    // Quoted as kubectl shows it: a `<none>` in the text must survive every renderer's escaping.
    { source: 'object', reason: 'EndpointSlice', text: 'cart-8f2ba   IPv4   <unset>   <none>', about: { kind: 'EndpointSlice', name: 'cart-8f2ba', namespace: NS } },
  ],
  concept: 'service-selector',
};

const waitingClaim: Finding = {
  code: 'unbound-pvcs.waiting-for-first-consumer',
  check: 'unbound-pvcs',
  severity: 'info',
  object: { kind: 'PersistentVolumeClaim', name: 'cache-scratch', namespace: NS },
  cause: msg('check.unbound-pvcs.cause.waitingForConsumer', { class: 'gp3' }),
  details: [],
  remedy: [],
  evidence: [
    {
      source: 'event',
      reason: 'WaitForFirstConsumer',
      text: 'waiting for first consumer to be created before binding',
      count: 3,
      firstSeen: '2026-11-22T09:00:00Z',
      lastSeen: '2026-11-24T06:15:00Z',
    },
  ],
  concept: 'volume-binding-mode',
};

// An effect: the Deployment is unavailable because of its pending pod (one incident with pendingPod as root).
const unavailableDeployment: Finding = {
  code: 'stuck-rollouts.unavailable',
  check: 'stuck-rollouts',
  severity: 'error',
  object: { kind: 'Deployment', name: 'report-worker', namespace: NS },
  cause: msg('check.stuck-rollouts.cause.unavailable', { name: 'report-worker', available: 0, replicas: 1 }),
  remedy: [msg('check.stuck-rollouts.remedy.fix-pods')],
  commands: [`kubectl rollout status deployment/report-worker -n ${NS}`],
  evidence: [],
  concept: 'rollout',
  related: [{ kind: 'Pod', name: 'report-worker-9d6c7b8f5a-h4n6q', namespace: NS }],
};

// The effect comes last so that the other findings keep the indexes the tests use.
const findings = [pendingPod, unboundPvc, serviceNoEndpoints, waitingClaim, unavailableDeployment];
const incidents = linkIncidents(findings);

/** A report built from the golden one with other findings, its incidents linked again as runChecks does. */
export function withFindings(report: Report, replaced: Finding[]): Report {
  const copies = replaced.map((f) => ({ ...f }));
  return { ...report, findings: copies, incidents: linkIncidents(copies) };
}

const checks: CheckOutcome[] = [
  { id: 'pending-pods', title: 'check.pending-pods.title', status: 'failed', findings: [pendingPod], notVisible: [] },
  { id: 'unbound-pvcs', title: 'check.unbound-pvcs.title', status: 'failed', findings: [unboundPvc, waitingClaim], notVisible: ['persistentVolumes'] },
  { id: 'service-endpoints', title: 'check.service-endpoints.title', status: 'failed', findings: [serviceNoEndpoints], notVisible: [] },
  { id: 'image-pulls', title: 'check.image-pulls.title', status: 'passed', findings: [], notVisible: [] },
  {
    id: 'oom-kills',
    title: 'check.oom-kills.title',
    status: 'crashed',
    findings: [],
    error: "TypeError: Cannot read properties of undefined (reading 'containers') & <more>",
    notVisible: [],
  },
  {
    id: 'stuck-rollouts',
    title: 'check.stuck-rollouts.title',
    status: 'failed',
    findings: [unavailableDeployment],
    notVisible: [],
  },
  { id: 'failed-jobs', title: 'check.failed-jobs.title', status: 'skipped', findings: [], notVisible: [] },
];

const visibility = emptySnapshot(NS).visibility;
visibility.persistentVolumes = {
  visible: false,
  reason: 'forbidden',
  detail: 'persistentvolumes is forbidden: User "arn:aws:sts::123456789012:assumed-role/shop-dev/alice" cannot list resource "persistentvolumes" in API group "" at the cluster scope',
};

/** The golden report: two errors, a warning, an info, a crashed and a skipped check, a kind not visible. */
export const goldenReport: Report = {
  schema: REPORT_SCHEMA,
  generatedAt: '2026-11-24T09:30:02.120Z',
  snapshotTakenAt: '2026-11-24T09:30:00Z',
  namespace: NS,
  context: 'arn:aws:eks:ap-northeast-2:123456789012:cluster/shop-prod',
  server: 'https://4F1C2B3A5D6E7F8091A2B3C4D5E6F708.gr7.ap-northeast-2.eks.amazonaws.com',
  serverVersion: '1.32',
  source: { type: 'cluster' },
  checks,
  findings,
  incidents,
  visibility,
  summary: {
    checks: 7,
    passed: 1,
    failed: 4,
    crashed: 1,
    skipped: 1,
    findings: { error: 3, warning: 1, info: 1 },
    incidents: { error: 2, warning: 1, info: 1 },
  },
};

/** The same cluster with nothing wrong: every check passed. */
export const cleanReport: Report = {
  ...goldenReport,
  checks: checks.map((c) => ({ ...c, status: 'passed', findings: [], notVisible: [], error: undefined })),
  findings: [],
  incidents: [],
  visibility: emptySnapshot(NS).visibility,
  summary: {
    checks: 7,
    passed: 7,
    failed: 0,
    crashed: 0,
    skipped: 0,
    findings: { error: 0, warning: 0, info: 0 },
    incidents: { error: 0, warning: 0, info: 0 },
  },
};
