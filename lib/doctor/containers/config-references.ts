import type { Pod } from '../wire.ts';

/** One place where a pod reads a ConfigMap or Secret. */
export interface ConfigReference {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /** A single key read (env valueFrom, or a volume's items). */
  key?: string;
  optional: boolean;
  via: 'env' | 'envFrom' | 'volume';
  /** The container that reads it; volumes belong to the pod. */
  container?: string;
  /** Where in the spec, in API words: "env DB_PASSWORD", "envFrom", "volume config". */
  where: string;
}

/** Every ConfigMap and Secret reference in a pod spec: env, envFrom and volumes (projected too). */
export function configReferences(pod: Pod): ConfigReference[] {
  const refs: ConfigReference[] = [];
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    for (const env of c.env ?? []) {
      const cm = env.valueFrom?.configMapKeyRef;
      const secret = env.valueFrom?.secretKeyRef;
      if (cm?.name)
        refs.push({
          kind: 'ConfigMap',
          name: cm.name,
          key: cm.key,
          optional: Boolean(cm.optional),
          via: 'env',
          container: c.name,
          where: `env ${env.name} (configMapKeyRef)`,
        });
      if (secret?.name)
        refs.push({
          kind: 'Secret',
          name: secret.name,
          key: secret.key,
          optional: Boolean(secret.optional),
          via: 'env',
          container: c.name,
          where: `env ${env.name} (secretKeyRef)`,
        });
    }
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef?.name)
        refs.push({
          kind: 'ConfigMap',
          name: from.configMapRef.name,
          optional: Boolean(from.configMapRef.optional),
          via: 'envFrom',
          container: c.name,
          where: 'envFrom (configMapRef)',
        });
      if (from.secretRef?.name)
        refs.push({
          kind: 'Secret',
          name: from.secretRef.name,
          optional: Boolean(from.secretRef.optional),
          via: 'envFrom',
          container: c.name,
          where: 'envFrom (secretRef)',
        });
    }
  }
  for (const volume of pod.spec?.volumes ?? []) {
    const sources: { kind: 'ConfigMap' | 'Secret'; name?: string; optional?: boolean; items?: { key: string }[] }[] =
      [];
    if (volume.configMap) sources.push({ kind: 'ConfigMap', ...volume.configMap });
    if (volume.secret)
      sources.push({
        kind: 'Secret',
        name: volume.secret.secretName,
        optional: volume.secret.optional,
        items: volume.secret.items,
      });
    for (const s of volume.projected?.sources ?? []) {
      if (s.configMap) sources.push({ kind: 'ConfigMap', ...s.configMap });
      if (s.secret) sources.push({ kind: 'Secret', ...s.secret });
    }
    for (const source of sources) {
      if (!source.name) continue;
      const base = {
        kind: source.kind,
        name: source.name,
        optional: Boolean(source.optional),
        via: 'volume' as const,
        where: `volume ${volume.name}`,
      };
      refs.push(base);
      for (const item of source.items ?? []) refs.push({ ...base, key: item.key });
    }
  }
  return refs;
}
