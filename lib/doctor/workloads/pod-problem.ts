import type { Pod } from '../wire.ts';

/** What is wrong with one pod, in the kubelet's and scheduler's own words. */
export interface PodProblem {
  /** A short reason as kubectl shows it: CrashLoopBackOff, ImagePullBackOff, Unschedulable, NotReady... */
  reason: string;
  container?: string;
  exitCode?: number;
  /** Why the previous run ended, when it says more than the exit code (OOMKilled). */
  lastReason?: string;
  /** The raw message that came with the reason, verbatim. */
  message?: string;
}

/** Whether the pod's Ready condition is True. */
export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Whether a pod finished on purpose (a Job's Succeeded pod) and so is never a problem. */
export function isPodSucceeded(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded';
}

/** Whether a pod has finished, succeeded or failed (its volumes no longer matter to the scheduler). */
export function isPodFinished(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/**
 * The most telling problem of a pod that is not Ready: a waiting reason, the last termination
 * behind a crash loop, an unschedulable condition, a deletion in progress. Undefined for a
 * Ready or Succeeded pod.
 */
export function podProblem(pod: Pod): PodProblem | undefined {
  if (isPodSucceeded(pod)) return undefined;
  if (pod.metadata?.deletionTimestamp) return { reason: 'Terminating' };
  if (pod.status?.phase === 'Failed') {
    const terminated = [...(pod.status.containerStatuses ?? [])].find(
      (c) => c.state?.terminated && c.state.terminated.exitCode !== 0,
    );
    return {
      reason: pod.status.reason ?? terminated?.state?.terminated?.reason ?? 'Failed',
      container: terminated?.name,
      exitCode: terminated?.state?.terminated?.exitCode,
      message: pod.status.message ?? terminated?.state?.terminated?.message,
    };
  }
  if (isPodReady(pod)) return undefined;
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  for (const c of statuses) {
    const waiting = c.state?.waiting;
    if (waiting?.reason && waiting.reason !== 'PodInitializing' && waiting.reason !== 'ContainerCreating') {
      const last = c.lastState?.terminated;
      const lastReason =
        last?.reason && last.reason !== 'Error' && last.reason !== 'Completed' ? last.reason : undefined;
      return {
        reason: waiting.reason,
        container: c.name,
        exitCode: last?.exitCode,
        ...(lastReason ? { lastReason } : {}),
        message: waiting.message,
      };
    }
  }
  for (const c of statuses) {
    const terminated = c.state?.terminated;
    if (terminated && terminated.exitCode !== 0) {
      return {
        reason: terminated.reason ?? 'Error',
        container: c.name,
        exitCode: terminated.exitCode,
        message: terminated.message,
      };
    }
  }
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False') return { reason: scheduled.reason ?? 'Pending', message: scheduled.message };
  for (const c of statuses) {
    const waiting = c.state?.waiting;
    if (waiting?.reason) return { reason: waiting.reason, container: c.name, message: waiting.message };
  }
  const notRunning = statuses.find((c) => c.state?.running && c.ready === false);
  if (notRunning) return { reason: 'NotReady', container: notRunning.name };
  return { reason: pod.status?.phase ?? 'Unknown' };
}

/**
 * One-line summary of a pod problem in API terms, so it reads the same in every language,
 * e.g. "CrashLoopBackOff [container=app, lastState=OOMKilled, exitCode=137]".
 */
export function describeProblem(problem: PodProblem): string {
  const parts: string[] = [];
  if (problem.container) parts.push(`container=${problem.container}`);
  if (problem.lastReason) parts.push(`lastState=${problem.lastReason}`);
  if (problem.exitCode !== undefined) parts.push(`exitCode=${problem.exitCode}`);
  return parts.length ? `${problem.reason} [${parts.join(', ')}]` : problem.reason;
}
