import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { KIND_ENDPOINTS } from '../../lib/doctor/kind-endpoints.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { ROOT } from './code-scan.ts';
import { modelFor, schemaProblems } from './k8s-schema.ts';
import { eksGuideCalls, expectDoctorAccepts, expectHealthCheckAccepts } from './record-argv.ts';

const run = promisify(execFile);
const RBAC = join(ROOT, 'deploy', 'rbac-readonly.yaml');
const CRONJOB = join(ROOT, 'deploy', 'health-check-cronjob.yaml');

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  [field: string]: unknown;
}
const documents = (file: string) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((d) => {
    expect(d.errors, file).toEqual([]);
    return d.toJS() as K8sObject;
  });
const one = (objects: K8sObject[], kind: string) => {
  const found = objects.filter((o) => o.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
};

let api: ApiDouble;
let kubeconfig: string;

beforeAll(async () => {
  // kubectl needs discovery to recognise a kind, even for a client-side dry run; the double serves it.
  api = await startApiDouble({ users: { 'deploy-check': { username: 'ci', allow: [] } } });
  kubeconfig = await api.kubeconfig({
    token: 'deploy-check',
    path: join(mkdtempSync(join(tmpdir(), 'deploy-')), 'kc'),
  });
});
afterAll(() => api.close());

async function kubectlDryRun(file: string): Promise<string[]> {
  // --validate=false: schema validation needs the server's /openapi, which the double does not serve;
  // schemaProblems below is the strict check instead.
  const { stdout } = await run(
    'kubectl',
    ['--kubeconfig', kubeconfig, 'create', '--dry-run=client', '--validate=false', '-f', file, '-o', 'name'],
    { env: { ...process.env, HOME: tmpdir() } },
  );
  return stdout.trim().split('\n');
}

describe('deploy/ manifests', () => {
  it('the real kubectl accepts them (client-side dry run) and sends nothing but discovery', async () => {
    expect(await kubectlDryRun(RBAC)).toEqual([
      'clusterrole.rbac.authorization.k8s.io/eks-guide-readonly',
      'clusterrolebinding.rbac.authorization.k8s.io/eks-guide-readonly',
    ]);
    expect(await kubectlDryRun(CRONJOB)).toEqual([
      'namespace/eks-guide',
      'serviceaccount/eks-guide-health-check',
      'cronjob.batch/eks-guide-health-check',
    ]);
    expect(api.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('every field is one the Kubernetes API knows, with the right type', () => {
    for (const file of [RBAC, CRONJOB])
      for (const object of documents(file)) {
        const model = modelFor(object.apiVersion, object.kind);
        expect(model, `${object.apiVersion} ${object.kind}`).toBeDefined();
        expect(schemaProblems(object, model!), `${file} ${object.kind}`).toEqual([]);
      }
  });

  it('the strict check catches a misspelt field and a wrong type (so it can fail)', () => {
    const job = one(documents(CRONJOB), 'CronJob') as K8sObject & { spec: Record<string, unknown> };
    expect(schemaProblems({ ...job, spec: { ...job.spec, concurencyPolicy: 'Forbid' } }, 'V1CronJob')).toEqual([
      '.spec.concurencyPolicy: unknown field of V1CronJobSpec',
    ]);
    expect(schemaProblems({ ...job, spec: { ...job.spec, suspend: 'no' } }, 'V1CronJob')).toEqual([
      '.spec.suspend: expected true or false, got "no"',
    ]);
    const bad = join(mkdtempSync(join(tmpdir(), 'deploy-bad-')), 'bad.yaml');
    writeFileSync(bad, 'apiVersion: batch/v1\nkind: CronJobb\nmetadata: {name: x}\n');
    return expect(kubectlDryRun(bad)).rejects.toThrow(/no matches for kind "CronJobb"|unable to recognize/);
  });
});

describe('deploy/rbac-readonly.yaml', () => {
  // What the doctor reads (get one namespace, list the rest), plus health-check's access review.
  const fromCode = new Set([
    ...Object.values(KIND_ENDPOINTS).flatMap((e) => {
      const group = e.base === '/api/v1' ? '' : e.base.split('/')[2]!;
      return ['get', 'list'].map((verb) => `${group}/${e.resource}:${verb}`);
    }),
    'authorization.k8s.io/selfsubjectaccessreviews:create',
  ]);
  const role = one(documents(RBAC), 'ClusterRole') as K8sObject & {
    rules: { apiGroups: string[]; resources: string[]; verbs: string[]; resourceNames?: string[] }[];
  };
  const granted = role.rules.flatMap((r) =>
    r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${g}/${res}:${v}`))),
  );

  it('grants every resource and verb the code reads', () => {
    const missing = [...fromCode].filter((p) => !granted.includes(p));
    expect(missing, 'add to the ClusterRole').toEqual([]);
  });

  it('grants nothing the code does not read (no wildcards, no watch, no writes but the access review)', () => {
    expect(granted.filter((p) => !fromCode.has(p))).toEqual([]);
    expect(new Set(granted).size).toBe(granted.length);
    expect(granted.some((p) => p.includes('*'))).toBe(false);
  });

  it("binds that role to the CronJob's ServiceAccount and to the group an EKS access entry can name", () => {
    const binding = one(documents(RBAC), 'ClusterRoleBinding') as K8sObject & {
      roleRef: { kind: string; name: string };
      subjects: { kind: string; name: string; namespace?: string }[];
    };
    expect(binding.roleRef).toMatchObject({ kind: 'ClusterRole', name: role.metadata.name });
    const cron = documents(CRONJOB);
    const sa = one(cron, 'ServiceAccount');
    expect(binding.subjects).toContainEqual({
      kind: 'ServiceAccount',
      name: sa.metadata.name,
      namespace: sa.metadata.namespace,
    });
    expect(binding.subjects.map((s) => `${s.kind}/${s.name}`)).toContain('Group/eks-guide-readers');
  });
});

describe('deploy/health-check-cronjob.yaml', () => {
  const cron = documents(CRONJOB);
  const job = one(cron, 'CronJob') as K8sObject & {
    spec: {
      concurrencyPolicy: string;
      jobTemplate: {
        spec: {
          backoffLimit: number;
          template: {
            spec: {
              serviceAccountName: string;
              restartPolicy: string;
              containers: { args: string[]; resources: { requests: Record<string, string> } }[];
            };
          };
        };
      };
    };
  };
  const pod = job.spec.jobTemplate.spec.template.spec;

  it('runs one Job at a time, never retries, as the ServiceAccount the RBAC binds, with resource requests', () => {
    expect(job.spec.concurrencyPolicy).toBe('Forbid');
    expect(job.spec.jobTemplate.spec.backoffLimit).toBe(0);
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.serviceAccountName).toBe(one(cron, 'ServiceAccount').metadata.name);
    // --in-cluster reads with the mounted token: the pod must get one.
    expect((pod as { automountServiceAccountToken?: boolean }).automountServiceAccountToken).not.toBe(false);
    expect(Object.keys(pod.containers[0]!.resources.requests).sort()).toEqual(['cpu', 'memory']);
  });

  const container = pod.containers[0]! as unknown as {
    command: string[];
    args: string[];
    env: { name: string; value: string }[];
    volumeMounts: { name: string; mountPath: string }[];
  };
  const script = container.args[0]!;
  const podEnv = Object.fromEntries(container.env.map((e) => [e.name, e.value]));
  const calls = (baselineDir?: string) =>
    eksGuideCalls('sh', baselineDir ? script.replaceAll('/etc/eks-guide/', `${baselineDir}/`) : script, podEnv);

  it('runs health-check on the whole cluster with the JSON report on stdout, and the baseline when mounted', async () => {
    expect(container.command).toEqual(['sh', '-c']);
    expect(script).toMatch(/^\s*exec eks-guide "\$@"\s*$/m);
    // --in-cluster: the Kubernetes reads are the ServiceAccount's (bound above), not the IAM role's.
    const base = [
      'health-check',
      '--cluster',
      'my-cluster',
      '--region',
      'ap-northeast-2',
      '--in-cluster',
      '-A',
      '-o',
      'json',
    ];
    expect(await calls()).toEqual([[...base, '--fail-on', 'error']]);
    expect(container.volumeMounts).toContainEqual({ name: 'baseline', mountPath: '/etc/eks-guide', readOnly: true });
    const mounted = mkdtempSync(join(tmpdir(), 'baseline-'));
    writeFileSync(join(mounted, 'baseline.json'), '{}');
    expect(await calls(mounted)).toEqual([
      [...base, '--fail-on', 'error', '--baseline', join(mounted, 'baseline.json')],
    ]);
  });

  it("its flags shared with the doctor pass the doctor's parser, and health-check's own once merged (CI)", async () => {
    const argvs = await calls();
    expectDoctorAccepts(argvs);
    await expectHealthCheckAccepts(argvs);
  }, 180_000);
});
