import { Listr, ProcessOutput, type ListrTask, type ListrTaskWrapper } from 'listr2';
import { render, translator, type Lang } from '../i18n/index.ts';
import type { SetupKube } from '../kube/kube-client.ts';
import { accessLabel, checkAccess } from './access-step.ts';
import { checkCluster, skewNote } from './cluster-step.ts';
import { checkIdentity, identityLabel } from './identity-step.ts';
import { installCommand } from './install-hints.ts';
import { updateKubeconfig } from './kubeconfig-step.ts';
import { resolveRegion } from './region.ts';
import type { SetupContext, SetupDeps, SetupNote, SetupOptions } from './setup-context.ts';
import { StepError } from './step-error.ts';
import { checkTools } from './tools-step.ts';
import { verifyAccess } from './verify-step.ts';

/** How Listr draws progress: the CLI picks by terminal and CI; tests use silent. */
export interface RenderChoice {
  renderer: 'default' | 'simple' | 'silent';
  /** Where progress goes; the CLI passes stderr so stdout carries only the summary. */
  stream?: NodeJS.WriteStream;
}

/** Picks the renderer: the plain one under CI, DEBUG or without a terminal on stderr. */
export function chooseRenderer(env: NodeJS.ProcessEnv, stderrIsTTY: boolean): RenderChoice['renderer'] {
  return env.CI === 'true' || env.CI === '1' || Boolean(env.DEBUG) || !stderrIsTTY ? 'simple' : 'default';
}

type Task = ListrTaskWrapper<SetupContext, any, any>;

/** The whole setup run, wired in one place: tools and identity together, then cluster, kubeconfig, access, verify. */
export function setupPipeline(options: SetupOptions, deps: SetupDeps, choice: RenderChoice): Listr<SetupContext> {
  const lang = options.lang;
  const t = translator(lang);
  let kubeClient: SetupKube | undefined;
  const kube = (ctx: SetupContext) => () => {
    const k = ctx.kubeconfig!;
    kubeClient ??= deps.kube(options.dryRun ? { text: k.text } : { path: k.path }, k.contextName);
    return kubeClient;
  };
  const persist = { persistentOutput: true } as const;

  const tools: ListrTask<SetupContext> = {
    title: t('setup.title.tools'),
    rendererOptions: persist,
    task: step(lang, async (ctx, task) => {
      const { tools: found, notes } = await checkTools(deps);
      ctx.tools = found;
      keep(ctx, task, notes, lang);
      task.title = t('setup.title.toolsDone', { aws: found.aws.text, kubectl: found.kubectl.text });
    }),
  };
  const identity: ListrTask<SetupContext> = {
    title: t('setup.title.identity'),
    rendererOptions: persist,
    task: step(lang, async (ctx, task) => {
      ctx.region = await resolveRegion(options, deps);
      const found = await checkIdentity(options, ctx.region, deps);
      ctx.identity = found.identity;
      ctx.principal = found.principal;
      keep(ctx, task, found.notes, lang);
      task.title = t('setup.title.identityDone', { account: found.identity.account, principal: identityLabel(found.identity) });
    }),
  };
  const tasks: ListrTask<SetupContext>[] = [
    {
      title: t('setup.title.toolsAndIdentity'),
      task: (_ctx, task) => task.newListr([tools, identity], { concurrent: true, exitOnError: true }),
    },
    {
      title: t('setup.title.cluster'),
      rendererOptions: persist,
      task: step(lang, async (ctx, task) => {
        const { cluster, notes } = await checkCluster(options, ctx.region!, deps);
        ctx.cluster = cluster;
        const skew = skewNote(ctx.tools, cluster, installCommand('kubectl', deps.platform));
        keep(ctx, task, skew ? [...notes, skew] : notes, lang);
        task.title = t('setup.title.clusterDone', { cluster: cluster.name, version: cluster.version, status: cluster.status, mode: cluster.authenticationMode });
      }),
    },
    {
      title: t('setup.title.kubeconfig'),
      rendererOptions: persist,
      task: step(lang, async (ctx, task) => {
        const plan = await updateKubeconfig(options, ctx.cluster!, deps);
        ctx.kubeconfig = plan;
        const params = { context: plan.contextName, path: plan.path };
        task.title = plan.action === 'unchanged'
          ? t('setup.title.kubeconfigUnchanged', params)
          : options.dryRun
            ? t(plan.action === 'added' ? 'setup.title.kubeconfigDryRunAdd' : 'setup.title.kubeconfigDryRunUpdate', params)
            : t(plan.action === 'added' ? 'setup.title.kubeconfigAdded' : 'setup.title.kubeconfigUpdated', params);
      }),
    },
    {
      title: t('setup.title.access'),
      rendererOptions: persist,
      task: step(lang, async (ctx, task) => {
        const { access, notes } = await checkAccess(options, ctx.cluster!, ctx.principal!, kube(ctx), deps);
        ctx.access = access;
        keep(ctx, task, notes, lang);
        const label = accessLabel(access, options.namespace);
        task.title = render(lang, { key: label.key, params: label.params });
      }),
    },
    {
      title: t('setup.title.verify'),
      rendererOptions: persist,
      task: step(lang, async (ctx, task) => {
        const k = ctx.kubeconfig!;
        const result = await verifyAccess(
          options,
          { cluster: ctx.cluster!, principal: ctx.principal!, ...(ctx.access ? { access: ctx.access } : {}), kubeconfigPath: k.path, contextName: k.contextName },
          kube(ctx),
          deps,
        );
        ctx.verify = result;
        task.title = options.dryRun ? t('setup.title.verifyDryRun', { namespace: options.namespace }) : t('setup.title.verifyDone', { namespace: options.namespace });
      }),
    },
  ];
  return new Listr<SetupContext>(tasks, {
    ctx: { options, notes: [] },
    exitOnError: true,
    registerSignalListeners: false,
    renderer: choice.renderer,
    fallbackRenderer: 'simple',
    rendererOptions: { collapseErrors: false, collapseSubtasks: false },
    ...(choice.stream ? { processOutput: new ProcessOutput(choice.stream, choice.stream) } : {}),
  } as ConstructorParameters<typeof Listr<SetupContext>>[1]);
}

/** Wraps a step so a StepError reads, in Listr's output, as the problem, evidence, fix and commands. */
function step(lang: Lang, run: (ctx: SetupContext, task: Task) => Promise<void>) {
  return async (ctx: SetupContext, task: Task) => {
    try {
      await run(ctx, task);
    } catch (error) {
      if (error instanceof StepError) error.message = error.describe(lang);
      throw error;
    }
  };
}

/** Records a step's notes for the summary and shows them under the task. */
function keep(ctx: SetupContext, task: Task, notes: readonly SetupNote[], lang: Lang): void {
  if (notes.length === 0) return;
  ctx.notes.push(...notes);
  task.output = notes.map((n) => formatNote(n, lang)).join('\n');
}

/** A note as text: its level, message and commands. */
export function formatNote(note: SetupNote, lang: Lang): string {
  const t = translator(lang);
  const lines = [`${t(note.level === 'warn' ? 'setup.note.warn' : 'setup.note.info')}: ${render(lang, note.message)}`];
  lines.push(...(note.commands ?? []).map((c) => `  $ ${c}`));
  return lines.join('\n');
}
