import { EXIT, type ExitCode } from '../exit-codes.ts';
import { render, type Lang, type Message } from '../i18n/index.ts';

/** A step's failure: what is wrong, what to do, and the exact commands to run next. */
export class StepError extends Error {
  constructor(
    readonly problem: Message,
    readonly fix?: Message,
    readonly commands: readonly string[] = [],
    /** Verbatim text from the tool or service that failed (never tokens or headers). */
    readonly evidence?: string,
    readonly exitCode: ExitCode = EXIT.failed,
  ) {
    super(problem.key);
    this.name = 'StepError';
  }

  /** The one line a progress renderer shows on the failed step: the first line of the problem. */
  reason(lang: Lang): string {
    return render(lang, this.problem).split('\n')[0] ?? '';
  }

  /** The whole explanation, printed once after the run: problem, quoted evidence, fix, one command per line. */
  describe(lang: Lang): string {
    const lines = [render(lang, this.problem)];
    if (this.evidence) lines.push(...this.evidence.split('\n').map((l) => `  > ${l}`));
    if (this.fix) lines.push(render(lang, this.fix));
    lines.push(...commandLines(this.commands));
    return lines.join('\n');
  }
}

/**
 * Commands as lines to copy: each starts with `$ `. An entry that starts with whitespace is
 * text to paste into the command before it (the aws-auth rows under `kubectl edit`), so it
 * keeps its indentation and gets no `$`.
 */
export function commandLines(commands: readonly string[], indent = ''): string[] {
  return commands.map((c) => (/^\s/.test(c) ? `${indent}${c}` : `${indent}$ ${c}`));
}
