import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding, Severity } from '../lib/doctor/finding.ts';
import { eventEvidence, type SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { Deployment, ReplicaSet } from '../lib/doctor/wire.ts';
import { brokenPods, reasonSummary } from '../lib/doctor/workloads/broken-pods.ts';
import { controlledBy, podsControlledBy, refOf } from '../lib/doctor/workload-owner.ts';
import { msg, type Message } from '../lib/i18n/index.ts';

const REVISION = 'deployment.kubernetes.io/revision';
const MAX_POD_LINES = 5;

export const stuckRolloutsCheck: Check = {
  id: 'stuck-rollouts',
  title: 'check.stuck-rollouts.title',
  needs: ['deployments', 'replicaSets', 'pods', 'events'],
  run(snapshot, index) {
    return snapshot.deployments.map((d) => judge(d, snapshot, index)).filter((f): f is Finding => f !== undefined);
  },
};

type Code = 'deadline-exceeded' | 'unavailable' | 'degraded' | 'failing-rollout' | 'paused' | 'in-progress';

function judge(deployment: Deployment, snapshot: Snapshot, index: SnapshotIndex): Finding | undefined {
  const object = refOf('Deployment', deployment);
  const name = object.name;
  const namespace = object.namespace ?? snapshot.namespace ?? '';
  const replicas = deployment.spec?.replicas ?? 1;
  const status = deployment.status ?? {};
  const conditions = status.conditions ?? [];
  const progressing = conditions.find((c) => c.type === 'Progressing');
  const available = conditions.find((c) => c.type === 'Available');
  const paused = deployment.spec?.paused === true;
  if (replicas === 0 && !paused) return undefined;

  const owned = controlledBy(snapshot.replicaSets, deployment.metadata?.uid).sort(
    (a, b) => revisionOf(b) - revisionOf(a),
  );
  const namedInCondition = /ReplicaSet "([^"]+)"/.exec(progressing?.message ?? '')?.[1];
  const newRs = owned.find((rs) => rs.metadata?.name === namedInCondition) ?? owned[0];
  const newRsName = newRs?.metadata?.name ?? namedInCondition;
  const newPods = newRs ? podsControlledBy(snapshot, newRs.metadata?.uid) : [];
  const broken = brokenPods(newPods, snapshot.takenAt);
  const older = owned.filter((rs) => rs !== newRs);
  const serving = older.filter((rs) => (rs.status?.availableReplicas ?? 0) > 0);
  const previous = older[0];

  const updated = status.updatedReplicas ?? 0;
  const availableCount = status.availableReplicas ?? 0;
  const generationSeen = (status.observedGeneration ?? 0) >= (deployment.metadata?.generation ?? 0);
  const deadlineExceeded = progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded';
  const inProgress =
    !deadlineExceeded &&
    (!generationSeen || updated < replicas || availableCount < replicas || (status.replicas ?? 0) > replicas);

  let code: Code | undefined;
  let severity: Severity = 'info';
  if (deadlineExceeded) [code, severity] = ['deadline-exceeded', 'error'];
  else if (available?.status === 'False' && availableCount === 0 && replicas > 0)
    [code, severity] = ['unavailable', 'error'];
  else if (available?.status === 'False') [code, severity] = ['degraded', 'warning'];
  else if (inProgress && broken.lines.length > 0 && !paused) [code, severity] = ['failing-rollout', 'warning'];
  else if (paused) [code, severity] = ['paused', 'info'];
  else if (inProgress) [code, severity] = ['in-progress', 'info'];
  if (!code) return undefined;
  // New pods still coming up (a fresh rollout or a scale-up) are progress, not failure.
  if (broken.starting && (code === 'unavailable' || code === 'degraded' || code === 'failing-rollout'))
    [code, severity] = ['in-progress', 'info'];

  // The Deployment carries its current revision too, for users who cannot list ReplicaSets.
  const revision = newRs ? String(revisionOf(newRs)) : (deployment.metadata?.annotations?.[REVISION] ?? '?');
  const deadline = deployment.spec?.progressDeadlineSeconds ?? 600;
  const causeParams = {
    name,
    replicaSet: newRsName ?? '?',
    revision,
    deadline,
    available: availableCount,
    replicas,
    updated,
  };
  const cause: Message = msg(`check.stuck-rollouts.cause.${code}`, causeParams);

  const details: Message[] = [
    msg('check.stuck-rollouts.detail.progress', { updated, replicas, available: availableCount }),
  ];
  if (paused && code !== 'paused') details.push(msg('check.stuck-rollouts.detail.paused'));
  if (!snapshot.visibility.replicaSets.visible)
    details.push(
      msg('check.stuck-rollouts.detail.replicasets-not-visible', {
        reason: snapshot.visibility.replicaSets.reason ?? 'error',
      }),
    );
  if (!snapshot.visibility.pods.visible)
    details.push(
      msg('check.stuck-rollouts.detail.pods-not-visible', { reason: snapshot.visibility.pods.reason ?? 'error' }),
    );
  if (broken.reasons.length)
    details.push(
      msg('check.stuck-rollouts.detail.pod-summary', {
        replicaSet: newRsName ?? '?',
        summary: reasonSummary(broken.reasons),
      }),
    );
  for (const line of broken.lines.slice(0, MAX_POD_LINES))
    details.push(
      line.node
        ? msg('check.stuck-rollouts.detail.pod', line)
        : msg('check.stuck-rollouts.detail.pod-unscheduled', line),
    );
  if (broken.lines.length > MAX_POD_LINES)
    details.push(msg('check.stuck-rollouts.detail.more-pods', { count: broken.lines.length - MAX_POD_LINES }));
  const createFailure = newRs?.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  if (createFailure) details.push(msg('check.stuck-rollouts.detail.create-failure', { replicaSet: newRsName ?? '?' }));
  else if (newRs && snapshot.visibility.pods.visible && newPods.length === 0 && (newRs.spec?.replicas ?? 0) > 0) {
    details.push(msg('check.stuck-rollouts.detail.no-pods', { replicaSet: newRsName ?? '?' }));
  }
  for (const rs of serving) {
    details.push(
      msg('check.stuck-rollouts.detail.old-serving', {
        replicaSet: rs.metadata?.name ?? '',
        revision: revisionOf(rs),
        available: rs.status?.availableReplicas ?? 0,
      }),
    );
  }

  const rollback =
    (code === 'deadline-exceeded' || code === 'unavailable' || code === 'degraded' || code === 'failing-rollout') &&
    previous;
  const remedy: Message[] = [];
  if (code === 'paused') remedy.push(msg('check.stuck-rollouts.remedy.resume'));
  else if (code === 'in-progress') remedy.push(msg('check.stuck-rollouts.remedy.wait', { deadline }));
  else {
    remedy.push(msg(createFailure ? 'check.stuck-rollouts.remedy.fix-create' : 'check.stuck-rollouts.remedy.fix-pods'));
    if (rollback) {
      const target = serving[0] ?? previous;
      remedy.push(
        msg(
          serving.length ? 'check.stuck-rollouts.remedy.undo-serving' : 'check.stuck-rollouts.remedy.undo-unverified',
          { revision: revisionOf(target) },
        ),
      );
    }
  }

  const commands = [`kubectl rollout status deployment/${name} -n ${namespace}`];
  if (code === 'paused') commands.push(`kubectl rollout resume deployment/${name} -n ${namespace}`);
  const firstBroken = broken.lines[0];
  if (firstBroken && code !== 'paused' && code !== 'in-progress')
    commands.push(`kubectl describe pod ${firstBroken.pod} -n ${namespace}`);
  if (createFailure && newRsName) commands.push(`kubectl describe replicaset ${newRsName} -n ${namespace}`);
  if (rollback) {
    // Plain "rollout undo" goes to the previous revision; name the serving one when it is older.
    const target = serving[0] ?? previous;
    const toRevision = target !== previous ? ` --to-revision=${revisionOf(target)}` : '';
    commands.push(`kubectl rollout history deployment/${name} -n ${namespace}`);
    commands.push(`kubectl rollout undo deployment/${name} -n ${namespace}${toRevision}`);
  }

  const events = index.eventsFor(object);
  const evidence: Evidence[] = eventEvidence(events);
  for (const c of [progressing, available, conditions.find((x) => x.type === 'ReplicaFailure')]) {
    if (c)
      evidence.push({
        source: 'condition',
        reason: c.type,
        text: `${c.status} ${c.reason ?? ''}: ${c.message ?? ''}`.trim(),
        lastSeen: c.lastUpdateTime ?? c.lastTransitionTime,
      });
  }
  if (newRs) evidence.push(...eventEvidence(index.eventsFor(refOf('ReplicaSet', newRs)), refOf('ReplicaSet', newRs)));
  for (const line of broken.lines.slice(0, MAX_POD_LINES)) {
    if (line.message)
      evidence.push({ source: 'status', text: line.message, about: { kind: 'Pod', name: line.pod, namespace } });
  }

  const related = [...(newRs && createFailure ? [refOf('ReplicaSet', newRs)] : []), ...broken.refs];
  const since = deadlineExceeded
    ? progressing?.lastTransitionTime
    : available?.status === 'False'
      ? available.lastTransitionTime
      : progressing?.lastTransitionTime;
  return {
    code: `stuck-rollouts.${code}`,
    check: 'stuck-rollouts',
    severity,
    object,
    cause,
    details,
    remedy,
    commands,
    evidence,
    concept: 'rollout',
    ...(related.length ? { related } : {}),
    firstSeen: since ?? events.at(-1)?.firstSeen,
    lastSeen: events[0]?.lastSeen ?? progressing?.lastUpdateTime ?? since,
  };
}

function revisionOf(rs: ReplicaSet): number {
  return Number(rs.metadata?.annotations?.[REVISION] ?? 0) || 0;
}
