import type { Translation } from '../translation.ts';
import type { checksContainers as en } from '../en/checks-containers.ts';

export const checksContainers: Translation<typeof en> = {
  // image-pulls
  'check.image-pulls.title': '이미지 풀',
  'check.image-pulls.cause.not-found':
    '{container} 컨테이너의 {image} 이미지가 레지스트리에 없습니다. 태그나 digest가 잘못되었거나 push된 적이 없습니다.',
  'check.image-pulls.cause.ecr-denied':
    '노드가 Amazon ECR에서 {image}(컨테이너 {container})을(를) pull할 권한이 없습니다. pull에 쓰는 IAM 역할(노드 역할, Fargate라면 Pod 실행 역할)에 ECR 읽기 권한이 빠져 있습니다.',
  'check.image-pulls.cause.ecr-cross-account':
    '계정 {principalAccount}의 노드 역할은 계정 {repositoryAccount}의 ECR 리포지토리에서 {image}(컨테이너 {container})을(를) pull할 수 없습니다. 해당 리포지토리 정책이 허용하지 않습니다.',
  'check.image-pulls.cause.access-denied':
    '레지스트리가 노드에 {image}(컨테이너 {container})을(를) 내주지 않았습니다. 비공개 리포지토리이거나 존재하지 않는 리포지토리인데, 유효한 자격 증명 없이 pull했습니다.',
  'check.image-pulls.cause.missing-pull-secret':
    'Pod가 imagePullSecret {secret}을(를) 지정했지만 네임스페이스 {namespace}에 그런 Secret이 없어서, {image}(컨테이너 {container})을(를) 자격 증명 없이 pull하다가 거부되었습니다.',
  'check.image-pulls.cause.pull-secret-wrong-type':
    'imagePullSecret {secret}의 type이 {type}입니다. kubelet은 kubernetes.io/dockerconfigjson 또는 kubernetes.io/dockercfg 타입의 Secret만 읽으므로, {image}(컨테이너 {container})을(를) 자격 증명 없이 pull했습니다.',
  'check.image-pulls.cause.unreachable':
    '노드가 {image}(컨테이너 {container})을(를) pull하려고 레지스트리({registry})에 접속하지 못합니다. DNS나 네트워크 경로(NAT 게이트웨이, VPC 엔드포인트, 방화벽)가 없습니다.',
  'check.image-pulls.cause.rate-limited':
    'Docker Hub의 익명 pull 횟수 제한에 걸려서 {image}(컨테이너 {container})을(를) pull하지 못했습니다.',
  'check.image-pulls.cause.invalid-name':
    '{container} 컨테이너의 이미지 이름 "{image}"은(는) 올바른 이미지 참조 형식이 아닙니다.',
  'check.image-pulls.cause.never-pull':
    '{container} 컨테이너는 imagePullPolicy: Never인데, {image} 이미지가 노드 {node}에 없습니다.',
  'check.image-pulls.cause.unknown':
    'kubelet이 {image}(컨테이너 {container})을(를) pull하지 못했습니다. kubelet이 남긴 원문 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.image-pulls.detail.waiting':
    '{container} 컨테이너는 {reason} 상태로 대기 중입니다. kubelet은 간격을 늘려 가며(최대 5분) 다시 시도하고, pull이 되면 컨테이너를 알아서 시작합니다.',
  'check.image-pulls.detail.ecr-denied-by':
    'AWS 응답: {principal}은(는) {resource}에 대해 {action}을(를) 수행할 수 없습니다.',
  'check.image-pulls.detail.ecr-private-subnet':
    '프라이빗 서브넷의 노드는 NAT 게이트웨이나 VPC 엔드포인트 com.amazonaws.{region}.ecr.api, com.amazonaws.{region}.ecr.dkr, 그리고 S3 게이트웨이 엔드포인트(이미지 레이어는 S3에서 내려받음)를 통해 ECR에 접속합니다.',
  'check.image-pulls.detail.secrets-not-visible':
    'Secret을 볼 권한이 없어서({reason}) imagePullSecrets({secrets})가 실제로 있는지 확인할 수 없습니다.',
  'check.image-pulls.detail.pull-secrets-present':
    'Pod는 imagePullSecrets({secrets})를 사용하고 있고 Secret도 존재합니다. 그 안의 자격 증명이 틀렸거나 만료되었거나, 다른 레지스트리용일 수 있습니다.',
  'check.image-pulls.detail.no-pull-secrets':
    'Pod에 imagePullSecrets가 없습니다(ServiceAccount 쪽에서 추가될 수는 있습니다).',
  'check.image-pulls.remedy.not-found':
    '{repository}에 어떤 태그가 있는지 확인하고 워크로드의 이미지(태그 {tag})를 고치거나, 그 태그로 바꾼 변경을 되돌리세요.',
  'check.image-pulls.remedy.rollback': '최근 배포에서 태그가 바뀌었다면 아래 rollout undo 명령으로 롤백하세요.',
  'check.image-pulls.remedy.ecr-node-policy':
    '노드 IAM 역할에 AWS 관리형 정책 AmazonEC2ContainerRegistryReadOnly(ecr:GetAuthorizationToken, ecr:BatchGetImage, ecr:GetDownloadUrlForLayer)를 연결하세요.',
  'check.image-pulls.remedy.ecr-repository-policy':
    '계정 {repositoryAccount}에서 리포지토리 {repository}에 {principal}의 ecr:BatchGetImage, ecr:GetDownloadUrlForLayer를 허용하는 리포지토리 정책을 추가하세요.',
  'check.image-pulls.remedy.access-credentials':
    '레지스트리 자격 증명 Secret을 만들고(kubectl create secret docker-registry) Pod 템플릿이나 ServiceAccount의 spec.imagePullSecrets에 넣으세요.',
  'check.image-pulls.remedy.access-typo':
    '리포지토리 이름에 오타가 없는지 확인하세요. Docker Hub는 존재하지 않는 리포지토리에도 "pull access denied"라고 답합니다.',
  'check.image-pulls.remedy.create-pull-secret':
    '네임스페이스 {namespace}에 `kubectl create secret docker-registry`로 Secret {secret}을(를) 만들거나, imagePullSecrets의 이름을 바로잡으세요.',
  'check.image-pulls.remedy.recreate-pull-secret':
    '`kubectl create secret docker-registry`로 {secret}을(를) 다시 만드세요. 올바른 type과 .dockerconfigjson 키가 자동으로 들어갑니다.',
  'check.image-pulls.remedy.network':
    '노드나 디버그 Pod에서 {registry}(으)로 DNS 조회와 HTTPS 접속을 시험해 보세요. 프라이빗 서브넷의 노드라면 NAT 게이트웨이나 필요한 VPC 엔드포인트를 추가하고, 보안 그룹과 네트워크 ACL도 확인하세요.',
  'check.image-pulls.remedy.rate-limited':
    'imagePullSecret으로 Docker Hub에 인증해서 pull하거나, 이미지를 Amazon ECR로 옮겨(ECR pull-through cache 규칙을 쓰면 자동) 그 이미지를 사용하세요.',
  'check.image-pulls.remedy.invalid-name':
    '이미지 참조를 고치세요. 소문자 리포지토리 경로 뒤에 선택적으로 :tag 또는 @sha256:digest를 붙이고, 스킴(https://)이나 공백은 넣지 않습니다.',
  'check.image-pulls.remedy.never-pull':
    'imagePullPolicy를 IfNotPresent로 바꾸거나, 이 Pod가 뜰 수 있는 모든 노드에 이미지를 미리 올려 두세요.',
  'check.image-pulls.remedy.unknown':
    '근거에 있는 kubelet 메시지를 읽어 보세요. describe 명령으로 가장 최근 시도를 볼 수 있습니다.',
  // crash-loops
  'check.crash-loops.title': '반복해서 죽는 컨테이너',
  'check.crash-loops.cause.app-error':
    '{container} 컨테이너가 종료 코드 {exitCode}(으)로 계속 종료됩니다. 애플리케이션 자체가 오류로 멈추는 것이며, 죽은 실행의 로그에 이유가 나옵니다.',
  'check.crash-loops.cause.app-error-once':
    '{container} 컨테이너가 종료 코드 {exitCode}(으)로 종료되었고, restartPolicy가 Never라서 다시 시작되지 않습니다. 애플리케이션이 오류로 멈춘 것이며, 로그에 이유가 나옵니다.',
  'check.crash-loops.cause.exits-zero':
    '{container} 컨테이너는 정상 종료(종료 코드 0)하는데, Pod의 restartPolicy가 Always라서 다시 시작됩니다. 한 번 실행하고 끝나는 프로그램을 계속 떠 있어야 하는 워크로드로 배포했습니다.',
  'check.crash-loops.cause.command-not-found':
    '{container} 컨테이너가 명령을 시작하지 못합니다. 실행 파일이 이미지에 없거나 PATH에 없습니다(종료 코드 {exitCode}).',
  'check.crash-loops.cause.command-not-executable':
    '{container} 컨테이너가 명령을 실행하지 못합니다. 파일은 있지만 실행할 수 없습니다(종료 코드 {exitCode}: 권한 없음 또는 실행 파일이 아님).',
  'check.crash-loops.cause.start-error':
    '컨테이너 런타임이 {container} 컨테이너를 시작하지 못했습니다({reason}). 런타임 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.crash-loops.cause.killed':
    '{container} 컨테이너가 SIGKILL(종료 코드 137)로 강제 종료되었는데, 메모리 부족 때문은 아닙니다. 외부에서 멈춘 것으로, 예를 들어 종료 요청에 응하지 않아 강제로 끝난 경우입니다.',
  'check.crash-loops.cause.liveness-probe':
    '{container} 컨테이너의 liveness probe가 실패해서 kubelet이 컨테이너를 죽이고 다시 시작합니다.',
  'check.crash-loops.cause.segfault':
    '{container} 컨테이너가 segmentation fault(종료 코드 139)로 죽었습니다. 프로그램이나 그 안의 네이티브 라이브러리가 잘못된 메모리에 접근했습니다.',
  'check.crash-loops.cause.sigterm':
    '{container} 컨테이너가 SIGTERM(종료 코드 143)으로 끝났습니다. 무언가가 종료를 요청했고, 그때마다 다시 시작됩니다.',
  'check.crash-loops.cause.sigterm-once':
    '{container} 컨테이너가 SIGTERM(종료 코드 143)으로 끝났습니다. 무언가가 종료를 요청했고, restartPolicy가 Never라서 다시 시작되지 않습니다.',
  'check.crash-loops.cause.signal': '{container} 컨테이너가 시그널 {signal}(종료 코드 {exitCode})로 종료되었습니다.',
  'check.crash-loops.cause.no-last-state':
    '{container} 컨테이너가 CrashLoopBackOff 상태인데, kubelet에 직전 실행의 종료 상태가 남아 있지 않습니다. 멈추는 이유는 로그에서 확인하세요.',
  'check.crash-loops.detail.restarts':
    '{restarts}번 재시작했습니다. 직전 실행은 {finishedAt}에 reason {reason}, 종료 코드 {exitCode}(으)로 끝났습니다. kubelet은 재시작할 때마다 대기 시간을 늘립니다(최대 5분).',
  'check.crash-loops.detail.running-now':
    '{restarts}번 재시작한 뒤 지금은 다시 실행 중입니다. 마지막으로 죽은 시각은 {finishedAt}입니다.',
  'check.crash-loops.detail.pod-failed':
    'Pod의 restartPolicy가 {policy}라서 Failed 상태로 남습니다. 고친 뒤에는 새 Pod가 필요합니다.',
  'check.crash-loops.detail.init':
    '{container}은(는) init 컨테이너입니다. 모든 init 컨테이너가 성공해야 앱 컨테이너가 시작됩니다.',
  'check.crash-loops.detail.probe':
    'Liveness probe 설정: {probe}. 연속으로 failureThreshold번 실패하면 kubelet이 컨테이너를 재시작합니다.',
  'check.crash-loops.detail.termination-message': '컨테이너가 남긴 종료 메시지: {message}',
  'check.crash-loops.remedy.logs': '죽은 실행의 로그를 확인하세요(아래 logs --previous 명령). 오류 내용이 나옵니다.',
  'check.crash-loops.remedy.exits-zero':
    '한 번만 실행할 프로그램이면 Job이나 CronJob으로 실행하세요. 계속 떠 있어야 한다면 메인 프로세스가 종료하거나 데몬화하지 않고 포그라운드에서 계속 돌게 하세요.',
  'check.crash-loops.remedy.command':
    'Pod spec의 command와 args를 이미지와 대조해 보세요. 프로그램이 이미지 안에 있고, PATH에 있거나 전체 경로로 지정되어 있고, 실행 권한이 있어야 합니다.',
  'check.crash-loops.remedy.segfault':
    '네이티브 크래시를 의심하세요. 다른 CPU 아키텍처나 libc용으로 빌드된 이미지, 호환되지 않는 라이브러리, 버그 등이 원인입니다. 크래시 직전 로그가 도움이 됩니다.',
  'check.crash-loops.remedy.liveness':
    'liveness probe를 애플리케이션에 맞추세요. 느리게 뜨면 startupProbe를 추가하거나 initialDelaySeconds를 늘리고, 응답이 느리면 timeoutSeconds와 failureThreshold를 늘리고, path와 port가 맞는지 확인하세요.',
  'check.crash-loops.remedy.killed':
    '이벤트에서 무엇이 멈췄는지(liveness probe, preStop hook, eviction) 확인하고, 노드 상태도 점검하세요.',
  'check.crash-loops.remedy.sigterm':
    '이벤트에서 무엇이 멈췄는지(liveness probe, 삭제, 노드 drain) 확인하세요. 아무것도 없다면 프로그램이나 래퍼 스크립트가 스스로 종료하는지 확인하세요.',
  // oom-kills
  'check.oom-kills.title': '메모리 부족(OOM) 종료',
  'check.oom-kills.cause.limit-reached':
    '{container} 컨테이너가 메모리 limit {limit}보다 많은 메모리를 써서 강제 종료되었습니다(OOMKilled, 종료 코드 137).',
  'check.oom-kills.cause.no-limit':
    '{container} 컨테이너는 메모리 limit이 없는데도 메모리 부족으로 커널에 의해 종료되었습니다. 노드의 메모리가 바닥나서 커널이 이 컨테이너를 골랐습니다.',
  'check.oom-kills.detail.resources':
    '메모리 request {request}, limit {limit}. {restarts}번 재시작했고, 마지막으로 종료된 시각은 {finishedAt}입니다.',
  'check.oom-kills.detail.state-now': '컨테이너의 현재 상태: {state}.',
  'check.oom-kills.detail.limit-range':
    'LimitRange {name}이(가) 새 컨테이너에 기본 메모리 limit {limit}을(를) 줍니다. 이 Pod는 그 규칙이 적용되기 전에 limit 없이 만들어졌습니다.',
  'check.oom-kills.detail.node-pressure': '노드 {node}의 MemoryPressure 상태: {status}.',
  'check.oom-kills.detail.nodes-not-visible':
    '노드를 볼 권한이 없어서({reason}) 노드 {node}의 메모리 상태를 보여 줄 수 없습니다.',
  'check.oom-kills.detail.init':
    '{container}은(는) init 컨테이너입니다. 이 컨테이너가 성공해야 앱 컨테이너가 시작됩니다.',
  'check.oom-kills.remedy.raise-limit':
    '컨테이너가 최대로 쓰는 메모리를 확인하고(kubectl top, 모니터링 지표) resources.limits.memory(와 requests.memory)를 그보다 높게 올리세요. 사용량이 끝없이 늘어난다면 limit 대신 메모리 누수를 고쳐야 합니다.',
  'check.oom-kills.remedy.runtime-heap':
    'JVM, Node.js 같은 런타임이라면 힙 크기가 limit 안에 들어가게 맞추세요(예: -XX:MaxRAMPercentage=75, --max-old-space-size).',
  'check.oom-kills.remedy.set-request':
    'requests.memory를 실제 사용량에 맞게 설정해서 스케줄러가 그만큼을 비워 두게 하고, limit도 설정해서 한 컨테이너가 노드 전체를 굶기지 못하게 하세요.',
  'check.oom-kills.remedy.check-node':
    '노드의 메모리 상태와 같은 노드의 다른 Pod들을 확인하세요(kubectl describe node, kubectl top pod).',
  // container-config
  'check.container-config.title': '컨테이너 설정 참조',
  'check.container-config.cause.missing-object':
    '{container} 컨테이너가 시작하지 못합니다. {kind} "{name}"을(를) 읽는데, 네임스페이스 {namespace}에 존재하지 않습니다.',
  'check.container-config.cause.missing-key':
    '{container} 컨테이너가 시작하지 못합니다. {kind} "{name}"에서 {key} 키를 읽는데, 그 {kind}에 그런 키가 없습니다.',
  'check.container-config.cause.run-as-non-root':
    '{container} 컨테이너가 시작하지 못합니다. Pod는 runAsNonRoot를 요구하는데, 이미지가 root로 실행되거나 kubelet이 확인할 수 없는 사용자 이름으로 실행됩니다.',
  'check.container-config.cause.config-error':
    'kubelet이 {container} 컨테이너의 설정을 준비하지 못했습니다(CreateContainerConfigError). kubelet 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.container-config.cause.create-error':
    '컨테이너 런타임이 {container} 컨테이너를 만들지 못했습니다(CreateContainerError). 런타임 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.container-config.cause.unstarted-missing-object':
    '{pod} Pod는 아직 시작 전인데, 시작하면 {container} 컨테이너가 실패합니다. {kind} "{name}"을(를) 읽는데, 네임스페이스 {namespace}에 존재하지 않습니다.',
  'check.container-config.cause.unstarted-missing-key':
    '{pod} Pod는 아직 시작 전인데, 시작하면 {container} 컨테이너가 실패합니다. {kind} "{name}"에 {key} 키가 없습니다.',
  'check.container-config.detail.referenced-by': '참조하는 곳: {where}.',
  'check.container-config.detail.similar':
    '이름이 비슷한 {kind}이(가) 있습니다: {names}. 둘 중 한쪽 이름에 오타가 있지 않나요?',
  'check.container-config.detail.keys': '{kind} "{name}"에 있는 키: {keys}.',
  'check.container-config.detail.no-keys': '{kind} "{name}"에는 키가 하나도 없습니다.',
  'check.container-config.detail.not-visible':
    '{kinds}을(를) 볼 권한이 없어서({reason}) 비슷한 이름이나 실제 키 목록을 보여 줄 수 없습니다.',
  'check.container-config.detail.retry':
    'kubelet이 계속 다시 시도하므로, 참조가 해결되면 재시작하지 않아도 컨테이너가 알아서 시작됩니다.',
  'check.container-config.remedy.create':
    '네임스페이스 {namespace}에 {kind} "{name}"을(를) 만들거나 Pod spec의 이름을 바로잡으세요. 그것 없이도 컨테이너가 돌 수 있다면 참조에 optional: true를 표시하세요.',
  'check.container-config.remedy.add-key':
    '{kind} "{name}"에 {key} 키를 추가하거나, Pod spec의 키 이름을 바로잡으세요(또는 optional: true로 표시).',
  'check.container-config.remedy.non-root':
    '이미지를 root가 아닌 숫자 UID로 실행하세요. securityContext.runAsUser(예: 1000)를 설정하거나 숫자 USER로 이미지를 빌드합니다. root가 꼭 필요할 때만 root로 두고, 그때는 runAsNonRoot를 빼세요.',
  'check.container-config.remedy.read-message':
    '근거의 kubelet 메시지를 읽고, 거기서 말하는 부분을 Pod spec에서 고치세요.',
  // volume-mounts
  'check.volume-mounts.title': '볼륨 마운트와 Pod 샌드박스',
  'check.volume-mounts.cause.multi-attach-pod':
    '{volume} 볼륨(클레임 {claim})이 아직 {otherPod} Pod 때문에 노드 {otherNode}에 붙어 있습니다. ReadWriteOnce 볼륨은 한 번에 한 노드에만 붙으므로, 노드 {node}의 이 Pod는 시작하지 못합니다.',
  'check.volume-mounts.cause.multi-attach':
    '{volume} 볼륨이 아직 다른 노드에 붙어 있습니다. ReadWriteOnce 볼륨은 한 번에 한 노드에만 붙으므로, 노드 {node}의 이 Pod는 시작하지 못합니다.',
  'check.volume-mounts.cause.missing-source':
    '{volume} 볼륨을 준비하지 못합니다. {kind} "{name}"에서 파일을 가져오는데, 네임스페이스 {namespace}에 존재하지 않습니다.',
  'check.volume-mounts.cause.missing-key':
    '{volume} 볼륨을 준비하지 못합니다. items에 {key} 키가 있는데, 해당 {kind}에 그 키가 없습니다.',
  'check.volume-mounts.cause.csi-driver-not-registered':
    '{volume} 볼륨을 마운트하지 못합니다. CSI 드라이버({driver})가 노드 {node}에서 돌고 있지 않습니다(노드 플러그인이 그 노드에 등록되지 않음).',
  'check.volume-mounts.cause.mount-device-failed':
    '스토리지 드라이버가 노드 {node}에 {volume} 볼륨을 마운트하지 못했습니다. 드라이버 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.volume-mounts.cause.attach-failed':
    '{volume} 볼륨을 노드 {node}에 붙이지(attach) 못했습니다. 스토리지 드라이버 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.volume-mounts.cause.mount-failed':
    '{volume} 볼륨을 마운트하지 못했습니다. kubelet 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.volume-mounts.cause.mount-timeout':
    'kubelet이 이 Pod의 {volumes} 볼륨이 붙고 마운트되기를 기다리다 포기했습니다.',
  'check.volume-mounts.cause.ip-exhausted':
    '노드 {node}에서 Pod 네트워크를 만들지 못했습니다. VPC CNI가 Pod에 줄 IP 주소가 없습니다(서브넷이나 노드 ENI의 주소가 바닥남).',
  'check.volume-mounts.cause.sandbox-failed':
    'kubelet이 노드 {node}에 Pod 샌드박스(네트워크와 네임스페이스)를 만들지 못했습니다. kubelet 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.volume-mounts.detail.other-terminating':
    '{otherPod} Pod는 삭제 중({since}부터)인데 아직 볼륨을 잡고 있습니다. Terminating 상태로 멈춘 Pod(주로 사라졌거나 NotReady인 노드 위의 Pod)가 볼륨 연결을 붙잡고 있는 경우입니다.',
  'check.volume-mounts.detail.same-owner':
    '두 Pod 모두 {owner} 소속입니다. 레플리카들이 ReadWriteOnce 클레임 하나를 같이 쓰고 있어서, 모두 같은 노드에 있을 때만 동작합니다.',
  'check.volume-mounts.detail.rolling-update':
    '롤링 업데이트에서는 옛 Pod가 멈추기 전에 새 Pod가 뜨므로, 두 Pod가 동시에 볼륨을 원하게 됩니다.',
  'check.volume-mounts.detail.claim-modes': '클레임 {claim}의 access mode: {modes}.',
  'check.volume-mounts.detail.pods-not-visible': '볼륨을 쓰는 다른 Pod를 볼 수 있는 범위에서 찾지 못했습니다.',
  'check.volume-mounts.detail.unmounted':
    '{volume} 볼륨은 클레임 {claim}에서 옵니다. 그 클레임의 문제를 먼저 확인하세요.',
  'check.volume-mounts.detail.similar': '이름이 비슷한 {kind}이(가) 있습니다: {names}.',
  'check.volume-mounts.detail.keys': '{kind} "{name}"에 있는 키: {keys}.',
  'check.volume-mounts.detail.not-visible':
    '{kinds}을(를) 볼 권한이 없어서({reason}) 비슷한 이름이나 실제 키 목록을 보여 줄 수 없습니다.',
  'check.volume-mounts.detail.history':
    '앞서 있던 {what} 오류(마지막 {time})는 그 뒤로 멈췄습니다. 근거에는 남겨 두었지만 지금의 원인은 아닙니다.',
  'check.volume-mounts.detail.csi-iam':
    'AWS가 드라이버의 요청을 거부했습니다. 드라이버 컨트롤러의 IAM 역할(IRSA 또는 Pod Identity)에 메시지에 나온 권한이 없습니다.',
  'check.volume-mounts.remedy.statefulset':
    '레플리카마다 볼륨을 따로 주세요. volumeClaimTemplates가 있는 StatefulSet을 쓰거나, 파일을 꼭 공유해야 한다면 ReadWriteMany 볼륨(Amazon EFS)을 쓰세요.',
  'check.volume-mounts.remedy.recreate':
    'ReadWriteOnce 클레임을 쓰는 레플리카 1개짜리 Deployment라면 strategy.type: Recreate로 바꿔서, 옛 Pod가 볼륨을 놓은 뒤에 새 Pod가 뜨게 하세요.',
  'check.volume-mounts.remedy.force-delete':
    '옛 Pod가 사라진 노드 위에서 Terminating으로 멈춰 있다면 먼저 노드를 확인하고, 그다음에만 아래 명령으로 Pod를 강제 삭제해서 볼륨이 떨어지게 하세요.',
  'check.volume-mounts.remedy.wait-detach':
    '기존 연결이 풀릴 때까지 기다리세요(attach/detach 컨트롤러는 언마운트를 최대 6분 기다림). 계속 남아 있으면 VolumeAttachment와 그것을 잡고 있는 노드를 찾아보세요.',
  'check.volume-mounts.remedy.create-source':
    '네임스페이스 {namespace}에 {kind} "{name}"을(를) 만들거나 볼륨의 이름을 바로잡으세요. 그것 없이도 Pod가 돌 수 있다면 볼륨에 optional: true를 표시하세요.',
  'check.volume-mounts.remedy.add-key': '{kind}에 {key} 키를 추가하거나, 볼륨의 items에서 그 키를 빼세요.',
  'check.volume-mounts.remedy.csi-node':
    'CSI 드라이버의 노드 DaemonSet이 노드 {node}에서 돌고 있는지, 그 노드의 taint를 허용하는지 확인하세요(EKS의 EBS CSI 애드온은 kube-system에서 ebs-csi-node를 실행).',
  'check.volume-mounts.remedy.read-message':
    '근거의 메시지를 읽어 보세요. 클레임, 그 PersistentVolume, CSI 드라이버 로그에서 더 알 수 있습니다.',
  'check.volume-mounts.remedy.ip-exhausted':
    'IP 주소를 확보하세요. 더 크거나 더 많은 서브넷을 쓰거나, VPC CNI의 prefix delegation(ENABLE_PREFIX_DELEGATION=true)을 켜거나, ENI 용량이 큰 인스턴스 타입을 쓰세요. aws-node Pod 상태도 확인하세요.',
  'check.volume-mounts.remedy.sandbox':
    '노드의 CNI(EKS에서는 aws-node DaemonSet)와 컨테이너 런타임을 확인하세요. 근거의 메시지에 실패한 부분이 나옵니다.',
  // evictions
  'check.evictions.title': '축출(evict)되거나 종료된 Pod',
  'check.evictions.cause.node-pressure':
    '{owner}의 Pod {count}개가 노드의 {resource} 부족으로 축출되었습니다. kubelet은 request보다 가장 많이 쓰고 있는 Pod부터 축출합니다.',
  'check.evictions.cause.ephemeral-storage-limit':
    '{owner}의 Pod {count}개가 자기 limit보다 많은 로컬 디스크(ephemeral storage)를 써서 축출되었습니다.',
  'check.evictions.cause.node-shutdown':
    '{owner}의 Pod {count}개가 노드 종료로 멈췄습니다(예: Spot 중단, 스케일 인, 노드 업그레이드).',
  'check.evictions.cause.preempted':
    '{owner}의 Pod {count}개가 선점(preemption)되었습니다. 스케줄러가 우선순위가 더 높은 Pod의 자리를 만들려고 제거했습니다.',
  'check.evictions.cause.rejected':
    '{owner}의 Pod {count}개가 노드에 도착했을 때 그 노드의 kubelet이 거부했습니다({reason}).',
  'check.evictions.cause.other':
    '{owner}의 Pod {count}개가 reason {reason}(으)로 Failed 상태가 되었습니다. 메시지는 근거에 그대로 옮겨 두었습니다.',
  'check.evictions.detail.pressure-pod':
    'Pod {pod}(노드 {node}, {time}): {resource}이(가) {available}까지 떨어졌습니다(축출 기준 {threshold}).',
  'check.evictions.detail.pressure-container':
    '{pod} Pod의 {container} 컨테이너는 request {request}에 대해 {usage}만큼 쓰고 있었습니다.',
  'check.evictions.detail.no-request':
    'request가 없는(request is 0) 컨테이너는 항상 요청보다 많이 쓰는 셈이라, 그 Pod가 가장 먼저 축출됩니다.',
  'check.evictions.detail.pod': 'Pod {pod}(노드 {node}, {time}).',
  'check.evictions.detail.recent':
    '마지막 축출은 {time}(으)로, 이 스냅샷보다 1시간이 안 되었습니다. 부족 상태가 아직 계속될 수 있습니다.',
  'check.evictions.detail.records': 'Failed Pod는 더 이상 자원을 쓰지 않으며, 컨트롤러가 이미 새 Pod로 대체했습니다.',
  'check.evictions.detail.bare-pod':
    '{pod} Pod에는 컨트롤러가 없어서 아무도 다시 만들지 않습니다. 누군가 다시 만들 때까지 사라진 상태입니다.',
  'check.evictions.detail.cleanup': '네임스페이스 {namespace}에 Failed Pod가 모두 {count}개 있습니다.',
  'check.evictions.remedy.memory':
    '메모리 request를 실제 사용량에 가깝게(limit도 함께) 설정해서 노드가 과하게 채워지지 않고 이 Pod들이 먼저 축출되지 않게 하세요. 노드가 늘 빠듯하다면 노드 용량을 늘리세요.',
  'check.evictions.remedy.storage':
    'ephemeral-storage request와 limit을 설정하고, 로그와 임시 파일을 작게 유지하거나 볼륨에 두고, 노드 디스크 크기를 확인하세요.',
  'check.evictions.remedy.pressure-other':
    '노드의 {resource}을(를) 무엇이 쓰는지 보고, 실제 사용량에 맞는 request를 설정하세요.',
  'check.evictions.remedy.ephemeral-limit':
    'ephemeral-storage limit이나 emptyDir sizeLimit을 올리거나, Pod가 로컬 디스크에 덜 쓰게(로그, 캐시) 하세요.',
  'check.evictions.remedy.node-shutdown':
    '노드는 언제든 빠질 수 있다고 보고, 레플리카를 2개 이상 여러 노드에 나눠 두고 PodDisruptionBudget을 설정하고, SIGTERM을 받으면 깔끔하게 종료하게 하세요.',
  'check.evictions.remedy.preempted':
    '워크로드의 중요도에 맞는 PriorityClass를 주거나, 선점이 필요 없도록 용량을 늘리세요.',
  'check.evictions.remedy.rejected':
    '근거의 kubelet 메시지를 읽어 보세요. 보통 Pod가 도착했을 때 노드가 이미 가득 찼거나 Pod에 필요한 것이 없었습니다.',
  'check.evictions.remedy.other': '근거의 메시지와 그 시각 전후의 노드 이벤트를 확인하세요.',
  'check.evictions.remedy.cleanup':
    'Failed Pod는 지울 때까지 기록으로 남습니다. 정리하려면 아래 delete 명령을 직접 실행하세요. 네임스페이스의 Failed Pod를 모두 지웁니다.',
  // probe-failures
  'check.probe-failures.title': '헬스 프로브',
  'check.probe-failures.cause.readiness':
    '{container} 컨테이너는 실행 중이지만 준비(ready)되지 않았습니다. readiness probe가 계속 실패해서 Service가 이 Pod로 트래픽을 보내지 않습니다.',
  'check.probe-failures.cause.liveness':
    '{container} 컨테이너는 liveness probe 실패로 kubelet에 의해 {restarts}번 재시작되었습니다. 지금은 일단 다시 실행 중입니다.',
  'check.probe-failures.cause.startup':
    '{container} 컨테이너가 시작을 끝내지 못했습니다. startup probe가 계속 실패하고 있으며, 연속으로 failureThreshold번 실패하면 kubelet이 재시작합니다.',
  'check.probe-failures.cause.not-ready':
    '{container} 컨테이너는 실행된 지 꽤 지났는데도 준비되지 않았습니다. readiness probe가 설정되어 있지만, 이유를 알려 줄 이벤트를 볼 수 없습니다.',
  'check.probe-failures.detail.probe': '{kind} probe 설정: {probe}.',
  'check.probe-failures.detail.http-404': 'probe가 HTTP 404를 받았습니다. 애플리케이션에 {path} 경로가 없습니다.',
  'check.probe-failures.detail.http-status':
    'probe가 HTTP {status} 응답을 받았습니다. 애플리케이션은 응답하지만 스스로 정상이 아니라고 알리고 있습니다(데이터베이스 같은 의존 대상 때문인 경우가 많음).',
  'check.probe-failures.detail.refused':
    '{port}번 포트에서 연결을 받아 주는 것이 없습니다. 애플리케이션이 (아직) 그 포트에서 listen하지 않거나, 다른 포트 또는 127.0.0.1에서만 listen하고 있습니다.',
  'check.probe-failures.detail.port-mismatch':
    'probe는 {port}번 포트를 쓰는데, 컨테이너가 선언한 포트는 {ports}입니다.',
  'check.probe-failures.detail.timeout': '애플리케이션이 timeoutSeconds={timeout}초 안에 응답하지 않았습니다.',
  'check.probe-failures.detail.other': 'probe 실패 메시지: {text}',
  'check.probe-failures.detail.seen': '실패 {count}회, 마지막은 {time}.',
  'check.probe-failures.detail.events-not-visible':
    '이벤트를 볼 권한이 없어서({reason}) probe의 실패 메시지를 보여 줄 수 없습니다.',
  'check.probe-failures.remedy.readiness':
    '앱이 요청을 처리할 수 있게 되면 readiness 엔드포인트가 곧바로 성공을 돌려주게 하세요. path와 port가 앱이 실제로 listen하는 것과 맞는지 확인하고, 단지 느린 것이라면 timeoutSeconds를 늘리세요.',
  'check.probe-failures.remedy.liveness':
    'liveness probe는 프로세스가 멈췄을 때만 실패해야 합니다. 의존 대상을 검사하지 말고, timeoutSeconds와 failureThreshold를 넉넉히 주고, 느리게 뜨는 앱에는 startupProbe를 추가하세요.',
  'check.probe-failures.remedy.startup':
    '앱이 뜰 시간을 충분히 주세요. startupProbe의 failureThreshold × periodSeconds가 실제 시작 시간보다 길어야 하며, path와 port도 확인하세요.',
  'check.probe-failures.remedy.try-endpoint':
    'port-forward(아래 명령)로 엔드포인트를 직접 호출해 보고 컨테이너 로그를 확인하세요.',
  // visibility notes
  'check.image-pulls.detail.events-not-visible':
    '이벤트를 볼 권한이 없어서({reason}) 레지스트리가 pull을 거부한 이유를 읽을 수 없습니다.',
  'check.crash-loops.detail.events-not-visible':
    '이벤트를 볼 권한이 없어서({reason}) liveness probe 때문인지 다른 무엇이 컨테이너를 멈췄는지 알 수 없습니다.',
  // evictions: long lists
  'check.evictions.detail.more': '… 외 Pod {count}개가 더 있으며, 근거에 모두 나와 있습니다.',
  // image-pulls: Fargate
  'check.image-pulls.detail.fargate':
    '이 Pod는 Fargate({node})에서 실행됩니다. 이미지는 Fargate Pod 실행 역할로 pull하므로, 노드 역할이 아니라 그 역할에 ECR 권한이 있어야 합니다.',
};
