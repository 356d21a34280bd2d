/** English messages for this area; the source of truth for ko/checks-storage.ts. */
export const checksStorage = {
  'check.unbound-pvcs.title': 'PersistentVolumeClaims that are not bound',

  'check.unbound-pvcs.cause.lost':
    'The claim is Lost: the PersistentVolume {volume} it was bound to no longer exists, so pods cannot reach its data through this claim.',
  'check.unbound-pvcs.cause.stuckDeleting':
    'The claim is being deleted but cannot go away while pod(s) {pods} still use it (the kubernetes.io/pvc-protection finalizer waits for them).',
  'check.unbound-pvcs.cause.noStorageClass':
    'The claim names no StorageClass and the cluster has no default StorageClass, so nothing creates a volume for it, and no existing PersistentVolume fits it.',
  'check.unbound-pvcs.cause.noStorageClassUnverified':
    'The PersistentVolume controller found no PersistentVolume for this claim, and the claim has no StorageClass, so nothing creates a volume for it.',
  'check.unbound-pvcs.cause.staticNoMatch':
    'The claim sets storageClassName: "" so it only binds to an existing PersistentVolume, and none fits it.',
  'check.unbound-pvcs.cause.noProvisionerNoMatch':
    'StorageClass {class} has no provisioner (kubernetes.io/no-provisioner): the claim only binds to an existing PersistentVolume of that class, and none fits it.',
  'check.unbound-pvcs.cause.classNotFound':
    'The claim asks for StorageClass {class}, which does not exist in the cluster.',
  'check.unbound-pvcs.cause.accessModeUnsupported':
    'The claim asks for {modes}, but StorageClass {class} makes EBS volumes ({provisioner}), which attach to one node at a time (ReadWriteOnce or ReadWriteOncePod).',
  'check.unbound-pvcs.cause.waitingForConsumer':
    'StorageClass {class} creates the volume only when the first pod that uses the claim is scheduled (WaitForFirstConsumer); no pod uses it yet, so Pending is normal.',
  'check.unbound-pvcs.cause.waitingForConsumerUnverified':
    'StorageClass {class} creates the volume only when the first pod that uses the claim is scheduled (WaitForFirstConsumer); until then Pending is normal.',
  'check.unbound-pvcs.cause.stuckDeletingUnverified':
    'The claim has been waiting to be deleted for a while: the kubernetes.io/pvc-protection finalizer keeps it while a pod still uses it.',
  'check.unbound-pvcs.cause.consumerNotScheduled':
    'The claim waits for pod {pod} to be scheduled (WaitForFirstConsumer), and that pod cannot be scheduled yet.',
  'check.unbound-pvcs.cause.driverMissing':
    'StorageClass {class} uses provisioner {provisioner}, but the CSI driver {driver} is not installed in the cluster, so no volume is ever created.',
  'check.unbound-pvcs.cause.driverNotVerified':
    'Nobody has started creating a volume for this claim: provisioner {provisioner} was asked but never answered.',
  'check.unbound-pvcs.cause.provisionerNotResponding':
    'The CSI driver {driver} is registered, but its controller has not started creating the volume in {minutes} minutes: the controller is probably not running or not healthy.',
  'check.unbound-pvcs.cause.provisioningDenied':
    "The {provisioner} driver tried to create the volume and AWS refused: the driver's IAM role lacks the permission.",
  'check.unbound-pvcs.cause.provisioningCredentials':
    'The {provisioner} driver has no usable AWS credentials: it could not assume its IAM role.',
  'check.unbound-pvcs.cause.provisioningBadParameter':
    'Creating the volume failed because a value was rejected (check StorageClass {class} and the claim): {detail}',
  'check.unbound-pvcs.cause.provisioningTimeout':
    'Creating the volume timed out: the {provisioner} driver did not get an answer in time.',
  'check.unbound-pvcs.cause.provisioningFailed':
    'The provisioner {provisioner} could not create the volume. It reported: {detail}',
  'check.unbound-pvcs.cause.pending':
    'The claim has been Pending for {minutes} minutes. The last thing reported about it: {detail}',
  'check.unbound-pvcs.cause.pendingNoEvents': 'The claim has been Pending for {minutes} minutes and no event says why.',

  'check.unbound-pvcs.detail.existingClasses': 'StorageClasses in the cluster: {classes}.',
  'check.unbound-pvcs.detail.noClasses': 'The cluster has no StorageClass at all.',
  'check.unbound-pvcs.detail.defaultClass':
    'Default StorageClass: {class}. A claim without a class gets it assigned (Kubernetes 1.28 and later).',
  'check.unbound-pvcs.detail.classesNotVisible':
    'StorageClasses are not visible to you ({reason}), so the default class and the list of classes cannot be checked.',
  'check.unbound-pvcs.detail.pvsNotVisible':
    'PersistentVolumes are not visible to you ({reason}), so the claim cannot be compared with them.',
  'check.unbound-pvcs.detail.podsNotVisible':
    'Pods are not visible to you ({reason}), so which pods use the claim cannot be checked.',
  'check.unbound-pvcs.detail.csiDriversNotVisible':
    'CSIDrivers are not visible to you ({reason}), so whether {driver} is installed cannot be verified.',
  'check.unbound-pvcs.detail.noCandidatePv': 'No PersistentVolume is Available to bind.',
  'check.unbound-pvcs.detail.namedPvMissing':
    'The claim asks for the volume {pv} by name (spec.volumeName), and it does not exist.',
  'check.unbound-pvcs.detail.morePvs': '{count} more PersistentVolume(s) fit less well.',
  'check.unbound-pvcs.detail.pvFits': '{pv} fits the claim.',
  'check.unbound-pvcs.detail.pvReserved': '{pv} is reserved for the claim {claim} (spec.claimRef).',
  'check.unbound-pvcs.detail.pvReleased':
    '{pv} is Released: it still remembers its old claim {claim} and is never bound again on its own.',
  'check.unbound-pvcs.detail.pvClass': '{pv} has storageClassName {pvValue}, the claim asks for {claimValue}.',
  'check.unbound-pvcs.detail.pvCapacity': '{pv} has {pvValue}, the claim asks for {claimValue}.',
  'check.unbound-pvcs.detail.pvAccessModes': '{pv} is {pvValue}, the claim asks for {claimValue}.',
  'check.unbound-pvcs.detail.pvVolumeMode': '{pv} has volumeMode {pvValue}, the claim asks for {claimValue}.',
  'check.unbound-pvcs.detail.pvSelector': "{pv} does not meet the claim's selector: {requirement}.",
  'check.unbound-pvcs.detail.installedDrivers': 'CSI drivers installed: {drivers}.',
  'check.unbound-pvcs.detail.noDrivers': 'No CSI driver is installed in the cluster.',
  'check.unbound-pvcs.detail.inTreeMigrated':
    '{provisioner} is the old built-in EBS plugin; since Kubernetes 1.23 EKS serves it through the EBS CSI driver (ebs.csi.aws.com), which must be installed.',
  'check.unbound-pvcs.detail.autoMode':
    '{provisioner} is the EKS Auto Mode block-storage driver; it exists only on clusters with Auto Mode turned on.',
  'check.unbound-pvcs.detail.noConsumerYet':
    'No pod uses the claim yet; the first one that does will wait for a volume that never comes.',
  'check.unbound-pvcs.detail.ebsMultiAttach':
    'EBS volumes can be shared by several nodes only as io2 Multi-Attach raw block volumes (volumeMode: Block); a shared file system needs EFS (efs.csi.aws.com).',
  'check.unbound-pvcs.detail.schedulerSays': 'Pod {pod}: the scheduler says {reasons}.',
  'check.unbound-pvcs.detail.podNotScheduledYet': 'Pod {pod} is Pending and the scheduler has not said why yet.',

  'check.unbound-pvcs.remedy.lost':
    'Restore the PersistentVolume {volume} (from a backup or an EBS snapshot), or delete the claim and let the workload create a new, empty one.',
  'check.unbound-pvcs.remedy.stuckDeleting':
    'Delete or scale down the pods that use the claim; the claim goes away once no pod uses it.',
  'check.unbound-pvcs.remedy.createDefaultClass':
    'Create a gp3 StorageClass with provisioner ebs.csi.aws.com and mark it default (annotation storageclass.kubernetes.io/is-default-class: "true"); new EKS clusters (1.30 and later) have no default class. The EBS CSI driver add-on must be installed.',
  'check.unbound-pvcs.remedy.setClassOnClaim':
    'Or re-create the claim with spec.storageClassName set to an existing class (the field cannot be changed on an existing claim).',
  'check.unbound-pvcs.remedy.createPv':
    'Or create a PersistentVolume that fits the claim, or re-create the claim so that it fits an existing one.',
  'check.unbound-pvcs.remedy.releasedPv':
    'A Released volume can be reused only after an administrator removes its spec.claimRef, once it is sure the old data may be reused.',
  'check.unbound-pvcs.remedy.classNotFound':
    'Re-create the claim with one of the existing classes, or create the StorageClass {class}.',
  'check.unbound-pvcs.remedy.useEfs':
    'For a volume shared by pods on several nodes, use EFS: install the aws-efs-csi-driver add-on and a StorageClass with provisioner efs.csi.aws.com.',
  'check.unbound-pvcs.remedy.useReadWriteOnce':
    'If only one node needs the volume at a time, re-create the claim with ReadWriteOnce.',
  'check.unbound-pvcs.remedy.waitingForConsumer':
    'Nothing to do: the volume is created when a pod that uses the claim is scheduled.',
  'check.unbound-pvcs.remedy.fixConsumer':
    'Fix why pod {pod} cannot be scheduled (see the finding about that pod); the claim is bound as soon as it is.',
  'check.unbound-pvcs.remedy.installAddon':
    'Install the {addon} EKS add-on. The driver needs an IAM role with the {policy} managed policy, given through IRSA (--service-account-role-arn) or EKS Pod Identity.',
  'check.unbound-pvcs.remedy.autoMode':
    'Turn on EKS Auto Mode for the cluster, or use a StorageClass with provisioner ebs.csi.aws.com and install the aws-ebs-csi-driver add-on.',
  'check.unbound-pvcs.remedy.installDriver':
    'Install the CSI driver {driver}, or use a StorageClass whose provisioner is installed.',
  'check.unbound-pvcs.remedy.checkDriverVisible':
    'Ask a cluster administrator to run `kubectl get csidriver` and check that {driver} is installed and its controller pods are running.',
  'check.unbound-pvcs.remedy.checkController':
    "Check the driver's controller pods and the log of their csi-provisioner container.",
  'check.unbound-pvcs.remedy.fixIamPermissions':
    "Give the driver's IAM role the permission it lacks (the {policy} managed policy covers it); the event names the refused call. If volumes are encrypted with a customer-managed KMS key, the role also needs that key.",
  'check.unbound-pvcs.remedy.fixCredentials':
    "Check the driver's service account: its IRSA annotation (eks.amazonaws.com/role-arn) or its Pod Identity association, and the role's trust policy; then restart the controller.",
  'check.unbound-pvcs.remedy.fixParameters':
    'Fix the value the error names (volume type, iops, throughput, zone, file system id, access mode). StorageClass parameters cannot be changed, so create a new class and re-create the claim.',
  'check.unbound-pvcs.remedy.checkNetwork':
    "Check that the driver's controller can reach the AWS APIs (a NAT gateway, or VPC endpoints for EC2 and STS in private subnets).",
  'check.unbound-pvcs.remedy.readEvents': "Read the claim's events and the provisioner's log for the full error.",
} as const;
