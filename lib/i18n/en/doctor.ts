/** English messages for this area; the source of truth for ko/doctor.ts. */
export const doctor = {
} as const;
