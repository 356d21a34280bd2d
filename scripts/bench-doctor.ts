// Profile, not part of `npm run bench`: where the doctor's own time goes, against the in-process API double
// with N pods: wall time per phase (connect, gather, checks, render), the API request count, which must stay
// constant in N apart from extra pages, and the slowest checks (every check with --all-checks), which no
// whole-command benchmark can show. Usage: npx tsx scripts/bench-doctor.ts [200,2000,10000] [--all-checks]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKS } from '../checks/index.ts';
import { connect } from '../lib/doctor/cluster-connection.ts';
import { gather } from '../lib/doctor/gather.ts';
import { loadKubeconfig } from '../lib/doctor/kubeconfig-loader.ts';
import { runChecks } from '../lib/doctor/run-checks.ts';
import { buildIndex } from '../lib/doctor/snapshot-index.ts';
import { renderJson } from '../lib/output/json.ts';
import { renderTerminal } from '../lib/output/terminal.ts';
import { startApiDouble } from '../tests/support/kube-api-double.ts';

const sizes = (process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '200,2000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const TOKEN = 'bench-token';

/** A synthetic namespace: N pods over N/20 nodes, 2 events per pod, a Service per 10 pods, a PVC per 5 pods; every 50th pod cannot pull its image. */
function namespaceOf(n: number): unknown[] {
  const t = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const nodes = Math.max(1, Math.ceil(n / 20));
  const objects: unknown[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bench' }, status: { phase: 'Active' } },
  ];
  for (let i = 0; i < nodes; i++) {
    objects.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: `ip-10-0-${i >> 8}-${i & 255}.ap-northeast-2.compute.internal`,
        labels: { 'topology.kubernetes.io/zone': `ap-northeast-2${'abc'[i % 3]}` },
      },
      status: {
        allocatable: { cpu: '4', memory: '15Gi', pods: '58' },
        conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastTransitionTime: t(5000) }],
      },
    });
  }
  for (let i = 0; i < n; i++) {
    const name = `app-${i}`;
    const broken = i % 50 === 0;
    const image = broken
      ? `111122223333.dkr.ecr.ap-northeast-2.amazonaws.com/app:missing-${i}`
      : 'public.ecr.aws/nginx/nginx:1.27';
    const node = `ip-10-0-${(i % nodes) >> 8}-${(i % nodes) & 255}.ap-northeast-2.compute.internal`;
    objects.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: 'bench',
        uid: `pod-${i}`,
        labels: { app: `svc-${Math.floor(i / 10)}` },
        creationTimestamp: t(120),
      },
      spec: {
        nodeName: node,
        containers: [{ name: 'c', image }],
        volumes: i % 5 === 0 ? [{ name: 'data', persistentVolumeClaim: { claimName: `data-${i}` } }] : [],
      },
      status: broken
        ? {
            phase: 'Pending',
            containerStatuses: [
              {
                name: 'c',
                image,
                imageID: '',
                ready: false,
                restartCount: 0,
                state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } },
              },
            ],
          }
        : {
            phase: 'Running',
            containerStatuses: [
              {
                name: 'c',
                image,
                imageID: 'sha256:1',
                ready: true,
                restartCount: 0,
                state: { running: { startedAt: t(119) } },
              },
            ],
          },
    });
    const event = (k: number, reason: string, message: string, type: string) => ({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.${k}`, namespace: 'bench' },
      involvedObject: { apiVersion: 'v1', kind: 'Pod', name, namespace: 'bench', uid: `pod-${i}` },
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: t(119),
      lastTimestamp: t(119),
      source: { component: 'kubelet', host: node },
    });
    objects.push(
      broken
        ? event(
            1,
            'Failed',
            `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`,
            'Warning',
          )
        : event(1, 'Pulled', `Container image "${image}" already present on machine`, 'Normal'),
      event(2, 'Started', 'Started container c', 'Normal'),
    );
    if (i % 10 === 0) {
      objects.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `svc-${i / 10}`, namespace: 'bench' },
        spec: {
          selector: { app: `svc-${i / 10}` },
          ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }],
          type: 'ClusterIP',
        },
      });
    }
    if (i % 5 === 0) {
      objects.push({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: `data-${i}`, namespace: 'bench' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '1Gi' } },
          storageClassName: 'gp3',
          volumeName: `pvc-${i}`,
        },
        status: { phase: 'Bound' },
      });
    }
  }
  return objects;
}

const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;
const dir = mkdtempSync(join(tmpdir(), 'bench-doctor-'));
console.log('pods\tobjects\trequests\tpages(events)\tconnect\tgather\tchecks\trender\tfindings\theap');
try {
  for (const n of sizes) {
    const objects = namespaceOf(n);
    const api = await startApiDouble({
      objects,
      users: { [TOKEN]: { username: 'bench', allow: [{ verbs: ['get', 'list'], resources: ['*'] }] } },
    });
    try {
      const loaded = loadKubeconfig({
        kubeconfig: await api.kubeconfig({ token: TOKEN, namespace: 'bench', path: join(dir, `kc-${n}`) }),
      });
      let start = performance.now();
      const get = await connect(loaded);
      const connectTime = ms(start);
      start = performance.now();
      const snapshot = await gather({
        api: get,
        namespace: 'bench',
        timeoutMs: 60_000,
        context: loaded.context,
        server: loaded.server,
      });
      const gatherTime = ms(start);
      start = performance.now();
      const report = runChecks(snapshot, CHECKS, { source: { type: 'cluster' } });
      const checksTime = ms(start);
      start = performance.now();
      renderJson(report, { lang: 'en' });
      renderTerminal(report, { lang: 'ko', explain: true, color: false });
      const renderTime = ms(start);
      const eventPages = api.requests.filter((r) => r.path.endsWith('/events')).length;
      const heap = `${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`;
      console.log(
        [
          n,
          objects.length,
          api.requests.length,
          eventPages,
          connectTime,
          gatherTime,
          checksTime,
          renderTime,
          report.findings.length,
          heap,
        ].join('\t'),
      );
      // Which checks cost the most, so a check that grows faster than the namespace shows up.
      const index = buildIndex(snapshot);
      const perCheck = CHECKS.map((check) => {
        const t0 = performance.now();
        check.run(snapshot, index);
        return { id: check.id, ms: performance.now() - t0 };
      }).sort((a, b) => b.ms - a.ms);
      console.log(
        `  slowest checks: ${perCheck
          .slice(0, 3)
          .map((c) => `${c.id} ${c.ms.toFixed(0)} ms`)
          .join(', ')}`,
      );
      // --all-checks lists every check, the median of 5 passes (each with a fresh index), to compare runs check by check.
      if (process.argv.includes('--all-checks')) {
        const passes = Array.from({ length: 5 }, () => {
          const fresh = buildIndex(snapshot);
          return CHECKS.map((check) => {
            const t0 = performance.now();
            check.run(snapshot, fresh);
            return performance.now() - t0;
          });
        });
        const medians = CHECKS.map((check, i) => ({
          id: check.id,
          ms: passes.map((p) => p[i]!).sort((a, b) => a - b)[2]!,
        })).sort((a, b) => b.ms - a.ms);
        console.log(`  all checks (median of 5): ${medians.map((c) => `${c.id} ${c.ms.toFixed(1)}`).join(', ')} (ms)`);
      }
    } finally {
      await api.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
