import { describe, expect, it } from 'vitest';
import { daemonsetsCheck as check } from '../../checks/daemonsets.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';

const run = (files: string[], hidden?: KindName[]) =>
  runCheck(check, snapshotOf('daemonsets', ['nodes.json', ...files], { hidden }));
const GPU = 'ip-10-0-3-77.ap-northeast-2.compute.internal';

describe('daemonsets', () => {
  it('names the node whose pod is failing, and the tainted node the DaemonSet skips', () => {
    const findings = run(['not-ready.json']);
    expect(findings.map((f) => f.code).sort()).toEqual(['daemonsets.not-ready', 'daemonsets.skipped-tainted-nodes']);
    const notReady = findings.find((f) => f.code === 'daemonsets.not-ready')!;
    expect(notReady.severity).toBe('warning');
    expect(notReady.cause.params).toMatchObject({ name: 'log-agent', ready: 2, desired: 3 });
    expect(text(notReady)).toContain(
      'Node ip-10-0-2-41.ap-northeast-2.compute.internal, pod log-agent-m4v7q: CrashLoopBackOff [container=app, exitCode=1].',
    );
    expect(notReady.related).toEqual([{ kind: 'Pod', name: 'log-agent-m4v7q', namespace: 'shop' }]);
    expect(notReady.evidence).toContainEqual(
      expect.objectContaining({
        source: 'status',
        text: expect.stringContaining(
          'desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2',
        ) as unknown,
      }),
    );
    expect(notReady.evidence).toContainEqual(expect.objectContaining({ source: 'event', reason: 'SuccessfulCreate' }));

    const skipped = findings.find((f) => f.code === 'daemonsets.skipped-tainted-nodes')!;
    expect(skipped.severity).toBe('info');
    expect(skipped.cause.params).toMatchObject({ count: 1 });
    // the cordoned node is tolerated automatically and Fargate never runs DaemonSets: only the GPU node is named
    expect(skipped.details?.[0]?.params).toMatchObject({
      count: 1,
      taints: 'nvidia.com/gpu=present:NoSchedule',
      nodes: GPU,
    });
    expect(skipped.related).toEqual([{ kind: 'Node', name: GPU }]);
    expect(text(skipped, 'ko')).toContain('nvidia.com/gpu=present:NoSchedule');
  });

  it('calls a DaemonSet with no Ready pod an error and summarises the reasons', () => {
    const findings = run(['none-ready.json']);
    expect(findings).toHaveLength(1);
    const f = findingFor(findings, 'DaemonSet', 'node-exporter');
    expect(f).toMatchObject({ code: 'daemonsets.none-ready', severity: 'error' });
    expect(text(f)).toContain('Pods not Ready: 3× ImagePullBackOff.');
    expect(f.related).toHaveLength(3);
    expect(f.commands).toContain('kubectl get pods -n shop -o wide -l app=node-exporter');
  });

  it('names the pod left on a node that no longer matches, and a node selector that matches no node', () => {
    const findings = run(['placement.json']);
    const gpu = findingFor(findings, 'DaemonSet', 'gpu-plugin');
    expect(gpu).toMatchObject({ code: 'daemonsets.misscheduled', severity: 'warning' });
    expect(gpu.details?.[0]?.params).toEqual({
      pod: 'gpu-plugin-x7x7x',
      node: 'ip-10-0-1-23.ap-northeast-2.compute.internal',
    });
    const ssd = findingFor(findings, 'DaemonSet', 'ssd-cache');
    expect(ssd).toMatchObject({ code: 'daemonsets.no-matching-nodes', severity: 'warning' });
    expect(ssd.cause.params).toMatchObject({ selector: 'disktype=ssd', nodes: 4 });
  });

  it('reports rolling and OnDelete updates as info', () => {
    const findings = run(['updates.json']);
    expect(findingFor(findings, 'DaemonSet', 'proxy')).toMatchObject({
      code: 'daemonsets.update-pending',
      severity: 'info',
      cause: { key: 'check.daemonsets.cause.update-in-progress', params: { updated: 1, desired: 3 } },
    });
    expect(findingFor(findings, 'DaemonSet', 'legacy').cause.key).toBe('check.daemonsets.cause.update-on-delete');
  });

  it('says it cannot see nodes instead of guessing which ones are skipped', () => {
    const findings = run(['not-ready.json'], ['nodes']);
    expect(findings.map((f) => f.code)).toEqual(['daemonsets.not-ready']);
    expect(text(findings[0]!)).toContain('Node details are not visible to you (forbidden)');
  });

  it('reports the pod of a node that just joined as starting, not as a failure', () => {
    const findings = run(['starting.json']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'daemonsets.starting',
      severity: 'info',
      cause: { params: { ready: 3, desired: 4 } },
    });
  });

  it('says nothing about DaemonSets ready on every node they should run on', () => {
    expect(run(['healthy.json'])).toEqual([]);
  });
});
