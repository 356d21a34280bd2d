import type { EksTokenSpec } from '../aws/eks-token-source.ts';

/** A kubeconfig user's `exec` block, as client-node parses it. */
export interface ExecEntry {
  command?: string;
  args?: readonly string[] | null;
  env?: readonly { name: string; value: string }[] | null;
}

/** An `aws eks get-token` exec entry this process can stand in for. */
export interface AwsGetTokenEntry {
  spec: EksTokenSpec;
  /** The entry's `env` (AWS_PROFILE, AWS_STS_REGIONAL_ENDPOINTS, AWS_DEFAULT_REGION), to lay over the process's. */
  env: Record<string, string>;
}

const COMMANDS = new Set(['aws', 'aws.exe', 'aws.cmd']);
// The env entries update-kubeconfig and eksctl write, plus the ones that only choose a profile or region.
// Any other variable could change what the aws CLI does in ways not reproduced here.
const ENV_NAMES = new Set(['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_STS_REGIONAL_ENDPOINTS', 'AWS_DEFAULT_REGION']);
const VALUE_FLAGS: Record<string, keyof EksTokenSpec | 'cluster-id' | 'output'> = {
  '--region': 'region',
  '--profile': 'profile',
  '--cluster-name': 'clusterId',
  '--cluster-id': 'cluster-id',
  // update-kubeconfig writes `--role`, which the CLI's argparse takes as a prefix of --role-arn.
  '--role': 'roleArn',
  '--role-arn': 'roleArn',
  '--output': 'output',
};
const COMMAND_FLAGS = new Set(['--cluster-name', '--cluster-id', '--role', '--role-arn']);
const HARMLESS_SWITCHES = new Set(['--no-cli-pager', '--no-cli-auto-prompt']);

/**
 * Recognises `aws [--region R] eks get-token --cluster-name C|--cluster-id I [--role(-arn) A]
 * [--profile P] [--output json]` as update-kubeconfig and eksctl write it. Anything else
 * (another command, an unknown flag or env variable) returns undefined: run the plugin as is.
 */
export function parseAwsGetTokenExec(exec: ExecEntry | undefined | null): AwsGetTokenEntry | undefined {
  if (!exec?.command) return undefined;
  const base = exec.command.split(/[\\/]/).pop() ?? '';
  if (!COMMANDS.has(base.toLowerCase())) return undefined;
  const env: Record<string, string> = {};
  for (const e of exec.env ?? []) {
    if (!ENV_NAMES.has(e.name)) return undefined;
    env[e.name] = e.value;
  }
  const values: Partial<Record<string, string>> = {};
  const positionals: string[] = [];
  const args = exec.args ?? [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (HARMLESS_SWITCHES.has(arg)) continue;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const key = VALUE_FLAGS[flag];
    if (!key) return undefined;
    // get-token's own options only parse after the subcommand.
    if (COMMAND_FLAGS.has(flag) && positionals.length < 2) return undefined;
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || values[key] !== undefined) return undefined;
    values[key] = value;
  }
  if (positionals.length !== 2 || positionals[0] !== 'eks' || positionals[1] !== 'get-token') return undefined;
  if (values.output !== undefined && values.output !== 'json') return undefined;
  const clusterId = values.clusterId ?? values['cluster-id'];
  if (!clusterId || (values.clusterId && values['cluster-id'])) return undefined;
  const spec: EksTokenSpec = {
    clusterId,
    ...(values.region ? { region: values.region } : {}),
    ...(values.roleArn ? { roleArn: values.roleArn } : {}),
    ...(values.profile ? { profile: values.profile } : {}),
  };
  return { spec, env };
}
