import type { Translation } from '../translation.ts';
import type { token as en } from '../en/token.ts';

export const token: Translation<typeof en> = {
  'token.usage.needCluster': '--cluster 옵션이 필요합니다: 토큰을 만들 EKS 클러스터 이름입니다.',
  'token.failed': '{cluster}의 EKS 토큰을 만들지 못했습니다: {reason}',
  'token.failed.fix': '이 프로필과 리전에서 AWS 자격 증명이 동작하는지 확인하세요: aws sts get-caller-identity{flags}',
  'token.unsupported':
    'eks-guide token이 이 토큰을 직접 만들 수 없습니다({reason}). 이 경우 kubeconfig에 `aws eks get-token`을 그대로 두세요.',
  'token.cache.failed': '참고: {path}에 토큰을 캐시하지 못했습니다({reason}). 다음 호출에서 새로 만듭니다.',
  'token.help': `사용법: eks-guide token --cluster NAME [--region REGION] [--role-arn ARN] [--profile NAME]

kubectl용 ExecCredential을 Amazon EKS 토큰과 함께 출력합니다. \`aws eks get-token\`과
같은 결과를 이 프로세스 안에서 만듭니다(호출마다 Python을 띄우지 않음).
kubeconfig 사용자의 exec 명령으로 쓸 수 있습니다.

옵션:
  --cluster NAME      EKS 클러스터 이름(필수)
  --region REGION     AWS 리전(기본값: AWS_DEFAULT_REGION, 그다음 프로필의 리전)
  --role-arn ARN      토큰에 쓸 IAM 역할(한 번 맡은 뒤 재사용)
  --profile NAME      AWS 프로필(aws --profile처럼 환경 변수의 자격 증명보다 우선)
  --lang en|ko        메시지 언어(기본값: LANG에서)
  -h, --help          이 도움말 보기

토큰은 클러스터, 리전, 역할, 프로필마다 $XDG_CACHE_HOME/eks-guide, 없으면
~/.kube/cache/eks-guide에 캐시되고(모드 0600), 만료 1분 전에 새로 만듭니다.
토큰은 stderr에 절대 쓰지 않습니다.

종료 코드:
  0    ExecCredential을 stdout에 출력함
  1    토큰 없음: AWS 자격 증명이나 역할을 쓸 수 없음(메시지에 이유가 있음)
  2    잘못된 사용: 알 수 없는 옵션, --cluster 없음, 잘못된 클러스터 이름이나 역할 ARN
`,
};
