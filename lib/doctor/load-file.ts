import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { msg, type Message } from '../i18n/index.ts';
import { toCoreEvent } from './event-shape.ts';
import { splitJsonDocuments } from './json-documents.ts';
import { KIND_ENDPOINTS } from './kind-endpoints.ts';
import { FIELD_BY_KIND, snapshotFromObjects, toKeyedObject } from './snapshot-from-objects.ts';
import { ALL_KINDS, emptySnapshot, type KindName, type Snapshot } from './snapshot.ts';

/** The file could not be used; the message says which way (exit 2). */
export class SnapshotFileError extends Error {
  constructor(readonly problem: Message) {
    super(problem.key);
    this.name = 'SnapshotFileError';
  }
}

export interface LoadFileOptions {
  /** -n given on the command line: keep only this namespace's objects. */
  namespace?: string;
  /** -A: keep every namespace. */
  allNamespaces?: boolean;
}

/**
 * Reads a snapshot from a file ("-" for standard input): a snapshot saved by --save-snapshot,
 * a `kubectl get -o json` List, a single object, several JSON documents one after another, or
 * the same as YAML.
 */
export function loadSnapshotFile(path: string, options: LoadFileOptions = {}): Snapshot {
  let text: string;
  let modified: Date;
  try {
    // "-" reads standard input: `kubectl get pods,events -o json | doctor --from-file -`.
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
    modified = path === '-' ? new Date() : statSync(path).mtime;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new SnapshotFileError(msg('doctor.file.notFound', { path }));
    throw new SnapshotFileError(msg('doctor.file.unreadable', { path, reason: code ?? 'error' }));
  }
  return snapshotFromText(text, path, modified.toISOString(), options);
}

/** Builds a snapshot from a file's text; `fallbackTakenAt` stands in for "now" when the file does not say. */
export function snapshotFromText(
  text: string,
  path: string,
  fallbackTakenAt: string,
  options: LoadFileOptions = {},
): Snapshot {
  const documents = parseDocuments(text, path);
  const saved = documents.find(isSavedSnapshot);
  if (saved) {
    if (documents.length > 1) throw new SnapshotFileError(msg('doctor.file.mixedSnapshot', { path }));
    return narrow(normaliseSaved(saved), options);
  }

  const objects: unknown[] = [];
  const listedKinds = new Set<KindName>();
  for (const doc of documents) {
    const items = Array.isArray(doc) ? doc : (doc as { items?: unknown }).items;
    if (Array.isArray(items)) {
      // A typed list (PodList from `kubectl get --raw`) names its kind even when empty, and its items carry none.
      const listKind = (doc as { kind?: string }).kind;
      const itemKind = listKind && listKind !== 'List' && listKind.endsWith('List') ? listKind.slice(0, -4) : undefined;
      const field = itemKind ? FIELD_BY_KIND[itemKind] : undefined;
      if (field) listedKinds.add(field);
      for (const item of items)
        objects.push(itemKind && !(item as { kind?: string }).kind ? { kind: itemKind, ...(item as object) } : item);
    } else if (doc && typeof doc === 'object' && typeof (doc as { kind?: unknown }).kind === 'string') {
      objects.push(doc);
    }
  }
  const known = objects
    .filter((o) => FIELD_BY_KIND[(o as { kind?: string }).kind ?? ''])
    .map((o) => ((o as { kind: string }).kind === 'Event' ? toCoreEvent(o as Record<string, unknown>) : o));
  if (known.length === 0 && listedKinds.size === 0) throw new SnapshotFileError(msg('doctor.file.noObjects', { path }));

  const snapshot = snapshotFromObjects(known, inferNamespace(known), fallbackTakenAt);
  for (const o of known) listedKinds.add(FIELD_BY_KIND[(o as { kind: string }).kind]!);
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

function parseYaml(text: string, path: string): unknown[] {
  // The YAML parser loads only for a YAML file: JSON (the common case) starts faster without it.
  const { parseAllDocuments } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const attempt = (source: string) => {
    const docs = parseAllDocuments(source);
    const list = Array.isArray(docs) ? docs : [docs];
    return list.some((d) => d.errors.length > 0) ? null : list.map((d) => d.toJS() as unknown).filter((d) => d != null);
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

function normaliseSaved(saved: Partial<Snapshot>): Snapshot {
  const snapshot = emptySnapshot(saved.namespace ?? null, saved.takenAt);
  for (const field of ['context', 'server', 'serverVersion'] as const)
    if (typeof saved[field] === 'string') snapshot[field] = saved[field];
  for (const kind of ALL_KINDS) {
    const items = saved[kind];
    if (Array.isArray(items)) {
      const endpoint = KIND_ENDPOINTS[kind];
      // Re-reduce in case the file was edited by hand: values must never reach a check.
      (snapshot[kind] as unknown[]) =
        kind === 'configMaps' || kind === 'secrets'
          ? items.map((i) => toKeyedObject(i as object, endpoint.kind as 'ConfigMap' | 'Secret'))
          : kind === 'events'
            ? items.map((i) => toCoreEvent(i as Record<string, unknown>))
            : items;
      snapshot.visibility[kind] = saved.visibility?.[kind] ?? { visible: true };
    } else {
      snapshot.visibility[kind] = saved.visibility?.[kind] ?? { visible: false, reason: 'notInFile' };
    }
  }
  return snapshot;
}

function inferNamespace(objects: readonly unknown[]): string | null {
  const namespaces = new Set<string>();
  for (const o of objects) {
    const ns = (o as { metadata?: { namespace?: string } }).metadata?.namespace;
    if (ns) namespaces.add(ns);
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
