import type { Check } from '../lib/doctor/check.ts';
import { imagePullsCheck } from './image-pulls.ts';
import { replicasetFailuresCheck } from './replicaset-failures.ts';
import { unboundPvcsCheck } from './unbound-pvcs.ts';

/**
 * Every check, in the order the report lists them: scheduling first (nothing else matters
 * until a pod has a node), then storage, containers, workloads and services.
 */
export const CHECKS: readonly Check[] = [unboundPvcsCheck, imagePullsCheck, replicasetFailuresCheck];

/** The ids --only and --skip accept. */
export const CHECK_IDS: readonly string[] = CHECKS.map((c) => c.id);
