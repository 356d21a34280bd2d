import { en } from '../i18n/catalogue.ts';
import { render, type Lang, type Message, type MessageKey } from '../i18n/index.ts';
import type { ConceptId } from '../doctor/concepts.ts';

/**
 * Renders a message; a key missing from the catalogue (a check newer than its texts) is shown
 * as the key and its parameters instead of crashing the whole report.
 */
export function messageText(lang: Lang, message: Message): string {
  if (!Object.hasOwn(en, message.key)) {
    const params = message.params ? ` ${JSON.stringify(message.params)}` : '';
    return `${message.key}${params}`;
  }
  return render(lang, withVisibilityWords(lang, message));
}

const VISIBILITY_REASONS = new Set(['forbidden', 'timeout', 'notFound', 'error', 'notInFile']);

/**
 * Checks pass why a kind is unseen as its code ("notInFile"); readers get the words ("not in the file"),
 * the same ones the "could not read" line uses. The JSON report keeps the code in its params.
 */
function withVisibilityWords(lang: Lang, message: Message): Message {
  const reason = message.params?.reason;
  if (typeof reason !== 'string' || !VISIBILITY_REASONS.has(reason)) return message;
  if (!/not-?visible|hidden|cannot-list/i.test(message.key)) return message;
  const words = render(lang, { key: `output.visibility.reason.${reason}` as MessageKey });
  return { ...message, params: { ...message.params, reason: words } };
}

/** The text of a catalogue key that needs no parameters. */
export function label(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return messageText(lang, params ? { key, params } : { key });
}

/** The concept note for an id, or undefined when the catalogue has none. */
export function conceptNote(lang: Lang, id: ConceptId): string | undefined {
  const key = `concept.${id}`;
  return Object.hasOwn(en, key) ? messageText(lang, { key: key as MessageKey }) : undefined;
}

/** The short title of a concept note, falling back to its id. */
export function conceptTitle(lang: Lang, id: ConceptId): string {
  const key = `concept.${id}.title`;
  return Object.hasOwn(en, key) ? messageText(lang, { key: key as MessageKey }) : id;
}
