/** The proxy kubectl would use for this server from HTTPS_PROXY / HTTP_PROXY, unless NO_PROXY exempts it. */
export function proxyFromEnv(server: string, env: NodeJS.ProcessEnv): string | undefined {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return undefined;
  }
  const proxy = url.protocol === 'https:' ? env.HTTPS_PROXY || env.https_proxy : env.HTTP_PROXY || env.http_proxy;
  if (!proxy) return undefined;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  // Like Go's net/http (kubectl): localhost and loopback addresses never go through a proxy.
  if (host === 'localhost' || /^127\./.test(host) || host === '::1') return undefined;
  const exempt = (env.NO_PROXY || env.no_proxy || '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase().replace(/:\d+$/, ''))
    .filter(Boolean)
    .some(
      (entry) =>
        entry === '*' ||
        host === entry.replace(/^\./, '') ||
        host.endsWith(entry.startsWith('.') ? entry : `.${entry}`),
    );
  return exempt ? undefined : proxy;
}
