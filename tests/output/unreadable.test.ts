import { describe, expect, it } from 'vitest';
import { renderUnreadable, type Unreadable } from '../../lib/output/unreadable.ts';
import { findAll, parseXml } from './xml-tree.ts';

const info: Unreadable = {
  generatedAt: '2026-11-24T10:00:00Z',
  namespace: 'shop',
  context: 'arn:aws:eks:ap-northeast-2:111122223333:cluster/prod',
  server: 'https://ABC.gr7.ap-northeast-2.eks.amazonaws.com',
  reason: 'timeout',
  problem: { key: 'kubeError.timeout', params: { server: 'https://ABC.gr7.ap-northeast-2.eks.amazonaws.com' } },
  fix: { key: 'kubeError.timeout.fix' },
};

describe('the document printed when the cluster cannot be read', () => {
  it('says why in Markdown, in both languages', () => {
    const en = renderUnreadable('markdown', info, 'en');
    expect(en).toMatch(/^## The doctor could not read the cluster\n/);
    expect(en).toContain(
      'The Kubernetes API server https://ABC.gr7.ap-northeast-2.eks.amazonaws.com did not answer in time.',
    );
    expect(en).toContain('Context: arn:aws:eks:ap-northeast-2:111122223333:cluster/prod');
    const ko = renderUnreadable('markdown', info, 'ko');
    expect(ko).toContain('## 클러스터를 읽지 못해 진단하지 못했습니다');
    expect(ko).toContain('제때 응답하지 않았습니다');
  });

  it('is well-formed JUnit with one erroring case named after the namespace, and escapes what it quotes', () => {
    const xml = renderUnreadable(
      'junit',
      {
        ...info,
        reason: 'tls',
        problem: { key: 'kubeError.tls', params: { server: 'https://x', detail: 'x509: <bad> & "odd"' } },
      },
      'en',
    );
    const root = parseXml(xml);
    const cases = findAll(root, 'testcase');
    expect(cases.map((c) => c.attrs.name)).toEqual(['read namespace shop']);
    expect(findAll(root, 'error')[0]?.attrs.message).toContain('x509: <bad> & "odd"');
  });

  it('has an error member and no findings in JSON', () => {
    const doc = JSON.parse(renderUnreadable('json', { ...info, namespace: null }, 'ko')) as {
      findings?: unknown;
      error: { text: { problem: string } };
    };
    expect(doc).toMatchObject({
      schema: 'eks-guide.doctor/v1',
      lang: 'ko',
      namespace: null,
      error: { reason: 'timeout', fix: { key: 'kubeError.timeout.fix' } },
    });
    expect(doc.findings).toBeUndefined();
    expect(doc.error.text.problem).toContain('제때 응답하지 않았습니다');
  });

  it('is a self-contained HTML page that says why, with what it quotes escaped', () => {
    const html = renderUnreadable(
      'html',
      {
        ...info,
        reason: 'tls',
        problem: { key: 'kubeError.tls', params: { server: 'https://x', detail: 'x509: <script>alert(1)</script>' } },
      },
      'ko',
    );
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ko">')).toBe(true);
    expect(html).toContain('<h1>클러스터를 읽지 못해 진단하지 못했습니다</h1>');
    expect(html).toContain('x509: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('컨텍스트: arn:aws:eks:ap-northeast-2:111122223333:cluster/prod');
  });
});
