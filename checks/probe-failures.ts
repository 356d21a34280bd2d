import type { Check } from '../lib/doctor/check.ts';
import type { Finding } from '../lib/doctor/finding.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { EventGroup, SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import { eventEvidence } from '../lib/doctor/snapshot-index.ts';
import type { Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import {
  containersOf,
  isSettledOrLeaving,
  ownerOf,
  podCommands,
  podRef,
  seenRange,
  stateEvidence,
  type ContainerEntry,
} from '../lib/doctor/containers/pod-facts.ts';
import {
  classifyProbeFailure,
  duringRun,
  probeEventsFor,
  probeFailureText,
  type ProbeKind,
} from '../lib/doctor/containers/probe-events.ts';
import { describeProbe, probeBudgetSeconds } from '../lib/doctor/containers/probe-text.ts';

type Probe = NonNullable<NonNullable<ContainerEntry['spec']>['readinessProbe']>;

/**
 * Running containers that probes hold back: not ready (readiness), restarted by a failing
 * liveness probe while running again now, or not yet started (startup). A container in
 * CrashLoopBackOff belongs to crash-loops, which names the liveness probe there.
 */
export const probeFailuresCheck: Check = {
  id: 'probe-failures',
  title: 'check.probe-failures.title',
  needs: ['pods', 'events'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    for (const pod of snapshot.pods) {
      if (isSettledOrLeaving(pod) || pod.status?.phase !== 'Running') continue;
      for (const entry of containersOf(pod)) {
        const status = entry.status;
        const spec = entry.spec;
        if (!status?.state?.running || !spec) continue;
        const finding = diagnose(pod, entry, snapshot, index);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

function diagnose(pod: Pod, entry: ContainerEntry, snapshot: Snapshot, index: SnapshotIndex): Finding | undefined {
  const spec = entry.spec!;
  const status = entry.status!;
  const container = entry.name;
  const liveness = spec.livenessProbe ? probeEventsFor(pod, container, 'Liveness', index) : undefined;
  // A kill before the last run started is not why the container restarted last.
  if (
    spec.livenessProbe &&
    liveness &&
    duringRun(liveness.kills, { startedAt: status.lastState?.terminated?.startedAt }).length > 0 &&
    (status.restartCount ?? 0) > 0
  ) {
    return build(
      pod,
      entry,
      'liveness',
      'Liveness',
      spec.livenessProbe,
      liveness.failures,
      msg('check.probe-failures.cause.liveness', { container, restarts: status.restartCount ?? 0 }),
      snapshot,
      index,
    );
  }
  if (spec.startupProbe && status.started === false) {
    const startup = probeEventsFor(pod, container, 'Startup', index);
    if (startup.failures.length)
      return build(
        pod,
        entry,
        'startup',
        'Startup',
        spec.startupProbe,
        startup.failures,
        msg('check.probe-failures.cause.startup', { container }),
        snapshot,
        index,
      );
    return undefined;
  }
  // A ready container is getting traffic: its past readiness failures are not a problem now.
  if (spec.readinessProbe && status.ready === false) {
    const startedAt = status.state?.running?.startedAt;
    // Failures of an earlier run say nothing about this one, which may still be warming up.
    const failures = duringRun(probeEventsFor(pod, container, 'Readiness', index).failures, { startedAt });
    const since = Date.parse(startedAt ?? '');
    const budget = probeBudgetSeconds(spec.readinessProbe) * 1000;
    if (failures.length) {
      // Not ready yet is normal until the probe has had failureThreshold tries since the start.
      const count = failures.reduce((sum, g) => sum + g.count, 0);
      const warmingUp =
        Date.parse(snapshot.takenAt) - since <= budget && count < (spec.readinessProbe.failureThreshold ?? 3);
      if (warmingUp) return undefined;
      return build(
        pod,
        entry,
        'readiness',
        'Readiness',
        spec.readinessProbe,
        failures,
        msg('check.probe-failures.cause.readiness', { container }),
        snapshot,
        index,
      );
    }
    // Without events, say only what is certain: not ready well past what the probe allows for a start.
    if (
      !snapshot.visibility.events.visible &&
      Date.parse(snapshot.takenAt) - since > Math.max(budget * 2, 5 * 60 * 1000)
    ) {
      return build(
        pod,
        entry,
        'not-ready',
        'Readiness',
        spec.readinessProbe,
        [],
        msg('check.probe-failures.cause.not-ready', { container }),
        snapshot,
        index,
      );
    }
  }
  return undefined;
}

function build(
  pod: Pod,
  entry: ContainerEntry,
  code: string,
  kind: ProbeKind,
  probe: Probe,
  failures: EventGroup[],
  cause: Message,
  snapshot: Snapshot,
  index: SnapshotIndex,
): Finding {
  const namespace = pod.metadata?.namespace ?? '';
  const podName = pod.metadata?.name ?? '';
  const details: Message[] = [msg('check.probe-failures.detail.probe', { kind, probe: describeProbe(probe) })];
  const newest = failures[0];
  if (newest) {
    details.push(...explainFailure(probeFailureText(newest.message), probe, entry));
    const count = failures.reduce((sum, g) => sum + g.count, 0);
    details.push(msg('check.probe-failures.detail.seen', { count, time: newest.lastSeen ?? '?' }));
  } else if (!snapshot.visibility.events.visible) {
    details.push(
      msg('check.probe-failures.detail.events-not-visible', { reason: snapshot.visibility.events.reason ?? 'error' }),
    );
  }
  const remedy: Message[] = [
    msg(
      code === 'liveness'
        ? 'check.probe-failures.remedy.liveness'
        : code === 'startup'
          ? 'check.probe-failures.remedy.startup'
          : 'check.probe-failures.remedy.readiness',
    ),
  ];
  const commands = [
    ...podCommands(pod),
    `kubectl logs ${podName} -c ${entry.name} -n ${namespace}${code === 'liveness' ? ' --previous' : ''}`,
  ];
  const port = resolvePort(probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port, entry);
  if (port !== undefined && (probe.httpGet || probe.tcpSocket || probe.grpc)) {
    remedy.push(msg('check.probe-failures.remedy.try-endpoint'));
    commands.push(`kubectl port-forward pod/${podName} -n ${namespace} ${port}:${port}`);
  }
  const evidence = [...stateEvidence(entry), ...eventEvidence(index.eventsFor(podRef(pod)))];
  const owner = ownerOf(pod, snapshot);
  return {
    code: `probe-failures.${code}`,
    check: 'probe-failures',
    severity: 'warning',
    object: podRef(pod),
    ...(owner ? { owner } : {}),
    cause,
    details,
    remedy,
    commands,
    evidence,
    concept: code === 'not-ready' || code === 'readiness' ? 'readiness' : 'probes',
    ...seenRange(eventEvidence(failures)),
  };
}

function explainFailure(text: string, probe: Probe, entry: ContainerEntry): Message[] {
  const failure = classifyProbeFailure(text);
  if (failure.kind === 'http-status') {
    return [
      failure.status === '404'
        ? msg('check.probe-failures.detail.http-404', { path: probe.httpGet?.path ?? '/' })
        : msg('check.probe-failures.detail.http-status', { status: failure.status }),
    ];
  }
  if (failure.kind === 'refused') {
    const port = resolvePort(probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port, entry);
    const out: Message[] = [msg('check.probe-failures.detail.refused', { port: port ?? '?' })];
    const declared = (entry.spec?.ports ?? []).map((p) => p.containerPort);
    if (port !== undefined && declared.length > 0 && !declared.includes(port))
      out.push(msg('check.probe-failures.detail.port-mismatch', { port, ports: declared.join(', ') }));
    return out;
  }
  if (failure.kind === 'timeout')
    return [msg('check.probe-failures.detail.timeout', { timeout: probe.timeoutSeconds ?? 1 })];
  return [msg('check.probe-failures.detail.other', { text })];
}

/** A probe port as a number: named ports resolve through the container's ports. */
function resolvePort(port: number | string | undefined, entry: ContainerEntry): number | undefined {
  if (typeof port === 'number') return port;
  if (typeof port === 'string') {
    if (/^\d+$/.test(port)) return Number(port);
    return entry.spec?.ports?.find((p) => p.name === port)?.containerPort;
  }
  return undefined;
}
