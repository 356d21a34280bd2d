/** English messages for this area; the source of truth for ko/checks-workloads.ts. */
export const checksWorkloads = {
} as const;
