import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KubeconfigError, loadKubeconfig } from '../../lib/doctor/kubeconfig-loader.ts';
import { proxyFromEnv } from '../../lib/kube/proxy-from-env.ts';

let dir: string;
// What `aws eks update-kubeconfig --name dev --region ap-northeast-2` writes (names are the cluster ARN).
const eksKubeconfig = (account: string, cluster: string, namespace?: string) => {
  const arn = `arn:aws:eks:ap-northeast-2:${account}:cluster/${cluster}`;
  return [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    '    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==',
    `    server: https://${cluster.toUpperCase()}0123456789ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com`,
    `  name: ${arn}`,
    'contexts:',
    '- context:',
    `    cluster: ${arn}`,
    ...(namespace ? [`    namespace: ${namespace}`] : []),
    `    user: ${arn}`,
    `  name: ${arn}`,
    `current-context: ${arn}`,
    'kind: Config',
    'preferences: {}',
    'users:',
    `- name: ${arn}`,
    '  user:',
    '    exec:',
    '      apiVersion: client.authentication.k8s.io/v1beta1',
    '      args: [--region, ap-northeast-2, eks, get-token, --cluster-name, ' + cluster + ', --output, json]',
    '      command: aws',
    '',
  ].join('\n');
};
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof KubeconfigError) return { key: error.problem.key, usage: error.usage };
    throw error;
  }
  throw new Error('expected a KubeconfigError');
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'doctor-kc-'));
});

describe('loadKubeconfig', () => {
  it('uses the current context, its server and its namespace', () => {
    const loaded = loadKubeconfig({ kubeconfig: write('dev.yaml', eksKubeconfig('111122223333', 'dev', 'shop')) }, {});
    expect(loaded.context).toBe('arn:aws:eks:ap-northeast-2:111122223333:cluster/dev');
    expect(loaded.server).toBe('https://DEV0123456789ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com');
    expect(loaded.namespace).toBe('shop');
  });

  it('merges $KUBECONFIG like kubectl: missing files skipped, the first file wins, --context picks another', () => {
    const a = write('a.yaml', eksKubeconfig('111122223333', 'dev'));
    const b = write('b.yaml', eksKubeconfig('444455556666', 'prod', 'payments'));
    const env = { KUBECONFIG: [join(dir, 'missing.yaml'), a, b].join(':') };
    expect(loadKubeconfig({}, env).context).toBe('arn:aws:eks:ap-northeast-2:111122223333:cluster/dev');
    const prod = loadKubeconfig({ context: 'arn:aws:eks:ap-northeast-2:444455556666:cluster/prod' }, env);
    expect(prod.server).toBe('https://PROD0123456789ABCDEF.gr7.ap-northeast-2.eks.amazonaws.com');
    expect(prod.namespace).toBe('payments');
  });

  it('tells a wrong flag (exit 2) from no kubeconfig at all (exit 3)', () => {
    const dev = write('dev2.yaml', eksKubeconfig('111122223333', 'dev'));
    expect(problem(() => loadKubeconfig({ kubeconfig: join(dir, 'nope.yaml') }, {}))).toEqual({
      key: 'doctor.kubeconfig.missingFile',
      usage: true,
    });
    expect(problem(() => loadKubeconfig({ kubeconfig: dev, context: 'prod' }, {}))).toEqual({
      key: 'doctor.kubeconfig.noSuchContext',
      usage: true,
    });
    expect(problem(() => loadKubeconfig({ kubeconfig: write('junk.yaml', 'clusters: [: :\n') }, {}))).toEqual({
      key: 'doctor.kubeconfig.unreadable',
      usage: true,
    });
    expect(problem(() => loadKubeconfig({}, { HOME: dir }))).toEqual({ key: 'doctor.kubeconfig.none', usage: false });
    const noCurrent = write(
      'nocurrent.yaml',
      eksKubeconfig('111122223333', 'dev').replace(/^current-context: .*$/m, 'current-context: ""'),
    );
    expect(problem(() => loadKubeconfig({ kubeconfig: noCurrent }, {}))).toEqual({
      key: 'doctor.kubeconfig.noCurrentContext',
      usage: false,
    });
  });

  it('uses HTTPS_PROXY like kubectl unless NO_PROXY exempts the API server', () => {
    const path = write('proxy.yaml', eksKubeconfig('111122223333', 'dev'));
    const proxied = loadKubeconfig({ kubeconfig: path }, { HTTPS_PROXY: 'http://proxy.corp.example:3128' });
    expect(proxied.kc.getCurrentCluster()?.proxyUrl).toBe('http://proxy.corp.example:3128');
    const exempt = loadKubeconfig(
      { kubeconfig: path },
      { https_proxy: 'http://proxy.corp.example:3128', NO_PROXY: 'localhost,.eks.amazonaws.com' },
    );
    expect(exempt.kc.getCurrentCluster()?.proxyUrl).toBeUndefined();
    const server = 'https://ABC.gr7.ap-northeast-2.eks.amazonaws.com';
    expect(proxyFromEnv(server, { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'eks.amazonaws.com' })).toBeUndefined();
    expect(proxyFromEnv(server, { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'amazonaws.co' })).toBe('http://p:3128');
    expect(proxyFromEnv(server, { HTTPS_PROXY: 'http://p:3128', NO_PROXY: '*' })).toBeUndefined();
    expect(proxyFromEnv(server, { HTTP_PROXY: 'http://p:3128' })).toBeUndefined(); // an https server uses HTTPS_PROXY only
    expect(proxyFromEnv('https://127.0.0.1:6443', { HTTPS_PROXY: 'http://p:3128' })).toBeUndefined();
  });
});
