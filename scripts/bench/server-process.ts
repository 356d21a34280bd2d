// A benchmark's server in a process of its own (its work is never counted in the measured command's time or
// memory), spoken to over its standard input and output: the first line it prints describes it, `count`
// asks how many requests it answered since the last count, and closing its input stops it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A running server process. */
export interface ServerProcess<Info> {
  /** The first line it printed, parsed as JSON. */
  info: Info;
  /** The requests it answered since the last call. */
  requests(): Promise<number>;
  /** Closes its standard input (it stops) and resolves once it has exited. */
  stop(): Promise<void>;
}

/** Starts `node --import tsx SCRIPT ARGS…` in `cwd` and resolves once it printed its first line. */
export async function startServerProcess<Info>(
  cwd: string,
  script: string,
  args: readonly string[] = [],
): Promise<ServerProcess<Info>> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  lines.on('line', (line) => (waiting.length ? waiting.shift()!.resolve(line) : queue.push(line)));
  lines.on('close', () => {
    for (const w of waiting.splice(0)) w.reject(new Error(`${script} exited (${child.exitCode})`));
  });
  const next = () =>
    new Promise<string>((resolve, reject) =>
      queue.length ? resolve(queue.shift()!) : waiting.push({ resolve, reject }),
    );
  const info = JSON.parse(await next()) as Info;
  return {
    info,
    async requests() {
      child.stdin.write('count\n');
      return Number(await next());
    },
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}
