import type { MessageKey } from '../i18n/index.ts';
import type { Finding, Severity } from './finding.ts';
import type { Incident } from './incidents.ts';
import type { KindName, KindVisibility } from './snapshot.ts';

/** The JSON report's schema id; bump the version on any breaking change. */
export const REPORT_SCHEMA = 'eks-guide.doctor/v1';

export type CheckStatus = 'passed' | 'failed' | 'crashed' | 'skipped';

/** What one check gave: its findings, or the error it crashed with. */
export interface CheckOutcome {
  id: string;
  title: MessageKey;
  /** passed: no finding at warning or above; failed: at least one; crashed: threw. */
  status: CheckStatus;
  findings: Finding[];
  /** For a crash: the error's message (never a stack with request data). */
  error?: string;
  /** Kinds this check needs that could not be read: its view is partial. */
  notVisible: KindName[];
}

export interface ReportSummary {
  checks: number;
  passed: number;
  failed: number;
  crashed: number;
  skipped: number;
  findings: Record<Severity, number>;
  /** Incidents by their severity (the worst of their findings): what CI counts. */
  incidents: Record<Severity, number>;
}

/** Everything a renderer needs; the JSON output is this object. */
export interface Report {
  schema: typeof REPORT_SCHEMA;
  generatedAt: string;
  snapshotTakenAt: string;
  namespace: string | null;
  context?: string;
  server?: string;
  serverVersion?: string;
  /** Where the snapshot came from: the cluster, or a file path. */
  source: { type: 'cluster' } | { type: 'file'; path: string };
  checks: CheckOutcome[];
  /** All findings, errors first, then by object. */
  findings: Finding[];
  /** Findings linked into root causes and the effects they explain, worst first. */
  incidents: Incident[];
  visibility: Record<KindName, KindVisibility>;
  summary: ReportSummary;
}
