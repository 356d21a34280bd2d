import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef, Severity } from '../lib/doctor/finding.ts';
import { parseCreateFailure, apiErrorText, type CreateFailure } from '../lib/doctor/workloads/pod-create-failure.ts';
import { eventEvidence, type EventGroup, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import { workloadOwner } from '../lib/doctor/workload-owner.ts';
import { plainLine } from '../lib/doctor/untrusted-text.ts';
import { limitRangeFor, type LimitViolation } from '../lib/doctor/workloads/limit-range-violation.ts';
import { msg, type Message } from '../lib/i18n/index.ts';

/** A pod-creating controller reduced to what this check compares. */
interface Controller {
  ref: ObjectRef;
  object: Parameters<typeof workloadOwner>[1];
  desired: number;
  have: number;
  ready: number;
  failureCondition?: { message?: string; reason?: string; lastTransitionTime?: string };
  finished: boolean;
}

const RESOURCE_KIND: Record<string, string> = {
  ReplicaSet: 'replicaset',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
  Job: 'job',
};

export const replicasetFailuresCheck: Check = {
  id: 'replicaset-failures',
  title: 'check.replicaset-failures.title',
  needs: ['replicaSets', 'statefulSets', 'daemonSets', 'jobs', 'events', 'limitRanges'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    for (const controller of controllers(snapshot)) {
      const finding = judge(controller, snapshot, index);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function controllers(snapshot: Snapshot): Controller[] {
  const out: Controller[] = [];
  for (const rs of snapshot.replicaSets) {
    out.push({
      ref: ref('ReplicaSet', rs),
      object: rs,
      desired: rs.spec?.replicas ?? 1,
      have: rs.status?.replicas ?? 0,
      ready: rs.status?.readyReplicas ?? 0,
      failureCondition: trueCondition(rs.status?.conditions, 'ReplicaFailure'),
      finished: false,
    });
  }
  for (const ss of snapshot.statefulSets) {
    out.push({
      ref: ref('StatefulSet', ss),
      object: ss,
      desired: ss.spec?.replicas ?? 1,
      have: ss.status?.replicas ?? 0,
      ready: ss.status?.readyReplicas ?? 0,
      failureCondition: trueCondition(ss.status?.conditions, 'ReplicaFailure'),
      finished: false,
    });
  }
  for (const ds of snapshot.daemonSets) {
    out.push({
      ref: ref('DaemonSet', ds),
      object: ds,
      desired: ds.status?.desiredNumberScheduled ?? 0,
      have: ds.status?.currentNumberScheduled ?? 0,
      ready: ds.status?.numberReady ?? 0,
      failureCondition: undefined,
      finished: false,
    });
  }
  for (const job of snapshot.jobs) {
    const conditions = job.status?.conditions ?? [];
    const finished = conditions.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
    const active = job.status?.active ?? 0;
    out.push({
      ref: ref('Job', job),
      object: job,
      desired: job.spec?.suspend
        ? 0
        : Math.max(
            1,
            Math.min(job.spec?.parallelism ?? 1, (job.spec?.completions ?? Infinity) - (job.status?.succeeded ?? 0)),
          ),
      have: active,
      ready: job.status?.ready ?? active,
      failureCondition: undefined,
      finished,
    });
  }
  return out;
}

function judge(controller: Controller, snapshot: Snapshot, index: SnapshotIndex): Finding | undefined {
  if (controller.finished || controller.desired === 0) return undefined;
  const events = index.eventsFor(controller.ref);
  const failedCreates = events.filter((e) => e.reason === 'FailedCreate');
  const condition = controller.failureCondition;
  // FailedCreate events outlive the problem by an hour; without the condition they only
  // count while the controller is still short of pods.
  if (!condition && (failedCreates.length === 0 || controller.have >= controller.desired)) return undefined;
  const latest = condition?.message ?? latestMessage(failedCreates);
  if (!latest) return undefined;

  const failure = parseCreateFailure(latest);
  const { ref: object } = controller;
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const params = { kind: object.kind, name: object.name };
  const severity: Severity = controller.ready === 0 ? 'error' : 'warning';
  const explained = explain(failure, params, namespace, latest, snapshot);

  const evidence: Evidence[] = eventEvidence(events);
  if (condition) {
    evidence.push({
      source: 'condition',
      reason: 'ReplicaFailure',
      text: condition.message ?? condition.reason ?? '',
      lastSeen: condition.lastTransitionTime,
    });
  }
  const resource = RESOURCE_KIND[object.kind] ?? object.kind.toLowerCase();
  const commands = [
    `kubectl describe ${resource} ${object.name} -n ${namespace}`,
    `kubectl get events -n ${namespace} --field-selector involvedObject.name=${object.name}`,
    ...explained.commands,
  ];
  const owner = workloadOwner(snapshot, controller.object);
  const times = failedCreates.length ? failedCreates : events;
  return {
    code: `replicaset-failures.${failure.kind === 'unknown' ? 'create-failed' : failure.kind}`,
    check: 'replicaset-failures',
    severity,
    object,
    ...(owner ? { owner } : {}),
    cause: explained.cause,
    details: [
      msg('check.replicaset-failures.detail.count', { have: controller.have, desired: controller.desired }),
      ...explained.details,
    ],
    remedy: explained.remedy,
    commands,
    evidence,
    concept: failure.kind.startsWith('quota') || failure.kind === 'limit-range' ? 'resource-quota' : 'rollout',
    ...(explained.related.length ? { related: explained.related } : {}),
    firstSeen: earliest(times) ?? condition?.lastTransitionTime,
    lastSeen: times[0]?.lastSeen ?? condition?.lastTransitionTime,
  };
}

interface Explained {
  cause: Message;
  details: Message[];
  remedy: Message[];
  commands: string[];
  related: ObjectRef[];
}

function explain(
  failure: CreateFailure,
  params: { kind: string; name: string },
  namespace: string,
  raw: string,
  snapshot: Snapshot,
): Explained {
  switch (failure.kind) {
    case 'quota-exceeded': {
      const resources = Object.keys(failure.requested);
      return {
        cause: msg('check.replicaset-failures.cause.quota-exceeded', {
          ...params,
          quota: failure.quota,
          resources: resources.join(', '),
        }),
        details: resources.map((resource) =>
          msg('check.replicaset-failures.detail.quota-resource', {
            resource,
            requested: failure.requested[resource] ?? '?',
            used: failure.used[resource] ?? '?',
            limited: failure.limited[resource] ?? '?',
          }),
        ),
        remedy: [msg('check.replicaset-failures.remedy.quota-exceeded', { quota: failure.quota })],
        commands: [`kubectl describe resourcequota ${failure.quota} -n ${namespace}`],
        related: [{ kind: 'ResourceQuota', name: failure.quota, namespace }],
      };
    }
    case 'quota-requires-limits': {
      const resources = failure.missing.map((m) => m.resource).join(', ');
      const details: Message[] = failure.missing.map((m) =>
        m.containers.length
          ? msg('check.replicaset-failures.detail.missing-resource', {
              resource: m.resource,
              containers: m.containers.join(', '),
            })
          : msg('check.replicaset-failures.detail.missing-resource-any', { resource: m.resource }),
      );
      if (snapshot.visibility.limitRanges.visible) {
        const names = snapshot.limitRanges
          .filter((l) => l.metadata?.namespace === namespace || !l.metadata?.namespace)
          .map((l) => l.metadata?.name ?? '');
        details.push(
          names.length
            ? msg('check.replicaset-failures.detail.limitrange-present', { names: names.join(', ') })
            : msg('check.replicaset-failures.detail.no-limitrange'),
        );
      }
      return {
        cause: msg('check.replicaset-failures.cause.quota-requires-limits', {
          ...params,
          quota: failure.quota,
          resources,
        }),
        details,
        remedy: [
          msg('check.replicaset-failures.remedy.set-resources', { resources }),
          msg('check.replicaset-failures.remedy.limitrange-defaults'),
        ],
        commands: [
          `kubectl describe resourcequota ${failure.quota} -n ${namespace}`,
          `kubectl get limitrange -n ${namespace}`,
        ],
        related: [{ kind: 'ResourceQuota', name: failure.quota, namespace }],
      };
    }
    case 'pod-security':
      return {
        cause: msg('check.replicaset-failures.cause.pod-security', {
          ...params,
          level: failure.level,
          // "allowPrivilegeEscalation != false (container "app" must set …)": the check's name leads.
          checks: failure.violations.map((v) => v.replace(/\s*\([\s\S]*$/, '')).join(', '),
        }),
        details: failure.violations.map((violation) =>
          msg('check.replicaset-failures.detail.violation', { violation }),
        ),
        remedy: [
          msg('check.replicaset-failures.remedy.pod-security'),
          msg('check.replicaset-failures.remedy.pod-security-exception'),
        ],
        commands: [`kubectl get namespace ${namespace} --show-labels`],
        related: [],
      };
    case 'webhook-denied':
      return {
        cause: msg('check.replicaset-failures.cause.webhook-denied', { ...params, webhook: failure.webhook }),
        details: [msg('check.replicaset-failures.detail.webhook-said', { reason: plainLine(failure.reason) })],
        remedy: [msg('check.replicaset-failures.remedy.webhook-denied', { webhook: failure.webhook })],
        commands: ['kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations'],
        related: [],
      };
    case 'webhook-unreachable':
      return {
        cause: msg('check.replicaset-failures.cause.webhook-unreachable', { ...params, webhook: failure.webhook }),
        details: [msg('check.replicaset-failures.detail.webhook-said', { reason: plainLine(failure.reason) })],
        remedy: [msg('check.replicaset-failures.remedy.webhook-unreachable', { webhook: failure.webhook })],
        commands: ['kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations'],
        related: [],
      };
    case 'service-account-missing':
      return {
        cause: msg('check.replicaset-failures.cause.service-account-missing', {
          ...params,
          serviceAccount: failure.serviceAccount,
          namespace,
        }),
        details: [],
        remedy: [
          msg('check.replicaset-failures.remedy.service-account-missing', {
            serviceAccount: failure.serviceAccount,
            namespace,
          }),
        ],
        commands: [`kubectl get serviceaccount -n ${namespace}`],
        related: [],
      };
    case 'limit-range':
      return explainLimitRange(failure.violations, params, namespace, snapshot);
    case 'unknown':
      return {
        cause: msg('check.replicaset-failures.cause.create-failed', { ...params, message: apiErrorText(raw) }),
        details: [],
        remedy: [msg('check.replicaset-failures.remedy.create-failed')],
        commands: [],
        related: [],
      };
  }
}

/**
 * Leads with the LimitRange rule that refused the pod, named from the snapshot when visible: the
 * API server's message gives the rule and the pod's value but not which LimitRange holds the rule.
 */
function explainLimitRange(
  violations: readonly LimitViolation[],
  params: { kind: string; name: string },
  namespace: string,
  snapshot: Snapshot,
): Explained {
  const ranges = snapshot.visibility.limitRanges.visible ? snapshot.limitRanges : [];
  const named = violations.map((violation) => ({ violation, range: limitRangeFor(violation, ranges, namespace) }));
  const names = [...new Set(named.map((n) => n.range?.metadata?.name).filter((n): n is string => !!n))];
  const [first, ...rest] = named;
  const firstName = first?.range?.metadata?.name;
  const cause =
    first && firstName
      ? limitRule(first.violation, firstName)
      : msg('check.replicaset-failures.cause.limit-range-unnamed', {
          ...params,
          namespace,
          rule: first?.violation.text ?? '',
        });
  const details = rest.map(({ violation, range }) =>
    range?.metadata?.name
      ? limitRule(violation, range.metadata.name)
      : msg('check.replicaset-failures.detail.limit-range-rule', { rule: violation.text }),
  );
  if (!snapshot.visibility.limitRanges.visible)
    details.push(
      msg('check.replicaset-failures.detail.limitranges-not-visible', {
        reason: snapshot.visibility.limitRanges.reason ?? 'error',
      }),
    );
  return {
    cause,
    details,
    remedy: [
      names.length
        ? msg('check.replicaset-failures.remedy.limit-range', { limitRange: names.join(', ') })
        : msg('check.replicaset-failures.remedy.limit-range-unnamed'),
    ],
    commands: names.length
      ? names.map((name) => `kubectl describe limitrange ${name} -n ${namespace}`)
      : [`kubectl describe limitrange -n ${namespace}`],
    related: names.map((name) => ({ kind: 'LimitRange', name, namespace })),
  };
}

function limitRule(violation: LimitViolation, limitRange: string): Message {
  const { resource, scope, enforced } = violation;
  const field = `${violation.field === 'limit' ? 'limits' : 'requests'}.${resource}`;
  const base = { limitRange, resource, scope, enforced };
  if (violation.bound === 'ratio')
    return violation.value === undefined
      ? msg('check.replicaset-failures.limit-range.ratio-unset', { ...base, field })
      : msg('check.replicaset-failures.limit-range.ratio', { ...base, value: violation.value });
  if (violation.value === undefined)
    return msg(`check.replicaset-failures.limit-range.${violation.bound}-unset`, { ...base, field });
  return msg(`check.replicaset-failures.limit-range.${violation.bound}`, { ...base, field, value: violation.value });
}

function ref(kind: string, object: { metadata?: { name?: string; namespace?: string } }): ObjectRef {
  return { kind, name: object.metadata?.name ?? '', namespace: object.metadata?.namespace };
}

function trueCondition<
  C extends { type: string; status: string; message?: string; reason?: string; lastTransitionTime?: string },
>(conditions: readonly C[] | undefined, type: string): C | undefined {
  return conditions?.find((c) => c.type === type && c.status === 'True');
}

function latestMessage(groups: readonly EventGroup[]): string | undefined {
  return groups[0]?.message;
}

function earliest(groups: readonly EventGroup[]): string | undefined {
  return groups
    .map((g) => g.firstSeen)
    .filter((t): t is string => !!t)
    .sort()[0];
}
