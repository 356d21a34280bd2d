import { editDistance } from '../../lib/doctor/edit-distance.ts';
import type { Pod } from '../../lib/doctor/wire.ts';

/** One selector label a pod does not carry as wanted. */
export interface LabelDiff {
  key: string;
  wanted: string;
  /** The pod's value, or undefined when the pod has no such label. */
  actual?: string;
  /** The values differ only in letter case (labels are case-sensitive). */
  caseOnly: boolean;
}

/** Pods that carry the same values for the selector's keys, and how those values differ. */
export interface PodGroup {
  pods: string[];
  matchedKeys: number;
  diffs: LabelDiff[];
  /** The pods' labels for the selector's keys plus "app"-like keys, as "k=v" texts. */
  labels: string[];
}

const IDENTITY_KEYS = [
  'app',
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
  'k8s-app',
  'name',
  'component',
  'tier',
];

/** Whether a pod's labels carry every key=value of an equality selector. */
export function selects(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/**
 * The pods closest to a selector: most keys matching, grouped by their values for the selector's
 * keys (replicas of one workload share them). Pods matching no key are left out.
 */
export function closestPodGroups(selector: Record<string, string>, pods: readonly Pod[], limit = 3): PodGroup[] {
  const groups = new Map<string, PodGroup>();
  for (const pod of pods) {
    const labels = pod.metadata?.labels ?? {};
    const diffs: LabelDiff[] = [];
    let matched = 0;
    for (const [key, wanted] of Object.entries(selector)) {
      const actual = labels[key];
      if (actual === wanted) matched += 1;
      else
        diffs.push({
          key,
          wanted,
          ...(actual === undefined ? {} : { actual }),
          caseOnly: actual !== undefined && actual.toLowerCase() === wanted.toLowerCase(),
        });
    }
    if (matched === 0 && !diffs.some((d) => d.actual !== undefined && looksAlike(d.actual, d.wanted))) continue;
    const shownKeys = [...new Set([...Object.keys(selector), ...IDENTITY_KEYS])].filter((k) => labels[k] !== undefined);
    const shown = shownKeys.map((k) => `${k}=${labels[k]}`);
    const signature = JSON.stringify(diffs) + shown.join(',');
    const group = groups.get(signature) ?? { pods: [], matchedKeys: matched, diffs, labels: shown };
    group.pods.push(pod.metadata?.name ?? '');
    groups.set(signature, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.matchedKeys - a.matchedKeys || b.pods.length - a.pods.length)
    .slice(0, limit);
}

/** Values a person may have meant for each other: one contains the other, or two edits apart. */
function looksAlike(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x) || editDistance(x, y) <= 2;
}
