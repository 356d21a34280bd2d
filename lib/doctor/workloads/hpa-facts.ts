import type { HorizontalPodAutoscaler } from '../wire.ts';
import { parseQuantity } from './resource-quantity.ts';

/**
 * Why the HPA controller could not compute a replica count, from its ScalingActive / AbleToScale
 * condition or its event (pkg/controller/podautoscaler/horizontal.go and replica_calculator.go,
 * v1.23–v1.33): "failed to get cpu utilization: unable to get metrics for resource cpu: unable to
 * fetch metrics from resource metrics API: <API error>", "missing request for cpu in container app
 * of Pod web-x", and for the target "deployments.apps \"web\" not found".
 */
export type HpaError =
  | { kind: 'metrics-api-missing'; resource?: string }
  | { kind: 'metrics-api-unavailable'; resource?: string }
  | { kind: 'missing-request'; resource: string; container: string; pod: string }
  | { kind: 'target-not-found' }
  | { kind: 'other' };

/** Reads one HPA controller message into a known cause, or 'other'. */
export function parseHpaError(message: string): HpaError {
  const resource =
    /unable to get metrics for resource (\S+?):/.exec(message)?.[1] ??
    /failed to get (\S+?) (?:utilization|usage|container metric value|resource metric value)/.exec(message)?.[1];
  const missing = /missing request for (\S+) in container (\S+) of Pod (\S+)/.exec(message);
  if (missing) return { kind: 'missing-request', resource: missing[1]!, container: missing[2]!, pod: missing[3]! };
  // Only the resource metrics API is metrics-server's; custom and external metrics come from other adapters.
  if (/resource metrics API/.test(message) || /\(get pods\.metrics\.k8s\.io\)/.test(message)) {
    // 404: no APIService for metrics.k8s.io (metrics-server never installed).
    if (/could not find the requested resource/.test(message))
      return { kind: 'metrics-api-missing', ...(resource ? { resource } : {}) };
    // 503: the APIService exists but nothing behind it answers.
    if (/currently unable to handle the request|service unavailable|no endpoints available/i.test(message))
      return { kind: 'metrics-api-unavailable', ...(resource ? { resource } : {}) };
  }
  if (/^(?:the HPA controller was unable to get the target's current scale: )?\S+ "[^"]+" not found$/.test(message))
    return { kind: 'target-not-found' };
  return { kind: 'other' };
}

/** One metric of an HPA: its current value against its target, as kubectl describe shows them. */
export interface MetricLine {
  metric: string;
  current: string;
  target: string;
  /** Whether the current value is above the target; undefined when it cannot be compared. */
  above?: boolean;
}

type Target = { averageUtilization?: number; averageValue?: string; value?: string };
type Current = Target;

/** Each spec metric with its current value from status.currentMetrics, in spec order. */
export function metricLines(hpa: HorizontalPodAutoscaler): MetricLine[] {
  const statuses = hpa.status?.currentMetrics ?? [];
  return (hpa.spec?.metrics ?? []).map((spec) => {
    let metric = spec.type;
    let target: Target | undefined;
    let current: Current | undefined;
    if (spec.type === 'Resource' && spec.resource) {
      metric = spec.resource.name;
      target = spec.resource.target;
      current = statuses.find((s) => s.type === 'Resource' && s.resource?.name === metric)?.resource?.current;
    } else if (spec.type === 'ContainerResource' && spec.containerResource) {
      const { name, container } = spec.containerResource;
      metric = `${name} (container ${container})`;
      target = spec.containerResource.target;
      current = statuses.find((s) => s.containerResource?.name === name && s.containerResource.container === container)
        ?.containerResource?.current;
    } else if (spec.type === 'Pods' && spec.pods) {
      metric = spec.pods.metric.name;
      target = spec.pods.target;
      current = statuses.find((s) => s.pods?.metric.name === metric)?.pods?.current;
    } else if (spec.type === 'Object' && spec.object) {
      metric = spec.object.metric.name;
      target = spec.object.target;
      current = statuses.find((s) => s.object?.metric.name === metric)?.object?.current;
    } else if (spec.type === 'External' && spec.external) {
      metric = spec.external.metric.name;
      target = spec.external.target;
      current = statuses.find((s) => s.external?.metric.name === metric)?.external?.current;
    }
    return compare(metric, current, target);
  });
}

function compare(metric: string, current: Current | undefined, target: Target | undefined): MetricLine {
  if (target?.averageUtilization !== undefined) {
    const now = current?.averageUtilization;
    return {
      metric,
      current: now === undefined ? '<unknown>' : `${now}%`,
      target: `${target.averageUtilization}%`,
      ...(now === undefined ? {} : { above: now > target.averageUtilization }),
    };
  }
  const wanted = target?.averageValue ?? target?.value;
  const now = target?.averageValue !== undefined ? current?.averageValue : (current?.value ?? current?.averageValue);
  const a = parseQuantity(now === undefined ? undefined : String(now));
  const b = parseQuantity(wanted === undefined ? undefined : String(wanted));
  return {
    metric,
    current: now === undefined ? '<unknown>' : String(now),
    target: wanted === undefined ? '<unknown>' : String(wanted),
    ...(a !== undefined && b !== undefined ? { above: a > b } : {}),
  };
}
