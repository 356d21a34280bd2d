/** A parsed semantic version, with the text it came from. */
export interface Version {
  text: string;
  major: number;
  minor: number;
  patch: number;
}

/** What setup learned about the local CLIs. */
export interface ToolFacts {
  aws: Version;
  kubectl: Version;
  /** kubectl is a dispatcher (Google Cloud SDK's) that runs a client matching each server's version. */
  kubectlDispatcher?: boolean;
}

/** Parses the first x.y.z in a text (a leading "v" and suffixes like -dispatcher are allowed). */
export function parseVersion(text: string): Version | null {
  const m = /v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return null;
  return { text: m[0].replace(/^v/, ''), major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

/** `aws --version` output (v1 may print it on stderr): "aws-cli/2.15.0 Python/3.11.6 ...". */
export function parseAwsVersion(output: string): Version | null {
  const m = /aws-cli\/(\S+)/.exec(output);
  return m ? parseVersion(m[1]!) : null;
}

/** `kubectl version --client -o json`: clientVersion.gitVersion, e.g. v1.32.4 or v1.32.4-dispatcher. */
export function parseKubectlVersion(output: string): Version | null {
  try {
    const json = JSON.parse(output) as { clientVersion?: { gitVersion?: string } };
    const git = json.clientVersion?.gitVersion;
    return git ? parseVersion(git) : null;
  } catch {
    // Older kubectl without -o json: "Client Version: v1.27.3" or a Go struct dump.
    const m = /(?:Client Version:\s*|GitVersion:")v?(\d+\.\d+\.\d+)/.exec(output);
    return m ? parseVersion(m[1]!) : null;
  }
}

/** Whether `kubectl version --client` came from a dispatcher, which reports e.g. v1.32.4-dispatcher. */
export function isKubectlDispatcher(output: string): boolean {
  return /"gitVersion":\s*"v?[\d.]+-dispatcher"|Client Version:\s*v?[\d.]+-dispatcher/.test(output);
}

/** `kubectl version -o json` against a server: the client that really ran and the server's version. */
export function parseClientServerVersions(output: string): { client: Version; server: Version } | null {
  try {
    const json = JSON.parse(output) as {
      clientVersion?: { gitVersion?: string };
      serverVersion?: { gitVersion?: string };
    };
    const client = parseVersion(json.clientVersion?.gitVersion ?? '');
    const server = parseVersion(json.serverVersion?.gitVersion ?? '');
    return client && server ? { client, server } : null;
  } catch {
    return null;
  }
}

/** Whether a is older than b. */
export function olderThan(a: Version, b: readonly [number, number, number]): boolean {
  const [major, minor, patch] = b;
  if (a.major !== major) return a.major < major;
  if (a.minor !== minor) return a.minor < minor;
  return a.patch < patch;
}

// update-kubeconfig writes client.authentication.k8s.io/v1beta1 from these versions on.
const V1BETA1_MIN = { 1: [1, 23, 9], 2: [2, 6, 3] } as const;
// The minimum the EKS user guide names for working with EKS today.
const EKS_MIN = { 1: [1, 27, 160], 2: [2, 12, 3] } as const;

/** How the aws CLI version stands: too old for v1beta1 (error), below the EKS minimum (warning), or fine. */
export function awsCliVerdict(v: Version): { level: 'error' | 'warn' | 'ok'; minimum: string } {
  const line = v.major === 1 ? 1 : 2;
  if (v.major < 1) return { level: 'error', minimum: V1BETA1_MIN[2].join('.') };
  if (olderThan(v, V1BETA1_MIN[line])) return { level: 'error', minimum: V1BETA1_MIN[line].join('.') };
  if (v.major <= 2 && olderThan(v, EKS_MIN[line])) return { level: 'warn', minimum: EKS_MIN[line].join('.') };
  return { level: 'ok', minimum: EKS_MIN[line].join('.') };
}

/** The minor-version distance between kubectl and the cluster ("1.31"), or null when either is unknown. */
export function kubectlSkew(kubectl: Version, clusterVersion: string): number | null {
  const cluster = parseVersion(clusterVersion);
  if (!cluster || cluster.major !== kubectl.major) return null;
  return kubectl.minor - cluster.minor;
}
