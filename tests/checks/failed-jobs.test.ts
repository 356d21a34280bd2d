import { describe, expect, it } from 'vitest';
import { failedJobsCheck as check } from '../../checks/failed-jobs.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';

const run = (files: string[], hidden?: KindName[]) => runCheck(check, snapshotOf('failed-jobs', files, { hidden }));

describe('failed-jobs', () => {
  it('explains a backoff-limit failure with each failed pod and its exit code, newest first', () => {
    const f = findingFor(run(['backoff-limit.json']), 'Job', 'db-migrate');
    expect(f.code).toBe('failed-jobs.backoff-limit');
    expect(f.severity).toBe('error');
    expect(f.cause.params).toMatchObject({ failed: 4, backoffLimit: 3 });
    const lines = (f.details ?? []).map((d) => d.params);
    expect(lines[0]).toMatchObject({ pod: 'db-migrate-t2w6r', container: 'app', exitCode: 3, reason: 'Error' });
    expect(lines).toHaveLength(4);
    expect(f.related).toHaveLength(4);
    expect(f.commands).toContain('kubectl logs db-migrate-t2w6r -n shop');
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'event',
        reason: 'BackoffLimitExceeded',
        text: 'Job has reached the specified backoff limit',
      }),
    );
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        reason: 'Failed',
        text: 'BackoffLimitExceeded: Job has reached the specified backoff limit',
      }),
    );
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'status',
        text: 'container app: terminated Error exitCode=3',
        about: { kind: 'Pod', name: 'db-migrate-t2w6r', namespace: 'shop' },
      }),
    );
    expect(f.lastSeen).toBe('2025-11-24T09:20:00Z');
    expect(text(f, 'ko')).toContain('backoff limit 3');
  });

  it('says the failed pods are gone after a deadline failure, and which deadline', () => {
    const f = findingFor(run(['deadline.json']), 'Job', 'export');
    expect(f.code).toBe('failed-jobs.deadline');
    expect(f.cause.params).toMatchObject({ deadline: 300 });
    expect(text(f)).toContain('The 1 failed pods no longer exist');
    expect(f.evidence.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['DeadlineExceeded', 'SuccessfulDelete', 'Failed']),
    );
  });

  it('quotes the podFailurePolicy rule that failed the Job', () => {
    const f = findingFor(run(['pod-failure-policy.json']), 'Job', 'train');
    expect(f.code).toBe('failed-jobs.pod-failure-policy');
    expect(text(f)).toContain(
      'Container app for pod shop/train-7xk2q failed with exit code 42 matching FailJob rule at index 0',
    );
    expect(text(f)).toContain('exited with code 42');
  });

  it('does not claim exit codes when pods are forbidden', () => {
    const f = findingFor(run(['backoff-limit.json'], ['pods']), 'Job', 'db-migrate');
    expect(f.code).toBe('failed-jobs.backoff-limit');
    expect(text(f)).toContain('Pods are not visible to you (forbidden)');
    expect(text(f)).not.toContain('The 4 failed pods no longer exist');
    expect(f.related).toBeUndefined();
  });

  it('groups the failed runs of a CronJob and lowers the severity when a later run succeeded', () => {
    const findings = run(['cronjob.json']);
    expect(findings).toHaveLength(2);
    const report = findingFor(findings, 'Job', 'report-29391060');
    expect(report.owner).toEqual({ kind: 'CronJob', name: 'report', namespace: 'shop' });
    expect(report.severity).toBe('error');
    expect(text(report)).toContain('2 runs of CronJob report failed: report-29391060, report-29391000.');
    expect(text(report)).toContain('exited with code 137');
    expect(report.related).toContainEqual({ kind: 'Job', name: 'report-29391000', namespace: 'shop' });
    expect(report.commands).toContain('kubectl describe cronjob report -n shop');
    const cleanup = findingFor(findings, 'Job', 'cleanup-29391000');
    expect(cleanup.severity).toBe('warning');
    expect(text(cleanup)).toContain('A later run, Job cleanup-29391060, succeeded');
  });

  it('reports suspended Jobs as info, Jobs past their deadline and Jobs that keep failing as warnings', () => {
    const findings = run(['running.json']);
    const suspended = findingFor(findings, 'Job', 'backfill');
    expect(suspended).toMatchObject({ code: 'failed-jobs.suspended', severity: 'info' });
    const sync = findingFor(findings, 'Job', 'sync');
    expect(sync).toMatchObject({ code: 'failed-jobs.past-deadline', severity: 'warning' });
    expect(sync.cause.params).toMatchObject({ deadline: 60, runningFor: 2700 });
    expect(text(sync)).toContain('Pod sync-5k2m9: Terminating');
    const index = findingFor(findings, 'Job', 'index');
    expect(index).toMatchObject({ code: 'failed-jobs.retrying', severity: 'warning' });
    expect(index.cause.params).toMatchObject({ failed: 2, backoffLimit: 6 });
    expect(findings).toHaveLength(3);
  });

  it('never reports completed Jobs, their Succeeded pods, or a Job running normally', () => {
    expect(run(['healthy.json'])).toEqual([]);
  });
});
