import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding } from '../lib/doctor/finding.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import { eventEvidence } from '../lib/doctor/snapshot-index.ts';
import type { Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import {
  belongsToCompletedJob,
  containersOf,
  isEndedByNode,
  isSettledOrLeaving,
  jobOf,
  ownerOf,
  podCommands,
  podRef,
  seenRange,
  stateEvidence,
  type ContainerEntry,
} from '../lib/doctor/containers/pod-facts.ts';
import { duringRun, probeEventsFor } from '../lib/doctor/containers/probe-events.ts';
import { describeProbe } from '../lib/doctor/containers/probe-text.ts';
import { lastWords } from '../lib/doctor/untrusted-text.ts';

/** A container that restarted this recently while running now still counts as unstable. */
const RECENT_MS = 60 * 60 * 1000;

type Terminated = { exitCode: number; reason?: string; message?: string; finishedAt?: string; startedAt?: string };

/**
 * Containers that crash: CrashLoopBackOff (app and init containers), containers of a
 * restartPolicy Never pod that ended in error, and containers running now after a recent crash.
 * OOM kills belong to oom-kills; liveness restarts of a container running now belong to probe-failures.
 */
export const crashLoopsCheck: Check = {
  id: 'crash-loops',
  title: 'check.crash-loops.title',
  needs: ['pods', 'events', 'replicaSets', 'jobs'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    const now = Date.parse(snapshot.takenAt);
    for (const pod of snapshot.pods) {
      if (isSettledOrLeaving(pod) || belongsToCompletedJob(pod, snapshot)) continue;
      if (isEndedByNode(pod)) continue;
      for (const entry of containersOf(pod)) {
        const status = entry.status;
        if (!status) continue;
        const waiting = status.state?.waiting;
        const last = status.lastState?.terminated;
        const current = status.state?.terminated;
        if (waiting?.reason === 'RunContainerError') {
          // The runtime failed to start the process; the next restart turns this into CrashLoopBackOff.
          findings.push(
            diagnose(
              pod,
              entry,
              { exitCode: 128, reason: 'StartError', message: waiting.message },
              'backoff',
              snapshot,
              index,
            ),
          );
        } else if (waiting?.reason === 'CrashLoopBackOff') {
          if (last?.reason === 'OOMKilled') continue;
          findings.push(diagnose(pod, entry, last, 'backoff', snapshot, index));
        } else if (
          pod.status?.phase === 'Failed' &&
          current &&
          current.exitCode !== 0 &&
          current.reason !== 'OOMKilled'
        ) {
          // A Job's pod that ran once and failed is the Job's story (failed-jobs tells it with each
          // pod's exit), not a container that keeps crashing.
          if (jobOf(pod, snapshot)) continue;
          findings.push(diagnose(pod, entry, current, 'failed', snapshot, index));
        } else if (
          status.state?.running &&
          (status.restartCount ?? 0) > 0 &&
          last &&
          last.reason !== 'OOMKilled' &&
          last.exitCode !== 0 &&
          !lostStatus(last)
        ) {
          const finished = Date.parse(last.finishedAt ?? '');
          if (!(now - finished <= RECENT_MS)) continue;
          if (
            duringRun(probeEventsFor(pod, entry.name, 'Liveness', index).kills, { startedAt: last.startedAt }).length >
            0
          )
            continue;
          findings.push(diagnose(pod, entry, last, 'running', snapshot, index));
        }
      }
    }
    return findings;
  },
};

function diagnose(
  pod: Pod,
  entry: ContainerEntry,
  last: Terminated | undefined,
  state: 'backoff' | 'failed' | 'running',
  snapshot: Snapshot,
  index: SnapshotIndex,
): Finding {
  const container = entry.name;
  const namespace = pod.metadata?.namespace ?? '';
  const restarts = entry.status?.restartCount ?? 0;
  const owner = ownerOf(pod, snapshot);
  // Only a kill during the run that just ended explains it (events last an hour and span many
  // runs); a container running again may be killed in its current run too, so from the last start on.
  const liveness = probeEventsFor(pod, container, 'Liveness', index);
  const run = state === 'running' ? { startedAt: last?.startedAt } : last;
  const kills = duringRun(liveness.kills, run);
  const failures = duringRun(liveness.failures, run);
  const livenessKilled =
    kills.length > 0 || (failures.length > 0 && (last?.exitCode === 137 || last?.exitCode === 143));
  const evidence: Evidence[] = [...stateEvidence(entry), ...eventEvidence(index.eventsFor(podRef(pod)))];
  const details: Message[] = [];
  const remedy: Message[] = [];
  const commands = [
    `kubectl logs ${pod.metadata?.name} -c ${container} -n ${namespace} --previous`,
    ...podCommands(pod),
  ];

  if (entry.init) details.push(msg('check.crash-loops.detail.init', { container }));
  if (last) {
    const detail = {
      restarts,
      finishedAt: last.finishedAt ?? '?',
      reason: last.reason ?? '?',
      exitCode: last.exitCode,
    };
    if (state === 'running')
      details.push(msg('check.crash-loops.detail.running-now', { restarts, finishedAt: detail.finishedAt }));
    else if (state === 'backoff' && last.finishedAt) details.push(msg('check.crash-loops.detail.restarts', detail));
    if (last.message)
      details.push(msg('check.crash-loops.detail.termination-message', { message: lastWords(last.message) }));
  }
  if (state === 'failed')
    details.push(msg('check.crash-loops.detail.pod-failed', { policy: pod.spec?.restartPolicy ?? 'Never' }));

  const { code, cause } = explain(container, last, livenessKilled, pod, state === 'failed');
  // Exit codes 137/143 are what a liveness kill leaves behind; without events that cannot be ruled out.
  if (!snapshot.visibility.events.visible && (code === 'killed' || code === 'sigterm')) {
    details.push(
      msg('check.crash-loops.detail.events-not-visible', { reason: snapshot.visibility.events.reason ?? 'error' }),
    );
  }
  if (code === 'liveness-probe') {
    const probe = entry.spec?.livenessProbe;
    if (probe) details.push(msg('check.crash-loops.detail.probe', { probe: describeProbe(probe) }));
    remedy.push(msg('check.crash-loops.remedy.liveness'));
  } else if (code === 'exits-zero') remedy.push(msg('check.crash-loops.remedy.exits-zero'));
  else if (code === 'command-not-found' || code === 'command-not-executable' || code === 'start-error')
    remedy.push(msg('check.crash-loops.remedy.command'));
  else if (code === 'segfault') remedy.push(msg('check.crash-loops.remedy.segfault'));
  else if (code === 'killed') remedy.push(msg('check.crash-loops.remedy.killed'));
  else if (code === 'sigterm') remedy.push(msg('check.crash-loops.remedy.sigterm'));
  remedy.push(msg('check.crash-loops.remedy.logs'));

  return {
    code: `crash-loops.${code}`,
    check: 'crash-loops',
    severity: state === 'running' ? 'warning' : 'error',
    object: podRef(pod),
    ...(owner ? { owner } : {}),
    cause,
    details,
    remedy,
    commands,
    evidence,
    concept: code === 'liveness-probe' ? 'probes' : 'crash-loop',
    ...seenRange(evidence),
  };
}

function explain(
  container: string,
  last: Terminated | undefined,
  livenessKilled: boolean,
  pod: Pod,
  once: boolean,
): { code: string; cause: Message } {
  if (livenessKilled)
    return { code: 'liveness-probe', cause: msg('check.crash-loops.cause.liveness-probe', { container }) };
  if (!last || lostStatus(last))
    return { code: 'no-last-state', cause: msg('check.crash-loops.cause.no-last-state', { container }) };
  const exitCode = last.exitCode;
  const message = last.message ?? '';
  // The runtime failed before the program ran: "exec: "x": executable file not found in $PATH".
  if (last.reason === 'StartError' || last.reason === 'ContainerCannotRun' || exitCode === 128) {
    if (/executable file not found|no such file or directory/.test(message))
      return {
        code: 'command-not-found',
        cause: msg('check.crash-loops.cause.command-not-found', { container, exitCode }),
      };
    if (/permission denied|exec format error/.test(message))
      return {
        code: 'command-not-executable',
        cause: msg('check.crash-loops.cause.command-not-executable', { container, exitCode }),
      };
    return {
      code: 'start-error',
      cause: msg('check.crash-loops.cause.start-error', { container, reason: last.reason ?? `exit code ${exitCode}` }),
    };
  }
  if (exitCode === 0 && pod.spec?.restartPolicy !== 'Never')
    return { code: 'exits-zero', cause: msg('check.crash-loops.cause.exits-zero', { container }) };
  if (exitCode === 127)
    return {
      code: 'command-not-found',
      cause: msg('check.crash-loops.cause.command-not-found', { container, exitCode }),
    };
  if (exitCode === 126)
    return {
      code: 'command-not-executable',
      cause: msg('check.crash-loops.cause.command-not-executable', { container, exitCode }),
    };
  if (exitCode === 137) return { code: 'killed', cause: msg('check.crash-loops.cause.killed', { container }) };
  if (exitCode === 139) return { code: 'segfault', cause: msg('check.crash-loops.cause.segfault', { container }) };
  if (exitCode === 143)
    return {
      code: 'sigterm',
      cause: msg(once ? 'check.crash-loops.cause.sigterm-once' : 'check.crash-loops.cause.sigterm', { container }),
    };
  if (exitCode > 128 && exitCode < 160)
    return {
      code: 'signal',
      cause: msg('check.crash-loops.cause.signal', { container, signal: exitCode - 128, exitCode }),
    };
  return {
    code: 'app-error',
    cause: msg(once ? 'check.crash-loops.cause.app-error-once' : 'check.crash-loops.cause.app-error', {
      container,
      exitCode,
    }),
  };
}

/** The runtime lost track of the run (node reboot, runtime restart): its exit code means nothing. */
function lostStatus(last: Terminated): boolean {
  return last.reason === 'Unknown' || last.reason === 'ContainerStatusUnknown';
}
