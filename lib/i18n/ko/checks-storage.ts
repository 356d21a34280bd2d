import type { Translation } from '../translation.ts';
import type { checksStorage as en } from '../en/checks-storage.ts';

export const checksStorage: Translation<typeof en> = {
};
