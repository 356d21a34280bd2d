import type { Translation } from '../translation.ts';
import type { common as en } from '../en/common.ts';

export const common: Translation<typeof en> = {
  'usage.unknownFlag': '알 수 없는 옵션입니다: {flag}. --help로 사용 가능한 옵션을 확인하세요.',
  'usage.missingValue': '{flag} 옵션에는 값이 필요합니다.',
  'usage.badValue': '{flag} 옵션에 "{value}" 값을 쓸 수 없습니다: {reason}',
  'usage.badLang': '알 수 없는 언어 "{value}": en 또는 ko를 쓰세요.',
  'usage.badNamespace':
    '네임스페이스 "{value}"는 올바른 이름이 아닙니다: 소문자, 숫자, "-" 만 쓰고, 63자 이하이며, 영문자나 숫자로 시작하고 끝나야 합니다 (DNS-1123 label).',
  'usage.badClusterName':
    '클러스터 이름 "{value}"는 올바른 EKS 클러스터 이름이 아닙니다: 1~100자의 영문자, 숫자, "-", "_"로 이루어지고 영문자나 숫자로 시작해야 합니다.',
  'usage.unexpectedArgument': '예상하지 못한 인자입니다: {value}.',
  interrupted: '중단되었습니다.',
  'usage.badBoolean':
    '{flag} 옵션은 값 없이 쓰거나 true/false, yes/no, 1/0 중 하나를 씁니다. "{value}"는 쓸 수 없습니다.',
  'usage.valueNotAllowed': '{flag} 옵션은 값을 받지 않습니다.',
  'output.writeFailed': '출력을 쓰지 못했습니다({code}). 더 이상 쓰지 않았습니다.',

  'awsError.noCredentials': 'AWS 자격 증명을 찾을 수 없습니다.',
  'awsError.noCredentials.fix':
    '액세스 키는 `aws configure`로, IAM Identity Center(SSO)는 `aws sso login --profile <프로필>`로 설정한 뒤 --profile을 주거나 AWS_PROFILE을 설정하세요.',
  'awsError.profileNotFound': 'AWS 프로필 "{profile}" 이(가) AWS 설정에 없습니다.',
  'awsError.profileNotFound.fix':
    '`aws configure list-profiles`로 프로필 목록을 보거나, `aws configure --profile {profile}` / `aws configure sso`로 만드세요.',
  'awsError.expired': 'AWS 세션 또는 토큰이 만료되었습니다.',
  'awsError.expired.fix': '다시 로그인하세요: SSO는 `aws sso login{profileFlag}`, 임시 자격 증명은 새로 발급받으세요.',
  'awsError.invalidCredentials':
    'AWS가 이 자격 증명을 알지 못합니다: 액세스 키가 삭제되었거나 잘못 입력되었거나, 시크릿 키가 키와 맞지 않습니다.',
  'awsError.invalidCredentials.fix':
    '`aws configure list{profileFlag}`로 지금 쓰이는 자격 증명을 확인하세요 (AWS_ACCESS_KEY_ID 같은 환경 변수가 프로필보다 우선합니다). 키를 고치거나 IAM에서 새로 만들거나, SSO 프로필을 쓰세요.',
  'awsError.accessDenied': 'AWS가 {operation} 호출을 거부했습니다: IAM 자격에 권한이 없습니다.',
  'awsError.accessDenied.fix': '관리자에게 IAM 자격에 {operation} 권한을 허용해 달라고 요청하세요.',
  'awsError.notFound': 'AWS에서 리소스를 찾을 수 없습니다: {detail}',
  'awsError.notFound.fix': '이름, 리전(--region), 사용 중인 계정을 확인하세요.',
  'awsError.throttled': 'AWS가 {operation} 요청을 제한(throttle)했습니다.',
  'awsError.throttled.fix': '잠시 기다린 뒤 다시 실행하세요.',
  'awsError.regionMissing': 'AWS 리전이 설정되어 있지 않습니다.',
  'awsError.regionMissing.fix':
    '--region을 주거나 (예: --region ap-northeast-2), AWS_REGION을 설정하거나, `aws configure set region <리전>`으로 프로필에 리전을 넣으세요.',
  'awsError.network': 'AWS 엔드포인트에 연결할 수 없습니다: {detail}',
  'awsError.network.fix': '네트워크, 프록시(HTTPS_PROXY), AWS_ENDPOINT_URL 설정을 확인하세요.',
  'awsError.invalidRequest': 'AWS가 요청을 거부했습니다: {detail}',
  'awsError.invalidRequest.fix': '넘긴 값을 확인하세요.',
  'awsError.unknown': 'AWS 호출이 실패했습니다: {detail}',
  'awsError.unknown.fix':
    '같은 호출을 aws CLI에 --debug를 붙여 실행하면 요청과 응답 전체를 볼 수 있습니다(예: `aws sts get-caller-identity --debug`).',

  'kubeError.unreachable': 'Kubernetes API 서버 {server}에 연결할 수 없습니다: {detail}',
  'kubeError.unreachable.fix':
    'API 서버까지의 네트워크 경로를 확인하세요: private 전용 엔드포인트는 VPC 안(VPN, bastion, peering)에서만 접근할 수 있고, public 엔드포인트는 public access CIDR에 내 IP가 허용되어야 합니다.',
  'kubeError.dns': 'API 서버 이름 {server} 을(를) DNS에서 찾을 수 없습니다.',
  'kubeError.dns.fix': 'private 엔드포인트는 VPC 안에서만 이름이 풀립니다. DNS나 VPN을 확인하세요.',
  'kubeError.timeout': 'Kubernetes API 서버 {server}이(가) 제때 응답하지 않았습니다.',
  'kubeError.timeout.fix':
    'i/o timeout은 대개 엔드포인트가 private 이거나 내 IP가 public access CIDR에 없다는 뜻입니다. 클러스터 엔드포인트 접근 설정을 확인하세요.',
  'kubeError.tls': '{server} 와의 TLS 연결이 실패했습니다: {detail}',
  'kubeError.tls.fix': 'kubeconfig의 인증 기관(CA)이 서버와 맞지 않습니다. setup-eks를 다시 실행해 항목을 새로 쓰세요.',
  'kubeError.unauthorized': 'API 서버가 자격 증명을 받아들이지 않았습니다 (401 Unauthorized).',
  'kubeError.unauthorized.fix':
    '이 클러스터에 내 IAM 자격의 access entry나 aws-auth 매핑이 없거나, 토큰이 다른 클러스터용이거나 만료되었습니다. `npx tsx scripts/setup-eks.ts --cluster <이름>`으로 접근 권한을 확인하세요.',
  'kubeError.forbidden': '접근이 거부되었습니다 (403 Forbidden): {detail}',
  'kubeError.forbidden.fix':
    '관리자에게 읽기 권한을 요청하세요 (예: 이 네임스페이스에 대한 AmazonEKSViewPolicy 액세스 정책).',
  'kubeError.notFound': '찾을 수 없습니다: {detail}',
  'kubeError.notFound.fix': '이름과 네임스페이스를 확인하세요.',
  'kubeError.execPlugin': 'kubeconfig의 자격 증명 플러그인이 실패했습니다: {detail}',
  'kubeError.execPlugin.fix':
    'kubeconfig에 있는 aws 명령을 직접 실행해 오류를 확인하거나, setup-eks를 다시 실행해 항목을 새로 쓰세요.',
  'kubeError.unknown': 'Kubernetes API 호출이 실패했습니다: {detail}',
  'kubeError.unknown.fix':
    'doctor를 --verbose(또는 DEBUG=1)로 다시 실행하면 API 요청마다 상태와 걸린 시간이 기록됩니다. kubectl에서는 -v=6을 붙이세요.',
};
