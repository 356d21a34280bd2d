import type { Check } from '../lib/doctor/check.ts';
import type { Finding } from '../lib/doctor/finding.ts';
import { minutesSince } from '../lib/doctor/finding-time.ts';
import type { PersistentVolumeClaim, StorageClass } from '../lib/doctor/wire.ts';
import { isPodFinished } from '../lib/doctor/workloads/pod-problem.ts';
import { claimFinding, type ClaimContext } from './unbound-pvcs/claim-finding.ts';
import { msg, type Message } from '../lib/i18n/index.ts';
import { staticBindingDetails } from './unbound-pvcs/binding-details.ts';
import { driverCommands, driverGap, provisioningFailure } from './unbound-pvcs/provisioning-findings.ts';
import { consumerNotScheduled } from './unbound-pvcs/consumer-findings.ts';
import { isDefaultClass, isEbs, missingClassIn, NO_PROVISIONER } from './unbound-pvcs/provisioner-facts.ts';

export const unboundPvcsCheck: Check = {
  id: 'unbound-pvcs',
  title: 'check.unbound-pvcs.title',
  needs: ['persistentVolumeClaims', 'events', 'pods', 'storageClasses', 'persistentVolumes', 'csiDrivers'],
  run(snapshot, index) {
    const findings: Finding[] = [];
    for (const claim of snapshot.persistentVolumeClaims) {
      const ref = {
        kind: 'PersistentVolumeClaim',
        name: claim.metadata?.name ?? '',
        namespace: claim.metadata?.namespace ?? '',
      };
      const ctx: ClaimContext = {
        snapshot,
        index,
        claim,
        ref,
        events: index.eventsFor(ref),
        consumers: index
          .podsMountingClaim(ref.namespace, ref.name)
          .filter((p) => !isPodFinished(p) && !p.metadata?.deletionTimestamp),
        minutes: minutesSince(claim.metadata?.creationTimestamp, snapshot),
      };
      const finding = diagnose(ctx);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function diagnose(ctx: ClaimContext): Finding | undefined {
  const { claim } = ctx;
  if (claim.metadata?.deletionTimestamp) return stuckDeleting(ctx);
  const phase = claim.status?.phase ?? 'Pending';
  if (phase === 'Lost') return lost(ctx);
  if (phase !== 'Pending') return undefined;

  const className = claim.spec?.storageClassName;
  if (className === undefined || className === null) return unsetClass(ctx);
  if (className === '') return staticOnly(ctx);
  const sc = ctx.snapshot.storageClasses.find((s) => s.metadata?.name === className);
  if (!sc) {
    const saidMissing = ctx.events.some(
      (g) => g.reason === 'ProvisioningFailed' && missingClassIn(g.message) === className,
    );
    if (ctx.snapshot.visibility.storageClasses.visible || saidMissing) return classNotFound(ctx, className);
    return stillPending(ctx, [classesNotVisible(ctx)]);
  }
  ctx.storageClass = sc;
  if (isEbs(sc.provisioner) && unsupportedOnEbs(claim).length) return accessModeUnsupported(ctx, sc);
  if (sc.provisioner === NO_PROVISIONER) return staticOnly(ctx, sc);

  const waitsForConsumer = sc.volumeBindingMode === 'WaitForFirstConsumer';
  if (waitsForConsumer && !provisioningStarted(ctx)) {
    const gap = driverGap(ctx, sc, ctx.consumers.length ? 'error' : 'warning');
    if (gap) return gap;
    if (ctx.consumers.length === 0) return waitingForConsumer(ctx, sc);
    const unscheduled = ctx.consumers.filter((p) => !p.spec?.nodeName);
    if (unscheduled[0] && unscheduled.length === ctx.consumers.length)
      return consumerNotScheduled(ctx, unscheduled[0], []);
  }
  return provisioningFailure(ctx, sc) ?? driverGap(ctx, sc, 'error') ?? stillPending(ctx, []);
}

/** The scheduler picked a node (selected-node annotation) or a provisioner has been asked. */
function provisioningStarted(ctx: ClaimContext): boolean {
  const annotations = ctx.claim.metadata?.annotations ?? {};
  if (annotations['volume.kubernetes.io/selected-node']) return true;
  return ctx.events.some((g) => ['ExternalProvisioning', 'Provisioning', 'ProvisioningFailed'].includes(g.reason));
}

function unsupportedOnEbs(claim: PersistentVolumeClaim): string[] {
  // io2 Multi-Attach gives ReadWriteMany to raw block volumes only.
  if (claim.spec?.volumeMode === 'Block') return [];
  return (claim.spec?.accessModes ?? []).filter((m) => m === 'ReadWriteMany' || m === 'ReadOnlyMany');
}

function classesNotVisible(ctx: ClaimContext): Message {
  return msg('check.unbound-pvcs.detail.classesNotVisible', {
    reason: ctx.snapshot.visibility.storageClasses.reason ?? 'error',
  });
}

function classList(ctx: ClaimContext): Message {
  if (!ctx.snapshot.visibility.storageClasses.visible) return classesNotVisible(ctx);
  const names = ctx.snapshot.storageClasses.map((s) => `${s.metadata?.name ?? ''} (${s.provisioner})`);
  return names.length
    ? msg('check.unbound-pvcs.detail.existingClasses', { classes: names.join(', ') })
    : msg('check.unbound-pvcs.detail.noClasses');
}

function unsetClass(ctx: ClaimContext): Finding | undefined {
  const visible = ctx.snapshot.visibility.storageClasses.visible;
  const defaults = ctx.snapshot.storageClasses.filter(isDefaultClass);
  const controllerSaid = ctx.events.some(
    (g) => g.reason === 'FailedBinding' && /no storage class is set/.test(g.message),
  );
  if (visible && defaults.length > 0) {
    return stillPending(ctx, [
      msg('check.unbound-pvcs.detail.defaultClass', { class: defaults.map((d) => d.metadata?.name ?? '').join(', ') }),
    ]);
  }
  if (!visible && !controllerSaid) return stillPending(ctx, [classesNotVisible(ctx)]);
  const binding = staticBindingDetails(ctx.snapshot, ctx.claim);
  if (binding.fits.length && ctx.minutes < 2) return undefined;
  const existing = visible ? ctx.snapshot.storageClasses.map((s) => s.metadata?.name ?? '') : [];
  return claimFinding(
    ctx,
    'no-storage-class',
    'error',
    msg(visible ? 'check.unbound-pvcs.cause.noStorageClass' : 'check.unbound-pvcs.cause.noStorageClassUnverified'),
    {
      details: [classList(ctx), ...binding.details],
      remedy: [
        msg('check.unbound-pvcs.remedy.createDefaultClass'),
        msg('check.unbound-pvcs.remedy.setClassOnClaim'),
        msg('check.unbound-pvcs.remedy.createPv'),
      ],
      commands: [
        'kubectl get storageclass',
        ...existing
          .slice(0, 1)
          .map(
            (name) =>
              `kubectl patch storageclass ${name} -p '{"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}}'`,
          ),
        GP3_DEFAULT_CLASS,
      ],
      concept: 'storage-class',
    },
  );
}

const GP3_DEFAULT_CLASS = `kubectl apply -f - <<'EOF'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
volumeBindingMode: WaitForFirstConsumer
parameters:
  type: gp3
EOF`;

function staticOnly(ctx: ClaimContext, sc?: StorageClass): Finding | undefined {
  const binding = staticBindingDetails(ctx.snapshot, ctx.claim);
  const className = ctx.claim.spec?.storageClassName ?? '';
  const waits = sc?.volumeBindingMode === 'WaitForFirstConsumer';
  if (waits && ctx.consumers.length === 0 && binding.fits.length) return waitingForConsumer(ctx, sc);
  if (waits && ctx.consumers.length && ctx.consumers.every((p) => !p.spec?.nodeName)) {
    return consumerNotScheduled(ctx, ctx.consumers[0]!, binding.details);
  }
  if (binding.fits.length && ctx.minutes < 2) return undefined;
  const cause = sc
    ? msg('check.unbound-pvcs.cause.noProvisionerNoMatch', { class: className })
    : msg('check.unbound-pvcs.cause.staticNoMatch');
  return claimFinding(ctx, 'no-matching-pv', waits && ctx.consumers.length === 0 ? 'warning' : 'error', cause, {
    details: binding.details,
    remedy: [msg('check.unbound-pvcs.remedy.createPv'), msg('check.unbound-pvcs.remedy.releasedPv')],
    commands: [
      'kubectl get pv',
      ...(ctx.claim.spec?.volumeName ? [`kubectl describe pv ${ctx.claim.spec.volumeName}`] : []),
    ],
    concept: 'pvc-binding',
  });
}

function classNotFound(ctx: ClaimContext, className: string): Finding {
  // A class name with no StorageClass object still binds statically to PVs of that class.
  const sameClassPvs = ctx.snapshot.persistentVolumes.some((pv) => pv.spec?.storageClassName === className);
  const staticDetails = sameClassPvs ? staticBindingDetails(ctx.snapshot, ctx.claim).details : [];
  return claimFinding(
    ctx,
    'storage-class-not-found',
    'error',
    msg('check.unbound-pvcs.cause.classNotFound', { class: className }),
    {
      details: [classList(ctx), ...staticDetails],
      remedy: [msg('check.unbound-pvcs.remedy.classNotFound', { class: className })],
      commands: ['kubectl get storageclass'],
      concept: 'storage-class',
    },
  );
}

function accessModeUnsupported(ctx: ClaimContext, sc: StorageClass): Finding {
  const modes = unsupportedOnEbs(ctx.claim).join(', ');
  return claimFinding(
    ctx,
    'access-mode-unsupported',
    'error',
    msg('check.unbound-pvcs.cause.accessModeUnsupported', {
      modes,
      class: sc.metadata?.name ?? '',
      provisioner: sc.provisioner,
    }),
    {
      details: [msg('check.unbound-pvcs.detail.ebsMultiAttach')],
      remedy: [msg('check.unbound-pvcs.remedy.useEfs'), msg('check.unbound-pvcs.remedy.useReadWriteOnce')],
      commands: ['kubectl get storageclass', 'kubectl get csidriver'],
      concept: 'access-modes',
    },
  );
}

function waitingForConsumer(ctx: ClaimContext, sc: StorageClass): Finding {
  const pods = ctx.snapshot.visibility.pods;
  const cause = pods.visible
    ? 'check.unbound-pvcs.cause.waitingForConsumer'
    : 'check.unbound-pvcs.cause.waitingForConsumerUnverified';
  return claimFinding(ctx, 'waiting-for-consumer', 'info', msg(cause, { class: sc.metadata?.name ?? '' }), {
    details: pods.visible ? [] : [msg('check.unbound-pvcs.detail.podsNotVisible', { reason: pods.reason ?? 'error' })],
    remedy: [msg('check.unbound-pvcs.remedy.waitingForConsumer')],
    concept: 'volume-binding-mode',
  });
}

function lost(ctx: ClaimContext): Finding {
  const volume = ctx.claim.spec?.volumeName ?? '';
  return claimFinding(ctx, 'lost', 'error', msg('check.unbound-pvcs.cause.lost', { volume }), {
    remedy: [msg('check.unbound-pvcs.remedy.lost', { volume })],
    commands: volume ? [`kubectl get pv ${volume}`] : [],
    concept: 'pvc-binding',
  });
}

function stuckDeleting(ctx: ClaimContext): Finding | undefined {
  const protectedClaim = (ctx.claim.metadata?.finalizers ?? []).includes('kubernetes.io/pvc-protection');
  // Pods being deleted still hold the claim until their containers stop.
  const users = ctx.index
    .podsMountingClaim(ctx.ref.namespace ?? '', ctx.ref.name)
    .filter((p) => p.metadata?.namespace === ctx.ref.namespace && !isPodFinished(p));
  if (!protectedClaim) return undefined;
  const podVisibility = ctx.snapshot.visibility.pods;
  if (!podVisibility.visible && minutesSince(ctx.claim.metadata?.deletionTimestamp, ctx.snapshot) >= 5) {
    return claimFinding(ctx, 'stuck-deleting', 'warning', msg('check.unbound-pvcs.cause.stuckDeletingUnverified'), {
      details: [msg('check.unbound-pvcs.detail.podsNotVisible', { reason: podVisibility.reason ?? 'error' })],
      remedy: [msg('check.unbound-pvcs.remedy.stuckDeleting')],
      evidence: [
        {
          source: 'object',
          text: `metadata.deletionTimestamp: ${ctx.claim.metadata?.deletionTimestamp}, finalizers: ${(ctx.claim.metadata?.finalizers ?? []).join(', ')}`,
        },
      ],
      concept: 'pvc-binding',
    });
  }
  if (users.length === 0) return undefined;
  const pods = users.map((p) => p.metadata?.name ?? '');
  return claimFinding(
    ctx,
    'stuck-deleting',
    'warning',
    msg('check.unbound-pvcs.cause.stuckDeleting', { pods: pods.join(', ') }),
    {
      remedy: [msg('check.unbound-pvcs.remedy.stuckDeleting')],
      commands: pods.map((p) => `kubectl get pod ${p} -n ${ctx.ref.namespace} -o wide`),
      evidence: [
        {
          source: 'object',
          text: `metadata.deletionTimestamp: ${ctx.claim.metadata?.deletionTimestamp}, finalizers: ${(ctx.claim.metadata?.finalizers ?? []).join(', ')}`,
        },
      ],
      concept: 'pvc-binding',
      related: users.map((p) => ({ kind: 'Pod', name: p.metadata?.name ?? '', namespace: ctx.ref.namespace })),
    },
  );
}

/** A Pending claim whose cause we cannot name: pass the controller's own words through. */
function stillPending(ctx: ClaimContext, details: Message[]): Finding | undefined {
  const warned = ctx.events.some((g) => g.type === 'Warning');
  if (ctx.minutes < 2 && !warned) return undefined;
  const latest = ctx.events[0];
  const cause = latest
    ? msg('check.unbound-pvcs.cause.pending', { minutes: ctx.minutes, detail: latest.message })
    : msg('check.unbound-pvcs.cause.pendingNoEvents', { minutes: ctx.minutes });
  return claimFinding(ctx, 'pending', 'warning', cause, {
    details,
    remedy: [msg('check.unbound-pvcs.remedy.readEvents')],
    commands: [
      `kubectl get events -n ${ctx.ref.namespace} --field-selector involvedObject.kind=PersistentVolumeClaim,involvedObject.name=${ctx.ref.name}`,
      ...(ctx.storageClass ? driverCommands(ctx.storageClass) : []),
    ],
    concept: 'pvc-binding',
  });
}
