import type { Pod } from '../../lib/doctor/wire.ts';

/** Whether a pod has finished (its volumes no longer matter to the scheduler). */
export function isFinished(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}
