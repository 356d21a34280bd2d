import { describe, expect, it } from 'vitest';
import { limitRangeFor, parseLimitViolations } from '../../lib/doctor/workloads/limit-range-violation.ts';
import type { LimitRange } from '../../lib/doctor/wire.ts';

// Formats from plugin/pkg/admission/limitranger/admission.go (v1.19–v1.33): minConstraint, maxConstraint,
// maxRequestConstraint and limitRequestRatioConstraint; "%s.  No … is specified" has two spaces upstream.
describe('parseLimitViolations', () => {
  it('reads every constraint form, alone or aggregated', () => {
    const text =
      'pods "a-" is forbidden: [maximum memory usage per Pod is 2Gi.  No limit is specified, minimum cpu usage per Container is 100m.  No request is specified, cpu max limit to request ratio per Container is 4, but no request is specified or request is 0, maximum ephemeral-storage usage per Container is 1Gi, but request is 2Gi]';
    expect(parseLimitViolations(text).map(({ text: _t, ...v }) => v)).toEqual([
      { bound: 'max', resource: 'memory', scope: 'Pod', enforced: '2Gi', field: 'limit' },
      { bound: 'min', resource: 'cpu', scope: 'Container', enforced: '100m', field: 'request' },
      { bound: 'ratio', resource: 'cpu', scope: 'Container', enforced: '4', field: 'request' },
      {
        bound: 'max',
        resource: 'ephemeral-storage',
        scope: 'Container',
        enforced: '1Gi',
        field: 'request',
        value: '2Gi',
      },
    ]);
  });

  it('accepts one space after the period and a trailing period on ratios (forks and older builds)', () => {
    expect(parseLimitViolations('maximum memory usage per Container is 1Gi. No limit is specified')).toHaveLength(1);
    expect(
      parseLimitViolations('memory max limit to request ratio per Container is 2, but provided ratio is 2.500000.'),
    ).toMatchObject([{ bound: 'ratio', enforced: '2', value: '2.5' }]);
  });

  it('finds nothing in other refusals', () => {
    expect(parseLimitViolations('exceeded quota: q, requested: cpu=1, used: cpu=2, limited: cpu=2')).toEqual([]);
  });
});

describe('limitRangeFor', () => {
  const range = (name: string, type: string, max: Record<string, string>): LimitRange => ({
    metadata: { name, namespace: 'shop' },
    spec: { limits: [{ type, max }] },
  });
  it('picks the LimitRange whose item of that type enforces that value, comparing quantities', () => {
    const ranges = [range('pods', 'Pod', { cpu: '800m' }), range('containers', 'Container', { cpu: '0.8' })];
    const [violation] = parseLimitViolations('maximum cpu usage per Container is 800m, but limit is 1500m');
    expect(limitRangeFor(violation!, ranges, 'shop')?.metadata?.name).toBe('containers');
    expect(limitRangeFor(violation!, ranges, 'other')).toBeUndefined();
  });
});
