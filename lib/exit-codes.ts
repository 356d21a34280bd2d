/** Exit codes shared by both commands; documented in the README and in --help. */
export const EXIT = {
  ok: 0,
  /** setup-eks: a step failed. doctor: findings at or above --fail-on. */
  failed: 1,
  usage: 2,
  /** doctor: the cluster could not be read at all (unreachable, unauthorized). */
  clusterUnreadable: 3,
  /** doctor: a check crashed; the others still reported. */
  checkCrashed: 4,
  /** The result could not be written to standard output (disk full, I/O error); a closed pipe is not this. */
  outputFailed: 5,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
