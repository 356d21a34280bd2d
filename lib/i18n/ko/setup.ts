import type { Translation } from '../translation.ts';
import type { setup as en } from '../en/setup.ts';

export const setup: Translation<typeof en> = {
  'setup.title.toolsAndIdentity': '도구와 AWS 자격 증명 확인',
  'setup.title.tools': '도구: aws, kubectl 확인 중',
  'setup.title.toolsDone': '도구: aws-cli {aws}, kubectl {kubectl}',
  'setup.title.identity': '자격 증명: AWS에서 현재 사용자 확인 중',
  'setup.title.identityDone': '자격 증명: {caller}',
  'setup.title.identityDoneAssumed': '자격 증명: {caller} (IAM 역할 {role})',
  'setup.title.identityDoneRole':
    '자격 증명: {caller}, {role} 역할을 맡을 수 있음. kubeconfig는 이 역할을 맡으며 접근 권한도 이 역할 기준으로 확인',
  'setup.title.cluster': '클러스터: EKS 클러스터 정보 읽는 중',
  'setup.title.clusterDone': '클러스터: {cluster} {version} {status}, {mode}; 엔드포인트 {endpoint}: {access}',
  'setup.title.kubeconfig': 'Kubeconfig: 컨텍스트 기록 중',
  'setup.title.kubeconfigAdded': 'Kubeconfig: {path}에 {context} 컨텍스트 추가함',
  'setup.title.kubeconfigUpdated': 'Kubeconfig: {path}의 {context} 컨텍스트 갱신함',
  'setup.title.kubeconfigUnchanged': 'Kubeconfig: {path}의 {context} 컨텍스트는 이미 최신 상태',
  'setup.title.kubeconfigDryRunAdd': 'Kubeconfig (dry run): {path}에 {context} 컨텍스트를 추가할 예정',
  'setup.title.kubeconfigDryRunUpdate': 'Kubeconfig (dry run): {path}의 {context} 컨텍스트를 갱신할 예정',
  'setup.title.access': '접근 권한: access entry 또는 aws-auth 매핑 찾는 중',
  'setup.title.accessPolicy': '접근 권한: {policies} [{mode}]',
  'setup.title.accessRbac':
    '접근 권한: access entry에 Kubernetes 그룹({groups})이 지정됨, 권한은 RBAC가 결정(다음 단계에서 확인) [{mode}]',
  'setup.title.accessAwsAuth':
    '접근 권한: aws-auth 매핑에 그룹({groups})이 지정됨, 권한은 RBAC가 결정(다음 단계에서 확인) [{mode}]',
  'setup.title.accessNotCovered': '접근 권한: access policy가 {namespace} 네임스페이스를 포함하지 않음 [{mode}]',
  'setup.title.accessNone': '접근 권한: 현재 사용자의 access entry도 aws-auth 매핑도 없음 [{mode}]',
  'setup.title.accessNoEntry': '접근 권한: access entry 없음, aws-auth는 읽을 수 없음 [{mode}]',
  'setup.title.accessUnknown': '접근 권한: 미리 읽을 수 없어 다음 단계에서 확인 [{mode}]',
  'setup.title.verify': '검증: kubectl get pod',
  'setup.title.verifyDone': '검증: {namespace} 네임스페이스의 Pod를 조회할 수 있음',
  'setup.title.verifyDryRun':
    '검증: {namespace} 네임스페이스의 Pod 조회 권한 있음 (dry run: kubectl은 실행하지 않았고 아무것도 기록하지 않음)',

  'setup.tools.missing': '설치되어 있지 않거나 PATH에 없습니다: {tools}.',
  'setup.tools.missing.fix': '아래 명령으로 설치하고 새 터미널을 연 뒤 setup을 다시 실행하세요.',
  'setup.tools.awsUnreadable': '`aws --version` 출력에서 aws CLI 버전을 읽을 수 없습니다.',
  'setup.tools.kubectlUnreadable': '`kubectl version --client -o json` 출력에서 kubectl 버전을 읽을 수 없습니다.',
  'setup.tools.awsTooOld':
    'aws CLI {version}은(는) 너무 오래된 버전입니다. 지원이 끝난 client.authentication.k8s.io/v1alpha1 자격 증명 설정을 기록하는데, kubectl 1.24 이상은 이를 거부합니다. {minimum} 이상이 필요합니다.',
  'setup.tools.awsTooOld.fix': 'aws CLI를 업그레이드한 뒤(버전 2 권장) setup을 다시 실행하세요.',
  'setup.tools.awsBelowEksMinimum':
    'aws CLI {version}은(는) EKS 가이드가 요구하는 {minimum}보다 오래되어 일부 명령이 없을 수 있습니다. 업그레이드를 권장합니다.',

  'setup.identity.roleUnresolved':
    'IAM 역할 {role}을(를) 읽을 수 없어({code}) 경로를 알 수 없으므로 {arn}을(를) 사용합니다. access entry는 역할 이름으로 찾습니다.',
  'setup.identity.root': '계정 루트 사용자로 로그인되어 있습니다. 평소 작업에는 IAM 역할이나 사용자를 쓰세요.',
  'setup.identity.assumeDenied':
    '현재 자격 증명 {identity}(으)로는 {role} 역할을 맡을 수 없습니다(--role-arn). kubeconfig는 kubectl을 실행할 때마다 이 역할을 맡습니다.',
  'setup.identity.assumeDenied.fix':
    '역할의 신뢰 정책이 현재 주체를 허용해야 하고, 현재 자격 증명에 이 역할에 대한 sts:AssumeRole 권한이 있어야 합니다. 아래 명령으로 재현한 뒤, 관리자에게 신뢰 정책을 확인해 달라고 하세요:',

  'setup.cluster.notFound': '이 계정의 {region} 리전에 "{cluster}"라는 EKS 클러스터가 없습니다.',
  'setup.cluster.notFoundNoneInRegion':
    '{region} 리전에 "{cluster}"라는 EKS 클러스터가 없습니다. 이 계정은 해당 리전에 클러스터가 하나도 없습니다.',
  'setup.cluster.notFoundOthers':
    '{region} 리전에 "{cluster}"라는 EKS 클러스터가 없습니다. 이 리전의 클러스터: {clusters}.',
  'setup.cluster.notFound.fix':
    '리전(클러스터 ARN에 들어 있음)과 계정 또는 프로필을 확인하세요. 리전의 클러스터 목록은 다음으로 볼 수 있습니다:',
  'setup.cluster.noneInRegion': '이 계정은 {region} 리전에 EKS 클러스터가 없습니다.',
  'setup.cluster.nameNeeded': '어느 클러스터인가요? --cluster로 지정하세요. {region} 리전의 클러스터: {clusters}.',
  'setup.cluster.nameNeeded.fix': '클러스터 이름을 넣어 다시 실행하세요:',
  'setup.cluster.updating': '{cluster} 클러스터는 업데이트 중이지만 계속 요청을 처리하므로 setup을 진행합니다.',
  'setup.cluster.creating': '{cluster} 클러스터는 아직 생성 중(CREATING)이라 API 서버를 쓸 수 없습니다.',
  'setup.cluster.creating.fix': 'ACTIVE가 될 때까지(보통 10~15분) 기다린 뒤 setup을 다시 실행하세요:',
  'setup.cluster.pending': '{cluster} 클러스터는 PENDING 상태입니다. EKS가 아직 생성을 시작하지 않았습니다.',
  'setup.cluster.deleting': '{cluster} 클러스터는 삭제 중(DELETING)입니다.',
  'setup.cluster.deleting.fix': '다른 클러스터를 선택하세요:',
  'setup.cluster.failed':
    '{cluster} 클러스터는 FAILED 상태입니다. EKS가 생성이나 업데이트를 끝내지 못했습니다. 상태 이슈:',
  'setup.cluster.failed.fix':
    '실패한 클러스터는 소유자가 고치거나 다시 만들어야 합니다. 자세한 내용은 다음으로 확인하세요:',
  'setup.cluster.otherStatus':
    '{cluster} 클러스터의 상태가 {status}입니다. ACTIVE나 UPDATING 상태인 클러스터만 사용할 수 있습니다.',
  'setup.cluster.endpointPublic': '퍼블릭(모든 주소)',
  'setup.cluster.endpointPublicCidrs': '퍼블릭({cidrs}만)',
  'setup.cluster.endpointPrivate': '프라이빗(VPC 내부만)',
  'setup.cluster.kubectlSkew':
    'kubectl {kubectl} 버전이 클러스터 버전({cluster})과 마이너 버전 두 단계 이상 차이 납니다. Kubernetes는 한 단계 차이까지만 지원합니다. 맞는 kubectl을 설치하세요:',

  'setup.kubeconfig.invalid':
    '기존 kubeconfig 파일 {path}이(가) 올바른 kubeconfig가 아니어서({reason}) 손대지 않았습니다.',
  'setup.kubeconfig.invalid.fix': '파일을 고치거나 옮기세요. 또는 --kubeconfig로 별도 파일에 기록하세요:',
  'setup.kubeconfig.invalidAt':
    '기존 kubeconfig {path}의 {line}번째 줄이 올바른 kubeconfig가 아닙니다({reason}). 파일은 그대로 두었습니다.',
  'setup.kubeconfig.locked':
    '다른 프로그램이 kubeconfig {path}에 쓰는 중입니다. 잠금 파일 {lock}이(가) {seconds}초가 지나도 풀리지 않았습니다. 아무것도 쓰지 않았습니다.',
  'setup.kubeconfig.locked.fix':
    '다른 kubectl이나 setup-eks 실행이 끝나기를 기다린 뒤 다시 실행하세요. 실행 중인 것이 없다면 비정상 종료가 남긴 잠금이니 지우세요.',
  'setup.kubeconfig.notWritable': 'kubeconfig {path}에 쓸 권한이 없습니다({code}). 파일은 그대로 두었습니다.',
  'setup.kubeconfig.notWritable.fix':
    '다른 사용자의 파일일 수 있습니다(예: sudo로 쓴 경우). 소유자를 본인으로 바꾸거나 --kubeconfig로 별도 파일에 기록하세요:',
  'setup.kubeconfig.isDirectory': 'kubeconfig 경로 {path}은(는) 디렉터리입니다. kubeconfig는 파일이어야 합니다.',
  'setup.kubeconfig.isDirectory.fix': '--kubeconfig로 파일을 넘겨 주세요. 예:',
  'setup.kubeconfig.writeFailed': 'kubeconfig {path}에 쓸 수 없습니다({code}).',
  'setup.kubeconfig.writeFailed.fix':
    '파일과 폴더의 소유자가 본인인지 확인하거나, --kubeconfig로 다른 경로를 지정하세요.',

  'setup.access.matchedByName': '역할 경로를 알 수 없어 역할 이름으로 access entry {arn}을(를) 찾았습니다.',
  'setup.access.entriesUnreadable':
    '클러스터의 access entry를 읽을 수 없습니다({code}: {detail}). 실제 확인은 검증 단계에서 합니다.',
  'setup.access.awsAuthPathless':
    '역할 {arn}에는 경로(path)가 있습니다. aws-auth에는 경로를 뺀 {pathless}(으)로 매핑해야 합니다. 인증기(aws-iam-authenticator)가 역할을 찾기 전에 경로를 떼어 내므로, 경로가 들어간 항목은 절대 일치하지 않습니다.',
  'setup.access.awsAuthRowHasPath':
    'aws-auth가 경로가 포함된 {arn}을(를) 매핑하고 있습니다. aws-auth의 ARN에는 경로가 없어야 하므로 이 항목은 절대 일치하지 않습니다. {pathless} 형태로 적어야 합니다.',
  'setup.access.awsAuthUnreadable':
    'kube-system/aws-auth를 읽을 수 없습니다({reason}). 실제 확인은 검증 단계에서 합니다.',
  'setup.access.awsAuthForbidden':
    'kube-system/aws-auth를 읽을 권한이 없습니다({reason}). 관리자 권한이 없으면 정상입니다. 실제 확인은 검증 단계에서 합니다.',
  'setup.access.awsAuthUnauthorized':
    'setup이 kube-system/aws-auth를 읽을 때 클러스터가 자격 증명을 받아들이지 않았습니다(Unauthorized). 원인은 검증 단계에서 보여 줍니다.',
  'setup.access.rbacDecides':
    'access entry에 이 네임스페이스용 access policy는 없지만 Kubernetes 그룹 {groups}에 속해 있습니다. 권한은 RoleBinding이 결정하며 검증 단계에서 확인합니다.',
  'setup.access.awsAuthMatched': 'aws-auth가 {arn}을(를) 사용자 이름 {username}, 그룹 {groups}에 매핑합니다.',
  'setup.access.noEntry':
    '{cluster} 클러스터에 {arn}의 access entry가 없고, 이 클러스터는 access entry만 받습니다(인증 모드 API). 관리자가 다음을 실행해야 합니다:',
  'setup.access.noEntryNoMapping':
    '{cluster} 클러스터에 {arn}의 access entry도 aws-auth 매핑도 없습니다. 관리자가 다음을 실행해야 합니다:',
  'setup.access.noMappingConfigMap':
    '{cluster} 클러스터의 aws-auth ConfigMap에 {arn} 매핑이 없습니다(클러스터를 만든 사람은 목록에 나타나지 않는 관리자 권한을 가집니다). 관리자가 다음과 같이 추가해야 합니다:',
  'setup.access.noEntryAwsAuthUnread':
    '{cluster} 클러스터에 {arn}의 access entry가 없습니다. kube-system/aws-auth는 읽을 수 없어({reason}) 그곳의 매핑 여부는 알 수 없습니다. 매핑도 없다면 관리자가 다음을 실행해야 합니다:',
  'setup.access.notCovered':
    'access policy가 {namespace} 네임스페이스를 포함하지 않습니다: {scopes}. 관리자가 다음을 실행해야 합니다:',

  'setup.verify.forbidden':
    '클러스터에 로그인은 되었지만 {namespace} 네임스페이스의 Pod를 조회할 권한이 없습니다(Forbidden).',
  'setup.verify.forbidden.fix':
    'access policy가 이 네임스페이스를 포함하지 않거나 연결된 정책이 없습니다. 확인한 뒤 관리자에게 요청하세요:',
  'setup.verify.forbiddenRbac.fix':
    '속한 Kubernetes 그룹에 여기서 Pod 조회를 허용하는 RoleBinding이 없습니다. 관리자에게 RoleBinding(예: view ClusterRole)을 요청하세요:',
  'setup.verify.unauthorized': '{cluster} 클러스터가 {arn}의 자격 증명을 받아들이지 않았습니다(Unauthorized).',
  'setup.verify.unauthorizedNoAccess.fix':
    '이 클러스터에 access entry도 aws-auth 매핑도 없습니다. 관리자가 다음을 실행해야 합니다:',
  'setup.verify.unauthorizedNoEntry.fix':
    'access entry가 없고, 들어갈 수 있게 해 주는 aws-auth 매핑도 없습니다. 관리자가 다음을 실행해야 합니다:',
  'setup.verify.unauthorized.fix':
    '흔한 원인: 이 자격 증명에 대한 access entry나 aws-auth 매핑이 없음, kubeconfig의 프로필이나 역할이 확인한 것과 다름, 세션 만료(`aws sso login` 실행). 현재 자격 증명을 확인하세요:',
  'setup.verify.noAnswer': 'API 서버({server})가 응답하지 않았습니다.',
  'setup.verify.endpointPrivateOnly':
    '{cluster} 클러스터는 private endpoint만 있어 VPC 안에서만 접속됩니다. VPN, 배스천 호스트 또는 피어링된 네트워크로 연결한 뒤 다시 실행하세요.',
  'setup.verify.endpointCidrs':
    'public endpoint는 다음 주소만 허용합니다: {cidrs}. 현재 IP가 여기에 없을 가능성이 큽니다. 관리자에게 추가를 요청하거나 허용된 네트워크에서 접속하세요.',
  'setup.verify.endpointPublic':
    'public endpoint가 모든 주소에 열려 있으므로 사용자 쪽의 프록시, 방화벽, DNS 문제일 가능성이 큽니다. HTTPS_PROXY와 네트워크를 확인하세요:',
  'setup.verify.oldExecApi':
    'kubeconfig가 지원이 끝난 client.authentication.k8s.io/v1alpha1 자격 증명 API를 사용하고 있어 kubectl 1.24 이상이 거부합니다.',
  'setup.verify.oldExecApi.fix':
    'aws CLI를 업그레이드(v2 2.6.3 이상 또는 v1 1.23.9 이상)한 뒤 setup을 다시 실행해 항목을 새로 쓰세요:',
  'setup.verify.execPlugin': '`aws eks get-token`으로 토큰을 받지 못했습니다.',
  'setup.verify.assumeRoleFailed': '토큰을 받지 못했습니다. aws CLI가 {role} 역할을 맡지 못했습니다({code}).',
  'setup.verify.assumeRoleDenied.fix':
    'kubeconfig의 `aws eks get-token --role`이 이 역할을 맡으려 했지만 AWS가 거부했습니다. 역할의 신뢰 정책이 현재 주체를 허용해야 하고, 현재 자격 증명에 이 역할에 대한 sts:AssumeRole 권한이 있어야 합니다. 아래 명령으로 재현한 뒤, 관리자에게 신뢰 정책을 확인해 달라고 하세요:',
  'setup.verify.execPlugin.fix':
    '토큰 명령을 직접 실행해 AWS 오류를 확인하세요(세션 만료인 경우가 많습니다: `aws sso login`):',

  'setup.action.added': '추가함',
  'setup.action.updated': '갱신함',
  'setup.action.unchanged': '변경 없음',
  'setup.summary.done':
    '완료: {principal} 자격으로 {cluster}(Kubernetes {version}, {region})에 kubectl을 쓸 준비가 되었습니다.',
  'setup.summary.doneDryRun':
    '드라이런으로 {principal} 자격의 {cluster}(Kubernetes {version}, {region}) 접근을 확인했습니다. 컨텍스트를 쓰려면 --dry-run 없이 다시 실행하세요.',
  'setup.summary.doneRole':
    '완료: {cluster}(Kubernetes {version}, {region})에 kubectl을 쓸 준비가 되었습니다. kubectl은 {principal}에서 {role} 역할을 맡아(assume) 접속합니다.',
  'setup.summary.identity': 'AWS 자격 증명: {caller}',
  'setup.summary.identityRole': 'AWS 자격 증명: {caller}; IAM 역할(access entry에 적는 ARN): {role}',
  'setup.summary.console': 'AWS 콘솔에서 클러스터 보기: {url}',
  'setup.summary.context': 'kubeconfig: {path}의 {context} 컨텍스트 ({action}).',
  'setup.summary.backup': '이전 kubeconfig는 {path}에 저장했습니다.',
  'setup.summary.dryRun': 'Dry run: 아무것도 기록하지 않았습니다. {path}에 적용될 변경 내용:',
  'setup.summary.dryRunNoChange': 'Dry run: {path}에 이미 이 항목이 있어 바뀌는 것이 없습니다.',
  'setup.summary.pods': 'kubectl get pod -n {namespace}:',
  'setup.summary.notes': '참고 사항:',
  'setup.summary.next': '다음 단계:',
  'setup.summary.nextDescribe': 'Pod가 실행되지 않는 이유 보기',
  'setup.summary.nextRollout': 'Deployment 롤아웃이 끝날 때까지 기다리기',
  'setup.summary.nextDoctor': '네임스페이스의 문제를 쉬운 말로 설명받기',
  'setup.summary.nextGet': 'Pod 목록 보기',
  'setup.failedLabel': '실패',
  'setup.note.warn': '경고',
  'setup.note.info': '참고',

  'setup.prompt.pick': '{region} 리전의 클러스터:',
  'setup.prompt.ask': '클러스터를 고르세요 [1-{count}]: ',

  'setup.usage.badRoleArn':
    '--role-arn "{value}"은(는) IAM 역할 ARN이 아닙니다(arn:aws:iam::123456789012:role/Name 형식).',
  'setup.usage.badTokenCommand': '--token-command에는 aws 또는 eks-guide만 쓸 수 있습니다(받은 값: "{value}").',
  'setup.usage.badAlias': '{flag} 옵션 값은 비어 있으면 안 됩니다.',
  'setup.usage.badRegion': '리전 "{value}"은(는) AWS 리전 이름이 아닙니다(예: ap-northeast-2, us-east-1).',
  'setup.help': `사용법: {program} --cluster NAME [옵션]

Amazon EKS 클러스터용 kubectl을 설정하고 실제로 동작하는지 확인합니다:
도구 -> AWS 자격 증명 -> 클러스터 -> kubeconfig -> 접근 권한 -> kubectl get pod.

옵션:
  --cluster NAME      EKS 클러스터 이름 (생략하면 터미널에서 목록 중 선택)
  --region REGION     AWS 리전 (기본값: AWS_REGION, AWS_DEFAULT_REGION, 그다음 프로필의 리전)
  --profile NAME      AWS 프로필. kubeconfig에도 기록됨 (AWS_PROFILE)
  --role-arn ARN      kubeconfig가 토큰을 받을 때 맡을 IAM 역할 (aws eks get-token --role)
  -n, --namespace NS  확인할 네임스페이스이자 컨텍스트의 기본 네임스페이스 (기본값: default)
  --alias NAME        컨텍스트 이름 (기본값: 클러스터 ARN)
  --user-alias NAME   kubeconfig 사용자 이름 (기본값: 클러스터 ARN)
  --kubeconfig PATH   기록할 파일 (기본값: KUBECONFIG의 첫 경로, 없으면 ~/.kube/config)
  --dry-run           아무것도 기록하지 않고 kubeconfig 변경 내용과 접근 권한만 확인
  --token-command aws|eks-guide
                      kubeconfig가 토큰을 받을 명령(기본값 aws: aws eks update-kubeconfig와
                      똑같이 기록; eks-guide: \`eks-guide token\`, 호출마다 Python을 띄우지 않음)
  --lang en|ko        출력 언어 (기본값: LANG에서 결정)
  -h, --help          이 도움말 보기

진행 상황은 stderr로, 마지막 요약은 stdout으로 출력합니다. CI=true이거나
터미널이 아니면 한 줄씩 출력하는 단순 렌더러를 씁니다.

종료 코드:
  0    완료: 해당 네임스페이스에서 kubectl이 동작함
  1    단계 실패 (원인과 다음에 실행할 명령을 함께 표시)
  2    잘못된 사용법이나 입력: 알 수 없는 옵션, 잘못된 클러스터 이름,
       DNS-1123 레이블이 아닌 네임스페이스, 형식이 틀린 --role-arn, 손상된 기존 kubeconfig
  130  중단됨 (Ctrl-C)

예시:
  {program} --cluster prod --region ap-northeast-2 -n shop
  {program} --cluster prod --profile dev-sso --alias prod --dry-run
`,
};
