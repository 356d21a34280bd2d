import { describe, expect, it } from 'vitest';
import { failedJobsCheck as check } from '../../checks/failed-jobs.ts';
import type { KindName } from '../../lib/doctor/snapshot.ts';
import { findingFor, runCheck, snapshotOf, text } from './workload-fixture.ts';
import { render } from '../../lib/i18n/index.ts';

const run = (files: string[], hidden?: KindName[]) => runCheck(check, snapshotOf('failed-jobs', files, { hidden }));

describe('failed-jobs', () => {
  it('explains a backoff-limit failure with each failed pod and its exit code, newest first', () => {
    const f = findingFor(run(['backoff-limit.json']), 'Job', 'db-migrate');
    expect(f.code).toBe('failed-jobs.backoff-limit');
    expect(f.severity).toBe('error');
    // Why the container failed leads (no termination message here); why Kubernetes stopped follows.
    expect(f.cause).toEqual({
      key: 'check.failed-jobs.cause.failed-exit',
      params: { name: 'db-migrate', pod: 'db-migrate-t2w6r', container: 'app', exitCode: 3, reason: 'Error' },
    });
    expect(f.remedy[0]?.key).toBe('check.failed-jobs.remedy.read-logs');
    const lines = (f.details ?? []).map((d) => d.params);
    expect(lines[0]).toMatchObject({ failed: 4, backoffLimit: 3 });
    expect(lines[1]).toMatchObject({ pod: 'db-migrate-t2w6r', container: 'app', exitCode: 3, reason: 'Error' });
    expect(lines).toHaveLength(5);
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
    expect(index.cause).toMatchObject({
      key: 'check.failed-jobs.cause.retrying-exit',
      params: { pod: 'index-k9j8h', container: 'app', exitCode: 1 },
    });
    expect(index.details?.[0]?.params).toMatchObject({ failed: 2, backoffLimit: 6 });
    expect(findings).toHaveLength(3);
  });

  // state.terminated.message is what the program wrote to terminationMessagePath, or with
  // FallbackToLogsOnError the tail of its log (pkg/kubelet/kuberuntime/kuberuntime_container.go, v1.28).
  it("leads with the container's termination message, exit code and reason, sanitised and kept short", () => {
    const f = findingFor(run(['termination-message.json']), 'Job', 'migrate');
    expect(f.code).toBe('failed-jobs.backoff-limit');
    expect(render('en', f.cause)).toBe(
      'Job migrate failed: container app of its last pod migrate-w9c3v exited with code 2 (Error), saying: psql: error: connection to server at "db.shop.svc.cluster.local" (10.100.12.7), port 5432 failed: FATAL: password authentication failed for user "app"',
    );
    expect(render('en', f.details![0]!)).toBe(
      'Job migrate failed: its pods failed 3 times, reaching the backoff limit of 2, so Kubernetes stopped retrying.',
    );
    expect(f.remedy[0]?.key).toBe('check.failed-jobs.remedy.fix-from-message');
    // A message with terminal colours reaches no renderer with its escape sequences.
    const oldest = (f.details ?? []).find((d) => d.params?.pod === 'migrate-h7x2k');
    expect(oldest?.params?.message).toBe('FATAL password authentication failed for user "app"');
    expect(JSON.stringify(f.details)).not.toContain('\\u001b');
    expect(f.related).toHaveLength(3);
    expect(text(f, 'ko')).toContain('password authentication failed');
  });

  it("names a CronJob's last failed Job and that Job's cause, from a FallbackToLogsOnError log tail", () => {
    const findings = run(['termination-message.json']);
    const cron = findings.filter((f) => f.owner?.kind === 'CronJob');
    expect(cron).toHaveLength(1);
    const f = cron[0]!;
    expect(f.object).toEqual({ kind: 'Job', name: 'nightly-export-29392460', namespace: 'shop' });
    expect(f.owner).toEqual({ kind: 'CronJob', name: 'nightly-export', namespace: 'shop' });
    expect(f.cause.key).toBe('check.failed-jobs.cause.failed-exit-message');
    expect(f.cause.params?.message).toBe(
      'Traceback (most recent call last): / … / botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    );
    expect(text(f)).toContain(
      '2 runs of CronJob nightly-export failed: nightly-export-29392460, nightly-export-29391020.',
    );
    // CronJob -> Job -> Pod: the pod of the last run and the earlier failed run are linked.
    expect(f.related).toEqual(
      expect.arrayContaining([
        { kind: 'Pod', name: 'nightly-export-29392460-z8d4s', namespace: 'shop' },
        { kind: 'Job', name: 'nightly-export-29391020', namespace: 'shop' },
      ]),
    );
  });

  it('never reports completed Jobs, their Succeeded pods, or a Job running normally', () => {
    expect(run(['healthy.json'])).toEqual([]);
  });
});
