import type { Translation } from '../translation.ts';
import type { health as en } from '../en/health.ts';

export const health: Translation<typeof en> = {
  'health.help': `사용법: {program} --cluster NAME[,NAME...] | --clusters FILE [옵션]

EKS 클러스터를 읽기만 하며 사람 없이 점검합니다 (GitHub Actions, CronJob 같은 일정 실행용):
호출자, 클러스터 상태·버전·지원 종료일, 엔드포인트 접근, 접근 항목(access entry) 또는 aws-auth 매핑,
네임스페이스별 pod 목록 권한, 노드, 애드온, 노드 그룹을 확인하고, 네임스페이스마다 doctor를 실행합니다.
kubeconfig를 쓰지 않으며 aws CLI도 kubectl도 필요 없습니다.

어떤 클러스터:
      --cluster NAMES      클러스터 (쉼표로 구분)
      --clusters FILE      클러스터 목록 YAML (cluster, region, profile, roleArn, namespaces)
      --region REGION      AWS 리전 (기본값: AWS_REGION, 없으면 프로필의 리전)
      --profile NAME       AWS 프로필
      --role-arn ARN       먼저 맡을(assume) 역할
  -n, --namespace NS,...   점검할 네임스페이스 (기본값 "default")
  -A, --all-namespaces     목록을 볼 수 있는 모든 네임스페이스
      --in-cluster         Pod(CronJob) 안에서: 그 Pod가 실행 중인 클러스터 하나를 Pod의 service account로
                           읽음. AWS 호출은 그대로 AWS 자격 증명을 씀

보고서:
  -o, --output FORMAT      text (기본값), json, junit 또는 markdown
      --fail-on LEVEL      error (기본값), warning, info 또는 never: 실패로 칠 가장 낮은 새 발견의 심각도
      --baseline FILE      이 파일에 기록된 발견은 이미 아는 것으로 보고 실패로 치지 않음
      --write-baseline FILE  이번 발견을 기록 (.yaml/.yml이면 YAML, 아니면 JSON)
      --lang en|ko         언어 (기본값: LANG / LC_ALL)
  -h, --help               이 도움말

GitHub Actions에서(GITHUB_STEP_SUMMARY가 있으면) Markdown 보고서를 작업 요약에 덧붙입니다.

종료 코드:
  0  --fail-on 이상인 새 발견 없음
  1  --fail-on 이상인 새 발견 있음
  2  사용법 오류, 또는 읽을 수 없는 --clusters / --baseline 파일
  3  연결할 수 없는 클러스터가 있음 (나머지는 그대로 보고)
  4  점검 하나가 비정상 종료됨 (나머지는 그대로 보고)`,
  'health.usage.unknownFlag': '알 수 없는 옵션 "{flag}"입니다.',
  'health.usage.missingValue': '{flag}에는 값이 필요합니다.',
  'health.usage.badLang': '알 수 없는 언어 "{value}"입니다: en 또는 ko를 쓰세요.',
  'health.usage.badOutput': '알 수 없는 출력 형식 "{value}"입니다: text, json, junit 또는 markdown을 쓰세요.',
  'health.usage.badFailOn': '알 수 없는 --fail-on 수준 "{value}"입니다: error, warning, info 또는 never를 쓰세요.',
  'health.usage.namespaceAndAll': '-n과 -A 중 하나만 쓰세요.',
  'health.usage.clusterAndFile': '--cluster와 --clusters 중 하나만 쓰세요.',
  'health.usage.noCluster': '점검할 클러스터를 지정하세요: --cluster NAME[,NAME...] 또는 --clusters FILE.',
  'health.usage.badNamespace': '"{value}"는 네임스페이스 이름이 아닙니다 (소문자, 숫자, "-", 최대 63자).',
  'health.usage.badCluster': '"{value}"는 EKS 클러스터 이름이 아닙니다 (문자, 숫자, "-", "_", 문자나 숫자로 시작).',
  'health.usage.badRoleArn': '"{value}"는 IAM 역할 ARN이 아닙니다 (arn:aws:iam::123456789012:role/NAME).',
  'health.usage.clustersMissing': '클러스터 파일 {path}이(가) 없습니다.',
  'health.usage.clustersInvalid': '클러스터 파일 {path}을(를) 쓸 수 없습니다: {reason}.',
  'health.usage.inClusterOne':
    '--in-cluster는 이 Pod가 실행 중인 클러스터 하나를 Pod의 service account로 읽습니다. 클러스터를 {count}개가 아니라 하나만 지정하세요.',
  'health.usage.seeHelp': '{program} --help를 참고하세요.',

  'health.text.cluster': '클러스터 {cluster} ({region})',
  'health.text.namespace': '{cluster}의 네임스페이스 {namespace}',
  'health.unreachable': '연결할 수 없음: 이 클러스터는 아무것도 점검하지 못했습니다.',
  'health.namespace.forbidden': '{namespace}에서 pod 목록을 볼 권한이 없어 doctor가 읽지 않았습니다.',
  'health.fact.caller': '호출자: {arn} (IAM 주체 {principal})',
  'health.fact.cluster': '상태 {status} · Kubernetes {version} · 엔드포인트 {endpoint} · 인증 모드 {mode}',
  'health.fact.support': '표준 지원 {standardEnd}까지, 연장 지원 {extendedEnd}까지 ({source})',
  'health.fact.support.unknown': 'Kubernetes {version}은(는) 지원 표에 없습니다 ({source})',
  'health.fact.support.eks': 'EKS 기준',
  'health.fact.support.table': '지원 표 확인일 {date}',
  'health.fact.accessEntry': '접근 항목 {arn}: 정책 {policies}; 그룹 {groups}',
  'health.fact.awsAuth': 'aws-auth {source}: 사용자 {username}, 그룹 {groups}',
  'health.fact.noAccess': '내 접근 항목도 aws-auth 매핑도 찾지 못했습니다',
  'health.fact.serviceAccount': 'Kubernetes 읽기: 이 Pod의 service account {name} (--in-cluster)',
  'health.fact.accessUnknown': '접근 권한을 확인하지 못했습니다: {reason}',
  'health.known': '(알려진 문제)',

  'health.cluster.notActive': '클러스터 {cluster}이(가) ACTIVE가 아니라 {status} 상태입니다. 상태 문제: {issues}',
  'health.cluster.noEndpoint': '클러스터 {cluster}에 아직 API 엔드포인트가 없습니다 (상태 {status}).',
  'health.version.extended':
    'Kubernetes {version}의 표준 지원이 {standardEnd}에 끝났습니다: EKS가 연장 지원 요금을 받으며, 연장 지원은 {extendedEnd}에 끝납니다.',
  'health.version.unsupported':
    'Kubernetes {version}은(는) 연장 지원 종료일({extendedEnd})이 지났습니다: EKS가 자동으로 업그레이드합니다.',
  'health.version.upgrade': '다음 Kubernetes 버전으로 업그레이드를 계획하세요: aws eks update-cluster-version.',
  'health.node.notReady': '노드 {name}이(가) NotReady입니다 ({reason}).',
  'health.node.cordoned': '노드 {name}이(가) cordon 상태라 새 pod가 배치되지 않습니다.',
  'health.node.pressure': '노드 {name}에 {conditions}이(가) 있습니다.',
  'health.addon.unhealthy': '애드온 {name}이(가) {status} 상태입니다. 상태 문제: {issues}',
  'health.nodegroup.unhealthy': '노드 그룹 {name}이(가) {status} 상태입니다. 상태 문제: {issues}',
  'health.notVisible.permission': '점검하지 못함: AWS 자격 증명에 {permission} 권한이 없습니다.',
  'health.notVisible.other': '점검하지 못함: {operation} 호출이 실패했습니다 ({detail}).',
  'health.notVisible.nodes': '노드를 점검하지 못함: 노드 목록을 볼 권한이 없습니다.',
  'health.notVisible.namespaces':
    '네임스페이스 목록을 볼 권한이 없어 -A로는 아무것도 점검하지 못했습니다: -n으로 지정하세요.',
  'health.access.cannotListPods': '{principal}은(는) 네임스페이스 {namespace}에서 pod 목록을 볼 수 없습니다.',
  'health.access.cannotListPods.fix':
    '네임스페이스 범위의 접근 정책(AmazonEKSViewPolicy)이나 RoleBinding을 주거나, 이 네임스페이스를 점검에서 빼세요.',
  'health.access.cannotListPods.fixServiceAccount':
    'ClusterRole eks-guide-readonly를 service account에 바인딩하거나(deploy/rbac-readonly.yaml) 점검 대상에서 네임스페이스를 빼세요.',
  'health.inCluster.notInPod':
    '--in-cluster: KUBERNETES_SERVICE_HOST와 KUBERNETES_SERVICE_PORT가 설정되지 않았습니다. Pod 안에서 실행 중이 아닙니다.',
  'health.inCluster.notInPod.fix':
    'deploy/health-check-cronjob.yaml의 CronJob에서 실행하거나, --in-cluster를 빼고 AWS 자격 증명으로 클러스터를 읽으세요.',
  'health.inCluster.noToken': '--in-cluster: Pod의 service account 토큰 {path}이(가) 없습니다.',
  'health.inCluster.noToken.fix': 'Pod나 ServiceAccount에 automountServiceAccountToken: true를 설정하세요.',
  'health.inCluster.caUnreadable': '--in-cluster: Pod의 service account CA {path}을(를) 읽을 수 없습니다({reason}).',
  'health.inCluster.otherCluster':
    '--in-cluster: 이 Pod는 {cluster}에서 실행 중이 아닙니다. service account CA {path}이(가) {cluster}의 인증 기관(CA)이 아닙니다.',
  'health.inCluster.otherCluster.fix':
    'CronJob을 {cluster} 안에서 실행하거나, --in-cluster를 빼고 AWS 자격 증명으로 {cluster}을(를) 읽으세요(그러면 접근 항목이 필요합니다).',
  'health.access.awsAuthUnreadable': 'aws-auth를 읽지 못했습니다 (HTTP {status}).',

  'health.summary': '클러스터 {clusters}개 (연결 불가 {unreachable}개), 네임스페이스 {namespaces}개, 발견 {findings}건',
  'health.baseline.summary': '기준선 {path} 대비: 새 발견 {new}건, 알려진 것 {known}건, 해결됨 {resolved}건',
  'health.baseline.new': '새 발견:',
  'health.baseline.resolved': '기준선 이후 해결됨:',
  'health.baseline.unreadable': '기준선 {path}을(를) 쓸 수 없습니다: {reason}.',
  'health.baseline.written': '기준선을 {path}에 기록했습니다.',
  'health.baseline.writeFailed': '기준선 {path}을(를) 기록하지 못했습니다: {reason}.',
  'health.summaryFailed': '작업 요약 {path}에 덧붙이지 못했습니다: {reason}.',
  'health.junit.reachable': '클러스터 연결',
  'health.junit.read': '네임스페이스 읽기',
  'health.markdown.title': 'EKS 상태 점검',
};
