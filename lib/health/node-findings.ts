import { msg } from '../i18n/index.ts';
import type { KubeNode } from '../doctor/wire.ts';
import type { HealthFinding } from './health-result.ts';

const PRESSURES = ['MemoryPressure', 'DiskPressure', 'PIDPressure'];

/** Nodes that are NotReady, cordoned or under pressure, as the snapshot shows them. */
export function nodeFindings(nodes: readonly KubeNode[]): HealthFinding[] {
  const findings: HealthFinding[] = [];
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    const conditions = node.status?.conditions ?? [];
    const ready = conditions.find((c) => c.type === 'Ready');
    const object = { kind: 'Node', name };
    if (ready && ready.status !== 'True')
      findings.push({
        code: 'node.not-ready',
        severity: 'error',
        namespace: null,
        object,
        message: msg('health.node.notReady', { name, reason: ready.reason ?? ready.status ?? '' }),
      });
    if (node.spec?.unschedulable)
      findings.push({
        code: 'node.cordoned',
        severity: 'warning',
        namespace: null,
        object,
        message: msg('health.node.cordoned', { name }),
      });
    const pressures = conditions.filter((c) => PRESSURES.includes(c.type ?? '') && c.status === 'True');
    if (pressures.length > 0)
      findings.push({
        code: 'node.pressure',
        severity: 'warning',
        namespace: null,
        object,
        message: msg('health.node.pressure', { name, conditions: pressures.map((c) => c.type).join(', ') }),
      });
  }
  return findings;
}
