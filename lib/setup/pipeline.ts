import {
  Listr,
  ListrLogger,
  ProcessOutput,
  type ListrRendererFactory,
  type ListrTask,
  type ListrTaskWrapper,
} from 'listr2';
import { render, translator, type Lang } from '../i18n/index.ts';
import type { SetupKube } from '../kube/kube-client.ts';
import { accessLabel, checkAccess } from './access-step.ts';
import { checkCluster, endpointAccessText, skewNote } from './cluster-step.ts';
import { checkIdentity } from './identity-step.ts';
import { installCommand } from './install-hints.ts';
import { updateKubeconfig } from './kubeconfig-step.ts';
import { resolveRegion } from './region.ts';
import type { SetupContext, SetupDeps, SetupNote, SetupOptions } from './setup-context.ts';
import { commandLines, StepError } from './step-error.ts';
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

type Task = ListrTaskWrapper<SetupContext, ListrRendererFactory, ListrRendererFactory>;

/** A check the caller started before the pipeline was built (the tools probe, while modules load). */
export interface StartedChecks {
  tools?: ReturnType<typeof checkTools>;
}

/** The whole setup run, wired in one place: tools and identity checked together, then cluster, kubeconfig, access, verify. */
export function setupPipeline(
  options: SetupOptions,
  deps: SetupDeps,
  choice: RenderChoice,
  started: StartedChecks = {},
): Listr<SetupContext> {
  const lang = options.lang;
  const t = translator(lang);
  let kubeClient: SetupKube | undefined;
  const kube = (ctx: SetupContext) => () => {
    const k = ctx.kubeconfig!;
    kubeClient ??= deps.kube(options.dryRun ? { text: k.text } : { path: k.path }, k.contextName);
    return kubeClient;
  };
  const persist = { persistentOutput: true } as const;
  const running = (ctx: SetupContext) => ctx.failure === undefined;

  type ToolsCheck = Awaited<ReturnType<typeof checkTools>>;
  type IdentityCheck = Awaited<ReturnType<typeof checkIdentity>> & { region: string };
  const tools = (check: Promise<ToolsCheck>): ListrTask<SetupContext> => ({
    title: t('setup.title.tools'),
    rendererOptions: persist,
    task: step(lang, async (ctx, task) => {
      const { tools: found, notes } = await check;
      ctx.tools = found;
      keep(ctx, task, notes, lang);
      task.title = t('setup.title.toolsDone', { aws: found.aws.text, kubectl: found.kubectl.text });
    }),
  });
  const identity = (check: Promise<IdentityCheck>): ListrTask<SetupContext> => ({
    title: t('setup.title.identity'),
    rendererOptions: persist,
    task: step(lang, async (ctx, task) => {
      const found = await check;
      ctx.region = found.region;
      ctx.identity = found.identity;
      ctx.principal = found.principal;
      keep(ctx, task, found.notes, lang);
      const caller = found.identity.callerArn;
      // With --role-arn the kubeconfig and every access check are about that role, not the caller.
      task.title = found.principal.fromRoleFlag
        ? t('setup.title.identityDoneRole', { caller, role: found.principal.fullArn })
        : found.identity.kind === 'assumed-role'
          ? t('setup.title.identityDoneAssumed', { caller, role: found.identity.fullArn })
          : t('setup.title.identityDone', { caller });
    }),
  });
  const tasks: ListrTask<SetupContext>[] = [
    {
      title: t('setup.title.toolsAndIdentity'),
      // With exitOnError on, listr2 reports a failed child's error again on this group (the simple
      // renderer prints it twice). Off, the group only shows as failed; step() keeps the failure
      // in ctx, the later steps are disabled and runSetup rethrows it.
      exitOnError: false,
      task: (_ctx, task) => {
        // Both checks start now and run side by side, but their tasks run in order: a concurrent
        // Listr leaves the other task running after a failure, and it redraws below the explanation.
        const toolsCheck = started.tools ?? checkTools(deps);
        const identityCheck = resolveRegion(options, deps).then(async (region) => ({
          region,
          ...(await checkIdentity(options, region, deps)),
        }));
        // Each is awaited by its task; one left unawaited after an earlier failure must not be an unhandled rejection.
        toolsCheck.catch(() => undefined);
        identityCheck.catch(() => undefined);
        return task.newListr([tools(toolsCheck), identity(identityCheck)], { exitOnError: true });
      },
    },
    {
      title: t('setup.title.cluster'),
      enabled: running,
      rendererOptions: persist,
      task: step(lang, async (ctx, task) => {
        const { cluster, notes } = await checkCluster(options, ctx.region!, deps);
        ctx.cluster = cluster;
        const skew = skewNote(ctx.tools, cluster, installCommand('kubectl', deps.platform));
        keep(ctx, task, skew ? [...notes, skew] : notes, lang);
        task.title = t('setup.title.clusterDone', {
          cluster: cluster.name,
          version: cluster.version,
          status: cluster.status,
          mode: cluster.authenticationMode,
          endpoint: cluster.endpoint,
          access: endpointAccessText(cluster, lang),
        });
      }),
    },
    {
      title: t('setup.title.kubeconfig'),
      enabled: running,
      rendererOptions: persist,
      task: step(lang, async (ctx, task) => {
        const plan = await updateKubeconfig(options, ctx.cluster!, deps);
        ctx.kubeconfig = plan;
        const params = { context: plan.contextName, path: plan.path };
        task.title =
          plan.action === 'unchanged'
            ? t('setup.title.kubeconfigUnchanged', params)
            : options.dryRun
              ? t(
                  plan.action === 'added' ? 'setup.title.kubeconfigDryRunAdd' : 'setup.title.kubeconfigDryRunUpdate',
                  params,
                )
              : t(plan.action === 'added' ? 'setup.title.kubeconfigAdded' : 'setup.title.kubeconfigUpdated', params);
      }),
    },
    {
      title: t('setup.title.access'),
      enabled: running,
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
      enabled: running,
      rendererOptions: persist,
      task: step(lang, async (ctx, task) => {
        const k = ctx.kubeconfig!;
        const result = await verifyAccess(
          options,
          {
            cluster: ctx.cluster!,
            principal: ctx.principal!,
            ...(ctx.access ? { access: ctx.access } : {}),
            kubeconfigPath: k.path,
            contextName: k.contextName,
            ...(ctx.tools ? { tools: ctx.tools } : {}),
          },
          kube(ctx),
          deps,
        );
        ctx.verify = result;
        keep(ctx, task, result.notes, lang);
        task.title = options.dryRun
          ? t('setup.title.verifyDryRun', { namespace: options.namespace })
          : t('setup.title.verifyDone', { namespace: options.namespace });
      }),
    },
  ];
  // listr2 takes the output streams from the renderer's logger; without one, progress goes to stdout.
  const logger = {
    logger: new SetupLogger(
      choice.stream ? new ProcessOutput(choice.stream, choice.stream) : undefined,
      t('setup.failedLabel'),
    ),
  };
  return new Listr<SetupContext>(tasks, {
    ctx: { options, notes: [] },
    exitOnError: true,
    registerSignalListeners: false,
    renderer: choice.renderer,
    // listr2 falls back to it whenever stdout is not a terminal (setup-eks > summary.txt).
    fallbackRenderer: 'simple',
    rendererOptions: { collapseErrors: false, collapseSubtasks: false, ...logger },
    fallbackRendererOptions: { ...logger },
  } as ConstructorParameters<typeof Listr<SetupContext>>[1]);
}

/** listr2's logger with its fixed English "FAILED: reason" label in the user's language. */
class SetupLogger extends ListrLogger {
  constructor(
    processOutput: ProcessOutput | undefined,
    private readonly failedLabel: string,
  ) {
    super({ useIcons: true, ...(processOutput ? { processOutput } : {}) });
  }

  override wrap(message: string, options?: Parameters<ListrLogger['wrap']>[1]): string {
    return super.wrap(
      message?.startsWith('FAILED: ') ? `${this.failedLabel}: ${message.slice('FAILED: '.length)}` : message,
      options,
    );
  }
}

/** Runs the pipeline; rejects with the first step failure, including one the tools-and-identity group held back. */
export async function runSetup(listr: Listr<SetupContext>): Promise<SetupContext> {
  const ctx = await listr.run();
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a step threw, unchanged
  if (ctx.failure !== undefined) throw ctx.failure;
  return ctx;
}

/**
 * Wraps a step: a StepError's message becomes its one-line reason, which Listr shows on the
 * failed task; the whole explanation (StepError.describe) is printed once after the run.
 */
function step(lang: Lang, run: (ctx: SetupContext, task: Task) => Promise<void>) {
  return async (ctx: SetupContext, task: Task) => {
    try {
      await run(ctx, task);
    } catch (error) {
      if (error instanceof StepError) error.message = error.reason(lang);
      if (ctx.failure === undefined) ctx.failure = error;
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
  lines.push(...commandLines(note.commands ?? [], '  '));
  return lines.join('\n');
}
