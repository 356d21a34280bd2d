/** English messages for this area; the source of truth for ko/checks-scheduling.ts. */
export const checksScheduling = {
} as const;
