/**
 * Parity of lib/kube/kubeconfig-writer.ts with the real `aws eks update-kubeconfig`
 * (aws CLI v1 here, botocore-based like v2's update_kubeconfig.py) on the same
 * DescribeCluster data from moto. Compared semantically (parsed YAML), not byte for byte:
 * PyYAML and the yaml package quote and indent differently, which kubectl does not see.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Cluster } from '@aws-sdk/client-eks';
import { writeKubeconfig, type KubeconfigEntry } from '../../lib/kube/kubeconfig-writer.ts';
import type { ClusterFacts } from '../../lib/aws/eks-cluster.ts';
import { updateKubeconfig } from '../../lib/setup/kubeconfig-step.ts';
import type { SetupOptions } from '../../lib/setup/setup-context.ts';
import { startMoto, type Moto } from '../support/moto.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli } from '../support/run-cli.ts';

interface Kubeconfig {
  clusters?: { name: string; cluster: Record<string, unknown> }[];
  users?: { name: string; user: Record<string, unknown> }[];
  contexts?: { name: string; context: Record<string, unknown> }[];
  'current-context'?: string;
  preferences?: unknown;
  [key: string]: unknown;
}

const REGION = 'ap-northeast-2';
const CLUSTER = 'shop-prod';

// A kubeconfig as kubectl and other tools leave it: two other clusters (one token user,
// one exec user), extensions, preferences, a current context elsewhere.
const EXISTING = `apiVersion: v1
kind: Config
preferences:
  colors: true
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    server: https://kind-control-plane:6443
    extensions:
    - name: client.authentication.k8s.io/exec
      extension:
        audience: kind
  name: kind-kind
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBZ0lJRk9vZkcwTmtUc3N3RFFZSktvWklodmNOQVFFTEJRQXcKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    server: https://A1B2C3D4E5F6.gr7.us-east-1.eks.amazonaws.com
  name: arn:aws:eks:us-east-1:111122223333:cluster/legacy
contexts:
- context:
    cluster: kind-kind
    user: kind-kind
    namespace: dev
  name: kind-kind
- context:
    cluster: arn:aws:eks:us-east-1:111122223333:cluster/legacy
    user: arn:aws:eks:us-east-1:111122223333:cluster/legacy
  name: legacy
current-context: kind-kind
users:
- name: kind-kind
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURJVENDQWdtZ0F3SUJBZ0lJTmZ0eFNQeWZlYVl3RFFZSktvWklodmNOQVFFTEJRQXcKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBdGVzdAotLS0tLUVORCBSU0EgUFJJVkFURSBLRVktLS0tLQo=
- name: arn:aws:eks:us-east-1:111122223333:cluster/legacy
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args:
      - --region
      - us-east-1
      - eks
      - get-token
      - --cluster-name
      - legacy
      - --output
      - json
      command: aws
      env:
      - name: AWS_PROFILE
        value: legacy-admin
`;

describeWithTools(['aws', 'moto_server'], 'kubeconfig writer matches aws eks update-kubeconfig', () => {
  let moto: Moto;
  let dir: string;
  let cluster: Cluster;
  let profileEnv: NodeJS.ProcessEnv;
  let n = 0;

  beforeAll(async () => {
    moto = await startMoto(REGION);
    cluster = await moto.createCluster(CLUSTER);
    dir = await mkdtemp(join(tmpdir(), 'kubeconfig-parity-'));
    const config = join(dir, 'aws-config');
    await writeFile(
      config,
      `[profile shop-dev]\nregion = ${REGION}\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n`,
    );
    profileEnv = { ...moto.env, AWS_CONFIG_FILE: config };
    delete profileEnv.AWS_ACCESS_KEY_ID;
    delete profileEnv.AWS_SECRET_ACCESS_KEY;
  });
  afterAll(async () => {
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Runs both writers from the same starting file; returns both parsed results and the CLI's stdout. */
  async function both(
    flags: string[],
    entry: Partial<KubeconfigEntry>,
    opts: { existing?: string; env?: NodeJS.ProcessEnv } = {},
  ) {
    const cliFile = join(dir, `cli-${++n}`);
    const oursFile = join(dir, `ours-${n}`);
    if (opts.existing !== undefined) {
      await writeFile(cliFile, opts.existing);
      await copyFile(cliFile, oursFile);
    }
    const cli = await runCli(
      'aws',
      ['eks', 'update-kubeconfig', '--name', CLUSTER, '--region', REGION, '--kubeconfig', cliFile, ...flags],
      { env: opts.env ?? moto.env },
    );
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const ours = await writeKubeconfig(oursFile, {
      clusterArn: cluster.arn!,
      clusterName: cluster.name!,
      region: REGION,
      endpoint: cluster.endpoint!,
      caData: cluster.certificateAuthority!.data!,
      ...entry,
    });
    const cliDoc = parse(await readFile(cliFile, 'utf8')) as Kubeconfig;
    const oursDoc = parse(await readFile(oursFile, 'utf8')) as Kubeconfig;
    return { cli, cliDoc, ours, oursDoc };
  }

  it('a fresh file: the same cluster (named by ARN), exec user and context', async () => {
    const { cli, cliDoc, ours, oursDoc } = await both([], {});
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
    expect(cliDoc['current-context']).toBe(cluster.arn);
    expect(cli.stdout.trim()).toMatch(new RegExp(`^Added new context ${escape(cluster.arn!)} to `));
    expect(ours.action).toBe('added');
    expect(oursDoc.users?.[0]?.user).toEqual({
      exec: {
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        args: ['--region', REGION, 'eks', 'get-token', '--cluster-name', CLUSTER, '--output', 'json'],
        command: 'aws',
      },
    });
  });

  it('--alias names the context; --user-alias names the user', async () => {
    const alias = await both(['--alias', 'shop'], { alias: 'shop' });
    expect(normalise(alias.oursDoc)).toEqual(normalise(alias.cliDoc));
    expect(alias.cliDoc['current-context']).toBe('shop');
    const user = await both(['--alias', 'shop', '--user-alias', 'shop-dev'], { alias: 'shop', userAlias: 'shop-dev' });
    expect(normalise(user.oursDoc)).toEqual(normalise(user.cliDoc));
    expect(user.cliDoc.users?.map((u) => u.name)).toEqual(['shop-dev']);
  });

  it('--user-alias alone: the context takes the user alias, as update_kubeconfig.py does', async () => {
    const { cliDoc, oursDoc } = await both(['--user-alias', 'shop-dev'], { userAlias: 'shop-dev' });
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
  });

  it('--role-arn adds --role to get-token (not --role-arn)', async () => {
    const role =
      'arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/ap-northeast-2/AWSReservedSSO_ShopDev_0123456789abcdef';
    const { cliDoc, oursDoc } = await both(['--role-arn', role], { roleArn: role });
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
    expect((cliDoc.users?.[0]?.user.exec as { args: string[] }).args.slice(-2)).toEqual(['--role', role]);
  });

  it('--profile puts AWS_PROFILE into the exec env', async () => {
    const { cliDoc, oursDoc } = await both(['--profile', 'shop-dev'], { profile: 'shop-dev' }, { env: profileEnv });
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
    expect((cliDoc.users?.[0]?.user.exec as { env: unknown }).env).toEqual([
      { name: 'AWS_PROFILE', value: 'shop-dev' },
    ]);
  });

  it('AWS_PROFILE in the environment is written too, like --profile', async () => {
    const { cliDoc, oursDoc } = await both(
      [],
      { profile: 'shop-dev' },
      { env: { ...profileEnv, AWS_PROFILE: 'shop-dev' } },
    );
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
  });

  it('merging into a multi-cluster kubeconfig keeps every other cluster, user, context and preference, as the CLI does', async () => {
    const { cli, cliDoc, oursDoc } = await both(['--alias', 'shop'], { alias: 'shop' }, { existing: EXISTING });
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
    const before = parse(EXISTING) as Kubeconfig;
    for (const key of ['clusters', 'users', 'contexts'] as const) {
      for (const item of before[key] ?? []) expect(oursDoc[key]).toContainEqual(item);
      expect(oursDoc[key]).toHaveLength((before[key]?.length ?? 0) + 1);
    }
    expect(oursDoc.preferences).toEqual({ colors: true });
    expect(oursDoc['current-context']).toBe('shop');
    expect(cli.stdout).toContain('Added new context shop to');
  });

  it('running again updates in place: no duplicate entries, same result as the CLI', async () => {
    const first = await both(['--alias', 'shop'], { alias: 'shop' }, { existing: EXISTING });
    const cliAgain = await runCli(
      'aws',
      [
        'eks',
        'update-kubeconfig',
        '--name',
        CLUSTER,
        '--region',
        REGION,
        '--alias',
        'shop',
        '--kubeconfig',
        join(dir, `cli-${n}`),
      ],
      { env: moto.env },
    );
    expect(cliAgain.stdout).toContain('Updated context shop in');
    const again = await writeKubeconfig(join(dir, `ours-${n}`), {
      clusterArn: cluster.arn!,
      clusterName: CLUSTER,
      region: REGION,
      endpoint: cluster.endpoint!,
      caData: cluster.certificateAuthority!.data!,
      alias: 'shop',
      namespace: undefined,
    });
    expect(again.action).toBe('unchanged');
    const cliDoc = parse(await readFile(join(dir, `cli-${n}`), 'utf8')) as Kubeconfig;
    const oursDoc = parse(await readFile(join(dir, `ours-${n}`), 'utf8')) as Kubeconfig;
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
    expect(normalise(oursDoc)).toEqual(normalise(first.oursDoc));
  });

  it('an entry with a stale endpoint for the same cluster ARN is replaced, not duplicated', async () => {
    const stale = EXISTING.replace(
      'name: arn:aws:eks:us-east-1:111122223333:cluster/legacy\ncontexts:',
      `name: arn:aws:eks:us-east-1:111122223333:cluster/legacy\n- cluster:\n    certificate-authority-data: T0xE\n    server: https://OLD.gr7.${REGION}.eks.amazonaws.com\n  name: ${cluster.arn}\ncontexts:`,
    );
    const { cliDoc, oursDoc, ours } = await both([], {}, { existing: stale });
    expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
    expect(oursDoc.clusters?.filter((c) => c.name === cluster.arn)).toHaveLength(1);
    expect(ours.action).toBe('updated');
  });

  describe('KUBECONFIG with several files', () => {
    /** The same starting files for the CLI and for setup; returns both sets of paths. */
    async function twoFiles(name: string, first: string, second: string) {
      const sets = { cli: [] as string[], ours: [] as string[] };
      for (const side of ['cli', 'ours'] as const) {
        const sub = join(dir, `${name}-${side}`);
        await mkdir(sub);
        sets[side] = [join(sub, 'first'), join(sub, 'second')];
        await writeFile(sets[side][0]!, first);
        await writeFile(sets[side][1]!, second);
      }
      return sets;
    }
    const facts = (): ClusterFacts =>
      ({
        name: CLUSTER,
        arn: cluster.arn!,
        region: REGION,
        endpoint: cluster.endpoint!,
        caData: cluster.certificateAuthority!.data!,
      }) as ClusterFacts;
    const setupOptions = { namespace: 'default', namespaceGiven: false, dryRun: false, lang: 'en' } as SetupOptions;

    it('the cluster already in a later file: that file is updated, as update-kubeconfig does', async () => {
      // The second file got the cluster from an earlier update-kubeconfig, with an old endpoint.
      const held = `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: T0xE\n    server: https://OLD.gr7.${REGION}.eks.amazonaws.com\n  name: ${cluster.arn}\ncontexts: []\nusers: []\ncurrent-context: ''\n`;
      const files = await twoFiles('later', EXISTING, held);
      const cli = await runCli('aws', ['eks', 'update-kubeconfig', '--name', CLUSTER, '--region', REGION], {
        env: { ...moto.env, KUBECONFIG: files.cli.join(delimiter) },
      });
      expect(cli.code).toBe(0);
      expect(cli.stdout).toContain(`Updated context ${cluster.arn} in ${files.cli[1]}`);
      const plan = await updateKubeconfig(setupOptions, facts(), {
        env: { KUBECONFIG: files.ours.join(delimiter) },
        home: dir,
      });
      expect(plan.path).toBe(files.ours[1]);
      expect(plan.action).toBe('updated');
      for (const i of [0, 1]) {
        const cliDoc = parse(await readFile(files.cli[i]!, 'utf8')) as Kubeconfig;
        const oursDoc = parse(await readFile(files.ours[i]!, 'utf8')) as Kubeconfig;
        expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
      }
      // The first file is as it was: no shadowing copy of the cluster.
      expect(await readFile(files.ours[0]!, 'utf8')).toBe(EXISTING);
    });

    it('the cluster in no file: the first file gets it, as update-kubeconfig does', async () => {
      const other = `apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\ncurrent-context: ''\n`;
      const files = await twoFiles('none', other, EXISTING);
      const cli = await runCli('aws', ['eks', 'update-kubeconfig', '--name', CLUSTER, '--region', REGION], {
        env: { ...moto.env, KUBECONFIG: files.cli.join(delimiter) },
      });
      expect(cli.stdout).toContain(`Added new context ${cluster.arn} to ${files.cli[0]}`);
      const plan = await updateKubeconfig(setupOptions, facts(), {
        env: { KUBECONFIG: files.ours.join(delimiter) },
        home: dir,
      });
      expect(plan.path).toBe(files.ours[0]);
      for (const i of [0, 1]) {
        const cliDoc = parse(await readFile(files.cli[i]!, 'utf8')) as Kubeconfig;
        const oursDoc = parse(await readFile(files.ours[i]!, 'utf8')) as Kubeconfig;
        expect(normalise(oursDoc)).toEqual(normalise(cliDoc));
      }
    });
  });
});

/** Orders lists by name and drops null-valued keys, which PyYAML and kubectl treat as absent. */
function normalise(doc: Kubeconfig): Kubeconfig {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== null)
          .map(([k, x]) => [k, strip(x)]),
      );
    return v;
  };
  const byName = <T extends { name: string }>(list: T[] | undefined) =>
    [...(list ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const out = strip(doc) as Kubeconfig;
  return { ...out, clusters: byName(out.clusters), users: byName(out.users), contexts: byName(out.contexts) };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
