import type { Pod, Service } from '../../lib/doctor/wire.ts';

/** A Service port whose target no selected pod declares the way the Service needs it. */
export interface PortProblem {
  kind: 'named-port-missing' | 'target-port-not-declared' | 'protocol-mismatch';
  servicePort: string;
  target: string;
  protocol: string;
  /** For protocol-mismatch: the protocol the pods declare for that port. */
  podProtocol?: string;
  /** Per distinct port list among the pods: one pod name and its declared ports. */
  declared: { pod: string; ports: string }[];
}

/** Checks every Service port's targetPort against the containers of the selected pods. */
export function portProblems(service: Service, pods: readonly Pod[]): PortProblem[] {
  const problems: PortProblem[] = [];
  const declared = declaredPorts(pods);
  for (const port of service.spec?.ports ?? []) {
    const target = port.targetPort ?? port.port;
    const protocol = port.protocol ?? 'TCP';
    const servicePort = port.name ? `${port.name} (${port.port})` : String(port.port);
    const all = pods.flatMap((p) => [...(p.spec?.containers ?? [])].flatMap((c) => c.ports ?? []));
    const base = { servicePort, target: String(target), protocol, declared };
    if (typeof target === 'string' && !/^\d+$/.test(target)) {
      // The endpoints controller resolves a named port by name and protocol together.
      if (all.some((p) => p.name === target && (p.protocol ?? 'TCP') === protocol)) continue;
      const other = all.find((p) => p.name === target);
      problems.push(
        other
          ? { ...base, kind: 'protocol-mismatch', podProtocol: other.protocol ?? 'TCP' }
          : { ...base, kind: 'named-port-missing' },
      );
      continue;
    }
    const number = Number(target);
    // containerPort is informational: a pod that declares no ports may still listen.
    if (all.length === 0 || all.some((p) => p.containerPort === number && (p.protocol ?? 'TCP') === protocol)) continue;
    const other = all.find((p) => p.containerPort === number);
    problems.push(
      other
        ? { ...base, kind: 'protocol-mismatch', podProtocol: other.protocol ?? 'TCP' }
        : { ...base, kind: 'target-port-not-declared' },
    );
  }
  return problems;
}

function declaredPorts(pods: readonly Pod[]): { pod: string; ports: string }[] {
  const seen = new Map<string, string>();
  for (const pod of pods) {
    const ports = (pod.spec?.containers ?? [])
      .flatMap((c) => c.ports ?? [])
      .map((p) => `${p.name ? `${p.name}/` : ''}${p.containerPort}/${p.protocol ?? 'TCP'}`)
      .join(', ');
    if (!seen.has(ports)) seen.set(ports, pod.metadata?.name ?? '');
  }
  return [...seen].slice(0, 3).map(([ports, pod]) => ({ pod, ports }));
}
