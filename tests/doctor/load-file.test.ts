import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshotFile, SnapshotFileError } from '../../lib/doctor/load-file.ts';
import { saveSnapshot } from '../../lib/doctor/save-snapshot.ts';
import { emptySnapshot } from '../../lib/doctor/snapshot.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const problemOf = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
  } catch (error) {
    if (error instanceof SnapshotFileError) return error.problem;
    throw error;
  }
  throw new Error('expected a SnapshotFileError');
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'doctor-load-'));
});

describe('loadSnapshotFile', () => {
  it('reads a kubectl List of mixed kinds, marks kinds it does not hold as not in the file, and keeps Secret key names only', async () => {
    const snapshot = await loadSnapshotFile(file('list.json', fixture('pending-pod-list.json')));
    expect(snapshot.pods.map((p) => p.metadata?.name)).toEqual(['web-7d4b9c8f6d-x2x9k']);
    expect(snapshot.events[0]?.reason).toBe('FailedScheduling');
    expect(snapshot.events[0]?.lastTimestamp).toBe('2024-05-02T08:16:04Z');
    expect(snapshot.secrets).toEqual([
      {
        kind: 'Secret',
        metadata: expect.objectContaining({ name: 'db', namespace: 'shop' }) as unknown,
        type: 'Opaque',
        keys: ['password', 'username'],
      },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('aHVudGVyMg==');
    expect(snapshot.namespace).toBe('shop');
    expect(snapshot.visibility.pods).toEqual({ visible: true });
    expect(snapshot.visibility.nodes).toEqual({ visible: false, reason: 'notInFile' });
    expect(snapshot.visibility.persistentVolumeClaims).toEqual({ visible: false, reason: 'notInFile' });
  });

  it('reads the same List written as kubectl -o yaml, timestamps staying strings', async () => {
    const fromYaml = await loadSnapshotFile(file('list.yaml', fixture('pending-pod-list.yaml')));
    const fromJson = await loadSnapshotFile(file('list2.json', fixture('pending-pod-list.json')));
    expect({ ...fromYaml, takenAt: '' }).toEqual({ ...fromJson, takenAt: '' });
    expect(typeof fromYaml.pods[0]?.metadata?.creationTimestamp).toBe('string');
  });

  it('reads several JSON documents one after another, as `kubectl get a -o json; kubectl get b -o json` prints them', async () => {
    const list = JSON.parse(fixture('pending-pod-list.json')) as { items: unknown[] };
    const podList = { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: [list.items[0]] };
    const node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: 'ip-10-0-1-23.ap-northeast-2.compute.internal',
        labels: { 'topology.kubernetes.io/zone': 'ap-northeast-2a' },
      },
      spec: { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
    };
    // A string with braces inside must not cut a document in two.
    const event = { ...(list.items[1] as object), message: 'weird } { message "quoted" \\ end' };
    const text = `${JSON.stringify(podList, null, 4)}\n${JSON.stringify(node, null, 4)}${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [event] })}\n`;
    const snapshot = await loadSnapshotFile(file('concat.json', text));
    expect(snapshot.pods).toHaveLength(1);
    expect(snapshot.nodes[0]?.spec?.taints?.[0]?.key).toBe('dedicated');
    expect(snapshot.events[0]?.message).toBe('weird } { message "quoted" \\ end');
    expect(snapshot.visibility.nodes.visible).toBe(true);
  });

  it('reads YAML documents run together without "---", and with "---"', async () => {
    const yaml = fixture('pending-pod-list.yaml');
    const node = 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n';
    expect(
      (await loadSnapshotFile(file('run-together.yaml', `${yaml}${node}`))).nodes.map((n) => n.metadata?.name),
    ).toEqual(['n1']);
    const separated = await loadSnapshotFile(file('separated.yaml', `${yaml}---\n${node}`));
    expect(separated.nodes).toHaveLength(1);
    expect(separated.pods).toHaveLength(1);
  });

  it('reads a single object, and a typed list whose items carry no kind', async () => {
    const pod = (JSON.parse(fixture('pending-pod-list.json')) as { items: unknown[] }).items[0];
    expect((await loadSnapshotFile(file('pod.json', JSON.stringify(pod)))).pods).toHaveLength(1);
    const { kind: _k, apiVersion: _a, ...bare } = pod as Record<string, unknown>;
    const typed = await loadSnapshotFile(
      file('podlist.json', JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [bare] })),
    );
    expect(typed.pods[0]?.metadata?.name).toBe('web-7d4b9c8f6d-x2x9k');
    // An empty typed list still says the kind was read: no pods, not "not in file".
    const empty = await loadSnapshotFile(
      file(
        'empty-list.json',
        JSON.stringify({ kind: 'PersistentVolumeClaimList', apiVersion: 'v1', metadata: {}, items: [] }),
      ),
    );
    expect(empty.visibility.persistentVolumeClaims).toEqual({ visible: true });
    expect(empty.visibility.pods.reason).toBe('notInFile');
  });

  it('reads events.k8s.io/v1 Events in the core shape the checks expect', async () => {
    const event = {
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name: 'data-db-0.17d0c1a2b3c4d5e6', namespace: 'shop', creationTimestamp: '2024-05-02T08:11:04Z' },
      eventTime: null,
      reason: 'ProvisioningFailed',
      note: 'failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume "pvc-1": could not create volume in EC2: UnauthorizedOperation: You are not authorized to perform this operation.',
      regarding: {
        kind: 'PersistentVolumeClaim',
        namespace: 'shop',
        name: 'data-db-0',
        uid: 'd1',
        apiVersion: 'v1',
        resourceVersion: '5',
      },
      reportingController: 'ebs.csi.aws.com_ebs-csi-controller-7d9c6b5f4-abcde_1b2c',
      reportingInstance: '',
      deprecatedSource: { component: 'ebs.csi.aws.com_ebs-csi-controller-7d9c6b5f4-abcde_1b2c' },
      deprecatedFirstTimestamp: '2024-05-02T08:11:04Z',
      deprecatedLastTimestamp: '2024-05-02T08:19:04Z',
      deprecatedCount: 9,
      type: 'Warning',
    };
    const snapshot = await loadSnapshotFile(
      file('events-k8s-io.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [event] })),
    );
    expect(snapshot.events[0]).toMatchObject({
      message: event.note,
      involvedObject: { kind: 'PersistentVolumeClaim', name: 'data-db-0', namespace: 'shop' },
      count: 9,
      firstTimestamp: '2024-05-02T08:11:04Z',
      lastTimestamp: '2024-05-02T08:19:04Z',
      source: { component: 'ebs.csi.aws.com_ebs-csi-controller-7d9c6b5f4-abcde_1b2c' },
    });
  });

  it('round-trips a snapshot saved by --save-snapshot, visibility included, with mode 0600', async () => {
    const original = emptySnapshot('shop', '2024-05-02T08:20:00.000Z');
    original.context = 'arn:aws:eks:ap-northeast-2:111122223333:cluster/dev';
    original.serverVersion = '1.31';
    original.visibility.nodes = {
      visible: false,
      reason: 'forbidden',
      detail: 'nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope',
    };
    original.secrets = [
      { kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, type: 'Opaque', keys: ['password'] },
    ];
    const path = join(dir, 'saved.json');
    await saveSnapshot(path, original);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await loadSnapshotFile(path)).toEqual(original);
  });

  it('keeps only the namespace asked for with -n', async () => {
    const list = JSON.parse(fixture('pending-pod-list.json')) as { items: { metadata: { namespace: string } }[] };
    const other = structuredClone(list.items[0]!);
    other.metadata.namespace = 'billing';
    const path = file('two-ns.json', JSON.stringify({ ...list, items: [...list.items, other] }));
    expect((await loadSnapshotFile(path)).namespace).toBeNull();
    const narrowed = await loadSnapshotFile(path, { namespace: 'billing' });
    expect(narrowed.namespace).toBe('billing');
    expect(narrowed.pods.map((p) => p.metadata?.namespace)).toEqual(['billing']);
    expect(narrowed.events).toHaveLength(0);
  });

  it('refuses a missing, empty, broken or foreign file with a specific message', async () => {
    expect(await problemOf(() => loadSnapshotFile(join(dir, 'nope.json')))).toEqual({
      key: 'doctor.file.notFound',
      params: { path: join(dir, 'nope.json') },
    });
    expect((await problemOf(() => loadSnapshotFile(file('empty.json', '  \n')))).key).toBe('doctor.file.empty');
    const broken = await problemOf(() =>
      loadSnapshotFile(
        file('broken.json', '{"kind":"List","items":[]}\n{"kind": "Pod", "data": {"password": "aHVudGVyMg=="'),
      ),
    );
    expect(broken).toEqual({ key: 'doctor.file.invalidJson', params: { path: join(dir, 'broken.json'), line: 2 } });
    expect(JSON.stringify(broken)).not.toContain('aHVudGVyMg');
    expect((await problemOf(() => loadSnapshotFile(file('bad.yaml', 'kind: [unclosed\n  - : :')))).key).toBe(
      'doctor.file.invalidYaml',
    );
    expect(
      (await problemOf(() => loadSnapshotFile(file('foreign.json', '{"name": "package", "version": "1.0.0"}')))).key,
    ).toBe('doctor.file.noObjects');
    expect((await problemOf(() => loadSnapshotFile(dir))).key).toBe('doctor.file.unreadable');
  });
});
