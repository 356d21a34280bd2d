/** English messages for this area; the source of truth for ko/checks-services.ts. */
export const checksServices = {
} as const;
