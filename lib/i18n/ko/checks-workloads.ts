import type { Translation } from '../translation.ts';
import type { checksWorkloads as en } from '../en/checks-workloads.ts';

export const checksWorkloads: Translation<typeof en> = {
};
