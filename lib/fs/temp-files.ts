import { rmSync } from 'node:fs';

// Temporary files still on disk; removed on every way out of the process (normal exit, uncaught
// error, process.exit from a SIGINT handler, and SIGINT/SIGTERM/SIGHUP with no handler).
const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let onExitInstalled = false;
let onSignalInstalled = false;

/** Records a temporary file so that it is removed if the process ends before it is renamed or removed. */
export function trackTempFile(path: string): void {
  install();
  live.add(path);
}

/** The temporary file was renamed into place or removed: nothing left to clean. */
export function untrackTempFile(path: string): void {
  live.delete(path);
}

function removeAll(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

function install(): void {
  if (!onExitInstalled) process.on('exit', removeAll);
  onExitInstalled = true;
  if (!onSignalInstalled) for (const signal of SIGNALS) process.on(signal, onSignal);
  onSignalInstalled = true;
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  // Act like the default (die by the signal) unless someone else handles it, counting
  // signal-exit's listeners (proper-lockfile's) as not handling it, the way signal-exit v4 does.
  const emitter = (process as { __signal_exit_emitter__?: { count?: number } }).__signal_exit_emitter__;
  const passive = 1 + (typeof emitter?.count === 'number' ? emitter.count : 0);
  if (process.listeners(signal).length > passive) return;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  onSignalInstalled = false;
  process.kill(process.pid, signal);
}
