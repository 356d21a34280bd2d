import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { classifyKubeError } from '../../lib/kube/kube-errors.ts';
import { createSetupKube, setupKubeWithTimeout } from '../../lib/kube/kube-client.ts';
import { startApiDouble, type ApiDouble } from '../support/kube-api-double.ts';
import { describeWithTools } from '../support/requirements.ts';

describeWithTools(['openssl'], "setup-eks's own API calls (access review, aws-auth) over the wire", () => {
  let api: ApiDouble;
  let dir: string;
  let kubeconfig: string;

  beforeAll(async () => {
    api = await startApiDouble({
      objects: [
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'aws-auth', namespace: 'kube-system' },
          data: { mapRoles: '- rolearn: arn:aws:iam::111122223333:role/dev\n  username: dev\n' },
        },
      ],
      users: { reader: { username: 'dev', allow: [{ verbs: ['list'], resources: ['pods'], namespaces: ['shop'] }] } },
      faults: [{ path: /\/namespaces\/kube-system\/configmaps\/aws-auth$/, delayMs: 3000 }],
    });
    dir = await mkdtemp(join(tmpdir(), 'setup-kube-'));
    kubeconfig = await api.kubeconfig({ token: 'reader', namespace: 'shop', path: join(dir, 'config') });
  });
  afterAll(async () => {
    await api?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('asks the server whether the user may list pods, per namespace', async () => {
    const kube = createSetupKube({ path: kubeconfig }, 'double');
    expect(await kube.canI('list', 'pods', 'shop')).toMatchObject({ allowed: true });
    expect(await kube.canI('list', 'pods', 'other')).toMatchObject({ allowed: false });
  });

  it('gives up on a call that does not answer in time, and the error reads as a timeout', async () => {
    const kube = setupKubeWithTimeout(500)({ path: kubeconfig }, 'double');
    const started = Date.now();
    const error = await kube.readAwsAuth().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(classifyKubeError(error, kube.server).kind).toBe('timeout');
  });
});
