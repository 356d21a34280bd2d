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

  /** The error as the user reads it, in their language. */
  describe(lang: Lang): string {
    const lines = [render(lang, this.problem)];
    if (this.evidence) lines.push(...this.evidence.split('\n').map((l) => `  > ${l}`));
    if (this.fix) lines.push(render(lang, this.fix));
    lines.push(...this.commands.map((c) => `  $ ${c}`));
    return lines.join('\n');
  }
}
