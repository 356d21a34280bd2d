import type { Check } from '../lib/doctor/check.ts';
import { autoscalersCheck } from './autoscalers.ts';
import { containerConfigCheck } from './container-config.ts';
import { crashLoopsCheck } from './crash-loops.ts';
import { daemonsetsCheck } from './daemonsets.ts';
import { evictionsCheck } from './evictions.ts';
import { failedJobsCheck } from './failed-jobs.ts';
import { imagePullsCheck } from './image-pulls.ts';
import { namespaceStateCheck } from './namespace-state.ts';
import { nodeFailuresCheck } from './node-failures.ts';
import { oomKillsCheck } from './oom-kills.ts';
import { pendingPodsCheck } from './pending-pods.ts';
import { probeFailuresCheck } from './probe-failures.ts';
import { replicasetFailuresCheck } from './replicaset-failures.ts';
import { serviceEndpointsCheck } from './service-endpoints.ts';
import { statefulsetsCheck } from './statefulsets.ts';
import { stuckRolloutsCheck } from './stuck-rollouts.ts';
import { unboundPvcsCheck } from './unbound-pvcs.ts';
import { volumeMountsCheck } from './volume-mounts.ts';

/**
 * Every check, in the order the report lists them: the namespace itself, the nodes that died (a root
 * cause of much below), then scheduling (nothing else matters until a pod has a node), storage,
 * containers, workloads, services.
 */
export const CHECKS: readonly Check[] = [
  namespaceStateCheck,
  nodeFailuresCheck,
  pendingPodsCheck,
  unboundPvcsCheck,
  volumeMountsCheck,
  imagePullsCheck,
  containerConfigCheck,
  crashLoopsCheck,
  oomKillsCheck,
  probeFailuresCheck,
  evictionsCheck,
  replicasetFailuresCheck,
  stuckRolloutsCheck,
  statefulsetsCheck,
  daemonsetsCheck,
  autoscalersCheck,
  failedJobsCheck,
  serviceEndpointsCheck,
];

/** The ids --only and --skip accept. */
export const CHECK_IDS: readonly string[] = CHECKS.map((c) => c.id);
