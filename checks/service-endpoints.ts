import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef } from '../lib/doctor/finding.ts';
import { pushToList } from '../lib/doctor/list-map.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { Deployment, EndpointSlice, Pod, StatefulSet } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import { pendingLoadBalancer } from './service-endpoints/load-balancer.ts';
import { isReady, notReadyReasons } from './service-endpoints/pod-readiness.ts';
import { closestPodGroups, selects, type PodGroup } from './service-endpoints/selector-diff.ts';
import { selectorText, serviceFinding, type ServiceContext } from './service-endpoints/service-finding.ts';
import { portProblems, type PortProblem } from './service-endpoints/target-ports.ts';

export const serviceEndpointsCheck: Check = {
  id: 'service-endpoints',
  title: 'check.service-endpoints.title',
  needs: ['services', 'pods', 'endpointSlices', 'events', 'deployments', 'statefulSets'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    const slicesVisible = snapshot.visibility.endpointSlices.visible;
    // Built once per run: per-Service scans of all slices and pods grow with Services × pods.
    const slicesByService = new Map<string, EndpointSlice[]>();
    for (const slice of snapshot.endpointSlices) {
      const namespace = slice.metadata?.namespace;
      const service = slice.metadata?.labels?.['kubernetes.io/service-name'];
      if (namespace === undefined || service === undefined) continue;
      pushToList(slicesByService, `${namespace}\0${service}`, slice);
    }
    const livePods = new Map<string, Pod[]>();
    const liveIn = (namespace: string) => {
      let pods = livePods.get(namespace);
      if (!pods) livePods.set(namespace, (pods = index.podsInNamespace(namespace).filter(isLive)));
      return pods;
    };
    const scaledToZero = scaledToZeroLookup(snapshot);
    for (const service of snapshot.services) {
      const ref = { kind: 'Service', name: service.metadata?.name ?? '', namespace: service.metadata?.namespace ?? '' };
      const ctx: ServiceContext = {
        snapshot,
        index,
        service,
        ref,
        events: index.eventsFor(ref),
        slices: slicesVisible ? [...(slicesByService.get(`${ref.namespace}\0${ref.name}`) ?? [])] : undefined,
        livePods: liveIn(ref.namespace),
      };
      findings.push(...diagnose(ctx, scaledToZero));
      const lb = pendingLoadBalancer(ctx);
      if (lb) findings.push(lb);
    }
    return findings;
  },
};

function isLive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp;
}

function diagnose(ctx: ServiceContext, scaledToZeroIn: (namespace: string) => ScaledWorkload[]): Finding[] {
  const spec = ctx.service.spec ?? {};
  if (spec.type === 'ExternalName') return [externalName(ctx)];
  const selector = spec.selector ?? {};
  if (Object.keys(selector).length === 0) return withoutSelector(ctx);
  if (!ctx.snapshot.visibility.pods.visible) return fromSlicesOnly(ctx);
  const matched = ctx.index.podsMatchingLabels(ctx.ref.namespace ?? '', selector).filter(isLive);
  if (matched.length === 0) return [matchesNothing(ctx, selector, scaledToZeroIn)];
  const findings: Finding[] = [];
  const readiness = notReady(ctx, matched);
  if (readiness) findings.push(readiness);
  findings.push(...portProblems(ctx.service, matched).map((p) => portFinding(ctx, p, matched)));
  return findings;
}

function visibilityNote(ctx: ServiceContext): Message[] {
  return ctx.slices
    ? []
    : [
        msg('check.service-endpoints.detail.slicesNotVisible', {
          reason: ctx.snapshot.visibility.endpointSlices.reason ?? 'error',
        }),
      ];
}

function externalName(ctx: ServiceContext): Finding {
  return serviceFinding(
    ctx,
    'external-name',
    'info',
    msg('check.service-endpoints.cause.externalName', { target: ctx.service.spec?.externalName ?? '' }),
    {
      remedy: [msg('check.service-endpoints.remedy.externalName')],
      concept: 'service-selector',
    },
  );
}

function withoutSelector(ctx: ServiceContext): Finding[] {
  // Without EndpointSlices we cannot tell a hand-managed Service from a broken one.
  if (!ctx.slices) return [];
  if (ctx.slices.some((s) => (s.endpoints ?? []).length > 0)) return [];
  return [
    serviceFinding(
      ctx,
      'no-selector-no-endpoints',
      'warning',
      msg('check.service-endpoints.cause.noSelectorNoEndpoints'),
      {
        remedy: [
          msg('check.service-endpoints.remedy.manualEndpoints'),
          msg('check.service-endpoints.remedy.addSelector'),
        ],
        commands: [`kubectl get endpointslices -n ${ctx.ref.namespace} -l kubernetes.io/service-name=${ctx.ref.name}`],
        concept: 'service-selector',
      },
    ),
  ];
}

/** Pods are forbidden: judge by the EndpointSlices alone and never name a cause we cannot see. */
function fromSlicesOnly(ctx: ServiceContext): Finding[] {
  if (!ctx.slices) return [];
  const endpoints = ctx.slices.flatMap((s) => s.endpoints ?? []);
  if (endpoints.some((e) => e.conditions?.ready !== false)) return [];
  const reason = ctx.snapshot.visibility.pods.reason ?? 'error';
  const none = endpoints.length === 0;
  return [
    serviceFinding(
      ctx,
      none ? 'no-endpoints' : 'no-ready-pods',
      'error',
      none
        ? msg('check.service-endpoints.cause.noEndpointsUnverified')
        : msg('check.service-endpoints.cause.noReadyEndpointsUnverified', { count: endpoints.length }),
      {
        details: [msg('check.service-endpoints.detail.podsNotVisible', { reason })],
        remedy: [
          none ? msg('check.service-endpoints.remedy.fixSelector') : msg('check.service-endpoints.remedy.fixPods'),
        ],
        commands: [
          `kubectl get endpointslices -n ${ctx.ref.namespace} -l kubernetes.io/service-name=${ctx.ref.name} -o wide`,
        ],
        concept: none ? 'service-selector' : 'readiness',
      },
    ),
  ];
}

function matchesNothing(
  ctx: ServiceContext,
  selector: Record<string, string>,
  scaledToZeroIn: (namespace: string) => ScaledWorkload[],
): Finding {
  const text = selectorText(selector);
  const ns = ctx.ref.namespace ?? '';
  const finished = ctx.index.podsMatchingLabels(ns, selector).filter((p) => !isLive(p));
  const scaledToZero = scaledToZeroIn(ns).filter(({ o }) => selects(selector, o.spec?.template?.metadata?.labels));

  const details: Message[] = [msg('check.service-endpoints.detail.selector', { selector: text })];
  const groups = closestPodGroups(selector, ctx.livePods);
  for (const group of groups) details.push(...groupDetails(group));
  if (groups.length === 0) {
    details.push(
      ctx.livePods.length
        ? msg('check.service-endpoints.detail.noSimilarPods', { count: ctx.livePods.length })
        : msg('check.service-endpoints.detail.noPodsInNamespace', { namespace: ns }),
    );
  }
  if (finished.length) details.push(msg('check.service-endpoints.detail.onlyFinishedMatch', { pods: names(finished) }));
  for (const { kind, o } of scaledToZero)
    details.push(msg('check.service-endpoints.detail.scaledToZero', { kind, name: o.metadata?.name ?? '' }));
  details.push(...visibilityNote(ctx));

  const zero = scaledToZero[0];
  const evidence: Evidence[] = groups.map((g) => ({
    source: 'object' as const,
    text: `labels: ${g.labels.join(', ')}`,
    about: { kind: 'Pod', name: g.pods[0] ?? '', namespace: ns },
  }));
  return serviceFinding(
    ctx,
    'selector-matches-nothing',
    zero ? 'warning' : 'error',
    zero
      ? msg('check.service-endpoints.cause.scaledToZero', {
          selector: text,
          kind: zero.kind,
          name: zero.o.metadata?.name ?? '',
        })
      : msg('check.service-endpoints.cause.selectorMatchesNothing', { selector: text }),
    {
      details,
      remedy: [msg('check.service-endpoints.remedy.fixSelector')],
      commands: [`kubectl get pods -n ${ns} -l ${text}`, `kubectl get pods -n ${ns} --show-labels`],
      evidence,
      concept: 'service-selector',
    },
  );
}

type ScaledWorkload = { kind: string; o: Deployment | StatefulSet };

/** Deployments, then StatefulSets, with replicas: 0, by namespace (one pass, on first use). */
function scaledToZeroLookup(snapshot: Snapshot): (namespace: string) => ScaledWorkload[] {
  let groups: Map<string, ScaledWorkload[]> | undefined;
  return (namespace) => {
    if (!groups) {
      groups = new Map();
      const all: ScaledWorkload[] = [
        ...snapshot.deployments.map((d) => ({ kind: 'Deployment', o: d })),
        ...snapshot.statefulSets.map((s) => ({ kind: 'StatefulSet', o: s })),
      ];
      for (const w of all) {
        const ns = w.o.metadata?.namespace;
        if (ns === undefined || w.o.spec?.replicas !== 0) continue;
        pushToList(groups, ns, w);
      }
    }
    return groups.get(namespace) ?? [];
  };
}

function groupDetails(group: PodGroup): Message[] {
  const pod = group.pods[0] ?? '';
  const more = group.pods.length - 1;
  const lines: Message[] = [
    more > 0
      ? msg('check.service-endpoints.detail.closestPods', { pod, more, labels: group.labels.join(', ') })
      : msg('check.service-endpoints.detail.closestPod', { pod, labels: group.labels.join(', ') }),
  ];
  for (const d of group.diffs) {
    if (d.actual === undefined)
      lines.push(msg('check.service-endpoints.detail.labelMissing', { key: d.key, wanted: d.wanted, pod }));
    else if (d.caseOnly)
      lines.push(
        msg('check.service-endpoints.detail.labelDiffersCase', { key: d.key, wanted: d.wanted, actual: d.actual, pod }),
      );
    else
      lines.push(
        msg('check.service-endpoints.detail.labelDiffers', { key: d.key, wanted: d.wanted, actual: d.actual, pod }),
      );
  }
  return lines;
}

function notReady(ctx: ServiceContext, matched: Pod[]): Finding | undefined {
  // Such Services publish not-ready pods on purpose (StatefulSet peer discovery).
  if (ctx.service.spec?.publishNotReadyAddresses) return undefined;
  const ready = matched.filter(isReady);
  const unready = matched.filter((p) => !isReady(p));
  if (unready.length === 0) return undefined;
  if (ready.length > 0 && ready.length * 2 >= matched.length) return undefined;
  const details: Message[] = [];
  const evidence: Evidence[] = [];
  for (const pod of unready.slice(0, 5)) {
    const why = notReadyReasons(pod, ctx.index);
    details.push(...why.details);
    evidence.push(...why.evidence);
  }
  if (unready.length > 5)
    details.push(msg('check.service-endpoints.detail.moreUnready', { count: unready.length - 5 }));
  details.push(...visibilityNote(ctx));
  const related: ObjectRef[] = unready.map((p) => ({
    kind: 'Pod',
    name: p.metadata?.name ?? '',
    namespace: ctx.ref.namespace,
  }));
  const none = ready.length === 0;
  return serviceFinding(
    ctx,
    none ? 'no-ready-pods' : 'few-ready-pods',
    none ? 'error' : 'info',
    none
      ? msg('check.service-endpoints.cause.noReadyPods', { count: matched.length })
      : msg('check.service-endpoints.cause.fewReadyPods', { ready: ready.length, total: matched.length }),
    {
      details,
      remedy: [msg('check.service-endpoints.remedy.fixPods')],
      commands: unready
        .slice(0, 3)
        .map((p) => `kubectl describe pod ${p.metadata?.name ?? ''} -n ${ctx.ref.namespace}`),
      evidence,
      concept: 'readiness',
      related,
    },
  );
}

function portFinding(ctx: ServiceContext, problem: PortProblem, matched: Pod[]): Finding {
  const details: Message[] = problem.declared.map((d) =>
    d.ports
      ? msg('check.service-endpoints.detail.declaredPorts', { pod: d.pod, ports: d.ports })
      : msg('check.service-endpoints.detail.noDeclaredPorts', { pod: d.pod }),
  );
  const params = { port: problem.servicePort, target: problem.target, protocol: problem.protocol };
  const pod = matched[0]?.metadata?.name ?? '';
  const commands = [`kubectl get pod ${pod} -n ${ctx.ref.namespace} -o jsonpath='{.spec.containers[*].ports}'`];
  if (problem.kind === 'named-port-missing') {
    return serviceFinding(
      ctx,
      'named-port-missing',
      'error',
      msg('check.service-endpoints.cause.namedPortMissing', params),
      {
        details,
        remedy: [msg('check.service-endpoints.remedy.fixNamedPort', { target: problem.target })],
        commands,
        concept: 'target-port',
      },
    );
  }
  if (problem.kind === 'protocol-mismatch') {
    return serviceFinding(
      ctx,
      'protocol-mismatch',
      'warning',
      msg('check.service-endpoints.cause.protocolMismatch', { ...params, podProtocol: problem.podProtocol ?? '' }),
      {
        details,
        remedy: [msg('check.service-endpoints.remedy.fixProtocol')],
        commands,
        concept: 'target-port',
      },
    );
  }
  return serviceFinding(
    ctx,
    'target-port-not-declared',
    'warning',
    msg('check.service-endpoints.cause.targetPortNotDeclared', params),
    {
      details: [...details, msg('check.service-endpoints.detail.containerPortInformational')],
      remedy: [msg('check.service-endpoints.remedy.checkListening', { target: problem.target, pod })],
      commands: [
        ...commands,
        `kubectl port-forward pod/${pod} -n ${ctx.ref.namespace} ${problem.target}:${problem.target}`,
      ],
      concept: 'target-port',
    },
  );
}

function names(pods: readonly Pod[]): string {
  const list = pods.slice(0, 3).map((p) => p.metadata?.name ?? '');
  return pods.length > 3 ? `${list.join(', ')} (+${pods.length - 3})` : list.join(', ');
}
