import type { Check } from '../lib/doctor/check.ts';
import type { Finding } from '../lib/doctor/finding.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { EventGroup, SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import {
  containersOf,
  isSettledOrLeaving,
  ownerOf,
  podCommands,
  podEventEvidence,
  podRef,
  similarNames,
} from '../lib/doctor/containers/pod-facts.ts';
import { multiAttachDiagnosis, type MountDiagnosis } from '../lib/doctor/containers/multi-attach.ts';

type Diagnosis = MountDiagnosis;

/** The order in which event kinds explain a pod: a specific cause beats the kubelet's summary timeout. */
const PRIORITY = [
  'multi-attach',
  'missing-source',
  'missing-key',
  'csi-driver-not-registered',
  'mount-device-failed',
  'attach-failed',
  'ip-exhausted',
  'sandbox-failed',
  'mount-failed',
  'mount-timeout',
];

/**
 * Pods that cannot start because a volume cannot be attached or mounted (FailedMount,
 * FailedAttachVolume incl. Multi-Attach) or because the sandbox cannot be created
 * (FailedCreatePodSandBox, e.g. VPC CNI IP exhaustion). Only pods still waiting to start.
 */
export const volumeMountsCheck: Check = {
  id: 'volume-mounts',
  title: 'check.volume-mounts.title',
  needs: [
    'pods',
    'events',
    'persistentVolumeClaims',
    'persistentVolumes',
    'configMaps',
    'secrets',
    'deployments',
    'replicaSets',
  ],
  run(snapshot, index) {
    const findings: Finding[] = [];
    for (const pod of snapshot.pods) {
      if (isSettledOrLeaving(pod) || !waitingToStart(pod)) continue;
      const all = index.eventsFor(podRef(pod));
      const groups = all.filter((g) =>
        ['FailedMount', 'FailedAttachVolume', 'FailedCreatePodSandBox'].includes(g.reason),
      );
      const diagnoses = groups.flatMap((g) => {
        const d = diagnose(pod, g, snapshot, index);
        return d ? [{ ...d, reason: g.reason, lastSeen: g.lastSeen, at: timeOf(g), volume: volumeOf(g.message) }] : [];
      });
      const attached = all.filter((g) => g.reason === 'SuccessfulAttachVolume');
      const { current, history } = currentCauses(diagnoses, attached);
      current.sort((a, b) => PRIORITY.indexOf(a.code) - PRIORITY.indexOf(b.code));
      const best = current[0];
      if (!best) continue;
      const details = [...best.details];
      for (const old of history)
        details.push(msg('check.volume-mounts.detail.history', { what: old.label, time: old.lastSeen ?? '?' }));
      const events = podEventEvidence(index, pod);
      const owner = ownerOf(pod, snapshot);
      findings.push({
        code: `volume-mounts.${best.code}`,
        check: 'volume-mounts',
        severity: 'error',
        object: podRef(pod),
        ...(owner ? { owner } : {}),
        cause: best.cause,
        details,
        remedy: best.remedy,
        commands: [...podCommands(pod), ...best.commands],
        evidence: events.evidence,
        concept: best.concept,
        ...(best.related.length ? { related: best.related } : {}),
        firstSeen: events.firstSeen,
        lastSeen: events.lastSeen,
      });
    }
    return findings;
  },
};

/** A diagnosis with the event it came from: when it was last seen and which volume it names. */
type Timed = Diagnosis & { reason: string; lastSeen?: string; at?: number; volume?: string };

/** Summaries say only that the kubelet gave up waiting; they never show that a specific cause has gone. */
const SUMMARY = ['mount-timeout'];

/**
 * How far behind the newest specific failure another one may be and still count as current.
 * A failure that goes on is reported again within this: the kubelet and the attach/detach
 * controller retry at most every 2m2s, and the event recorder's spam filter lets one event per
 * object and source through every 5 minutes once its burst is spent.
 */
const CURRENT_WINDOW_MS = 6 * 60 * 1000;

/**
 * Splits the pod's diagnoses into the current cause(s) and history. The events span an hour, so
 * the most specific one is not necessarily still true: an attach error is history once the volume
 * attached later (SuccessfulAttachVolume) or a later stage of the same volume failed after it
 * (attach and mount need the attach to have got past Multi-Attach), volume errors are history
 * once the sandbox was tried (the kubelet creates it only after every volume is mounted), and a
 * specific failure not seen again within CURRENT_WINDOW_MS of the newest one has stopped.
 */
function currentCauses(
  diagnoses: Timed[],
  attached: EventGroup[],
): { current: Timed[]; history: { label: string; lastSeen?: string }[] } {
  const later = (t: number | undefined, than: number | undefined) => t !== undefined && than !== undefined && t > than;
  const isSandbox = (d: Timed) => d.code === 'ip-exhausted' || d.code === 'sandbox-failed';
  const sameVolume = (a?: string, b?: string) => a === undefined || b === undefined || a === b;
  const stale = (d: Timed): boolean => {
    if (!isSandbox(d) && diagnoses.some((o) => isSandbox(o) && later(o.at, d.at))) return true;
    if (d.code === 'multi-attach' || d.code === 'attach-failed') {
      if (attached.some((g) => sameVolume(volumeOf(g.message), d.volume) && later(timeOf(g), d.at))) return true;
    }
    if (d.code === 'multi-attach') {
      return diagnoses.some(
        (o) =>
          o.code !== 'multi-attach' &&
          !SUMMARY.includes(o.code) &&
          !isSandbox(o) &&
          sameVolume(o.volume, d.volume) &&
          later(o.at, d.at),
      );
    }
    return false;
  };
  const live = diagnoses.filter((d) => !stale(d));
  const specific = live.filter((d) => !SUMMARY.includes(d.code));
  const newest = Math.max(...specific.map((d) => d.at ?? -Infinity));
  const current = specific.filter(
    (d) => d.at === undefined || !Number.isFinite(newest) || newest - d.at <= CURRENT_WINDOW_MS,
  );
  const chosen = current.length ? current : live.filter((d) => SUMMARY.includes(d.code));
  const history = diagnoses
    .filter((d) => !SUMMARY.includes(d.code) && !chosen.includes(d))
    .map((d) => ({ label: d.code === 'multi-attach' ? 'Multi-Attach' : d.reason, lastSeen: d.lastSeen }));
  return { current: chosen, history };
}

function timeOf(group: EventGroup): number | undefined {
  const t = Date.parse(group.lastSeen ?? '');
  return Number.isNaN(t) ? undefined : t;
}

/** The volume an attach or mount message names: the PersistentVolume, or the pod's volume for ConfigMaps and Secrets. */
function volumeOf(message: string): string | undefined {
  return /for volume "([^"]+)"/.exec(message)?.[1];
}

/** Pending, or with containers still being created: volume and sandbox events about a running pod are history. */
function waitingToStart(pod: Pod): boolean {
  if (pod.status?.phase === 'Pending') return true;
  return containersOf(pod).some((e) =>
    ['ContainerCreating', 'PodInitializing'].includes(e.status?.state?.waiting?.reason ?? ''),
  );
}

function diagnose(pod: Pod, group: EventGroup, snapshot: Snapshot, index: SnapshotIndex): Diagnosis | undefined {
  const text = group.message;
  const namespace = pod.metadata?.namespace ?? '';
  const node = pod.spec?.nodeName ?? '?';
  const make = (code: string, cause: Message, concept: Diagnosis['concept'] = 'volume-mount'): Diagnosis => ({
    code,
    cause,
    details: [],
    remedy: [],
    commands: [],
    related: [],
    concept,
  });

  if (group.reason === 'FailedCreatePodSandBox') {
    if (/failed to assign an IP address to container/.test(text)) {
      const d = make('ip-exhausted', msg('check.volume-mounts.cause.ip-exhausted', { node }), 'pod-capacity');
      d.remedy.push(msg('check.volume-mounts.remedy.ip-exhausted'));
      d.commands.push(
        'kubectl get pods -n kube-system -l k8s-app=aws-node -o wide',
        'kubectl get daemonset aws-node -n kube-system -o jsonpath={.spec.template.spec.containers[0].env}',
      );
      return d;
    }
    const d = make('sandbox-failed', msg('check.volume-mounts.cause.sandbox-failed', { node }));
    d.remedy.push(msg('check.volume-mounts.remedy.sandbox'));
    return d;
  }

  const multi = /Multi-Attach error for volume "([^"]+)"/.exec(text);
  if (multi) return multiAttachDiagnosis(pod, multi[1]!, text, snapshot, index);

  const driver = /driver name (\S+) not found in the list of registered CSI drivers/.exec(text);
  const volumeName = /for volume "([^"]+)"/.exec(text)?.[1] ?? '?';
  if (driver) {
    const d = make(
      'csi-driver-not-registered',
      msg('check.volume-mounts.cause.csi-driver-not-registered', { volume: volumeName, driver: driver[1]!, node }),
      'csi-driver',
    );
    d.remedy.push(msg('check.volume-mounts.remedy.csi-node', { node }));
    d.commands.push(
      `kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=${node}`,
      `kubectl get csinode ${node} -o yaml`,
    );
    return d;
  }

  const source = /MountVolume\.SetUp failed for volume "([^"]+)" : (configmap|secret) "([^"]+)" not found/.exec(text);
  if (source) {
    const kind = source[2] === 'secret' ? 'Secret' : 'ConfigMap';
    const name = source[3]!;
    const d = make(
      'missing-source',
      msg('check.volume-mounts.cause.missing-source', { volume: source[1]!, kind, name, namespace }),
    );
    const field = kind === 'Secret' ? 'secrets' : 'configMaps';
    const visibility = snapshot.visibility[field];
    if (!visibility.visible)
      d.details.push(
        msg('check.volume-mounts.detail.not-visible', { kinds: `${kind}s`, reason: visibility.reason ?? 'error' }),
      );
    else {
      const similar = similarNames(
        name,
        snapshot[field].filter((o) => o.metadata?.namespace === namespace).map((o) => o.metadata?.name ?? ''),
      );
      if (similar.length)
        d.details.push(msg('check.volume-mounts.detail.similar', { kind, names: similar.join(', ') }));
    }
    d.remedy.push(msg('check.volume-mounts.remedy.create-source', { kind, name, namespace }));
    d.commands.push(`kubectl get ${kind.toLowerCase()} -n ${namespace}`);
    d.related.push({ kind, name, namespace });
    d.concept = 'volume-mount';
    return d;
  }

  const key =
    /MountVolume\.SetUp failed for volume "([^"]+)" : (configmap|secret) references non-existent (?:config|secret) key: (\S+)/.exec(
      text,
    );
  if (key) {
    const kind = key[2] === 'secret' ? 'Secret' : 'ConfigMap';
    const volume = pod.spec?.volumes?.find((v) => v.name === key[1]);
    const name = kind === 'Secret' ? volume?.secret?.secretName : volume?.configMap?.name;
    const d = make(
      'missing-key',
      msg('check.volume-mounts.cause.missing-key', { volume: key[1]!, key: key[3]!, kind }),
    );
    if (name) {
      const field = kind === 'Secret' ? 'secrets' : 'configMaps';
      const found = snapshot[field].find((o) => o.metadata?.namespace === namespace && o.metadata?.name === name);
      if (found)
        d.details.push(msg('check.volume-mounts.detail.keys', { kind, name, keys: found.keys.join(', ') || '-' }));
      else if (!snapshot.visibility[field].visible)
        d.details.push(
          msg('check.volume-mounts.detail.not-visible', {
            kinds: `${kind}s`,
            reason: snapshot.visibility[field].reason ?? 'error',
          }),
        );
      d.related.push({ kind, name, namespace });
    }
    d.remedy.push(msg('check.volume-mounts.remedy.add-key', { key: key[3]!, kind }));
    return d;
  }

  if (/MountVolume\.MountDevice failed/.test(text)) {
    const d = make(
      'mount-device-failed',
      msg('check.volume-mounts.cause.mount-device-failed', { volume: volumeName, node }),
      'csi-driver',
    );
    d.remedy.push(msg('check.volume-mounts.remedy.read-message'));
    return d;
  }
  if (/AttachVolume\.Attach failed/.test(text)) {
    const d = make(
      'attach-failed',
      msg('check.volume-mounts.cause.attach-failed', { volume: volumeName, node }),
      'csi-driver',
    );
    if (/UnauthorizedOperation|AccessDenied|not authorized/.test(text))
      d.details.push(msg('check.volume-mounts.detail.csi-iam'));
    d.remedy.push(msg('check.volume-mounts.remedy.read-message'));
    d.commands.push('kubectl get volumeattachments');
    return d;
  }
  const unmounted = /Unable to attach or mount volumes: unmounted volumes=\[([^\]]*)\]/.exec(text);
  if (unmounted) {
    const volumes = unmounted[1]!.split(/\s+/).filter(Boolean);
    const d = make('mount-timeout', msg('check.volume-mounts.cause.mount-timeout', { volumes: volumes.join(', ') }));
    for (const v of volumes) {
      const claim = pod.spec?.volumes?.find((x) => x.name === v)?.persistentVolumeClaim?.claimName;
      if (claim) {
        d.details.push(msg('check.volume-mounts.detail.unmounted', { volume: v, claim }));
        d.related.push({ kind: 'PersistentVolumeClaim', name: claim, namespace });
      }
    }
    d.remedy.push(msg('check.volume-mounts.remedy.read-message'));
    return d;
  }
  if (group.reason === 'FailedMount') {
    const d = make('mount-failed', msg('check.volume-mounts.cause.mount-failed', { volume: volumeName }));
    d.remedy.push(msg('check.volume-mounts.remedy.read-message'));
    return d;
  }
  return undefined;
}
