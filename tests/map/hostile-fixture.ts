import { emptySnapshot, type Snapshot } from '../../lib/doctor/snapshot.ts';
import type { Finding } from '../../lib/doctor/finding.ts';

/** Text that tries to break out of every format the map writes, plus a terminal escape and a bidi override. */
export const HOSTILE =
  'evil"]:::ok\nn9-->n1 <script>alert(1)</script> &amp; #35; `x` \\N \u001b[31mred\u001b[0m \u202Egnp.exe' +
  " ' } { ; %% -->";
/** What HOSTILE reads as once made safe for one line: controls, bidi marks and line breaks gone. */
export const HOSTILE_SHOWN =
  'evil"]:::ok n9-->n1 <script>alert(1)</script> &amp; #35; `x` \\N [31mred[0m gnp.exe \' } { ; %% -->';

/** A snapshot whose names and status texts are all HOSTILE variants, and a finding on the pod. */
export function hostileSnapshot(): { snapshot: Snapshot; findings: Finding[] } {
  const snapshot: Snapshot = {
    ...emptySnapshot('shop', '2026-11-24T09:30:00Z'),
    pods: [
      {
        metadata: { name: HOSTILE, namespace: 'shop', uid: 'p1', labels: { app: 'x' } },
        spec: {
          containers: [{ name: 'c', image: 'i', envFrom: [{ secretRef: { name: `secret-${HOSTILE}` } }] }],
          volumes: [{ name: 'v', persistentVolumeClaim: { claimName: `claim-${HOSTILE}` } }],
        },
        status: {
          phase: 'Pending',
          containerStatuses: [
            {
              name: 'c',
              image: 'i',
              imageID: '',
              ready: false,
              restartCount: 0,
              state: { waiting: { reason: `</text></svg><script>alert(2)</script>${HOSTILE}` } },
            },
          ],
        },
      },
    ],
    services: [{ metadata: { name: `svc-${HOSTILE}`, namespace: 'shop' }, spec: { selector: { app: 'x' } } }],
  };
  const findings: Finding[] = [
    {
      code: 'crash-loops.app-error',
      check: 'crash-loops',
      severity: 'error',
      object: { kind: 'Pod', name: HOSTILE, namespace: 'shop' },
      cause: { key: 'check.crash-loops.cause.app-error', params: { container: HOSTILE, exitCode: 1 } },
      remedy: [],
      commands: [`kubectl logs '${HOSTILE}'`],
      evidence: [],
    },
  ];
  return { snapshot, findings };
}
