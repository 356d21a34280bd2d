/**
 * A child process for tests that kill a writer mid-write or race several writers:
 *   node --import tsx tests/support/write-child.ts kubeconfig <path> <alias> [caBytes]
 *   node --import tsx tests/support/write-child.ts snapshot <path> <podCount>
 * Prints "ready" just before the write starts and "done <action>" after. SIGINT ends it with
 * exit 130 through process.exit, as the scripts' own handlers do.
 */
import { saveSnapshot } from '../../lib/doctor/save-snapshot.ts';
import { emptySnapshot } from '../../lib/doctor/snapshot.ts';
import { writeKubeconfig } from '../../lib/kube/kubeconfig-writer.ts';

process.once('SIGINT', () => process.exit(130));

const [kind, path, arg, size] = process.argv.slice(2);
if (kind === 'kubeconfig') {
  const caBytes = Number(size ?? 0);
  process.stdout.write('ready\n');
  const result = await writeKubeconfig(path!, {
    clusterArn: `arn:aws:eks:ap-northeast-2:111122223333:cluster/${arg}`,
    clusterName: arg!,
    region: 'ap-northeast-2',
    endpoint: `https://${arg}.gr7.ap-northeast-2.eks.amazonaws.com`,
    caData: caBytes > 0 ? 'Q'.repeat(caBytes) : 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=',
    alias: arg!,
  });
  process.stdout.write(`done ${result.action}\n`);
} else if (kind === 'snapshot') {
  const snapshot = emptySnapshot('shop', '2024-05-02T08:20:00.000Z');
  const pods = Number(arg ?? 1);
  for (let i = 0; i < pods; i++)
    snapshot.pods.push({
      kind: 'Pod',
      metadata: { name: `web-${i}`, namespace: 'shop', labels: { app: 'web'.repeat(50) } },
    });
  process.stdout.write('ready\n');
  await saveSnapshot(path!, snapshot);
  process.stdout.write('done saved\n');
} else {
  process.stderr.write(`unknown kind ${kind}\n`);
  process.exit(2);
}
