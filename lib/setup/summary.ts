import { translator, type Lang } from '../i18n/index.ts';
import { resolveKubeconfigPath } from '../kube/kubeconfig-path.ts';
import { eksConsoleUrl } from '../aws/console-url.ts';
import { formatNote } from './pipeline.ts';
import type { SetupContext } from './setup-context.ts';

/** The doctor as the user ran setup: `eks-guide setup` -> `eks-guide doctor`, the script form -> its sibling. */
export function doctorCommandFor(setupProgram: string): string {
  return setupProgram.endsWith(' setup')
    ? `${setupProgram.slice(0, -' setup'.length)} doctor`
    : 'npx tsx scripts/doctor.ts';
}

/** The closing summary for stdout: what was done, notes, and the next commands to try. */
export function setupSummary(
  ctx: SetupContext,
  lang: Lang,
  env: NodeJS.ProcessEnv,
  home: string,
  doctorCommand = 'npx tsx scripts/doctor.ts',
): string {
  const t = translator(lang);
  const { options, cluster, kubeconfig, identity } = ctx;
  const out: string[] = [];
  if (cluster && identity) {
    // Full ARNs, role path included: what an administrator needs to write an access entry.
    const params = {
      cluster: cluster.name,
      version: cluster.version,
      region: cluster.region,
      principal: identity.kind === 'assumed-role' ? identity.fullArn : identity.callerArn,
    };
    // kubectl acts as the --role-arn role, which the caller only assumes.
    const role = ctx.principal?.fromRoleFlag ? ctx.principal.fullArn : undefined;
    // A dry run wrote nothing, so kubectl is not ready yet; say what was checked instead.
    if (options.dryRun) out.push(t('setup.summary.doneDryRun', { ...params, principal: role ?? params.principal }));
    else
      out.push(role !== undefined ? t('setup.summary.doneRole', { ...params, role }) : t('setup.summary.done', params));
    out.push(
      identity.kind === 'assumed-role'
        ? t('setup.summary.identityRole', { caller: identity.callerArn, role: identity.fullArn })
        : t('setup.summary.identity', { caller: identity.callerArn }),
      t('setup.summary.console', { url: eksConsoleUrl(cluster.arn, cluster.name, cluster.region) }),
    );
  }
  if (kubeconfig) {
    if (options.dryRun) {
      if (kubeconfig.diff) out.push(t('setup.summary.dryRun', { path: kubeconfig.path }), kubeconfig.diff);
      else out.push(t('setup.summary.dryRunNoChange', { path: kubeconfig.path }));
    } else {
      const action = t(
        kubeconfig.action === 'added'
          ? 'setup.action.added'
          : kubeconfig.action === 'updated'
            ? 'setup.action.updated'
            : 'setup.action.unchanged',
      );
      out.push(t('setup.summary.context', { context: kubeconfig.contextName, path: kubeconfig.path, action }));
      if (kubeconfig.backupPath) out.push(t('setup.summary.backup', { path: kubeconfig.backupPath }));
    }
  }
  if (ctx.verify?.kubectlOutput) {
    out.push(
      '',
      t('setup.summary.pods', { namespace: options.namespace }),
      ...ctx.verify.kubectlOutput.split('\n').map((l) => `  ${l}`),
    );
  }
  if (ctx.notes.length > 0) {
    out.push('', t('setup.summary.notes'), ...ctx.notes.map((n) => indent(formatNote(n, lang))));
  }
  const ns = options.namespace;
  // Outside the default kubeconfig the commands must name the file and context.
  const defaultPath = resolveKubeconfigPath(undefined, env, home);
  const where =
    kubeconfig && kubeconfig.path !== defaultPath
      ? ` --kubeconfig ${kubeconfig.path} --context ${kubeconfig.contextName}`
      : '';
  const next: [string, string][] = [
    [`kubectl get pod -n ${ns}${where}`, t('setup.summary.nextGet')],
    [`kubectl describe pod <pod> -n ${ns}${where}`, t('setup.summary.nextDescribe')],
    [`kubectl rollout status deployment/<name> -n ${ns}${where}`, t('setup.summary.nextRollout')],
    [`${doctorCommand} -n ${ns}${where}`, t('setup.summary.nextDoctor')],
  ];
  const width = Math.max(...next.map(([command]) => command.length));
  out.push('', t('setup.summary.next'), ...next.map(([command, what]) => `  ${command.padEnd(width)} # ${what}`));
  return `${out.join('\n')}\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
