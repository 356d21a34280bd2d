import type { Translation } from '../translation.ts';
import type { checksScheduling as en } from '../en/checks-scheduling.ts';

export const checksScheduling: Translation<typeof en> = {
};
