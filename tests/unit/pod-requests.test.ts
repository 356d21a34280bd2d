import { describe, expect, it } from 'vitest';
import { podRequests } from '../../lib/doctor/scheduling/pod-requests.ts';
import { toleratesTaint, untoleratedTaints } from '../../lib/doctor/scheduling/taint-toleration.ts';
import type { KubeNode, Pod } from '../../lib/doctor/wire.ts';

const c = (name: string, cpu: string, memory: string, restartPolicy?: string) => ({
  name,
  image: 'busybox:1.36',
  ...(restartPolicy ? { restartPolicy } : {}),
  resources: { requests: { cpu, memory } },
});

describe('podRequests', () => {
  it('sums containers and raises to the largest plain init container', () => {
    const pod = {
      spec: {
        containers: [c('a', '250m', '128Mi'), c('b', '250m', '128Mi')],
        initContainers: [c('migrate', '2', '64Mi')],
      },
    } as Pod;
    const r = podRequests(pod);
    expect(r.get('cpu')).toBeCloseTo(2);
    expect(r.get('memory')).toBe(256 * 1024 ** 2);
  });

  it('adds sidecar init containers (restartPolicy Always) and the pod overhead', () => {
    const pod = {
      spec: {
        containers: [c('app', '500m', '256Mi')],
        initContainers: [c('proxy', '100m', '64Mi', 'Always'), c('setup', '550m', '32Mi')],
        overhead: { cpu: '250m', memory: '120Mi' },
      },
    } as Pod;
    const r = podRequests(pod);
    // containers 500m + sidecar 100m = 600m; setup runs beside the sidecar: 550m + 100m = 650m wins; + 250m overhead.
    expect(r.get('cpu')).toBeCloseTo(0.9);
    expect(r.get('memory')).toBe((256 + 64 + 120) * 1024 ** 2);
  });
});

describe('toleration matching', () => {
  const taint = { key: 'team', value: 'payments', effect: 'NoSchedule' };
  it('matches Equal by key, value and effect; Exists by key; empty key with Exists matches all', () => {
    expect(toleratesTaint({ key: 'team', operator: 'Equal', value: 'payments', effect: 'NoSchedule' }, taint)).toBe(
      true,
    );
    expect(toleratesTaint({ key: 'team', value: 'payments' }, taint)).toBe(true);
    expect(toleratesTaint({ key: 'team', operator: 'Equal', value: 'search' }, taint)).toBe(false);
    expect(toleratesTaint({ key: 'team', operator: 'Exists', effect: 'NoExecute' }, taint)).toBe(false);
    expect(toleratesTaint({ key: 'team', operator: 'Exists' }, taint)).toBe(true);
    expect(toleratesTaint({ operator: 'Exists' }, taint)).toBe(true);
  });

  it('ignores PreferNoSchedule taints, which never block scheduling', () => {
    const node = {
      spec: {
        taints: [
          { key: 'x', effect: 'PreferNoSchedule' },
          { key: 'y', effect: 'NoExecute' },
        ],
      },
    } as KubeNode;
    expect(untoleratedTaints(node, { spec: { containers: [] } }).map((t) => t.key)).toEqual(['y']);
  });
});
