import type { Check } from '../lib/doctor/check.ts';
import type { Evidence, Finding } from '../lib/doctor/finding.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { KeyedObject, Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import { configReferences, type ConfigReference } from '../lib/doctor/containers/config-references.ts';
import {
  containersOf,
  isSettledOrLeaving,
  ownerOf,
  podCommands,
  podEventEvidence,
  podRef,
  similarNames,
  stateEvidence,
  type ContainerEntry,
} from '../lib/doctor/containers/pod-facts.ts';

type Kind = 'ConfigMap' | 'Secret';
type Problem =
  | { type: 'missing-object'; kind: Kind; name: string }
  | { type: 'missing-key'; kind: Kind; name: string; key: string }
  | { type: 'run-as-non-root' }
  | { type: 'unknown' };

/**
 * Containers that cannot be created from their spec: CreateContainerConfigError (a missing
 * ConfigMap/Secret or key, runAsNonRoot) and CreateContainerError; and pods not started yet
 * whose env/envFrom (or, before scheduling, volumes) name a ConfigMap/Secret that is missing.
 * Once a pod is on a node, missing volume sources are volume-mounts' (FailedMount).
 */
export const containerConfigCheck: Check = {
  id: 'container-config',
  title: 'check.container-config.title',
  needs: ['pods', 'events', 'configMaps', 'secrets'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    const config = configLookup(snapshot);
    for (const pod of snapshot.pods) {
      if (isSettledOrLeaving(pod) || pod.status?.phase === 'Failed') continue;
      let reported = false;
      for (const entry of containersOf(pod)) {
        const waiting = entry.status?.state?.waiting;
        if (waiting?.reason === 'CreateContainerConfigError' || waiting?.reason === 'CreateContainerError') {
          findings.push(fromKubelet(pod, entry, waiting.reason, waiting.message ?? '', snapshot, index, config));
          reported = true;
        }
      }
      if (!reported && notStarted(pod)) findings.push(...beforeStart(pod, snapshot, index, config));
    }
    return findings;
  },
};

function parseProblem(message: string): Problem {
  const object = /\b(configmap|secret) "([^"]+)" not found/.exec(message);
  if (object)
    return { type: 'missing-object', kind: object[1] === 'secret' ? 'Secret' : 'ConfigMap', name: object[2]! };
  const key = /couldn't find key (\S+) in (ConfigMap|Secret) [^/\s]+\/(\S+)/.exec(message);
  if (key) return { type: 'missing-key', kind: key[2] as Kind, name: key[3]!, key: key[1]! };
  if (/runAsNonRoot/.test(message)) return { type: 'run-as-non-root' };
  return { type: 'unknown' };
}

function fromKubelet(
  pod: Pod,
  entry: ContainerEntry,
  reason: string,
  message: string,
  snapshot: Snapshot,
  index: SnapshotIndex,
  config: ConfigLookup,
): Finding {
  const container = entry.name;
  const namespace = pod.metadata?.namespace ?? '';
  const events = podEventEvidence(index, pod);
  const evidence: Evidence[] = [...stateEvidence(entry), ...events.evidence];
  const problem: Problem = reason === 'CreateContainerError' ? { type: 'unknown' } : parseProblem(message);
  const details: Message[] = [];
  const remedy: Message[] = [];
  const commands = podCommands(pod);
  let code: string;
  let cause: Message;
  if (problem.type === 'missing-object' || problem.type === 'missing-key') {
    const refs = configReferences(pod).filter(
      (r) => r.kind === problem.kind && r.name === problem.name && (r.container === container || r.via === 'volume'),
    );
    const where = [
      ...new Set(refs.filter((r) => problem.type !== 'missing-key' || r.key === problem.key).map((r) => r.where)),
    ];
    if (where.length) details.push(msg('check.container-config.detail.referenced-by', { where: where.join(', ') }));
    explainObject(
      problem.kind,
      problem.name,
      problem.type === 'missing-key' ? problem.key : undefined,
      namespace,
      snapshot,
      config,
      details,
      remedy,
      commands,
    );
    details.push(msg('check.container-config.detail.retry'));
    code = problem.type;
    cause =
      problem.type === 'missing-object'
        ? msg('check.container-config.cause.missing-object', {
            container,
            kind: problem.kind,
            name: problem.name,
            namespace,
          })
        : msg('check.container-config.cause.missing-key', {
            container,
            kind: problem.kind,
            name: problem.name,
            key: problem.key,
          });
  } else if (problem.type === 'run-as-non-root') {
    code = 'run-as-non-root';
    cause = msg('check.container-config.cause.run-as-non-root', { container });
    remedy.push(msg('check.container-config.remedy.non-root'));
  } else {
    code = reason === 'CreateContainerError' ? 'create-error' : 'config-error';
    cause = msg(
      reason === 'CreateContainerError'
        ? 'check.container-config.cause.create-error'
        : 'check.container-config.cause.config-error',
      { container },
    );
    remedy.push(msg('check.container-config.remedy.read-message'));
  }
  const owner = ownerOf(pod, snapshot);
  return {
    code: `container-config.${code}`,
    check: 'container-config',
    severity: 'error',
    object: podRef(pod),
    ...(owner ? { owner } : {}),
    cause,
    details,
    remedy,
    commands,
    evidence,
    concept: 'config-references',
    ...(problem.type === 'missing-object' || problem.type === 'missing-key'
      ? { related: [{ kind: problem.kind, name: problem.name, namespace }] }
      : {}),
    firstSeen: events.firstSeen,
    lastSeen: events.lastSeen,
  };
}

/** Similar names, existing key names (never values) and the commands to look. */
function explainObject(
  kind: Kind,
  name: string,
  key: string | undefined,
  namespace: string,
  snapshot: Snapshot,
  config: ConfigLookup,
  details: Message[],
  remedy: Message[],
  commands: string[],
) {
  const field = kind === 'ConfigMap' ? 'configMaps' : 'secrets';
  const visibility = snapshot.visibility[field];
  const existing = config.inNamespace(field, namespace);
  const found = config.find(field, namespace, name);
  const resource = kind === 'ConfigMap' ? 'configmap' : 'secret';
  if (!visibility.visible) {
    details.push(
      msg('check.container-config.detail.not-visible', { kinds: `${kind}s`, reason: visibility.reason ?? 'error' }),
    );
  } else if (key !== undefined && found) {
    details.push(
      found.keys.length
        ? msg('check.container-config.detail.keys', { kind, name, keys: found.keys.join(', ') })
        : msg('check.container-config.detail.no-keys', { kind, name }),
    );
  } else if (!found) {
    const similar = similarNames(
      name,
      existing.map((o) => o.metadata?.name ?? ''),
    );
    if (similar.length) details.push(msg('check.container-config.detail.similar', { kind, names: similar.join(', ') }));
  }
  if (key !== undefined) {
    remedy.push(msg('check.container-config.remedy.add-key', { key, kind, name }));
    commands.push(`kubectl describe ${resource} ${name} -n ${namespace}`);
  } else {
    remedy.push(msg('check.container-config.remedy.create', { kind, name, namespace }));
    commands.push(`kubectl get ${resource} -n ${namespace}`);
  }
}

type ConfigField = 'configMaps' | 'secrets';
interface ConfigLookup {
  /** ConfigMaps or Secrets of the namespace, in snapshot order. */
  inNamespace(field: ConfigField, namespace: string): KeyedObject[];
  /** The first one of the namespace with this name. */
  find(field: ConfigField, namespace: string, name: string): KeyedObject | undefined;
}

/** ConfigMaps and Secrets by namespace, grouped on first use: every unstarted pod looks its references up. */
function configLookup(snapshot: Snapshot): ConfigLookup {
  const grouped = new Map<ConfigField, Map<string, { list: KeyedObject[]; byName: Map<string, KeyedObject> }>>();
  const group = (field: ConfigField, namespace: string) => {
    let byNamespace = grouped.get(field);
    if (!byNamespace) {
      byNamespace = new Map();
      for (const o of snapshot[field]) {
        const ns = o.metadata?.namespace;
        if (ns === undefined) continue;
        let g = byNamespace.get(ns);
        if (!g) byNamespace.set(ns, (g = { list: [], byName: new Map() }));
        g.list.push(o);
        const name = o.metadata?.name;
        if (name !== undefined && !g.byName.has(name)) g.byName.set(name, o);
      }
      grouped.set(field, byNamespace);
    }
    return byNamespace.get(namespace);
  };
  return {
    inNamespace: (field, namespace) => [...(group(field, namespace)?.list ?? [])],
    find: (field, namespace, name) => group(field, namespace)?.byName.get(name),
  };
}

function notStarted(pod: Pod): boolean {
  if (pod.status?.phase && pod.status.phase !== 'Pending') return false;
  return !containersOf(pod).some((e) => e.status?.state?.running || e.status?.state?.terminated);
}

/** Static reading of a pod that has not started: what will fail once the kubelet gets to it. */
function beforeStart(pod: Pod, snapshot: Snapshot, index: SnapshotIndex, config: ConfigLookup): Finding[] {
  const namespace = pod.metadata?.namespace ?? '';
  const scheduled = Boolean(pod.spec?.nodeName);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const ref of configReferences(pod)) {
    if (ref.optional || (ref.via === 'volume' && scheduled)) continue;
    const field = ref.kind === 'ConfigMap' ? 'configMaps' : 'secrets';
    if (!snapshot.visibility[field].visible) continue;
    const found = config.find(field, namespace, ref.name);
    const missingKey = found && ref.key !== undefined && !found.keys.includes(ref.key);
    if (found && !missingKey) continue;
    const id = `${ref.kind}/${ref.name}/${found ? ref.key : ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(unstartedFinding(pod, ref, Boolean(found), snapshot, index, config, namespace));
  }
  return findings;
}

function unstartedFinding(
  pod: Pod,
  ref: ConfigReference,
  objectExists: boolean,
  snapshot: Snapshot,
  index: SnapshotIndex,
  config: ConfigLookup,
  namespace: string,
): Finding {
  const container = ref.container ?? mountingContainers(pod, ref.where.replace(/^volume /, ''));
  const details: Message[] = [msg('check.container-config.detail.referenced-by', { where: ref.where })];
  const remedy: Message[] = [];
  const commands = podCommands(pod);
  explainObject(
    ref.kind,
    ref.name,
    objectExists ? ref.key : undefined,
    namespace,
    snapshot,
    config,
    details,
    remedy,
    commands,
  );
  const podName = pod.metadata?.name ?? '';
  const cause = objectExists
    ? msg('check.container-config.cause.unstarted-missing-key', {
        pod: podName,
        container,
        kind: ref.kind,
        name: ref.name,
        key: ref.key ?? '',
      })
    : msg('check.container-config.cause.unstarted-missing-object', {
        pod: podName,
        container,
        kind: ref.kind,
        name: ref.name,
        namespace,
      });
  const events = podEventEvidence(index, pod);
  const owner = ownerOf(pod, snapshot);
  return {
    code: objectExists ? 'container-config.unstarted-missing-key' : 'container-config.unstarted-missing-object',
    check: 'container-config',
    severity: 'warning',
    object: podRef(pod),
    ...(owner ? { owner } : {}),
    cause,
    details,
    remedy,
    commands,
    evidence: [
      {
        source: 'spec',
        text: `${ref.where}: ${ref.kind} ${ref.name}${ref.key !== undefined ? ` key ${ref.key}` : ''}`,
      },
      ...events.evidence,
    ],
    concept: 'config-references',
    related: [{ kind: ref.kind, name: ref.name, namespace }],
    firstSeen: events.firstSeen,
    lastSeen: events.lastSeen,
  };
}

function mountingContainers(pod: Pod, volume: string): string {
  const names = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]
    .filter((c) => c.volumeMounts?.some((m) => m.name === volume))
    .map((c) => c.name);
  return names.join(', ') || (pod.spec?.containers?.[0]?.name ?? '');
}
