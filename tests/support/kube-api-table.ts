import type { ApiResource } from './kube-api-resources.ts';

type Obj = {
  metadata?: {
    name?: string;
    namespace?: string;
    creationTimestamp?: string;
    deletionTimestamp?: string;
    [k: string]: unknown;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
};

interface Column {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

const col = (name: string, type = 'string', priority = 0, format = ''): Column => ({
  name,
  type,
  format,
  description: name,
  priority,
});

/** True when the client asked for a meta.k8s.io Table (kubectl get without -o). */
export function wantsTable(accept: string | undefined): boolean {
  return !!accept && /as=Table/.test(accept) && /g=meta\.k8s\.io/.test(accept);
}

/**
 * Renders objects as the server-side Table kubectl prints: pods get the apiserver's
 * NAME/READY/STATUS/RESTARTS/AGE columns, every other kind NAME/AGE.
 */
export function toTable(
  res: ApiResource,
  items: readonly Obj[],
  listMeta: Record<string, unknown>,
  now = new Date(),
): unknown {
  const pods = res.kind === 'Pod';
  const columnDefinitions = pods
    ? [
        col('Name', 'string', 0, 'name'),
        col('Ready'),
        col('Status'),
        col('Restarts'),
        col('Age'),
        col('IP', 'string', 1),
        col('Node', 'string', 1),
        col('Nominated Node', 'string', 1),
        col('Readiness Gates', 'string', 1),
      ]
    : [col('Name', 'string', 0, 'name'), col('Age')];
  const rows = items.map((item) => ({
    cells: pods ? podCells(item, now) : [item.metadata?.name ?? '', age(item.metadata?.creationTimestamp, now)],
    object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: item.metadata ?? {} },
  }));
  return { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: listMeta, columnDefinitions, rows };
}

interface ContainerStatus {
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; terminated?: { reason?: string; exitCode?: number; signal?: number } };
  lastState?: { terminated?: { finishedAt?: string } };
}

// Follows pkg/printers/internalversion printPod for the common cases.
function podCells(pod: Obj, now: Date): unknown[] {
  const spec = pod.spec as { containers?: unknown[]; nodeName?: string; readinessGates?: unknown[] } | undefined;
  const status = (pod.status ?? {}) as {
    phase?: string;
    reason?: string;
    podIP?: string;
    nominatedNodeName?: string;
    initContainerStatuses?: ContainerStatus[];
    containerStatuses?: ContainerStatus[];
  };
  const total = spec?.containers?.length ?? 0;
  let reason = status.reason || status.phase || 'Unknown';
  let restarts = 0;
  let lastRestart: string | undefined;
  let initializing = false;
  const inits = status.initContainerStatuses ?? [];
  inits.forEach((c, i) => {
    restarts += c.restartCount ?? 0;
    const t = c.state?.terminated;
    if (t && t.exitCode === 0) return;
    initializing = true;
    if (t)
      reason = t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode}`;
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing')
      reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${inits.length}`;
  });
  let ready = 0;
  if (!initializing) {
    let hasRunning = false;
    for (const c of [...(status.containerStatuses ?? [])].reverse()) {
      restarts += c.restartCount ?? 0;
      const finished = c.lastState?.terminated?.finishedAt;
      if (finished && (!lastRestart || finished > lastRestart)) lastRestart = finished;
      const t = c.state?.terminated;
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (t?.reason) reason = t.reason;
      else if (t) reason = t.signal ? `Signal:${t.signal}` : `ExitCode:${t.exitCode}`;
      else {
        hasRunning = true;
        if (c.ready) ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = 'Running';
  } else {
    for (const c of status.containerStatuses ?? []) restarts += c.restartCount ?? 0;
  }
  if (pod.metadata?.deletionTimestamp) reason = status.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  const restartText = lastRestart ? `${restarts} (${age(lastRestart, now)} ago)` : restarts;
  return [
    pod.metadata?.name ?? '',
    `${ready}/${total}`,
    reason,
    restartText,
    age(pod.metadata?.creationTimestamp, now),
    status.podIP || '<none>',
    spec?.nodeName || '<none>',
    status.nominatedNodeName || '<none>',
    spec?.readinessGates?.length ? `0/${spec.readinessGates.length}` : '<none>',
  ];
}

/** kubectl's short human duration ("5m", "3h12m", "4d"). */
export function age(timestamp: string | undefined, now: Date): string {
  if (!timestamp) return '<unknown>';
  const s = Math.max(0, Math.floor((now.getTime() - Date.parse(timestamp)) / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  if (h < 48) return `${h}h`;
  const d = Math.floor(h / 24);
  if (d < 8) return h % 24 ? `${d}d${h % 24}h` : `${d}d`;
  if (d < 365 * 2) return `${d}d`;
  return `${Math.floor(d / 365)}y${d % 365}d`;
}
