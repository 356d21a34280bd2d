import type { Translation } from '../translation.ts';
import type { concepts as en } from '../en/concepts.ts';

export const concepts: Translation<typeof en> = {
  'concept.scheduling-resources.title': 'requests와 노드 allocatable',
  'concept.scheduling-resources':
    '스케줄러는 노드의 allocatable(전체 용량에서 시스템 예약분을 뺀 양)에서 이미 올라가 있는 Pod 들의 requests를 빼고, 남은 양에 새 Pod의 CPU·메모리 *requests* 가 들어갈 때만 그 노드에 Pod를 배치합니다. 실제 사용량이나 limits는 이 판단에 쓰이지 않습니다. 따라서 "Insufficient cpu"는 아직 요청되지 않은 CPU가 충분한 노드가 하나도 없다는 뜻입니다. requests를 줄이거나, 더 큰 인스턴스 타입·노드 추가·Cluster Autoscaler나 Karpenter로 용량을 늘리세요.',

  'concept.taints-tolerations.title': 'taint와 toleration',
  'concept.taints-tolerations':
    '노드에 taint가 있으면, 그에 맞는 toleration 이 없는 Pod는 그 노드에 올라갈 수 없습니다. NoSchedule은 새 Pod를 막고, PreferNoSchedule은 가능하면 피하게만 하며, NoExecute는 견디지 못하는 실행 중인 Pod 까지 내보냅니다. EKS 에서는 관리형 노드 그룹에 설정한 taint(GPU·전용 노드용), Fargate 노드의 `eks.amazonaws.com/compute-type=fargate`, 아직 시작 중인 노드의 `node.kubernetes.io/not-ready`나 `node.cloudprovider.kubernetes.io/uninitialized`를 자주 보게 됩니다.',

  'concept.node-affinity.title': 'nodeSelector와 node affinity',
  'concept.node-affinity':
    'nodeSelector와 requiredDuringSchedulingIgnoredDuringExecution node affinity는 반드시 지켜야 하는 조건입니다. Pod는 레이블이 맞는 노드에만 가고, 맞는 노드가 없으면 Pending으로 기다립니다. preferred affinity는 선호일 뿐입니다. EKS 노드에는 `eks.amazonaws.com/nodegroup`, `node.kubernetes.io/instance-type`, `topology.kubernetes.io/zone`, `kubernetes.io/arch` 같은 레이블이 있으니 `kubectl get nodes --show-labels`로 비교해 보세요.',

  'concept.pod-capacity.title': '노드당 Pod 수',
  'concept.pod-capacity':
    '노드는 CPU가 아무리 남아도 allocatable의 `pods` 개수까지만 Pod를 받습니다. VPC CNI를 쓰는 EKS 에서는 Pod 마다 노드 네트워크 인터페이스(ENI)의 IP를 하나씩 쓰기 때문에, 한도가 인스턴스 타입에 따라 ENI 수 × (ENI 당 IP 수 − 1) + 2로 정해집니다. t3.medium은 17개입니다. "Too many pods"는 노드가 개수로 꽉 찼다는 뜻이니, 더 큰 인스턴스나 노드를 추가하거나 prefix delegation(aws-node DaemonSet의 ENABLE_PREFIX_DELEGATION, 노드의 max-pods도 함께 조정)을 켜세요.',

  'concept.cordon.title': 'cordon 된 노드',
  'concept.cordon':
    '`kubectl cordon`(그리고 `kubectl drain`, 노드 그룹 업그레이드)은 노드를 스케줄 불가로 표시합니다. 이미 올라가 있는 Pod는 계속 실행되지만 새 Pod는 배치되지 않으며, 스케줄러는 이를 "node(s) were unschedulable"로 알립니다. 점검이 끝나면 `kubectl uncordon <노드>`로 다시 쓸 수 있게 하세요.',

  'concept.scheduling-gates.title': '스케줄링 게이트',
  'concept.scheduling-gates':
    '`spec.schedulingGates`에 항목이 있는 Pod는 SchedulingGated 상태의 Pending으로 남고, 게이트가 모두 없어질 때까지 스케줄러는 배치를 시도조차 하지 않습니다. 게이트는 Kueue 같은 큐잉 시스템의 컨트롤러가 일부러 붙였다가 시작해도 될 때 떼어 냅니다. 게이트가 걸린 Pod는 고장이 아니라 대기 중이니, 게이트를 관리하는 컨트롤러를 살펴보세요.',

  'concept.topology-spread.title': 'topology spread 제약 조건',
  'concept.topology-spread':
    '`topologySpreadConstraints`는 토폴로지 영역(보통 `topology.kubernetes.io/zone` 이나 노드 이름)마다 조건에 맞는 Pod 수의 차이가 `maxSkew`를 넘지 않게 합니다. `whenUnsatisfiable: DoNotSchedule` 이면 반드시 지켜야 하므로, 자리가 남은 유일한 zone에 놓으면 분산이 깨지는 경우 Pod는 Pending으로 남습니다. `ScheduleAnyway`로 하면 선호 조건이 됩니다.',

  'concept.pvc-binding.title': 'PVC가 볼륨을 얻는 과정',
  'concept.pvc-binding':
    'PersistentVolumeClaim은 스토리지를 요청하는 것이고, 컨트롤러가 크기가 충분하고 access mode와 클래스가 같은 PersistentVolume과 짝지으면 Bound가 됩니다. StorageClass가 있으면 그 클래스의 provisioner가 필요할 때 볼륨을 만들고, 없으면 관리자가 맞는 PV를 미리 만들어 두어야 합니다. 바인딩되지 않은 claim을 쓰는 Pod는 시작할 수 없으니 claim 부터 고치세요.',

  'concept.storage-class.title': 'StorageClass와 기본 클래스',
  'concept.storage-class':
    'PVC의 `storageClassName`은 StorageClass를 가리키고, StorageClass는 provisioner(EKS 에서는 보통 `ebs.csi.aws.com`)와 그 파라미터(`type: gp3` 등)를 정합니다. 가리킨 클래스가 없으면 아무도 볼륨을 만들지 않습니다. `storageClassName` 이 없는 PVC는 `storageclass.kubernetes.io/is-default-class: "true"` 주석이 붙은 기본 클래스를 쓰는데, 최근 EKS 클러스터에는 기본 클래스가 아예 없을 수 있습니다. `storageClassName: ""`은 미리 만든 PV를 쓰겠다는 뜻입니다.',

  'concept.volume-binding-mode.title': '볼륨을 만드는 시점: WaitForFirstConsumer',
  'concept.volume-binding-mode':
    '`volumeBindingMode: WaitForFirstConsumer` 이면 claim은 그것을 쓰는 Pod가 스케줄될 때까지 일부러 Pending으로 남고, 그 뒤 Pod가 놓인 zone에 볼륨이 만들어집니다. 이 상태에서 "waiting for first consumer to be created before binding" 이벤트는 정상입니다. `Immediate`는 볼륨을 곧바로 만들기 때문에 Pod가 갈 수 없는 zone에 생길 수도 있습니다.',

  'concept.csi-driver.title': 'EKS의 CSI 드라이버',
  'concept.csi-driver':
    '볼륨을 만들고 붙이는 일은 CSI 드라이버가 합니다. EKS에서 EBS 볼륨을 쓰려면 Amazon EBS CSI 드라이버(provisioner `ebs.csi.aws.com`)를 `aws-ebs-csi-driver` 애드온으로 설치하고, AmazonEBSCSIDriverPolicy가 붙은 IAM 역할을 주어야 합니다. EKS Auto Mode 에는 자체 드라이버 `ebs.csi.eks.amazonaws.com`이 있습니다. 드라이버가 없으면 claim은 "Waiting for a volume to be created ... by the external provisioner" 상태로 계속 기다리고, IAM 권한이 없으면 프로비저닝이 권한 오류로 실패합니다.',

  'concept.access-modes.title': 'access mode: RWO와 RWX',
  'concept.access-modes':
    'ReadWriteOnce(RWO)는 한 노드만 볼륨을 읽기·쓰기로 마운트할 수 있고(같은 노드의 Pod 끼리는 함께 쓸 수 있음), ReadWriteOncePod는 Pod 하나로 제한하며, ReadWriteMany(RWX)는 여러 노드가 마운트할 수 있습니다. EBS 볼륨은 블록 디스크라서 RWO와 RWOP 만 지원합니다(io2 Multi-Attach raw block 볼륨은 예외). 여러 노드의 Pod가 함께 쓰는 스토리지가 필요하면 Amazon EFS(`efs.csi.aws.com`)를 RWX로 쓰세요.',

  'concept.volume-zone.title': 'EBS 볼륨은 한 zone 에만 있습니다',
  'concept.volume-zone':
    'EBS 볼륨은 가용 영역(AZ) 하나에만 존재하고 그 zone의 노드에만 붙일 수 있어서, PersistentVolume에 그 zone에 대한 node affinity가 붙습니다. 그 볼륨을 쓰는 Pod도 그 zone 에서만 실행될 수 있으므로, 그 zone의 노드에 자리가 없으면 스케줄러가 "volume node affinity conflict"(최신 버전: "didn\'t match PersistentVolume\'s node affinity")를 알립니다. 볼륨이 있는 모든 zone에 노드를 두고, WaitForFirstConsumer 클래스를 쓰는 것이 좋습니다.',

  'concept.service-selector.title': 'Service가 Pod를 찾는 방법',
  'concept.service-selector':
    'Service는 같은 네임스페이스에서 `spec.selector`의 레이블을 *모두* 가진 Pod로 트래픽을 보내고, EndpointSlice 컨트롤러가 그 목록을 `kubernetes.io/service-name` 레이블이 붙은 EndpointSlice에 유지합니다. 레이블 이름이나 값이 하나만 틀려도 Service에 엔드포인트가 없어져 연결이 거부되거나 시간 초과가 납니다. `kubectl get pods --show-labels`로 selector와 비교해 보세요.',

  'concept.readiness.title': 'readiness와 Service 트래픽',
  'concept.readiness':
    'Service의 selector에 맞는 Pod 라도 Ready 상태일 때만, 즉 모든 컨테이너가 실행 중이고 readiness probe를 통과할 때만 트래픽을 받습니다. 준비되지 않은 Pod는 엔드포인트에서 빠질 뿐 재시작되지는 않습니다. 맞는 Pod가 하나도 준비되지 않았다면 selector가 맞더라도 Service에 준비된 엔드포인트가 없습니다.',

  'concept.target-port.title': 'port와 targetPort',
  'concept.target-port':
    'Service의 `port`는 클라이언트가 접속하는 포트이고, `targetPort`는 트래픽이 Pod에서 도착하는 포트로 기본값은 같은 번호입니다. 숫자 targetPort는 그대로 쓰이므로 컨테이너가 다른 포트에서 듣고 있으면 연결이 거부됩니다. 이름으로 된 targetPort는 Pod의 containerPort `name`과 같아야 하고, 그 이름이 없는 Pod는 엔드포인트에서 빠집니다.',

  'concept.load-balancer.title': 'EKS의 LoadBalancer 타입 Service',
  'concept.load-balancer':
    'EKS에서 LoadBalancer Service는 AWS Load Balancer Controller가 설치되어 있고 Service가 그것을 요청할 때(`loadBalancerClass: service.k8s.aws/nlb` 또는 `service.beta.kubernetes.io/aws-load-balancer-type: external` 주석) 그 컨트롤러가, 아니면 예전 in-tree 컨트롤러가 처리합니다. AWS 로드 밸런서가 만들어지기 전까지 EXTERNAL-IP는 `<pending>` 입니다. 흔한 원인은 컨트롤러가 없거나 IAM 역할이 없는 경우, 서브넷에 `kubernetes.io/role/elb`(public) 또는 `kubernetes.io/role/internal-elb` 태그가 없는 경우이며, Service의 이벤트에 이유가 나옵니다.',

  'concept.image-pull.title': '이미지 가져오기',
  'concept.image-pull':
    'kubelet은 컨테이너를 시작하기 전에 이미지를 가져오고, 실패하면 ErrImagePull을 거쳐 ImagePullBackOff를 보고하며 점점 긴 간격으로 다시 시도합니다. 원인은 "Failed to pull image" 이벤트에 있습니다: 이름이나 태그가 틀렸거나("not found"), 비공개 레지스트리 자격 증명(`imagePullSecrets`)이 없거나, 네트워크 경로가 없는 경우입니다. Amazon ECR은 노드 IAM 역할(AmazonEC2ContainerRegistryReadOnly)로 가져오므로 같은 계정이면 Secret 이 필요 없고, private 서브넷에는 NAT 게이트웨이나 ECR·S3 용 VPC 엔드포인트가 필요합니다.',

  'concept.crash-loop.title': 'CrashLoopBackOff (반복되는 재시작)',
  'concept.crash-loop':
    'CrashLoopBackOff 자체는 원인이 아닙니다. 컨테이너가 계속 종료되어 kubelet 이 재시작할 때마다 더 오래 기다린다는 뜻입니다(10초부터 두 배씩, 최대 5분). 원인은 마지막 종료 정보(reason과 exit code)와 죽은 실행의 출력, 즉 `kubectl logs <pod> -c <container> --previous`에 있습니다. exit code 1은 대개 설정 누락이나 데이터베이스 연결 실패 같은 애플리케이션 자체의 오류입니다.',

  'concept.oom.title': 'OOMKilled와 메모리 limits',
  'concept.oom':
    '컨테이너가 `resources.limits.memory` 보다 메모리를 더 쓰면 커널이 강제 종료합니다: reason OOMKilled, exit code 137. limit을 애플리케이션이 실제로 필요한 만큼 올리거나 사용량을 줄이세요(예: JVM 힙을 limit 보다 넉넉히 작게). 이것은 메모리가 부족한 노드가 Pod 전체를 내보내는 eviction 과는 다릅니다. requests는 스케줄링에만 쓰이고, limits는 실행 중에 강제됩니다.',

  'concept.config-references.title': 'ConfigMap과 Secret 참조',
  'concept.config-references':
    '`configMapKeyRef`/`secretKeyRef`와 `envFrom`으로 만드는 환경 변수는 Pod와 같은 네임스페이스의 ConfigMap 이나 Secret을 가리킵니다. 그 오브젝트나 키가 없으면 kubelet은 컨테이너를 만들지 않고 CreateContainerConfigError를 보고하며, 생길 때까지 다시 시도합니다. 오브젝트나 키를 만들거나(`kubectl create secret generic ...`), 이름을 고치거나, 없이도 시작할 수 있다면 참조에 `optional: true`를 붙이세요.',

  'concept.volume-mount.title': '볼륨 마운트',
  'concept.volume-mount':
    'kubelet은 컨테이너를 시작하기 전에 Pod의 모든 볼륨을 붙이고(attach) 마운트해야 하며, 그때까지 Pod는 FailedMount 이벤트와 함께 ContainerCreating에 머뭅니다. 오브젝트가 없는 ConfigMap·Secret 볼륨, 바인딩되지 않은 claim, 실패한 attach는 모두 Pod를 막습니다. 첫 FailedMount 이벤트에 볼륨 이름과 이유가 나옵니다.',

  'concept.multi-attach.title': 'Multi-Attach 오류',
  'concept.multi-attach':
    'EBS 볼륨(ReadWriteOnce)은 한 번에 한 노드에만 붙습니다. 다른 노드의 두 번째 Pod가 같은 claim을 쓰면 — 하나의 PVC를 공유하는 여러 replica의 Deployment, 새 Pod가 다른 노드에 놓인 rolling update, 사라진 노드에서 Terminating으로 멈춘 예전 Pod 등 — attach/detach 컨트롤러가 "Multi-Attach error"를 알립니다. replica 마다 볼륨을 따로 주거나(StatefulSet volumeClaimTemplates), replica가 하나인 Deployment는 `strategy: Recreate`를 쓰거나, 공유 데이터에는 EFS를 쓰세요.',

  'concept.node-failure.title': '상태 보고를 멈춘 노드',
  'concept.node-failure':
    '모든 노드의 kubelet은 자기 상태를 컨트롤 플레인에 보고합니다. 보고가 멈추면(인스턴스 중지·장애·네트워크 단절) 노드는 Ready=Unknown("Kubelet stopped posting node status.")이 되고 `node.kubernetes.io/unreachable` taint(NoSchedule, NoExecute)가 붙어 새 Pod가 들어가지 않습니다. 그 노드의 Pod는 이 taint를 잠시(tolerationSeconds, 기본 300초) 허용한 뒤 삭제 표시되고, 컨트롤러가 다른 곳에 대체 Pod를 만듭니다. 확인해 줄 kubelet이 없으므로 기존 Pod는 노드가 돌아오거나 Node 객체가 삭제될 때까지 Terminating으로 남습니다. EKS에서는 EC2 인스턴스와 노드 그룹을 확인하세요.',

  'concept.eviction.title': '노드 압박에 의한 eviction',
  'concept.eviction':
    '노드의 메모리, 디스크, 프로세스 ID가 부족해지면 kubelet은 노드를 지키려고 Pod를 내보냅니다(evict). 그 Pod는 status Failed, reason Evicted로 끝나고 메시지에 부족한 리소스가 나옵니다. requests 보다 많이 쓰는 Pod가 먼저 나가며, 노드는 회복될 때까지 pressure condition과 taint를 가집니다. requests를 실제 사용량에 가깝게 잡고 노드 디스크(이미지와 로그)를 지켜보세요. 내보내진 Pod는 소유 컨트롤러가 새로 만듭니다.',

  'concept.probes.title': 'probe의 종류: liveness, readiness, startup',
  'concept.probes':
    'liveness probe가 실패하면 kubelet 이 컨테이너를 재시작하고, readiness probe가 실패하면 Pod가 Service 엔드포인트에서 빠지기만 하며, startup probe는 애플리케이션이 시작될 때까지 둘 다 미룹니다. 지연이나 timeout 이 너무 짧은 liveness probe는 느리게 시작하는 애플리케이션을 계속 죽입니다. "Unhealthy" 이벤트에 probe가 받은 응답이 나옵니다.',

  'concept.rollout.title': 'Deployment 롤아웃',
  'concept.rollout':
    'rolling update는 새 ReplicaSet을 만들어 Pod를 조금씩 옮기고, 새 Pod가 준비되지 않는 동안에는 예전 Pod를 남겨 둡니다. `progressDeadlineSeconds`(기본 600초) 동안 진척이 없으면 Deployment에 Progressing=False, reason ProgressDeadlineExceeded condition 이 붙지만, 스스로 되돌리지는 않습니다. `kubectl rollout status deployment/<name>`으로 지켜보고, `kubectl rollout undo deployment/<name>`으로 이전 버전으로 되돌리세요.',

  'concept.resource-quota.title': 'ResourceQuota와 LimitRange',
  'concept.resource-quota':
    'ResourceQuota는 네임스페이스의 requests, limits, 오브젝트 수 합계를 제한합니다. 한도를 넘는 Pod는 생성 단계에서 거부되어 아예 나타나지 않고, ReplicaSet 이나 Job에 "exceeded quota"가 담긴 FailedCreate 이벤트가 남습니다. quota가 CPU나 메모리를 다루면 모든 Pod가 그 requests나 limits를 적거나 LimitRange 기본값으로 받아야 합니다. LimitRange는 컨테이너당 최소·최대값도 정합니다.',

  'concept.statefulset.title': 'StatefulSet의 동작 방식',
  'concept.statefulset':
    'StatefulSet은 Pod 이름을 `<name>-0`, `<name>-1` 처럼 붙이고 기본적으로 순서대로 만듭니다. N+1 번 Pod는 N 번이 실행되고 준비될 때까지 기다리므로, Pod 하나가 멈추면 나머지도 막힙니다. `spec.serviceName`은 각 Pod에 고정 DNS 이름을 주는 headless Service(`clusterIP: None`)를 가리켜야 합니다. `volumeClaimTemplates`는 Pod 마다 `<template>-<name>-<ordinal>` PVC를 만들고, 이 PVC는 Pod를 지우거나 규모를 줄여도 남습니다.',

  'concept.daemonset.title': 'DaemonSet과 taint',
  'concept.daemonset':
    'DaemonSet은 쓸 수 있는 모든 노드에 Pod를 하나씩 실행합니다. 견디지 못하는 taint가 있거나 nodeSelector에서 빠진 노드는 아예 세지 않습니다. not-ready, pressure, unschedulable 같은 일반적인 노드 상태 taint는 자동으로 견디지만, GPU 노드 그룹의 taint 같은 사용자 정의 taint는 견디지 못합니다. DaemonSet Pod는 자기 노드에 묶여 있어서, 그 노드에 자리가 없으면 다른 곳으로 가지 않고 Pending으로 남습니다.',

  'concept.namespace-lifecycle.title': '네임스페이스 삭제와 finalizer',
  'concept.namespace-lifecycle':
    '네임스페이스를 지우면 Terminating 상태가 되고, 네임스페이스 컨트롤러가 안의 모든 것을 지운 뒤에야 네임스페이스가 사라집니다. finalizer를 처리할 컨트롤러가 없어진 오브젝트가 있거나 metrics 같은 aggregated API를 쓸 수 없으면 멈추며, 네임스페이스의 status conditions에 어느 쪽인지 나옵니다. Terminating 네임스페이스에는 새 오브젝트를 만들 수 없습니다.',

  'concept.jobs.title': 'Job과 완료된 Pod',
  'concept.jobs':
    'Job은 필요한 수만큼 Pod가 성공할 때까지 실행합니다. exit code 0으로 끝난 Pod는 Completed로 보이며, 이는 성공이지 문제가 아닙니다. 실패한 Pod는 점점 긴 간격으로 `backoffLimit`(기본 6)까지 다시 시도되고, 그 뒤 Job은 reason BackoffLimitExceeded로 실패합니다. `activeDeadlineSeconds`는 전체 실행 시간을 제한합니다. 실패 원인은 마지막으로 실패한 Pod의 로그에서 확인하세요.',

  'concept.autoscaling.title': 'HorizontalPodAutoscaler (자동 스케일링)',
  'concept.autoscaling':
    'HorizontalPodAutoscaler는 지표를 목표 근처로 유지하도록 Deployment나 StatefulSet의 replica 수를 `minReplicas`와 `maxReplicas` 사이에서 계속 조정합니다. CPU와 메모리 사용량은 metrics-server가 제공하는 리소스 메트릭 API(metrics.k8s.io)에서 오며, 이것이 없으면 HPA는 ScalingActive=False가 되고 전혀 스케일하지 않습니다. Utilization 목표는 컨테이너 request 대비 비율이므로 모든 컨테이너에 해당 request가 있어야 합니다. `maxReplicas`에 닿으면 지표가 아무리 높아도 Pod를 더 늘리지 않습니다(ScalingLimited=True, reason TooManyReplicas).',
};
