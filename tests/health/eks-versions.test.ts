import { describe, expect, it } from 'vitest';
import {
  EKS_VERSIONS,
  EKS_VERSIONS_LAST_CHECKED,
  EKS_VERSIONS_SOURCE,
  supportPhase,
} from '../../lib/health/eks-versions.ts';

describe('the EKS support table', () => {
  it('was checked against the release calendar less than a year ago (update it and its date when this fails)', () => {
    const checked = new Date(`${EKS_VERSIONS_LAST_CHECKED}T00:00:00Z`);
    const yearAgo = new Date();
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    expect(checked.getTime()).toBeGreaterThan(yearAgo.getTime());
    expect(EKS_VERSIONS_SOURCE).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/eks\//);
  });

  it('holds the calendar dates as published', () => {
    expect(EKS_VERSIONS['1.35']).toEqual({ standardEnd: '2027-03-27', extendedEnd: '2028-03-27' });
    expect(EKS_VERSIONS['1.31']).toEqual({ standardEnd: '2025-11-26', extendedEnd: '2026-11-26' });
    expect(EKS_VERSIONS['1.27']).toEqual({ standardEnd: '2024-07-24', extendedEnd: '2025-07-24' });
    for (const dates of Object.values(EKS_VERSIONS)) expect(dates.standardEnd < dates.extendedEnd).toBe(true);
  });

  it('tells standard, extended and unsupported apart on their last days; a version not in the table is unknown', () => {
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    const v131 = EKS_VERSIONS['1.31'];
    expect(supportPhase(v131, day('2025-11-26'))).toBe('standard');
    expect(supportPhase(v131, day('2025-11-27'))).toBe('extended');
    expect(supportPhase(v131, day('2026-11-26'))).toBe('extended');
    expect(supportPhase(v131, day('2026-11-27'))).toBe('unsupported');
    expect(supportPhase(EKS_VERSIONS['1.99'], day('2026-01-01'))).toBe('unknown');
  });
});
