import type { Translation } from '../translation.ts';
import type { checksAutoscaling as en } from '../en/checks-autoscaling.ts';

export const checksAutoscaling: Translation<typeof en> = {
  // autoscalers
  'check.autoscalers.title': '스케일하지 못하거나 최대치에 묶인 HorizontalPodAutoscaler',
  'check.autoscalers.cause.target-missing':
    '{name} HorizontalPodAutoscaler가 스케일할 {target} {kind}이(가) {namespace} 네임스페이스에 없어서 아무것도 스케일하지 않습니다.',
  'check.autoscalers.cause.metrics-api-missing':
    '클러스터에 리소스 메트릭 API(metrics.k8s.io, metrics-server가 제공)가 없어서 {name} HorizontalPodAutoscaler가 {resource} 사용량을 읽지 못하고, {target} {kind}을(를) 전혀 스케일하지 않습니다.',
  'check.autoscalers.cause.metrics-api-unavailable':
    '리소스 메트릭 API(metrics.k8s.io)가 응답하지 않아 {name} HorizontalPodAutoscaler가 {resource} 사용량을 읽지 못합니다. metrics-server가 등록되어 있지만 실행 중이 아니거나 접근할 수 없어서 {target} {kind}이(가) 스케일되지 않습니다.',
  'check.autoscalers.cause.missing-requests':
    '{name} HorizontalPodAutoscaler가 {target} {kind}의 {resource} 사용률을 계산하지 못합니다. {container} 컨테이너에 {resource} request가 없는데, Utilization 목표는 request 대비 비율이기 때문입니다.',
  'check.autoscalers.cause.at-max':
    '{name} HorizontalPodAutoscaler가 {target} {kind}을(를) 최대치인 {max}개 replica에 묶어 두고 있는데, {metric}이(가) {current}(으)로 목표 {targetValue}보다 높습니다. maxReplicas가 허용하는 것보다 더 많은 Pod가 필요합니다.',
  'check.autoscalers.cause.not-active':
    '{name} HorizontalPodAutoscaler가 {target} {kind}을(를) 스케일하지 않습니다({reason}): {message}',
  'check.autoscalers.detail.eks-metrics-server':
    'EKS에는 metrics-server가 기본으로 설치되어 있지 않습니다. 설치해야 metrics.k8s.io API가 생깁니다.',
  'check.autoscalers.detail.without-request': '{resource} request가 없는 Pod 템플릿 컨테이너: {containers}.',
  'check.autoscalers.detail.replicas': 'Replica: 현재 {current}개, 원하는 수 {desired}개, 허용 범위 {min}~{max}개.',
  'check.autoscalers.detail.metric': '{metric}: 현재 {current}, 목표 {targetValue}.',
  'check.autoscalers.remedy.install-metrics-server': 'metrics-server를 설치하세요: {manifest}',
  'check.autoscalers.remedy.eks-addon':
    'EKS에서는 metrics-server 애드온으로 설치할 수도 있습니다(aws eks create-addon --cluster-name <cluster> --addon-name metrics-server). 메트릭이 나오기 시작하면 1분 안에 HPA가 스케일을 시작합니다.',
  'check.autoscalers.remedy.fix-metrics-server':
    'APIService v1beta1.metrics.k8s.io(Available 조건에 이유가 나옵니다)와 kube-system의 metrics-server Pod를 확인하세요. EKS에서는 컨트롤 플레인이 클러스터 보안 그룹을 통해 metrics-server에 접근할 수 있어야 합니다.',
  'check.autoscalers.remedy.target-missing':
    '{name}의 scaleTargetRef가 스케일할 워크로드(kind와 이름)를 가리키도록 고치거나, {target} {kind}을(를) 일부러 지웠다면 HPA도 삭제하세요.',
  'check.autoscalers.remedy.set-requests':
    'Pod 템플릿의 모든 컨테이너(사이드카 포함)에 resources.requests.{resource}을(를) 지정하거나, request가 필요 없는 AverageValue 목표를 쓰세요.',
  'check.autoscalers.remedy.not-active':
    '위 컨트롤러 메시지에 가져오지 못한 메트릭이 나와 있습니다. describe 명령으로 최근 시도를 볼 수 있습니다.',
  'check.autoscalers.remedy.at-max':
    '부하가 실제이고 클러스터에 여유가 있다면 maxReplicas(현재 {max})를 올리세요. 아니라면 Pod를 더 늘리기 전에 각 Pod가 왜 그렇게 바쁜지 확인하세요(kubectl top pods).',
  'check.autoscalers.remedy.at-max-capacity':
    '목표값이 request에 비해 적절한지 확인하세요. 사용률 목표는 request 기준이라 request가 너무 낮으면 모든 Pod가 바빠 보입니다.',
};
