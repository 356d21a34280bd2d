import type { Translation } from '../translation.ts';
import type { checksContainers as en } from '../en/checks-containers.ts';

export const checksContainers: Translation<typeof en> = {
};
