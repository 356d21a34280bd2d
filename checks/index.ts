import type { Check } from '../lib/doctor/check.ts';
import { containerConfigCheck } from './container-config.ts';
import { crashLoopsCheck } from './crash-loops.ts';
import { failedJobsCheck } from './failed-jobs.ts';
import { imagePullsCheck } from './image-pulls.ts';
import { oomKillsCheck } from './oom-kills.ts';
import { pendingPodsCheck } from './pending-pods.ts';
import { replicasetFailuresCheck } from './replicaset-failures.ts';
import { serviceEndpointsCheck } from './service-endpoints.ts';
import { statefulsetsCheck } from './statefulsets.ts';
import { stuckRolloutsCheck } from './stuck-rollouts.ts';
import { unboundPvcsCheck } from './unbound-pvcs.ts';

/**
 * Every check, in the order the report lists them: scheduling first (nothing else matters
 * until a pod has a node), then storage, containers, workloads and services.
 */
export const CHECKS: readonly Check[] = [
  pendingPodsCheck,
  unboundPvcsCheck,
  imagePullsCheck,
  crashLoopsCheck,
  oomKillsCheck,
  containerConfigCheck,
  replicasetFailuresCheck,
  stuckRolloutsCheck,
  statefulsetsCheck,
  failedJobsCheck,
  serviceEndpointsCheck,
];

/** The ids --only and --skip accept. */
export const CHECK_IDS: readonly string[] = CHECKS.map((c) => c.id);
