/** An image reference split into the parts a diagnosis names. */
export interface ImageReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** Set for Amazon ECR private registries. */
  ecr?: { account: string; region: string };
}

const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;

/** Splits "registry/repo:tag@digest" the way container runtimes do (docker.io is the default registry). */
export function parseImageReference(image: string): ImageReference {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const firstSlash = rest.indexOf('/');
  const head = firstSlash >= 0 ? rest.slice(0, firstSlash) : '';
  const hasRegistry = firstSlash >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost');
  const registry = hasRegistry ? head : 'docker.io';
  let path = hasRegistry ? rest.slice(firstSlash + 1) : rest;
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon > path.lastIndexOf('/')) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
  }
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const ecrMatch = ECR_HOST.exec(registry);
  return {
    registry,
    repository: path,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
    ...(ecrMatch ? { ecr: { account: ecrMatch[1]!, region: ecrMatch[2]! } } : {}),
  };
}
