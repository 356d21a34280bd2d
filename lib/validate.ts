/** A Kubernetes namespace name: a DNS-1123 label. */
export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value);
}

/** An EKS cluster name, as CreateCluster accepts it. */
export function isEksClusterName(value: string): boolean {
  return /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/.test(value);
}
