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
export function probeEventsFor(pod: Pod, container: string, kind: ProbeKind, index: SnapshotIndex): { failures: EventGroup[]; kills: EventGroup[] } {
  const groups = index.eventsFor(podRef(pod));
  const withProbe = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].filter((c) => c[FIELD[kind]]);
  const ours = withProbe.length === 1 && withProbe[0]?.name === container;
  const failures = ours ? groups.filter((g) => g.reason === 'Unhealthy' && (g.message.startsWith(`${kind} probe failed`) || g.message.startsWith(`${kind} probe errored`))) : [];
  const kills = groups.filter((g) => g.reason === 'Killing' && g.message.startsWith(`Container ${container} failed ${kind.toLowerCase()} probe`));
  return { failures, kills };
}

/** The failure text after "Liveness probe failed: " (or "errored: "), trimmed to its first line. */
export function probeFailureText(message: string): string {
  return message.replace(/^\w+ probe (?:failed|errored):\s*/, '').split('\n')[0]?.trim() ?? '';
}

/** What a probe failure says, in the doctor's classes. */
export function classifyProbeFailure(text: string): { kind: 'http-status'; status: string } | { kind: 'refused' | 'timeout' | 'other' } {
  const status = /statuscode: (\d{3})/.exec(text);
  if (status) return { kind: 'http-status', status: status[1]! };
  if (/connection refused/.test(text)) return { kind: 'refused' };
  if (/timeout|timed out|deadline exceeded/i.test(text)) return { kind: 'timeout' };
  return { kind: 'other' };
}
