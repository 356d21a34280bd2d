/** English messages for this area; the source of truth for ko/checks-storage.ts. */
export const checksStorage = {
} as const;
