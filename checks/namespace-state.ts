import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef } from '../lib/doctor/finding.ts';
import { editDistance } from '../lib/doctor/edit-distance.ts';
import { eventEvidence, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import { NAMESPACED_KINDS, type Snapshot } from '../lib/doctor/snapshot.ts';
import { FIELD_BY_KIND } from '../lib/doctor/snapshot-from-objects.ts';
import type { Namespace, ResourceQuota } from '../lib/doctor/wire.ts';
import { parseCreateFailure } from '../lib/doctor/workloads/pod-create-failure.ts';
import { parseQuantity } from '../lib/doctor/workloads/resource-quantity.ts';
import { msg, type Message } from '../lib/i18n/index.ts';

const STUCK_AFTER_MINUTES = 5;
const MAX_LINES = 10;
const KIND_BY_FIELD = Object.fromEntries(Object.entries(FIELD_BY_KIND).map(([kind, field]) => [field, kind]));

export const namespaceStateCheck: Check = {
  id: 'namespace-state',
  title: 'check.namespace-state.title',
  needs: ['namespaces', 'resourceQuotas', 'events', 'pods', 'configMaps'],
  run(snapshot, index) {
    const inScope = (ns: string | undefined) => snapshot.namespace === null || ns === snapshot.namespace;
    return [
      ...existence(snapshot),
      ...snapshot.namespaces
        .filter((ns) => inScope(ns.metadata?.name) && isTerminating(ns))
        .map((ns) => terminating(ns, snapshot, index)),
      ...snapshot.resourceQuotas.filter((q) => inScope(q.metadata?.namespace)).flatMap((q) => exhausted(q, snapshot)),
    ];
  },
};

function isTerminating(ns: Namespace): boolean {
  return ns.status?.phase === 'Terminating' || !!ns.metadata?.deletionTimestamp;
}

/** Whether the snapshot holds any object of the namespace. */
function hasContent(snapshot: Snapshot, namespace: string): boolean {
  return NAMESPACED_KINDS.some((kind) =>
    (snapshot[kind] as { metadata?: { namespace?: string } }[]).some(
      (o) => (o.metadata?.namespace ?? namespace) === namespace,
    ),
  );
}

function existence(snapshot: Snapshot): Finding[] {
  const name = snapshot.namespace;
  if (name === null) return [];
  const object: ObjectRef = { kind: 'Namespace', name };
  const base = { check: 'namespace-state', object, concept: 'namespace-lifecycle' as const };
  if (snapshot.visibility.namespaces.visible && snapshot.namespaces.some((n) => n.metadata?.name === name)) return [];
  if (hasContent(snapshot, name)) return [];

  if (snapshot.visibility.namespaces.visible) {
    const others = snapshot.namespaces.map((n) => n.metadata?.name ?? '').filter(Boolean);
    const similar = similarNames(name, others);
    return [
      {
        ...base,
        code: 'namespace-state.not-found',
        severity: 'error',
        cause: msg('check.namespace-state.cause.not-found', { name }),
        // Reading one namespace fetches only that one, so other names are known only from a full list (-A or a file).
        details: [
          similar.length
            ? msg('check.namespace-state.detail.similar', { names: similar.join(', ') })
            : others.length
              ? msg('check.namespace-state.detail.existing', { names: others.slice(0, MAX_LINES).join(', ') })
              : msg('check.namespace-state.detail.list-hint'),
        ],
        remedy: [msg('check.namespace-state.remedy.not-found')],
        commands: ['kubectl get namespaces', ...(similar[0] ? [`kubectl get pods -n ${similar[0]}`] : [])],
        evidence: [{ source: 'object', text: `namespaces "${name}" not found` }],
      },
    ];
  }

  // Namespaces cannot be listed: judge from what the namespace itself shows.
  const namespaced = NAMESPACED_KINDS.map((kind) => snapshot.visibility[kind]);
  const reason = snapshot.visibility.namespaces.reason ?? 'error';
  if (namespaced.every((v) => !v.visible && v.reason === 'forbidden')) {
    return [
      {
        ...base,
        code: 'namespace-state.no-access',
        severity: 'warning',
        cause: msg('check.namespace-state.cause.no-access', { name }),
        details: [msg('check.namespace-state.detail.cannot-list', { reason })],
        remedy: [msg('check.namespace-state.remedy.no-access')],
        commands: [`kubectl auth can-i --list -n ${name}`],
        evidence: [{ source: 'object', text: snapshot.visibility.pods.detail ?? 'pods is forbidden' }],
      },
    ];
  }
  // Every namespace gets the kube-root-ca.crt ConfigMap from the control plane; a namespace
  // without even that one most likely does not exist.
  if (snapshot.visibility.configMaps.visible && snapshot.visibility.pods.visible) {
    return [
      {
        ...base,
        code: 'namespace-state.probably-missing',
        severity: 'warning',
        cause: msg('check.namespace-state.cause.probably-missing', { name }),
        details: [msg('check.namespace-state.detail.cannot-list', { reason })],
        remedy: [msg('check.namespace-state.remedy.not-found')],
        commands: [
          'kubectl config view --minify -o jsonpath={..namespace}',
          `kubectl get configmap kube-root-ca.crt -n ${name}`,
        ],
        evidence: [
          {
            source: 'object',
            text: `no objects of any kind in namespace "${name}", not even ConfigMap kube-root-ca.crt`,
          },
        ],
      },
    ];
  }
  return [];
}

function terminating(ns: Namespace, snapshot: Snapshot, index: SnapshotIndex): Finding {
  const name = ns.metadata?.name ?? '';
  const object: ObjectRef = { kind: 'Namespace', name };
  const since = ns.metadata?.deletionTimestamp;
  const minutes = since ? Math.max(0, Math.floor((Date.parse(snapshot.takenAt) - Date.parse(since)) / 60_000)) : 0;
  const conditions = (ns.status?.conditions ?? []).filter((c) => c.status === 'True');
  const discovery = conditions.find((c) => c.type === 'NamespaceDeletionDiscoveryFailure');
  const finalizersRemaining = conditions.find((c) => c.type === 'NamespaceFinalizersRemaining');
  const contentRemaining = conditions.find((c) => c.type === 'NamespaceContentRemaining');
  const finalizers = parseFinalizers(finalizersRemaining?.message ?? '');

  let cause: Message;
  if (discovery)
    cause = msg('check.namespace-state.cause.stuck-api-unavailable', {
      name,
      minutes,
      apis: unavailableApis(discovery.message ?? '') || '?',
    });
  else if (finalizers.length)
    cause = msg('check.namespace-state.cause.stuck-finalizers', {
      name,
      minutes,
      finalizers: finalizers.map((f) => f.finalizer).join(', '),
    });
  else if (contentRemaining) cause = msg('check.namespace-state.cause.stuck-content', { name, minutes });
  else cause = msg('check.namespace-state.cause.terminating', { name, minutes });

  const details: Message[] = [];
  for (const f of finalizers) details.push(msg('check.namespace-state.detail.finalizer', f));
  const leftovers = leftoverObjects(snapshot, name);
  for (const o of leftovers.slice(0, MAX_LINES)) details.push(msg('check.namespace-state.detail.leftover', o));
  if (leftovers.length > MAX_LINES)
    details.push(msg('check.namespace-state.detail.more', { count: leftovers.length - MAX_LINES }));
  const nsFinalizers = [...(ns.spec?.finalizers ?? []), ...(ns.metadata?.finalizers ?? [])];
  if (nsFinalizers.length)
    details.push(msg('check.namespace-state.detail.namespace-finalizers', { finalizers: nsFinalizers.join(', ') }));

  const remedy: Message[] = [];
  if (discovery) remedy.push(msg('check.namespace-state.remedy.api-unavailable'));
  if (finalizers.length || leftovers.length) remedy.push(msg('check.namespace-state.remedy.finalizers'));
  remedy.push(msg('check.namespace-state.remedy.never-force'));

  const evidence: Evidence[] = [
    ...eventEvidence(index.eventsFor(object)),
    ...conditions.map((c) => ({
      source: 'condition' as const,
      reason: c.type,
      text: `${c.reason ?? ''}: ${c.message ?? ''}`,
      lastSeen: c.lastTransitionTime,
    })),
    ...(since ? [{ source: 'object' as const, text: `deletionTimestamp: ${since}` }] : []),
  ];
  return {
    check: 'namespace-state',
    code: 'namespace-state.terminating',
    severity: minutes >= STUCK_AFTER_MINUTES ? 'error' : 'info',
    object,
    cause,
    details,
    remedy,
    commands: [
      `kubectl get namespace ${name} -o jsonpath='{.status.conditions}'`,
      ...(discovery ? ['kubectl get apiservices'] : []),
      `kubectl api-resources --verbs=list --namespaced -o name | xargs -n 1 kubectl get --show-kind --ignore-not-found -n ${name}`,
    ],
    evidence,
    concept: 'namespace-lifecycle',
    ...(leftovers.length ? { related: leftovers.map((o) => ({ kind: o.kind, name: o.name, namespace: name })) } : {}),
    ...(since ? { firstSeen: since } : {}),
  };
}

// "Some content in the namespace has finalizers remaining: kubernetes.io/pvc-protection in 1 resource instances, x in 2 resource instances"
function parseFinalizers(message: string): { finalizer: string; count: number }[] {
  return [...message.matchAll(/([\w.\-/]+) in (\d+) resource instances/g)].map((m) => ({
    finalizer: m[1]!,
    count: Number(m[2]),
  }));
}

// "Discovery failed for some groups, 1 failing: unable to retrieve the complete list of server APIs: metrics.k8s.io/v1beta1: the server is currently unable to handle the request"
function unavailableApis(message: string): string {
  return [...new Set([...message.matchAll(/([a-z0-9][\w.-]*\.[\w.-]+\/v\d\w*)/g)].map((m) => m[1]!))].join(', ');
}

function leftoverObjects(snapshot: Snapshot, namespace: string): { kind: string; name: string; finalizers: string }[] {
  return NAMESPACED_KINDS.flatMap((field) =>
    (
      snapshot[field] as {
        metadata?: { name?: string; namespace?: string; deletionTimestamp?: string; finalizers?: string[] };
      }[]
    )
      .filter((o) => o.metadata?.namespace === namespace && o.metadata.finalizers?.length)
      .map((o) => ({
        kind: KIND_BY_FIELD[field] ?? field,
        name: o.metadata?.name ?? '',
        finalizers: (o.metadata?.finalizers ?? []).join(', '),
      })),
  );
}

function exhausted(quota: ResourceQuota, snapshot: Snapshot): Finding[] {
  const hard = quota.status?.hard ?? {};
  const used = quota.status?.used ?? {};
  const full = Object.keys(hard).filter((resource) => {
    const h = parseQuantity(hard[resource]);
    const u = parseQuantity(used[resource] ?? '0');
    // A hard limit of 0 forbids the resource on purpose; it is not "used up".
    return h !== undefined && u !== undefined && h > 0 && u >= h;
  });
  if (!full.length) return [];
  const name = quota.metadata?.name ?? '';
  const namespace = quota.metadata?.namespace ?? snapshot.namespace ?? '';
  const blocked = controllersBlockedBy(snapshot, name, namespace);
  return [
    {
      check: 'namespace-state',
      code: 'namespace-state.quota-exhausted',
      severity: 'warning',
      object: { kind: 'ResourceQuota', name, namespace },
      cause: msg('check.namespace-state.cause.quota-exhausted', { name, resources: full.join(', ') }),
      details: [
        ...full.map((resource) =>
          msg('check.namespace-state.detail.quota-resource', {
            resource,
            used: used[resource] ?? '0',
            hard: hard[resource] ?? '',
          }),
        ),
        ...(blocked.length
          ? [
              msg('check.namespace-state.detail.blocked', {
                objects: blocked.map((b) => `${b.kind}/${b.name}`).join(', '),
              }),
            ]
          : []),
      ],
      remedy: [msg('check.namespace-state.remedy.quota-exhausted', { name })],
      commands: [`kubectl describe resourcequota ${name} -n ${namespace}`],
      evidence: full.map((resource) => ({
        source: 'status' as const,
        text: `${resource}: used ${used[resource] ?? '0'}, hard ${hard[resource]}`,
      })),
      concept: 'resource-quota',
      ...(blocked.length ? { related: blocked } : {}),
    },
  ];
}

/** Controllers whose FailedCreate events or ReplicaFailure condition name this quota. */
function controllersBlockedBy(snapshot: Snapshot, quota: string, namespace: string): ObjectRef[] {
  const out: ObjectRef[] = [];
  const add = (ref: ObjectRef) => {
    if (!out.some((o) => o.kind === ref.kind && o.name === ref.name)) out.push(ref);
  };
  const names = (text: string) => {
    const f = parseCreateFailure(text);
    return (f.kind === 'quota-exceeded' || f.kind === 'quota-requires-limits') && f.quota === quota;
  };
  for (const event of snapshot.events) {
    const target = event.involvedObject;
    if (
      event.reason !== 'FailedCreate' ||
      !target?.name ||
      (target.namespace ?? event.metadata?.namespace) !== namespace
    )
      continue;
    if (names(event.message ?? '')) add({ kind: target.kind ?? '', name: target.name, namespace });
  }
  for (const rs of snapshot.replicaSets) {
    const c = rs.status?.conditions?.find((x) => x.type === 'ReplicaFailure' && x.status === 'True');
    if (c && rs.metadata?.namespace === namespace && names(c.message ?? ''))
      add({ kind: 'ReplicaSet', name: rs.metadata?.name ?? '', namespace });
  }
  return out;
}

/** Names close to a mistyped one: same letters in another case, a prefix/suffix, or within 2 edits. */
function similarNames(name: string, candidates: readonly string[]): string[] {
  const lower = name.toLowerCase();
  return candidates
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase()) }))
    .filter(
      ({ c, d }) =>
        d <= 2 ||
        (Math.min(c.length, lower.length) >= 3 && (c.toLowerCase().includes(lower) || lower.includes(c.toLowerCase()))),
    )
    .sort((a, b) => a.d - b.d)
    .slice(0, 5)
    .map(({ c }) => c);
}
