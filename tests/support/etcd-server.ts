// A real etcd (Debian's etcd-server) for the API double to read pages from, as kube-apiserver reads a paged list
// from etcd: a fresh data directory on loopback ports, removed when it stops.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Etcd3 } from 'etcd3';
import { freePort } from './free-port.ts';

export interface EtcdServer {
  client: Etcd3;
  /** What `etcd --version` calls itself, e.g. "etcd 3.4.23". */
  version: string;
  /** Stops etcd and removes its data; safe to call more than once. */
  stop(): Promise<void>;
}

/** Starts `etcd` on free loopback ports and resolves once it answers a status request. */
export async function startEtcd(): Promise<EtcdServer> {
  const dir = await mkdtemp(join(tmpdir(), 'etcd-'));
  const [clientPort, peerPort] = [await freePort(), await freePort()];
  const clientUrl = `http://127.0.0.1:${clientPort}`;
  const peerUrl = `http://127.0.0.1:${peerPort}`;
  const child = spawn(
    'etcd',
    [
      ...['--data-dir', join(dir, 'data'), '--name', 'double'],
      ...['--listen-client-urls', clientUrl, '--advertise-client-urls', clientUrl],
      ...['--listen-peer-urls', peerUrl, '--initial-advertise-peer-urls', peerUrl],
      ...['--initial-cluster', `double=${peerUrl}`],
      // A 20,000-pod namespace is a few hundred MB with its history; etcd's 2 GB default would do, 8 GB leaves room.
      ...['--quota-backend-bytes', String(8 * 2 ** 30), '--log-level', 'error'],
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  let spawnError: Error | undefined;
  child.on('error', (error) => (spawnError = error));
  const closed = once(child, 'close').catch(() => undefined);
  const ended = (): string | undefined => {
    if (spawnError) return String(spawnError);
    const end = child.exitCode ?? child.signalCode;
    return end === null ? undefined : `exit ${end}`;
  };
  // kube-apiserver lifts gRPC's 4 MiB limit on what it receives from etcd: an unpaged list is one answer.
  const client = new Etcd3({ hosts: clientUrl, grpcOptions: { 'grpc.max_receive_message_length': -1 } });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      client.close();
      if (!ended() && child.kill()) await closed;
      await rm(dir, { recursive: true, force: true });
    })());
  try {
    const version = await waitForStatus(client, ended, () => stderr);
    return { client, version: `etcd ${version}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForStatus(client: Etcd3, ended: () => string | undefined, stderr: () => string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const end = ended();
    if (end) throw new Error(`etcd did not start (${end}): ${stderr()}`);
    try {
      return (await client.maintenance.status()).version;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`etcd did not answer in 20 s: ${stderr()}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
