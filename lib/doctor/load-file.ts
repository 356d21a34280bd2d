import { createRequire } from 'node:module';
import { msg, type Message } from '../i18n/index.ts';
import { yieldToEventLoop } from '../interrupt.ts';
import { toCoreEvent } from './event-shape.ts';
import { readInput } from './read-input.ts';
import { splitJsonDocuments } from './json-documents.ts';
import { KIND_ENDPOINTS } from './kind-endpoints.ts';
import { normaliseObject, usableTime } from './object-shape.ts';
import { FIELD_BY_KIND, snapshotFromObjects, toKeyedObject } from './snapshot-from-objects.ts';
import { ALL_KINDS, emptySnapshot, type KindName, type KindVisibility, type Snapshot } from './snapshot.ts';

/** The file could not be used; the message says which way (exit 2), `fix` what to do when the default advice does not fit. */
export class SnapshotFileError extends Error {
  constructor(
    readonly problem: Message,
    readonly fix?: Message,
  ) {
    super(problem.key);
    this.name = 'SnapshotFileError';
  }
}

export interface LoadFileOptions {
  /** -n given on the command line: keep only this namespace's objects. */
  namespace?: string;
  /** -A: keep every namespace. */
  allNamespaces?: boolean;
  /** Refuse input larger than this many bytes (see DEFAULT_MAX_INPUT_BYTES). */
  maxBytes?: number;
  /** Ctrl-C: stop reading and parsing at the next chunk or document. */
  signal?: AbortSignal;
  /** Told how many objects of a known kind were dropped because they did not fit their shape. */
  onDropped?: (count: number) => void;
}

/**
 * Reads a snapshot from a file ("-" for standard input): a snapshot saved by --save-snapshot,
 * a `kubectl get -o json` List, a single object, several JSON documents one after another, or
 * the same as YAML. Input beyond `maxBytes` is refused before it is all read.
 */
export async function loadSnapshotFile(path: string, options: LoadFileOptions = {}): Promise<Snapshot> {
  const { text, modified } = await readInput(path, options);
  await yieldToEventLoop(options.signal);
  const documents = parseDocuments(text, path);
  // Parsing and the shape check each take a while on a large file: Ctrl-C is answered between them.
  await yieldToEventLoop(options.signal);
  return snapshotFromDocuments(documents, path, modified.toISOString(), options);
}

/** Builds a snapshot from a file's text; `fallbackTakenAt` stands in for "now" when the file does not say. */
export function snapshotFromText(
  text: string,
  path: string,
  fallbackTakenAt: string,
  options: LoadFileOptions = {},
): Snapshot {
  return snapshotFromDocuments(parseDocuments(text, path), path, fallbackTakenAt, options);
}

function snapshotFromDocuments(
  documents: unknown[],
  path: string,
  fallbackTakenAt: string,
  options: LoadFileOptions,
): Snapshot {
  const saved = documents.find(isSavedSnapshot);
  if (saved) {
    if (documents.length > 1) throw new SnapshotFileError(msg('doctor.file.mixedSnapshot', { path }));
    const stats = { dropped: 0 };
    const snapshot = normaliseSaved(saved, fallbackTakenAt, stats);
    if (stats.dropped > 0) options.onDropped?.(stats.dropped);
    return narrow(snapshot, options);
  }

  const objects: Record<string, unknown>[] = [];
  const listedKinds = new Set<KindName>();
  let dropped = 0;
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  for (const doc of documents) {
    const items = Array.isArray(doc) ? doc : isObject(doc) ? doc.items : undefined;
    if (Array.isArray(items)) {
      // A typed list (PodList from `kubectl get --raw`) names its kind even when empty, and its items carry none.
      const listKind = isObject(doc) && typeof doc.kind === 'string' ? doc.kind : undefined;
      const itemKind = listKind && listKind !== 'List' && listKind.endsWith('List') ? listKind.slice(0, -4) : undefined;
      const field = itemKind ? fieldOf(itemKind) : undefined;
      if (field) listedKinds.add(field);
      for (const item of items) {
        if (!isObject(item)) {
          dropped += 1;
          continue;
        }
        objects.push(itemKind && item.kind === undefined ? { kind: itemKind, ...item } : item);
      }
    } else if (isObject(doc) && typeof doc.kind === 'string') {
      objects.push(doc);
    }
  }
  const known = objects.filter((o) => fieldOf(o.kind)).map((o) => (o.kind === 'Event' ? toCoreEvent(o) : o));
  if (known.length === 0 && listedKinds.size === 0) throw new SnapshotFileError(msg('doctor.file.noObjects', { path }));

  const stats = { dropped: 0 };
  const snapshot = snapshotFromObjects(known, inferNamespace(known), fallbackTakenAt, stats);
  dropped += stats.dropped;
  if (dropped > 0) options.onDropped?.(dropped);
  if (ALL_KINDS.every((kind) => snapshot[kind].length === 0) && listedKinds.size === 0)
    throw new SnapshotFileError(msg('doctor.file.noObjects', { path }));
  for (const o of known) listedKinds.add(fieldOf(o.kind)!);
  for (const kind of ALL_KINDS) {
    if (!listedKinds.has(kind)) snapshot.visibility[kind] = { visible: false, reason: 'notInFile' };
  }
  return narrow(snapshot, options);
}

function parseDocuments(text: string, path: string): unknown[] {
  const trimmed = text.trimStart();
  if (trimmed === '') throw new SnapshotFileError(msg('doctor.file.empty', { path }));
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const pieces = splitJsonDocuments(text);
    if (!pieces) throw new SnapshotFileError(msg('doctor.file.invalidJson', { path, line: 1 }));
    return pieces.map((piece) => {
      try {
        return JSON.parse(piece.text) as unknown;
      } catch {
        // JSON.parse's own message can quote the file's text (a Secret's value): give the line only.
        throw new SnapshotFileError(msg('doctor.file.invalidJson', { path, line: piece.line }));
      }
    });
  }
  return parseYaml(text, path);
}

function fieldOf(kind: unknown): KindName | undefined {
  return typeof kind === 'string' && Object.hasOwn(FIELD_BY_KIND, kind) ? FIELD_BY_KIND[kind] : undefined;
}

function parseYaml(text: string, path: string): unknown[] {
  // The YAML parser loads only for a YAML file: JSON (the common case) starts faster without it.
  const { parseAllDocuments } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const attempt = (source: string) => {
    const docs = parseAllDocuments(source);
    const list = Array.isArray(docs) ? docs : [docs];
    if (list.some((d) => d.errors.length > 0)) return null;
    try {
      // maxAliasCount stops an alias bomb ("billion laughs") before it fills memory.
      return list.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown).filter((d) => d != null);
    } catch {
      return null;
    }
  };
  const whole = attempt(text);
  if (whole) return whole;
  // `kubectl get a -o yaml; kubectl get b -o yaml` runs documents together without "---";
  // kubectl starts each at column 0 with apiVersion, so cut there and try again.
  const pieces = text.split(/^(?=apiVersion:)/m).filter((p) => p.trim());
  const out: unknown[] = [];
  for (const piece of pieces) {
    const parsed = attempt(piece);
    if (!parsed) throw new SnapshotFileError(msg('doctor.file.invalidYaml', { path }));
    out.push(...parsed);
  }
  return out;
}

function isSavedSnapshot(doc: unknown): doc is Partial<Snapshot> {
  const d = doc as { schemaVersion?: unknown; visibility?: unknown; kind?: unknown } | null;
  return (
    !!d && typeof d === 'object' && d.kind === undefined && d.schemaVersion === 1 && typeof d.visibility === 'object'
  );
}

const VISIBILITY_REASONS = new Set(['forbidden', 'timeout', 'notFound', 'error', 'notInFile']);

function normaliseSaved(saved: Partial<Snapshot>, fallbackTakenAt: string, stats: { dropped: number }): Snapshot {
  const namespace = typeof saved.namespace === 'string' && saved.namespace !== '' ? saved.namespace : null;
  const snapshot = emptySnapshot(namespace, usableTime(saved.takenAt) ?? fallbackTakenAt);
  for (const field of ['context', 'server', 'serverVersion'] as const)
    if (typeof saved[field] === 'string') snapshot[field] = saved[field];
  for (const kind of ALL_KINDS) {
    const items: unknown = saved[kind];
    const saidVisibility = visibilityOf(saved.visibility?.[kind]);
    if (Array.isArray(items)) {
      const endpoint = KIND_ENDPOINTS[kind];
      const kept: unknown[] = [];
      for (const item of items as unknown[]) {
        const raw =
          kind === 'events' && item && typeof item === 'object' ? toCoreEvent(item as Record<string, unknown>) : item;
        const object = normaliseObject(raw);
        if (!object) {
          stats.dropped += 1;
          continue;
        }
        // Re-reduce in case the file was edited by hand: values must never reach a check.
        kept.push(
          kind === 'configMaps' || kind === 'secrets'
            ? toKeyedObject(object, endpoint.kind as 'ConfigMap' | 'Secret')
            : object,
        );
      }
      (snapshot[kind] as unknown[]) = kept;
      snapshot.visibility[kind] = saidVisibility ?? { visible: true };
    } else {
      snapshot.visibility[kind] = saidVisibility ?? { visible: false, reason: 'notInFile' };
    }
  }
  return snapshot;
}

function visibilityOf(value: unknown): KindVisibility | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.visible !== 'boolean') return undefined;
  if (v.visible)
    return v.source === 'cache' || v.source === 'pages' ? { visible: true, source: v.source } : { visible: true };
  return {
    visible: false,
    reason:
      typeof v.reason === 'string' && VISIBILITY_REASONS.has(v.reason)
        ? (v.reason as KindVisibility['reason'])
        : 'error',
    ...(typeof v.detail === 'string' ? { detail: v.detail } : {}),
  };
}

function inferNamespace(objects: readonly unknown[]): string | null {
  const namespaces = new Set<string>();
  for (const o of objects) {
    const ns = (o as { metadata?: { namespace?: unknown } }).metadata?.namespace;
    if (typeof ns === 'string' && ns) namespaces.add(ns);
  }
  return namespaces.size === 1 ? [...namespaces][0]! : null;
}

function narrow(snapshot: Snapshot, options: LoadFileOptions): Snapshot {
  if (options.allNamespaces || !options.namespace) return snapshot;
  const ns = options.namespace;
  for (const kind of ALL_KINDS) {
    if (kind === 'namespaces') {
      snapshot.namespaces = snapshot.namespaces.filter((n) => n.metadata?.name === ns);
    } else if (KIND_ENDPOINTS[kind].namespaced) {
      (snapshot[kind] as { metadata?: { namespace?: string } }[]) = (
        snapshot[kind] as { metadata?: { namespace?: string } }[]
      ).filter((o) => o.metadata?.namespace === ns);
    }
  }
  snapshot.namespace = ns;
  return snapshot;
}
