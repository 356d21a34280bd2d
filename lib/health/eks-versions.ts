/**
 * End of EKS standard and extended support per Kubernetes minor version. Kept by hand from the
 * release calendar below; tests/health/eks-versions.test.ts fails once `lastChecked` is a year old.
 */
export const EKS_VERSIONS_SOURCE =
  'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar';
export const EKS_VERSIONS_LAST_CHECKED = '2026-04-24';

/** Support end dates (YYYY-MM-DD) of one Kubernetes minor version on EKS. */
export interface SupportDates {
  standardEnd: string;
  extendedEnd: string;
}

export const EKS_VERSIONS: Readonly<Record<string, SupportDates>> = {
  '1.35': { standardEnd: '2027-03-27', extendedEnd: '2028-03-27' },
  '1.34': { standardEnd: '2026-12-02', extendedEnd: '2027-12-02' },
  '1.33': { standardEnd: '2026-07-29', extendedEnd: '2027-07-29' },
  '1.32': { standardEnd: '2026-03-23', extendedEnd: '2027-03-23' },
  '1.31': { standardEnd: '2025-11-26', extendedEnd: '2026-11-26' },
  '1.30': { standardEnd: '2025-07-23', extendedEnd: '2026-07-23' },
  '1.29': { standardEnd: '2025-03-23', extendedEnd: '2026-03-23' },
  '1.28': { standardEnd: '2024-11-26', extendedEnd: '2025-11-26' },
  '1.27': { standardEnd: '2024-07-24', extendedEnd: '2025-07-24' },
};

export type SupportPhase = 'standard' | 'extended' | 'unsupported' | 'unknown';

/** Where a version stands on a date: in standard support, in extended support, past both, or not in the table. */
export function supportPhase(dates: SupportDates | undefined, today: Date): SupportPhase {
  if (!dates) return 'unknown';
  const day = today.toISOString().slice(0, 10);
  if (day <= dates.standardEnd) return 'standard';
  if (day <= dates.extendedEnd) return 'extended';
  return 'unsupported';
}
