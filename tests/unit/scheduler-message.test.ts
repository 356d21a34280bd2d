import { describe, expect, it } from 'vitest';
import { parseSchedulerMessage } from '../../lib/doctor/scheduler-message.ts';

const parse = (m: string) => {
  const parsed = parseSchedulerMessage(m);
  if (!parsed) throw new Error(`not parsed: ${m}`);
  return parsed;
};

describe('parseSchedulerMessage: histogram generations', () => {
  it('reads the current wording with the DRA note and the preemption tail', () => {
    const p = parse(
      '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
    expect(p.totalNodes).toBe(3);
    expect(p.noNodes).toBe(false);
    expect(p.countsAddUp).toBe(true);
    expect(p.reasons).toEqual([
      { count: 1, text: 'node(s) had untolerated taint(s)', code: 'untolerated-taint' },
      { count: 2, text: 'Insufficient cpu', code: 'insufficient-resource', resource: 'cpu' },
    ]);
    expect(p.preemption?.reasons).toEqual([
      { count: 1, text: 'Preemption is not helpful for scheduling', code: 'unknown' },
      { count: 2, text: 'No preemption victims found for incoming pod', code: 'unknown' },
    ]);
  });

  it('reads the middle taint wording with the old double period', () => {
    const p = parse(
      '0/1 nodes are available: 1 node(s) had untolerated taint {node.cloudprovider.kubernetes.io/uninitialized: true}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling..',
    );
    expect(p.reasons).toEqual([
      {
        count: 1,
        text: 'node(s) had untolerated taint {node.cloudprovider.kubernetes.io/uninitialized: true}',
        code: 'untolerated-taint',
        taint: { key: 'node.cloudprovider.kubernetes.io/uninitialized', value: 'true' },
      },
    ]);
    expect(p.preemption?.reasons).toEqual([
      { count: 1, text: 'Preemption is not helpful for scheduling', code: 'unknown' },
    ]);
  });

  it('reads an empty taint value and the oldest taint wording', () => {
    const p = parse(
      "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) didn't match Pod's node affinity/selector.",
    );
    expect(p.reasons[0]).toMatchObject({
      count: 1,
      taint: { key: 'node-role.kubernetes.io/control-plane', value: '' },
    });
    expect(p.reasons[1]).toMatchObject({ count: 3, code: 'node-affinity' });
    const old = parse(
      "0/3 nodes are available: 1 node(s) had taints that the pod didn't tolerate, 2 Insufficient memory.",
    );
    expect(old.reasons.map((r) => r.code)).toEqual(['untolerated-taint', 'insufficient-resource']);
    expect(old.reasons[1]?.resource).toBe('memory');
    expect(old.preemption).toBeUndefined();
  });

  it("reads the 1.17-1.24 wording 'had taint {key: value}, that the pod didn't tolerate' with its taint", () => {
    const p = parse(
      "0/6 nodes are available: 1 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate, 5 Insufficient memory.",
    );
    expect(p.countsAddUp).toBe(true);
    expect(p.reasons[0]).toMatchObject({
      count: 1,
      code: 'untolerated-taint',
      taint: { key: 'node-role.kubernetes.io/master', value: '' },
    });
    expect(p.reasons[1]).toMatchObject({ count: 5, code: 'insufficient-resource', resource: 'memory' });
    const valued = parse(
      "0/1 nodes are available: 1 node(s) had taint {dedicated: gpu}, that the pod didn't tolerate.",
    );
    expect(valued.reasons[0]).toMatchObject({ code: 'untolerated-taint', taint: { key: 'dedicated', value: 'gpu' } });
  });

  it('keeps a taint value holding commas, colons, braces and digits intact because counts must add up', () => {
    const p = parse(
      '0/3 nodes are available: 1 node(s) had untolerated taint {team: a, 2 b: {c}}, 2 Insufficient cpu.',
    );
    expect(p.countsAddUp).toBe(true);
    expect(p.reasons).toHaveLength(2);
    expect(p.reasons[0]?.taint).toEqual({ key: 'team', value: 'a, 2 b: {c}' });
    expect(p.reasons[1]).toMatchObject({ count: 2, resource: 'cpu' });
  });

  it('reads each "had untolerated taint {key: value}" clause as its own reason, empty values too (v1.28, 48 nodes)', () => {
    // One node reports both Too many pods and Insufficient cpu, so the counts add up to 49 of 48.
    const p = parse(
      '0/48 nodes are available: 1 Too many pods, 1 node(s) had untolerated taint {dedicated: infra}, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 40 node(s) had untolerated taint {nvidia.com/gpu: true}, 6 Insufficient cpu. preemption: 0/48 nodes are available: 42 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod..',
    );
    expect(p.countsAddUp).toBe(true);
    expect(p.reasons.map((r) => [r.count, r.code, r.taint ?? r.resource ?? null])).toEqual([
      [1, 'too-many-pods', null],
      [1, 'untolerated-taint', { key: 'dedicated', value: 'infra' }],
      [1, 'untolerated-taint', { key: 'node.kubernetes.io/unreachable', value: '' }],
      [40, 'untolerated-taint', { key: 'nvidia.com/gpu', value: 'true' }],
      [6, 'insufficient-resource', 'cpu'],
    ]);
  });

  it('splits two adjacent taint clauses on 3 nodes when a node reports two short resources', () => {
    const p = parse(
      '0/3 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 node(s) had untolerated taint {dedicated: infra}, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling..',
    );
    expect(p.reasons.filter((r) => r.code === 'untolerated-taint').map((r) => r.taint)).toEqual([
      { key: 'dedicated', value: 'infra' },
      { key: 'node.kubernetes.io/unreachable', value: '' },
    ]);
    expect(p.reasons).toHaveLength(4);
  });

  it('says so when the counts do not add up, and still keeps every entry', () => {
    const p = parse('0/5 nodes are available: 1 Too many pods, 2 Insufficient cpu.');
    expect(p.countsAddUp).toBe(false);
    expect(p.reasons.map((r) => [r.count, r.code])).toEqual([
      [1, 'too-many-pods'],
      [2, 'insufficient-resource'],
    ]);
  });

  it('reads the EKS max-pods message and extended resources', () => {
    const p = parse(
      '0/2 nodes are available: 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    );
    expect(p.reasons).toEqual([{ count: 2, text: 'Too many pods', code: 'too-many-pods' }]);
    expect(parse('0/2 nodes are available: 2 Insufficient nvidia.com/gpu.').reasons[0]).toMatchObject({
      resource: 'nvidia.com/gpu',
    });
  });

  it.each([
    ["node(s) didn't match scheduler-enforced node affinity", 'scheduler-node-affinity'],
    ['node(s) were unschedulable', 'unschedulable'],
    ["node(s) didn't have free ports for the requested pod ports", 'host-ports'],
    ["node(s) didn't match the requested node name", 'node-name'],
    ["node(s) didn't match pod affinity rules", 'pod-affinity'],
    ["node(s) didn't match pod anti-affinity rules", 'pod-anti-affinity'],
    ["node(s) didn't satisfy existing pods anti-affinity rules", 'existing-anti-affinity'],
    ["node(s) didn't match pod topology spread constraints", 'topology-spread'],
    ["node(s) didn't find available persistent volumes to bind", 'no-available-pv'],
    ['node(s) had volume node affinity conflict', 'volume-node-affinity'],
    ["node(s) didn't match PersistentVolume's node affinity", 'volume-node-affinity'],
    ['node(s) did not have enough free storage', 'not-enough-storage'],
    ['pvc(s) bound to non-existent pv(s)', 'pvc-missing-pv'],
    ['node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)', 'pvc-missing-pv'],
    ['node(s) had no available disk', 'no-available-disk'],
    ['node(s) had no available volume zone', 'no-volume-zone'],
    ['node(s) had something brand new', 'unknown'],
  ])('classifies "%s"', (text, code) => {
    const p = parse(`0/2 nodes are available: 2 ${text}.`);
    expect(p.reasons).toEqual([{ count: 2, text, code }]);
  });
});

describe('parseSchedulerMessage: PreFilter, no nodes, PreBind', () => {
  it('reads a PreFilter rejection that names the claim', () => {
    const p = parse(
      '0/3 nodes are available: persistentvolumeclaim "data-web-0" not found. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
    );
    expect(p.reasons).toEqual([]);
    expect(p.preFilter).toEqual({
      count: null,
      text: 'persistentvolumeclaim "data-web-0" not found',
      code: 'pvc-not-found',
      claim: 'data-web-0',
    });
    expect(p.preemption?.reasons[0]).toMatchObject({ count: 3, text: 'No preemption victims found for incoming pod' });
  });

  it('reads the unbound immediate PVC PreFilter and an unknown PreFilter verbatim', () => {
    expect(
      parse(
        '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
      ).preFilter?.code,
    ).toBe('unbound-immediate-pvc');
    const p = parse('0/3 nodes are available: resourceclaim "gpu" not found.');
    expect(p.preFilter).toEqual({ count: null, text: 'resourceclaim "gpu" not found', code: 'unknown' });
  });

  it('reads "no nodes available" and 0/0', () => {
    expect(parse('no nodes available to schedule pods')).toMatchObject({ noNodes: true, totalNodes: 0, reasons: [] });
    expect(parse('0/0 nodes are available: .')).toMatchObject({ noNodes: true, totalNodes: 0 });
  });

  it('reads PreBind timeouts in both generations', () => {
    expect(
      parse('running PreBind plugin "VolumeBinding": binding volumes: context deadline exceeded').reasons[0]?.code,
    ).toBe('prebind-timeout');
    expect(
      parse('running PreBind plugin "VolumeBinding": binding volumes: timed out waiting for the condition').reasons[0]
        ?.code,
    ).toBe('prebind-timeout');
    expect(parse('timed out waiting for the condition').reasons[0]?.code).toBe('prebind-timeout');
    const other = parse(
      'running PreBind plugin "VolumeBinding": binding volumes: pv "pvc-1" node affinity does not match',
    );
    expect(other.reasons[0]?.code).toBe('unknown');
  });

  it("returns null for messages that are not the scheduler's", () => {
    expect(parseSchedulerMessage('Back-off restarting failed container app in pod web_shop(uid)')).toBeNull();
    expect(parseSchedulerMessage('')).toBeNull();
  });
});
