import type { Translation } from '../translation.ts';
import type { checksScheduling as en } from '../en/checks-scheduling.ts';

export const checksScheduling: Translation<typeof en> = {
  'check.pending-pods.title': '노드를 기다리는 Pod (Pending)',

  'check.pending-pods.cause.insufficient-resources':
    '이 Pod에 필요한 {resource} 여유가 있는 노드가 없습니다. Pod는 {request}을(를) 요청하지만, 가장 여유가 많은 노드도 {free}만 남아 있습니다.',
  'check.pending-pods.cause.insufficient-resources-some':
    '노드 {total}개 중 {count}개에 이 Pod에 필요한 {resource} 여유가 없습니다. Pod는 {request}을(를) 요청하지만, 그 노드들 중 가장 여유가 많은 노드도 {free}만 남아 있습니다.',
  'check.pending-pods.cause.insufficient-resources-hidden':
    '노드 {total}개 중 {count}개에 이 Pod가 요청한 {resource} 여유가 부족합니다.',
  'check.pending-pods.cause.too-big':
    'Pod가 {resource}을(를) {request} 요청하는데, 이는 어떤 노드의 전체 용량보다도 큽니다(가장 큰 노드가 {largest}). 지금 노드들로는 절대 배치될 수 없습니다.',
  'check.pending-pods.cause.too-many-pods':
    '노드 {total}개 중 {count}개가 이미 허용된 최대 Pod 수(max-pods)만큼 Pod를 실행하고 있습니다.',
  'check.pending-pods.cause.untolerated-taint':
    '노드 {total}개 중 {count}개에 이 Pod가 허용(toleration)하지 않는 taint가 있습니다: {taints}.',
  'check.pending-pods.cause.untolerated-taint-unnamed':
    '노드 {total}개 중 {count}개에 이 Pod가 허용(toleration)하지 않는 taint가 있습니다.',
  'check.pending-pods.cause.node-selector-mismatch':
    '노드 {total}개 중 {count}개에 이 Pod가 nodeSelector나 node affinity로 요구하는 레이블이 없습니다.',
  'check.pending-pods.cause.scheduler-node-affinity':
    '노드 {total}개 중 {count}개가 스케줄러 프로필이 모든 Pod에 덧붙이는 node affinity 때문에 제외되었습니다(Pod spec 때문이 아닙니다).',
  'check.pending-pods.cause.cordoned':
    '노드 {total}개 중 {count}개가 cordon(스케줄 불가로 표시)되어 새 Pod가 들어갈 수 없습니다.',
  'check.pending-pods.cause.unbound-pvc':
    'Pod가 사용하는 PersistentVolumeClaim이 아직 볼륨에 바인딩되지 않아 스케줄러가 Pod를 배치할 수 없습니다.',
  'check.pending-pods.cause.missing-pvc': 'Pod가 사용하는 PersistentVolumeClaim "{claim}"이(가) 존재하지 않습니다.',
  'check.pending-pods.cause.volume-zone-conflict':
    '노드 {total}개 중 {count}개가 Pod의 볼륨과 다른 가용 영역(AZ)에 있습니다. EBS 같은 볼륨은 같은 AZ의 노드에만 연결할 수 있습니다.',
  'check.pending-pods.cause.volume-unavailable':
    '노드 {total}개 중 {count}개가 이 Pod에 필요한 볼륨을 제공할 수 없습니다.',
  'check.pending-pods.cause.volume-binding-timeout':
    'Pod의 볼륨 바인딩이 시간 초과되었습니다. 볼륨이 제때 생성되거나 연결되지 않았습니다.',
  'check.pending-pods.cause.several': '이 Pod가 쓸 수 있는 노드 {count}개 모두 Pod를 받을 수 없습니다: {causes}.',
  'check.pending-pods.cause.candidates-insufficient':
    '이 Pod가 쓸 수 있는 노드({nodes})에 {resource} 여유가 부족합니다. Pod는 {request}을(를) 요청하지만, 그중 가장 여유가 많은 노드도 {free}만 남아 있습니다.',
  'check.pending-pods.cause.candidates-too-big':
    'Pod는 {resource}을(를) {request} 요청하지만, 쓸 수 있는 노드 중 가장 큰 노드도 전체가 {largest}라서 그 노드들에는 절대 들어갈 수 없습니다.',
  'check.pending-pods.cause.candidates-too-many-pods':
    '이 Pod가 쓸 수 있는 노드({nodes})가 이미 허용된 최대 Pod 수(allocatable pods, max-pods)만큼 Pod를 실행하고 있습니다.',
  'check.pending-pods.cause.candidates-taint':
    '이 Pod가 쓸 수 있는 노드({nodes})에 Pod가 허용(toleration)하지 않는 taint가 있습니다: {taints}.',
  'check.pending-pods.cause.candidates-cordoned':
    '이 Pod가 쓸 수 있는 노드({nodes})가 cordon(스케줄 불가로 표시)되어 새 Pod가 들어갈 수 없습니다.',
  'check.pending-pods.cause.candidates-not-ready': '이 Pod가 쓸 수 있는 노드가 Ready 상태가 아닙니다: {nodes}.',
  'check.pending-pods.cause.no-node-has-label':
    '노드 {count}개 중 어느 것도 이 Pod가 nodeSelector나 node affinity로 요구하는 조건을 갖추지 않았습니다: {labels}.',
  'check.pending-pods.cause.no-node-has-all-labels':
    '노드 {count}개 중 이 Pod가 nodeSelector나 node affinity로 요구하는 레이블을 모두 가진 노드가 없습니다.',
  'check.pending-pods.cause.volume-zone-candidates':
    'Pod의 볼륨 {volume}(claim {claim})은(는) {zone} 영역에 있지만, Pod가 쓸 수 있는 다른 노드는 {zones}에 있습니다. EBS 같은 볼륨은 같은 가용 영역(AZ)의 노드에만 연결됩니다.',
  'check.pending-pods.cause.class-zone-candidates':
    'claim {claim}은(는) 아직 바인딩되지 않았고, 그 StorageClass {storageClass}은(는) {zone} 영역에만 볼륨을 만듭니다(allowedTopologies). 그런데 이 Pod가 쓸 수 있는 다른 노드는 {zones}에 있습니다. 스케줄러는 볼륨을 만들 수 있는 곳에만 Pod를 배치합니다.',
  'check.pending-pods.cause.scheduler-several':
    '이 Pod를 받을 수 있는 노드가 없습니다. 배치 규칙을 통과한 노드들이 보고한 이유: {causes}.',
  'check.pending-pods.detail.candidates': 'Pod가 쓸 수 있는 노드는 {total}개 중 {count}개입니다: {nodes}.',
  'check.pending-pods.detail.ruled-out-label':
    '노드 {count}개는 Pod의 조건 "{label}"에 맞지 않아 이 Pod용이 아닙니다: {nodes}.',
  'check.pending-pods.detail.ruled-out-taint':
    '노드 {count}개에는 Pod가 허용하지 않는 {taint}이(가) 있어 이 Pod용이 아닙니다: {nodes}.',
  'check.pending-pods.detail.ruled-out-volume':
    '노드 {count}개는 Pod의 볼륨 {volume}의 영역({zone}) 밖에 있습니다: {nodes}.',
  'check.pending-pods.detail.ruled-out-class-zone':
    '노드 {count}개는 StorageClass {storageClass}이(가) claim {claim}의 볼륨을 만드는 영역({zone}) 밖에 있습니다: {nodes}.',
  'check.pending-pods.detail.class-zone':
    'claim {claim}은(는) 아직 바인딩되지 않았습니다. 그 StorageClass {storageClass}(WaitForFirstConsumer)은(는) {zone} 영역에만 볼륨을 만듭니다.',
  'check.pending-pods.detail.first-filter-only':
    '스케줄러는 노드마다 처음 실패한 검사 하나만 셉니다(taint가 레이블과 리소스보다 먼저). 그래서 taint나 레이블로 집계된 노드는 이 Pod가 원래 쓰지 않을 노드일 수 있으며, 이를 가리려면 노드 정보가 필요합니다.',
  'check.pending-pods.cause.no-nodes': '스케줄러가 Pod를 배치할 수 있는 노드가 하나도 없습니다.',
  'check.pending-pods.cause.scheduling-gated':
    'Pod가 scheduling gate({gates})에 묶여 있습니다. 컨트롤러가 gate를 제거하기 전까지 스케줄러는 배치를 시도하지 않습니다.',
  'check.pending-pods.cause.host-port-conflict':
    '노드 {total}개 중 {count}개에서 이 Pod가 요청한 host port를 이미 다른 Pod가 사용하고 있습니다.',
  'check.pending-pods.cause.pod-affinity-conflict':
    '노드 {total}개 중 {count}개가 다른 Pod와의 affinity 또는 anti-affinity 규칙에 맞지 않습니다.',
  'check.pending-pods.cause.topology-spread':
    '노드 {total}개 중 {count}개는 Pod의 topology spread 제약을 깨뜨리게 됩니다.',
  'check.pending-pods.cause.node-name-mismatch': '노드 {total}개 중 {count}개가 Pod에 지정된 노드가 아닙니다.',
  'check.pending-pods.cause.unknown-reason': '스케줄러가 Pod를 배치하지 못했고 다음과 같이 보고했습니다: {text}',
  'check.pending-pods.cause.not-yet-scheduled':
    'Pod가 {age} 전에 생성되었고 스케줄러가 아직 결과를 보고하지 않았습니다. 잠시 동안은 정상입니다.',
  'check.pending-pods.cause.no-scheduler-attempt':
    'Pod가 {age} 동안 기다렸지만 어떤 스케줄러도 결과를 보고하지 않았습니다. 이 Pod는 스케줄러 "{scheduler}"를 지정합니다.',
  'check.pending-pods.cause.reason-not-visible':
    'Pod가 {age} 동안 Pending 상태이지만, 이벤트를 읽을 수 없고({reason}) PodScheduled condition에도 이유가 없습니다.',

  'check.pending-pods.reason.insufficient-resource': '노드 {count}개에 {resource} 여유가 부족합니다.',
  'check.pending-pods.reason.too-many-pods': '노드 {count}개가 가득 찼습니다. 최대 Pod 수에 도달했습니다.',
  'check.pending-pods.reason.untolerated-taint': '노드 {count}개에 Pod가 허용하지 않는 taint가 있습니다.',
  'check.pending-pods.reason.untolerated-taint-named':
    '노드 {count}개에 Pod가 허용하지 않는 taint {taint}이(가) 있습니다.',
  'check.pending-pods.reason.node-affinity':
    '노드 {count}개가 Pod의 nodeSelector 또는 필수 node affinity와 맞지 않습니다.',
  'check.pending-pods.reason.scheduler-node-affinity':
    '노드 {count}개가 Pod spec이 아닌 스케줄러 프로필의 node affinity 때문에 제외되었습니다.',
  'check.pending-pods.reason.unschedulable': '노드 {count}개가 cordon되어 있습니다.',
  'check.pending-pods.reason.host-ports': '노드 {count}개에서 Pod가 요청한 host port가 이미 사용 중입니다.',
  'check.pending-pods.reason.node-name': '노드 {count}개가 Pod spec에 지정된 노드가 아닙니다.',
  'check.pending-pods.reason.pod-affinity': '노드 {count}개에 이 Pod가 함께 있어야 하는 Pod가 없습니다(pod affinity).',
  'check.pending-pods.reason.pod-anti-affinity':
    '노드 {count}개에 이 Pod가 피해야 하는 Pod가 이미 있습니다(pod anti-affinity).',
  'check.pending-pods.reason.existing-anti-affinity':
    '노드 {count}개에서 실행 중인 Pod들의 anti-affinity 규칙이 이 Pod를 막고 있습니다.',
  'check.pending-pods.reason.topology-spread':
    '노드 {count}개에 배치하면 해당 Pod들의 분산이 너무 치우칩니다(topology spread 제약).',
  'check.pending-pods.reason.no-available-pv': '노드 {count}개에 claim이 바인딩할 수 있는 PersistentVolume이 없습니다.',
  'check.pending-pods.reason.volume-node-affinity':
    '노드 {count}개가 Pod 볼륨이 있는 위치(볼륨의 node affinity, 보통 AZ)와 다릅니다.',
  'check.pending-pods.reason.not-enough-storage': '노드 {count}개에 볼륨을 위한 로컬 스토리지 여유가 부족합니다.',
  'check.pending-pods.reason.pvc-missing-pv':
    '노드 {count}개가 제외되었습니다. claim이 더 이상 존재하지 않는 PersistentVolume에 바인딩되어 있습니다.',
  'check.pending-pods.reason.no-available-disk':
    '노드 {count}개에서 이 볼륨에 필요한 디스크를 이미 사용 중입니다(volume restrictions).',
  'check.pending-pods.reason.no-volume-zone': '노드 {count}개가 Pod 볼륨의 AZ에 있지 않습니다.',
  'check.pending-pods.reason.unknown': '노드 {count}개: 스케줄러가 "{text}"라고 보고했습니다(원문 그대로 전달).',
  'check.pending-pods.prefilter.unbound-immediate-pvc':
    '스케줄러가 노드를 살펴보기도 전에, 즉시 바인딩(Immediate) 방식의 claim이 아직 바인딩되지 않은 것을 발견했습니다.',
  'check.pending-pods.prefilter.pvc-not-found':
    '스케줄러가 노드를 살펴보기도 전에, claim "{claim}"이(가) 존재하지 않는 것을 발견했습니다.',
  'check.pending-pods.prefilter.unknown':
    '스케줄러가 노드를 살펴보기도 전에 Pod를 거부했습니다: "{text}"(원문 그대로 전달).',
  'check.pending-pods.detail.counts-mismatch':
    '스케줄러 메시지의 노드 수 합계가 {total}개와 맞지 않아 항목 구분이 틀릴 수 있습니다. 메시지 전문은 근거(evidence)에 그대로 인용했습니다.',
  'check.pending-pods.detail.preemption-not-helpful':
    '우선순위가 낮은 Pod를 축출(preemption)해도 소용없습니다. 노드가 제외된 이유는 축출로 바뀌지 않습니다.',
  'check.pending-pods.detail.preemption-no-victims': '자리를 만들기 위해 축출할 수 있는 우선순위 낮은 Pod가 없습니다.',
  'check.pending-pods.detail.preemption-mixed':
    '노드 {notHelpful}개에서는 Pod를 축출해도 소용없고, 노드 {noVictims}개에는 축출할 우선순위 낮은 Pod가 없습니다.',
  'check.pending-pods.detail.preemption-other': 'Preemption: {text}',
  'check.pending-pods.detail.nodes-hidden':
    '노드 정보를 볼 권한이 없어({reason}) 원인이 되는 노드를 특정할 수 없습니다. 스케줄러의 원문 메시지를 근거에 인용했습니다.',
  'check.pending-pods.detail.lower-bound':
    '네임스페이스 {namespace}만 읽었기 때문에 이 노드들에 있는 다른 네임스페이스의 Pod는 계산에 들어가지 않았습니다. 사용량은 최솟값이며 실제 여유는 더 적을 수 있습니다.',
  'check.pending-pods.detail.older-message':
    '이전 시도에서는 다른 이유가 보고되었습니다(다른 메시지 {count}개). 근거에 함께 남겨 두었습니다.',

  'check.pending-pods.detail.node-taints': '노드 {node}에 Pod가 허용하지 않는 taint가 있습니다: {taints}.',
  'check.pending-pods.detail.named-taint': '스케줄러가 지목한 taint: {taint}.',
  'check.pending-pods.taint.not-ready':
    'node.kubernetes.io/not-ready: 노드가 Ready 상태가 아닙니다(kubelet, 컨테이너 런타임 또는 네트워크가 아직 정상이 아님). Kubernetes가 이 taint를 직접 붙이고 뗍니다.',
  'check.pending-pods.taint.unreachable':
    'node.kubernetes.io/unreachable: 컨트롤 플레인이 노드와 연락이 끊겼습니다. 인스턴스가 중지되었거나 네트워크가 끊겼을 수 있습니다.',
  'check.pending-pods.taint.disk-pressure':
    'node.kubernetes.io/disk-pressure: 노드의 디스크가 부족합니다(주로 이미지 레이어나 로그 때문).',
  'check.pending-pods.taint.memory-pressure': 'node.kubernetes.io/memory-pressure: 노드의 메모리가 부족합니다.',
  'check.pending-pods.taint.pid-pressure': 'node.kubernetes.io/pid-pressure: 노드의 프로세스 ID가 부족합니다.',
  'check.pending-pods.taint.network-unavailable':
    'node.kubernetes.io/network-unavailable: 노드의 네트워크가 아직 설정되지 않았습니다.',
  'check.pending-pods.taint.unschedulable': 'node.kubernetes.io/unschedulable: 노드가 cordon되어 있습니다.',
  'check.pending-pods.taint.uninitialized':
    'node.cloudprovider.kubernetes.io/uninitialized: 노드가 아직 시작 중이며 클라우드 컨트롤러가 초기화를 마치지 않았습니다. 보통 1분 안에 사라집니다.',
  'check.pending-pods.taint.fargate':
    'eks.amazonaws.com/compute-type=fargate: Fargate 노드는 자신이 만들어진 그 Pod 하나만 실행합니다. 다른 Pod는 절대 들어가지 않습니다.',
  'check.pending-pods.taint.critical-addons':
    'CriticalAddonsOnly: 클러스터 애드온 전용 노드입니다(예: EKS Auto Mode의 시스템 노드).',
  'check.pending-pods.taint.gpu':
    'nvidia.com/gpu: GPU 워크로드 전용 노드입니다. 맞는 toleration이 있는 Pod만 실행됩니다.',
  'check.pending-pods.taint.karpenter-disrupted':
    'karpenter.sh/disrupted: Karpenter가 이 노드를 교체하거나 제거하려고 비우는 중입니다.',
  'check.pending-pods.taint.karpenter-unregistered':
    'karpenter.sh/unregistered: Karpenter가 띄운 노드가 아직 클러스터에 합류를 마치지 않았습니다.',
  'check.pending-pods.taint.control-plane':
    '{key}: 컨트롤 플레인 노드입니다. 일반 워크로드는 이 노드에 배치되지 않습니다.',
  'check.pending-pods.taint.other':
    '{taint}: 팀이나 도구가 설정한 taint입니다. Pod에 맞는 toleration을 추가하거나, 다른 노드에서 실행되어야 합니다.',

  'check.pending-pods.detail.node-demands': 'Pod가 요구하는 노드 조건: {demands}.',
  'check.pending-pods.detail.label-missing': '노드 {node}: 레이블 {key}이(가) 없습니다(Pod 요구: {wants}).',
  'check.pending-pods.detail.label-different': '노드 {node}: 레이블 {key}의 값이 "{actual}"입니다(Pod 요구: {wants}).',
  'check.pending-pods.detail.no-node-matches': '보이는 노드 {count}개 중 이 레이블을 모두 가진 노드가 없습니다.',

  'check.pending-pods.detail.request':
    'Pod는 {resource}을(를) {request} 요청합니다(모든 컨테이너 합계, init 컨테이너와 overhead 포함).',
  'check.pending-pods.detail.node-room':
    '노드 {node}: 할당 가능 {allocatable}, 다른 Pod가 이미 요청한 양 {requested}, 여유 {free}, 부족분 {short}.',
  'check.pending-pods.detail.too-big':
    '어떤 노드에도 들어갈 수 없습니다. 가장 큰 노드의 {resource} 전체 용량이 {largest}입니다.',
  'check.pending-pods.detail.no-resource': '보이는 노드 중 {resource}을(를) 제공하는 노드가 하나도 없습니다.',
  'check.pending-pods.detail.limit-range':
    'LimitRange {name}이(가) 요청값이 없는 컨테이너에 기본 {resource} 요청 {value}을(를) 넣습니다.',
  'check.pending-pods.detail.no-request':
    'Pod 자체는 {resource}을(를) 요청하지 않습니다. LimitRange 기본값과 Pod의 overhead를 확인하세요.',

  'check.pending-pods.detail.node-pods': '노드 {node} ({instanceType}): Pod {max}개 중 {used}개 사용 중.',
  'check.pending-pods.detail.eni-limit':
    'EKS에서는 VPC CNI가 인스턴스 유형의 네트워크 인터페이스(ENI)와 IP 수에 따라 노드당 Pod 수(max-pods)를 제한합니다. t3.small 같은 작은 인스턴스는 시스템 Pod를 포함해 11개만 허용합니다.',

  'check.pending-pods.detail.cordoned': '노드 {node}이(가) cordon되어 있습니다(spec.unschedulable: true).',

  'check.pending-pods.detail.claim-bound': 'Claim {claim}은(는) 볼륨 {volume}에 Bound 상태입니다.',
  'check.pending-pods.detail.claim-pending':
    'Claim {claim}이(가) {phase} 상태로, 볼륨에 바인딩되지 않았습니다. 이유는 해당 claim에 대한 진단 결과를 보세요.',
  'check.pending-pods.detail.claim-missing': 'Claim {claim}이(가) 네임스페이스 {namespace}에 없습니다.',
  'check.pending-pods.detail.claims-hidden':
    'PersistentVolumeClaim을 볼 권한이 없어({reason}) claim {claims}을(를) 확인할 수 없습니다.',
  'check.pending-pods.detail.volume-zone': '볼륨 {volume}(claim {claim})은(는) AZ {zone}에 있습니다.',
  'check.pending-pods.detail.node-zones': '보이는 노드들의 AZ: {zones}.',
  'check.pending-pods.detail.no-node-in-zone': 'AZ {zone}에는 스케줄 가능한 노드가 없습니다.',
  'check.pending-pods.detail.ebs-csi-missing':
    'ebs.csi.aws.com(또는 ebs.csi.eks.amazonaws.com) CSIDriver가 등록되어 있지 않습니다. EBS CSI 드라이버가 설치되지 않은 것으로 보입니다.',

  'check.pending-pods.detail.host-ports':
    'Pod가 host port {ports}을(를) 요청합니다. 같은 host port는 노드당 Pod 하나만 쓸 수 있습니다.',
  'check.pending-pods.detail.pod-affinity-term':
    'Pod는 {selector}에 맞는 Pod와 같은 {topologyKey}에서 실행되어야 합니다.',
  'check.pending-pods.detail.pod-anti-affinity-term':
    'Pod는 {selector}에 맞는 Pod와 같은 {topologyKey}을(를) 공유하면 안 됩니다.',
  'check.pending-pods.detail.topology-constraint':
    '분산 규칙: {selector}에 맞는 Pod 수가 {topologyKey}별로 최대 {maxSkew}까지만 차이 날 수 있습니다(whenUnsatisfiable: DoNotSchedule).',
  'check.pending-pods.detail.gates': 'Scheduling gate: {gates}. Pod는 {age} 동안 기다렸습니다.',
  'check.pending-pods.detail.no-nodes-visible': '클러스터에 노드가 하나도 없습니다.',

  'check.pending-pods.remedy.tolerate':
    '이 Pod가 해당 노드에서 실행되어야 한다면 Pod 템플릿에 toleration을 추가하세요: {toleration}.',
  'check.pending-pods.remedy.untainted-nodes':
    '그렇지 않다면 그 taint가 없고 여유가 있는 노드(taint 없는 노드 그룹)가 있는지 확인하세요.',
  'check.pending-pods.remedy.node-recovers':
    'not-ready, unreachable, uninitialized, disk/memory pressure 같은 taint는 노드가 회복되면 사라집니다. 노드를 describe해서 condition을 확인하세요.',
  'check.pending-pods.remedy.fix-labels':
    'Pod의 nodeSelector/affinity를 노드에 실제로 있는 레이블로 고치거나, 노드 그룹에 레이블을 추가하세요(노드 그룹이나 Karpenter NodePool에서 설정하세요. `kubectl label node`는 노드가 교체되면 사라집니다).',
  'check.pending-pods.remedy.lower-requests': 'Pod의 요청값(requests)이 실제 필요보다 크다면 줄이세요.',
  'check.pending-pods.remedy.add-capacity':
    '용량을 늘리세요. 노드 그룹을 확장하거나 Cluster Autoscaler 또는 Karpenter가 노드를 추가하게 하세요.',
  'check.pending-pods.remedy.bigger-nodes':
    '더 큰 인스턴스 유형을 쓰세요. 새 노드 그룹을 만들거나 더 큰 인스턴스를 허용하는 Karpenter NodePool을 쓰면 됩니다.',
  'check.pending-pods.remedy.pods-bigger':
    '더 큰 인스턴스 유형(노드당 ENI와 IP가 더 많음)을 쓰거나 노드를 추가하세요(Cluster Autoscaler / Karpenter).',
  'check.pending-pods.remedy.pods-prefix':
    '또는 Nitro 인스턴스라면 VPC CNI prefix delegation을 켜고(aws-node DaemonSet에 ENABLE_PREFIX_DELEGATION=true) max-pods를 올리세요.',
  'check.pending-pods.remedy.uncordon':
    '노드를 cordon한 작업이 끝났다면 uncordon하세요. 작업 중이라면 교체 노드가 뜰 때까지 기다리세요.',
  'check.pending-pods.remedy.fix-claim':
    '먼저 claim을 고치세요(해당 claim의 진단 결과 참고). claim이 바인딩되면 Pod는 바로 배치됩니다.',
  'check.pending-pods.remedy.create-claim': 'claim {claim}을(를) 만들거나, Pod 템플릿의 claim 이름을 바로잡으세요.',
  'check.pending-pods.remedy.zone-node':
    '볼륨이 있는 AZ에 노드를 띄우거나(그 AZ를 포함하는 노드 그룹), 노드가 있는 AZ에 스냅샷으로 볼륨을 복원하세요.',
  'check.pending-pods.remedy.class-zones':
    '이 Pod용 노드를 {zone} 영역에 띄우거나, allowedTopologies에 Pod 노드들의 영역이 들어간 StorageClass를 claim에 쓰세요(claim의 storageClassName은 바꿀 수 없으니 새 StorageClass로 claim을 다시 만드세요).',
  'check.pending-pods.remedy.wait-for-consumer':
    '새 볼륨은 volumeBindingMode: WaitForFirstConsumer인 StorageClass를 쓰세요. 그러면 Pod가 배치된 AZ에 볼륨이 만들어집니다.',
  'check.pending-pods.remedy.ebs-csi':
    'Amazon EBS CSI 드라이버 애드온(aws-ebs-csi-driver)을 설치하고, 컨트롤러에 AmazonEBSCSIDriverPolicy가 붙은 IAM 역할을 주세요(IRSA 또는 EKS Pod Identity).',
  'check.pending-pods.remedy.csi-logs': 'CSI 컨트롤러 로그에서 실제 오류(권한 누락, 볼륨 한도, AZ 등)를 확인하세요.',
  'check.pending-pods.remedy.no-nodes':
    '노드를 추가하세요. 관리형 노드 그룹을 0보다 크게 확장하거나 Cluster Autoscaler / Karpenter가 노드를 추가하게 하세요(NodePool이 있는지 확인).',
  'check.pending-pods.remedy.fargate-profile':
    'Fargate를 쓴다면 Fargate 프로필이 이 네임스페이스(와 Pod 레이블)를 선택하는지 확인하세요.',
  'check.pending-pods.remedy.gates':
    'gate를 관리하는 컨트롤러(gate 이름에 보통 나와 있습니다. 예: Kueue 같은 큐잉 시스템)를 찾아 왜 Pod를 풀어 주지 않는지 확인하세요.',
  'check.pending-pods.remedy.host-ports':
    '꼭 필요하지 않다면 hostPort를 빼세요(보통 Service로 충분합니다). 아니면 replica 수를 노드 수 이하로 두세요.',
  'check.pending-pods.remedy.affinity':
    '규칙을 만족할 만큼 노드나 AZ가 있는지 확인하세요(필수 anti-affinity라면 replica 수가 노드 수를 넘으면 안 됩니다). 아니면 preferred 규칙으로 완화하세요.',
  'check.pending-pods.remedy.spread':
    '덜 쓰인 AZ에 노드를 추가하거나, maxSkew를 키우거나 whenUnsatisfiable: ScheduleAnyway를 쓰세요.',
  'check.pending-pods.remedy.node-name': 'Pod spec의 노드 이름을 바로잡거나, 지우고 스케줄러가 고르게 하세요.',
  'check.pending-pods.remedy.volume-generic':
    'Pod와 claim을 describe해 보세요. 필요한 볼륨을 이 노드들에서 제공할 수 없습니다.',
  'check.pending-pods.remedy.unknown':
    '진단 도구가 모르는 이유라서 원문 그대로 인용했습니다. Pod를 describe해서 스케줄러 메시지를 읽어 보세요.',
  'check.pending-pods.remedy.wait': '몇 초 기다린 뒤 다시 실행하세요.',
  'check.pending-pods.remedy.scheduler-running':
    '스케줄러 "{scheduler}"가 실행 중인지 확인하거나, spec.schedulerName을 지워 기본 스케줄러를 쓰세요.',
  'check.pending-pods.remedy.read-events':
    '이 네임스페이스의 이벤트를 읽을 권한을 요청하거나, Pod를 describe해서 Pending 이유를 확인하세요.',
  // node-failures
  'check.node-failures.title': '상태 보고를 멈췄거나 NotReady인 노드',
  'check.node-failures.cause.unreachable':
    '노드 {node}이(가) {minutes}분 전부터 상태 보고를 멈췄습니다(Ready=Unknown, {since}부터: "{message}"). 읽은 Pod 중 {count}개가 이 노드에 있습니다: {pods}.',
  'check.node-failures.cause.not-ready':
    '노드 {node}이(가) {minutes}분째 NotReady입니다(Ready={status}, {since}부터: "{message}"). 읽은 Pod 중 {count}개가 이 노드에 있습니다: {pods}.',
  'check.node-failures.cause.hidden':
    '노드 {node}이(가) 멈춘 것으로 보입니다. 노드 컨트롤러가 이곳의 Pod {count}개({pods})에 NotReady를 알렸습니다. 노드 정보를 볼 권한이 없어({reason}) 언제부터, 왜인지는 읽을 수 없습니다.',
  'check.node-failures.detail.heartbeat': 'kubelet의 마지막 보고 시각은 {time}입니다.',
  'check.node-failures.detail.taints': '노드에 {taints}이(가) 있어 새 Pod가 배치되지 않습니다.',
  'check.node-failures.detail.instance': 'EC2 인스턴스 {instance} ({zone}).',
  'check.node-failures.detail.nodegroup': '노드 그룹 {nodegroup}.',
  'check.node-failures.detail.pod-terminating':
    'Pod {pod}은(는) {time}부터 삭제 표시되어 Terminating으로 남아 있습니다. 멈췄음을 확인해 줄 kubelet이 없습니다.',
  'check.node-failures.detail.pod-evicted-at':
    'Pod {pod}은(는) 노드가 멈추고 {seconds}초 뒤(그 Pod의 tolerationSeconds)인 {time}에 삭제 표시됩니다.',
  'check.node-failures.detail.pod-stays':
    'Pod {pod}은(는) 노드가 멈춘 상태를 시간 제한 없이 허용합니다(DaemonSet Pod처럼). 노드에 그대로 남습니다.',
  'check.node-failures.detail.more-pods': '… 그리고 Pod {count}개가 더 있으며, 관련 객체에 나옵니다.',
  'check.node-failures.detail.replacement':
    '대체 Pod {pod}이(가) 만들어졌습니다. Pending인 동안의 이유는 pending-pods 결과에 나옵니다.',
  'check.node-failures.remedy.eks-instance':
    'EKS에서는 EC2 인스턴스를 확인하세요. 인스턴스 상태와 상태 검사로 중지·장애 인스턴스와 네트워크 문제를 구별할 수 있습니다. `kubectl describe node {node}`는 condition과 이벤트를 보여 줍니다.',
  'check.node-failures.remedy.nodegroup':
    '노드 그룹의 상태(health issues, Auto Scaling 그룹 활동)를 확인하세요. 상태 검사에 실패한 인스턴스는 Auto Scaling 그룹이 교체합니다.',
  'check.node-failures.remedy.wait-eviction':
    '노드가 돌아오면 잃는 것은 없습니다. 돌아오지 않으면 toleration 기간(tolerationSeconds, 기본 300초) 뒤 Pod가 삭제 표시되고, 컨트롤러가 다른 노드에 대체 Pod를 시작합니다.',
  'check.node-failures.remedy.force-delete':
    '인스턴스가 사라졌다면 Pod는 Terminating으로 남습니다. `kubectl delete pod NAME --force --grace-period=0`으로 지우세요(StatefulSet Pod는 인스턴스가 확실히 멈춘 뒤에만. 아니면 두 복사본이 함께 돌 수 있습니다). 또는 Node 객체를 지우세요.',
};
