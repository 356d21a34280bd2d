import type { Translation } from '../translation.ts';
import type { checksServices as en } from '../en/checks-services.ts';

export const checksServices: Translation<typeof en> = {
  'check.service-endpoints.title': '어떤 Pod에도 연결되지 않는 Service',

  'check.service-endpoints.cause.externalName':
    'ExternalName Service입니다. 원래 endpoint가 없고, DNS 조회에 {target}(으)로 가는 CNAME만 돌려줍니다.',
  'check.service-endpoints.cause.noSelectorNoEndpoints':
    'Service에 selector가 없어 Kubernetes가 endpoint를 채워 주지 않는데, 이 Service의 EndpointSlice에도 주소가 하나도 없습니다. 이 Service로 가는 트래픽은 어디에도 도달하지 않습니다.',
  'check.service-endpoints.cause.selectorMatchesNothing':
    'Service가 {selector} 레이블을 가진 Pod를 선택하지만, 네임스페이스에 그 레이블을 가진 실행 중인 Pod가 없어 endpoint가 없습니다.',
  'check.service-endpoints.cause.scaledToZero':
    'Service가 {selector} 레이블을 가진 Pod를 선택하는데, 그런 Pod를 만드는 유일한 워크로드 {kind} {name}의 replicas가 0입니다.',
  'check.service-endpoints.cause.noEndpointsUnverified':
    'Service의 EndpointSlice에 주소가 하나도 없어 트래픽이 어디에도 가지 않습니다. selector에 맞는 Pod가 없거나, 맞는 Pod에 target port가 없습니다.',
  'check.service-endpoints.cause.noReadyEndpointsUnverified':
    'Service의 EndpointSlice에 주소가 {count}개 있지만 Ready인 것이 하나도 없어 트래픽을 보낼 곳이 없습니다.',
  'check.service-endpoints.cause.noReadyPods':
    'Service가 Pod {count}개를 선택하지만 Ready 상태인 Pod가 하나도 없어서 트래픽을 보낼 endpoint가 없습니다.',
  'check.service-endpoints.cause.fewReadyPods':
    'Service가 선택한 Pod {total}개 중 {ready}개만 Ready 상태이고, 트래픽은 그 Pod들로만 갑니다.',
  'check.service-endpoints.cause.namedPortMissing':
    'Service 포트 {port}은(는) 이름이 {target}({protocol})인 포트로 트래픽을 보내는데, 선택된 Pod 중 그 이름의 container port를 가진 것이 없어 이 포트에는 endpoint가 없습니다.',
  'check.service-endpoints.cause.protocolMismatch':
    'Service 포트 {port}은(는) {protocol}을(를) 쓰는데, 선택된 Pod는 {target}을(를) {podProtocol}(으)로 선언했습니다.',
  'check.service-endpoints.cause.targetPortNotDeclared':
    'Service 포트 {port}은(는) 포트 {target}({protocol})(으)로 트래픽을 보내는데, 선택된 Pod 중 이를 containerPort로 선언한 것이 없습니다.',
  'check.service-endpoints.cause.lbControllerFailed':
    '{minutes}분이 지나도록 로드 밸런서가 만들어지지 않았습니다. AWS Load Balancer Controller가 구성에 실패했습니다: {detail}',
  'check.service-endpoints.cause.lbCloudFailed':
    '{minutes}분이 지나도록 로드 밸런서가 만들어지지 않았습니다. 클라우드 프로바이더가 생성에 실패했습니다: {detail}',
  'check.service-endpoints.cause.lbStillPending':
    '{minutes}분이 지나도록 로드 밸런서에 주소가 없습니다. 마지막으로 보고된 내용: {detail}',
  'check.service-endpoints.cause.lbNoController':
    '{minutes}분이 지나도록 로드 밸런서에 주소가 없고, 이에 대해 아무 컨트롤러도 보고한 것이 없습니다.',

  'check.service-endpoints.detail.selector': 'Selector: {selector}.',
  'check.service-endpoints.detail.closestPod': '가장 비슷한 Pod: {pod}, 레이블 {labels}.',
  'check.service-endpoints.detail.closestPods': '가장 비슷한 Pod: {pod} 외 {more}개 (레이블 동일: {labels}).',
  'check.service-endpoints.detail.labelDiffers':
    '필요한 레이블은 {key}={wanted}인데, {pod}에는 {key}={actual}이(가) 붙어 있습니다.',
  'check.service-endpoints.detail.labelDiffersCase':
    '필요한 레이블은 {key}={wanted}인데, {pod}에는 {key}={actual}이(가) 붙어 있습니다. 대소문자만 다르지만 레이블은 대소문자를 구분합니다.',
  'check.service-endpoints.detail.labelMissing':
    '필요한 레이블은 {key}={wanted}인데, {pod}에는 {key} 레이블이 없습니다.',
  'check.service-endpoints.detail.noSimilarPods':
    '네임스페이스에서 실행 중인 Pod {count}개 중 선택된 레이블이나 비슷한 값을 가진 Pod가 없습니다.',
  'check.service-endpoints.detail.noPodsInNamespace': '네임스페이스 {namespace}에 실행 중인 Pod가 없습니다.',
  'check.service-endpoints.detail.onlyFinishedMatch':
    '이 레이블을 가진 Pod가 있긴 하지만 이미 종료되었거나 삭제 중입니다: {pods}.',
  'check.service-endpoints.detail.scaledToZero': '{kind} {name}이(가) 이 레이블의 Pod를 만들지만 replicas가 0입니다.',
  'check.service-endpoints.detail.slicesNotVisible':
    'EndpointSlice를 조회할 권한이 없어 ({reason}) Pod 정보만으로 판단했습니다.',
  'check.service-endpoints.detail.podsNotVisible':
    'Pod를 조회할 권한이 없어 ({reason}) Pod와 레이블은 보여 줄 수 없으며, EndpointSlice를 기준으로 판단했습니다.',
  'check.service-endpoints.detail.podUnscheduled': '{pod}이(가) 아직 노드에 스케줄되지 않았습니다.',
  'check.service-endpoints.detail.containerWaiting': '{pod}: 컨테이너 {container}이(가) 대기 중입니다 ({reason}).',
  'check.service-endpoints.detail.containerTerminated':
    '{pod}: 컨테이너 {container}이(가) 종료되었습니다 ({reason}, exit code {exitCode}).',
  'check.service-endpoints.detail.containerNotReady':
    '{pod}: 컨테이너 {container}이(가) 실행 중이지만 Ready가 아닙니다.',
  'check.service-endpoints.detail.readinessFailing':
    '{pod}: readiness probe가 {count}번 실패했습니다. 마지막 메시지: {message}',
  'check.service-endpoints.detail.readinessGate': '{pod}: 아직 true가 아닌 readiness gate: {gates}.',
  'check.service-endpoints.detail.podNotReady': '{pod}이(가) Ready 상태가 아닙니다 (phase {phase}).',
  'check.service-endpoints.detail.moreUnready': 'Ready가 아닌 Pod가 {count}개 더 있습니다.',
  'check.service-endpoints.detail.declaredPorts': '{pod}에 선언된 포트: {ports}.',
  'check.service-endpoints.detail.noDeclaredPorts': '{pod}에는 선언된 container port가 없습니다.',
  'check.service-endpoints.detail.containerPortInformational':
    'containerPort는 참고용 정보일 뿐이라 앱이 실제로는 그 포트에서 대기하고 있을 수도 있습니다. 이 목록만 믿지 말고 직접 확인하세요.',
  'check.service-endpoints.detail.lbClass':
    'spec.loadBalancerClass가 {lbClass}입니다. 이 클래스를 담당하는 컨트롤러만 로드 밸런서를 만듭니다.',
  'check.service-endpoints.detail.subnetTags':
    '이벤트에 서브넷 관련 내용이 있습니다. 컨트롤러는 태그로 서브넷을 찾습니다: 인터넷용은 kubernetes.io/role/elb=1, 내부용은 kubernetes.io/role/internal-elb=1.',

  'check.service-endpoints.remedy.externalName':
    '의도한 이름이 맞다면 조치할 것은 없습니다. Pod 안에서 그 이름이 조회되는지 확인하세요.',
  'check.service-endpoints.remedy.manualEndpoints':
    '직접 관리하는 주소를 가리키는 Service라면 kubernetes.io/service-name 레이블을 붙인 EndpointSlice에 그 주소를 넣어 만드세요.',
  'check.service-endpoints.remedy.addSelector':
    '워크로드의 Pod로 트래픽을 보내야 한다면 그 Pod의 레이블로 selector를 추가하세요.',
  'check.service-endpoints.remedy.fixSelector':
    'Service selector와 Pod 템플릿 레이블이 일치하도록 둘 중 하나를 고치세요 (Pod 레이블은 워크로드의 spec.template.metadata.labels에서 옵니다).',
  'check.service-endpoints.remedy.fixPods':
    'Pod가 Ready가 되지 못하는 원인을 해결하세요 (각 Pod에 대한 진단 결과를 보세요). 하나라도 Ready가 되면 Service에 endpoint가 생깁니다.',
  'check.service-endpoints.remedy.fixNamedPort':
    'Pod 템플릿의 container port에 이름 {target}을(를) 붙이거나 (ports[].name), Service의 targetPort를 포트 번호나 컨테이너가 실제로 쓰는 이름으로 바꾸세요.',
  'check.service-endpoints.remedy.fixProtocol':
    'Service 포트와 container port에 같은 프로토콜(TCP, UDP, SCTP)을 쓰세요.',
  'check.service-endpoints.remedy.checkListening':
    '{pod}의 앱이 실제로 {target} 포트에서 대기하는지 kubectl port-forward 등으로 확인하세요. 다른 포트를 쓴다면 Service의 targetPort를 고치세요.',
  'check.service-endpoints.remedy.readLbEvents':
    'Service 이벤트와 로드 밸런서 컨트롤러 로그에서 전체 오류 내용을 확인하세요.',
  'check.service-endpoints.remedy.installLbController':
    'EKS에서는 AWS Load Balancer Controller를 설치하세요 (또는 EKS Auto Mode를 사용하세요). 컨트롤러가 없으면 로드 밸런서를 만들어 줄 주체가 없습니다.',
  'check.service-endpoints.remedy.checkLbController':
    'AWS Load Balancer Controller가 실행 중인지, 그리고 그 IAM 역할에 로드 밸런서 생성 권한이 있는지 확인하세요.',
};
