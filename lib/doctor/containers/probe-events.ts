import type { EventGroup, SnapshotIndex } from '../snapshot-index.ts';
import type { Pod } from '../wire.ts';
import { podRef } from './pod-facts.ts';

export type ProbeKind = 'Liveness' | 'Readiness' | 'Startup';

const FIELD: Record<ProbeKind, 'livenessProbe' | 'readinessProbe' | 'startupProbe'> = {
  Liveness: 'livenessProbe',
  Readiness: 'readinessProbe',
  Startup: 'startupProbe',
};

/**
 * Probe events that belong to one container. `Unhealthy` messages do not name the container
 * (only the event's fieldPath does, which the index drops), so they are attributed only when
 * this container is the pod's one container with that kind of probe. The kubelet's `Killing`
 * event does name it: "Container app failed liveness probe, will be restarted".
 */
export function probeEventsFor(
  pod: Pod,
  container: string,
  kind: ProbeKind,
  index: SnapshotIndex,
): { failures: EventGroup[]; kills: EventGroup[] } {
  const groups = index.eventsFor(podRef(pod));
  const withProbe = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].filter(
    (c) => c[FIELD[kind]],
  );
  const ours = withProbe.length === 1 && withProbe[0]?.name === container;
  const failures = ours
    ? groups.filter(
        (g) =>
          g.reason === 'Unhealthy' &&
          (g.message.startsWith(`${kind} probe failed`) || g.message.startsWith(`${kind} probe errored`)),
      )
    : [];
  const kills = groups.filter(
    (g) => g.reason === 'Killing' && g.message.startsWith(`Container ${container} failed ${kind.toLowerCase()} probe`),
  );
  return { failures, kills };
}

/** The failure text after "Liveness probe failed: " (or "errored: "), trimmed to its first line. */
export function probeFailureText(message: string): string {
  return (
    message
      .replace(/^\w+ probe (?:failed|errored):\s*/, '')
      .split('\n')[0]
      ?.trim() ?? ''
  );
}

/** What a probe failure says, in the doctor's classes. */
export function classifyProbeFailure(
  text: string,
): { kind: 'http-status'; status: string } | { kind: 'refused' | 'timeout' | 'other' } {
  const status = /statuscode: (\d{3})/.exec(text);
  if (status) return { kind: 'http-status', status: status[1]! };
  if (/connection refused/.test(text)) return { kind: 'refused' };
  if (/timeout|timed out|deadline exceeded/i.test(text)) return { kind: 'timeout' };
  return { kind: 'other' };
}

/** Seconds of slack around a run: event times and container times are whole seconds from different clocks. */
const RUN_SLACK_MS = 5_000;

/**
 * The event groups seen during a container run: from its start to its finish, or to now when
 * `finishedAt` is left out (a container still running). A liveness kill seen only before the run
 * started did not end it. All groups when the start is unknown.
 */
export function duringRun<T extends { firstSeen?: string; lastSeen?: string }>(
  groups: T[],
  run: { startedAt?: string; finishedAt?: string } | undefined,
): T[] {
  const start = Date.parse(run?.startedAt ?? '');
  const end = run?.finishedAt ? Date.parse(run.finishedAt) : Infinity;
  if (Number.isNaN(start)) return groups;
  return groups.filter((g) => {
    const first = Date.parse(g.firstSeen ?? g.lastSeen ?? '');
    const last = Date.parse(g.lastSeen ?? g.firstSeen ?? '');
    if (Number.isNaN(first) || Number.isNaN(last)) return true;
    return last >= start - RUN_SLACK_MS && (Number.isNaN(end) || first <= end + RUN_SLACK_MS);
  });
}
