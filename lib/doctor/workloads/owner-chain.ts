// The owner helpers live in ../workload-owner.ts (the path other checks imported first);
// this path exists too because some checks import it from here.
export { controllerRef, controlledBy, podsControlledBy, refOf, workloadOwner } from '../workload-owner.ts';
