import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pendingPodsCheck } from '../../checks/pending-pods.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { Snapshot } from '../../lib/doctor/snapshot.ts';
import { render } from '../../lib/i18n/index.ts';

const TAKEN_AT = '2024-05-02T10:00:00Z';

function load(name: string, tweak?: (s: Snapshot) => void): Snapshot {
  const list = JSON.parse(readFileSync(new URL(`../fixtures/pending-pods/${name}.json`, import.meta.url), 'utf8')) as {
    items: unknown[];
  };
  const snapshot = snapshotFromObjects(list.items, 'shop', TAKEN_AT);
  tweak?.(snapshot);
  return snapshot;
}

function run(name: string, tweak?: (s: Snapshot) => void): Finding[] {
  const snapshot = load(name, tweak);
  return pendingPodsCheck.run(snapshot, buildIndex(snapshot));
}

function only(name: string, tweak?: (s: Snapshot) => void): Finding {
  const findings = run(name, tweak);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

const en = (f: Finding) => ({
  cause: render('en', f.cause),
  details: (f.details ?? []).map((m) => render('en', m)),
  remedy: f.remedy.map((m) => render('en', m)),
});

const hideNodes = (s: Snapshot) => {
  s.visibility.nodes = {
    visible: false,
    reason: 'forbidden',
    detail: 'nodes is forbidden: User "dev" cannot list resource "nodes"',
  };
  s.nodes = [];
};

describe('pending-pods: resources', () => {
  it('names the shortfall per node for Insufficient cpu, with the taint node and the preemption line', () => {
    const f = only('insufficient-cpu');
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.severity).toBe('error');
    expect(f.object).toEqual({ kind: 'Pod', name: 'web-7d9c6b5f4-x2k8p', namespace: 'shop' });
    expect(f.owner).toEqual({ kind: 'Deployment', name: 'web', namespace: 'shop' });
    // The GPU node is not for this pod (it does not tolerate the taint): the cause names the two it may use.
    const text = en(f);
    expect(text.cause).toBe(
      'The node(s) this pod may use (ip-10-0-2-20.ap-northeast-2.compute.internal, ip-10-0-3-30.ap-northeast-2.compute.internal) do not have enough free cpu: it requests 1, and the most any of them has left is 730m.',
    );
    // 1930m - 1500m = 430m on one node, 1930m - 1200m = 730m on the other (the Succeeded pod holds nothing).
    expect(text.details).toContain(
      'Node ip-10-0-3-30.ap-northeast-2.compute.internal: 1930m allocatable, 1200m already requested by pods, 730m free, short by 270m.',
    );
    expect(text.details).toContain(
      'Node ip-10-0-2-20.ap-northeast-2.compute.internal: 1930m allocatable, 1500m already requested by pods, 430m free, short by 570m.',
    );
    expect(text.details).toContain(
      '1 node(s) carry nvidia.com/gpu=true:NoSchedule, which the pod does not tolerate, so they are not for it: ip-10-0-1-10.ap-northeast-2.compute.internal.',
    );
    expect(text.details.some((d) => d.startsWith('nvidia.com/gpu: the node is kept for GPU'))).toBe(true);
    expect(text.details).toContain(
      'On 1 node(s) evicting pods would not help; on 2 node(s) there are no lower-priority pods to evict.',
    );
    expect(text.details.some((d) => d.startsWith('Only namespace shop was read'))).toBe(true);
    // The container asks 1 cpu itself, so the LimitRange default (250m) is not behind it and is not named.
    expect(text.details.some((d) => d.includes('LimitRange'))).toBe(false);
    expect(f.concept).toBe('scheduling-resources');
    expect(f.commands).toContain('kubectl describe pod web-7d9c6b5f4-x2k8p -n shop');
    expect(f.commands).toContain('kubectl get events -n shop --field-selector involvedObject.name=web-7d9c6b5f4-x2k8p');
  });

  it("names the LimitRange default when a container's request is exactly that default", () => {
    const f = only('insufficient-cpu', (s) => {
      const pod = s.pods.find((p) => p.metadata?.name === 'web-7d9c6b5f4-x2k8p')!;
      pod.spec!.containers[0]!.resources!.requests!.cpu = '250m';
    });
    expect(en(f).details).toContain(
      'LimitRange defaults gives containers without their own request a default cpu request of 250m.',
    );
  });

  it('keeps every FailedScheduling event as evidence with counts, newest first, plus the condition', () => {
    const f = only('insufficient-cpu');
    const events = f.evidence.filter((e) => e.source === 'event');
    expect(events.map((e) => [e.count, e.lastSeen])).toEqual([
      [12, '2024-05-02T09:59:30Z'],
      [3, '2024-05-02T09:44:00Z'],
    ]);
    expect(events[0]?.text).toContain('1 node(s) had untolerated taint(s), 2 Insufficient cpu.');
    expect(f.evidence.find((e) => e.source === 'condition')?.text).toMatch(
      /^status=False reason=Unschedulable: 0\/3 nodes are available/,
    );
    expect(f.evidence.filter((e) => e.source === 'node').map((e) => e.about?.name)).toContain(
      'ip-10-0-2-20.ap-northeast-2.compute.internal',
    );
    expect(f.firstSeen).toBe('2024-05-02T09:40:01Z');
    expect(f.lastSeen).toBe('2024-05-02T09:59:30Z');
    expect(en(f).details).toContain(
      'Earlier attempts gave other reasons (1 other message(s)); they are kept in the evidence.',
    );
  });

  it('says no node is big enough when the request exceeds every node (old taint wording)', () => {
    const f = only('too-big');
    expect(f.code).toBe('pending-pods.insufficient-resources');
    // The message names memory only, but 2 cpu exceeds the 1930m these m5.large nodes have too: both are named.
    expect(f.cause.key).toBe('check.pending-pods.cause.several');
    expect(en(f).cause).toContain('Insufficient memory (requests 32Gi, at most 7Gi free)');
    expect(en(f).cause).toContain('Insufficient cpu (requests 2, at most 1930m free)');
    expect(en(f).details).toContain('No node can ever fit it: the largest node offers 7Gi of memory in total.');
    expect(f.remedy.map((r) => r.key)).toContain('check.pending-pods.remedy.bigger-nodes');
  });

  it('does not invent node numbers when nodes are forbidden', () => {
    const f = only('insufficient-cpu', hideNodes);
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.cause.key).toBe('check.pending-pods.cause.insufficient-resources-hidden');
    expect(f.cause.params).toEqual({ count: 2, total: 3, resource: 'cpu' });
    const text = en(f);
    expect(text.details).toContain(
      "Node details are not visible to you (forbidden), so the nodes behind this cannot be named; the scheduler's own words are quoted in the evidence.",
    );
    expect(text.details.some((d) => d.startsWith('Node ip-'))).toBe(false);
    expect(f.evidence.some((e) => e.source === 'event' && e.text.startsWith('0/3 nodes are available'))).toBe(true);
  });

  it('explains Too many pods with the node max-pods and the EKS ENI limit', () => {
    const f = only('too-many-pods');
    expect(f.code).toBe('pending-pods.too-many-pods');
    expect(f.cause.params).toEqual({
      nodes: 'ip-10-0-8-80.ap-northeast-2.compute.internal, ip-10-0-9-90.ap-northeast-2.compute.internal',
    });
    const text = en(f);
    expect(text.details).toContain('Node ip-10-0-8-80.ap-northeast-2.compute.internal (t3.small): 11 of 11 pods.');
    expect(text.details).toContain('Node ip-10-0-9-90.ap-northeast-2.compute.internal (t3.small): 11 of 11 pods.');
    expect(text.details).toContain('There are no lower-priority pods the scheduler could evict to make room.');
    expect(f.remedy.map((r) => r.key)).toContain('check.pending-pods.remedy.pods-prefix');
    expect(f.concept).toBe('pod-capacity');
  });
});

describe('pending-pods: taints', () => {
  it('reads the middle wording and explains the uninitialized taint', () => {
    const f = only('uninitialized-taint');
    expect(f.code).toBe('pending-pods.untolerated-taint');
    expect(f.cause.params).toEqual({
      nodes: 'ip-10-0-4-40.ap-northeast-2.compute.internal',
      taints: 'node.cloudprovider.kubernetes.io/uninitialized=true:NoSchedule',
    });
    const text = en(f);
    expect(text.details).toContain(
      '1 node(s) have the taint {node.cloudprovider.kubernetes.io/uninitialized: true} that the pod does not tolerate.',
    );
    expect(
      text.details.some((d) =>
        d.startsWith('node.cloudprovider.kubernetes.io/uninitialized: the node is still starting'),
      ),
    ).toBe(true);
    expect(text.details).toContain(
      'Evicting lower-priority pods would not help: the nodes are ruled out for reasons eviction cannot change.',
    );
    expect(f.remedy.map((r) => r.key)).toContain('check.pending-pods.remedy.node-recovers');
  });

  it('computes the taints from the nodes in the current wording, matching tolerations by key, value and effect', () => {
    const f = only('custom-taints');
    expect(f.code).toBe('pending-pods.untolerated-taint');
    expect(f.cause.params).toEqual({
      count: 3,
      total: 3,
      taints: 'eks.amazonaws.com/compute-type=fargate:NoSchedule, team=payments:NoSchedule',
    });
    const text = en(f);
    // PreferNoSchedule never blocks scheduling, and the team=search toleration does not match team=payments.
    expect(text.details).toContain(
      'Node ip-10-0-7-70.ap-northeast-2.compute.internal has taint(s) the pod does not tolerate: team=payments:NoSchedule.',
    );
    expect(text.details.some((d) => d.startsWith('eks.amazonaws.com/compute-type=fargate: a Fargate node'))).toBe(true);
    expect(text.details).toContain(
      'team=payments:NoSchedule: a taint set by your team or a tool; the pod needs a matching toleration, or must run on other nodes.',
    );
    expect(text.remedy).toContain(
      'If the pod belongs on those nodes, add a toleration to the pod template: {key: "team", operator: "Equal", value: "payments", effect: "NoSchedule"}.',
    );
    expect(f.concept).toBe('taints-tolerations');
  });

  it('names no taint when nodes are forbidden and the message names none', () => {
    const f = only('custom-taints', hideNodes);
    expect(f.cause).toEqual({
      key: 'check.pending-pods.cause.untolerated-taint-unnamed',
      params: { count: 3, total: 3 },
    });
    expect(en(f).details.some((d) => d.includes('team=payments'))).toBe(false);
  });

  it('still names the taint the middle wording quotes when nodes are forbidden', () => {
    const f = only('uninitialized-taint', hideNodes);
    expect(f.cause.params).toEqual({
      count: 1,
      total: 1,
      taints: 'node.cloudprovider.kubernetes.io/uninitialized=true',
    });
  });
});

describe('pending-pods: labels and cordons', () => {
  it('leads with the cordon of the only node whose labels match; the others are not for this pod', () => {
    const f = only('selector-mismatch');
    // Two nodes lack the labels: the pod never wanted them. The one it may use is cordoned: that is the cause.
    expect(f.code).toBe('pending-pods.cordoned');
    expect(f.cause.params).toEqual({ nodes: 'ip-10-0-3-30.ap-northeast-2.compute.internal' });
    const text = en(f);
    expect(text.details).toContain(
      '2 node(s) do not meet the pod\'s rule "disktype = ssd", so they are not for it: ip-10-0-1-10.ap-northeast-2.compute.internal, ip-10-0-2-20.ap-northeast-2.compute.internal.',
    );
    expect(text.details).toContain(
      'Node ip-10-0-3-30.ap-northeast-2.compute.internal is cordoned (spec.unschedulable: true).',
    );
    expect(f.commands).toContain('kubectl uncordon ip-10-0-3-30.ap-northeast-2.compute.internal');
  });

  it('names which label each node lacks or holds another value for when no node matches', () => {
    const f = only('selector-mismatch', (s) => {
      const node = s.nodes.find((n) => n.metadata?.name === 'ip-10-0-3-30.ap-northeast-2.compute.internal')!;
      node.metadata!.labels!.disktype = 'hdd';
    });
    expect(f.code).toBe('pending-pods.node-selector-mismatch');
    expect(en(f).cause).toBe(
      'None of the 3 nodes has what this pod asks for in its nodeSelector or node affinity: disktype = ssd.',
    );
    const text = en(f);
    expect(text.details).toContain(
      'The pod asks for nodes with: disktype = ssd; topology.kubernetes.io/zone In [ap-northeast-2a, ap-northeast-2c].',
    );
    expect(text.details).toContain(
      'Node ip-10-0-1-10.ap-northeast-2.compute.internal: label disktype is "hdd" (the pod wants = ssd).',
    );
    expect(text.details).toContain(
      'Node ip-10-0-2-20.ap-northeast-2.compute.internal: has no label disktype (the pod wants = ssd).',
    );
    expect(text.details).toContain(
      'Node ip-10-0-2-20.ap-northeast-2.compute.internal: label topology.kubernetes.io/zone is "ap-northeast-2b" (the pod wants In [ap-northeast-2a, ap-northeast-2c]).',
    );
    expect(f.commands).toContain('kubectl get nodes -L disktype,topology.kubernetes.io/zone');
  });

  it('explains cordoned nodes and offers uncordon for each', () => {
    const f = only('cordoned');
    expect(f.code).toBe('pending-pods.cordoned');
    expect(f.cause.params).toEqual({
      nodes: 'ip-10-0-1-10.ap-northeast-2.compute.internal, ip-10-0-2-20.ap-northeast-2.compute.internal',
    });
    expect(f.commands).toEqual(
      expect.arrayContaining([
        'kubectl uncordon ip-10-0-1-10.ap-northeast-2.compute.internal',
        'kubectl uncordon ip-10-0-2-20.ap-northeast-2.compute.internal',
      ]),
    );
    expect(f.concept).toBe('cordon');
  });
});

describe('pending-pods: volumes', () => {
  it('names the missing claim from the PreFilter message and relates it', () => {
    const f = only('pvc-not-found');
    expect(f.code).toBe('pending-pods.missing-pvc');
    expect(f.cause.params).toEqual({ claim: 'data-db-0' });
    expect(f.related).toEqual([{ kind: 'PersistentVolumeClaim', name: 'data-db-0', namespace: 'shop' }]);
    expect(en(f).details).toContain('Claim data-db-0 does not exist in namespace shop.');
    expect(en(f).details).toContain('There are no lower-priority pods the scheduler could evict to make room.');
  });

  it('points at the unbound claim for the immediate-binding PreFilter', () => {
    const f = only('pvc-unbound');
    expect(f.code).toBe('pending-pods.unbound-pvc');
    expect(f.related).toEqual([{ kind: 'PersistentVolumeClaim', name: 'data-db-0', namespace: 'shop' }]);
    expect(en(f).details).toContain(
      'Claim data-db-0 is Pending, not bound to a volume; the finding about the claim says why.',
    );
    expect(f.commands).toContain('kubectl describe pvc data-db-0 -n shop');
  });

  it('leads with the cpu of the only node in the volume zone (old wording); the other zones are not for it', () => {
    const f = only('volume-zone');
    expect(f.code).toBe('pending-pods.insufficient-resources');
    expect(f.cause.key).toBe('check.pending-pods.cause.candidates-too-big');
    expect(f.cause.params).toEqual({ request: '1', resource: 'cpu', largest: '500m' });
    const text = en(f);
    expect(text.details).toContain(
      "2 node(s) are outside the zone of the pod's volume pvc-3f1c2a8e-0b4d-4c1e-9f2a-1a2b3c4d5e6f (ap-northeast-2c): ip-10-0-1-10.ap-northeast-2.compute.internal, ip-10-0-2-20.ap-northeast-2.compute.internal.",
    );
    expect(text.details).toContain(
      'Volume pvc-3f1c2a8e-0b4d-4c1e-9f2a-1a2b3c4d5e6f (claim data-db-0) is in zone ap-northeast-2c.',
    );
    expect(text.details).toContain(
      'The visible nodes are in zone(s): ap-northeast-2a, ap-northeast-2b, ap-northeast-2c.',
    );
    expect(text.details).toContain('The pod may use 1 of the 3 nodes: ip-10-0-3-30.ap-northeast-2.compute.internal.');
    expect(text.details).toContain(
      'Node ip-10-0-3-30.ap-northeast-2.compute.internal: 500m allocatable, 0 already requested by pods, 500m free, short by 500m.',
    );
    expect(f.related).toContainEqual({ kind: 'PersistentVolume', name: 'pvc-3f1c2a8e-0b4d-4c1e-9f2a-1a2b3c4d5e6f' });
    expect(f.concept).toBe('scheduling-resources');
  });

  it('reads the new PV node affinity wording and says no node is in the volume zone', () => {
    const f = only('volume-zone-new');
    expect(f.code).toBe('pending-pods.volume-zone-conflict');
    expect(en(f).details).toContain('No schedulable node is in zone ap-northeast-2c.');
  });

  it('blames the EBS CSI driver for a PreBind timeout when no EBS CSIDriver is registered', () => {
    const f = only('prebind-timeout');
    expect(f.code).toBe('pending-pods.volume-binding-timeout');
    expect(en(f).details).toContain(
      'No CSIDriver named ebs.csi.aws.com (or ebs.csi.eks.amazonaws.com) is registered: the EBS CSI driver looks absent.',
    );
    expect(f.remedy.map((r) => r.key)).toContain('check.pending-pods.remedy.ebs-csi');
    expect(f.concept).toBe('csi-driver');
  });
});

describe('pending-pods: other states', () => {
  it('explains a cluster with no nodes', () => {
    const f = only('no-nodes');
    expect(f.code).toBe('pending-pods.no-nodes');
    expect(en(f).details).toContain('The cluster has no nodes at all.');
    expect(f.remedy.map((r) => r.key)).toContain('check.pending-pods.remedy.fargate-profile');
  });

  it('names the scheduling gates', () => {
    const f = only('gated');
    expect(f.code).toBe('pending-pods.scheduling-gated');
    expect(f.severity).toBe('warning');
    expect(f.cause.params).toEqual({ gates: 'kueue.x-k8s.io/admission' });
    expect(f.concept).toBe('scheduling-gates');
  });

  it('calls a brand-new pod without events normal (info)', () => {
    const f = only('new-pod');
    expect(f.code).toBe('pending-pods.not-yet-scheduled');
    expect(f.severity).toBe('info');
    expect(f.cause.params).toEqual({ age: '10s' });
  });

  it('passes an unknown reason through verbatim', () => {
    const f = only('unknown-reason');
    expect(f.code).toBe('pending-pods.unknown-reason');
    expect(f.cause.params).toEqual({ text: 'node(s) had volume attach limit exceeded' });
    expect(en(f).details).toContain(
      '2 node(s): the scheduler reported "node(s) had volume attach limit exceeded" (passed through as written).',
    );
  });

  it('never flags Running, Succeeded, already-bound or terminating pods', () => {
    expect(run('healthy')).toEqual([]);
  });

  it('renders every finding in Korean without leaving placeholders', () => {
    for (const name of [
      'insufficient-cpu',
      'too-many-pods',
      'custom-taints',
      'selector-mismatch',
      'volume-zone',
      'prebind-timeout',
      'gated',
    ]) {
      const f = only(name);
      for (const m of [f.cause, ...(f.details ?? []), ...f.remedy])
        expect(render('ko', m), `${name} ${m.key}`).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });
});
