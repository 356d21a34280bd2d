/**
 * An HTTPS Kubernetes API server double that both @kubernetes/client-node and the real
 * kubectl accept: legacy discovery, List/Get with real envelopes and pagination,
 * server-side Tables for kubectl, SelfSubject{Access,Rules,}Reviews, bearer-token and
 * EKS-token authentication with per-user allow rules, real Status errors, fault injection
 * and a request log.
 *
 *   const api = await startApiDouble({ objects, users: { 'tok': { username: 'dev', allow: [...] } } });
 *   const file = await api.kubeconfig({ token: 'tok', namespace: 'shop', path: '/tmp/kc' });
 *   ... run kubectl --kubeconfig file get pod ...
 *   expect(api.requests.filter((r) => r.path === '/api/v1/namespaces/shop/pods')).toHaveLength(1);
 *   await api.close();
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { rm, writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { makeTestCerts } from './test-certs.ts';
import { decodeEksToken, type EksTokenClaims } from './eks-token.ts';
import { callerFor, isAllowed, parseStsArn, type Caller, type DoubleUser } from './kube-api-access.ts';
import {
  RESOURCES,
  REVIEW_RESOURCES,
  findResource,
  groupVersion,
  listKind,
  qualifiedName,
  type ApiResource,
} from './kube-api-resources.ts';
import type { Etcd3 } from 'etcd3';
import { loadIntoEtcd, type EtcdPages } from './kube-api-etcd.ts';
import { buildGeneration, getOne, readFromEtcd, select, type Generation } from './kube-api-store.ts';
import {
  expired,
  forbidden,
  noSuchPath,
  notFound,
  statusBody,
  unauthorized,
  type StatusBody,
} from './kube-api-status.ts';
import { toTable, wantsTable } from './kube-api-table.ts';

export type { AccessRule, DoubleUser } from './kube-api-access.ts';

export interface ApiDoubleOptions {
  /** Server gitVersion, e.g. 'v1.31.2' or 'v1.31.2-eks-7f9249a'; kubectl's dispatcher picks its client from it. */
  version?: string;
  /** Plain objects with kind/apiVersion/metadata(.namespace); `kind: List` is unpacked. */
  objects?: unknown[];
  /**
   * Users by static bearer token, or by 'eks:' + (STS ARN | role name | IAM user name | access key id)
   * for `k8s-aws-v1.` tokens.
   */
  users?: Record<string, DoubleUser>;
  faults?: Fault[];
  /** The most items one page may hold, whatever `limit` asked (0 or unset: no cap). */
  pageSizeCap?: number;
  /**
   * Whether `resourceVersion=0` without a `limit` is answered whole, as a real API server answers it
   * from its watch cache (default true). Off, it is paged like any list (pageSizeCap applies).
   */
  watchCache?: boolean;
  /**
   * Whether an answer over 128 KB is gzipped (level 1) for a client that sends `Accept-Encoding: gzip`,
   * as kube-apiserver does (APIResponseCompression, on by default since v1.16); default true.
   */
  compress?: boolean;
  /**
   * A real etcd to keep the objects in (see etcd-server.ts): every list not served from the watch cache then
   * reads its page from etcd, as kube-apiserver does. The objects are fixed: setObjects is refused.
   */
  etcd?: Etcd3;
  /**
   * Who signed an EKS token: the STS ARN GetCallerIdentity would return. The real
   * authenticator asks STS; tests point this at moto (see moto.ts `callerArnResolver`).
   */
  resolveEksCaller?: (claims: EksTokenClaims) => Promise<string | undefined>;
}

/** A failure to inject on requests whose path matches; `times` limits how often (default: always). */
export interface Fault {
  method?: string;
  path: RegExp;
  /** Only requests whose query string (without '?') matches, e.g. /resourceVersion=0/. */
  query?: RegExp;
  status?: number;
  message?: string;
  reason?: string;
  delayMs?: number;
  /** Drop the connection without answering. */
  destroy?: boolean;
  times?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  user?: string;
  /** The answer was gzipped (the client asked, and it was over the threshold). */
  gzip?: boolean;
}

export interface KubeconfigOptions {
  token?: string;
  exec?: { command: string; args: string[]; env?: Record<string, string>; apiVersion?: string };
  namespace?: string;
  path: string;
  /** Cluster/context/user name (default 'double'). */
  name?: string;
}

export interface ApiDouble {
  url: string;
  caFile: string;
  /** base64 of the CA PEM, as kubeconfig's certificate-authority-data holds it. */
  caData: string;
  requests: LoggedRequest[];
  /** Range requests made to the etcd given in the options (0 without one). */
  readonly etcdRanges: number;
  setObjects(objects: unknown[]): void;
  /** Adds faults at run time. */
  addFault(fault: Fault): void;
  /** Makes every continue token handed out so far answer 410 Expired, as after an etcd compaction. */
  compact(): void;
  /** Writes a kubeconfig for this server and returns its path. */
  kubeconfig(opts: KubeconfigOptions): Promise<string>;
  close(): Promise<void>;
}

const PUBLIC_PATHS = new Set(['/version', '/healthz', '/livez', '/readyz']);

/** Starts the double on 127.0.0.1 with a random port and a fresh CA. */
export async function startApiDouble(options: ApiDoubleOptions = {}): Promise<ApiDouble> {
  const gitVersion = options.version ?? 'v1.31.2';
  const users = options.users ?? {};
  const faults: (Fault & { left: number })[] = (options.faults ?? []).map((f) => ({ ...f, left: f.times ?? Infinity }));
  const requests: LoggedRequest[] = [];
  let rv = 1000;
  let generations = new Map<string, Generation>();
  // Objects it cannot serve are refused before anything is written to disk.
  let current = buildGeneration(options.objects ?? [], ++rv);
  const certs = await makeTestCerts();
  const consistentListFromCache = Number(/^v1\.(\d+)/.exec(gitVersion)?.[1] ?? 0) >= 31;
  generations.set(current.resourceVersion, current);
  const etcdPages: EtcdPages | undefined = options.etcd
    ? await loadIntoEtcd(options.etcd, current).catch(async (error: unknown) => {
        await rm(certs.dir, { recursive: true, force: true });
        throw error;
      })
    : undefined;

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const method = req.method ?? 'GET';
    const entry: LoggedRequest = { method, path: url.pathname, query: url.searchParams };
    requests.push(entry);

    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method === method) &&
        f.path.test(url.pathname) &&
        (!f.query || f.query.test(url.searchParams.toString())),
    );
    if (fault) {
      fault.left--;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.destroy) return void req.socket.destroy();
      if (fault.status) {
        const reason = fault.reason ?? reasonFor(fault.status);
        return send(res, fault.status, statusBody(fault.status, reason, fault.message ?? reason));
      }
    }

    if (PUBLIC_PATHS.has(url.pathname)) {
      if (url.pathname === '/version') return send(res, 200, versionInfo(gitVersion));
      return sendText(res, 200, 'ok');
    }

    const caller = await authenticate(req.headers.authorization);
    if (!caller) return send(res, 401, unauthorized());
    entry.user = caller.username;

    const body = method === 'POST' ? await readJson(req) : undefined;
    const answer = await route(method, url, caller, body, req.headers.accept);
    const gzip = options.compress !== false && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (isLongList(answer.body)) {
      if (gzip) entry.gzip = true;
      return sendListAsEncoded(res, answer.code, answer.body, answer.contentType, gzip);
    }
    if (send(res, answer.code, answer.body, answer.contentType, gzip)) entry.gzip = true;
  };

  async function authenticate(header: string | undefined): Promise<Caller | undefined> {
    const token = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
    if (!token) return undefined;
    const staticUser = users[token];
    if (staticUser) return callerFor(staticUser);
    const decoded = decodeEksToken(token);
    if (!decoded.ok) return undefined;
    const arn = options.resolveEksCaller
      ? await options.resolveEksCaller(decoded.claims).catch(() => undefined)
      : undefined;
    const parts = arn ? parseStsArn(arn) : undefined;
    const keys = [arn, parts?.roleName, parts?.userName, decoded.claims.accessKeyId]
      .filter(Boolean)
      .map((k) => `eks:${k}`);
    const user = keys.map((k) => users[k]).find(Boolean);
    return user ? callerFor(user, arn, decoded.claims.accessKeyId) : undefined;
  }

  function route(
    method: string,
    url: URL,
    caller: Caller,
    body: unknown,
    accept: string | undefined,
  ): Answer | Promise<Answer> {
    const seg = url.pathname.split('/').filter(Boolean);
    if (method === 'GET' && seg.length === 1 && seg[0] === 'api') return ok(apiVersions());
    if (method === 'GET' && seg.length === 1 && seg[0] === 'apis') return ok(apiGroupList());
    let group: string;
    let version: string;
    let rest: string[];
    if (seg[0] === 'api' && seg[1] === 'v1') [group, version, rest] = ['', 'v1', seg.slice(2)];
    else if (seg[0] === 'apis' && seg.length >= 3) [group, version, rest] = [seg[1]!, seg[2]!, seg.slice(3)];
    else return { code: 404, body: noSuchPath() };
    if (method === 'GET' && rest.length === 0) {
      const list = resourceList(group, version);
      return list ? ok(list) : { code: 404, body: noSuchPath() };
    }
    if (method === 'POST') return review(group, rest, caller, body);
    if (method !== 'GET')
      return {
        code: 405,
        body: statusBody(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`),
      };

    let namespace: string | undefined;
    let name: string | undefined;
    let resourceName: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) [namespace, resourceName, name] = [rest[1], rest[2], rest[3]];
    else [resourceName, name] = [rest[0], rest[1]];
    if (rest.length > (namespace ? 4 : 2)) return { code: 404, body: noSuchPath() };
    const res = resourceName ? findResource(group, resourceName) : undefined;
    if (!res || res.version !== version) return { code: 404, body: noSuchPath() };
    if (namespace && !res.namespaced) return { code: 404, body: noSuchPath() };

    const verb = name ? 'get' : url.searchParams.get('watch') === 'true' ? 'watch' : 'list';
    // Listing a namespaced kind without a namespace is a cluster-scope request, as in RBAC. Getting one
    // namespace is authorised inside that namespace (the apiserver's RequestInfo sets namespace = name),
    // so a RoleBinding there can allow it.
    const authzNamespace = res.name === 'namespaces' && name ? name : namespace;
    if (!isAllowed(caller.allow, verb, res.name, authzNamespace)) {
      return {
        code: 403,
        body: forbidden({
          user: caller.username,
          verb,
          resource: res.name,
          group: res.group,
          ...(authzNamespace ? { namespace: authzNamespace } : {}),
          ...(name ? { name } : {}),
        }),
      };
    }
    if (name) {
      const obj = getOne(current, res, res.namespaced ? namespace : undefined, name);
      if (!obj) return { code: 404, body: notFound(res.name, res.group, name) };
      return ok({ kind: res.kind, apiVersion: groupVersion(res), ...obj });
    }
    return list(res, namespace, url.searchParams, accept);
  }

  async function list(
    res: ApiResource,
    namespace: string | undefined,
    query: URLSearchParams,
    accept: string | undefined,
  ): Promise<Answer> {
    let gen = current;
    let offset = 0;
    const token = query.get('continue');
    if (token) {
      const decoded = decodeContinue(token);
      if (!decoded)
        return { code: 400, body: statusBody(400, 'BadRequest', 'continue key is not valid: illegal base64 data') };
      const known = generations.get(decoded.rv);
      if (!known) return { code: 410, body: expired() };
      [gen, offset] = [known, decoded.offset];
    }
    const all = select(gen, res, namespace, query);
    const asked = Number(query.get('limit') ?? 0) || 0;
    const rvAsked = query.get('resourceVersion');
    const watchCache = options.watchCache !== false;
    // The watch cache serves resourceVersion=0 without a limit whole, whatever etcd paging would do.
    const fromCache = watchCache && rvAsked === '0' && !asked && !token;
    // It also answers the first page of resourceVersion=0, and since v1.31 (ConsistentListFromCache) the first page
    // of a list without a resourceVersion; a continue token is always read from etcd (until v1.34's snapshots).
    const pageFromCache = watchCache && !token && (rvAsked === '0' || (!rvAsked && consistentListFromCache));
    const cap = fromCache ? 0 : (options.pageSizeCap ?? 0);
    const limit = cap && (!asked || asked > cap) ? cap : asked;
    const page = limit ? all.slice(offset, offset + limit) : all.slice(offset);
    const next = offset + page.length;
    const metadata: Record<string, unknown> = { resourceVersion: gen.resourceVersion };
    if (limit && next < all.length) {
      metadata.continue = encodeContinue(gen.resourceVersion, next);
      metadata.remainingItemCount = all.length - next;
    }
    if (wantsTable(accept))
      return {
        code: 200,
        body: toTable(res, page, metadata),
        contentType: 'application/json;as=Table;v=v1;g=meta.k8s.io',
      };
    // The server leaves kind/apiVersion off list items; clients fill them in.
    const filtered = Boolean(query.get('labelSelector') || query.get('fieldSelector'));
    const read = pageFromCache
      ? page
      : etcdPages
        ? await etcdPages.read(res, namespace, page, filtered)
        : readFromEtcd(gen, page);
    const items = read.map(({ kind: _k, apiVersion: _a, ...rest }) => rest);
    return ok({ kind: listKind(res), apiVersion: groupVersion(res), metadata, items });
  }

  function review(group: string, rest: string[], caller: Caller, body: unknown): Answer {
    const resource = rest.length === 3 && rest[0] === 'namespaces' ? rest[2] : rest[0];
    const spec = (body as { spec?: Record<string, unknown> })?.spec ?? {};
    const echo = { ...(body as object), metadata: { creationTimestamp: null } };
    if (group === 'authorization.k8s.io' && resource === 'selfsubjectaccessreviews') {
      const attrs = spec.resourceAttributes as { verb?: string; resource?: string; namespace?: string } | undefined;
      const allowed = attrs
        ? isAllowed(caller.allow, attrs.verb ?? '', attrs.resource ?? '', attrs.namespace || undefined)
        : false;
      return {
        code: 201,
        body: { ...echo, status: { allowed, ...(allowed ? { reason: 'allowed by kube-api-double rules' } : {}) } },
      };
    }
    if (group === 'authorization.k8s.io' && resource === 'selfsubjectrulesreviews') {
      const ns = (spec.namespace as string | undefined) ?? '';
      const rules = caller.allow
        .filter((r) => r.namespaces === undefined || r.namespaces.includes(ns))
        .map((r) => ({ verbs: r.verbs, apiGroups: ['*'], resources: r.resources }));
      return {
        code: 201,
        body: { ...echo, status: { resourceRules: rules, nonResourceRules: [], incomplete: false } },
      };
    }
    if (group === 'authentication.k8s.io' && resource === 'selfsubjectreviews') {
      const extra = caller.arn
        ? {
            accessKeyId: [caller.accessKeyId ?? ''],
            arn: [caller.arn],
            canonicalArn: [canonicalArn(caller.arn)],
            sessionName: [caller.sessionName ?? ''],
          }
        : undefined;
      return {
        code: 201,
        body: {
          ...echo,
          status: { userInfo: { username: caller.username, groups: caller.groups, ...(extra ? { extra } : {}) } },
        },
      };
    }
    return {
      code: 405,
      body: statusBody(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'),
    };
  }

  const server: Server = createServer({ cert: certs.certPem, key: certs.keyPem }, (req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, statusBody(500, 'InternalError', `kube-api-double: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const caData = Buffer.from(certs.caPem).toString('base64');

  function apiVersions() {
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: url.replace('https://', '') }],
    };
  }

  return {
    url,
    caFile: certs.caFile,
    caData,
    requests,
    get etcdRanges() {
      return etcdPages?.ranges ?? 0;
    },
    setObjects(objects) {
      if (etcdPages) throw new Error('kube-api-double: the objects kept in etcd are fixed');
      current = buildGeneration(objects, ++rv);
      generations.set(current.resourceVersion, current);
    },
    addFault(fault) {
      faults.push({ ...fault, left: fault.times ?? Infinity });
    },
    compact() {
      generations = new Map([[current.resourceVersion, current]]);
    },
    async kubeconfig(opts) {
      const name = opts.name ?? 'double';
      const user = opts.exec
        ? {
            exec: {
              apiVersion: opts.exec.apiVersion ?? 'client.authentication.k8s.io/v1beta1',
              command: opts.exec.command,
              args: opts.exec.args,
              ...(opts.exec.env
                ? { env: Object.entries(opts.exec.env).map(([n, value]) => ({ name: n, value })) }
                : {}),
              interactiveMode: 'IfAvailable',
              provideClusterInfo: false,
            },
          }
        : { token: opts.token ?? '' };
      const doc = {
        apiVersion: 'v1',
        kind: 'Config',
        preferences: {},
        clusters: [{ name, cluster: { server: url, 'certificate-authority-data': caData } }],
        users: [{ name, user }],
        contexts: [
          { name, context: { cluster: name, user: name, ...(opts.namespace ? { namespace: opts.namespace } : {}) } },
        ],
        'current-context': name,
      };
      await writeFile(opts.path, stringify(doc), { mode: 0o600 });
      return opts.path;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(certs.dir, { recursive: true, force: true });
    },
  };
}

interface Answer {
  code: number;
  body: unknown;
  contentType?: string;
}

const ok = (body: unknown): Answer => ({ code: 200, body });

// kube-apiserver's threshold and level for compressing an answer (staging/.../endpoints/handlers/responsewriters).
const GZIP_THRESHOLD_BYTES = 128 * 1024;
const GZIP_LEVEL = 1;

/** Sends a JSON answer; true when it went gzipped. */
function send(
  res: ServerResponse,
  code: number,
  body: unknown,
  contentType = 'application/json',
  gzip = false,
): boolean {
  const text = Buffer.from(JSON.stringify(body));
  const zipped = gzip && text.length > GZIP_THRESHOLD_BYTES ? gzipSync(text, { level: GZIP_LEVEL }) : undefined;
  res.writeHead(code, {
    'Content-Type': contentType,
    'Content-Length': (zipped ?? text).length,
    ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
    'Audit-Id': crypto.randomUUID(),
  });
  res.end(zipped ?? text);
  return zipped !== undefined;
}

const STREAMED_BATCH = 500;

function isLongList(body: unknown): body is { items: unknown[] } {
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) && items.length > STREAMED_BATCH;
}

/**
 * A long list is written as it is encoded, a batch of items at a time, giving way to other requests
 * in between: kube-apiserver encodes each request on its own goroutine, so one client's large list
 * never holds up another's answer, and since v1.33 it streams a list's items as it encodes them.
 * The bytes are those JSON.stringify gives for the whole body.
 */
async function sendListAsEncoded(
  res: ServerResponse,
  code: number,
  body: { items: unknown[] },
  contentType = 'application/json',
  gzip = false,
): Promise<void> {
  res.writeHead(code, {
    'Content-Type': contentType,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    'Audit-Id': crypto.randomUUID(),
  });
  const { items, ...head } = body;
  const gone = new Promise<void>((resolve) => res.once('close', resolve));
  // A long list is well over the compression threshold.
  const out: Writable = gzip ? createGzip({ level: GZIP_LEVEL }) : res;
  if (out !== res) out.pipe(res);
  let text = `${JSON.stringify(head).slice(0, -1)},"items":[`;
  for (let i = 0; i < items.length; i += STREAMED_BATCH) {
    text +=
      (i > 0 ? ',' : '') +
      items
        .slice(i, i + STREAMED_BATCH)
        .map((item) => JSON.stringify(item))
        .join(',');
    const flowing = out.write(text);
    text = '';
    if (res.destroyed) return void out.destroy();
    await (flowing ? new Promise<void>((resolve) => setImmediate(resolve)) : Promise.race([once(out, 'drain'), gone]));
    if (res.destroyed) return void out.destroy();
  }
  out.end(`${text}]}`);
}

function sendText(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return {};
  }
}

function versionInfo(gitVersion: string) {
  const m = /^v(\d+)\.(\d+)/.exec(gitVersion);
  return {
    major: m?.[1] ?? '1',
    minor: m?.[2] ?? '31',
    gitVersion,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2024-10-24T00:00:00Z',
    goVersion: 'go1.22.8',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

function apiGroupList() {
  const groups = new Map<string, string>();
  for (const r of [...RESOURCES, ...REVIEW_RESOURCES]) if (r.group) groups.set(r.group, r.version);
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [...groups].map(([name, version]) => {
      const gv = { groupVersion: `${name}/${version}`, version };
      return { name, versions: [gv], preferredVersion: gv };
    }),
  };
}

function resourceList(group: string, version: string) {
  const served = [...RESOURCES, ...REVIEW_RESOURCES].filter((r) => r.group === group && r.version === version);
  // Older kubectl clients ask for SelfSubjectReview under v1beta1/v1alpha1.
  const legacyReview = group === 'authentication.k8s.io' && (version === 'v1beta1' || version === 'v1alpha1');
  if (served.length === 0 && !legacyReview) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: groupVersion({ group, version }),
    resources: served.map((r) => ({
      name: r.name,
      singularName: r.singularName,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
    })),
  };
}

function reasonFor(code: number): StatusBody['reason'] {
  const reasons: Record<number, string> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    405: 'MethodNotAllowed',
    409: 'Conflict',
    410: 'Expired',
    429: 'TooManyRequests',
    500: 'InternalError',
    503: 'ServiceUnavailable',
    504: 'Timeout',
  };
  return reasons[code] ?? 'Unknown';
}

function encodeContinue(rv: string, offset: number): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv, start: offset })).toString('base64');
}

function decodeContinue(token: string): { rv: string; offset: number } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as {
      v?: string;
      rv?: string;
      start?: number;
    };
    if (parsed.v !== 'meta.k8s.io/v1' || typeof parsed.rv !== 'string' || typeof parsed.start !== 'number')
      return undefined;
    return { rv: parsed.rv, offset: parsed.start };
  } catch {
    return undefined;
  }
}

// aws-iam-authenticator's arn.Canonicalize: assumed-role/ROLE/SESSION -> role/ROLE (the path is lost).
function canonicalArn(arn: string): string {
  const m = /^arn:([^:]+):sts::(\d+):assumed-role\/([^/]+)\/.+$/.exec(arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
}

export { qualifiedName };
