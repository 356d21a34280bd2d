import type { Translation } from '../translation.ts';
import type { doctor as en } from '../en/doctor.ts';

export const doctor: Translation<typeof en> = {
};
