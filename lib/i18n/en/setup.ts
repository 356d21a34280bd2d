/** English messages for this area; the source of truth for ko/setup.ts. */
export const setup = {
} as const;
