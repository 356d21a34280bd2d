/** The parts of a List's top-level `metadata` that paging needs. */
export interface ListMetadata {
  continue?: string;
  resourceVersion?: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

/**
 * Splits a Kubernetes List response (`{"kind":…,"metadata":{…},"items":[{…},…]}`) into its items
 * as the bytes arrive, so a 100 MB list never becomes one string. Only item boundaries are found
 * here, byte by byte; each item is then parsed by the native JSON.parse, which keeps the whole
 * at JSON.parse's speed (a full streaming tokeniser in JavaScript measured 2.6x slower on 98 MB).
 */
export class ListItemSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private expectKey = false;
  private key = '';
  private keyParts: Uint8Array[] | null = null;
  private keyStart = -1;
  // What the value being captured is: an item of `items`, or the list's `metadata`.
  private capture: 'item' | 'metadata' | null = null;
  private captureStart = -1;
  private parts: Uint8Array[] = [];
  // Where the run of whole items found in the current chunk begins and ends.
  private batchStart = -1;
  private batchEnd = -1;
  private inItems = false;
  private metadata: ListMetadata = {};
  private sawTopLevel = false;
  private bytes = 0;

  constructor(private readonly onItem: (item: unknown) => void) {}

  /** How many bytes were written so far. */
  get size(): number {
    return this.bytes;
  }

  /** Feeds the next chunk of the response body. */
  write(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      if (this.inString) {
        // Most of a list's bytes are inside strings: jump to the closing quote with the native search.
        const close = this.closingQuote(chunk, i);
        if (close < 0) break;
        i = close;
        this.inString = false;
        if (this.keyStart >= 0) this.endKey(chunk, i);
        continue;
      }
      const c = chunk[i]!;
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.expectKey) {
          this.keyStart = i + 1;
          this.keyParts = [];
        }
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (this.depth === 0) this.sawTopLevel = true;
        if (this.depth === 1 && !this.expectKey) {
          if (c === OPEN_ARRAY && this.key === 'items') this.inItems = true;
          if (c === OPEN_OBJECT && this.key === 'metadata') this.startCapture('metadata', i);
        } else if (this.depth === 2 && this.inItems && c === OPEN_OBJECT) {
          this.startCapture('item', i);
        }
        this.depth += 1;
        if (this.depth === 1) this.expectKey = true;
        continue;
      }
      if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.depth -= 1;
        if (this.capture === 'item' && this.depth === 2 && this.parts.length === 0) this.addToBatch(i);
        else if (this.capture && this.depth === (this.capture === 'item' ? 2 : 1)) this.endCapture(chunk, i);
        if (this.depth === 1) this.inItems = false;
        continue;
      }
      if (this.depth === 1) {
        if (c === COLON) this.expectKey = false;
        else if (c === COMMA) this.expectKey = true;
      }
    }
    this.flushBatch(chunk);
    if (this.capture) {
      this.parts.push(chunk.subarray(this.captureStart));
      this.captureStart = 0;
    }
    if (this.keyStart >= 0) {
      this.keyParts!.push(chunk.subarray(this.keyStart));
      this.keyStart = 0;
    }
  }

  /**
   * The index of the quote that ends the string being read, from `from` on, or -1 when the chunk
   * ends first (then `escaped` says whether its last byte escapes the next chunk's first).
   */
  private closingQuote(chunk: Uint8Array, from: number): number {
    let at = from;
    for (;;) {
      const quote = chunk.indexOf(QUOTE, at);
      const end = quote < 0 ? chunk.length : quote;
      // A quote (or the next chunk's first byte) is escaped when an odd run of backslashes precedes it.
      let run = 0;
      while (end - run - 1 >= at && chunk[end - run - 1] === BACKSLASH) run += 1;
      if (end - run === at && this.escaped) run += 1;
      this.escaped = false;
      if (quote < 0) {
        this.escaped = run % 2 === 1;
        return -1;
      }
      if (run % 2 === 0) return quote;
      at = quote + 1;
    }
  }

  /** Ends the body: the list's metadata, or an error when the body was not one whole JSON object. */
  end(): ListMetadata {
    if (!this.sawTopLevel || this.depth !== 0 || this.inString) throw new SyntaxError('truncated or malformed list');
    return this.metadata;
  }

  /** An item that began and ended in this chunk: parsed with its neighbours at the chunk's end. */
  private addToBatch(end: number): void {
    if (this.batchStart < 0) this.batchStart = this.captureStart;
    this.batchEnd = end;
    this.capture = null;
    this.captureStart = -1;
  }

  // One JSON.parse for the run of whole items in a chunk (with what lies between them: commas, or a
  // non-object item that is then skipped), instead of a string and a parse per item.
  private flushBatch(chunk: Uint8Array): void {
    if (this.batchStart < 0) return;
    const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString(
      'utf8',
      this.batchStart,
      this.batchEnd + 1,
    );
    this.batchStart = -1;
    for (const item of JSON.parse(`[${text}]`) as unknown[])
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) this.onItem(item);
  }

  private startCapture(kind: 'item' | 'metadata', at: number): void {
    this.capture = kind;
    this.captureStart = at;
    this.parts = [];
  }

  private endCapture(chunk: Uint8Array, at: number): void {
    const text =
      this.parts.length === 0
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8', this.captureStart, at + 1)
        : Buffer.concat([...this.parts, chunk.subarray(this.captureStart, at + 1)]).toString('utf8');
    const value: unknown = JSON.parse(text);
    if (this.capture === 'item') this.onItem(value);
    else {
      const m = value as { continue?: unknown; resourceVersion?: unknown };
      this.metadata = {
        ...(typeof m.continue === 'string' && m.continue ? { continue: m.continue } : {}),
        ...(typeof m.resourceVersion === 'string' ? { resourceVersion: m.resourceVersion } : {}),
      };
    }
    this.capture = null;
    this.captureStart = -1;
    this.parts = [];
  }

  private endKey(chunk: Uint8Array, at: number): void {
    this.keyParts!.push(chunk.subarray(this.keyStart, at));
    this.key = Buffer.concat(this.keyParts!).toString('utf8');
    this.keyParts = null;
    this.keyStart = -1;
  }
}
