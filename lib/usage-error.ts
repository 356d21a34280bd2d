import type { Message } from './i18n/index.ts';

/** Bad input from the user: rendered as one clear message and exit code 2. */
export class UsageError extends Error {
  constructor(readonly message_: Message) {
    super(message_.key);
    this.name = 'UsageError';
  }
}
