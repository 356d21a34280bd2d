import type { Pod } from '../wire.ts';

type Probe = NonNullable<NonNullable<Pod['spec']>['containers'][number]['livenessProbe']>;

/**
 * A probe written out in API terms with the kubelet's defaults filled in, e.g.
 * "httpGet http :8080/healthz, initialDelaySeconds=0, periodSeconds=10, timeoutSeconds=1, failureThreshold=3".
 */
export function describeProbe(probe: Probe): string {
  let action = 'unknown action';
  if (probe.httpGet)
    action = `httpGet ${(probe.httpGet.scheme ?? 'HTTP').toLowerCase()} :${probe.httpGet.port}${probe.httpGet.path ?? '/'}`;
  else if (probe.tcpSocket) action = `tcpSocket :${probe.tcpSocket.port}`;
  else if (probe.grpc) action = `grpc :${probe.grpc.port}${probe.grpc.service ? ` service=${probe.grpc.service}` : ''}`;
  else if (probe.exec) action = `exec ${JSON.stringify(probe.exec.command ?? [])}`;
  return [
    action,
    `initialDelaySeconds=${probe.initialDelaySeconds ?? 0}`,
    `periodSeconds=${probe.periodSeconds ?? 10}`,
    `timeoutSeconds=${probe.timeoutSeconds ?? 1}`,
    `failureThreshold=${probe.failureThreshold ?? 3}`,
  ].join(', ');
}

/** Seconds a probe allows before it gives up: initialDelay + period × failureThreshold. */
export function probeBudgetSeconds(probe: Probe): number {
  return (probe.initialDelaySeconds ?? 0) + (probe.periodSeconds ?? 10) * (probe.failureThreshold ?? 3);
}
