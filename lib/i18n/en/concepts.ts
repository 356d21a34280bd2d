/** English messages for this area; the source of truth for ko/concepts.ts. */
export const concepts = {
} as const;
