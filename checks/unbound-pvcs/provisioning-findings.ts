import { clusterNameOf } from '../../lib/doctor/cluster-name.ts';
import type { Finding, Severity } from '../../lib/doctor/finding.ts';
import { minutesSince } from '../../lib/doctor/finding-time.ts';
import type { StorageClass } from '../../lib/doctor/wire.ts';
import { msg, type Message } from '../../lib/i18n/index.ts';
import { claimFinding, type ClaimContext } from './claim-finding.ts';
import {
  addonFor,
  classifyProvisioningFailure,
  csiDriverFor,
  EBS_AUTO_MODE,
  EBS_CSI,
  EFS_CSI,
  isKnownCsiDriver,
  rpcDescription,
} from './provisioner-facts.ts';

const POLICY: Record<string, string> = { [EBS_CSI]: 'AmazonEBSCSIDriverPolicy', [EFS_CSI]: 'AmazonEFSCSIDriverPolicy' };
const CONTROLLER: Record<string, string> = { [EBS_CSI]: 'ebs-csi-controller', [EFS_CSI]: 'efs-csi-controller' };

/** Commands that show a driver's controller and its provisioner log. */
export function driverCommands(sc: StorageClass): string[] {
  const driver = csiDriverFor(sc.provisioner);
  const controller = CONTROLLER[driver];
  if (!controller) return [`kubectl get csidriver ${driver}`];
  return [
    `kubectl get pods -n kube-system -l app=${controller}`,
    `kubectl logs -n kube-system deployment/${controller} -c csi-provisioner --tail=50`,
  ];
}

/**
 * The driver behind the class is missing (verified through CSIDrivers), cannot be verified,
 * or is registered but its controller never answers. Undefined when none of these holds.
 */
export function driverGap(ctx: ClaimContext, sc: StorageClass, severity: Severity): Finding | undefined {
  if (sc.provisioner === 'kubernetes.io/aws-ebs' && beforeCsiMigration(ctx.snapshot.serverVersion)) return undefined;
  const driver = csiDriverFor(sc.provisioner);
  const asked = ctx.events.find((g) => g.reason === 'ExternalProvisioning');
  const answered = ctx.events.some((g) =>
    ['Provisioning', 'ProvisioningSucceeded', 'ProvisioningFailed'].includes(g.reason),
  );
  const silent = !!asked && !answered;
  const visibility = ctx.snapshot.visibility.csiDrivers;
  const className = sc.metadata?.name ?? '';
  const params = { class: className, provisioner: sc.provisioner, driver };

  if (!visibility.visible) {
    if (!silent) return undefined;
    return claimFinding(
      ctx,
      'driver-not-verified',
      'warning',
      msg('check.unbound-pvcs.cause.driverNotVerified', { provisioner: sc.provisioner }),
      {
        details: [
          msg('check.unbound-pvcs.detail.csiDriversNotVisible', { reason: visibility.reason ?? 'error', driver }),
        ],
        remedy: [msg('check.unbound-pvcs.remedy.checkDriverVisible', { driver })],
        commands: ['kubectl get csidriver', ...driverCommands(sc)],
        concept: 'csi-driver',
      },
    );
  }
  if (ctx.snapshot.csiDrivers.some((d) => d.metadata?.name === driver)) {
    const waited = minutesSince(asked?.firstSeen, ctx.snapshot);
    if (!silent || severity !== 'error' || waited < 2) return undefined;
    return claimFinding(
      ctx,
      'provisioner-not-responding',
      'error',
      msg('check.unbound-pvcs.cause.provisionerNotResponding', { driver, minutes: waited }),
      {
        remedy: [msg('check.unbound-pvcs.remedy.checkController')],
        commands: driverCommands(sc),
        concept: 'csi-driver',
      },
    );
  }
  // Non-CSI external provisioners (NFS and the like) register no CSIDriver: only claim absence when it shows.
  if (!isKnownCsiDriver(driver) && !silent) return undefined;
  return claimFinding(ctx, 'csi-driver-missing', severity, msg('check.unbound-pvcs.cause.driverMissing', params), {
    details: missingDriverDetails(ctx, sc, driver),
    remedy: missingDriverRemedy(driver),
    commands: missingDriverCommands(ctx, driver),
    concept: 'csi-driver',
  });
}

function missingDriverDetails(ctx: ClaimContext, sc: StorageClass, driver: string): Message[] {
  const installed = ctx.snapshot.csiDrivers.map((d) => d.metadata?.name ?? '');
  const details: Message[] = [
    installed.length
      ? msg('check.unbound-pvcs.detail.installedDrivers', { drivers: installed.join(', ') })
      : msg('check.unbound-pvcs.detail.noDrivers'),
  ];
  if (sc.provisioner !== driver)
    details.push(msg('check.unbound-pvcs.detail.inTreeMigrated', { provisioner: sc.provisioner }));
  if (driver === EBS_AUTO_MODE) details.push(msg('check.unbound-pvcs.detail.autoMode', { provisioner: driver }));
  if (ctx.consumers.length === 0) details.push(msg('check.unbound-pvcs.detail.noConsumerYet'));
  return details;
}

function missingDriverRemedy(driver: string): Message[] {
  const addon = addonFor(driver);
  if (addon) return [msg('check.unbound-pvcs.remedy.installAddon', { addon, policy: POLICY[driver] ?? '' })];
  if (driver === EBS_AUTO_MODE) return [msg('check.unbound-pvcs.remedy.autoMode')];
  return [msg('check.unbound-pvcs.remedy.installDriver', { driver })];
}

function missingDriverCommands(ctx: ClaimContext, driver: string): string[] {
  const cluster = clusterNameOf(ctx.snapshot);
  const addon = addonFor(driver);
  if (addon) {
    return [
      'kubectl get csidriver',
      `aws eks describe-addon --cluster-name ${cluster} --addon-name ${addon}`,
      `aws eks create-addon --cluster-name ${cluster} --addon-name ${addon} --service-account-role-arn <role-arn>`,
    ];
  }
  if (driver === EBS_AUTO_MODE)
    return ['kubectl get csidriver', `aws eks describe-cluster --name ${cluster} --query cluster.storageConfig`];
  return ['kubectl get csidriver'];
}

/** The latest ProvisioningFailed from the driver, explained where the error is recognisable. */
export function provisioningFailure(ctx: ClaimContext, sc: StorageClass): Finding | undefined {
  const failed = ctx.events.find(
    (g) => g.reason === 'ProvisioningFailed' && classifyProvisioningFailure(g.message) !== 'class-not-found',
  );
  if (!failed) return undefined;
  const driver = csiDriverFor(sc.provisioner);
  const controller = CONTROLLER[driver];
  const serviceAccount = controller ? [`kubectl get serviceaccount ${controller}-sa -n kube-system -o yaml`] : [];
  const detail = rpcDescription(failed.message);
  const provisioner = sc.provisioner;
  switch (classifyProvisioningFailure(failed.message)) {
    case 'denied':
      return claimFinding(
        ctx,
        'provisioning-denied',
        'error',
        msg('check.unbound-pvcs.cause.provisioningDenied', { provisioner }),
        {
          remedy: [
            msg('check.unbound-pvcs.remedy.fixIamPermissions', {
              policy: POLICY[driver] ?? 'AmazonEBSCSIDriverPolicy',
            }),
          ],
          commands: [...serviceAccount, ...driverCommands(sc)],
          concept: 'csi-driver',
        },
      );
    case 'credentials':
      return claimFinding(
        ctx,
        'provisioning-credentials',
        'error',
        msg('check.unbound-pvcs.cause.provisioningCredentials', { provisioner }),
        {
          remedy: [msg('check.unbound-pvcs.remedy.fixCredentials')],
          commands: [...serviceAccount, ...driverCommands(sc)],
          concept: 'csi-driver',
        },
      );
    case 'bad-parameter':
      return claimFinding(
        ctx,
        'provisioning-bad-parameter',
        'error',
        msg('check.unbound-pvcs.cause.provisioningBadParameter', { class: sc.metadata?.name ?? '', detail }),
        {
          remedy: [msg('check.unbound-pvcs.remedy.fixParameters')],
          commands: [`kubectl get storageclass ${sc.metadata?.name ?? ''} -o yaml`],
          concept: 'storage-class',
        },
      );
    case 'timeout':
      return claimFinding(
        ctx,
        'provisioning-timeout',
        'error',
        msg('check.unbound-pvcs.cause.provisioningTimeout', { provisioner }),
        {
          remedy: [msg('check.unbound-pvcs.remedy.checkNetwork'), msg('check.unbound-pvcs.remedy.checkController')],
          commands: driverCommands(sc),
          concept: 'csi-driver',
        },
      );
    default:
      return claimFinding(
        ctx,
        'provisioning-failed',
        'error',
        msg('check.unbound-pvcs.cause.provisioningFailed', { provisioner, detail }),
        {
          remedy: [msg('check.unbound-pvcs.remedy.readEvents'), msg('check.unbound-pvcs.remedy.checkController')],
          commands: driverCommands(sc),
          concept: 'csi-driver',
        },
      );
  }
}

function beforeCsiMigration(serverVersion: string | undefined): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(serverVersion ?? '');
  return !!m && Number(m[1]) === 1 && Number(m[2]) < 23;
}
