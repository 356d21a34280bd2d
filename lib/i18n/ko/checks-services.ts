import type { Translation } from '../translation.ts';
import type { checksServices as en } from '../en/checks-services.ts';

export const checksServices: Translation<typeof en> = {
};
