/**
 * Runs the cluster read under listr2's progress line on stderr: live on a terminal, plain lines under CI.
 * listr2 is loaded here, only when there is somewhere to show progress.
 */
export async function showProgress(
  title: string,
  read: (task: { title: string }) => Promise<void>,
  // The request log writes its own lines to stderr: the live renderer would redraw over them.
  plainLines = false,
): Promise<void> {
  const { Listr, ListrLogger, ProcessOutput } = await import('listr2');
  const progressOutput = new ProcessOutput(process.stderr, process.stderr);
  const tasks = new Listr([{ title, task: (_ctx, task) => read(task) }], {
    renderer: 'default',
    fallbackRenderer: 'simple',
    // A pseudo-terminal that reports no width would wrap the live renderer one character per line.
    fallbackRendererCondition: () =>
      plainLines || !process.stderr.isTTY || !!process.env.CI || !(process.stderr.columns > 0),
    silentRendererCondition: () => !process.stderr.isTTY && !process.env.CI,
    rendererOptions: { logger: new ListrLogger({ processOutput: progressOutput }) },
    fallbackRendererOptions: { logger: new ListrLogger({ processOutput: progressOutput }) },
    exitOnError: true,
    // Ctrl-C is ours to answer (exit 130, see the doctor's run), not Listr's.
    registerSignalListeners: false,
  });
  await tasks.run();
}
