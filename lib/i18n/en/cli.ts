/** Messages of the eks-guide command itself (the subcommand dispatcher). English is the source of truth. */
export const cli = {
  'cli.help': `Usage: {program} <command> [options]

From AWS access to a working kubectl on Amazon EKS, and plain-words diagnostics when pods,
volumes and services misbehave.

Commands:
{commands}

Options:
  -h, --help      show this help; {program} <command> --help shows a command's options
      --version   print the version
      --lang en|ko  language (default: from LANG / LC_ALL)

Examples:
  {program} setup --cluster prod --region ap-northeast-2 -n shop
  {program} doctor -n shop
  {program} doctor --from-file dump.json --lang ko`,
  'cli.command.setup': 'set kubectl up for an EKS cluster and prove it works',
  'cli.command.doctor': 'read a namespace once and explain what is wrong and what to run next',
  'cli.command.map': 'draw the namespace: how its objects hang together, and which are broken',
  'cli.command.token': 'print an EKS token for kubectl (an exec credential), cached until it expires',
  'cli.command.healthCheck': 'check EKS clusters and their namespaces unattended: one report, one exit code',
  'cli.unknownCommand': 'Unknown command "{name}". The commands are: {commands}.',
  'cli.didYouMean': 'Did you mean `{command}`?',
  'cli.seeHelp': 'Run `{program} --help` to see the commands.',
} as const;
