import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { FailOn } from '../doctor/run-checks.ts';
import {
  compareBaseline,
  keyFindings,
  keyId,
  newFindingsFail,
  type BaselineComparison,
  type FindingKey,
} from './baseline.ts';
import type { ClusterResult } from './health-result.ts';

/** One health-check run: every cluster's result, compared with the baseline, and its exit code. */
export interface HealthRun {
  generatedAt: string;
  clusters: ClusterResult[];
  comparison: BaselineComparison;
  /** Whether a baseline was given (otherwise every finding is "new"). */
  baseline?: string;
  failOn: FailOn;
  exitCode: ExitCode;
}

/** Ties the results together; the exit code: 3 if a cluster was unreachable, else 4 on a crashed check, else 1 on new findings at --fail-on. */
export function healthRun(
  clusters: ClusterResult[],
  options: { failOn: FailOn; baseline?: { path: string; keys: FindingKey[] }; generatedAt: string },
): HealthRun {
  const comparison = compareBaseline(keyFindings(clusters), options.baseline?.keys);
  const crashed = clusters.some((c) => c.namespaces.some((n) => (n.report?.summary.crashed ?? 0) > 0));
  const exitCode: ExitCode = clusters.some((c) => c.unreachable)
    ? EXIT.clusterUnreadable
    : crashed
      ? EXIT.checkCrashed
      : newFindingsFail(comparison, options.failOn)
        ? EXIT.failed
        : EXIT.ok;
  return {
    generatedAt: options.generatedAt,
    clusters,
    comparison,
    ...(options.baseline ? { baseline: options.baseline.path } : {}),
    failOn: options.failOn,
    exitCode,
  };
}

/** Whether a finding (by key) is in the baseline. */
export function isKnown(run: HealthRun, key: FindingKey): boolean {
  const id = keyId(key);
  return run.comparison.known.some((k) => keyId(k) === id);
}
