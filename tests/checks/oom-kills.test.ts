import { describe, expect, it } from 'vitest';
import { oomKillsCheck } from '../../checks/oom-kills.ts';
import { onlyFinding, runOn } from './container-fixtures.ts';

const one = (fixture: string, hidden = {}) => onlyFinding(oomKillsCheck, fixture, hidden);

describe('oom-kills', () => {
  it('names the memory limit, request and restarts of a container in CrashLoopBackOff after OOMKilled', () => {
    const { finding, en } = one('limit-reached');
    expect(finding).toMatchObject({
      code: 'oom-kills.limit-reached',
      severity: 'error',
      object: { kind: 'Pod', name: 'api-6f8d9b7c4d-q7w2e', namespace: 'shop' },
      owner: { kind: 'Deployment', name: 'api', namespace: 'shop' },
      concept: 'oom',
    });
    expect(finding.cause.params).toEqual({ container: 'app', limit: '256Mi' });
    expect(en).toContain('Memory request 128Mi, limit 256Mi; restarted 6 times; last killed at 2026-11-24T07:58:30Z');
    expect(en).toContain('CrashLoopBackOff');
    expect(finding.commands).toContain('kubectl set resources deployment/api -c app -n shop --limits=memory=512Mi');
    expect(finding.evidence.some((e) => e.text.includes('lastState terminated OOMKilled exitCode=137'))).toBe(true);
    expect(finding.evidence.find((e) => e.reason === 'BackOff')?.count).toBe(19);
  });

  it('warns (not errors) for a container running again after an OOM kill 30 minutes ago', () => {
    const { finding } = one('running-after-oom');
    expect(finding).toMatchObject({ code: 'oom-kills.limit-reached', severity: 'warning' });
  });

  it('without a limit blames node memory, quotes MemoryPressure and the later LimitRange default', () => {
    const { finding, en } = one('no-limit');
    expect(finding.code).toBe('oom-kills.no-limit');
    expect(en).toContain('LimitRange default-limits gives new containers a default memory limit of 512Mi');
    expect(en).toContain('Node ip-10-0-1-23.ap-northeast-2.compute.internal reports MemoryPressure: True');
    expect(finding.evidence.find((e) => e.source === 'node')?.text).toBe(
      'MemoryPressure=True (KubeletHasInsufficientMemory): kubelet has insufficient memory available',
    );
    expect(finding.commands).toContain('kubectl describe node ip-10-0-1-23.ap-northeast-2.compute.internal');
  });

  it('says the node is not visible instead of guessing its memory state', () => {
    const { finding, en } = one('no-limit', { nodes: 'forbidden' });
    expect(finding.code).toBe('oom-kills.no-limit');
    expect(en).toContain('Nodes are not visible to you (forbidden)');
    expect(finding.evidence.some((e) => e.source === 'node')).toBe(false);
  });

  it('reports a failed Job pod killed for memory, without a set-resources command for the Job', () => {
    const { finding } = one('job-pod-oom');
    expect(finding).toMatchObject({
      code: 'oom-kills.limit-reached',
      severity: 'error',
      owner: { kind: 'Job', name: 'reindex' },
    });
    expect(finding.cause.params).toMatchObject({ container: 'reindex', limit: '1Gi' });
    expect(finding.commands?.some((c) => c.startsWith('kubectl set resources'))).toBe(false);
  });

  it('uses a pod-level memory limit instead of blaming the node', () => {
    const { finding } = one('pod-level-limit');
    expect(finding.code).toBe('oom-kills.limit-reached');
    expect(finding.cause.params).toEqual({ container: 'app', limit: '512Mi (pod-level)' });
    expect(finding.commands?.some((c) => c.startsWith('kubectl set resources'))).toBe(false);
  });

  it('reports an init container killed for memory', () => {
    const { finding, en } = one('init-container');
    expect(finding.cause.params).toEqual({ container: 'warm-cache', limit: '64Mi' });
    expect(en).toContain('warm-cache is an init container');
  });

  it('ignores an old OOM kill of a container running since, and evicted pods', () => {
    expect(runOn(oomKillsCheck, 'healthy')).toEqual([]);
  });
});
