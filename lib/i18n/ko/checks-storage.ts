import type { Translation } from '../translation.ts';
import type { checksStorage as en } from '../en/checks-storage.ts';

export const checksStorage: Translation<typeof en> = {
  'check.unbound-pvcs.title': '바인딩되지 않은 PersistentVolumeClaim',

  'check.unbound-pvcs.cause.lost':
    'PVC가 Lost 상태입니다. 바인딩되어 있던 PersistentVolume {volume}이(가) 더 이상 없어서, 이 PVC로는 데이터에 접근할 수 없습니다.',
  'check.unbound-pvcs.cause.stuckDeleting':
    'PVC가 삭제 중이지만 Pod {pods}이(가) 아직 사용하고 있어 지워지지 않습니다 (kubernetes.io/pvc-protection finalizer가 Pod가 없어지기를 기다립니다).',
  'check.unbound-pvcs.cause.noStorageClass':
    'PVC에 StorageClass가 지정되지 않았고 클러스터에 기본(default) StorageClass도 없습니다. 그래서 볼륨을 만들어 줄 주체가 없고, 조건에 맞는 기존 PersistentVolume도 없습니다.',
  'check.unbound-pvcs.cause.noStorageClassUnverified':
    'PersistentVolume 컨트롤러가 이 PVC에 맞는 PersistentVolume을 찾지 못했고, PVC에 StorageClass도 없어서 볼륨을 만들어 줄 주체가 없습니다.',
  'check.unbound-pvcs.cause.staticNoMatch':
    'PVC에 storageClassName: ""이 지정되어 있어 이미 만들어진 PersistentVolume에만 바인딩되는데, 조건에 맞는 것이 없습니다.',
  'check.unbound-pvcs.cause.noProvisionerNoMatch':
    'StorageClass {class}에는 provisioner가 없습니다 (kubernetes.io/no-provisioner). 따라서 이 PVC는 같은 클래스의 기존 PersistentVolume에만 바인딩되는데, 조건에 맞는 것이 없습니다.',
  'check.unbound-pvcs.cause.classNotFound': 'PVC가 요청한 StorageClass {class}이(가) 클러스터에 없습니다.',
  'check.unbound-pvcs.cause.accessModeUnsupported':
    'PVC가 {modes}을(를) 요청했지만, StorageClass {class}은(는) EBS 볼륨({provisioner})을 만들고 EBS 볼륨은 한 번에 한 노드에만 붙습니다 (ReadWriteOnce 또는 ReadWriteOncePod).',
  'check.unbound-pvcs.cause.waitingForConsumer':
    'StorageClass {class}은(는) 이 PVC를 쓰는 첫 Pod가 스케줄될 때 볼륨을 만듭니다 (WaitForFirstConsumer). 아직 이 PVC를 쓰는 Pod가 없으므로 Pending은 정상입니다.',
  'check.unbound-pvcs.cause.waitingForConsumerUnverified':
    'StorageClass {class}은(는) 이 PVC를 쓰는 첫 Pod가 스케줄될 때 볼륨을 만듭니다 (WaitForFirstConsumer). 그 전까지 Pending은 정상입니다.',
  'check.unbound-pvcs.cause.stuckDeletingUnverified':
    'PVC가 한동안 삭제되지 못하고 있습니다. Pod가 아직 사용 중이면 kubernetes.io/pvc-protection finalizer가 PVC를 붙잡아 둡니다.',
  'check.unbound-pvcs.cause.consumerNotScheduled':
    'PVC가 Pod {pod}이(가) 스케줄되기를 기다리고 있는데 (WaitForFirstConsumer), 그 Pod가 아직 스케줄되지 못하고 있습니다.',
  'check.unbound-pvcs.cause.driverMissing':
    'StorageClass {class}은(는) provisioner {provisioner}을(를) 쓰지만 클러스터에 CSI 드라이버 {driver}이(가) 설치되어 있지 않아 볼륨이 영영 만들어지지 않습니다.',
  'check.unbound-pvcs.cause.driverNotVerified':
    '이 PVC의 볼륨 생성을 아무도 시작하지 않았습니다. provisioner {provisioner}에 요청이 갔지만 응답이 없습니다.',
  'check.unbound-pvcs.cause.provisionerNotResponding':
    'CSI 드라이버 {driver}은(는) 등록되어 있지만 {minutes}분 동안 컨트롤러가 볼륨 생성을 시작하지 않았습니다. 컨트롤러가 실행 중이 아니거나 정상이 아닐 가능성이 큽니다.',
  'check.unbound-pvcs.cause.provisioningDenied':
    '{provisioner} 드라이버가 볼륨을 만들려 했지만 AWS가 거부했습니다. 드라이버의 IAM 역할에 필요한 권한이 없습니다.',
  'check.unbound-pvcs.cause.provisioningCredentials':
    '{provisioner} 드라이버가 쓸 수 있는 AWS 자격 증명이 없습니다. IAM 역할을 assume하지 못했습니다.',
  'check.unbound-pvcs.cause.provisioningBadParameter':
    '지정한 값이 거부되어 볼륨 생성에 실패했습니다 (StorageClass {class}과(와) PVC를 확인하세요): {detail}',
  'check.unbound-pvcs.cause.provisioningTimeout':
    '볼륨 생성이 시간 초과되었습니다. {provisioner} 드라이버가 제때 응답을 받지 못했습니다.',
  'check.unbound-pvcs.cause.provisioningFailed':
    'provisioner {provisioner}이(가) 볼륨을 만들지 못했습니다. 보고된 내용: {detail}',
  'check.unbound-pvcs.cause.pending': 'PVC가 {minutes}분째 Pending 상태입니다. 마지막으로 보고된 내용: {detail}',
  'check.unbound-pvcs.cause.pendingNoEvents':
    'PVC가 {minutes}분째 Pending 상태인데, 이유를 알려 주는 이벤트가 없습니다.',

  'check.unbound-pvcs.detail.existingClasses': '클러스터에 있는 StorageClass: {classes}.',
  'check.unbound-pvcs.detail.noClasses': '클러스터에 StorageClass가 하나도 없습니다.',
  'check.unbound-pvcs.detail.defaultClass':
    '기본 StorageClass: {class}. 클래스가 없는 PVC에는 이 클래스가 자동으로 지정됩니다 (Kubernetes 1.28 이상).',
  'check.unbound-pvcs.detail.classesNotVisible':
    'StorageClass를 조회할 권한이 없어 ({reason}) 기본 클래스와 클래스 목록을 확인할 수 없습니다.',
  'check.unbound-pvcs.detail.pvsNotVisible':
    'PersistentVolume을 조회할 권한이 없어 ({reason}) PVC와 비교할 수 없습니다.',
  'check.unbound-pvcs.detail.podsNotVisible':
    'Pod를 조회할 권한이 없어 ({reason}) 어떤 Pod가 이 PVC를 쓰는지 확인할 수 없습니다.',
  'check.unbound-pvcs.detail.csiDriversNotVisible':
    'CSIDriver를 조회할 권한이 없어 ({reason}) {driver}이(가) 설치되어 있는지 확인할 수 없습니다.',
  'check.unbound-pvcs.detail.noCandidatePv': '바인딩할 수 있는 Available 상태의 PersistentVolume이 없습니다.',
  'check.unbound-pvcs.detail.namedPvMissing':
    'PVC가 이름으로 지정한 볼륨 {pv}(spec.volumeName)이(가) 존재하지 않습니다.',
  'check.unbound-pvcs.detail.morePvs': '덜 맞는 PersistentVolume이 {count}개 더 있습니다.',
  'check.unbound-pvcs.detail.pvFits': '{pv}은(는) PVC 조건에 맞습니다.',
  'check.unbound-pvcs.detail.pvReserved': '{pv}은(는) PVC {claim} 전용으로 예약되어 있습니다 (spec.claimRef).',
  'check.unbound-pvcs.detail.pvReleased':
    '{pv}은(는) Released 상태입니다. 예전 PVC {claim} 정보를 그대로 갖고 있어 저절로 다시 바인딩되지 않습니다.',
  'check.unbound-pvcs.detail.pvClass': '{pv}의 storageClassName은 {pvValue}인데, PVC는 {claimValue}을(를) 요청합니다.',
  'check.unbound-pvcs.detail.pvCapacity': '{pv}의 용량은 {pvValue}인데, PVC는 {claimValue}을(를) 요청합니다.',
  'check.unbound-pvcs.detail.pvAccessModes': '{pv}의 access mode는 {pvValue}인데, PVC는 {claimValue}을(를) 요청합니다.',
  'check.unbound-pvcs.detail.pvVolumeMode': '{pv}의 volumeMode는 {pvValue}인데, PVC는 {claimValue}을(를) 요청합니다.',
  'check.unbound-pvcs.detail.pvSelector': '{pv}은(는) PVC의 selector 조건을 만족하지 않습니다: {requirement}.',
  'check.unbound-pvcs.detail.installedDrivers': '설치된 CSI 드라이버: {drivers}.',
  'check.unbound-pvcs.detail.noDrivers': '클러스터에 설치된 CSI 드라이버가 하나도 없습니다.',
  'check.unbound-pvcs.detail.inTreeMigrated':
    '{provisioner}은(는) 예전 내장 EBS 플러그인입니다. Kubernetes 1.23부터 EKS는 이를 EBS CSI 드라이버(ebs.csi.aws.com)로 처리하므로 그 드라이버가 설치되어 있어야 합니다.',
  'check.unbound-pvcs.detail.autoMode':
    '{provisioner}은(는) EKS Auto Mode의 블록 스토리지 드라이버로, Auto Mode를 켠 클러스터에만 있습니다.',
  'check.unbound-pvcs.detail.noConsumerYet':
    '아직 이 PVC를 쓰는 Pod는 없지만, 처음 쓰는 Pod는 끝내 만들어지지 않을 볼륨을 계속 기다리게 됩니다.',
  'check.unbound-pvcs.detail.ebsMultiAttach':
    'EBS 볼륨을 여러 노드가 함께 쓰는 방법은 io2 Multi-Attach raw block 볼륨(volumeMode: Block)뿐입니다. 여러 노드가 공유하는 파일 시스템이 필요하면 EFS(efs.csi.aws.com)를 써야 합니다.',
  'check.unbound-pvcs.detail.schedulerSays': 'Pod {pod}에 대한 스케줄러 메시지: {reasons}.',
  'check.unbound-pvcs.detail.podNotScheduledYet':
    'Pod {pod}이(가) Pending 상태이며, 스케줄러가 아직 이유를 남기지 않았습니다.',

  'check.unbound-pvcs.remedy.lost':
    'PersistentVolume {volume}을(를) 백업이나 EBS 스냅샷에서 복구하거나, PVC를 삭제하고 워크로드가 비어 있는 새 PVC를 만들게 하세요.',
  'check.unbound-pvcs.remedy.stuckDeleting':
    '이 PVC를 쓰는 Pod를 삭제하거나 스케일을 줄이세요. 사용하는 Pod가 없어지면 PVC도 삭제됩니다.',
  'check.unbound-pvcs.remedy.createDefaultClass':
    'provisioner가 ebs.csi.aws.com인 gp3 StorageClass를 만들고 기본 클래스로 지정하세요 (annotation storageclass.kubernetes.io/is-default-class: "true"). EKS 1.30 이후에 새로 만든 클러스터에는 기본 클래스가 없습니다. EBS CSI 드라이버 애드온도 설치되어 있어야 합니다.',
  'check.unbound-pvcs.remedy.setClassOnClaim':
    '또는 spec.storageClassName에 기존 클래스를 지정해 PVC를 다시 만드세요 (이미 만든 PVC에서는 이 필드를 바꿀 수 없습니다).',
  'check.unbound-pvcs.remedy.createPv':
    '또는 PVC 조건에 맞는 PersistentVolume을 만들거나, 기존 PersistentVolume에 맞도록 PVC를 다시 만드세요.',
  'check.unbound-pvcs.remedy.releasedPv':
    'Released 상태의 볼륨은 예전 데이터를 다시 써도 되는지 확인한 뒤 관리자가 spec.claimRef를 지워야 재사용할 수 있습니다.',
  'check.unbound-pvcs.remedy.classNotFound':
    '있는 클래스 중 하나로 PVC를 다시 만들거나, StorageClass {class}을(를) 만드세요.',
  'check.unbound-pvcs.remedy.useEfs':
    '여러 노드의 Pod가 함께 쓰는 볼륨이 필요하면 EFS를 쓰세요. aws-efs-csi-driver 애드온을 설치하고 provisioner가 efs.csi.aws.com인 StorageClass를 만들면 됩니다.',
  'check.unbound-pvcs.remedy.useReadWriteOnce':
    '한 번에 한 노드만 볼륨을 쓰면 된다면 ReadWriteOnce로 PVC를 다시 만드세요.',
  'check.unbound-pvcs.remedy.waitingForConsumer':
    '조치할 것은 없습니다. 이 PVC를 쓰는 Pod가 스케줄되면 볼륨이 만들어집니다.',
  'check.unbound-pvcs.remedy.fixConsumer':
    'Pod {pod}이(가) 스케줄되지 못하는 원인을 해결하세요 (그 Pod에 대한 진단 결과를 보세요). Pod가 스케줄되면 곧바로 PVC가 바인딩됩니다.',
  'check.unbound-pvcs.remedy.installAddon':
    'EKS 애드온 {addon}을(를) 설치하세요. 드라이버에는 {policy} 관리형 정책이 붙은 IAM 역할이 필요하며, IRSA(--service-account-role-arn)나 EKS Pod Identity로 연결합니다.',
  'check.unbound-pvcs.remedy.autoMode':
    '클러스터에서 EKS Auto Mode를 켜거나, provisioner가 ebs.csi.aws.com인 StorageClass를 쓰고 aws-ebs-csi-driver 애드온을 설치하세요.',
  'check.unbound-pvcs.remedy.installDriver':
    'CSI 드라이버 {driver}을(를) 설치하거나, 설치된 provisioner를 쓰는 StorageClass를 사용하세요.',
  'check.unbound-pvcs.remedy.checkDriverVisible':
    '클러스터 관리자에게 `kubectl get csidriver`를 실행해 {driver}이(가) 설치되어 있고 컨트롤러 Pod가 실행 중인지 확인해 달라고 요청하세요.',
  'check.unbound-pvcs.remedy.checkController':
    '드라이버 컨트롤러 Pod의 상태와 csi-provisioner 컨테이너의 로그를 확인하세요.',
  'check.unbound-pvcs.remedy.fixIamPermissions':
    '드라이버의 IAM 역할에 빠진 권한을 추가하세요 ({policy} 관리형 정책에 포함되어 있습니다). 거부된 API 호출은 이벤트에 나와 있습니다. 고객 관리형 KMS 키로 볼륨을 암호화한다면 그 키에 대한 권한도 필요합니다.',
  'check.unbound-pvcs.remedy.fixCredentials':
    '드라이버의 service account를 확인하세요. IRSA annotation(eks.amazonaws.com/role-arn)이나 Pod Identity 연결, 그리고 역할의 신뢰 정책(trust policy)을 점검한 뒤 컨트롤러를 재시작하세요.',
  'check.unbound-pvcs.remedy.fixParameters':
    '오류에 나온 값(볼륨 타입, iops, throughput, 가용 영역, 파일 시스템 ID, access mode)을 고치세요. StorageClass의 parameters는 바꿀 수 없으므로 새 클래스를 만들고 PVC를 다시 만들어야 합니다.',
  'check.unbound-pvcs.remedy.checkNetwork':
    '드라이버 컨트롤러가 AWS API에 접근할 수 있는지 확인하세요 (프라이빗 서브넷이라면 NAT 게이트웨이나 EC2·STS용 VPC 엔드포인트가 필요합니다).',
  'check.unbound-pvcs.remedy.readEvents': 'PVC의 이벤트와 provisioner 로그에서 전체 오류 내용을 확인하세요.',
};
