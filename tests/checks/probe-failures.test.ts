import { describe, expect, it } from 'vitest';
import { probeFailuresCheck } from '../../checks/probe-failures.ts';
import { onlyFinding, runOn } from './container-fixtures.ts';

const one = (fixture: string, hidden = {}) => {
  const { finding, en } = onlyFinding(probeFailuresCheck, fixture, hidden);
  expect(finding.object).toEqual({ kind: 'Pod', name: 'api-6f8d9b7c4d-q7w2e', namespace: 'shop' });
  expect(finding.owner).toEqual({ kind: 'Deployment', name: 'api', namespace: 'shop' });
  expect(finding.severity).toBe('warning');
  return { finding, en };
};

describe('probe-failures: readiness', () => {
  it('explains HTTP 503 and shows the probe settings with defaults', () => {
    const { finding, en } = one('readiness-503');
    expect(finding.code).toBe('probe-failures.readiness');
    expect(finding.concept).toBe('readiness');
    expect(finding.cause.params).toEqual({ container: 'app' });
    expect(en).toContain(
      'Readiness probe: httpGet http :8080/ready, initialDelaySeconds=0, periodSeconds=10, timeoutSeconds=1, failureThreshold=3.',
    );
    expect(en).toContain('HTTP 503');
    expect(en).toContain('40 failures seen, the last at 2026-11-24T07:59:40Z');
    expect(finding.commands).toContain('kubectl port-forward pod/api-6f8d9b7c4d-q7w2e -n shop 8080:8080');
  });

  it('says nothing listens on the probed port and that the container declares another', () => {
    const { en } = one('readiness-refused-port');
    expect(en).toContain('Nothing accepted the connection on port 8080');
    expect(en).toContain('The probe uses port 8080, but the container declares the ports 3000.');
  });

  it('names the timeout the probe allows', () => {
    expect(one('readiness-timeout').en).toContain('timeoutSeconds=2 second(s)');
  });

  it('resolves a named port and reads 404 as a wrong path', () => {
    const { en, finding } = one('readiness-404-named-port');
    expect(en).toContain('the path /health/ready does not exist');
    expect(finding.commands).toContain('kubectl port-forward pod/api-6f8d9b7c4d-q7w2e -n shop 8080:8080');
  });

  it('passes an exec probe failure through verbatim', () => {
    const { en, finding } = one('readiness-exec');
    expect(en).toContain("The probe failed with: cat: can't open '/tmp/ready': No such file or directory");
    expect(finding.commands?.some((c) => c.includes('port-forward'))).toBe(false);
  });

  it('reads the "probe errored" wording of newer kubelets and passes the error through', () => {
    const { finding, en } = one('readiness-errored');
    expect(finding.code).toBe('probe-failures.readiness');
    expect(en).toContain('stat /bin/check: no such file or directory');
  });

  it('without events, reports a long-unready container only as not ready, and says why it cannot say more', () => {
    const { finding, en } = one('not-ready-no-events', { events: 'forbidden' });
    expect(finding.code).toBe('probe-failures.not-ready');
    expect(en).toContain('Events are not visible to you (forbidden)');
  });

  it('with events visible but none about probes, names nothing', () => {
    expect(runOn(probeFailuresCheck, 'not-ready-no-events')).toEqual([]);
  });
});

describe('probe-failures: readiness during warm-up', () => {
  it('a just-started container that failed its readiness probe once and is ready now: nothing', () => {
    expect(runOn(probeFailuresCheck, 'readiness-warm-up-ready')).toEqual([]);
  });

  it('a just-started container not ready yet after one failure, within initialDelaySeconds + periodSeconds × failureThreshold: nothing', () => {
    expect(runOn(probeFailuresCheck, 'readiness-warm-up-not-ready')).toEqual([]);
  });

  it('a just-started container not ready after failureThreshold failures in a row is reported', () => {
    const { finding, en } = one('readiness-warm-up-failing');
    expect(finding.code).toBe('probe-failures.readiness');
    expect(en).toContain('3 failures seen, the last at 2026-11-24T07:59:53Z');
  });

  it('failures of the previous run do not count against a container restarted seconds ago', () => {
    expect(runOn(probeFailuresCheck, 'readiness-previous-run')).toEqual([]);
  });
});

describe('probe-failures: liveness and startup', () => {
  it('warns about liveness restarts of a container that is running again, with logs --previous', () => {
    const { finding, en } = one('liveness-restarts');
    expect(finding.code).toBe('probe-failures.liveness');
    expect(finding.cause.params).toEqual({ container: 'app', restarts: 3 });
    expect(en).toContain('initialDelaySeconds=10');
    expect(en).toContain('did not answer within timeoutSeconds=1');
    expect(finding.commands).toContain('kubectl logs api-6f8d9b7c4d-q7w2e -c app -n shop --previous');
  });

  it('explains a failing startup probe', () => {
    const { finding, en } = one('startup');
    expect(finding.code).toBe('probe-failures.startup');
    expect(en).toContain('failureThreshold=30');
    expect(en).toContain('HTTP 500');
  });
});

describe('probe-failures: not reported', () => {
  it('skips ready containers, CrashLoopBackOff (crash-loops owns it) and events it cannot attribute to one container', () => {
    expect(runOn(probeFailuresCheck, 'not-reported')).toEqual([]);
  });
});
