import { mkdtemp, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  planKubeconfigUpdate,
  resolveKubeconfigPath,
  writeKubeconfig,
  KubeconfigInvalidError,
  type KubeconfigEntry,
} from '../../lib/kube/kubeconfig-writer.ts';

const ARN = 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod';

// The parts of a kubeconfig these tests read back.
interface KubeconfigDoc {
  clusters: { name: string; cluster: { server: string } }[];
  contexts: { name: string; context: { cluster: string; user: string; namespace?: string } }[];
  users: { name: string; user: { exec: { args: string[]; env?: { name: string; value: string }[] } } }[];
  preferences?: unknown;
  extensions?: unknown;
  'current-context'?: string;
}
const readKubeconfig = (text: string) => parse(text) as KubeconfigDoc;
const entry: KubeconfigEntry = {
  clusterArn: ARN,
  clusterName: 'prod',
  region: 'ap-northeast-2',
  endpoint: 'https://0123456789ABCDEF0123456789ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com',
  caData: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=',
};

// A kubeconfig as kubectl and other tools leave it: two clusters, comments, preferences, extensions.
const MULTI = `apiVersion: v1
# kind cluster for local work
clusters:
  - cluster:
      certificate-authority-data: S0lORA==
      server: https://127.0.0.1:6443
    name: kind-dev
  - cluster:
      server: https://staging.example.com
      insecure-skip-tls-verify: true
    name: staging
contexts:
  - context:
      cluster: kind-dev
      user: kind-dev
      namespace: team-a
    name: kind-dev
  - context:
      cluster: staging
      user: staging-admin
    name: staging
current-context: kind-dev
kind: Config
preferences:
  colors: true
extensions:
  - name: my-extension
    extension:
      last-update: "2024-01-01"
users:
  - name: kind-dev
    user:
      client-certificate-data: Q0VSVA==
      client-key-data: S0VZ
  - name: staging-admin
    user:
      token: staging-token
`;

const tmp = () => mkdtemp(join(tmpdir(), 'kubeconfig-'));

describe('planKubeconfigUpdate', () => {
  it('writes what aws eks update-kubeconfig writes for a new file', () => {
    const plan = planKubeconfigUpdate(null, entry);
    expect(plan.action).toBe('added');
    expect(plan.contextName).toBe(ARN);
    expect(parse(plan.text)).toEqual({
      apiVersion: 'v1',
      clusters: [{ cluster: { 'certificate-authority-data': entry.caData, server: entry.endpoint }, name: ARN }],
      contexts: [{ context: { cluster: ARN, user: ARN }, name: ARN }],
      'current-context': ARN,
      kind: 'Config',
      preferences: {},
      users: [
        {
          name: ARN,
          user: {
            exec: {
              apiVersion: 'client.authentication.k8s.io/v1beta1',
              args: ['--region', 'ap-northeast-2', 'eks', 'get-token', '--cluster-name', 'prod', '--output', 'json'],
              command: 'aws',
            },
          },
        },
      ],
    });
    // PyYAML style (what the aws CLI emits): list items not indented under their key.
    expect(plan.text).toContain('clusters:\n- cluster:');
  });

  it('--token-command eks-guide: the user runs `eks-guide token` with the same cluster, region, role and profile', () => {
    const plan = planKubeconfigUpdate(null, {
      ...entry,
      tokenCommand: 'eks-guide',
      roleArn: 'arn:aws:iam::111122223333:role/dev',
      profile: 'dev-sso',
    });
    expect((parse(plan.text) as { users: { user: { exec: unknown } }[] }).users[0]!.user.exec).toEqual({
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      args: [
        'token',
        '--cluster',
        'prod',
        '--region',
        'ap-northeast-2',
        '--role-arn',
        'arn:aws:iam::111122223333:role/dev',
      ],
      command: 'eks-guide',
      env: [{ name: 'AWS_PROFILE', value: 'dev-sso' }],
    });
    // The default is untouched by the option's existence: tokenCommand 'aws' writes what update-kubeconfig writes.
    expect(planKubeconfigUpdate(null, { ...entry, tokenCommand: 'aws' }).text).toBe(
      planKubeconfigUpdate(null, entry).text,
    );
  });

  it('merges into a multi-cluster kubeconfig and loses nothing', () => {
    const plan = planKubeconfigUpdate(MULTI, entry);
    const before = readKubeconfig(MULTI);
    const after = readKubeconfig(plan.text);
    expect(plan.action).toBe('added');
    expect(after.clusters.slice(0, 2)).toEqual(before.clusters);
    expect(after.contexts.slice(0, 2)).toEqual(before.contexts);
    expect(after.users.slice(0, 2)).toEqual(before.users);
    expect(after.preferences).toEqual({ colors: true });
    expect(after.extensions).toEqual(before.extensions);
    expect(after['current-context']).toBe(ARN);
    expect(plan.text).toContain('# kind cluster for local work');
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });

  it('is idempotent: a second run is unchanged and returns the text as it was', () => {
    const first = planKubeconfigUpdate(MULTI, entry);
    const second = planKubeconfigUpdate(first.text, entry);
    expect(second.action).toBe('unchanged');
    expect(second.text).toBe(first.text);
  });

  it('updates the entry in place when the endpoint changed', () => {
    const first = planKubeconfigUpdate(MULTI, entry);
    const second = planKubeconfigUpdate(first.text, {
      ...entry,
      endpoint: 'https://NEW.gr7.ap-northeast-2.eks.amazonaws.com',
    });
    expect(second.action).toBe('updated');
    const clusters = readKubeconfig(second.text).clusters;
    expect(clusters).toHaveLength(3);
    expect(clusters[2]!.cluster.server).toBe('https://NEW.gr7.ap-northeast-2.eks.amazonaws.com');
  });

  it('names the context by --alias and the user by --user-alias (context defaults to the user name)', () => {
    const aliased = readKubeconfig(
      planKubeconfigUpdate(null, { ...entry, alias: 'prod', userAlias: 'prod-admin' }).text,
    );
    expect(aliased.contexts[0]).toEqual({ context: { cluster: ARN, user: 'prod-admin' }, name: 'prod' });
    expect(aliased.users[0]!.name).toBe('prod-admin');
    expect(aliased['current-context']).toBe('prod');
    const userOnly = planKubeconfigUpdate(null, { ...entry, userAlias: 'me' });
    expect(userOnly.contextName).toBe('me');
  });

  it('adds --role and AWS_PROFILE only when given, and the namespace to the context', () => {
    const doc = readKubeconfig(
      planKubeconfigUpdate(null, {
        ...entry,
        roleArn: 'arn:aws:iam::111122223333:role/eks/Dev',
        profile: 'dev-sso',
        namespace: 'shop',
      }).text,
    );
    expect(doc.users[0]!.user.exec.args.slice(-2)).toEqual(['--role', 'arn:aws:iam::111122223333:role/eks/Dev']);
    expect(doc.users[0]!.user.exec.env).toEqual([{ name: 'AWS_PROFILE', value: 'dev-sso' }]);
    expect(doc.contexts[0]!.context.namespace).toBe('shop');
    const plain = readKubeconfig(planKubeconfigUpdate(null, entry).text);
    expect(plain.users[0]!.user.exec.env).toBeUndefined();
    expect(plain.contexts[0]!.context.namespace).toBeUndefined();
  });

  it.each([
    ['not YAML', 'clusters: [\n  - {name: x'],
    ['a list at the top', '- a\n- b\n'],
    ['clusters not a list', 'apiVersion: v1\nclusters: prod\n'],
    ['a Pod manifest', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n'],
  ])('refuses an existing file that is %s', (_name, text) => {
    expect(() => planKubeconfigUpdate(text, entry)).toThrow(KubeconfigInvalidError);
  });
});

describe('writeKubeconfig', () => {
  it('creates the file 0600 in a new 0700 directory', async () => {
    const dir = await tmp();
    const path = join(dir, 'nested', '.kube', 'config');
    const result = await writeKubeconfig(path, entry);
    expect(result.action).toBe('added');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'nested', '.kube'))).mode & 0o777).toBe(0o700);
    expect(readKubeconfig(await readFile(path, 'utf8'))['current-context']).toBe(ARN);
  });

  it('never leaves a world-readable file: an existing 0644 file becomes 0600, a 0400 one stays 0400', async () => {
    const dir = await tmp();
    const open = join(dir, 'open');
    await writeFile(open, MULTI, { mode: 0o644 });
    await chmod(open, 0o644);
    await writeKubeconfig(open, entry);
    expect((await stat(open)).mode & 0o777).toBe(0o600);
    const strict = join(dir, 'strict');
    await writeFile(strict, MULTI);
    await chmod(strict, 0o400);
    await writeKubeconfig(strict, entry);
    expect((await stat(strict)).mode & 0o777).toBe(0o400);
  });

  it('does not rewrite an unchanged file', async () => {
    const dir = await tmp();
    const path = join(dir, 'config');
    await writeKubeconfig(path, entry);
    const before = await stat(path);
    await new Promise((r) => setTimeout(r, 20));
    const again = await writeKubeconfig(path, entry);
    expect(again.action).toBe('unchanged');
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('refuses an invalid existing file and leaves it byte for byte', async () => {
    const dir = await tmp();
    const path = join(dir, 'config');
    const junk = 'this is: [not, a kubeconfig\n';
    await writeFile(path, junk);
    await expect(writeKubeconfig(path, entry)).rejects.toBeInstanceOf(KubeconfigInvalidError);
    expect(await readFile(path, 'utf8')).toBe(junk);
  });

  it('dry-run writes nothing but returns the planned text', async () => {
    const dir = await tmp();
    const path = join(dir, 'config');
    const result = await writeKubeconfig(path, entry, { dryRun: true });
    expect(result.action).toBe('added');
    expect(result.text).toContain(ARN);
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('resolveKubeconfigPath', () => {
  it('prefers --kubeconfig, then the first KUBECONFIG path, then ~/.kube/config', () => {
    expect(resolveKubeconfigPath('/tmp/x.yaml', { KUBECONFIG: '/a' }, '/home/u')).toBe('/tmp/x.yaml');
    expect(resolveKubeconfigPath('~/k.yaml', {}, '/home/u')).toBe('/home/u/k.yaml');
    expect(resolveKubeconfigPath(undefined, { KUBECONFIG: ['/first', '/second'].join(delimiter) }, '/home/u')).toBe(
      '/first',
    );
    expect(resolveKubeconfigPath(undefined, { KUBECONFIG: `${delimiter}/second` }, '/home/u')).toBe('/second');
    expect(resolveKubeconfigPath(undefined, {}, '/home/u')).toBe('/home/u/.kube/config');
  });
});
