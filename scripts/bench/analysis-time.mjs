// The doctor's analysis alone, as the installed build runs it: loads a saved snapshot with dist/'s own code,
// runs every check once and prints the milliseconds the checks took. (Timed under tsx instead, the source
// pays its per-closure `__name` helper, which the bundle has not: about 1.5x the time.)
// Usage: node analysis-time.mjs DIST_DIR SNAPSHOT_FILE
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, snapshotFile] = process.argv.slice(2);
const chunks = join(dist, 'chunks');

/** The chunk that exports `name`: esbuild keeps export names in its split chunks. */
function chunkExporting(name) {
  for (const file of readdirSync(chunks).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(chunks, file), 'utf8');
    const exports = text.slice(text.lastIndexOf('\nexport {'));
    if (new RegExp(`[\\s,{]${name}[,\\s}]`).test(exports)) return pathToFileURL(join(chunks, file)).href;
  }
  throw new Error(`no chunk in ${chunks} exports ${name}: run npm run build`);
}

const { CHECKS, loadSnapshotFile } = await import(chunkExporting('loadSnapshotFile'));
const { runChecks } = await import(chunkExporting('runChecks'));
if (!CHECKS) throw new Error('the chunk with loadSnapshotFile does not export CHECKS');
const snapshot = await loadSnapshotFile(snapshotFile);
const started = performance.now();
runChecks(snapshot, CHECKS, { source: { type: 'cluster' } });
process.stdout.write(`${Math.round(performance.now() - started)}\n`);
