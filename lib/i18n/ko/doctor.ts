import type { Translation } from '../translation.ts';
import type { doctor as en } from '../en/doctor.ts';

export const doctor: Translation<typeof en> = {
  'doctor.kubeconfig.none':
    'kubeconfig를 찾지 못했거나(--kubeconfig, $KUBECONFIG, ~/.kube/config 순서로 확인) context가 하나도 없습니다.',
  'doctor.kubeconfig.none.fix':
    '`npx tsx scripts/setup-eks.ts --cluster <name>`(또는 `aws eks update-kubeconfig --name <name>`)로 kubeconfig를 만들거나, 저장해 둔 덤프를 --from-file로 진단하세요.',
  'doctor.kubeconfig.inClusterNoToken':
    'kubeconfig 없이 Pod 안에서 실행 중인데(KUBERNETES_SERVICE_HOST가 설정됨) service account 토큰 {path}이(가) 없습니다. Pod나 ServiceAccount에 automountServiceAccountToken: true를 설정하거나 --kubeconfig를 지정하세요.',
  'doctor.kubeconfig.missingFile': 'kubeconfig 파일 {path}이(가) 없습니다.',
  'doctor.kubeconfig.unreadable': 'kubeconfig 파일 {path}을(를) 읽을 수 없거나 올바른 kubeconfig가 아닙니다.',
  'doctor.kubeconfig.noSuchContext': 'kubeconfig에 "{context}"라는 context가 없습니다. 있는 context: {known}.',
  'doctor.kubeconfig.noCurrentContext': 'kubeconfig에 current context가 설정되어 있지 않습니다.',
  'doctor.kubeconfig.noCurrentContext.fix':
    '--context <name>을 지정하거나 `kubectl config use-context <name>`으로 하나를 고르세요(목록은 `kubectl config get-contexts`).',
  'doctor.kubeconfig.noCluster':
    'context "{context}"가 가리키는 cluster가 kubeconfig에 없거나 server 주소가 비어 있습니다.',

  'doctor.file.notFound': '파일 {path}이(가) 없습니다.',
  'doctor.file.unreadable': '파일 {path}을(를) 읽을 수 없습니다({reason}).',
  'doctor.file.empty': '파일 {path}이(가) 비어 있습니다.',
  'doctor.file.invalidJson': '파일 {path}이(가) 올바른 JSON이 아닙니다({line}번째 줄에서 시작하는 문서).',
  'doctor.file.invalidYaml': '파일 {path}은(는) 올바른 JSON도, 올바른 YAML도 아닙니다.',
  'doctor.file.noObjects':
    '파일 {path}에 doctor가 읽는 Kubernetes 오브젝트가 없습니다. --save-snapshot으로 저장하거나 `kubectl get pods,events,pvc,svc -n <namespace> -o json > file.json`으로 저장하세요.',
  'doctor.file.mixedSnapshot':
    '파일 {path}에 저장된 snapshot과 다른 문서가 섞여 있습니다. snapshot만 따로 넘겨 주세요.',
  'doctor.file.fix': '--save-snapshot으로 저장한 파일이나 `kubectl get ... -o json` / `-o yaml` 출력을 넘겨 주세요.',
  'doctor.file.tooLarge': '입력 {path}이(가) doctor가 읽는 한도 {limit}보다 큽니다.',
  'doctor.file.tooLarge.fix':
    '덤프를 namespace 하나로 좁히거나(`kubectl get ... -n <namespace> -o json`), --max-input-size(예: --max-input-size 1Gi)나 DOCTOR_MAX_INPUT_SIZE로 한도를 올리세요.',
  'doctor.file.dropped':
    '{path}에서 쓸 수 없는 API 오브젝트 {count}개(이름이 없거나 오브젝트가 아님)를 건너뛰었습니다. 보고서에는 빠집니다.',

  'doctor.save.failed': 'snapshot을 {path}에 쓰지 못했습니다({reason}).',
  'doctor.save.done': 'snapshot을 {path}에 저장했습니다(ConfigMap과 Secret의 값은 들어 있지 않습니다).',
  'doctor.save.replaced':
    'snapshot을 {path}에 저장했습니다. 있던 파일을 덮어썼습니다(ConfigMap과 Secret의 값은 들어 있지 않습니다).',
  'doctor.save.stdout': 'snapshot을 표준 출력에 썼습니다(ConfigMap과 Secret의 값은 들어 있지 않습니다).',
  'doctor.save.sameAsInput':
    'snapshot을 {path}에 저장하지 않았습니다. --from-file 입력 파일이라 덮어쓰게 됩니다. 다른 파일을 지정하세요.',

  'doctor.usage.badSize': '{flag} "{value}"은(는) 크기가 아닙니다. 바이트 수나 512Mi, 1Gi 같은 값을 쓰세요.',
  'doctor.usage.namespaceAndAll': '-n/--namespace와 -A/--all-namespaces 중 하나만 쓰세요.',
  'doctor.usage.badObject':
    '--object 값을 읽을 수 없습니다: "{value}". KIND/NAME 형식에 kubectl 종류 이름을 쓰세요. 예: deploy/api, sts/db, svc/web, pvc/data-db-0, po/web-1.',
  'doctor.object.clusterScope': '클러스터',
  'doctor.object.notFound':
    '{kind} {name}: {scope}에 없는 이름입니다. kubectl get {resource} 명령으로 이름을 확인하세요.',
  'doctor.usage.badOutput': '알 수 없는 출력 형식 "{value}"입니다. text, json, junit, markdown, html 중 하나를 쓰세요.',
  'doctor.usage.badFailOn': '알 수 없는 --fail-on 수준 "{value}"입니다. error, warning, info, never 중 하나를 쓰세요.',
  'doctor.usage.badSelector':
    '레이블 selector "{value}"가 올바르지 않습니다. 예: app=web, tier!=cache, env in (prod,staging), !canary',
  'doctor.usage.unknownCheck': '{flag}에 알 수 없는 check id가 있습니다: {ids}. 사용할 수 있는 id: {valid}.',
  'doctor.usage.badTimeout': '요청 timeout "{value}"은(는) 0보다 큰 시간 값이 아닙니다. 20s, 1m, 500ms처럼 쓰세요.',

  'doctor.unreadable': '클러스터를 읽을 수 없어 아무것도 진단하지 못했습니다.',
  'doctor.unreadable.context': 'Context: {context} ({server})',
  'doctor.progress.reading': '{scope} 읽는 중',
  'doctor.progress.readingDone': '{scope} 읽음: 종류 {done}/{total}개',
  'doctor.progress.allNamespaces': '모든 namespace',
  'doctor.progress.namespace': 'namespace {namespace}',

  'doctor.help': `사용법: {program} [옵션]

namespace 하나를 한 번에 읽고(Pod, 이벤트, 볼륨, Service, 워크로드, 그리고 이들이 쓰는
노드·PV·StorageClass) 무엇이 잘못됐고 무엇을 하면 되는지 쉬운 말로 설명합니다.
읽기만 하며 클러스터의 어떤 것도 바꾸지 않습니다.

어디를 볼지:
  -n, --namespace NS       진단할 namespace (기본값: kubeconfig context의 namespace, 없으면 "default")
  -A, --all-namespaces     읽을 수 있는 모든 namespace를 진단
      --context NAME       사용할 kubeconfig context (기본값: current context)
      --kubeconfig FILE    kubeconfig 파일 (기본값: $KUBECONFIG, 없으면 ~/.kube/config)
      --from-file FILE     클러스터 대신 저장된 snapshot이나 \`kubectl get ... -o json|yaml\` 덤프를 진단 (-는 표준 입력)
      --save-snapshot FILE 읽은 내용을 JSON으로도 저장 (권한 0600, ConfigMap·Secret 값은 절대 저장하지 않음)
      --request-timeout D  API 요청 하나의 제한 시간, 예: 20s, 1m (기본값 20s)
      --max-input-size N   이보다 큰 --from-file 입력은 거부, 예: 1Gi (기본값 256Mi; 환경 변수 DOCTOR_MAX_INPUT_SIZE)

무엇을 보고할지:
  -l, --selector SEL       이 레이블을 가진 오브젝트에 대한 결과만 (app=web, env in (a,b), !canary)
      --only IDS           이 check만 실행 (쉼표로 구분한 id)
      --skip IDS           이 check는 건너뜀
  -o, --output FORMAT      text(기본값), json, junit, markdown, html(요약, 네임스페이스 지도, 문제마다 연결 관계를
                           담은 단일 페이지. 티켓에 첨부할 수 있습니다)
      --brief              요약만 출력: 문제마다 한 줄 (근본 원인, 영향받는 리소스 수, 먼저 실행할 명령)
      --object KIND/NAME   리소스 하나만 진단 (deploy/api, sts/db, svc/web, pvc/data, po/web-1): 그 리소스와 그 뒤의
                           파드(컨트롤러나 Service가 가리키는 파드)의 문제, 그 문제가 비롯된 근본 원인,
                           같은 원인으로 함께 망가진 다른 리소스
      --explain            각 결과 뒤에 관련 개념을 짧게 설명
      --lang en|ko         언어 (기본값: LANG / LC_ALL에서 판단)
      --fail-on LEVEL      error(기본값), warning, info, never: 종료 코드를 1로 만드는 가장 낮은 심각도
  -v, --verbose            API 요청마다 메서드, 경로, 상태, 걸린 시간을 stderr에 기록; DEBUG=1도 같음
  -h, --help               이 도움말 표시

종료 코드:
  0  --fail-on 이상인 문제 없음
  1  --fail-on 이상인 문제 있음 (문제의 심각도는 그 안에서 가장 심각한 결과의 심각도)
  2  잘못된 사용법, 또는 읽을 수 없는 --from-file / --kubeconfig
  3  클러스터를 전혀 읽을 수 없음 (연결 불가, 자격 증명 거부, TLS, credential plugin 오류)
  4  check 하나가 비정상 종료됨 (나머지 check는 결과를 냄); 1보다 우선
  5  보고서를 쓰지 못함 (디스크 가득 참, I/O 오류); 닫힌 파이프(| head)는 조용히 끝냄
  130 중단됨 (Ctrl-C); 쓰다 만 출력은 남기지 않음

Check 목록: {checks}

예:
  {program} -n shop
  {program} -n shop -o junit --fail-on warning > doctor.xml
  {program} -n shop -o html > doctor.html
  kubectl get pods,events,pvc -n shop -o json > dump.json && {program} --from-file dump.json --lang ko`,
};
