import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef, Severity } from '../lib/doctor/finding.ts';
import { eventEvidence, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { KindName, Snapshot } from '../lib/doctor/snapshot.ts';
import { plainLine } from '../lib/doctor/untrusted-text.ts';
import type { HorizontalPodAutoscaler } from '../lib/doctor/wire.ts';
import { metricLines, parseHpaError, type HpaError } from '../lib/doctor/workloads/hpa-facts.ts';
import { refOf } from '../lib/doctor/workload-owner.ts';
import { msg, type Message } from '../lib/i18n/index.ts';

const METRICS_SERVER_MANIFEST =
  'kubectl apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml';

/** The kinds an HPA usually scales, by the snapshot field that lists them. */
const TARGET_FIELDS: Record<string, KindName> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulSets',
  ReplicaSet: 'replicaSets',
};

type Condition = NonNullable<NonNullable<HorizontalPodAutoscaler['status']>['conditions']>[number];

/**
 * HorizontalPodAutoscalers that cannot do their job: the metrics API missing or not answering, a
 * target that does not exist, pods without the requests a Utilization target needs, or an HPA held at
 * maxReplicas while its metric is above target. Read from conditions and events only: whether the
 * metrics.k8s.io APIService exists is a cluster-scoped read the doctor does not make.
 */
export const autoscalersCheck: Check = {
  id: 'autoscalers',
  title: 'check.autoscalers.title',
  needs: ['horizontalPodAutoscalers', 'events', 'deployments', 'statefulSets', 'replicaSets'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    for (const hpa of snapshot.horizontalPodAutoscalers) {
      const finding = judge(hpa, snapshot, index);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function judge(hpa: HorizontalPodAutoscaler, snapshot: Snapshot, index: SnapshotIndex): Finding | undefined {
  const object = refOf('HorizontalPodAutoscaler', hpa);
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const ref = hpa.spec?.scaleTargetRef;
  if (!ref) return undefined;
  const target: ObjectRef = { kind: ref.kind, name: ref.name, namespace };
  const conditions = hpa.status?.conditions ?? [];
  const condition = (type: string) => conditions.find((c) => c.type === type);
  const active = condition('ScalingActive');
  const able = condition('AbleToScale');
  const limited = condition('ScalingLimited');
  const events = index.eventsFor(object);
  const evidence: Evidence[] = [
    ...[active, able, limited].filter((c): c is Condition => !!c && unhealthy(c)).map(conditionEvidence),
    ...eventEvidence(events.filter((e) => e.type === 'Warning')),
  ];
  const base = { namespace, target, object, evidence };
  const params = { name: object.name, kind: target.kind, target: target.name };
  const describe = `kubectl describe hpa ${object.name} -n ${namespace}`;

  const exists = targetExists(snapshot, target);
  const scaleNotFound =
    able?.status === 'False' &&
    able.reason === 'FailedGetScale' &&
    parseHpaError(able.message ?? '').kind === 'target-not-found';
  if (exists === false || (exists === undefined && scaleNotFound)) {
    return finding(base, 'target-missing', 'error', {
      cause: msg('check.autoscalers.cause.target-missing', { ...params, namespace }),
      remedy: [msg('check.autoscalers.remedy.target-missing', params)],
      commands: [describe, `kubectl get ${target.kind.toLowerCase()} -n ${namespace}`],
      related: [],
    });
  }

  // A current ScalingActive=True makes older metric events history; without the condition, events speak.
  const messages =
    active?.status === 'True'
      ? []
      : [
          ...(active?.status === 'False' ? [active.message ?? ''] : []),
          ...events.filter((e) => e.type === 'Warning').map((e) => e.message),
        ];
  const errors = messages.map(parseHpaError);
  const error =
    pick(errors, 'metrics-api-missing') ?? pick(errors, 'metrics-api-unavailable') ?? pick(errors, 'missing-request');
  const resource = (error && 'resource' in error ? error.resource : undefined) ?? firstResource(hpa) ?? 'cpu';

  if (error?.kind === 'metrics-api-missing') {
    return finding(base, 'metrics-api-missing', 'error', {
      cause: msg('check.autoscalers.cause.metrics-api-missing', { ...params, resource }),
      details: [msg('check.autoscalers.detail.eks-metrics-server')],
      remedy: [
        msg('check.autoscalers.remedy.install-metrics-server', { manifest: METRICS_SERVER_MANIFEST }),
        msg('check.autoscalers.remedy.eks-addon'),
      ],
      commands: [describe, 'kubectl get apiservice v1beta1.metrics.k8s.io', METRICS_SERVER_MANIFEST],
      related: [target],
    });
  }
  if (error?.kind === 'metrics-api-unavailable') {
    return finding(base, 'metrics-api-unavailable', 'error', {
      cause: msg('check.autoscalers.cause.metrics-api-unavailable', { ...params, resource }),
      remedy: [msg('check.autoscalers.remedy.fix-metrics-server')],
      commands: [
        describe,
        'kubectl get apiservice v1beta1.metrics.k8s.io',
        'kubectl -n kube-system get deployment,pods -l k8s-app=metrics-server',
      ],
      related: [target],
    });
  }
  if (error?.kind === 'missing-request') {
    const without = containersWithoutRequest(snapshot, target, error.resource);
    return finding(base, 'missing-requests', 'error', {
      cause: msg('check.autoscalers.cause.missing-requests', {
        ...params,
        resource: error.resource,
        container: error.container,
      }),
      details: without.length
        ? [
            msg('check.autoscalers.detail.without-request', {
              resource: error.resource,
              containers: without.join(', '),
            }),
          ]
        : [],
      remedy: [msg('check.autoscalers.remedy.set-requests', { resource: error.resource })],
      commands: [describe],
      related: [target, { kind: 'Pod', name: error.pod, namespace }],
    });
  }

  // Anything else that stops it (an external metric, a scale update refused) is passed through as the controller said it.
  const stopped =
    active?.status === 'False' && active.reason !== 'ScalingDisabled'
      ? active
      : able?.status === 'False'
        ? able
        : undefined;
  if (stopped) {
    return finding(base, 'not-active', 'warning', {
      cause: msg('check.autoscalers.cause.not-active', {
        ...params,
        reason: stopped.reason ?? 'Unknown',
        // The condition's own prefix says nothing the sentence does not; the API error at the end says the most.
        message: plainLine(
          (stopped.message ?? '').replace(
            /^the HPA (?:was unable to compute the replica count|controller was unable to [^:]+): /,
            '',
          ),
          500,
        ),
      }),
      remedy: [msg('check.autoscalers.remedy.not-active')],
      commands: [describe],
      related: [target],
    });
  }

  const max = hpa.spec?.maxReplicas ?? 0;
  const current = hpa.status?.currentReplicas ?? 0;
  const lines = metricLines(hpa);
  const above = lines.filter((l) => l.above);
  if (max > 0 && current >= max && above.length > 0) {
    const first = above[0]!;
    return finding(base, 'at-max', 'warning', {
      cause: msg('check.autoscalers.cause.at-max', {
        ...params,
        max,
        metric: first.metric,
        current: first.current,
        targetValue: first.target,
      }),
      details: [
        msg('check.autoscalers.detail.replicas', {
          current,
          desired: hpa.status?.desiredReplicas ?? current,
          min: hpa.spec?.minReplicas ?? 1,
          max,
        }),
        ...lines.map((l) =>
          msg('check.autoscalers.detail.metric', { metric: l.metric, current: l.current, targetValue: l.target }),
        ),
      ],
      remedy: [msg('check.autoscalers.remedy.at-max', { max }), msg('check.autoscalers.remedy.at-max-capacity')],
      commands: [describe, `kubectl top pods -n ${namespace}`],
      related: [target],
    });
  }
  return undefined;
}

function finding(
  base: { namespace: string; target: ObjectRef; object: ObjectRef; evidence: Evidence[] },
  code: string,
  severity: Severity,
  parts: { cause: Message; details?: Message[]; remedy: Message[]; commands: string[]; related: ObjectRef[] },
): Finding {
  const times = base.evidence.flatMap((e) => [e.firstSeen ?? e.lastSeen, e.lastSeen]).filter((t): t is string => !!t);
  times.sort();
  return {
    code: `autoscalers.${code}`,
    check: 'autoscalers',
    severity,
    object: base.object,
    cause: parts.cause,
    details: parts.details ?? [],
    remedy: parts.remedy,
    commands: parts.commands,
    evidence: base.evidence,
    concept: 'autoscaling',
    ...(parts.related.length ? { related: parts.related } : {}),
    ...(times.length ? { firstSeen: times[0], lastSeen: times.at(-1) } : {}),
  };
}

function unhealthy(c: Condition): boolean {
  if (c.type === 'ScalingLimited') return c.status === 'True';
  return c.status === 'False';
}

function conditionEvidence(c: Condition): Evidence {
  return {
    source: 'condition',
    reason: c.type,
    text: `${c.status} ${c.reason ?? ''}: ${c.message ?? ''}`,
    lastSeen: c.lastTransitionTime,
  };
}

function pick<K extends HpaError['kind']>(errors: HpaError[], kind: K): Extract<HpaError, { kind: K }> | undefined {
  return errors.find((e): e is Extract<HpaError, { kind: K }> => e.kind === kind);
}

/** true / false when the target's kind is one the snapshot lists and could read; undefined otherwise. */
function targetExists(snapshot: Snapshot, target: ObjectRef): boolean | undefined {
  const field = TARGET_FIELDS[target.kind];
  if (!field || !snapshot.visibility[field].visible) return undefined;
  const items = snapshot[field] as { metadata?: { name?: string; namespace?: string } }[];
  return items.some((o) => o.metadata?.name === target.name && (o.metadata.namespace ?? '') === target.namespace);
}

function firstResource(hpa: HorizontalPodAutoscaler): string | undefined {
  const metric = hpa.spec?.metrics?.find((m) => m.resource || m.containerResource);
  return metric?.resource?.name ?? metric?.containerResource?.name;
}

/** Containers of the target's pod template that set no request for the resource. */
function containersWithoutRequest(snapshot: Snapshot, target: ObjectRef, resource: string): string[] {
  const field = TARGET_FIELDS[target.kind];
  if (!field) return [];
  const workload = (
    snapshot[field] as {
      metadata?: { name?: string; namespace?: string };
      spec?: {
        template?: { spec?: { containers?: { name: string; resources?: { requests?: Record<string, unknown> } }[] } };
      };
    }[]
  ).find((o) => o.metadata?.name === target.name && o.metadata.namespace === target.namespace);
  return (workload?.spec?.template?.spec?.containers ?? [])
    .filter((c) => c.resources?.requests?.[resource] === undefined)
    .map((c) => c.name);
}
