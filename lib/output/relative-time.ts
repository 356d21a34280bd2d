import type { Lang } from '../i18n/index.ts';
import { label } from './message-text.ts';

/**
 * How long before `now` a time was, in the user's language ("3m ago", "3분 전").
 * Undefined when either time is unreadable; a time after `now` (clock skew) reads as "just now".
 */
export function timeAgo(lang: Lang, then: string | undefined, now: string): string | undefined {
  if (!then) return undefined;
  const a = Date.parse(then);
  const b = Date.parse(now);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  const seconds = Math.floor((b - a) / 1000);
  if (seconds < 5) return label(lang, 'output.time.justNow');
  if (seconds < 60) return label(lang, 'output.time.secondsAgo', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return label(lang, 'output.time.minutesAgo', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return label(lang, 'output.time.hoursAgo', { n: hours });
  return label(lang, 'output.time.daysAgo', { n: Math.floor(hours / 24) });
}
