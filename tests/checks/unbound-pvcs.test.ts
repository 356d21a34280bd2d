import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unboundPvcsCheck } from '../../checks/unbound-pvcs.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import { buildIndex } from '../../lib/doctor/snapshot-index.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import type { KindName, Snapshot } from '../../lib/doctor/snapshot.ts';
import { render, type Message } from '../../lib/i18n/index.ts';

const TAKEN_AT = '2025-06-01T10:30:00Z';

function load(name: string, options: { hide?: KindName[]; context?: string; serverVersion?: string } = {}): Snapshot {
  const list = JSON.parse(readFileSync(new URL(`../fixtures/unbound-pvcs/${name}.json`, import.meta.url), 'utf8')) as {
    items: unknown[];
  };
  const snapshot = snapshotFromObjects(list.items, 'shop', TAKEN_AT);
  for (const kind of options.hide ?? []) {
    snapshot[kind] = [] as never;
    snapshot.visibility[kind] = { visible: false, reason: 'forbidden', detail: `${kind} is forbidden` };
  }
  if (options.context) snapshot.context = options.context;
  if (options.serverVersion) snapshot.serverVersion = options.serverVersion;
  return snapshot;
}

function run(name: string, options?: Parameters<typeof load>[1]): Finding[] {
  const snapshot = load(name, options);
  return unboundPvcsCheck.run(snapshot, buildIndex(snapshot));
}

const en = (m: Message) => render('en', m);
const ko = (m: Message) => render('ko', m);
const detailsEn = (f: Finding) => (f.details ?? []).map(en);

describe('unbound-pvcs: no StorageClass', () => {
  it('explains a claim without a class on a cluster with no default class, with the closest PV', () => {
    const [f, ...rest] = run('no-default-class', { context: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'unbound-pvcs.no-storage-class',
      severity: 'error',
      object: { kind: 'PersistentVolumeClaim', name: 'data-db-0', namespace: 'shop' },
      owner: { kind: 'StatefulSet', name: 'db' },
      concept: 'storage-class',
    });
    expect(detailsEn(f!)).toContain('StorageClasses in the cluster: gp2 (kubernetes.io/aws-ebs).');
    expect(detailsEn(f!)).toContain('pv-small has 5Gi, the claim asks for 10Gi.');
    expect(detailsEn(f!)).toContain('pv-manual-rwx has storageClassName manual, the claim asks for "".');
    expect(f!.commands).toContain(
      `kubectl patch storageclass gp2 -p '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}'`,
    );
    expect(
      f!.commands!.some((c) => c.includes('provisioner: ebs.csi.aws.com') && c.includes('is-default-class: "true"')),
    ).toBe(true);
    expect(f!.evidence).toContainEqual(
      expect.objectContaining({
        source: 'event',
        reason: 'FailedBinding',
        count: 121,
        text: 'no persistent volumes available for this claim and no storage class is set',
      }),
    );
    expect(ko(f!.cause)).toContain('StorageClass');
  });

  it('does not claim "no default class" when StorageClasses are forbidden but still reports the controller\'s words', () => {
    const [f] = run('no-default-class', { hide: ['storageClasses'] });
    expect(f!.code).toBe('unbound-pvcs.no-storage-class');
    expect(f!.cause.key).toBe('check.unbound-pvcs.cause.noStorageClassUnverified');
    expect(detailsEn(f!)[0]).toBe(
      'StorageClasses are not visible to you (forbidden), so the default class and the list of classes cannot be checked.',
    );
  });

  it('treats the beta default annotation as a default class instead of blaming a missing one', () => {
    const [f] = run('beta-default-class');
    expect(f).toMatchObject({ code: 'unbound-pvcs.pending', severity: 'warning', object: { name: 'cache' } });
    expect(en(f!.cause)).toBe('The claim has been Pending for 30 minutes and no event says why.');
    expect(detailsEn(f!)).toEqual([
      'Default StorageClass: gp2. A claim without a class gets it assigned (Kubernetes 1.28 and later).',
    ]);
  });

  it('compares a storageClassName "" claim with every available PV and names what differs', () => {
    const [f] = run('static-no-match');
    expect(f).toMatchObject({
      code: 'unbound-pvcs.no-matching-pv',
      severity: 'error',
      object: { name: 'reports' },
      concept: 'pvc-binding',
    });
    const lines = detailsEn(f!);
    expect(lines).toContain('pv-data-1 has 5Gi, the claim asks for 10Gi.');
    expect(lines).toContain('pv-reserved is reserved for the claim billing/ledger (spec.claimRef).');
    expect(lines).toContain('pv-data-2 is ReadWriteOnce, the claim asks for ReadWriteMany.');
    expect(lines.join('\n')).not.toContain('pv-bound');
    expect(lines).toContain(
      'pv-old is Released: it still remembers its old claim shop/reports-old and is never bound again on its own.',
    );
    expect(lines.some((l) => l.includes('fit less well'))).toBe(false);
  });

  it('says PVs are not visible instead of guessing when PersistentVolumes are forbidden', () => {
    const [f] = run('static-no-match', { hide: ['persistentVolumes'] });
    expect(f!.code).toBe('unbound-pvcs.no-matching-pv');
    expect(detailsEn(f!)).toEqual([
      'PersistentVolumes are not visible to you (forbidden), so the claim cannot be compared with them.',
    ]);
  });
});

describe('unbound-pvcs: classes and access modes', () => {
  it('names a missing class and the classes that exist', () => {
    const [f] = run('class-not-found');
    expect(f).toMatchObject({
      code: 'unbound-pvcs.storage-class-not-found',
      severity: 'error',
      object: { name: 'uploads' },
    });
    expect(en(f!.cause)).toBe('The claim asks for StorageClass fast-ssd, which does not exist in the cluster.');
    expect(detailsEn(f!)).toEqual([
      'StorageClasses in the cluster: gp2 (kubernetes.io/aws-ebs), gp3 (ebs.csi.aws.com).',
    ]);
    expect(f!.evidence[0]).toMatchObject({
      reason: 'ProvisioningFailed',
      text: 'storageclass.storage.k8s.io "fast-ssd" not found',
      count: 40,
    });
  });

  it('still names a missing class from the controller event when StorageClasses are forbidden', () => {
    const [f] = run('class-not-found', { hide: ['storageClasses'] });
    expect(f!.code).toBe('unbound-pvcs.storage-class-not-found');
    expect(detailsEn(f!)[0]).toContain('not visible to you (forbidden)');
  });

  it('compares PVs of a class that has no StorageClass object (static binding by class name)', () => {
    const [f] = run('class-not-found-static');
    expect(f!.code).toBe('unbound-pvcs.storage-class-not-found');
    expect(detailsEn(f!)).toEqual([
      'StorageClasses in the cluster: gp3 (ebs.csi.aws.com).',
      'nfs-pv-1 is ReadWriteOnce, the claim asks for ReadWriteMany.',
    ]);
  });

  it('flags ReadWriteMany on EBS before quoting the driver error', () => {
    const [f] = run('ebs-rwx');
    expect(f).toMatchObject({
      code: 'unbound-pvcs.access-mode-unsupported',
      severity: 'error',
      owner: { kind: 'ReplicaSet', name: 'media-5d8f7c6b9' },
      concept: 'access-modes',
    });
    expect(en(f!.cause)).toContain('ReadWriteMany');
    expect(en(f!.cause)).toContain('ebs.csi.aws.com');
    expect(f!.evidence[0]!.text).toContain('MULTI_NODE_MULTI_WRITER');
  });
});

describe('unbound-pvcs: WaitForFirstConsumer', () => {
  it('is only an info note while no pod uses the claim', () => {
    const [f] = run('wffc-no-consumer');
    expect(f).toMatchObject({
      code: 'unbound-pvcs.waiting-for-consumer',
      severity: 'info',
      object: { name: 'scratch' },
      concept: 'volume-binding-mode',
    });
    expect(f!.evidence[0]).toMatchObject({ reason: 'WaitForFirstConsumer', count: 85 });
  });

  it('does not say "no pod uses it" when pods are forbidden', () => {
    const [f] = run('wffc-no-consumer', { hide: ['pods'] });
    expect(f).toMatchObject({ code: 'unbound-pvcs.waiting-for-consumer', severity: 'info' });
    expect(en(f!.cause)).not.toContain('no pod uses it');
    expect(detailsEn(f!)).toEqual([
      'Pods are not visible to you (forbidden), so which pods use the claim cannot be checked.',
    ]);
  });

  it("points at the unscheduled consumer pod and says why in the scheduler's words", () => {
    const [f] = run('wffc-consumer-unscheduled');
    expect(f).toMatchObject({
      code: 'unbound-pvcs.consumer-not-scheduled',
      severity: 'warning',
      owner: { kind: 'StatefulSet', name: 'db' },
      related: [{ kind: 'Pod', name: 'db-0', namespace: 'shop' }],
    });
    expect(detailsEn(f!)[0]).toBe(
      'Pod db-0: the scheduler says 1 node(s) had untolerated taint(s); 2 Insufficient cpu.',
    );
    expect(f!.evidence).toContainEqual(
      expect.objectContaining({
        reason: 'FailedScheduling',
        count: 14,
        about: { kind: 'Pod', name: 'db-0', namespace: 'shop' },
      }),
    );
    expect(f!.evidence).toContainEqual(
      expect.objectContaining({ reason: 'WaitForPodScheduled', text: 'waiting for pod db-0 to be scheduled' }),
    );
  });

  it('names which local PV does not fit when the consumer cannot find one (old PV-affinity wording)', () => {
    const [f] = run('local-no-match');
    expect(f!.code).toBe('unbound-pvcs.consumer-not-scheduled');
    const lines = detailsEn(f!);
    expect(lines[0]).toBe(
      "Pod kafka-0: the scheduler says 1 node(s) didn't find available persistent volumes to bind; 2 node(s) had volume node affinity conflict.",
    );
    expect(lines).toContain('local-pv-a1 has 50Gi, the claim asks for 100Gi.');
  });
});

describe('unbound-pvcs: CSI drivers and provisioning', () => {
  it('says the EBS CSI add-on is missing for in-tree gp2 and gives the create-addon command', () => {
    const [f] = run('ebs-driver-missing', {
      context: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod',
      serverVersion: '1.31',
    });
    expect(f).toMatchObject({
      code: 'unbound-pvcs.csi-driver-missing',
      severity: 'error',
      owner: { kind: 'StatefulSet', name: 'db' },
      concept: 'csi-driver',
    });
    expect(en(f!.cause)).toBe(
      'StorageClass gp2 uses provisioner kubernetes.io/aws-ebs, but the CSI driver ebs.csi.aws.com is not installed in the cluster, so no volume is ever created.',
    );
    expect(detailsEn(f!)).toContain('CSI drivers installed: efs.csi.aws.com.');
    expect(detailsEn(f!).some((d) => d.includes('since Kubernetes 1.23'))).toBe(true);
    expect(f!.commands).toContain(
      'aws eks create-addon --cluster-name prod --addon-name aws-ebs-csi-driver --service-account-role-arn <role-arn>',
    );
    expect(en(f!.remedy[0]!)).toContain('AmazonEBSCSIDriverPolicy');
    // Both ExternalProvisioning wordings are kept as separate evidence lines.
    expect(f!.evidence.filter((e) => e.reason === 'ExternalProvisioning').map((e) => e.count)).toEqual([182, 3]);
  });

  it('does not claim the driver is missing when CSIDrivers are forbidden', () => {
    const [f] = run('ebs-driver-missing', { hide: ['csiDrivers'] });
    expect(f!.code).toBe('unbound-pvcs.driver-not-verified');
    expect(f!.severity).toBe('warning');
    expect(en(f!.cause)).not.toContain('not installed');
    expect(detailsEn(f!)).toEqual([
      'CSIDrivers are not visible to you (forbidden), so whether ebs.csi.aws.com is installed cannot be verified.',
    ]);
  });

  it('points to the EFS add-on for an EFS class without the driver', () => {
    const [f] = run('efs-driver-missing', { context: 'dev@sandbox.us-west-2.eksctl.io' });
    expect(f).toMatchObject({ code: 'unbound-pvcs.csi-driver-missing', object: { name: 'shared' } });
    expect(f!.commands).toContain(
      'aws eks create-addon --cluster-name sandbox --addon-name aws-efs-csi-driver --service-account-role-arn <role-arn>',
    );
    expect(en(f!.remedy[0]!)).toContain('AmazonEFSCSIDriverPolicy');
  });

  it('says the controller is silent when the driver is registered but never starts provisioning', () => {
    const [f] = run('provisioner-silent');
    expect(f).toMatchObject({
      code: 'unbound-pvcs.provisioner-not-responding',
      severity: 'error',
      owner: { kind: 'ReplicaSet', name: 'logger-7c9f8b6d5' },
    });
    expect(en(f!.cause)).toContain('in 24 minutes');
    expect(f!.evidence[0]).toMatchObject({ reason: 'ExternalProvisioning', count: 40 });
    expect(f!.commands).toContain(
      'kubectl logs -n kube-system deployment/ebs-csi-controller -c csi-provisioner --tail=50',
    );
  });

  it.each([
    ['provisioning-denied', 'unbound-pvcs.provisioning-denied', 'UnauthorizedOperation'],
    ['provisioning-credentials', 'unbound-pvcs.provisioning-credentials', 'AssumeRoleWithWebIdentity'],
    ['provisioning-bad-parameter', 'unbound-pvcs.provisioning-bad-parameter', 'iops 20000'],
    ['provisioning-unknown', 'unbound-pvcs.provisioning-failed', 'VolumeLimitExceeded'],
  ])('explains ProvisioningFailed in %s and quotes the driver', (fixture, code, quoted) => {
    const [f] = run(fixture);
    expect(f!.code).toBe(code);
    expect(f!.severity).toBe('error');
    expect(f!.evidence.find((e) => e.reason === 'ProvisioningFailed')!.text).toContain(quoted);
    expect(f!.evidence.find((e) => e.reason === 'ProvisioningFailed')!.count).toBe(9);
  });

  it('passes an unknown provisioner error through instead of guessing', () => {
    const [f] = run('provisioning-unknown');
    expect(en(f!.cause)).toBe(
      'The provisioner ebs.csi.aws.com could not create the volume. It reported: Could not create volume "pvc-5b1f0c4e-2d3a-4b8c-9e7f-6a5b4c3d2e1f": VolumeLimitExceeded: You have exceeded your maximum gp3 storage limit of 50 TiB in this region',
    );
  });
});

describe('unbound-pvcs: Lost, deleting and healthy claims', () => {
  it('reports a Lost claim, a claim stuck deleting behind its pod, and nothing for a Bound claim', () => {
    const findings = run('lost-and-deleting');
    expect(findings.map((f) => [f.code, f.object.name, f.severity])).toEqual([
      ['unbound-pvcs.lost', 'archive', 'error'],
      ['unbound-pvcs.stuck-deleting', 'old-cache', 'warning'],
    ]);
    expect(en(findings[0]!.cause)).toContain('pvc-0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a');
    expect(findings[1]!.related).toEqual([{ kind: 'Pod', name: 'cache-0', namespace: 'shop' }]);
    expect(en(findings[1]!.cause)).toContain('cache-0');
  });

  it('reports a claim stuck deleting without naming a pod when pods are forbidden', () => {
    const findings = run('lost-and-deleting', { hide: ['pods'] });
    const stuck = findings.find((f) => f.object.name === 'old-cache');
    expect(stuck).toMatchObject({ code: 'unbound-pvcs.stuck-deleting', severity: 'warning' });
    expect(stuck!.related).toBeUndefined();
    expect(detailsEn(stuck!)[0]).toContain('Pods are not visible to you (forbidden)');
  });

  it('renders every message of every finding in both languages without leftover placeholders', () => {
    const all = [
      'no-default-class',
      'static-no-match',
      'class-not-found',
      'ebs-rwx',
      'wffc-no-consumer',
      'wffc-consumer-unscheduled',
      'ebs-driver-missing',
      'provisioning-denied',
      'lost-and-deleting',
    ].flatMap((n) => run(n));
    for (const f of all) {
      for (const m of [f.cause, ...(f.details ?? []), ...f.remedy]) {
        expect(en(m)).not.toMatch(/\{[a-zA-Z]+\}/);
        expect(ko(m)).not.toMatch(/\{[a-zA-Z]+\}/);
      }
    }
  });
});
