// The subcommands of eks-guide (and `kubectl guide`): one row each, loaded only when it runs.
import type { Subcommand } from '../lib/cli/dispatch.ts';

export const SUBCOMMANDS: readonly Subcommand[] = [
  { name: 'setup', summary: 'cli.command.setup', load: () => import('./setup-eks.ts') },
  { name: 'doctor', summary: 'cli.command.doctor', load: () => import('./doctor.ts') },
  { name: 'map', summary: 'cli.command.map', load: () => import('./map.ts') },
  { name: 'token', summary: 'cli.command.token', load: () => import('./token.ts') },
  { name: 'health-check', summary: 'cli.command.healthCheck', load: () => import('./health-check.ts') },
];
