import { describe, expect, it } from 'vitest';
import type { Check } from '../../lib/doctor/check.ts';
import type { Finding, Severity } from '../../lib/doctor/finding.ts';
import { parseSelector } from '../../lib/doctor/label-selector.ts';
import { exitCodeFor, runChecks } from '../../lib/doctor/run-checks.ts';
import { snapshotFromObjects } from '../../lib/doctor/snapshot-from-objects.ts';
import { msg } from '../../lib/i18n/index.ts';

const pod = (name: string, labels: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'shop', labels, uid: `uid-${name}`, creationTimestamp: '2024-05-02T08:11:04Z' },
  spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] },
  status: { phase: 'Pending' },
});
const snapshot = () =>
  snapshotFromObjects(
    [pod('web-1', { app: 'web' }), pod('api-1', { app: 'api', tier: 'backend' })],
    'shop',
    '2024-05-02T08:20:00Z',
  );

const finding = (check: string, name: string, severity: Severity, kind = 'Pod'): Finding => ({
  code: `${check}.test`,
  check,
  severity,
  object: { kind, name, namespace: 'shop' },
  cause: msg('kubeError.unknown', { detail: name }),
  remedy: [],
  evidence: [{ source: 'status', text: 'Pending' }],
});
const check = (id: string, run: Check['run'], needs: Check['needs'] = ['pods']): Check => ({
  id,
  title: 'interrupted',
  needs,
  run,
});

const podsPerSeverity = check('pods', () => [finding('pods', 'web-1', 'warning'), finding('pods', 'api-1', 'error')]);
const infoOnly = check('notes', () => [finding('notes', 'web-1', 'info')]);
const crashing = check('broken', () => {
  throw new TypeError("Cannot read properties of undefined (reading 'spec')");
});
const source = { type: 'cluster' } as const;

describe('runChecks', () => {
  it('isolates a crashing check: the others still report, and the exit code is 4 even with failures', () => {
    const report = runChecks(snapshot(), [crashing, podsPerSeverity], { source });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['broken', 'crashed'],
      ['pods', 'failed'],
    ]);
    expect(report.checks[0]?.error).toBe("TypeError: Cannot read properties of undefined (reading 'spec')");
    expect(report.findings).toHaveLength(2);
    expect(report.summary).toMatchObject({ checks: 2, crashed: 1, failed: 1, passed: 0 });
    expect(exitCodeFor(report, 'error')).toBe(4);
    expect(exitCodeFor(report, 'never')).toBe(4);
  });

  it('sorts errors first, then by kind and name, and counts by severity', () => {
    const mixed = check('mixed', () => [
      finding('mixed', 'zeta', 'warning', 'Service'),
      finding('mixed', 'web-1', 'warning'),
      finding('mixed', 'api-1', 'error'),
      finding('mixed', 'alpha', 'warning', 'PersistentVolumeClaim'),
    ]);
    const report = runChecks(snapshot(), [mixed, infoOnly], { source });
    expect(report.findings.map((f) => `${f.severity} ${f.object.kind}/${f.object.name}`)).toEqual([
      'error Pod/api-1',
      'warning PersistentVolumeClaim/alpha',
      'warning Pod/web-1',
      'warning Service/zeta',
      'info Pod/web-1',
    ]);
    expect(report.summary.findings).toEqual({ error: 1, warning: 3, info: 1 });
    expect(report.checks.find((c) => c.id === 'notes')?.status).toBe('passed'); // info alone does not fail a check
  });

  it('applies --fail-on thresholds', () => {
    const warnings = runChecks(snapshot(), [check('w', () => [finding('w', 'web-1', 'warning')]), infoOnly], {
      source,
    });
    expect(exitCodeFor(warnings, 'error')).toBe(0);
    expect(exitCodeFor(warnings, 'warning')).toBe(1);
    expect(exitCodeFor(warnings, 'info')).toBe(1);
    expect(exitCodeFor(warnings, 'never')).toBe(0);
    const clean = runChecks(snapshot(), [check('c', () => [])], { source });
    expect(exitCodeFor(clean, 'info')).toBe(0);
  });

  it('runs only the checks asked for and lists the rest as skipped', () => {
    const only = runChecks(snapshot(), [podsPerSeverity, infoOnly, crashing], { source, only: ['notes'] });
    expect(only.checks.map((c) => [c.id, c.status])).toEqual([
      ['pods', 'skipped'],
      ['notes', 'passed'],
      ['broken', 'skipped'],
    ]);
    expect(exitCodeFor(only, 'info')).toBe(1);
    const skip = runChecks(snapshot(), [podsPerSeverity, crashing], { source, skip: ['broken'] });
    expect(skip.summary).toMatchObject({ skipped: 1, failed: 1, crashed: 0 });
    expect(exitCodeFor(skip, 'error')).toBe(1);
  });

  it('says which needed kinds could not be read', () => {
    const s = snapshot();
    s.visibility.nodes = {
      visible: false,
      reason: 'forbidden',
      detail: 'nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope',
    };
    s.visibility.events = { visible: false, reason: 'timeout' };
    const report = runChecks(
      s,
      [check('sched', () => [], ['pods', 'events', 'nodes']), check('other', () => [], ['pods'])],
      { source },
    );
    expect(report.checks[0]?.notVisible).toEqual(['events', 'nodes']);
    expect(report.checks[1]?.notVisible).toEqual([]);
    expect(report.visibility.nodes.reason).toBe('forbidden');
  });

  it('reports only findings whose object matches the label selector', () => {
    const report = runChecks(snapshot(), [podsPerSeverity], { source, selector: parseSelector('tier=backend') });
    expect(report.findings.map((f) => f.object.name)).toEqual(['api-1']);
    const none = runChecks(snapshot(), [podsPerSeverity], { source, selector: parseSelector('app in (cache)') });
    expect(none.findings).toEqual([]);
    expect(none.checks[0]?.status).toBe('passed');
    expect(exitCodeFor(none, 'warning')).toBe(0);
  });

  it('copies the snapshot facts into the report', () => {
    const s = snapshot();
    s.context = 'dev';
    s.serverVersion = '1.30';
    const report = runChecks(s, [], {
      source: { type: 'file', path: 'dump.json' },
      now: () => new Date('2024-05-02T09:00:00Z'),
    });
    expect(report).toMatchObject({
      schema: 'eks-guide.doctor/v1',
      namespace: 'shop',
      context: 'dev',
      serverVersion: '1.30',
      snapshotTakenAt: '2024-05-02T08:20:00Z',
      generatedAt: '2024-05-02T09:00:00.000Z',
      source: { type: 'file', path: 'dump.json' },
    });
  });
});
