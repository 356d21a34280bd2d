import type { Check } from '../lib/doctor/check.ts';
import type { Finding } from '../lib/doctor/finding.ts';
import type { Snapshot } from '../lib/doctor/snapshot.ts';
import type { SnapshotIndex } from '../lib/doctor/snapshot-index.ts';
import type { Pod } from '../lib/doctor/wire.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import { classifyPullFailure } from '../lib/doctor/containers/image-pull-errors.ts';
import { parseImageReference } from '../lib/doctor/containers/image-reference.ts';
import {
  containersOf,
  isSettledOrLeaving,
  ownerCommandRef,
  ownerOf,
  podCommands,
  podEventEvidence,
  podRef,
  stateEvidence,
  type ContainerEntry,
} from '../lib/doctor/containers/pod-facts.ts';

const PULL_REASONS = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'ImageInspectError',
  'RegistryUnavailable',
  'SignatureValidationFailed',
]);
const PULL_SECRET_TYPES = new Set(['kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg']);

/** Containers that cannot start because their image cannot be pulled, with the registry's reason. */
export const imagePullsCheck: Check = {
  id: 'image-pulls',
  title: 'check.image-pulls.title',
  needs: ['pods', 'events', 'secrets'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    const secret = secretLookup(snapshot);
    for (const pod of snapshot.pods) {
      if (isSettledOrLeaving(pod)) continue;
      for (const entry of containersOf(pod)) {
        const reason = entry.status?.state?.waiting?.reason;
        if (reason && PULL_REASONS.has(reason)) findings.push(diagnose(pod, entry, reason, snapshot, index, secret));
      }
    }
    return findings;
  },
};

function diagnose(
  pod: Pod,
  entry: ContainerEntry,
  reason: string,
  snapshot: Snapshot,
  index: SnapshotIndex,
  secret: SecretLookup,
): Finding {
  const image = entry.spec?.image ?? entry.status?.image ?? '';
  const container = entry.name;
  const namespace = pod.metadata?.namespace ?? '';
  const ref = parseImageReference(image);
  const mentionsImage = (message: string) =>
    message.includes(`"${image}"`) ||
    /^Error: (ErrImagePull|ImagePullBackOff|InvalidImageName|ErrImageNeverPull)/.test(message);
  const events = podEventEvidence(index, pod, (r, m) => mentionsImage(m) || r === 'FailedToRetrieveImagePullSecret');
  const owner = ownerOf(pod, snapshot);
  const commands = podCommands(pod);
  const details: Message[] = [msg('check.image-pulls.detail.waiting', { container, reason })];
  const remedy: Message[] = [];
  const base = {
    check: 'image-pulls',
    severity: 'error' as const,
    object: podRef(pod),
    ...(owner ? { owner } : {}),
    concept: 'image-pull' as const,
  };
  const evidence = [...stateEvidence(entry), ...events.evidence];
  const seen = { firstSeen: events.firstSeen, lastSeen: events.lastSeen };
  const finish = (code: string, cause: Message): Finding => ({
    ...base,
    code: `image-pulls.${code}`,
    cause,
    details,
    remedy,
    commands,
    evidence,
    ...seen,
  });

  if (reason === 'InvalidImageName') {
    remedy.push(msg('check.image-pulls.remedy.invalid-name'));
    return finish('invalid-name', msg('check.image-pulls.cause.invalid-name', { image, container }));
  }
  if (reason === 'ErrImageNeverPull') {
    remedy.push(msg('check.image-pulls.remedy.never-pull'));
    return finish(
      'never-pull',
      msg('check.image-pulls.cause.never-pull', { image, container, node: pod.spec?.nodeName ?? '?' }),
    );
  }

  // The waiting message (ErrImagePull) is the current error; then the Failed events, newest first.
  // The first one we can classify decides: an older failure of another kind (a rate limit an hour
  // ago) must not outrank what the registry says now.
  const failureTexts = events.evidence
    .filter((e) => e.reason === 'Failed' && e.text.startsWith('Failed to pull image'))
    .map((e) => e.text);
  const failure = [entry.status?.state?.waiting?.message ?? '', ...failureTexts]
    .map((text) => classifyPullFailure(text, Boolean(ref.ecr)))
    .find((f) => f.kind !== 'unknown') ?? { kind: 'unknown' as const };
  const tagOrDigest = ref.tag ?? ref.digest ?? 'latest';

  switch (failure.kind) {
    case 'not-found': {
      remedy.push(
        msg('check.image-pulls.remedy.not-found', {
          repository: `${ref.registry}/${ref.repository}`,
          tag: tagOrDigest,
        }),
      );
      if (ref.ecr)
        commands.push(
          `aws ecr describe-images --repository-name ${ref.repository} --region ${ref.ecr.region} --registry-id ${ref.ecr.account}`,
        );
      const ownerRef = ownerCommandRef(owner);
      if (owner?.kind === 'Deployment' && ownerRef) {
        remedy.push(msg('check.image-pulls.remedy.rollback'));
        commands.push(
          `kubectl rollout history ${ownerRef} -n ${namespace}`,
          `kubectl rollout undo ${ownerRef} -n ${namespace}`,
        );
      }
      return finish('not-found', msg('check.image-pulls.cause.not-found', { image, container }));
    }
    case 'ecr-denied': {
      const node = pod.spec?.nodeName ?? '';
      if (node.startsWith('fargate-')) details.push(msg('check.image-pulls.detail.fargate', { node }));
      if (failure.principal && failure.action && failure.resource) {
        details.push(
          msg('check.image-pulls.detail.ecr-denied-by', {
            principal: failure.principal,
            action: failure.action,
            resource: failure.resource,
          }),
        );
      }
      if (failure.principalAccount && failure.resourceAccount && failure.principalAccount !== failure.resourceAccount) {
        remedy.push(
          msg('check.image-pulls.remedy.ecr-repository-policy', {
            repositoryAccount: failure.resourceAccount,
            repository: ref.repository,
            principal: roleArnOf(failure.principal ?? ''),
          }),
        );
        commands.push(
          `aws ecr get-repository-policy --repository-name ${ref.repository} --registry-id ${failure.resourceAccount}${ref.ecr ? ` --region ${ref.ecr.region}` : ''}`,
        );
        return finish(
          'ecr-cross-account',
          msg('check.image-pulls.cause.ecr-cross-account', {
            principalAccount: failure.principalAccount,
            repositoryAccount: failure.resourceAccount,
            image,
            container,
          }),
        );
      }
      remedy.push(msg('check.image-pulls.remedy.ecr-node-policy'));
      return finish('ecr-denied', msg('check.image-pulls.cause.ecr-denied', { image, container }));
    }
    case 'access-denied': {
      const secretProblem = pullSecretProblem(pod, snapshot, index, secret);
      if (secretProblem?.kind === 'missing') {
        remedy.push(msg('check.image-pulls.remedy.create-pull-secret', { secret: secretProblem.name, namespace }));
        commands.push(`kubectl get secret ${secretProblem.name} -n ${namespace}`);
        return finish(
          'missing-pull-secret',
          msg('check.image-pulls.cause.missing-pull-secret', {
            secret: secretProblem.name,
            namespace,
            image,
            container,
          }),
        );
      }
      if (secretProblem?.kind === 'wrong-type') {
        remedy.push(msg('check.image-pulls.remedy.recreate-pull-secret', { secret: secretProblem.name }));
        return finish(
          'pull-secret-wrong-type',
          msg('check.image-pulls.cause.pull-secret-wrong-type', {
            secret: secretProblem.name,
            type: secretProblem.type,
            image,
            container,
          }),
        );
      }
      const names = (pod.spec?.imagePullSecrets ?? []).map((s) => s.name ?? '').filter(Boolean);
      const visibility = snapshot.visibility.secrets;
      if (names.length === 0) details.push(msg('check.image-pulls.detail.no-pull-secrets'));
      else if (!visibility.visible)
        details.push(
          msg('check.image-pulls.detail.secrets-not-visible', {
            reason: visibility.reason ?? 'error',
            secrets: names.join(', '),
          }),
        );
      else details.push(msg('check.image-pulls.detail.pull-secrets-present', { secrets: names.join(', ') }));
      remedy.push(msg('check.image-pulls.remedy.access-credentials'), msg('check.image-pulls.remedy.access-typo'));
      return finish('access-denied', msg('check.image-pulls.cause.access-denied', { image, container }));
    }
    case 'unreachable':
      if (ref.ecr) details.push(msg('check.image-pulls.detail.ecr-private-subnet', { region: ref.ecr.region }));
      remedy.push(msg('check.image-pulls.remedy.network', { registry: ref.registry }));
      return finish(
        'unreachable',
        msg('check.image-pulls.cause.unreachable', { registry: ref.registry, image, container }),
      );
    case 'rate-limited':
      remedy.push(msg('check.image-pulls.remedy.rate-limited'));
      return finish('rate-limited', msg('check.image-pulls.cause.rate-limited', { image, container }));
    case 'unknown':
      if (!snapshot.visibility.events.visible)
        details.push(
          msg('check.image-pulls.detail.events-not-visible', { reason: snapshot.visibility.events.reason ?? 'error' }),
        );
      remedy.push(msg('check.image-pulls.remedy.unknown'));
      return finish('pull-failed', msg('check.image-pulls.cause.unknown', { image, container }));
  }
}

/** "arn:aws:sts::1:assumed-role/NodeRole/i-0abc" → "arn:aws:iam::1:role/NodeRole", the principal a repository policy names. */
function roleArnOf(principal: string): string {
  const m = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principal);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : principal;
}

type SecretLookup = (namespace: string | undefined, name: string) => Snapshot['secrets'][number] | undefined;

/** The first Secret with a namespace and name, grouped on first use rather than scanned per failing pod. */
function secretLookup(snapshot: Snapshot): SecretLookup {
  type Secret = Snapshot['secrets'][number];
  let byNamespace: Map<string | undefined, Map<string | undefined, Secret>> | undefined;
  return (namespace, name) => {
    if (!byNamespace) {
      byNamespace = new Map();
      for (const s of snapshot.secrets) {
        let names = byNamespace.get(s.metadata?.namespace);
        if (!names) byNamespace.set(s.metadata?.namespace, (names = new Map<string | undefined, Secret>()));
        if (!names.has(s.metadata?.name)) names.set(s.metadata?.name, s);
      }
    }
    return byNamespace.get(namespace)?.get(name);
  };
}

type SecretProblem = { kind: 'missing'; name: string } | { kind: 'wrong-type'; name: string; type: string };

/** A referenced pull secret that is missing or of the wrong type, from the snapshot or the kubelet's own event. */
function pullSecretProblem(
  pod: Pod,
  snapshot: Snapshot,
  index: SnapshotIndex,
  lookup: SecretLookup,
): SecretProblem | undefined {
  const names = (pod.spec?.imagePullSecrets ?? []).map((s) => s.name ?? '').filter(Boolean);
  if (snapshot.visibility.secrets.visible) {
    for (const name of names) {
      const secret = lookup(pod.metadata?.namespace, name);
      if (!secret) return { kind: 'missing', name };
      if (secret.type && !PULL_SECRET_TYPES.has(secret.type)) return { kind: 'wrong-type', name, type: secret.type };
    }
    return undefined;
  }
  // The kubelet checked for us: "Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed."
  for (const group of index.eventsFor(podRef(pod))) {
    if (group.reason !== 'FailedToRetrieveImagePullSecret') continue;
    const listed = /\(([^)]+)\)/.exec(group.message)?.[1]?.split(/,\s*/) ?? [];
    const name = listed.find((n) => names.includes(n)) ?? listed[0];
    if (name) return { kind: 'missing', name };
  }
  return undefined;
}
