import { spawn } from 'node:child_process';
import { inject } from 'vitest';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a real program without a TTY and collects its output; never throws on a non-zero exit. */
export function runCli(
  command: string,
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: opts.env ?? process.env,
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX_LOADER = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

/**
 * The arguments that run one of our TypeScript scripts the way `npx tsx scripts/x.ts` does, in one Node
 * process (npx and tsx's own launcher each cost a Node start-up; the suite runs hundreds of these).
 */
export function scriptArgs(script: string, args: readonly string[]): string[] {
  return ['--import', TSX_LOADER, script.startsWith('/') ? script : `${ROOT}${script}`, ...args];
}

/** Runs `scripts/<name>.ts` (a path from the repository root, or absolute) like `npx tsx` does. */
export function runScript(
  script: string,
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  return runCli(process.execPath, scriptArgs(script, args), opts);
}

/** Runs `eks-guide ARGS…` as the installed package runs it: the suite's build of dist/eks-guide.js under Node. */
export function runBuiltEksGuide(
  args: readonly string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<CliResult> {
  return runCli(process.execPath, [inject('builtEksGuide'), ...args], opts);
}
