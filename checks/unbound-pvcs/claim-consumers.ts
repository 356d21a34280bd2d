import type { Pod } from '../../lib/doctor/wire.ts';

/** Whether a pod has finished (its volumes no longer matter to the scheduler). */
export function isFinished(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Names of the claims a pod mounts, including generic ephemeral volumes (`<pod>-<volume>`). */
export function claimNamesOf(pod: Pod): string[] {
  const names: string[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    if (volume.persistentVolumeClaim?.claimName) names.push(volume.persistentVolumeClaim.claimName);
    else if (volume.ephemeral) names.push(`${pod.metadata?.name ?? ''}-${volume.name}`);
  }
  return names;
}

/** Pods of the namespace that mount the claim and have not finished. */
export function podsUsingClaim(pods: readonly Pod[], claimName: string): Pod[] {
  return pods.filter((pod) => !isFinished(pod) && claimNamesOf(pod).includes(claimName));
}
