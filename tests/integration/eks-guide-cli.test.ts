/**
 * The built, installable command (dist/ from `npm run build`) run as a user runs it: `eks-guide …` and,
 * through the real kubectl's plugin discovery, `kubectl guide …`.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliForTest, type BuiltCli } from '../support/built-cli.ts';
import { describeWithTools } from '../support/requirements.ts';
import { runCli, type CliResult } from '../support/run-cli.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLE = join(ROOT, 'examples/broken-shop.json');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let built: BuiltCli;
let work: string;

beforeAll(async () => {
  built = await buildCliForTest();
  work = mkdtempSync(join(tmpdir(), 'eks-guide-cli-'));
});
afterAll(() => {
  rmSync(built.dir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, HOME: work, LANG: 'en_US.UTF-8' };
  for (const name of ['KUBECONFIG', 'LC_ALL', 'LC_MESSAGES', 'CI']) delete e[name];
  return { ...e, ...extra };
}

/** Runs the built eks-guide from a directory other than the checkout, as an installed command runs. */
function eksGuide(args: string[], extra: NodeJS.ProcessEnv = {}, preload: string[] = []): Promise<CliResult> {
  return runCli(process.execPath, [...preload, built.eksGuide, ...args], { cwd: work, env: env(extra) });
}

describe('eks-guide (built)', () => {
  it('lists its subcommands in --help, in English and Korean, and prints the package version', async () => {
    const [help, ko, version, doctorVersion] = await Promise.all([
      eksGuide(['--help']),
      eksGuide(['--help'], { LANG: 'ko_KR.UTF-8' }),
      eksGuide(['--version']),
      eksGuide(['doctor', '--version']),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: eks-guide <command>/);
    expect(help.stdout).toMatch(/^ {2}setup +set kubectl up for an EKS cluster/m);
    expect(help.stdout).toMatch(/^ {2}doctor +read a namespace once/m);
    expect(ko.stdout).toContain('사용법: eks-guide <명령>');
    expect(version).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    expect(doctorVersion).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('names itself in each subcommand help', async () => {
    const [doctor, setup] = await Promise.all([eksGuide(['doctor', '--help']), eksGuide(['setup', '-h'])]);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/^Usage: eks-guide doctor \[options\]/);
    expect(doctor.stdout).toContain('eks-guide doctor -n shop -o junit');
    expect(setup.code).toBe(0);
    expect(setup.stdout).toMatch(/^Usage: eks-guide setup --cluster NAME/);
  });

  it('answers an unknown subcommand with exit 2 and the nearest one, in the user language', async () => {
    const [typo, ko, unknown, none, flag] = await Promise.all([
      eksGuide(['doctr', '-n', 'shop']),
      eksGuide(['--lang', 'ko', 'setpu']),
      eksGuide(['deploy']),
      eksGuide([]),
      eksGuide(['--namespace', 'shop']),
    ]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      'Unknown command "doctr". The commands are: setup, doctor, map, token, health-check.',
    );
    expect(typo.stderr).toContain('Did you mean `eks-guide doctor`?');
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain('알 수 없는 명령 "setpu"입니다');
    expect(ko.stderr).toContain('`eks-guide setup`을(를) 실행하려고 하셨나요?');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toContain('Did you mean');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: eks-guide <command>/);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Unknown option: --namespace.');
  });

  it('diagnoses a file exactly as the source does under tsx', async () => {
    const args = ['doctor', '--from-file', EXAMPLE, '-o', 'json'];
    const [ours, source] = await Promise.all([
      eksGuide(args),
      runCli(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/doctor.ts'), ...args.slice(1)], {
        cwd: work,
        env: env(),
      }),
    ]);
    expect(ours.code).toBe(1);
    expect(source.code).toBe(1);
    const strip = (text: string) => ({ ...(JSON.parse(text) as object), generatedAt: undefined });
    expect(strip(ours.stdout)).toEqual(strip(source.stdout));
  });
});

describe('the built message catalogues (JSON, one file per language)', () => {
  it('render Korean exactly as the TypeScript source does under tsx', async () => {
    const args = ['doctor', '--from-file', EXAMPLE, '--lang', 'ko', '--explain'];
    const [ours, source] = await Promise.all([
      eksGuide(args),
      runCli(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/doctor.ts'), ...args.slice(1)], {
        cwd: work,
        env: env(),
      }),
    ]);
    expect(ours.code).toBe(1);
    expect(ours.stdout).toContain('네임스페이스 shop');
    expect(ours.stdout).toBe(source.stdout);
  });

  it('hold every key of the source catalogues, each text unchanged', async () => {
    const { catalogues } = await import('../../lib/i18n/catalogue.ts');
    for (const lang of ['en', 'ko'] as const) {
      const file = join(built.dir, 'dist/chunks', `messages-${lang}.json`);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(catalogues[lang]);
    }
  });
});

describe('what each path loads', () => {
  const HEAVY = ['@kubernetes/client-node', '@aws-sdk/', 'listr2', 'zx', 'yaml', 'node-fetch'];

  /** The packages a run loaded: external ones from the module log, bundled ones from the chunks it read. */
  async function loaded(
    args: string[],
    extra: NodeJS.ProcessEnv = {},
  ): Promise<{ result: CliResult; packages: string[]; external: string[] }> {
    const log = join(work, `modules-${Math.random().toString(36).slice(2)}.log`);
    writeFileSync(log, '');
    const result = await eksGuide(args, { MODULE_LOG: log, ...extra }, [
      '--import',
      join(ROOT, 'tests/support/module-log.mjs'),
    ]);
    const files = readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (line.startsWith('file://') ? new URL(line).pathname : line));
    // The metafile names outputs relative to the checkout.
    const outputs = files.map((file) => built.metafile.outputs[file.slice(ROOT.length)]).filter((o) => o !== undefined);
    expect(outputs.length).toBeGreaterThan(0);
    const inputs = [...files, ...outputs.flatMap((output) => Object.keys(output.inputs))];
    const names = (paths: string[]) => {
      const packages = new Set<string>();
      for (const path of paths) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
        if (name) packages.add(name);
      }
      return [...packages];
    };
    // `external`: the installed packages' own files a run read (not code bundled into dist/).
    return { result, packages: names(inputs), external: names(files) };
  }
  const heavy = (packages: string[]) => packages.filter((p) => HEAVY.some((h) => p === h || p.startsWith(h)));

  it('--help, a usage error and --from-file of JSON load none of the heavy packages', async () => {
    const runs = await Promise.all([
      loaded(['--help']),
      loaded(['doctr']),
      loaded(['doctor', '--help']),
      loaded(['setup', '--help']),
      loaded(['setup', '--cluster', 'bad name!']),
      loaded(['doctor', '--from-file', EXAMPLE]),
    ]);
    expect(runs.map((r) => r.result.code)).toEqual([0, 2, 0, 0, 2, 1]);
    for (const run of runs) expect(heavy(run.packages)).toEqual([]);
  });

  it('loads the graph layout (elkjs) for doctor -o html only', async () => {
    const [text, markdown, html] = await Promise.all([
      loaded(['doctor', '--from-file', EXAMPLE]),
      loaded(['doctor', '--from-file', EXAMPLE, '-o', 'markdown']),
      loaded(['doctor', '--from-file', EXAMPLE, '-o', 'html']),
    ]);
    expect([text, markdown, html].map((r) => r.result.code)).toEqual([1, 1, 1]);
    expect(text.packages).not.toContain('elkjs');
    expect(markdown.packages).not.toContain('elkjs');
    expect(html.packages).toContain('elkjs');
    expect(html.result.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<svg /);
  });

  it('sees the packages a path does load (YAML parser for a YAML file, client-node for a cluster)', async () => {
    const yamlFile = join(work, 'pods.yaml');
    writeFileSync(
      yamlFile,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: shop}\nstatus: {phase: Running}\n',
    );
    const kubeconfig = join(work, 'unreachable-kubeconfig');
    writeFileSync(
      kubeconfig,
      'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:9"}}]\n' +
        'users: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
    );
    const clusterArgs = ['doctor', '-n', 'shop', '--kubeconfig', kubeconfig, '--request-timeout', '2s'];
    const [fromYaml, cluster, clusterUnderCi] = await Promise.all([
      loaded(['doctor', '--from-file', yamlFile]),
      loaded(clusterArgs),
      loaded(clusterArgs, { CI: 'true' }),
    ]);
    expect(fromYaml.result.code).toBe(0);
    expect(heavy(fromYaml.packages)).toEqual(['yaml']);
    expect(cluster.result.code).toBe(3);
    expect(heavy(cluster.packages)).toEqual(expect.arrayContaining(['@kubernetes/client-node', 'node-fetch']));
    expect(heavy(cluster.packages)).not.toContain('@aws-sdk/client-sts');
    // Only the bundled KubeConfig, never the installed client-node (its index loads every API client).
    expect(cluster.external).not.toContain('@kubernetes/client-node');
    // node-fetch parses URLs with Node's own URL: whatwg-url and tr46's Unicode table are not bundled.
    expect(cluster.packages).not.toContain('tr46');
    // Progress has nowhere to go (stderr is no terminal, not CI): listr2 is not loaded; under CI it prints lines.
    expect(heavy(cluster.packages)).not.toContain('listr2');
    expect(clusterUnderCi.result.code).toBe(3);
    expect(heavy(clusterUnderCi.packages)).toContain('listr2');
    expect(cluster.packages).not.toContain('socks');
    expect(clusterUnderCi.result.stderr).toContain('Reading namespace shop');
    expect(cluster.result.stderr).not.toContain('Reading namespace shop');
  });

  it('loads the SOCKS proxy agent only for a socks5:// proxy-url, and connects through it', async () => {
    const kubeconfig = join(work, 'socks-kubeconfig');
    writeFileSync(
      kubeconfig,
      'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:8443", ' +
        'proxy-url: "socks5://127.0.0.1:9"}}]\nusers: [{name: u, user: {token: t}}]\n' +
        'contexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
    );
    const socks = await loaded(['doctor', '-n', 'shop', '--kubeconfig', kubeconfig, '--request-timeout', '2s']);
    expect(socks.result.code).toBe(3);
    // Refused by the proxy's port, not the server's: the request went through the SOCKS agent.
    expect(socks.result.stderr).toContain('ECONNREFUSED 127.0.0.1:9');
    expect(socks.external).toContain('socks-proxy-agent');
  });
});

describeWithTools(['kubectl'], 'kubectl guide (kubectl plugin discovery)', () => {
  let bin: string;
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), 'kubectl-plugins-'));
    symlinkSync(built.kubectlGuide, join(bin, 'kubectl-guide'));
  });
  afterAll(() => rmSync(bin, { recursive: true, force: true }));
  const kubectl = (args: string[]) =>
    runCli('kubectl', args, { cwd: work, env: env({ PATH: `${bin}:${process.env.PATH ?? ''}` }) });

  it('runs `kubectl guide doctor --from-file` and names itself `kubectl guide`', async () => {
    const [plugins, doctor, help] = await Promise.all([
      kubectl(['plugin', 'list']),
      kubectl(['guide', 'doctor', '--from-file', EXAMPLE]),
      kubectl(['guide', '--help']),
    ]);
    expect(plugins.stdout).toContain(join(bin, 'kubectl-guide'));
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('checks passed');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kubectl guide <command>/);
  });
});
