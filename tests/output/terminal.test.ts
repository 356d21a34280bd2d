import { describe, expect, it } from 'vitest';
import { msg } from '../../lib/i18n/index.ts';
import type { Finding } from '../../lib/doctor/finding.ts';
import type { Report } from '../../lib/doctor/report.ts';
import { renderTerminal } from '../../lib/output/terminal.ts';
import { timeAgo } from '../../lib/output/relative-time.ts';
import { cleanReport, goldenReport, withFindings } from '../golden/golden-report.ts';

// eslint-disable-next-line no-control-regex -- an ANSI escape starts with the ESC control character
const ANSI = /\u001b\[/;

describe('terminal renderer', () => {
  it('prints no ANSI escapes without color, and colors severities with it', () => {
    for (const lang of ['en', 'ko'] as const) {
      expect(renderTerminal(goldenReport, { lang, explain: true, color: false })).not.toMatch(ANSI);
      expect(renderTerminal(cleanReport, { lang, explain: false, color: false })).not.toMatch(ANSI);
    }
    const colored = renderTerminal(goldenReport, { lang: 'en', explain: false, color: true });
    expect(colored).toContain('\u001b[31m✖ \u001b[0m');
    expect(colored).toContain('\u001b[33m▲ \u001b[0m');
  });

  it('puts the cause first, then evidence with count and age, then what to do and the commands', () => {
    const out = renderTerminal(goldenReport, { lang: 'en', explain: false, color: false });
    const block = out.slice(out.indexOf('✖ Incident 1: Pod/report-worker'), out.indexOf('✖ Incident 2:'));
    const order = [
      'No node has enough free cpu',
      'Evidence:',
      'FailedScheduling ×12, first 18m ago, last 2m ago',
      '0/3 nodes are available:',
      'What to do:',
      'Next:',
      '$ kubectl describe pod',
    ];
    const positions = order.map((s) => block.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(block).not.toContain('Why this happens');
  });

  it('says ages in Korean', () => {
    const out = renderTerminal(goldenReport, { lang: 'ko', explain: false, color: false });
    expect(out).toContain('FailedScheduling ×12, 처음 18분 전, 마지막 2분 전');
    expect(out).toContain('읽지 못함: persistentvolumes (권한 없음)');
  });

  it('adds each concept note once with --explain', () => {
    const twice: Finding = {
      ...goldenReport.findings[0]!,
      object: { kind: 'Pod', name: 'report-worker-9d6c7b8f5a-zz9q1', namespace: 'shop' },
    };
    const report: Report = withFindings(goldenReport, [goldenReport.findings[0]!, twice]);
    const out = renderTerminal(report, { lang: 'en', explain: true, color: false });
    expect(out.match(/Why this happens — Requests and node allocatable/g)).toHaveLength(1);
  });

  it('gives two unrelated causes found on one pod an incident each, with their own heading', () => {
    const pod = goldenReport.findings[0]!;
    const second: Finding = {
      ...pod,
      code: 'pending-pods.untolerated-taint',
      severity: 'warning',
      cause: msg('check.pending-pods.cause.untolerated-taint', {
        count: 1,
        total: 3,
        taints: 'nvidia.com/gpu=true:NoSchedule',
      }),
      details: [],
      evidence: [],
      lastSeen: '2026-11-24T09:27:00Z',
    };
    const out = renderTerminal(withFindings(goldenReport, [pod, second]), {
      lang: 'en',
      explain: false,
      color: false,
    });
    expect(out).toContain('✖ Incident 1: Pod/report-worker-9d6c7b8f5a-h4n6q (Deployment/report-worker)');
    expect(out).toContain('▲ Incident 2: Pod/report-worker-9d6c7b8f5a-h4n6q (Deployment/report-worker)');
    expect(out).toContain('  No node has enough free cpu');
    expect(out).toContain('  1 of 3 nodes carry a taint this pod does not tolerate: nvidia.com/gpu=true:NoSchedule.');
    expect(out).toContain('last 3m ago');
  });

  it('lists crashed checks and what could not be seen, and ends with the summary line', () => {
    const out = renderTerminal(goldenReport, { lang: 'en', explain: false, color: false });
    expect(out).toContain(
      "✖ Check oom-kills crashed: TypeError: Cannot read properties of undefined (reading 'containers')",
    );
    expect(out).toContain('▲ could not see: persistentvolumes (forbidden)');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '4 incidents · 1/6 checks passed, 4 failed, 1 crashed, 1 skipped · 3 errors, 1 warning, 1 info',
    );
  });

  it('says plainly when nothing is wrong, and what was checked', () => {
    const out = renderTerminal(cleanReport, { lang: 'en', explain: false, color: false });
    expect(out).toContain('No problems found in namespace shop.');
    expect(out).toContain(
      'Checked: Pods waiting for a node (Pending), PersistentVolumeClaims that are not bound, Services that reach no pod',
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '0 incidents · 7/7 checks passed, 0 failed · 0 errors, 0 warnings, 0 info',
    );
    expect(renderTerminal(cleanReport, { lang: 'ko', explain: false, color: false })).toContain(
      '네임스페이스 shop에서 문제를 찾지 못했습니다.',
    );
  });

  it('shows a message whose key the catalogue lacks as the key and its params, instead of crashing', () => {
    const odd: Finding = {
      ...goldenReport.findings[2]!,
      cause: { key: 'check.future.cause' as never, params: { x: 1 } },
    };
    const out = renderTerminal(withFindings(goldenReport, [odd]), { lang: 'en', explain: false, color: false });
    expect(out).toContain('check.future.cause {"x":1}');
  });
});

describe('relative time', () => {
  const now = '2026-11-24T09:30:00Z';
  it.each([
    ['2026-11-24T09:29:58Z', 'just now', '방금'],
    ['2026-11-24T09:29:15Z', '45s ago', '45초 전'],
    ['2026-11-24T09:27:00Z', '3m ago', '3분 전'],
    ['2026-11-24T06:30:00Z', '3h ago', '3시간 전'],
    ['2026-11-20T09:30:00Z', '4d ago', '4일 전'],
    ['2026-11-24T09:31:00Z', 'just now', '방금'],
  ])('%s is "%s" / "%s"', (then, en, ko) => {
    expect(timeAgo('en', then, now)).toBe(en);
    expect(timeAgo('ko', then, now)).toBe(ko);
  });
  it('gives nothing for an unreadable time', () => {
    expect(timeAgo('en', 'garbage', now)).toBeUndefined();
    expect(timeAgo('en', undefined, now)).toBeUndefined();
  });
});

describe('incidents', () => {
  it('opens with one line per incident, worst first, and shows an effect once, under its root, pointing back', () => {
    const out = renderTerminal(goldenReport, { lang: 'en', explain: false, color: false });
    const lines = out.split('\n');
    const summary = lines
      .slice(lines.indexOf('4 incidents, worst first:') + 1)
      .filter((l) => /^ {2}[✖▲ℹ] \d\./.test(l));
    expect(summary.map((l) => l.slice(0, l.indexOf(': ')))).toEqual([
      '  ✖ 1. Pod/report-worker-9d6c7b8f5a-h4n6q (Deployment/report-worker)',
      '  ✖ 2. PersistentVolumeClaim/uploads (Deployment/media)',
      '  ▲ 3. Service/cart',
      '  ℹ 4. PersistentVolumeClaim/cache-scratch',
    ]);
    expect(summary[0]).toContain(
      'No node has enough free cpu for this pod: it requests 1, and the most any node has left is 880m. Affects 2 objects. Run first: kubectl describe pod report-worker-9d6c7b8f5a-h4n6q -n shop',
    );
    // The Deployment is not an incident of its own: it is listed once, as an effect of the pod.
    expect(out.match(/Deployment report-worker is not serving/g)).toHaveLength(1);
    expect(out).toContain('  Chain: Deployment/report-worker ← Pod/report-worker-9d6c7b8f5a-h4n6q');
    expect(out).toContain(
      '    ✖ Deployment/report-worker: Deployment report-worker is not serving: 0 of its 1 pod(s) are available. [stuck-rollouts.unavailable]\n      because of Pod/report-worker-9d6c7b8f5a-h4n6q (incident 1)',
    );
    expect(lines.findIndex((l) => l.startsWith('✖ Incident 1:'))).toBeLessThanOrEqual(25);
  });

  it('prints the summary alone with --brief, and says so when an object asked about has no problem', () => {
    const brief = renderTerminal(goldenReport, { lang: 'en', explain: false, color: false, brief: true });
    expect(brief).toContain('  ✖ 1. Pod/report-worker-9d6c7b8f5a-h4n6q');
    expect(brief).not.toContain('Incident 1:');
    expect(brief).not.toContain('Evidence:');
    expect(brief.trimEnd().split('\n').at(-1)).toMatch(/^4 incidents · /);
    const none = renderTerminal(cleanReport, { lang: 'ko', explain: false, color: false, object: 'Deployment/web' });
    expect(none).toContain('Deployment/web: 이 리소스와 이것이 의존하는 리소스에서 문제를 찾지 못했습니다.');
  });
});

describe('nothing found, but not everything checked', () => {
  it('lists as checked only the checks that ran to the end', () => {
    const report: Report = {
      ...cleanReport,
      checks: cleanReport.checks.map((c) =>
        c.id === 'oom-kills'
          ? { ...c, status: 'crashed' as const, error: 'boom' }
          : c.id === 'image-pulls'
            ? { ...c, status: 'skipped' as const }
            : c,
      ),
      summary: { ...cleanReport.summary, passed: 4, crashed: 1, skipped: 1 },
    };
    const out = renderTerminal(report, { lang: 'en', explain: false, color: false });
    const checked = out.split('\n').find((l) => l.startsWith('Checked: '))!;
    expect(checked).not.toContain('Out-of-memory kills');
    expect(checked).not.toContain('Image pulls');
    expect(out).toContain('Check oom-kills crashed: boom');
  });
});

describe('evidence headings', () => {
  it('names the other object once, and says how often and when', async () => {
    const { evidenceHeading } = await import('../../lib/output/finding-text.ts');
    const now = '2026-11-24T09:30:00Z';
    const node = { kind: 'Node', name: 'ip-10-0-3-87.ap-northeast-2.compute.internal' };
    expect(evidenceHeading('en', { source: 'node', text: 'taints: x', about: node }, now, 'shop')).toBe(
      'Node/ip-10-0-3-87.ap-northeast-2.compute.internal',
    );
    expect(evidenceHeading('en', { source: 'node', reason: 'taint', text: 'x', about: node }, now, 'shop')).toBe(
      'taint on Node/ip-10-0-3-87.ap-northeast-2.compute.internal',
    );
    expect(
      evidenceHeading(
        'en',
        { source: 'event', reason: 'BackOff', text: 'x', count: 1, lastSeen: '2026-11-24T09:29:00Z' },
        now,
        'shop',
      ),
    ).toBe('BackOff, last 1m ago');
    expect(
      evidenceHeading(
        'ko',
        {
          source: 'event',
          reason: 'FailedMount',
          text: 'x',
          count: 4,
          about: { kind: 'Pod', name: 'p', namespace: 'other' },
        },
        now,
        'shop',
      ),
    ).toBe('FailedMount Pod/p -n other 에서 ×4');
  });
});
