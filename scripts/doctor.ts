#!/usr/bin/env -S npx tsx
// doctor: read a namespace once, judge it with every check, print the report, exit with a code CI can use.
import { CHECK_IDS, CHECKS } from '../checks/index.ts';
import { isEntryPoint } from '../lib/cli/entry-point.ts';
import { EXIT, type ExitCode } from '../lib/exit-codes.ts';
import { render, translator, type Lang } from '../lib/i18n/index.ts';
import { UsageError } from '../lib/usage-error.ts';
import { langFromArgv, parseDoctorArgs, type DoctorOptions } from '../lib/doctor/doctor-options.ts';
import { loadSnapshotFile, SnapshotFileError } from '../lib/doctor/load-file.ts';
import type { Report } from '../lib/doctor/report.ts';
import { exitCodeFor, runChecksInterruptible } from '../lib/doctor/run-checks.ts';
import { saveSnapshot, SnapshotOverwritesInputError } from '../lib/doctor/save-snapshot.ts';
import { installInterruptHandler, interruptSignal } from '../lib/interrupt.ts';
import { redact } from '../lib/security/redact.ts';
import { writeOutput } from '../lib/output/write-output.ts';
import { safeText } from '../lib/output/safe-text.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import { FIELD_BY_KIND } from '../lib/doctor/snapshot-from-objects.ts';
import { isClusterScoped, objectExists } from '../lib/doctor/object-lookup.ts';
import { renderJson } from '../lib/output/json.ts';
import { renderJunit } from '../lib/output/junit.ts';
import { renderMarkdown } from '../lib/output/markdown.ts';
import { renderTerminal } from '../lib/output/terminal.ts';
import { renderUnreadable, type Unreadable } from '../lib/output/unreadable.ts';

async function main(argv: string[], program: string): Promise<ExitCode> {
  let lang: Lang = langFromArgv(argv);
  const t = () => translator(lang);
  let options: DoctorOptions;
  try {
    options = parseDoctorArgs(argv, CHECK_IDS);
  } catch (error) {
    if (error instanceof UsageError) return fail(render(lang, error.message_), EXIT.usage);
    throw error;
  }
  lang = options.lang;
  if (options.help)
    return write(process.stdout, `${t()('doctor.help', { program, checks: CHECK_IDS.join(', ') || '-' })}\n`, EXIT.ok);

  let snapshot: Snapshot;
  let source: Report['source'];
  if (options.fromFile) {
    try {
      const path = options.fromFile;
      snapshot = await loadSnapshotFile(path, {
        namespace: options.namespace,
        allNamespaces: options.allNamespaces,
        maxBytes: options.maxInputBytes,
        signal: interruptSignal,
        onDropped: (count) => process.stderr.write(`${t()('doctor.file.dropped', { count, path })}\n`),
      });
    } catch (error) {
      if (error instanceof SnapshotFileError)
        return fail(
          `${render(lang, error.problem)}\n${render(lang, error.fix ?? { key: 'doctor.file.fix' })}`,
          EXIT.usage,
        );
      throw error;
    }
    source = { type: 'file', path: options.fromFile };
  } else {
    const read = await readCluster(options, lang);
    if (typeof read === 'number') return read;
    snapshot = read;
    source = { type: 'cluster' };
  }

  if (options.saveSnapshot) {
    const path = options.saveSnapshot;
    try {
      const saved = await saveSnapshot(path, snapshot, options.fromFile ? { input: options.fromFile } : {});
      const key = saved.toStdout ? 'doctor.save.stdout' : saved.replaced ? 'doctor.save.replaced' : 'doctor.save.done';
      process.stderr.write(`${t()(key, { path })}\n`);
    } catch (error) {
      if (error instanceof SnapshotOverwritesInputError)
        return fail(t()('doctor.save.sameAsInput', { path }), EXIT.usage);
      const reason = (error as { code?: string }).code ?? 'error';
      return fail(t()('doctor.save.failed', { path, reason }), EXIT.usage);
    }
  }

  let object = options.object;
  if (object) {
    object = {
      ...object,
      ...(snapshot.namespace !== null && !isClusterScoped(object.kind) ? { namespace: snapshot.namespace } : {}),
    };
    if (!objectExists(snapshot, object)) {
      const scope =
        object.namespace !== undefined
          ? t()('doctor.progress.namespace', { namespace: object.namespace })
          : isClusterScoped(object.kind)
            ? t()('doctor.object.clusterScope')
            : t()('doctor.progress.allNamespaces');
      const resource = FIELD_BY_KIND[object.kind]!.toLowerCase();
      return fail(t()('doctor.object.notFound', { kind: object.kind, name: object.name, scope, resource }), EXIT.usage);
    }
  }
  const report = await runChecksInterruptible(snapshot, CHECKS, {
    only: options.only,
    skip: options.skip,
    selector: options.selector,
    ...(object ? { object } : {}),
    source,
    signal: interruptSignal,
  });
  return write(
    process.stdout,
    await renderReport(report, snapshot, options, lang),
    exitCodeFor(report, options.failOn),
    lang,
  );
}

async function readCluster(options: DoctorOptions, lang: Lang): Promise<Snapshot | ExitCode> {
  // The same single read as the map's; it loads client-node only now (not for --help or --from-file).
  const { isReadFailure, readClusterSnapshot } = await import('../lib/doctor/read-cluster.ts');
  const read = await readClusterSnapshot(options, lang);
  if (!isReadFailure(read)) return read;
  if (read.code !== EXIT.usage) {
    const { code: _code, text: _text, ...facts } = read;
    await writeUnreadable(options, lang, facts);
  }
  return fail(read.text, read.code);
}

async function renderReport(report: Report, snapshot: Snapshot, options: DoctorOptions, lang: Lang): Promise<string> {
  switch (options.output) {
    case 'html': {
      // The page draws the namespace from the same snapshot; the graph code and elkjs load only for this format.
      const { buildGraph } = await import('../lib/map/build-graph.ts');
      const { renderDoctorHtml } = await import('../lib/output/html-report.ts');
      return renderDoctorHtml(report, buildGraph(snapshot, report), { lang, explain: options.explain });
    }
    case 'json':
      return renderJson(report, { lang });
    case 'junit':
      return renderJunit(report, { lang });
    case 'markdown':
      return renderMarkdown(report, { lang, explain: options.explain });
    case 'text':
      return renderTerminal(report, {
        lang,
        explain: options.explain,
        brief: options.brief,
        ...(options.object ? { object: `${options.object.kind}/${options.object.name}` } : {}),
        color: !!process.stdout.isTTY && !process.env.NO_COLOR,
      });
  }
}

/** For -o json|junit|markdown, still leaves a document on stdout saying why nothing was diagnosed (CI keeps it). */
async function writeUnreadable(
  options: DoctorOptions,
  lang: Lang,
  info: Omit<Unreadable, 'generatedAt' | 'namespace'> & { namespace?: string | null },
): Promise<void> {
  if (options.output === 'text') return;
  const namespace =
    info.namespace !== undefined ? info.namespace : options.allNamespaces ? null : (options.namespace ?? null);
  await write(
    process.stdout,
    renderUnreadable(options.output, { ...info, namespace, generatedAt: new Date().toISOString() }, lang),
    EXIT.ok,
    lang,
  );
}

function fail(text: string, code: ExitCode): ExitCode {
  process.stderr.write(`${safeText(text)}\n`);
  return code;
}

/** Writes the result; a reader that went away ends the run quietly, a failed write is one line and exit 5. */
async function write(stream: NodeJS.WriteStream, text: string, code: ExitCode, lang: Lang = 'en'): Promise<ExitCode> {
  const result = await writeOutput(stream, text);
  if (result.ok || result.closed) return code;
  return fail(translator(lang)('output.writeFailed', { code: result.code }), EXIT.outputFailed);
}

/** Runs the doctor with its arguments and exits with its code; `program` is how --help names the command. */
export async function run(argv: string[], program = 'npx tsx scripts/doctor.ts'): Promise<void> {
  installInterruptHandler(() => translator(langFromArgv(argv))('interrupted'));
  await main(argv, program).then(
    // A Ctrl-C that came while the report was written let it finish; the run still ends as interrupted.
    (code) => process.exit(interruptSignal.aborted ? EXIT.interrupted : code),
    (error: unknown) => {
      // An unexpected bug: say where, but never print a client exception's full text (it can hold headers).
      const e = error as { name?: string; message?: string };
      process.stderr.write(
        `doctor: internal error: ${e.name ?? 'Error'}: ${redact((e.message ?? '').split('\n')[0]?.slice(0, 200) ?? '')}\n`,
      );
      process.exit(EXIT.checkCrashed);
    },
  );
}

if (isEntryPoint(import.meta.url)) await run(process.argv.slice(2));
