import { describe, expect, it } from 'vitest';
import { crashLoopsCheck } from '../../checks/crash-loops.ts';
import { onlyFinding, runOn, texts } from './container-fixtures.ts';
import { runCheck, snapshotOf } from './workload-fixture.ts';

const API = { kind: 'Deployment', name: 'api', namespace: 'shop' };
const one = (fixture: string, hidden = {}) => onlyFinding(crashLoopsCheck, fixture, hidden);

describe('crash-loops: exit codes of a CrashLoopBackOff container', () => {
  it('exit 1: the application fails; points to logs --previous and quotes the BackOff event', () => {
    const { finding, en } = one('app-error');
    expect(finding).toMatchObject({
      code: 'crash-loops.app-error',
      severity: 'error',
      object: { kind: 'Pod', name: 'api-6f8d9b7c4d-q7w2e', namespace: 'shop' },
      owner: API,
    });
    expect(finding.cause.params).toMatchObject({ container: 'app', exitCode: 1 });
    expect(finding.commands?.[0]).toBe('kubectl logs api-6f8d9b7c4d-q7w2e -c app -n shop --previous');
    expect(en).toContain('Restarted 7 times');
    const backoff = finding.evidence.find((e) => e.reason === 'BackOff');
    expect(backoff?.text).toMatch(/^Back-off restarting failed container app in pod api-6f8d9b7c4d-q7w2e_shop\(/);
    expect(backoff?.count).toBe(31);
    expect(
      finding.evidence.some((e) =>
        e.text.includes('waiting CrashLoopBackOff: back-off 5m0s restarting failed container=app'),
      ),
    ).toBe(true);
  });

  it('exit 2 with the older BackOff wording, and quotes the termination message', () => {
    const { finding, en } = one('app-error-old-event');
    expect(finding.code).toBe('crash-loops.app-error');
    expect(finding.cause.params).toMatchObject({ exitCode: 2 });
    expect(en).toContain('DATABASE_URL is not set');
    expect(finding.evidence.some((e) => e.text === 'Back-off restarting failed container')).toBe(true);
  });

  it('exit 0 under restartPolicy Always: a run-once program in a Deployment', () => {
    const { finding, en } = one('exits-zero');
    expect(finding.code).toBe('crash-loops.exits-zero');
    expect(en).toContain('Job or CronJob');
  });

  it('runc "executable file not found in $PATH" (StartError, 128): command not found', () => {
    const { finding } = one('command-not-found-runc');
    expect(finding.code).toBe('crash-loops.command-not-found');
    expect(finding.cause.params).toMatchObject({ exitCode: 128 });
    expect(finding.evidence.some((e) => e.text.includes('exec: "pythn": executable file not found in $PATH'))).toBe(
      true,
    );
  });

  it('RunContainerError "permission denied" (before any restart): command not executable', () => {
    const { finding } = one('run-container-error');
    expect(finding).toMatchObject({
      code: 'crash-loops.command-not-executable',
      severity: 'error',
      object: { name: 'api-6f8d9b7c4d-rc001' },
    });
    expect(finding.evidence.some((e) => e.text.includes('exec: "/app/server": permission denied'))).toBe(true);
    expect(texts(finding).en).not.toContain('Restarted');
  });

  it('exit 127 from a shell: command not found', () => {
    expect(one('command-not-found-shell').finding.code).toBe('crash-loops.command-not-found');
  });

  it('exit 139: segmentation fault', () => {
    expect(one('segfault').finding.code).toBe('crash-loops.segfault');
  });

  it('exit 137 without OOMKilled and without a probe: killed from outside, not blamed on memory', () => {
    const { finding, en } = one('killed');
    expect(finding.code).toBe('crash-loops.killed');
    expect(en).toContain('not for running out of memory');
  });

  it('exit 143: SIGTERM', () => {
    expect(one('sigterm').finding.code).toBe('crash-loops.sigterm');
  });
});

describe('crash-loops: liveness probe as the killer', () => {
  it('names the liveness probe from the kubelet Killing event and shows its settings', () => {
    const { finding, en } = one('liveness');
    expect(finding.code).toBe('crash-loops.liveness-probe');
    expect(finding.concept).toBe('probes');
    expect(en).toContain(
      'httpGet http :8080/healthz, initialDelaySeconds=5, periodSeconds=10, timeoutSeconds=1, failureThreshold=3',
    );
    expect(finding.evidence.find((e) => e.reason === 'Unhealthy')?.text).toContain('connect: connection refused');
  });

  it('attributes Unhealthy liveness events (older kubelets, no Killing event) to the only container with a liveness probe', () => {
    expect(one('liveness-unhealthy-only').finding.code).toBe('crash-loops.liveness-probe');
  });

  it('does not name the probe when events are forbidden; falls back to the exit code', () => {
    const { finding, en } = one('liveness', { events: 'forbidden' });
    expect(finding.code).toBe('crash-loops.killed');
    expect(en).toContain('Events are not visible to you (forbidden)');
  });
});

describe('crash-loops: init containers, failed pods, recent crashes', () => {
  it('reports Init:CrashLoopBackOff with the init container named', () => {
    const { finding, en } = one('init-container');
    expect(finding.code).toBe('crash-loops.app-error');
    expect(finding.cause.params).toMatchObject({ container: 'migrate', exitCode: 1 });
    expect(en).toContain('migrate is an init container');
    expect(en).toContain('connection refused');
    expect(finding.commands?.[0]).toBe('kubectl logs api-6f8d9b7c4d-m4n5b -c migrate -n shop --previous');
  });

  it('reports a restartPolicy Never pod that failed, without an owner', () => {
    const { finding, en } = one('never-restart-failed');
    expect(finding).toMatchObject({
      code: 'crash-loops.app-error',
      severity: 'error',
      object: { name: 'report-once' },
    });
    expect(finding.owner).toBeUndefined();
    expect(en).toContain('restartPolicy Never');
    expect(en).toContain("KeyError: 'S3_BUCKET'");
    // It ran once: not "keeps exiting".
    expect(finding.cause.key).toBe('check.crash-loops.cause.app-error-once');
    expect(en).not.toContain('keeps exiting');
  });

  it("leaves a Job's pods that each failed once (restartPolicy Never) to failed-jobs: no crash loop", () => {
    const snapshot = snapshotOf('failed-jobs', ['backoff-limit.json']);
    expect(snapshot.pods.filter((p) => p.status?.phase === 'Failed')).toHaveLength(4);
    expect(runCheck(crashLoopsCheck, snapshot)).toEqual([]);
  });

  it('warns about a container running now that crashed 20 minutes ago', () => {
    const { finding, en } = one('running-after-crash');
    expect(finding).toMatchObject({ code: 'crash-loops.app-error', severity: 'warning' });
    expect(en).toContain('running again now, after 3 restarts');
  });
});

describe('crash-loops: healthy and owned elsewhere', () => {
  it('skips OOM kills, old restarts, completed Jobs, evicted pods and liveness restarts of running containers', () => {
    expect(runOn(crashLoopsCheck, 'healthy')).toEqual([]);
  });

  it('does not read exit code 255 of a run the runtime lost (node reboot) as an application error', () => {
    expect(runOn(crashLoopsCheck, 'node-reboot')).toEqual([]);
  });
});
