import type { Finding } from '../../lib/doctor/finding.ts';
import { parseSchedulerMessage } from '../../lib/doctor/scheduler-message.ts';
import { eventEvidence } from '../../lib/doctor/snapshot-index.ts';
import type { Pod } from '../../lib/doctor/wire.ts';
import { msg, type Message } from '../../lib/i18n/index.ts';
import { claimFinding, type ClaimContext } from './claim-finding.ts';

/**
 * A WaitForFirstConsumer claim whose pod is not scheduled: the claim is waiting on the pod,
 * so the finding points at the pod and says briefly, in the scheduler's words, why it waits.
 */
export function consumerNotScheduled(ctx: ClaimContext, pod: Pod, extraDetails: Message[]): Finding {
  const podRef = { kind: 'Pod', name: pod.metadata?.name ?? '', namespace: ctx.ref.namespace };
  const podEvents = ctx.index.eventsFor(podRef).filter((g) => g.reason === 'FailedScheduling');
  const condition = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
  const said = podEvents[0]?.message ?? condition?.message;
  const details: Message[] = [
    said
      ? msg('check.unbound-pvcs.detail.schedulerSays', { pod: podRef.name, reasons: briefReasons(said) })
      : msg('check.unbound-pvcs.detail.podNotScheduledYet', { pod: podRef.name }),
    ...extraDetails,
  ];
  const evidence = [
    ...eventEvidence(podEvents, podRef),
    ...(condition?.message && !podEvents.length
      ? [{ source: 'condition' as const, reason: 'PodScheduled', text: condition.message, about: podRef }]
      : []),
  ];
  return claimFinding(
    ctx,
    'consumer-not-scheduled',
    'warning',
    msg('check.unbound-pvcs.cause.consumerNotScheduled', { pod: podRef.name }),
    {
      details,
      remedy: [msg('check.unbound-pvcs.remedy.fixConsumer', { pod: podRef.name })],
      commands: [`kubectl describe pod ${podRef.name} -n ${podRef.namespace}`],
      evidence,
      concept: 'volume-binding-mode',
      related: [podRef],
      // WaitForFirstConsumer: the claim waits for its pod, so the pod's problem explains the claim's.
      dependsOn: [podRef],
    },
  );
}

/** "2 Insufficient cpu; 1 node(s) had untolerated taint(s)" from a scheduler message, or the raw text. */
function briefReasons(message: string): string {
  const parsed = parseSchedulerMessage(message);
  if (!parsed) return message;
  const parts = [
    ...(parsed.preFilter ? [parsed.preFilter.text] : []),
    ...parsed.reasons.map((r) => (r.count === null ? r.text : `${r.count} ${r.text}`)),
  ];
  if (parsed.noNodes) return message;
  return parts.length ? parts.join('; ') : message;
}
