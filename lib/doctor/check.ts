import type { MessageKey } from '../i18n/index.ts';
import type { Finding } from './finding.ts';
import type { SnapshotIndex } from './snapshot-index.ts';
import type { KindName, Snapshot } from './snapshot.ts';

/**
 * A diagnostic: a pure function of the snapshot. It never calls the API.
 * When a kind it `needs` is not visible, the runner says so beside its results;
 * the check itself must still run on what it has and never name a cause it cannot see.
 */
export interface Check {
  /** The file name under checks/, e.g. "pending-pods". */
  id: string;
  /** Catalogue key of a short title, e.g. "check.pending-pods.title". */
  title: MessageKey;
  needs: readonly KindName[];
  run(snapshot: Snapshot, index: SnapshotIndex): Finding[];
}
