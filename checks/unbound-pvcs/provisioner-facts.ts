import type { StorageClass } from '../../lib/doctor/wire.ts';

export const EBS_CSI = 'ebs.csi.aws.com';
export const EBS_AUTO_MODE = 'ebs.csi.eks.amazonaws.com';
export const EFS_CSI = 'efs.csi.aws.com';
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

const DEFAULT_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
];

/** Whether a StorageClass is marked default (GA or beta annotation). */
export function isDefaultClass(sc: StorageClass): boolean {
  const annotations = sc.metadata?.annotations ?? {};
  return DEFAULT_ANNOTATIONS.some((a) => annotations[a] === 'true');
}

/**
 * The CSI driver that really serves a provisioner. EKS 1.23+ migrates the in-tree
 * `kubernetes.io/aws-ebs` plugin to the EBS CSI driver, so it needs that driver too.
 */
export function csiDriverFor(provisioner: string): string {
  return provisioner === 'kubernetes.io/aws-ebs' ? EBS_CSI : provisioner;
}

/** Whether volumes of this provisioner are EBS volumes (one node at a time unless io2 Multi-Attach in Block mode). */
export function isEbs(provisioner: string): boolean {
  const driver = csiDriverFor(provisioner);
  return driver === EBS_CSI || driver === EBS_AUTO_MODE;
}

/** The EKS add-on that installs a driver, for the drivers EKS ships as add-ons. */
export function addonFor(driver: string): string | undefined {
  if (driver === EBS_CSI) return 'aws-ebs-csi-driver';
  if (driver === EFS_CSI) return 'aws-efs-csi-driver';
  return undefined;
}

/** Whether a provisioner name is a CSI driver we know to register a CSIDriver object. */
export function isKnownCsiDriver(driver: string): boolean {
  return driver === EBS_CSI || driver === EBS_AUTO_MODE || driver === EFS_CSI || /(^|\.)csi(\.|$)/.test(driver);
}

export type ProvisioningFailure = 'class-not-found' | 'denied' | 'credentials' | 'bad-parameter' | 'timeout' | 'other';

/** Sorts a ProvisioningFailed message into the causes we can name; anything else is 'other'. */
export function classifyProvisioningFailure(message: string): ProvisioningFailure {
  if (/storageclass\.storage\.k8s\.io "[^"]*" not found/.test(message)) return 'class-not-found';
  if (
    /WebIdentityErr|AssumeRoleWithWebIdentity|NoCredentialProviders|no EC2 IMDS role found|failed to refresh cached credentials/i.test(
      message,
    )
  )
    return 'credentials';
  if (
    /UnauthorizedOperation|AccessDenied|Access Denied|not authorized to perform|code = Unauthenticated/i.test(message)
  )
    return 'denied';
  if (/InvalidParameter|InvalidZone|InvalidArgument|Invalid(Value|Parameter)|not supported/i.test(message))
    return 'bad-parameter';
  if (/DeadlineExceeded|context deadline exceeded|timed out/i.test(message)) return 'timeout';
  return 'other';
}

/** The class named in a `storageclass.storage.k8s.io "<name>" not found` message. */
export function missingClassIn(message: string): string | undefined {
  return /storageclass\.storage\.k8s\.io "([^"]*)" not found/.exec(message)?.[1];
}

/** The human part of a CSI error: the text after `desc = `, else the whole message. */
export function rpcDescription(message: string): string {
  const desc = /desc = ([\s\S]*)$/.exec(message)?.[1];
  return (desc ?? message).trim();
}
