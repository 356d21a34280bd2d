/**
 * End to end: the real `scripts/setup-eks.ts` as a child process (no TTY, CI=true) with the
 * real aws CLI and kubectl. AWS is moto behind a small EKS proxy (access entries, and the
 * cluster's endpoint/CA pointed at the HTTPS API double); the kubeconfig's exec plugin runs
 * the real `aws eks get-token` against moto's STS and the double checks that token.
 * No test hook in the script: only AWS_ENDPOINT_URL_* in its environment.
 */
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { readFileSync, realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { startEksProxy, type EksProxy } from '../support/eks-proxy.ts';
import { MOTO_ACCOUNT, startMoto, type AwsCredentials, type Moto } from '../support/moto.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli, runScript } from '../support/run-cli.ts';
import { shopObjects } from '../support/shop-objects.ts';

const REGION = 'ap-northeast-2';
const CLUSTER = 'shop-prod';
const DEV_ROLE = 'AWSReservedSSO_ShopDev_0123456789abcdef';
const DEV_PATH = `/aws-reserved/sso.amazonaws.com/${REGION}/`;
const VIEW = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy';
const ROOT = new URL('../..', import.meta.url).pathname;

/** The kubectl on this machine's PATH, links resolved. */
function realKubectl(): string {
  return realpathSync(execFileSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim());
}

describeWithTools(['aws', 'kubectl', 'moto_server', 'openssl'], 'setup-eks end to end (moto + API double)', () => {
  let moto: Moto;
  let api: ApiDouble;
  let proxy: EksProxy;
  let dir: string;
  let dev: AwsCredentials;
  let stranger: AwsCredentials;
  let devRoleArn: string;

  beforeAll(async () => {
    moto = await startMoto(REGION);
    devRoleArn = await moto.createRole(DEV_ROLE, DEV_PATH);
    const strangerRole = await moto.createRole('contractor');
    await moto.createCluster(CLUSTER);
    await moto.createCluster('batch-prod');
    dev = await moto.assumeRole(devRoleArn, 'alice@example.com');
    stranger = await moto.assumeRole(strangerRole, 'bob');
    api = await startApiDouble({
      version: 'v1.31.2-eks-7f9249a',
      objects: shopObjects(),
      users: {
        // What EKS's authenticator and the View policy (scoped to shop) give the access entry.
        [`eks:${DEV_ROLE}`]: {
          username: `arn:aws:sts::{{AccountID}}:assumed-role/${DEV_ROLE}/{{SessionName}}`,
          allow: [{ verbs: ['get', 'list', 'watch'], resources: ['*'], namespaces: ['shop'] }],
        },
      },
      resolveEksCaller: moto.callerArnResolver(),
    });
    proxy = await startEksProxy(moto.url, {
      [CLUSTER]: {
        endpoint: api.url,
        caData: api.caData,
        authenticationMode: 'API_AND_CONFIG_MAP',
        accessEntries: [
          {
            principalArn: devRoleArn,
            policies: [{ policyArn: VIEW, accessScope: { type: 'namespace', namespaces: ['shop'] } }],
          },
        ],
      },
    });
    dir = await mkdtemp(join(tmpdir(), 'setup-eks-e2e-'));
  });
  afterAll(async () => {
    await proxy?.close();
    await api?.close();
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const setupEnv = (credentials: AwsCredentials, extra: NodeJS.ProcessEnv = {}) =>
    moto.envWith(credentials, {
      AWS_ENDPOINT_URL_EKS: proxy.url,
      CI: 'true',
      LANG: 'en_US.UTF-8',
      NO_COLOR: '1',
      ...extra,
    });
  /** `eks-guide setup ARGS` as installed (the suite's build), after the given Node options. */
  const builtSetup = (args: string[], env: NodeJS.ProcessEnv, nodeOptions: string[] = []) =>
    runCli(process.execPath, [...nodeOptions, inject('builtEksGuide'), 'setup', ...args], {
      cwd: ROOT,
      env,
      timeoutMs: 120_000,
    });
  const setup = (args: string[], credentials: AwsCredentials) =>
    runScript('scripts/setup-eks.ts', [...args], {
      cwd: ROOT,
      env: setupEnv(credentials),
      timeoutMs: 120_000,
    }).then((out) => {
      // SHOW_SETUP_OUTPUT=1 prints what a user would see, for reviewing the wording.
      if (process.env.SHOW_SETUP_OUTPUT)
        console.log(`$ setup-eks ${args.join(' ')}  -> exit ${out.code}\n${out.stdout}\n--- stderr ---\n${out.stderr}`);
      return out;
    });

  it('an engineer with an access entry gets a kubeconfig and sees the pods of the namespace', async () => {
    const kubeconfig = join(dir, 'dev-config');
    const out = await setup(['--cluster', CLUSTER, '--region', REGION, '-n', 'shop', '--kubeconfig', kubeconfig], dev);
    if (out.code !== 0) console.error(out.stdout, out.stderr);
    expect(out.code).toBe(0);
    const doc = parse(await readFile(kubeconfig, 'utf8')) as {
      clusters: { name: string; cluster: { server: string } }[];
      'current-context': string;
    };
    const arn = `arn:aws:eks:${REGION}:${MOTO_ACCOUNT}:cluster/${CLUSTER}`;
    expect(doc.clusters).toContainEqual({
      name: arn,
      cluster: { server: api.url, 'certificate-authority-data': api.caData },
    });
    // The real kubectl's table, passed through.
    expect(out.stdout).toMatch(/NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
    expect(out.stdout).toMatch(/web-6d4cf56db6-4xk2p\s+1\/1\s+Running/);
    expect(out.stdout).not.toContain('secret-app');
    // It listed pods in shop through the real exec plugin (the user was recognised from the EKS token).
    const podLists = api.requests.filter((r) => r.path === '/api/v1/namespaces/shop/pods');
    expect(podLists.length).toBeGreaterThan(0);
    expect(
      podLists.every((r) => r.user === `arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/${DEV_ROLE}/alice@example.com`),
    ).toBe(true);
    expect(proxy.calls).toContain(`GET /clusters/${CLUSTER}/access-entries`);
    // Node 20 is supported (package.json engines): the SDK's Node-version warning is not shown.
    expect(out.stderr).not.toContain('NodeVersionSupportWarning');
    // The full caller ARN and the role ARN with its SSO path, as an administrator needs them.
    expect(out.stderr).toContain(
      `Identity: arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/${DEV_ROLE}/alice@example.com (IAM role arn:aws:iam::${MOTO_ACCOUNT}:role${DEV_PATH}${DEV_ROLE})`,
    );
    expect(out.stdout).toContain(
      `https://${REGION}.console.aws.amazon.com/eks/home?region=${REGION}#/clusters/${CLUSTER}`,
    );
    // /usr/bin/kubectl here is a dispatcher: no skew warning from its own version, the real client was asked.
    expect(out.stdout + out.stderr).not.toContain('more than one minor version');
    // Progress goes to stderr; stdout holds only the summary.
    expect(out.stderr).toContain('Verify: you can list pods in shop');
    expect(out.stdout).not.toContain('Verify: kubectl get pod');
  });

  it('the installed command sets up the same way without loading the installed client-node (0.7 s of API clients)', async () => {
    const kubeconfig = join(dir, 'built-config');
    const log = join(dir, 'built-modules.log');
    await writeFile(log, '');
    const out = await builtSetup(
      ['--cluster', CLUSTER, '--region', REGION, '-n', 'shop', '--kubeconfig', kubeconfig],
      setupEnv(dev, { MODULE_LOG: log }),
      ['--import', join(ROOT, 'tests/support/module-log.mjs')],
    );
    if (out.code !== 0) console.error(out.stdout, out.stderr);
    expect(out.code).toBe(0);
    // The access review and the kubectl call both went through: the SSAR is answered, the pods are listed.
    expect(out.stderr).toContain('Verify: you can list pods in shop');
    expect(out.stdout).toMatch(/web-6d4cf56db6-4xk2p\s+1\/1\s+Running/);
    expect(api.requests.some((r) => r.path === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews')).toBe(true);
    const files = readFileSync(log, 'utf8').split('\n');
    expect(files.some((f) => f.includes('/node_modules/@aws-sdk/client-sts/'))).toBe(true);
    expect(files.filter((f) => f.includes('/node_modules/@kubernetes/client-node/'))).toEqual([]);
    // The next step names the doctor the way this user runs the tool.
    expect(out.stdout).toContain(`  eks-guide doctor -n shop --kubeconfig ${kubeconfig} --context arn:aws:eks:`);
    expect(out.stdout).not.toContain('npx tsx');
  });

  it('the installed command without the aws CLI on PATH: exit 1 at the tools step, with the install command', async () => {
    // PATH holds kubectl alone, wherever this machine installed it (and wherever aws is).
    const bin = join(dir, 'kubectl-only-bin');
    await mkdir(bin, { recursive: true });
    await symlink(realKubectl(), join(bin, 'kubectl'));
    const out = await builtSetup(
      ['--cluster', CLUSTER, '--region', REGION, '-n', 'shop'],
      setupEnv(dev, { HOME: join(dir, 'no-aws-home'), PATH: bin }),
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('Not installed (or not on PATH): aws.');
    // Explained, with what to run, not a crash: an unhandled rejection would print a stack and Node's version.
    expect(out.stderr).toContain('Install it with the command below');
    expect(out.stderr).not.toContain('StepError');
    expect(out.stderr).not.toMatch(/Node\.js v\d|^\s+at /m);
    // Nothing after the failed step ran: no kubeconfig was written.
    await expect(stat(join(dir, 'no-aws-home', '.kube', 'config'))).rejects.toThrow();
  });

  it('a principal without an access entry: exit 1, Unauthorized explained, create-access-entry command given', async () => {
    const out = await setup(
      ['--cluster', CLUSTER, '--region', REGION, '-n', 'shop', '--kubeconfig', join(dir, 'stranger-config')],
      stranger,
    );
    const all = out.stdout + out.stderr;
    expect(out.code).toBe(1);
    expect(all).toContain('arn:aws:iam::123456789012:role/contractor');
    expect(all).toMatch(
      /aws eks create-access-entry --cluster-name shop-prod[^\n]*--principal-arn arn:aws:iam::123456789012:role\/contractor/,
    );
    expect(all).toMatch(/did not accept your credentials \(Unauthorized\)/);
    // The access step states what it did read: no access entry, aws-auth unreadable, with the commands.
    expect(out.stderr).toMatch(
      /warning: The cluster shop-prod has no access entry for arn:aws:iam::123456789012:role\/contractor\. kube-system\/aws-auth could not be read \(Unauthorized\)/,
    );
    expect(out.stderr).toContain('Access: no access entry for you; aws-auth could not be read [API_AND_CONFIG_MAP]');
    expect(out.stderr).not.toContain('could not be read ahead');
    // The failed step shows one line; the explanation and commands follow once, a command per line.
    expect(out.stderr).toMatch(
      /✖ Verify: kubectl get pod \[FAILED: The cluster shop-prod did not accept your credentials \(Unauthorized\) for arn:aws:iam::123456789012:role\/contractor\.\]\n/,
    );
    expect(out.stderr).not.toMatch(/\[FAILED:[^\]]*\n/);
    const fix =
      'There is no access entry for you, and no aws-auth mapping let you in either. An administrator must run:';
    expect(all.split(fix)).toHaveLength(2);
    // The evidence is the server's own Status message, once.
    expect(all.split('  > Unauthorized\n')).toHaveLength(2);
    const after = out.stderr.slice(out.stderr.indexOf(fix));
    expect(after).toMatch(
      /\n\$ aws eks create-access-entry --cluster-name shop-prod --principal-arn arn:aws:iam::123456789012:role\/contractor --region ap-northeast-2\n/,
    );
    expect(after).toMatch(
      /\n\$ aws eks associate-access-policy --cluster-name shop-prod [^\n]*namespaces=shop --region ap-northeast-2\n/,
    );
  });

  it('--role-arn: the caller proves it may assume the role, and kubectl works as that role through get-token --role', async () => {
    // moto's AssumeRole ignores trust policies (any caller may assume any role), so only the
    // success path runs here; the refusal is covered in tests/setup/identity-step.test.ts.
    const kubeconfig = join(dir, 'role-config');
    const out = await setup(
      ['--cluster', CLUSTER, '--region', REGION, '-n', 'shop', '--kubeconfig', kubeconfig, '--role-arn', devRoleArn],
      stranger,
    );
    if (out.code !== 0) console.error(out.stdout, out.stderr);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(
      `Identity: arn:aws:sts::${MOTO_ACCOUNT}:assumed-role/contractor/bob, which can assume ${devRoleArn}; the kubeconfig assumes it`,
    );
    expect(out.stdout).toMatch(/web-6d4cf56db6-4xk2p\s+1\/1\s+Running/);
    expect(await readFile(kubeconfig, 'utf8')).toContain(devRoleArn);
    // No temporary credentials from the check reach the output.
    expect(out.stdout + out.stderr).not.toMatch(/ASIA[A-Z0-9]{12,}|SessionToken|SecretAccessKey/);
  });

  it('a namespace the access policy does not cover: exit 1, forbidden, with the policy scope and the fix', async () => {
    const out = await setup(
      ['--cluster', CLUSTER, '--region', REGION, '-n', 'other', '--kubeconfig', join(dir, 'other-config')],
      dev,
    );
    const all = out.stdout + out.stderr;
    expect(out.code).toBe(1);
    expect(all).toContain('AmazonEKSViewPolicy (shop)');
    expect(all).toMatch(
      /aws eks associate-access-policy --cluster-name shop-prod --principal-arn arn:aws:iam::123456789012:role\/aws-reserved\/sso\.amazonaws\.com\/ap-northeast-2\/AWSReservedSSO_ShopDev_0123456789abcdef[^\n]*namespaces=other/,
    );
    expect(api.requests.some((r) => r.path === '/api/v1/namespaces/other/pods')).toBe(false);
  });

  it('a cluster name not in the region: exit 1, listing the clusters that are there', async () => {
    const out = await setup(
      ['--cluster', 'shop-prd', '--region', REGION, '-n', 'shop', '--kubeconfig', join(dir, 'typo-config')],
      dev,
    );
    const all = out.stdout + out.stderr;
    expect(out.code).toBe(1);
    expect(all).toContain('shop-prd');
    expect(all).toMatch(/batch-prod, shop-prod|shop-prod, batch-prod/);
    expect(out.stderr.split('$ aws eks list-clusters --region ap-northeast-2')).toHaveLength(2);
    expect(out.stderr).not.toMatch(/\[FAILED:[^\]]*\n/);
  });

  it('two runs at once with different --alias keep both contexts; the previous file is kept as .bak; a folder as --kubeconfig exits 2', async () => {
    const kubeconfig = join(dir, 'shared-config');
    // A kubeconfig the user already had, with another cluster in it.
    await writeFile(
      kubeconfig,
      'apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://kind:6443\n  name: kind\ncontexts:\n- context:\n    cluster: kind\n    user: kind\n  name: kind\ncurrent-context: kind\nusers:\n- name: kind\n  user:\n    token: kind-token\n',
      { mode: 0o600 },
    );
    const before = await readFile(kubeconfig, 'utf8');
    const run = (alias: string) =>
      setup(
        ['--cluster', CLUSTER, '--region', REGION, '-n', 'shop', '--alias', alias, '--kubeconfig', kubeconfig],
        dev,
      );
    const [left, right, folder] = await Promise.all([
      run('shop-left'),
      run('shop-right'),
      setup(['--cluster', CLUSTER, '--region', REGION, '-n', 'shop', '--kubeconfig', dir], dev),
    ]);
    expect([left.code, right.code]).toEqual([0, 0]);
    const doc = parse(await readFile(kubeconfig, 'utf8')) as { contexts: { name: string }[] };
    expect(doc.contexts.map((c) => c.name).sort()).toEqual(['kind', 'shop-left', 'shop-right']);
    // Each run backed up the file it found: a whole kubeconfig, 0600 like the original.
    const bak = parse(await readFile(`${kubeconfig}.bak`, 'utf8')) as { contexts: { name: string }[] };
    expect(bak.contexts.length).toBeGreaterThan(0);
    expect((await stat(`${kubeconfig}.bak`)).mode & 0o777).toBe(0o600);
    expect(before).not.toContain('shop-left');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`The kubeconfig path ${dir} is a directory`);
  }, 240_000);

  it('a bad flag: exit 2 before touching AWS', async () => {
    const before = proxy.calls.length;
    const out = await setup(['--clustr', CLUSTER], dev);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--clustr');
    expect(proxy.calls.length).toBe(before);
  });
});
