import type { Message } from '../i18n/index.ts';
import type { ConceptId } from './concepts.ts';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The object a finding is about. */
export interface ObjectRef {
  kind: string;
  name: string;
  namespace?: string;
}

/** One piece of evidence, quoted as read: an event, a condition, a status field, a node fact. */
export interface Evidence {
  /** Where it came from. */
  source: 'event' | 'condition' | 'status' | 'spec' | 'node' | 'object';
  /** The raw text, verbatim (an event message, a waiting reason, a taint). */
  text: string;
  /** Event reason or condition type, e.g. FailedScheduling. */
  reason?: string;
  /** Events: how often it happened (summed over duplicates). */
  count?: number;
  firstSeen?: string;
  lastSeen?: string;
  /** The object the evidence belongs to, when not the finding's own (a node, a PVC). */
  about?: ObjectRef;
}

/**
 * A finding is data, not text: a stable code, a severity, the object, the evidence,
 * and message keys for what is wrong and what to do. Renderers turn it into words.
 */
export interface Finding {
  /** Stable code, e.g. "pod-pending.untolerated-taint". Documented; never renamed. */
  code: string;
  /** Id of the check that produced it (its file name under checks/). */
  check: string;
  severity: Severity;
  object: ObjectRef;
  /** The owning workload (Deployment, StatefulSet...), when known. */
  owner?: ObjectRef;
  /** What is wrong, in one sentence. */
  cause: Message;
  /** Further explanation lines: per-node reasons, label differences... */
  details?: Message[];
  /** What to do, in order. */
  remedy: Message[];
  /** Commands to run next, literal (not translated). */
  commands?: string[];
  evidence: Evidence[];
  /** The concept note that teaches what this finding is about. */
  concept?: ConceptId;
  /** Other objects with findings this one depends on (the PVC that blocks a pod). */
  related?: ObjectRef[];
  /**
   * Objects whose problems explain this one (upstream). Set when `related` alone would point the wrong
   * way (a claim waiting for its pod); when present, the incident linker uses it instead of `related`.
   */
  dependsOn?: ObjectRef[];
  /** Objects whose problems this finding explains (downstream): the claims a StatefulSet's template creates. */
  explains?: ObjectRef[];
  /** Set by the incident linker: the id of the incident this finding belongs to. */
  incident?: number;
  /** Set by the incident linker: the index (in the report's findings) of the finding that explains this one. */
  causedBy?: number;
  /** Earliest / latest time the problem was seen, from events or conditions. */
  firstSeen?: string;
  lastSeen?: string;
}

/**
 * The parts of a finding that differ between causes, handed to a check's own finding builder
 * (serviceFinding, claimFinding), which adds the code, object, shared evidence and times.
 */
export interface FindingParts {
  details?: Message[];
  remedy: Message[];
  commands?: string[];
  evidence?: Evidence[];
  concept: ConceptId;
  related?: ObjectRef[];
  dependsOn?: ObjectRef[];
}
