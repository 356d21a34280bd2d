import { langFromArgv, parseDoctorArgs, type DoctorOptions } from '../doctor/doctor-options.ts';
import { msg } from '../i18n/index.ts';
import { UsageError } from '../usage-error.ts';

export const MAP_OUTPUTS = ['tree', 'mermaid', 'dot', 'svg', 'html'] as const;
export type MapOutput = (typeof MAP_OUTPUTS)[number];

/** Everything `map` was asked to do: the doctor's options for where to read, plus how to draw. */
export interface MapOptions extends Omit<DoctorOptions, 'output'> {
  output: MapOutput;
}

// Doctor flags that choose findings or exit codes; a picture has neither.
const NOT_FOR_MAP = new Set(['--fail-on', '--only', '--skip', '-l', '--selector', '-A', '--all-namespaces']);

export { langFromArgv };

/**
 * Parses map's command line with the doctor's parser (same -n, --context, --kubeconfig,
 * --from-file, --lang, --explain...), after taking out -o, whose formats differ. Throws UsageError (exit 2).
 */
export function parseMapArgs(
  argv: readonly string[],
  checkIds: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): MapOptions {
  const rest: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') && arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (NOT_FOR_MAP.has(name)) throw new UsageError(msg('map.usage.notForMap', { flag: name }));
    if (name === '-o' || name === '--output') {
      if (arg.includes('=')) output = arg.slice(arg.indexOf('=') + 1);
      else {
        output = argv[i + 1];
        if (output === undefined || (output.startsWith('-') && output.length > 1))
          throw new UsageError(msg('usage.missingValue', { flag: name }));
        i += 1;
      }
      continue;
    }
    rest.push(arg);
  }
  const options = parseDoctorArgs(rest, checkIds, env);
  if (!options.help && output !== undefined && !(MAP_OUTPUTS as readonly string[]).includes(output))
    throw new UsageError(msg('map.usage.badOutput', { value: output }));
  return { ...options, output: (output as MapOutput | undefined) ?? 'tree' };
}
