import { describe, expect, it } from 'vitest';
import { imagePullsCheck } from '../../checks/image-pulls.ts';
import { runOn, texts } from './container-fixtures.ts';

const POD = { kind: 'Pod', name: 'web-7d4b9c8f5d-x2k9p', namespace: 'shop' };
const only = (fixture: string, hidden = {}) => {
  const findings = runOn(imagePullsCheck, fixture, hidden);
  expect(findings).toHaveLength(1);
  const finding = findings[0]!;
  expect(finding.object).toEqual(POD);
  expect(finding.severity).toBe('error');
  expect(finding.owner).toEqual({ kind: 'Deployment', name: 'web', namespace: 'shop' });
  const { en, ko } = texts(finding);
  expect(en).not.toMatch(/\{\w+\}/);
  expect(ko).not.toMatch(/\{\w+\}/);
  return { finding, en, ko };
};

describe('image-pulls: tag or manifest not found', () => {
  it('reads the containerd wording and offers a rollback of the Deployment', () => {
    const { finding, en } = only('not-found-containerd');
    expect(finding.code).toBe('image-pulls.not-found');
    expect(finding.cause.params).toMatchObject({ image: 'nginx:1.99', container: 'app' });
    expect(en).toContain('docker.io/library/nginx');
    expect(finding.commands).toContain('kubectl rollout undo deployment/web -n shop');
    const failed = finding.evidence.find((e) => e.reason === 'Failed' && e.text.startsWith('Failed to pull image'));
    expect(failed?.text).toContain('docker.io/library/nginx:1.99: not found');
    expect(failed?.count).toBe(6);
    expect(finding.evidence.find((e) => e.reason === 'BackOff')?.count).toBe(25);
    expect(finding.lastSeen).toBe('2026-11-24T07:59:40Z');
  });

  it('reads the dockershim wording "manifest for X not found: manifest unknown"', () => {
    expect(only('not-found-dockershim').finding.code).toBe('image-pulls.not-found');
  });

  it('reads the newer back-off message with the ": ErrImagePull" reason when no events are visible', () => {
    const { finding } = only('not-found-new-suffix', { events: 'forbidden' });
    expect(finding.code).toBe('image-pulls.not-found');
    expect(finding.evidence[0]?.text).toContain('ErrImagePull: failed to pull and unpack image');
  });

  it('names the ECR repository and the aws command to list its images', () => {
    const { finding } = only('ecr-not-found');
    expect(finding.code).toBe('image-pulls.not-found');
    expect(finding.commands).toContain(
      'aws ecr describe-images --repository-name shop/api --region ap-northeast-2 --registry-id 111122223333',
    );
  });
});

describe('image-pulls: ECR permissions', () => {
  it('names both accounts and the node role for a cross-account denial', () => {
    const { finding, en } = only('ecr-cross-account');
    expect(finding.code).toBe('image-pulls.ecr-cross-account');
    expect(finding.cause.params).toMatchObject({ principalAccount: '111122223333', repositoryAccount: '444455556666' });
    expect(en).toContain('arn:aws:iam::111122223333:role/eks-node-group-role');
    expect(en).toContain('ecr:BatchGetImage');
    expect(finding.commands).toContain(
      'aws ecr get-repository-policy --repository-name platform/base --registry-id 444455556666 --region ap-northeast-2',
    );
  });

  it('blames the node role for a plain 403 from ECR', () => {
    const { finding, en } = only('ecr-forbidden');
    expect(finding.code).toBe('image-pulls.ecr-denied');
    expect(en).toContain('AmazonEC2ContainerRegistryReadOnly');
  });

  it('on Fargate, points at the pod execution role', () => {
    const { finding, en } = only('ecr-forbidden-fargate');
    expect(finding.code).toBe('image-pulls.ecr-denied');
    expect(en).toContain('Fargate pod execution role');
  });

  it('blames the node role for "no basic auth credentials"', () => {
    expect(only('ecr-no-basic-auth').finding.code).toBe('image-pulls.ecr-denied');
  });
});

describe('image-pulls: registry credentials', () => {
  it('says a private or missing repository was pulled without credentials (containerd wording)', () => {
    const { finding, en } = only('access-denied-no-secret');
    expect(finding.code).toBe('image-pulls.access-denied');
    expect(en).toContain('no imagePullSecrets');
  });

  it('reads the dockershim wording and says the existing pull secret may hold wrong credentials', () => {
    const { finding, en } = only('access-denied-dockershim');
    expect(finding.code).toBe('image-pulls.access-denied');
    expect(en).toContain('regcred');
  });

  it('names the imagePullSecret that does not exist', () => {
    const { finding } = only('missing-pull-secret');
    expect(finding.code).toBe('image-pulls.missing-pull-secret');
    expect(finding.cause.params).toMatchObject({ secret: 'regcred', namespace: 'shop' });
    expect(finding.evidence.some((e) => e.reason === 'FailedToRetrieveImagePullSecret')).toBe(true);
  });

  it('still names the missing secret from the kubelet event when Secrets are forbidden', () => {
    const { finding } = only('missing-pull-secret', { secrets: 'forbidden' });
    expect(finding.code).toBe('image-pulls.missing-pull-secret');
    expect(finding.cause.params).toMatchObject({ secret: 'regcred' });
  });

  it('says it cannot check the pull secrets when Secrets are forbidden and the kubelet did not complain', () => {
    const { finding, en } = only('access-denied-dockershim', { secrets: 'forbidden' });
    expect(finding.code).toBe('image-pulls.access-denied');
    expect(en).toContain('not visible to you (forbidden)');
  });

  it('names a pull secret of the wrong type', () => {
    const { finding } = only('pull-secret-wrong-type');
    expect(finding.code).toBe('image-pulls.pull-secret-wrong-type');
    expect(finding.cause.params).toMatchObject({ secret: 'regcred', type: 'Opaque' });
  });
});

describe('image-pulls: network, rate limit, names, policy, unknown', () => {
  it('explains ECR VPC endpoints for an i/o timeout to ECR', () => {
    const { finding, en } = only('unreachable-ecr-timeout');
    expect(finding.code).toBe('image-pulls.unreachable');
    expect(finding.cause.params).toMatchObject({ registry: '111122223333.dkr.ecr.ap-northeast-2.amazonaws.com' });
    expect(en).toContain('com.amazonaws.ap-northeast-2.ecr.dkr');
  });

  it('reads "no such host" as a registry the node cannot resolve', () => {
    const { finding, en } = only('unreachable-dns');
    expect(finding.code).toBe('image-pulls.unreachable');
    expect(finding.cause.params).toMatchObject({ registry: 'registry.internal.example.com' });
    expect(en).not.toContain('ecr.dkr');
  });

  it('recognises the Docker Hub rate limit', () => {
    expect(only('rate-limited').finding.code).toBe('image-pulls.rate-limited');
  });

  it('reports an invalid image name verbatim', () => {
    const { finding } = only('invalid-name');
    expect(finding.code).toBe('image-pulls.invalid-name');
    expect(finding.cause.params).toMatchObject({ image: 'Nginx:latest ' });
    expect(finding.evidence.some((e) => e.text.includes('repository name must be lowercase'))).toBe(true);
  });

  it('explains imagePullPolicy: Never with the node name', () => {
    const { finding } = only('never-pull');
    expect(finding.code).toBe('image-pulls.never-pull');
    expect(finding.cause.params).toMatchObject({ node: 'ip-10-0-1-23.ap-northeast-2.compute.internal' });
  });

  it('passes an unrecognised failure through verbatim instead of guessing', () => {
    const { finding } = only('unknown');
    expect(finding.code).toBe('image-pulls.pull-failed');
    expect(finding.evidence.some((e) => e.text.includes('no space left on device'))).toBe(true);
  });
});

describe('image-pulls: events not visible', () => {
  it('with only the old back-off text and no events, passes it through and says the reason cannot be read', () => {
    const { finding, en } = only('access-denied-no-secret', { events: 'forbidden' });
    expect(finding.code).toBe('image-pulls.pull-failed');
    expect(finding.evidence).toHaveLength(1);
    expect(en).toContain('Events are not visible to you (forbidden)');
  });
});

describe('image-pulls: healthy', () => {
  it('ignores running, succeeded and terminating pods', () => {
    expect(runOn(imagePullsCheck, 'healthy')).toEqual([]);
  });
});
