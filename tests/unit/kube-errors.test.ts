import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { classifyKubectlError, classifyKubeError } from '../../lib/kube/kube-errors.ts';

const status = (code: number, reason: string, message: string) =>
  JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });

describe('classifyKubeError (client-node)', () => {
  it('reads the Status message of an ApiException and never the raw exception text', () => {
    const body = status(
      403,
      'Forbidden',
      'nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope',
    );
    const error = new ApiException(
      403,
      'HTTP-Code: 403\nMessage: ...\nHeaders: {"authorization":"Bearer k8s-aws-v1.secret"}',
      body,
      {},
    );
    const result = classifyKubeError(error);
    expect(result.kind).toBe('forbidden');
    expect(result.status).toBe(403);
    expect(result.detail).toContain('cannot list resource "nodes"');
    expect(JSON.stringify(result)).not.toContain('k8s-aws-v1');
  });

  it('maps 401 and 404', () => {
    expect(classifyKubeError(new ApiException(401, 'x', status(401, 'Unauthorized', 'Unauthorized'), {})).kind).toBe(
      'unauthorized',
    );
    expect(
      classifyKubeError(new ApiException(404, 'x', status(404, 'NotFound', 'namespaces "nope" not found'), {})).detail,
    ).toBe('namespaces "nope" not found');
  });

  it('classifies network failures by their system code', () => {
    const fetchError = (code: string, message: string) => Object.assign(new Error(message), { code, type: 'system' });
    expect(
      classifyKubeError(
        fetchError('ECONNREFUSED', 'request to https://127.0.0.1:1/api failed, reason: connect ECONNREFUSED'),
      ).kind,
    ).toBe('unreachable');
    expect(
      classifyKubeError(fetchError('ENOTFOUND', 'getaddrinfo ENOTFOUND abc.gr7.ap-northeast-2.eks.amazonaws.com')).kind,
    ).toBe('dns');
    expect(classifyKubeError(fetchError('ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.1:443')).kind).toBe('timeout');
    expect(
      classifyKubeError(fetchError('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain')).kind,
    ).toBe('tls');
    expect(
      classifyKubeError(
        Object.assign(new Error('The user aborted a request.'), { name: 'AbortError', type: 'aborted' }),
      ).kind,
    ).toBe('timeout');
  });
});

describe('classifyKubectlError (kubectl stderr)', () => {
  it('reads the messages kubectl prints for each class', () => {
    expect(classifyKubectlError('error: You must be logged in to the server (Unauthorized)').kind).toBe('unauthorized');
    expect(classifyKubectlError('error: the server has asked for the client to provide credentials').kind).toBe(
      'unauthorized',
    );
    const forbidden = classifyKubectlError(
      'Error from server (Forbidden): pods is forbidden: User "arn:aws:sts::111122223333:assumed-role/dev/s" cannot list resource "pods" in API group "" in the namespace "shop"',
    );
    expect(forbidden.kind).toBe('forbidden');
    expect(classifyKubectlError('Unable to connect to the server: dial tcp 10.0.12.34:443: i/o timeout').kind).toBe(
      'timeout',
    );
    expect(
      classifyKubectlError(
        'E1124 10:00:00.000000   123 memcache.go:265] couldn\'t get current server API group list: Get "https://ABC.gr7.ap-northeast-2.eks.amazonaws.com/api?timeout=32s": dial tcp 10.0.1.5:443: i/o timeout',
      ).kind,
    ).toBe('timeout');
    expect(
      classifyKubectlError(
        'Unable to connect to the server: dial tcp: lookup abc.eks.amazonaws.com on 127.0.0.53:53: no such host',
      ).kind,
    ).toBe('dns');
    expect(
      classifyKubectlError('Unable to connect to the server: x509: certificate signed by unknown authority').kind,
    ).toBe('tls');
    expect(
      classifyKubectlError(
        'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?',
      ).kind,
    ).toBe('unreachable');
    expect(
      classifyKubectlError('error: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"').kind,
    ).toBe('execPlugin');
  });
});
