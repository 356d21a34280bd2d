import type { Evidence } from '../../lib/doctor/finding.ts';
import { eventEvidence, type SnapshotIndex } from '../../lib/doctor/snapshot-index.ts';
import type { Pod } from '../../lib/doctor/wire.ts';
import { msg, type Message } from '../../lib/i18n/index.ts';

/** Whether the pod's Ready condition is True (what the EndpointSlice controller uses). */
export function isReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Why one pod is not ready, in detail lines, with its probe failures and Ready condition as evidence. */
export function notReadyReasons(pod: Pod, index: SnapshotIndex): { details: Message[]; evidence: Evidence[] } {
  const name = pod.metadata?.name ?? '';
  const ref = { kind: 'Pod', name, namespace: pod.metadata?.namespace };
  const details: Message[] = [];
  if (!pod.spec?.nodeName) details.push(msg('check.service-endpoints.detail.podUnscheduled', { pod: name }));
  for (const status of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const state = status.state ?? {};
    if (state.waiting?.reason && state.waiting.reason !== 'PodInitializing') {
      details.push(
        msg('check.service-endpoints.detail.containerWaiting', {
          pod: name,
          container: status.name,
          reason: state.waiting.reason,
        }),
      );
    } else if (state.terminated && state.terminated.reason !== 'Completed') {
      details.push(
        msg('check.service-endpoints.detail.containerTerminated', {
          pod: name,
          container: status.name,
          reason: state.terminated.reason ?? 'Error',
          exitCode: state.terminated.exitCode,
        }),
      );
    } else if (state.running && !status.ready && (pod.status?.containerStatuses ?? []).includes(status)) {
      details.push(msg('check.service-endpoints.detail.containerNotReady', { pod: name, container: status.name }));
    }
  }
  const probes = index.eventsFor(ref).filter((g) => g.reason === 'Unhealthy' && /^Readiness probe/i.test(g.message));
  const latestProbe = probes[0];
  if (latestProbe)
    details.push(
      msg('check.service-endpoints.detail.readinessFailing', {
        pod: name,
        count: probes.reduce((n, g) => n + g.count, 0),
        message: latestProbe.message,
      }),
    );
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
  const gates = (pod.spec?.readinessGates ?? []).map((g) => g.conditionType);
  const unmetGates = gates.filter((g) => !pod.status?.conditions?.some((c) => c.type === g && c.status === 'True'));
  if (unmetGates.length)
    details.push(msg('check.service-endpoints.detail.readinessGate', { pod: name, gates: unmetGates.join(', ') }));
  if (details.length === 0) {
    details.push(
      msg('check.service-endpoints.detail.podNotReady', { pod: name, phase: pod.status?.phase ?? 'Unknown' }),
    );
  }
  const evidence: Evidence[] = [
    ...eventEvidence(probes, ref),
    ...(ready
      ? [
          {
            source: 'condition' as const,
            reason: 'Ready',
            text: `Ready=${ready.status}${ready.reason ? ` (${ready.reason})` : ''}${ready.message ? `: ${ready.message}` : ''}`,
            about: ref,
          },
        ]
      : []),
  ];
  return { details, evidence };
}
