import module from 'node:module';
import { EXIT } from '../exit-codes.ts';
import { detectLang, isLang, render, translator, type Lang, type MessageKey } from '../i18n/index.ts';
import { nearestName } from './nearest-name.ts';

/** What a subcommand's module exports: run with its arguments, set the exit code (or exit) when done. */
export interface CommandModule {
  run(argv: string[], program: string): Promise<void>;
}

/** One row of the subcommand table: adding a subcommand is adding a row. */
export interface Subcommand {
  name: string;
  /** One line for the command list in --help. */
  summary: MessageKey;
  /** Loads the command's code only when it runs, so no other command's dependencies are read. */
  load(): Promise<CommandModule>;
}

/** How the executable is called and where its version comes from. */
export interface CliInfo {
  /** `eks-guide`, or `kubectl guide` when kubectl runs us as a plugin. */
  program: string;
  version(): string;
}

/**
 * Runs `<program> <subcommand> [options]`: --help and --version here and on every subcommand; an unknown
 * subcommand is a usage error (exit 2) that suggests the nearest name.
 */
export async function dispatch(
  argv: readonly string[],
  commands: readonly Subcommand[],
  cli: CliInfo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  // Node 22+ keeps the compiled code of the bundles between runs (a no-op on Node 20): later runs start faster.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const { lang, rest } = leadingLang(argv, env);
  const t = translator(lang);
  const [name, ...args] = rest;
  const help = () =>
    t('cli.help', {
      program: cli.program,
      commands: commands.map((c) => `  ${c.name.padEnd(14)}${render(lang, { key: c.summary })}`).join('\n'),
    });
  if (name === undefined) return usage(help(), EXIT.usage);
  if (name === '--help' || name === '-h' || name === 'help') return usage(help(), EXIT.ok);
  if (name === '--version') return usage(cli.version(), EXIT.ok);
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const lines = [
      name.startsWith('-')
        ? t('usage.unknownFlag', { flag: name })
        : t('cli.unknownCommand', { name, commands: commands.map((c) => c.name).join(', ') }),
    ];
    const nearest = nearestName(
      name,
      commands.map((c) => c.name),
    );
    if (nearest) lines.push(t('cli.didYouMean', { command: `${cli.program} ${nearest}` }));
    lines.push(t('cli.seeHelp', { program: cli.program }));
    return usage(lines.join('\n'), EXIT.usage);
  }
  // Every subcommand answers --version the same way, before its own parser sees the arguments.
  if (args.includes('--version')) return usage(cli.version(), EXIT.ok);
  const lead = argv.slice(0, argv.length - rest.length);
  await (await command.load()).run([...lead, ...args], `${cli.program} ${command.name}`);
}

/** `--lang ko` may come before the subcommand (it is handed on to it) or after; it sets our own messages' language too. */
function leadingLang(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; rest: readonly string[] } {
  let flag: string | undefined;
  let skip = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    flag ??= value;
    if (i === skip) skip += a === '--lang' ? 2 : 1;
  }
  return {
    lang: detectLang(flag && isLang(flag) ? flag : undefined, env),
    rest: argv.slice(Math.min(skip, argv.length)),
  };
}

function usage(text: string, code: number): void {
  (code === EXIT.ok ? process.stdout : process.stderr).write(`${text}\n`);
  process.exitCode = code;
}
