import type { Evidence, Finding, FindingParts, ObjectRef, Severity } from '../../lib/doctor/finding.ts';
import { seenRange } from '../../lib/doctor/finding-time.ts';
import { eventEvidence, type EventGroup, type SnapshotIndex } from '../../lib/doctor/snapshot-index.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';
import type { EndpointSlice, Pod, Service } from '../../lib/doctor/wire.ts';
import type { Message } from '../../lib/i18n/index.ts';

/** What every finding about one Service shares. */
export interface ServiceContext {
  snapshot: Snapshot;
  index: SnapshotIndex;
  service: Service;
  ref: ObjectRef;
  events: EventGroup[];
  /** The Service's EndpointSlices, or undefined when EndpointSlices are not visible. */
  slices: EndpointSlice[] | undefined;
  /** Pods of the namespace that can serve traffic: not finished, not being deleted. */
  livePods: Pod[];
}

/** Builds a finding about a Service with its events, selector and EndpointSlices quoted as evidence. */
export function serviceFinding(
  ctx: ServiceContext,
  code: string,
  severity: Severity,
  cause: Message,
  parts: FindingParts,
): Finding {
  const { ref, service } = ctx;
  const selector = selectorText(service.spec?.selector);
  const evidence: Evidence[] = [
    ...eventEvidence(ctx.events),
    ...(selector ? [{ source: 'spec' as const, text: `selector: ${selector}` }] : []),
    ...sliceEvidence(ctx.slices ?? []),
    ...(parts.evidence ?? []),
  ];
  return {
    code: `service-endpoints.${code}`,
    check: 'service-endpoints',
    severity,
    object: ref,
    cause,
    ...(parts.details?.length ? { details: parts.details } : {}),
    remedy: parts.remedy,
    commands: [`kubectl describe service ${ref.name} -n ${ref.namespace}`, ...(parts.commands ?? [])],
    evidence,
    concept: parts.concept,
    ...(parts.related?.length ? { related: parts.related } : {}),
    ...seenRange(ctx.events, service.metadata?.creationTimestamp),
  };
}

/** "app=cart,tier=web" as kubectl -l takes it. */
export function selectorText(selector: Record<string, string> | undefined): string {
  return Object.entries(selector ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function sliceEvidence(slices: readonly EndpointSlice[]): Evidence[] {
  return slices.map((slice) => {
    const endpoints = slice.endpoints ?? [];
    const parts = endpoints.map((e) => {
      const who = e.targetRef?.name ? ` (${e.targetRef.kind ?? 'Pod'} ${e.targetRef.name})` : '';
      const c = e.conditions ?? {};
      return `${(e.addresses ?? []).join(',')}${who} ready=${c.ready ?? 'unknown'} serving=${c.serving ?? 'unknown'} terminating=${c.terminating ?? 'unknown'}`;
    });
    return {
      source: 'object' as const,
      text: parts.length ? parts.join('; ') : 'no endpoints',
      about: { kind: 'EndpointSlice', name: slice.metadata?.name ?? '', namespace: slice.metadata?.namespace },
    };
  });
}
