import type { ObjectRef } from '../finding.ts';
import type { Pod } from '../wire.ts';
import { describeProblem, podProblem } from './pod-problem.ts';

/** Pods that are not Ready (and not Succeeded), with their problem in one line each. */
export interface BrokenPods {
  /** `node` is empty for a pod not yet placed on a node. */
  lines: { pod: string; node: string; problem: string; message?: string }[];
  refs: ObjectRef[];
  /** Count per reason, e.g. { CrashLoopBackOff: 2, ImagePullBackOff: 1 }, most frequent first. */
  reasons: [string, number][];
  /** Every broken pod is young and merely starting (or being replaced): normal during a rollout or scale-up. */
  starting: boolean;
}

// States every pod passes through on its way up (or out, during a rollout); not failures while young.
const TRANSIENT = new Set(['ContainerCreating', 'PodInitializing', 'NotReady', 'Pending', 'Terminating']);
const GRACE_MS = 5 * 60_000;

/**
 * Collects the broken pods of a workload for details and `related`, sorted by name.
 * `now` (the snapshot time) lets it tell pods that are merely starting from failing ones.
 */
export function brokenPods(pods: readonly Pod[], now?: string): BrokenPods {
  const nowMs = now ? Date.parse(now) : NaN;
  let starting = true;
  const lines: BrokenPods['lines'] = [];
  const refs: ObjectRef[] = [];
  const counts = new Map<string, number>();
  for (const pod of [...pods].sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''))) {
    const problem = podProblem(pod);
    if (!problem) continue;
    const name = pod.metadata?.name ?? '';
    lines.push({
      pod: name,
      node: pod.spec?.nodeName ?? '',
      problem: describeProblem(problem),
      message: problem.message,
    });
    refs.push({ kind: 'Pod', name, namespace: pod.metadata?.namespace });
    counts.set(problem.reason, (counts.get(problem.reason) ?? 0) + 1);
    const since = Date.parse(
      (problem.reason === 'Terminating' ? pod.metadata?.deletionTimestamp : pod.metadata?.creationTimestamp) ?? '',
    );
    if (!TRANSIENT.has(problem.reason) || !(nowMs - since < GRACE_MS)) starting = false;
  }
  return { lines, refs, reasons: [...counts].sort((a, b) => b[1] - a[1]), starting: starting && lines.length > 0 };
}

/** "2× CrashLoopBackOff, 1× ImagePullBackOff" */
export function reasonSummary(reasons: readonly [string, number][]): string {
  return reasons.map(([reason, n]) => `${n}× ${reason}`).join(', ');
}
