import type { Translation } from '../translation.ts';
import type { concepts as en } from '../en/concepts.ts';

export const concepts: Translation<typeof en> = {
};
