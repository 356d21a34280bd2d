import { $, ProcessOutput, which as zxWhich } from 'zx';

/** What a finished command gave back. `missing` is true when the program is not on PATH. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  missing?: boolean;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  input?: string;
}

/** The one door to real CLIs (aws, kubectl); tests swap in `fakeShell`. */
export interface Shell {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
  which(command: string): Promise<string | null>;
}

/** A shell that runs real programs through zx, never throwing on a non-zero exit. */
export function zxShell(): Shell {
  return {
    async run(command, args, options = {}) {
      const path = await zxWhich(command, { nothrow: true, path: options.env?.PATH ?? process.env.PATH });
      if (!path) return { exitCode: 127, stdout: '', stderr: `${command}: command not found`, missing: true };
      const run = $({
        nothrow: true,
        quiet: true,
        env: options.env ?? process.env,
        input: options.input,
        timeout: options.timeoutMs,
      });
      const out: ProcessOutput = await run`${path} ${args}`;
      return { exitCode: out.exitCode ?? 1, stdout: out.stdout, stderr: out.stderr };
    },
    async which(command) {
      return (await zxWhich(command, { nothrow: true })) ?? null;
    },
  };
}

/** One row of a fake command table: the full command line it answers, and what it returns. */
export interface FakeCommand {
  command: string;
  exitCode?: number;
  stdout?: string;
  stderr?: string;
  missing?: boolean;
}

/** A shell that answers from a table, for unit tests; an unlisted command fails loudly. */
export function fakeShell(table: readonly FakeCommand[]): Shell & { calls: string[] } {
  const calls: string[] = [];
  const find = (line: string) => table.find((row) => row.command === line);
  return {
    calls,
    run(command, args) {
      const line = [command, ...args].join(' ');
      calls.push(line);
      const row = find(line) ?? table.find((r) => r.command === command && r.missing);
      if (!row) return Promise.reject(new Error(`fakeShell: no entry for "${line}"`));
      if (row.missing)
        return Promise.resolve({ exitCode: 127, stdout: '', stderr: `${command}: command not found`, missing: true });
      return Promise.resolve({ exitCode: row.exitCode ?? 0, stdout: row.stdout ?? '', stderr: row.stderr ?? '' });
    },
    which(command) {
      const row = table.find((r) => r.command === command || r.command.startsWith(`${command} `));
      return Promise.resolve(row && !row.missing ? `/usr/bin/${command}` : null);
    },
  };
}
