/** Escapes prose for GitHub-flavoured Markdown outside code spans: HTML angle brackets would vanish as tags. */
export function mdProse(text: string): string {
  return splitCodeSpans(text)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** Escapes text for one table cell: prose escaping, plus pipes and line breaks. */
export function mdCell(text: string): string {
  return mdProse(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A fenced code block whose fence is longer than any backtick run inside, so verbatim text cannot close it. */
export function mdFence(text: string, info = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** An inline code span that survives backticks in the text. */
export function mdCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

// Odd indexes are `code spans` (kept with their backticks), even indexes prose.
function splitCodeSpans(text: string): string[] {
  return text.split(/(`[^`]*`)/g);
}
