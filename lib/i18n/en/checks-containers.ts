/** English messages for this area; the source of truth for ko/checks-containers.ts. */
export const checksContainers = {
} as const;
