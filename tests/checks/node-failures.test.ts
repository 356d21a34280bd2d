import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../checks/index.ts';
import { nodeFailuresCheck } from '../../checks/node-failures.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';
import { render } from '../../lib/i18n/index.ts';
import { APP_NODES, NOW, NS, ago, clusterNodes, defaultTolerations, runningPod } from './tainted-cluster-fixture.ts';

type Obj = Record<string, unknown>;
const APP1 = APP_NODES[0]!;
const RS = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-6f86568df', uid: 'uid-rs-web', controller: true };

const STOPPED = {
  type: 'Ready',
  status: 'Unknown',
  reason: 'NodeStatusUnknown',
  message: 'Kubelet stopped posting node status.',
  lastHeartbeatTime: ago(13),
  lastTransitionTime: ago(12),
};
const UNREACHABLE = [
  { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: ago(12) },
  { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: ago(12) },
];

function withOwner(pod: Obj, owner: Obj, extra: Obj = {}): Obj {
  const metadata = { ...(pod.metadata as Obj), ownerReferences: [owner], ...extra };
  return { ...pod, metadata };
}

/** App node 1 stopped reporting 12 min ago: one pod Terminating, one within its toleration, a DaemonSet pod, a replacement Pending. */
function deadNodeObjects(): Obj[] {
  const terminating = withOwner(runningPod('web-6f86568df-7xk2p', APP1, '500m', '256Mi'), RS, {
    deletionTimestamp: ago(7),
    deletionGracePeriodSeconds: 30,
  });
  const patient = runningPod('cache-0', APP1, '200m', '512Mi') as { spec: Obj };
  patient.spec.tolerations = [
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 900 },
  ];
  const agent = runningPod('log-agent-q8v4d', APP1, '50m', '64Mi') as { spec: Obj };
  agent.spec.tolerations = [{ operator: 'Exists' }];
  const replacement = withOwner(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'web-6f86568df-knrmt',
        namespace: NS,
        uid: 'uid-web-6f86568df-knrmt',
        creationTimestamp: ago(7),
      },
      spec: { containers: [{ name: 'web', image: 'web:1' }], tolerations: defaultTolerations() },
      status: { phase: 'Pending' },
    },
    RS,
  );
  return [
    ...clusterNodes({ 0: { ready: STOPPED, taints: UNREACHABLE } }),
    terminating,
    patient,
    agent,
    replacement,
    runningPod('web-6f86568df-2mn4c', APP_NODES[1]!, '500m', '256Mi'),
  ];
}

function run(objects: Obj[], namespace: string | null = NS, tweak?: (s: Snapshot) => void): Finding[] {
  const snapshot = snapshotFromObjects(objects, namespace, NOW);
  tweak?.(snapshot);
  return nodeFailuresCheck.run(snapshot, buildIndex(snapshot));
}

const en = (f: Finding) => ({
  cause: render('en', f.cause),
  details: (f.details ?? []).map((m) => render('en', m)),
  remedy: f.remedy.map((m) => render('en', m)),
});

describe('node-failures', () => {
  it('names the node that stopped reporting, since when, the kubelet message and the pods it holds', () => {
    const findings = run(deadNodeObjects());
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.code).toBe('node-failures.node-unreachable');
    expect(f.severity).toBe('error');
    expect(f.object).toEqual({ kind: 'Node', name: APP1 });
    expect(en(f).cause).toBe(
      `Node ${APP1} stopped reporting 12 min ago (Ready=Unknown since ${ago(12)}: "Kubelet stopped posting node status."); it holds 3 pod(s) of those read: web-6f86568df-7xk2p, cache-0, log-agent-q8v4d.`,
    );
    expect(f.firstSeen).toBe(ago(12));
    expect(f.concept).toBe('node-failure');
    expect(f.evidence).toContainEqual(
      expect.objectContaining({
        source: 'condition',
        text: 'status=Unknown reason=NodeStatusUnknown: Kubelet stopped posting node status.',
      }),
    );
  });

  it('says when each pod is evicted (tolerationSeconds), which stay Terminating, and names the replacement', () => {
    const f = run(deadNodeObjects())[0]!;
    const { details } = en(f);
    expect(details).toContain(
      `Pod web-6f86568df-7xk2p is marked for deletion since ${ago(7)} and stays Terminating: no kubelet is there to confirm it stopped.`,
    );
    expect(details).toContain(
      `Pod cache-0 is marked for deletion at ${ago(-3)}, 900 s after the node went down (its tolerationSeconds).`,
    );
    expect(details).toContain(
      'Pod log-agent-q8v4d tolerates the node being down without a time limit (as DaemonSet pods do): it stays on the node.',
    );
    expect(details).toContain(
      'Replacement pod web-6f86568df-knrmt was created for it; while it is Pending, the pending-pods finding says why.',
    );
    expect(details).toContain(
      'The node carries node.kubernetes.io/unreachable:NoSchedule, node.kubernetes.io/unreachable:NoExecute: no new pod is placed there.',
    );
  });

  it('on EKS points at the EC2 instance and the node group, and prints (never runs) the force delete', () => {
    const f = run(deadNodeObjects())[0]!;
    const instance = /i-[0-9a-f]+/.exec(en(f).details.find((d) => d.startsWith('EC2 instance')) ?? '')?.[0];
    expect(instance).toBeDefined();
    expect(f.commands).toEqual([
      `kubectl describe node ${APP1}`,
      `aws ec2 describe-instance-status --instance-ids ${instance} --include-all-instances`,
      'aws eks describe-nodegroup --cluster-name <cluster> --nodegroup-name app',
      'kubectl delete pod web-6f86568df-7xk2p -n shop --force --grace-period=0',
    ]);
    expect(en(f).remedy.some((r) => r.includes('tolerationSeconds, 300 s by default'))).toBe(true);
    expect(en(f).remedy.some((r) => r.includes('kubectl delete pod NAME --force --grace-period=0'))).toBe(true);
  });

  it('relates the node and every pod, so an incident can be built around it', () => {
    const f = run(deadNodeObjects())[0]!;
    expect(f.related).toEqual([
      { kind: 'Node', name: APP1 },
      { kind: 'Pod', name: 'web-6f86568df-7xk2p', namespace: NS },
      { kind: 'Pod', name: 'cache-0', namespace: NS },
      { kind: 'Pod', name: 'log-agent-q8v4d', namespace: NS },
      { kind: 'Pod', name: 'web-6f86568df-knrmt', namespace: NS },
    ]);
  });

  it('says nothing about Ready nodes, nor about a dead node holding none of the namespace', () => {
    const healthy = deadNodeObjects().filter((o) => o.kind !== 'Node');
    expect(run([...clusterNodes(), ...healthy])).toEqual([]);
    const elsewhere = [...clusterNodes({ 0: { ready: STOPPED, taints: UNREACHABLE } })];
    expect(run(elsewhere)).toEqual([]);
    // Reading all namespaces, a dead node is everyone's problem.
    expect(run(elsewhere, null).map((f) => f.object.name)).toEqual([APP1]);
  });

  it('reads a NotReady node (Ready=False) as not-ready', () => {
    const ready = {
      ...STOPPED,
      status: 'False',
      reason: 'KubeletNotReady',
      message: 'PLEG is not healthy: pleg was last seen active 3m5s ago',
    };
    const objects = [
      ...clusterNodes({ 0: { ready, taints: [UNREACHABLE[1]!] } }),
      runningPod('cache-0', APP1, '1m', '1Mi'),
    ];
    const f = run(objects)[0]!;
    expect(f.code).toBe('node-failures.node-not-ready');
    expect(en(f).cause).toContain('has been NotReady for 12 min (Ready=False');
    expect(en(f).cause).toContain('PLEG is not healthy');
  });

  it('with nodes hidden, names the node from the NodeNotReady events on its pods, honestly', () => {
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'web-6f86568df-7xk2p.17f3', namespace: NS },
      involvedObject: { kind: 'Pod', name: 'web-6f86568df-7xk2p', namespace: NS, uid: 'uid-web-6f86568df-7xk2p' },
      reason: 'NodeNotReady',
      message: 'Node is not ready',
      type: 'Warning',
      count: 1,
      firstTimestamp: ago(12),
      lastTimestamp: ago(12),
      source: { component: 'node-controller' },
    };
    const findings = run([...deadNodeObjects(), event], NS, (s) => {
      s.visibility.nodes = { visible: false, reason: 'forbidden' };
      s.nodes = [];
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.code).toBe('node-failures.node-not-ready');
    expect(en(findings[0]!).cause).toBe(
      `Node ${APP1} looks down: the node controller reported it NotReady to its 1 pod(s) here (web-6f86568df-7xk2p); node details are not visible to you (forbidden), so since when and why cannot be read.`,
    );
    expect(findings[0]!.evidence[0]).toMatchObject({ reason: 'NodeNotReady', text: 'Node is not ready' });
  });

  it('is registered, before pending-pods, and renders in Korean without placeholders', () => {
    expect(CHECK_IDS.indexOf('node-failures')).toBeGreaterThan(-1);
    expect(CHECK_IDS.indexOf('node-failures')).toBeLessThan(CHECK_IDS.indexOf('pending-pods'));
    const f = run(deadNodeObjects())[0]!;
    for (const m of [f.cause, ...(f.details ?? []), ...f.remedy]) {
      const text = render('ko', m);
      expect(text).not.toMatch(/\{[A-Za-z]+\}/);
      expect(text).toMatch(/[가-힣]|^EC2|^노드/);
    }
  });
});
