import { describe, expect, it } from 'vitest';
import { langFromArgv, parseDoctorArgs, parseDuration } from '../../lib/doctor/doctor-options.ts';
import { UsageError } from '../../lib/usage-error.ts';

const ids = ['pending-pods', 'unbound-pvcs', 'image-pulls'];
const parse = (...argv: string[]) => parseDoctorArgs(argv, ids, {});
const usage = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message_;
    throw error;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
};

describe('doctor arguments', () => {
  it('has sensible defaults', () => {
    expect(parse()).toEqual({
      allNamespaces: false,
      only: [],
      skip: [],
      output: 'text',
      explain: false,
      brief: false,
      failOn: 'error',
      lang: 'en',
      requestTimeoutMs: 20_000,
      maxInputBytes: 256 * 1024 * 1024,
      verbose: false,
      help: false,
    });
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const o = parse(
      '-n',
      'shop',
      '--context=dev',
      '--kubeconfig',
      '/tmp/kc',
      '-l',
      'app=web',
      '--only',
      'pending-pods,image-pulls',
      '-o',
      'json',
      '--explain',
      '--fail-on=warning',
      '--lang',
      'ko',
      '--save-snapshot',
      's.json',
      '--request-timeout',
      '5s',
    );
    expect(o).toMatchObject({
      namespace: 'shop',
      context: 'dev',
      kubeconfig: '/tmp/kc',
      only: ['pending-pods', 'image-pulls'],
      output: 'json',
      explain: true,
      failOn: 'warning',
      lang: 'ko',
      saveSnapshot: 's.json',
      requestTimeoutMs: 5000,
    });
    expect(o.selector).toEqual([{ key: 'app', op: 'in', values: ['web'] }]);
    expect(parse('-A', '--skip', 'unbound-pvcs', '--from-file', 'dump.json')).toMatchObject({
      allNamespaces: true,
      skip: ['unbound-pvcs'],
      fromFile: 'dump.json',
    });
  });

  it('reads --brief and --object with kubectl kind names, short or long', () => {
    expect(parse('--brief', '--object', 'deploy/api')).toMatchObject({
      brief: true,
      object: { kind: 'Deployment', name: 'api' },
    });
    for (const [arg, kind] of [
      ['sts/db', 'StatefulSet'],
      ['rs/web-7d9c8b6f5', 'ReplicaSet'],
      ['po/web-1', 'Pod'],
      ['svc/web', 'Service'],
      ['pvc/data-db-0', 'PersistentVolumeClaim'],
      ['Deployment/api', 'Deployment'],
      ['deployments.apps/api', 'Deployment'],
      ['cj/nightly', 'CronJob'],
      ['sc/gp3', 'StorageClass'],
      ['no/ip-10-0-1-23', 'Node'],
    ] as const) {
      expect(parse(`--object=${arg}`).object, arg).toEqual({ kind, name: arg.slice(arg.indexOf('/') + 1) });
    }
    for (const bad of ['api', 'widget/x', 'deploy/', '/api', 'deploy/a/b'])
      expect(usage('--object', bad), bad).toEqual({ key: 'doctor.usage.badObject', params: { value: bad } });
  });

  it('rejects bad input with a message naming the problem (exit 2)', () => {
    expect(usage('--namespaces', 'shop')).toEqual({ key: 'usage.unknownFlag', params: { flag: '--namespaces' } });
    expect(usage('-n')).toEqual({ key: 'usage.missingValue', params: { flag: '-n' } });
    expect(usage('-n', '-A')).toEqual({ key: 'usage.missingValue', params: { flag: '-n' } });
    expect(usage('-n', 'Shop_1')).toEqual({ key: 'usage.badNamespace', params: { value: 'Shop_1' } });
    expect(usage('-n', 'shop', '-A').key).toBe('doctor.usage.namespaceAndAll');
    expect(usage('-o', 'yaml')).toEqual({ key: 'doctor.usage.badOutput', params: { value: 'yaml' } });
    expect(usage('--fail-on', 'critical')).toEqual({ key: 'doctor.usage.badFailOn', params: { value: 'critical' } });
    expect(usage('--lang', 'jp')).toEqual({ key: 'usage.badLang', params: { value: 'jp' } });
    expect(usage('-l', 'app in (web')).toEqual({ key: 'doctor.usage.badSelector', params: { value: 'app in (web' } });
    expect(usage('--only', 'pending-pods,pendng-pvcs')).toEqual({
      key: 'doctor.usage.unknownCheck',
      params: { flag: '--only', ids: 'pendng-pvcs', valid: 'pending-pods, unbound-pvcs, image-pulls' },
    });
    expect(usage('--request-timeout', '0').key).toBe('doctor.usage.badTimeout');
    expect(usage('--request-timeout', '20 seconds').key).toBe('doctor.usage.badTimeout');
    expect(usage('shop')).toEqual({ key: 'usage.unexpectedArgument', params: { value: 'shop' } });
  });

  it('answers --help even beside other arguments', () => {
    expect(parse('--help', '-o', 'yaml').help).toBe(true);
  });

  it('parses kubectl-style durations', () => {
    expect(parseDuration('20s')).toBe(20_000);
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('3')).toBe(3000);
    expect(parseDuration('1x')).toBeUndefined();
  });

  it('picks the language for early errors from --lang or the locale', () => {
    expect(langFromArgv(['--lang', 'ko', '--bogus'], {})).toBe('ko');
    expect(langFromArgv(['--lang=ko'], {})).toBe('ko');
    expect(langFromArgv(['--lang', 'xx'], { LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langFromArgv([], { LANG: 'en_US.UTF-8' })).toBe('en');
  });
});
