#!/usr/bin/env -S npx tsx
// map: read a namespace once, judge it with the doctor's checks, and draw how its objects hang together.
import { CHECK_IDS, CHECKS } from '../checks/index.ts';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import { EXIT, type ExitCode } from '../lib/exit-codes.ts';
import { render, translator, type Lang } from '../lib/i18n/index.ts';
import { UsageError } from '../lib/usage-error.ts';
import { isReadFailure, readClusterSnapshot } from '../lib/doctor/read-cluster.ts';
import { loadSnapshotFile, SnapshotFileError } from '../lib/doctor/load-file.ts';
import type { Report } from '../lib/doctor/report.ts';
import { runChecks } from '../lib/doctor/run-checks.ts';
import { saveSnapshot } from '../lib/doctor/save-snapshot.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import { buildGraph } from '../lib/map/build-graph.ts';
import { langFromArgv, parseMapArgs, type MapOptions } from '../lib/map/map-options.ts';
import type { NamespaceGraph } from '../lib/map/namespace-graph.ts';
import { renderDot } from '../lib/map/render-dot.ts';
import { renderMapHtml } from '../lib/map/render-map-html.ts';
import { renderMermaid } from '../lib/map/render-mermaid.ts';
import { renderSvg } from '../lib/map/render-svg.ts';
import { renderTree } from '../lib/map/render-tree.ts';
import { mapScope } from '../lib/map/map-heading.ts';

async function main(argv: string[]): Promise<ExitCode> {
  let lang: Lang = langFromArgv(argv);
  const t = () => translator(lang);
  let options: MapOptions;
  try {
    options = parseMapArgs(argv, CHECK_IDS);
  } catch (error) {
    if (error instanceof UsageError) return fail(render(lang, error.message_), EXIT.usage);
    throw error;
  }
  lang = options.lang;
  if (options.help) {
    await write(process.stdout, `${t()('map.help')}\n`);
    return EXIT.ok;
  }

  let snapshot: Snapshot;
  let source: Report['source'];
  if (options.fromFile) {
    try {
      snapshot = await loadSnapshotFile(options.fromFile, { namespace: options.namespace });
    } catch (error) {
      if (error instanceof SnapshotFileError)
        return fail(`${render(lang, error.problem)}\n${t()('doctor.file.fix')}`, EXIT.usage);
      throw error;
    }
    source = { type: 'file', path: options.fromFile };
  } else {
    const read = await readClusterSnapshot(options, lang);
    if (isReadFailure(read)) return fail(read.text, read.code);
    snapshot = read;
    source = { type: 'cluster' };
  }

  if (options.saveSnapshot) {
    try {
      await saveSnapshot(options.saveSnapshot, snapshot);
      process.stderr.write(`${t()('doctor.save.done', { path: options.saveSnapshot })}\n`);
    } catch (error) {
      const reason = (error as { code?: string }).code ?? 'error';
      return fail(t()('doctor.save.failed', { path: options.saveSnapshot, reason }), EXIT.usage);
    }
  }

  // One snapshot, one judgement: the boxes' health is the doctor's findings on this very read.
  const report = runChecks(snapshot, CHECKS, { source });
  const graph = buildGraph(snapshot, report);
  await write(process.stdout, await renderMap(graph, report, options, lang));
  return EXIT.ok;
}

async function renderMap(graph: NamespaceGraph, report: Report, options: MapOptions, lang: Lang): Promise<string> {
  const explain = options.explain;
  switch (options.output) {
    case 'tree':
      return renderTree(graph, {
        lang,
        explain,
        color: !!process.stdout.isTTY && !process.env.NO_COLOR,
        takenAt: report.snapshotTakenAt,
      });
    case 'mermaid':
      return renderMermaid(graph, { lang, explain });
    case 'dot':
      return renderDot(graph, { lang, explain });
    case 'svg':
      return renderSvg(graph, { lang, explain, title: mapScope(graph, lang) });
    case 'html':
      return renderMapHtml(graph, report, { lang, explain });
  }
}

function fail(text: string, code: ExitCode): ExitCode {
  process.stderr.write(`${text}\n`);
  return code;
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => stream.write(text, () => resolve()));
}

/** Runs the map with its arguments and exits with its code (how `eks-guide map` and the script start it). */
export async function run(argv: string[]): Promise<void> {
  process.once('SIGINT', () => {
    process.stderr.write(`\n${translator(langFromArgv(argv))('interrupted')}\n`);
    process.exit(EXIT.interrupted);
  });
  await main(argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // An unexpected bug: say where, but never print a client exception's full text (it can hold headers).
      const e = error as { name?: string; message?: string };
      process.stderr.write(
        `map: internal error: ${e.name ?? 'Error'}: ${(e.message ?? '').split('\n')[0]?.slice(0, 200)}\n`,
      );
      process.exit(EXIT.checkCrashed);
    },
  );
}

if (isEntryPoint(import.meta.url)) await run(process.argv.slice(2));
