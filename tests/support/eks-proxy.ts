/**
 * A tiny EKS endpoint in front of moto. moto has no access-entry APIs and its clusters
 * point at a made-up endpoint with a random CA, so this proxy:
 *  - answers ListAccessEntries / DescribeAccessEntry / ListAssociatedAccessPolicies from
 *    configured entries (or InvalidRequestException on a CONFIG_MAP cluster, as EKS does);
 *  - forwards DescribeCluster to moto and overlays `endpoint`, `certificateAuthority.data`
 *    and `accessConfig` per cluster, so the real script reaches the API double unchanged;
 *  - forwards everything else to moto untouched.
 * Point AWS_ENDPOINT_URL_EKS at `url`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyAccessEntry {
  principalArn: string;
  username?: string;
  kubernetesGroups?: string[];
  type?: string;
  policies?: { policyArn: string; accessScope: { type: 'cluster' | 'namespace'; namespaces?: string[] } }[];
}

export interface ProxyCluster {
  endpoint?: string;
  caData?: string;
  authenticationMode?: 'CONFIG_MAP' | 'API_AND_CONFIG_MAP' | 'API';
  accessEntries?: ProxyAccessEntry[];
}

export interface EksProxy {
  url: string;
  /** Calls that reached the proxy, as "METHOD /path". */
  calls: string[];
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port, forwarding to motoUrl. */
export async function startEksProxy(motoUrl: string, clusters: Record<string, ProxyCluster>): Promise<EksProxy> {
  const calls: string[] = [];
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(res, 500, 'ServerException', String(error)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    calls.push(`${method} ${url.pathname}`);
    const seg = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const body = await readBody(req);
    if (seg[0] === 'clusters' && seg[1] && seg[2] === 'access-entries' && method === 'GET') {
      const cluster = clusters[seg[1]];
      if (!cluster) return sendError(res, 404, 'ResourceNotFoundException', `No cluster found for name: ${seg[1]}.`);
      if ((cluster.authenticationMode ?? 'API_AND_CONFIG_MAP') === 'CONFIG_MAP') {
        return sendError(
          res,
          400,
          'InvalidRequestException',
          "The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.",
        );
      }
      const entries = cluster.accessEntries ?? [];
      if (seg.length === 3) return sendJson(res, 200, { accessEntries: entries.map((e) => e.principalArn) });
      const entry = entries.find((e) => e.principalArn === seg[3]);
      if (!entry)
        return sendError(
          res,
          404,
          'ResourceNotFoundException',
          `The specified access entry resource is not found: ${seg[3]}`,
        );
      if (seg.length === 4) return sendJson(res, 200, { accessEntry: describeEntry(seg[1], entry) });
      if (seg[4] === 'access-policies') {
        const now = Date.now() / 1000;
        return sendJson(res, 200, {
          clusterName: seg[1],
          principalArn: entry.principalArn,
          associatedAccessPolicies: (entry.policies ?? []).map((p) => ({ ...p, associatedAt: now, modifiedAt: now })),
        });
      }
    }
    const upstream = await fetch(`${motoUrl}${url.pathname}${url.search}`, {
      method,
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length' && k !== 'connection') as [
          string,
          string,
        ][],
      ),
      ...(body.length && method !== 'GET' && method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
    });
    let text = await upstream.text();
    const overlay = seg[0] === 'clusters' && seg.length === 2 && method === 'GET' ? clusters[seg[1]!] : undefined;
    if (overlay && upstream.ok)
      text = JSON.stringify(patchCluster(JSON.parse(text) as { cluster: Record<string, unknown> }, overlay));
    const headers: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(k)) headers[k] = v;
    });
    res.writeHead(upstream.status, { ...headers, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function patchCluster(body: { cluster: Record<string, unknown> }, overlay: ProxyCluster) {
  const cluster = { ...body.cluster };
  if (overlay.endpoint) cluster.endpoint = overlay.endpoint;
  if (overlay.caData) cluster.certificateAuthority = { data: overlay.caData };
  cluster.accessConfig = {
    authenticationMode: overlay.authenticationMode ?? 'API_AND_CONFIG_MAP',
    bootstrapClusterCreatorAdminPermissions: true,
  };
  return { cluster };
}

function describeEntry(clusterName: string, e: ProxyAccessEntry) {
  const account = /::(\d+):/.exec(e.principalArn)?.[1] ?? '123456789012';
  const roleName = e.principalArn.split('/').pop() ?? '';
  const now = Date.now() / 1000;
  return {
    clusterName,
    principalArn: e.principalArn,
    kubernetesGroups: e.kubernetesGroups ?? [],
    accessEntryArn: `arn:aws:eks:ap-northeast-2:${account}:access-entry/${clusterName}/role/${account}/${roleName}/0ac9a1b2-1234-5678-9abc-def012345678`,
    createdAt: now,
    modifiedAt: now,
    tags: {},
    username: e.username ?? `arn:aws:sts::${account}:assumed-role/${roleName}/{{SessionName}}`,
    type: e.type ?? 'STANDARD',
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

// EKS (rest-json) names the error in x-amzn-ErrorType; the SDK reads it from there or the body.
function sendError(res: ServerResponse, code: number, type: string, message: string): void {
  const text = JSON.stringify({ message });
  res.writeHead(code, {
    'content-type': 'application/json',
    'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.eks/`,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
