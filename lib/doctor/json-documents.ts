/** One top-level JSON value cut out of a longer text, with the line it starts on. */
export interface JsonDocument {
  text: string;
  line: number;
}

/**
 * Splits concatenated JSON documents (`kubectl get a -o json; kubectl get b -o json` prints
 * one object after another) at their top-level boundaries, respecting strings and escapes.
 * Returns null when something other than whitespace stands between documents.
 */
export function splitJsonDocuments(text: string): JsonDocument[] | null {
  const documents: JsonDocument[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 0) {
      if (/\s/.test(c)) continue;
      if (c !== '{' && c !== '[') return null;
      start = i;
      startLine = line;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) documents.push({ text: text.slice(start, i + 1), line: startLine });
      if (depth < 0) return null;
    }
  }
  if (depth !== 0 || inString) {
    // An unterminated last document: hand it over whole so JSON.parse reports it as invalid.
    documents.push({ text: text.slice(start), line: startLine });
  }
  return documents;
}
