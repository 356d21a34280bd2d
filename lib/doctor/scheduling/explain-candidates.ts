import { msg, type Message } from '../../i18n/index.ts';
import { formatResource } from '../../kube/quantity.ts';
import type { ConceptId } from '../concepts.ts';
import type { ParsedSchedulerMessage, SchedulerReason } from '../scheduler-message.ts';
import { isCandidate, judgeNodes, unexplainedReasons, type Blocker, type NodeVerdict } from './candidate-nodes.ts';
import { explainCordoned, explainNodeSelector } from './explain-labels.ts';
import { explainInsufficient, explainTooManyPods } from './explain-resources.ts';
import { explainTaints, taintNote } from './explain-taints.ts';
import { explainVolumeZone, nodeZone } from './explain-volumes.ts';
import { addCommand, addNodeFact, addOnce, addRelated, type PendingContext } from './explanation.ts';
import { formatTaint } from './taint-toleration.ts';

/** What the finding leads with: its code suffix, cause sentence and concept. */
export interface Lead {
  code: string;
  cause: Message;
  severity: 'error';
  concept?: ConceptId;
}

/** Explains one scheduler reason on the given context (the check's own per-reason explainer). */
export type ReasonExplainer = (
  ctx: PendingContext,
  reason: SchedulerReason,
) => Lead | { code: string; cause: Message; severity: string; concept?: ConceptId };

const NAMES_IN_LINE = 4;

/**
 * Leads with what the pod's own rules make of the visible nodes: when no node matches them, the rule
 * that no node meets (label, taint, volume zone); else what blocks each node the pod may use. Returns
 * undefined when it finds nothing to say, and the caller falls back to the scheduler's reasons.
 */
export function explainByIntent(
  ctx: PendingContext,
  parsed: ParsedSchedulerMessage,
  explainReason: ReasonExplainer,
  reasonLine: (reason: SchedulerReason) => Message | undefined,
): Lead | undefined {
  const verdicts = judgeNodes(ctx.pod, ctx.nodes, ctx.snapshot, ctx.index);
  const candidates = verdicts.filter(isCandidate);
  // The scheduler's count lines, less what the ruled-out nodes account for: those get one line per rule below.
  const ruledOut = verdicts.filter((v) => !isCandidate(v));
  for (const reason of unexplainedReasons(parsed.reasons, ruledOut, ctx.pod)) {
    const line = reasonLine(reason);
    if (line) addOnce(ctx.out.details, line);
  }
  describeRuledOut(ctx, verdicts);
  if (candidates.length === 0) return explainNoCandidate(ctx, verdicts);
  if (verdicts.some((v) => v.volumeConflicts.length > 0)) explainVolumeZone(ctx);
  if (candidates.length < verdicts.length)
    addOnce(
      ctx.out.details,
      msg('check.pending-pods.detail.candidates', {
        count: candidates.length,
        total: verdicts.length,
        nodes: nameList(candidates.map((v) => v.name)),
      }),
    );

  const candCtx: PendingContext = { ...ctx, nodes: candidates.map((v) => v.node) };
  const parts: { lead: Lead; nodes: number; text: string }[] = [];
  for (const group of groupBlockers(candidates)) parts.push(explainGroup(candCtx, group));
  // A node the doctor found nothing wrong with: the scheduler saw what the snapshot lacks (pods of other namespaces).
  if (candidates.some((v) => v.blockers.length === 0)) {
    for (const reason of unexplainedReasons(parsed.reasons, verdicts, ctx.pod)) {
      const lead = explainReason(candCtx, reason) as Lead;
      parts.push({ lead, nodes: reason.count ?? 0, text: `${reason.count ?? 0} node(s): ${reason.text}` });
    }
  }
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0]!.lead;
  const first = [...parts].sort((a, b) => b.nodes - a.nodes)[0]!;
  return {
    ...first.lead,
    cause: msg('check.pending-pods.cause.several', {
      count: candidates.length,
      causes: parts.map((p) => p.text).join('; '),
    }),
  };
}

interface Group {
  key: string;
  blockers: Blocker[];
  nodes: string[];
  verdicts: NodeVerdict[];
}

/** Candidate nodes grouped by blocker kind (and resource), most nodes first. */
function groupBlockers(candidates: readonly NodeVerdict[]): Group[] {
  const groups = new Map<string, Group>();
  for (const v of candidates) {
    for (const b of v.blockers) {
      const key = b.kind === 'insufficient' ? `insufficient:${b.resource}` : b.kind;
      const group = groups.get(key) ?? { key, blockers: [], nodes: [], verdicts: [] };
      group.blockers.push(b);
      group.nodes.push(v.name);
      group.verdicts.push(v);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.nodes.length - a.nodes.length);
}

function explainGroup(all: PendingContext, group: Group): { lead: Lead; nodes: number; text: string } {
  // Each explainer speaks of this group's nodes only: a node that is down is not "short of cpu".
  const ctx: PendingContext = { ...all, nodes: group.verdicts.map((v) => v.node) };
  const nodes = nameList(group.nodes);
  const count = group.nodes.length;
  const b = group.blockers[0]!;
  switch (b.kind) {
    case 'insufficient': {
      const all = group.blockers.filter(
        (x): x is Extract<Blocker, { kind: 'insufficient' }> => x.kind === 'insufficient',
      );
      const fmt = (v: number) => formatResource(b.resource, Math.max(0, v));
      const free = Math.max(...all.map((x) => x.free));
      const largest = Math.max(...all.map((x) => x.allocatable));
      explainInsufficient(ctx, {
        count,
        text: `Insufficient ${b.resource}`,
        code: 'insufficient-resource',
        resource: b.resource,
      });
      const cause =
        b.request > largest
          ? msg('check.pending-pods.cause.candidates-too-big', {
              request: fmt(b.request),
              resource: b.resource,
              largest: fmt(largest),
            })
          : msg('check.pending-pods.cause.candidates-insufficient', {
              nodes,
              resource: b.resource,
              request: fmt(b.request),
              free: fmt(free),
            });
      return {
        lead: { code: 'insufficient-resources', cause, severity: 'error', concept: 'scheduling-resources' },
        nodes: count,
        text: `Insufficient ${b.resource} (requests ${fmt(b.request)}, at most ${fmt(free)} free): ${nodes}`,
      };
    }
    case 'too-many-pods': {
      explainTooManyPods(ctx);
      return {
        lead: {
          code: 'too-many-pods',
          cause: msg('check.pending-pods.cause.candidates-too-many-pods', { nodes }),
          severity: 'error',
          concept: 'pod-capacity',
        },
        nodes: count,
        text: `Too many pods (max-pods ${b.max}): ${nodes}`,
      };
    }
    case 'taint': {
      const taints = unique(group.blockers.flatMap((x) => (x.kind === 'taint' ? x.taints.map(formatTaint) : [])));
      explainTaints(ctx, { count, text: '', code: 'untolerated-taint' });
      return {
        lead: {
          code: 'untolerated-taint',
          cause: msg('check.pending-pods.cause.candidates-taint', { nodes, taints: taints.join(', ') }),
          severity: 'error',
          concept: 'taints-tolerations',
        },
        nodes: count,
        text: `taint ${taints.join(', ')}: ${nodes}`,
      };
    }
    case 'cordoned':
      explainCordoned(ctx);
      return {
        lead: {
          code: 'cordoned',
          cause: msg('check.pending-pods.cause.candidates-cordoned', { nodes }),
          severity: 'error',
          concept: 'cordon',
        },
        nodes: count,
        text: `cordoned: ${nodes}`,
      };
    case 'not-ready': {
      const states = group.nodes.map((name, i) => {
        const x = group.blockers[i] as Extract<Blocker, { kind: 'not-ready' }>;
        const taints = x.taints.map((t) => t.key).join(', ');
        addNodeFact(
          ctx.out,
          name,
          `Ready=${x.status}${taints ? `, taints: ${x.taints.map(formatTaint).join(', ')}` : ''}`,
        );
        addCommand(ctx.out, `kubectl describe node ${name}`);
        // The node-failures finding about this node is the root cause; relate it so the two can be linked.
        addRelated(ctx.out, { kind: 'Node', name });
        return `${name} (Ready=${x.status}${taints ? `, ${taints}` : ''})`;
      });
      explainTaints(ctx, { count, text: '', code: 'untolerated-taint' });
      addOnce(ctx.out.remedy, msg('check.pending-pods.remedy.node-recovers'));
      return {
        lead: {
          code: 'node-not-ready',
          cause: msg('check.pending-pods.cause.candidates-not-ready', { nodes: nameList(states) }),
          severity: 'error',
          concept: 'node-failure',
        },
        nodes: count,
        text: `NotReady: ${nameList(states)}`,
      };
    }
  }
}

/** No node matches the pod's rules: lead with the first rule no node meets (labels, then taints, then volume zone). */
function explainNoCandidate(ctx: PendingContext, verdicts: readonly NodeVerdict[]): Lead {
  const labelled = verdicts.filter((v) => v.labelMisses.length === 0);
  if (labelled.length === 0) {
    explainNodeSelector(ctx);
    // The demands that not one node meets are the ones to name; if each is met somewhere, no node meets all.
    const misses = verdicts.map((v) => new Set(v.labelMisses.map((m) => `${m.key} ${m.wants}`)));
    const everywhere = [...(misses[0] ?? [])].filter((m) => misses.every((s) => s.has(m)));
    return {
      code: 'node-selector-mismatch',
      cause: everywhere.length
        ? msg('check.pending-pods.cause.no-node-has-label', { count: verdicts.length, labels: everywhere.join('; ') })
        : msg('check.pending-pods.cause.no-node-has-all-labels', { count: verdicts.length }),
      severity: 'error',
      concept: 'node-affinity',
    };
  }
  const tolerated = labelled.filter((v) => v.foreignTaints.length === 0);
  if (tolerated.length === 0) {
    const taints = explainTaints(
      { ...ctx, nodes: labelled.map((v) => v.node) },
      { count: labelled.length, text: '', code: 'untolerated-taint' },
    );
    const named = taints.map(formatTaint).join(', ');
    return {
      code: 'untolerated-taint',
      cause:
        labelled.length === verdicts.length
          ? msg('check.pending-pods.cause.untolerated-taint', {
              count: labelled.length,
              total: ctx.total,
              taints: named,
            })
          : msg('check.pending-pods.cause.candidates-taint', {
              nodes: nameList(labelled.map((v) => v.name)),
              taints: named,
            }),
      severity: 'error',
      concept: 'taints-tolerations',
    };
  }
  explainVolumeZone({ ...ctx, nodes: tolerated.map((v) => v.node) });
  const conflict = tolerated[0]!.volumeConflicts[0]!;
  const zones = unique(tolerated.map((v) => nodeZone(v.node) ?? '?')).sort();
  const where = { claim: conflict.claim, zone: conflict.zones.join(', ') || '?', zones: zones.join(', ') };
  return {
    code: 'volume-zone-conflict',
    cause: conflict.storageClass
      ? msg('check.pending-pods.cause.class-zone-candidates', { ...where, storageClass: conflict.storageClass })
      : msg('check.pending-pods.cause.volume-zone-candidates', { ...where, volume: conflict.volume }),
    severity: 'error',
    concept: 'volume-zone',
  };
}

/** One line per reason the pod's own rules rule nodes out, so the scheduler's big counts are accounted for. */
function describeRuledOut(ctx: PendingContext, verdicts: readonly NodeVerdict[]): void {
  const byLabel = new Map<string, string[]>();
  const byTaint = new Map<string, string[]>();
  const byVolume = new Map<string, string[]>();
  for (const v of verdicts) {
    // In the scheduler's order (taints before labels), so these lines match its counts.
    if (v.foreignTaints.length > 0) push(byTaint, formatTaint(v.foreignTaints[0]!), v.name);
    else if (v.labelMisses.length > 0) {
      const m = v.labelMisses[0]!;
      push(byLabel, `${m.key} ${m.wants}`, v.name);
    } else if (v.volumeConflicts.length > 0) {
      const c = v.volumeConflicts[0]!;
      push(byVolume, [c.volume, c.zones.join(', '), c.storageClass ?? '', c.claim].join('\0'), v.name);
    }
  }
  for (const [label, nodes] of byLabel)
    addOnce(
      ctx.out.details,
      msg('check.pending-pods.detail.ruled-out-label', { count: nodes.length, label, nodes: nameList(nodes) }),
    );
  for (const [taint, nodes] of byTaint) {
    addOnce(
      ctx.out.details,
      msg('check.pending-pods.detail.ruled-out-taint', { count: nodes.length, taint, nodes: nameList(nodes) }),
    );
    const v = verdicts.find((x) => x.name === nodes[0])!;
    addOnce(ctx.out.details, taintNote(v.foreignTaints[0]!));
  }
  for (const [key, nodes] of byVolume) {
    const [volume, zones, storageClass, claim] = key.split('\0');
    const where = { count: nodes.length, zone: zones || '?', nodes: nameList(nodes) };
    addOnce(
      ctx.out.details,
      storageClass
        ? msg('check.pending-pods.detail.ruled-out-class-zone', { ...where, storageClass, claim: claim! })
        : msg('check.pending-pods.detail.ruled-out-volume', { ...where, volume: volume! }),
    );
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Names in a line: the first few, then how many more. */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_IN_LINE).join(', ');
  return names.length > NAMES_IN_LINE ? `${shown} (+${names.length - NAMES_IN_LINE})` : shown;
}
