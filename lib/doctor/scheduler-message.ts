/**
 * Parses the scheduler's FailedScheduling message (and the PodScheduled=False condition message)
 * in every wording generation: the "0/N nodes are available:" histogram, PreFilter messages,
 * the preemption tail, the DRA "no new claims to deallocate," note, the old trailing "..",
 * "no nodes available to schedule pods" and PreBind timeouts. Unknown reasons are kept verbatim.
 */

export type SchedulerReasonCode =
  | 'insufficient-resource'
  | 'too-many-pods'
  | 'untolerated-taint'
  | 'node-affinity'
  | 'scheduler-node-affinity'
  | 'unschedulable'
  | 'host-ports'
  | 'node-name'
  | 'pod-affinity'
  | 'pod-anti-affinity'
  | 'existing-anti-affinity'
  | 'topology-spread'
  | 'unbound-immediate-pvc'
  | 'no-available-pv'
  | 'volume-node-affinity'
  | 'not-enough-storage'
  | 'pvc-missing-pv'
  | 'no-available-disk'
  | 'no-volume-zone'
  | 'pvc-not-found'
  | 'prebind-timeout'
  | 'unknown';

export interface SchedulerReason {
  /** How many nodes gave this reason; null for PreFilter/PreBind messages that name no count. */
  count: number | null;
  /** The reason as the scheduler wrote it, verbatim. */
  text: string;
  code: SchedulerReasonCode;
  /** For insufficient-resource: "cpu", "memory", "nvidia.com/gpu"... */
  resource?: string;
  /** For the middle-generation taint wording "had untolerated taint {key: value}". */
  taint?: { key: string; value: string };
  /** For pvc-not-found: the claim name the scheduler quoted. */
  claim?: string;
}

export interface ParsedSchedulerMessage {
  raw: string;
  /** N in "0/N nodes are available"; null when the message does not say. */
  totalNodes: number | null;
  /** True for "no nodes available to schedule pods" and "0/0 nodes are available". */
  noNodes: boolean;
  /** A PreFilter plugin's rejection (applies to every node), e.g. an unbound immediate PVC. */
  preFilter?: SchedulerReason;
  reasons: SchedulerReason[];
  /** The preemption tail: each entry's text is the scheduler's words; code stays 'unknown'. */
  preemption?: { reasons: SchedulerReason[] };
  /** False when the histogram counts did not add up to N and the split is a best effort. */
  countsAddUp: boolean;
}

const ENVELOPE = /^0\/(\d+) nodes are available:?\s*/;
const NO_NODES = /^no nodes available to schedule pods\b/i;
const PREEMPTION = /(?:^|\s)preemption:\s*/;
const DRA_NOTE = /\s*no new claims to deallocate,?\s*$/;

interface Pattern {
  test: RegExp;
  code: SchedulerReasonCode;
}

// Older and newer wordings of the same filter map to one code.
const PATTERNS: Pattern[] = [
  { test: /^Too many pods$/, code: 'too-many-pods' },
  { test: /had taints that the pod didn't tolerate/, code: 'untolerated-taint' },
  { test: /had untolerated taint\(s\)/, code: 'untolerated-taint' },
  { test: /didn't match scheduler-enforced node affinity/, code: 'scheduler-node-affinity' },
  { test: /didn't match Pod's node affinity(\/selector)?|didn't match node selector/, code: 'node-affinity' },
  { test: /were unschedulable/, code: 'unschedulable' },
  { test: /didn't have free ports for the requested pod ports/, code: 'host-ports' },
  { test: /didn't match the requested (node name|hostname)/, code: 'node-name' },
  { test: /didn't satisfy existing pods anti-affinity rules/, code: 'existing-anti-affinity' },
  { test: /didn't match pod anti-affinity rules/, code: 'pod-anti-affinity' },
  { test: /didn't match pod affinity(\/anti-affinity)?( rules)?/, code: 'pod-affinity' },
  { test: /didn't match pod topology spread constraints/, code: 'topology-spread' },
  { test: /pod has unbound immediate PersistentVolumeClaims/, code: 'unbound-immediate-pvc' },
  { test: /didn't find available persistent volumes to bind/, code: 'no-available-pv' },
  {
    test: /had volume node affinity conflict|didn't match PersistentVolume's node affinity/,
    code: 'volume-node-affinity',
  },
  { test: /did not have enough free storage/, code: 'not-enough-storage' },
  { test: /bound to non-existent pv/, code: 'pvc-missing-pv' },
  { test: /had no available disk/, code: 'no-available-disk' },
  { test: /had no available volume zone/, code: 'no-volume-zone' },
];

/** Maps one reason text (without its count) to a code, keeping the text verbatim. */
export function classifySchedulerReason(text: string, count: number | null = null): SchedulerReason {
  const insufficient = /^Insufficient (\S.*)$/.exec(text);
  if (insufficient) return { count, text, code: 'insufficient-resource', resource: insufficient[1]! };
  // Middle generations: "had untolerated taint {key: value}" (1.25+) and, before it,
  // "had taint {key: value}, that the pod didn't tolerate" (1.17-1.24); the value is printed as is.
  const taint =
    /had untolerated taint \{(.*)\}$/s.exec(text) ?? /had taint \{(.*)\}, that the pod didn't tolerate$/s.exec(text);
  if (taint) {
    const body = taint[1]!;
    const at = body.indexOf(':');
    const key = (at < 0 ? body : body.slice(0, at)).trim();
    const value = at < 0 ? '' : body.slice(at + 1).replace(/^ /, '');
    return { count, text, code: 'untolerated-taint', taint: { key, value } };
  }
  const claim = /persistentvolumeclaim "([^"]*)" not found/.exec(text);
  if (claim) return { count, text, code: 'pvc-not-found', claim: claim[1]! };
  if (isPreBindFailure(text)) {
    return { count, text, code: /deadline exceeded|timed out/.test(text) ? 'prebind-timeout' : 'unknown' };
  }
  for (const { test, code } of PATTERNS) if (test.test(text)) return { count, text, code };
  return { count, text, code: 'unknown' };
}

/** Parses a scheduler message; null when the text is not a scheduler message at all. */
export function parseSchedulerMessage(message: string): ParsedSchedulerMessage | null {
  const raw = message;
  const text = message.trim();
  if (NO_NODES.test(text)) return { raw, totalNodes: 0, noNodes: true, reasons: [], countsAddUp: true };

  const envelope = ENVELOPE.exec(text);
  if (!envelope) {
    // Before the PreBind wording, volume binding timeouts surfaced as this bare sentence.
    const bareTimeout = /^timed out waiting for the condition\.?$/.test(text);
    if (!isPreBindFailure(text) && !bareTimeout) return null;
    const reason: SchedulerReason = bareTimeout
      ? { count: null, text, code: 'prebind-timeout' }
      : classifySchedulerReason(text);
    return { raw, totalNodes: null, noNodes: false, reasons: [reason], countsAddUp: true };
  }
  const totalNodes = Number(envelope[1]);
  let body = text.slice(envelope[0].length);

  let preemption: ParsedSchedulerMessage['preemption'];
  const split = findPreemption(body);
  if (split) {
    preemption = { reasons: parsePreemptionTail(split.tail) };
    body = split.head;
  }
  body = stripEnd(body.replace(DRA_NOTE, ''));

  const result: ParsedSchedulerMessage = { raw, totalNodes, noNodes: totalNodes === 0, reasons: [], countsAddUp: true };
  if (preemption) result.preemption = preemption;
  if (body === '') return result;

  if (!/^\d+ /.test(body)) {
    result.preFilter = classifySchedulerReason(body);
    return result;
  }
  const histogram = splitHistogram(body, totalNodes);
  result.reasons = histogram.entries.map(([count, reason]) => classifySchedulerReason(reason, count));
  result.countsAddUp = histogram.addsUp;
  return result;
}

function isPreBindFailure(text: string): boolean {
  return /PreBind plugin|prebind plugin|binding volumes:/i.test(text);
}

/** Removes the sentence's closing period(s): the old scheduler printed "..". */
function stripEnd(text: string): string {
  return text.replace(/[\s.]+$/, '').trim();
}

function findPreemption(body: string): { head: string; tail: string } | undefined {
  // Prefer the "preemption: 0/N nodes" form so a taint value holding "preemption:" cannot fool us.
  const strict = /(?:^|\s)preemption:\s*(?=0\/\d+ nodes are available)/g;
  let last: RegExpExecArray | null = null;
  for (let m = strict.exec(body); m; m = strict.exec(body)) last = m;
  const match = last ?? PREEMPTION.exec(body);
  if (!match) return undefined;
  return { head: body.slice(0, match.index), tail: body.slice(match.index + match[0].length) };
}

function parsePreemptionTail(tail: string): SchedulerReason[] {
  const envelope = ENVELOPE.exec(tail.trim());
  const body = stripEnd(envelope ? tail.trim().slice(envelope[0].length) : tail);
  if (body === '') return [];
  if (!envelope || !/^\d+ /.test(body)) return [{ count: null, text: body, code: 'unknown' }];
  const { entries } = splitHistogram(body, Number(envelope[1]));
  return entries.map(([count, text]) => ({ count, text, code: 'unknown' as const }));
}

/**
 * Splits "1 a, 2 b" into entries. Reason texts may themselves hold ", <digits> " (a taint
 * value), so every candidate split is tried and the one whose counts add up to N wins,
 * preferring entries with balanced braces and known reasons. Without such a split, every
 * candidate boundary is used and addsUp is false.
 */
function splitHistogram(body: string, total: number): { entries: [number, string][]; addsUp: boolean } {
  const starts: number[] = [0];
  const boundary = /, (?=\d+ )/g;
  for (let m = boundary.exec(body); m; m = boundary.exec(body)) starts.push(m.index + 2);

  const toEntries = (chosen: number[]): [number, string][] =>
    chosen.map((start, i) => {
      const end = i + 1 < chosen.length ? chosen[i + 1]! - 2 : body.length;
      const piece = body.slice(start, end);
      const space = piece.indexOf(' ');
      return [Number(piece.slice(0, space)), piece.slice(space + 1)];
    });

  // Every boundary kept, each piece a whole known reason: the plain reading. Its counts may add up to
  // more than N, because NodeResourcesFit reports every short resource of a node ("Too many pods" and
  // "Insufficient cpu" from one node), so exact addition is not demanded of it.
  const plain = toEntries(starts);
  if (plain.every(([, reason]) => balanced(reason) && classifySchedulerReason(reason).code !== 'unknown')) {
    const sum = plain.reduce((s, [n]) => s + n, 0);
    if (sum === total || (sum > total && sum - total <= resourceOverlap(plain)))
      return { entries: plain, addsUp: true };
  }
  // Entries are few (one per distinct reason), so trying subsets is cheap; cap it anyway.
  const optional = starts.slice(1);
  if (optional.length <= 16) {
    let best: { entries: [number, string][]; score: number } | undefined;
    for (let mask = 0; mask < 1 << optional.length; mask++) {
      const chosen = [0, ...optional.filter((_, i) => mask & (1 << i))];
      const entries = toEntries(chosen);
      if (entries.reduce((sum, [n]) => sum + n, 0) !== total) continue;
      const score =
        entries.reduce(
          (s, [, reason]) =>
            s + (balanced(reason) ? 2 : 0) + (classifySchedulerReason(reason).code !== 'unknown' ? 1 : 0),
          0,
        ) / entries.length;
      if (!best || score > best.score || (score === best.score && entries.length > best.entries.length))
        best = { entries, score };
    }
    if (best) return { entries: best.entries, addsUp: true };
  }
  return { entries: toEntries(starts), addsUp: false };
}

/** How many counts may be the same node named twice: all NodeResourcesFit entries but the largest. */
function resourceOverlap(entries: [number, string][]): number {
  const fit = entries
    .filter(([, reason]) => /^(Insufficient |Too many pods$)/.test(reason))
    .map(([n]) => n)
    .sort((a, b) => b - a);
  return fit.slice(1).reduce((s, n) => s + n, 0);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
