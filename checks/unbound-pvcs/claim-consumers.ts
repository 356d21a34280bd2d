import { claimNamesOf } from '../../lib/doctor/snapshot-index.ts';
import type { Pod } from '../../lib/doctor/wire.ts';

export { claimNamesOf };

/** Whether a pod has finished (its volumes no longer matter to the scheduler). */
export function isFinished(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Pods of the namespace that mount the claim and have not finished. */
export function podsUsingClaim(pods: readonly Pod[], claimName: string): Pod[] {
  return pods.filter((pod) => !isFinished(pod) && claimNamesOf(pod).includes(claimName));
}
