import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef, Severity } from '../lib/doctor/finding.ts';
import { eventEvidence, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { Pod, Service, StatefulSet } from '../lib/doctor/wire.ts';
import { brokenPods, reasonSummary } from '../lib/doctor/workloads/broken-pods.ts';
import { podsControlledBy, refOf } from '../lib/doctor/workload-owner.ts';
import { describeProblem, podProblem } from '../lib/doctor/workloads/pod-problem.ts';
import { msg, type Message } from '../lib/i18n/index.ts';

const REVISION_LABEL = 'controller-revision-hash';

export const statefulsetsCheck: Check = {
  id: 'statefulsets',
  title: 'check.statefulsets.title',
  needs: ['statefulSets', 'pods', 'services', 'storageClasses', 'events'],
  run(snapshot, index) {
    // Services by name, grouped once: a scan of every Service per StatefulSet grows with both.
    const servicesByName = new Map<string | undefined, Service[]>();
    for (const s of snapshot.services) {
      const same = servicesByName.get(s.metadata?.name);
      if (same) same.push(s);
      else servicesByName.set(s.metadata?.name, [s]);
    }
    return snapshot.statefulSets.flatMap((ss) => [
      ...readiness(ss, snapshot, index),
      ...governingService(ss, snapshot, servicesByName),
      ...storageClasses(ss, snapshot),
    ]);
  },
};

function readiness(ss: StatefulSet, snapshot: Snapshot, index: SnapshotIndex): Finding[] {
  const object = refOf('StatefulSet', ss);
  const { name } = object;
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const replicas = ss.spec?.replicas ?? 1;
  const ready = ss.status?.readyReplicas ?? 0;
  const current = ss.status?.currentRevision;
  const update = ss.status?.updateRevision;
  const updating = !!current && !!update && current !== update && ss.spec?.updateStrategy?.type !== 'OnDelete';
  if (replicas === 0 || (ready >= replicas && !updating)) return [];

  const podsVisible = snapshot.visibility.pods.visible;
  const pods = podsControlledBy(snapshot, ss.metadata?.uid);
  const start = ss.spec?.ordinals?.start ?? 0;
  const byName = new Map(pods.map((p) => [p.metadata?.name ?? '', p]));
  const ordered = (ss.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  const broken = brokenPods(pods, snapshot.takenAt);

  // With OrderedReady the controller creates and updates pods one ordinal at a time,
  // so the lowest pod that is missing or not Ready is the one holding everything up.
  let blocker: { pod: string; existing?: Pod; ordinal: number } | undefined;
  if (podsVisible) {
    for (let ordinal = start; ordinal < start + replicas; ordinal++) {
      const podName = `${name}-${ordinal}`;
      const existing = byName.get(podName);
      if (!existing || podProblem(existing)) {
        blocker = { pod: podName, existing, ordinal };
        break;
      }
    }
  }
  const updateBroken = updating
    ? pods.find((p) => p.metadata?.labels?.[REVISION_LABEL] === update && podProblem(p))
    : undefined;
  if (ready >= replicas && !updateBroken) return []; // an update rolling along normally

  // Pods merely starting (a scale-up, a rolling update in motion) are progress, not failure.
  const blockerMissing = blocker !== undefined && !blocker.existing;
  if (broken.starting && !blockerMissing) {
    return [
      {
        code: 'statefulsets.starting',
        check: 'statefulsets',
        severity: 'info',
        object,
        cause: msg('check.statefulsets.cause.starting', { name, ready, replicas }),
        details: broken.lines
          .slice(0, 5)
          .map((line) =>
            line.node
              ? msg('check.statefulsets.detail.pod', line)
              : msg('check.statefulsets.detail.pod-unscheduled', line),
          ),
        remedy: [msg('check.statefulsets.remedy.wait')],
        commands: [`kubectl rollout status statefulset/${name} -n ${namespace}`],
        evidence: [
          {
            source: 'status',
            text: `readyReplicas: ${ready}, replicas: ${replicas}, currentRevision: ${current ?? '-'}, updateRevision: ${update ?? '-'}`,
          },
        ],
        concept: 'statefulset',
      },
    ];
  }
  const severity: Severity = ready === 0 ? 'error' : 'warning';
  const code = updateBroken ? 'update-stuck' : ready === 0 ? 'none-ready' : 'not-ready';
  const blockerProblem = blocker?.existing ? podProblem(blocker.existing) : undefined;
  const blockerParams = blocker
    ? {
        pod: blocker.pod,
        problem: blockerProblem ? describeProblem(blockerProblem) : '',
        next: `${name}-${blocker.ordinal + 1}`,
      }
    : undefined;

  let cause: Message;
  if (updateBroken) {
    cause = msg('check.statefulsets.cause.update-stuck', {
      name,
      pod: updateBroken.metadata?.name ?? '',
      problem: describeProblem(podProblem(updateBroken)!),
      revision: update ?? '',
    });
  } else if (ordered && blocker && blockerParams) {
    cause = blocker.existing
      ? msg('check.statefulsets.cause.stuck-at-pod', { name, ready, replicas, ...blockerParams })
      : msg('check.statefulsets.cause.pod-missing', { name, ready, replicas, pod: blocker.pod });
  } else cause = msg(`check.statefulsets.cause.${ready === 0 ? 'none-ready' : 'not-ready'}`, { name, ready, replicas });

  const details: Message[] = [
    msg('check.statefulsets.detail.counts', {
      ready,
      replicas,
      current: ss.status?.currentReplicas ?? 0,
      updated: ss.status?.updatedReplicas ?? 0,
    }),
  ];
  if (!podsVisible)
    details.push(
      msg('check.statefulsets.detail.pods-not-visible', { reason: snapshot.visibility.pods.reason ?? 'error' }),
    );
  if (broken.reasons.length)
    details.push(msg('check.statefulsets.detail.pod-summary', { summary: reasonSummary(broken.reasons) }));
  for (const line of broken.lines.slice(0, 5))
    details.push(
      line.node ? msg('check.statefulsets.detail.pod', line) : msg('check.statefulsets.detail.pod-unscheduled', line),
    );
  if (ordered && blocker && !updateBroken && blocker.ordinal + 1 < start + replicas)
    details.push(msg('check.statefulsets.detail.ordered', blockerParams!));
  if (updating)
    details.push(msg('check.statefulsets.detail.revisions', { current: current ?? '', update: update ?? '' }));

  const remedy: Message[] = [];
  if (blocker && !blocker.existing && !updateBroken)
    remedy.push(msg('check.statefulsets.remedy.pod-missing', { name }));
  else remedy.push(msg('check.statefulsets.remedy.fix-pod'));
  if (updateBroken)
    remedy.push(msg('check.statefulsets.remedy.delete-stuck', { pod: updateBroken.metadata?.name ?? '' }));

  const focus = updateBroken?.metadata?.name ?? blocker?.existing?.metadata?.name ?? broken.lines[0]?.pod;
  const commands = [
    `kubectl rollout status statefulset/${name} -n ${namespace}`,
    `kubectl describe statefulset ${name} -n ${namespace}`,
  ];
  if (focus) commands.push(`kubectl describe pod ${focus} -n ${namespace}`);
  if (updateBroken) commands.push(`kubectl delete pod ${updateBroken.metadata?.name} -n ${namespace}`);

  const events = index.eventsFor(object);
  const evidence: Evidence[] = [
    ...eventEvidence(events),
    {
      source: 'status',
      text: `readyReplicas: ${ready}, replicas: ${replicas}, currentRevision: ${current ?? '-'}, updateRevision: ${update ?? '-'}`,
    },
  ];
  for (const line of broken.lines.slice(0, 5))
    if (line.message)
      evidence.push({ source: 'status', text: line.message, about: { kind: 'Pod', name: line.pod, namespace } });

  const related: ObjectRef[] = [];
  const relatedPod = updateBroken ?? blocker?.existing;
  if (relatedPod) related.push(refOf('Pod', relatedPod));
  for (const ref of broken.refs) if (!related.some((r) => r.name === ref.name)) related.push(ref);
  return [
    {
      code: `statefulsets.${code}`,
      check: 'statefulsets',
      severity,
      object,
      cause,
      details,
      remedy,
      commands,
      evidence,
      concept: 'statefulset',
      ...(related.length ? { related } : {}),
      firstSeen: events.at(-1)?.firstSeen,
      lastSeen: events[0]?.lastSeen,
    },
  ];
}

function governingService(
  ss: StatefulSet,
  snapshot: Snapshot,
  servicesByName: ReadonlyMap<string | undefined, Service[]>,
): Finding[] {
  const serviceName = ss.spec?.serviceName;
  if (!serviceName || !snapshot.visibility.services.visible) return [];
  const object = refOf('StatefulSet', ss);
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const service = servicesByName.get(serviceName)?.find((s) => (s.metadata?.namespace ?? namespace) === namespace);
  if (service && service.spec?.clusterIP === 'None') return [];
  const code = service ? 'service-not-headless' : 'service-missing';
  return [
    {
      code: `statefulsets.${code}`,
      check: 'statefulsets',
      severity: 'warning',
      object,
      cause: msg(`check.statefulsets.cause.${code}`, { name: object.name, service: serviceName }),
      details: service
        ? [msg('check.statefulsets.detail.cluster-ip', { clusterIP: service.spec?.clusterIP ?? '' })]
        : [],
      remedy: [msg(`check.statefulsets.remedy.${code}`, { service: serviceName })],
      commands: [`kubectl get service ${serviceName} -n ${namespace}`],
      evidence: [
        { source: 'spec', text: `serviceName: ${serviceName}` },
        ...(service
          ? [
              {
                source: 'spec' as const,
                text: `clusterIP: ${service.spec?.clusterIP ?? ''}`,
                about: refOf('Service', service),
              },
            ]
          : []),
      ],
      concept: 'statefulset',
      ...(service ? { related: [refOf('Service', service)] } : {}),
      // The Service is mentioned, not blamed: its own findings neither explain nor follow from this one.
      dependsOn: [],
    },
  ];
}

function storageClasses(ss: StatefulSet, snapshot: Snapshot): Finding[] {
  if (!snapshot.visibility.storageClasses.visible) return [];
  const object = refOf('StatefulSet', ss);
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const known = new Set(snapshot.storageClasses.map((sc) => sc.metadata?.name ?? ''));
  return (ss.spec?.volumeClaimTemplates ?? []).flatMap((template): Finding[] => {
    const storageClass = template.spec?.storageClassName;
    // "" asks for no class at all (static PVs only); unset means the default class: neither names a class.
    if (!storageClass || known.has(storageClass)) return [];
    const claim = template.metadata?.name ?? '';
    // The claims already made from this template carry the missing class: their findings follow from this one.
    const made = snapshot.persistentVolumeClaims
      .filter(
        (pvc) => pvc.metadata?.namespace === namespace && pvc.metadata?.name?.startsWith(`${claim}-${object.name}-`),
      )
      .filter((pvc) => /^\d+$/.test(pvc.metadata!.name!.slice(`${claim}-${object.name}-`.length)))
      .map((pvc) => refOf('PersistentVolumeClaim', pvc));
    return [
      {
        code: 'statefulsets.storage-class-missing',
        check: 'statefulsets',
        severity: 'error',
        object,
        cause: msg('check.statefulsets.cause.storage-class-missing', { name: object.name, claim, storageClass }),
        details: [msg('check.statefulsets.detail.known-classes', { classes: [...known].sort().join(', ') || '-' })],
        remedy: [msg('check.statefulsets.remedy.storage-class-missing', { storageClass })],
        commands: ['kubectl get storageclass', `kubectl get pvc -n ${namespace}`],
        evidence: [{ source: 'spec', text: `volumeClaimTemplates[${claim}].spec.storageClassName: ${storageClass}` }],
        concept: 'storage-class',
        ...(made.length ? { explains: made } : {}),
      },
    ];
  });
}
