import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, ObjectRef, Severity } from '../lib/doctor/finding.ts';
import { eventEvidence, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { Job, Pod } from '../lib/doctor/wire.ts';
import { describeProblem, podProblem } from '../lib/doctor/workloads/pod-problem.ts';
import { controllerRef, podsControlledBy, refOf } from '../lib/doctor/workload-owner.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import { lastWords } from '../lib/doctor/untrusted-text.ts';

const MAX_POD_LINES = 5;

export const failedJobsCheck: Check = {
  id: 'failed-jobs',
  title: 'check.failed-jobs.title',
  needs: ['jobs', 'pods', 'events'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    const now = Date.parse(snapshot.takenAt);
    for (const job of snapshot.jobs) {
      const finding = judge(job, snapshot, index, now);
      if (finding) findings.push(finding);
    }
    return groupCronJobRuns(findings, snapshot);
  },
};

function condition(job: Job, type: string) {
  return job.status?.conditions?.find((c) => c.type === type && c.status === 'True');
}

function judge(job: Job, snapshot: Snapshot, index: SnapshotIndex, now: number): Finding | undefined {
  if (condition(job, 'Complete') || condition(job, 'SuccessCriteriaMet')) return undefined;
  const object = refOf('Job', job);
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const owner = cronJobOf(job);
  const failed = condition(job, 'Failed') ?? condition(job, 'FailureTarget');
  const pods = podsControlledBy(snapshot, job.metadata?.uid);
  const failedPods = pods.filter((p) => p.status?.phase === 'Failed');
  const events = index.eventsFor(object);
  const evidence: Evidence[] = eventEvidence(events);
  const backoffLimit = job.spec?.backoffLimit ?? 6;
  const failedCount = job.status?.failed ?? 0;
  const base = { check: 'failed-jobs', object, ...(owner ? { owner } : {}), concept: 'jobs' as const };
  const commands = [`kubectl describe job ${object.name} -n ${namespace}`];

  if (failed) {
    evidence.push({
      source: 'condition',
      reason: failed.type,
      text: `${failed.reason ?? ''}: ${failed.message ?? ''}`,
      lastSeen: failed.lastTransitionTime,
    });
    const reason = failed.reason ?? '';
    const code =
      reason === 'BackoffLimitExceeded'
        ? 'backoff-limit'
        : reason === 'DeadlineExceeded'
          ? 'deadline'
          : reason === 'PodFailurePolicy'
            ? 'pod-failure-policy'
            : reason === 'MaxFailedIndexesExceeded' || reason === 'FailedIndexes'
              ? 'failed-indexes'
              : 'failed';
    const params = {
      name: object.name,
      failed: failedCount,
      backoffLimit,
      deadline: job.spec?.activeDeadlineSeconds ?? 0,
      reason,
      message: failed.message ?? '',
    };
    const details: Message[] = [...podLines(failedPods)];
    if (failedPods.length === 0 && snapshot.visibility.pods.visible && failedCount > 0)
      details.push(msg('check.failed-jobs.detail.pods-gone', { failed: failedCount }));
    if (!snapshot.visibility.pods.visible)
      details.push(
        msg('check.failed-jobs.detail.pods-not-visible', { reason: snapshot.visibility.pods.reason ?? 'error' }),
      );
    const lastPod = newest(failedPods);
    if (lastPod) commands.push(`kubectl logs ${lastPod.metadata?.name} -n ${namespace}`);
    commands.push(`kubectl get pods -n ${namespace} -l job-name=${object.name}`);
    const jobCause = msg(`check.failed-jobs.cause.${code}`, params);
    // Why the container failed leads; why Kubernetes gave up follows. A deadline is its own cause.
    const exit = code === 'deadline' ? undefined : exitCause(object.name, lastPod, 'failed');
    if (exit) details.unshift(jobCause);
    return {
      ...base,
      code: `failed-jobs.${code}`,
      severity: 'error',
      cause: exit?.cause ?? jobCause,
      details,
      remedy: [
        msg(
          code === 'deadline'
            ? 'check.failed-jobs.remedy.deadline'
            : exit?.hasMessage
              ? 'check.failed-jobs.remedy.fix-from-message'
              : 'check.failed-jobs.remedy.read-logs',
        ),
        msg('check.failed-jobs.remedy.rerun'),
      ],
      commands,
      evidence: [...evidence, ...exitEvidence(failedPods)],
      ...(failedPods.length ? { related: failedPods.map((p) => refOf('Pod', p)) } : {}),
      firstSeen: job.status?.startTime,
      lastSeen: failed.lastTransitionTime,
    };
  }

  const suspended = condition(job, 'Suspended');
  if (job.spec?.suspend || suspended) {
    if (suspended)
      evidence.push({
        source: 'condition',
        reason: 'Suspended',
        text: `${suspended.reason ?? ''}: ${suspended.message ?? ''}`,
        lastSeen: suspended.lastTransitionTime,
      });
    return {
      ...base,
      code: 'failed-jobs.suspended',
      severity: 'info',
      cause: msg('check.failed-jobs.cause.suspended', { name: object.name }),
      details: [],
      remedy: [msg(owner ? 'check.failed-jobs.remedy.resume-cron' : 'check.failed-jobs.remedy.resume')],
      commands: [
        ...commands,
        `kubectl patch job ${object.name} -n ${namespace} --type=merge -p '{"spec":{"suspend":false}}'`,
      ],
      evidence,
      firstSeen: suspended?.lastTransitionTime,
    };
  }

  const start = Date.parse(job.status?.startTime ?? '');
  const deadline = job.spec?.activeDeadlineSeconds;
  if (deadline !== undefined && Number.isFinite(start) && now - start > deadline * 1000) {
    const runningFor = Math.round((now - start) / 1000);
    return {
      ...base,
      code: 'failed-jobs.past-deadline',
      severity: 'warning',
      cause: msg('check.failed-jobs.cause.past-deadline', { name: object.name, deadline, runningFor }),
      details: podLines(pods.filter((p) => p.status?.phase !== 'Succeeded')),
      remedy: [msg('check.failed-jobs.remedy.past-deadline')],
      commands: [...commands, `kubectl get pods -n ${namespace} -l job-name=${object.name}`],
      evidence,
      firstSeen: job.status?.startTime,
    };
  }

  if (failedCount > 0) {
    const severity: Severity = 'warning';
    const retrying = msg('check.failed-jobs.cause.retrying', { name: object.name, failed: failedCount, backoffLimit });
    const exit = exitCause(object.name, newest(failedPods), 'retrying');
    return {
      ...base,
      code: 'failed-jobs.retrying',
      severity,
      cause: exit?.cause ?? retrying,
      details: [...(exit ? [retrying] : []), ...podLines(failedPods)],
      remedy: [
        msg(exit?.hasMessage ? 'check.failed-jobs.remedy.fix-from-message' : 'check.failed-jobs.remedy.read-logs'),
      ],
      commands: [
        ...commands,
        ...(newest(failedPods) ? [`kubectl logs ${newest(failedPods)!.metadata?.name} -n ${namespace}`] : []),
      ],
      evidence: [...evidence, ...exitEvidence(failedPods)],
      ...(failedPods.length ? { related: failedPods.map((p) => refOf('Pod', p)) } : {}),
      firstSeen: job.status?.startTime,
    };
  }
  return undefined;
}

function cronJobOf(job: Job): ObjectRef | undefined {
  const ref = controllerRef(job);
  return ref?.kind === 'CronJob' ? { kind: 'CronJob', name: ref.name, namespace: job.metadata?.namespace } : undefined;
}

/**
 * The headline from the newest failed pod: its container's exit code and reason, and its termination
 * message (terminationMessagePath, or the log tail with FallbackToLogsOnError) when it left one.
 */
function exitCause(
  job: string,
  pod: Pod | undefined,
  state: 'failed' | 'retrying',
): { cause: Message; hasMessage: boolean } | undefined {
  const t = pod ? terminatedOf(pod) : undefined;
  if (!pod || !t) return undefined;
  const params = {
    name: job,
    pod: pod.metadata?.name ?? '',
    container: t.container,
    exitCode: t.exitCode,
    reason: t.reason ?? 'Error',
  };
  const message = t.message ? lastWords(t.message) : '';
  if (message)
    return {
      cause: msg(`check.failed-jobs.cause.${state}-exit-message`, { ...params, message }),
      hasMessage: true,
    };
  return { cause: msg(`check.failed-jobs.cause.${state}-exit`, params), hasMessage: false };
}

/** One line per failed pod with its exit code and reason, newest first. */
function podLines(pods: readonly Pod[]): Message[] {
  const sorted = [...pods].sort((a, b) => finishedAt(b).localeCompare(finishedAt(a)));
  const lines: Message[] = sorted.slice(0, MAX_POD_LINES).map((pod) => {
    const t = terminatedOf(pod);
    if (t?.exitCode !== undefined) {
      const said = t.message ? lastWords(t.message) : '';
      if (said)
        return msg('check.failed-jobs.detail.pod-exit-message', {
          pod: pod.metadata?.name ?? '',
          container: t.container,
          exitCode: t.exitCode,
          reason: t.reason ?? pod.status?.reason ?? 'Error',
          message: said,
        });
      return msg('check.failed-jobs.detail.pod-exit', {
        pod: pod.metadata?.name ?? '',
        container: t.container,
        exitCode: t.exitCode,
        reason: t.reason ?? pod.status?.reason ?? 'Error',
      });
    }
    const problem = podProblem(pod);
    const reason = problem ? describeProblem(problem) : (pod.status?.reason ?? pod.status?.phase ?? 'Unknown');
    const message = problem?.message ?? pod.status?.message;
    return msg('check.failed-jobs.detail.pod-reason', {
      pod: pod.metadata?.name ?? '',
      reason: message ? `${reason}: ${message}` : reason,
    });
  });
  if (sorted.length > MAX_POD_LINES)
    lines.push(msg('check.failed-jobs.detail.more-pods', { count: sorted.length - MAX_POD_LINES }));
  return lines;
}

function terminatedOf(
  pod: Pod,
): { container: string; exitCode: number; reason?: string; message?: string; finishedAt?: string } | undefined {
  for (const c of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) {
    const t = c.state?.terminated ?? c.lastState?.terminated;
    if (t && t.exitCode !== 0)
      return {
        container: c.name,
        exitCode: t.exitCode,
        reason: t.reason,
        message: t.message,
        finishedAt: t.finishedAt,
      };
  }
  return undefined;
}

function finishedAt(pod: Pod): string {
  return terminatedOf(pod)?.finishedAt ?? pod.metadata?.creationTimestamp ?? '';
}

function newest(pods: readonly Pod[]): Pod | undefined {
  return [...pods].sort((a, b) => finishedAt(b).localeCompare(finishedAt(a)))[0];
}

function exitEvidence(pods: readonly Pod[]): Evidence[] {
  return pods.flatMap((pod): Evidence[] => {
    const t = terminatedOf(pod);
    const about = refOf('Pod', pod);
    if (t)
      return [
        {
          source: 'status',
          reason: t.reason,
          text: `container ${t.container}: terminated ${t.reason ?? ''} exitCode=${t.exitCode}${t.message ? `: ${t.message}` : ''}`,
          lastSeen: t.finishedAt,
          about,
        },
      ];
    if (pod.status?.reason)
      return [{ source: 'status', reason: pod.status.reason, text: pod.status.message ?? pod.status.reason, about }];
    return [];
  });
}

/**
 * A CronJob's failed runs become one finding about its newest failed Job; when a newer run of
 * the same CronJob succeeded since, the failure is history and drops to a warning.
 */
function groupCronJobRuns(findings: Finding[], snapshot: Snapshot): Finding[] {
  const out: Finding[] = [];
  const byCron = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.owner?.kind === 'CronJob' && f.severity === 'error') {
      const key = `${f.owner.namespace}/${f.owner.name}`;
      byCron.set(key, [...(byCron.get(key) ?? []), f]);
    } else out.push(f);
  }
  if (byCron.size === 0) return out;
  // Jobs by CronJob and by name in one pass, not a scan of every Job per CronJob.
  const jobsOfCron = new Map<string, Job[]>();
  const jobByName = new Map<string | undefined, Job>();
  for (const j of snapshot.jobs) {
    const r = controllerRef(j);
    if (r?.kind === 'CronJob') {
      const key = JSON.stringify([j.metadata?.namespace, r.name]);
      const list = jobsOfCron.get(key);
      if (list) list.push(j);
      else jobsOfCron.set(key, [j]);
    }
    if (!jobByName.has(j.metadata?.name)) jobByName.set(j.metadata?.name, j);
  }
  for (const runs of byCron.values()) {
    runs.sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
    const latest = runs[0]!;
    const cron = latest.owner!;
    const siblings = jobsOfCron.get(JSON.stringify([cron.namespace, cron.name])) ?? [];
    const latestStart = jobByName.get(latest.object.name)?.status?.startTime ?? '';
    const recovered = siblings.find((j) => condition(j, 'Complete') && (j.status?.startTime ?? '') > latestStart);
    const details = [...(latest.details ?? [])];
    if (runs.length > 1)
      details.unshift(
        msg('check.failed-jobs.detail.cron-runs', {
          count: runs.length,
          cronJob: cron.name,
          jobs: runs.map((r) => r.object.name).join(', '),
        }),
      );
    if (recovered)
      details.unshift(msg('check.failed-jobs.detail.cron-recovered', { job: recovered.metadata?.name ?? '' }));
    out.push({
      ...latest,
      severity: recovered ? 'warning' : 'error',
      details,
      related: [...(latest.related ?? []), ...runs.slice(1).map((r) => r.object)],
      firstSeen: runs.at(-1)?.firstSeen ?? latest.firstSeen,
      commands: [...(latest.commands ?? []), `kubectl describe cronjob ${cron.name} -n ${cron.namespace}`],
    });
  }
  return out;
}
