import type { Translation } from '../translation.ts';
import type { cli as en } from '../en/cli.ts';

export const cli: Translation<typeof en> = {
  'cli.help': `사용법: {program} <명령> [옵션]

AWS 접근 권한에서 Amazon EKS의 kubectl 사용까지 설정하고, Pod·볼륨·Service가 제대로
동작하지 않을 때 그 이유를 쉬운 말로 설명합니다.

명령:
{commands}

옵션:
  -h, --help      이 도움말을 보여 줍니다. 명령별 옵션은 {program} <명령> --help로 확인하세요
      --version   버전을 출력합니다
      --lang en|ko  언어 (기본값: LANG / LC_ALL에서 결정)

예시:
  {program} setup --cluster prod --region ap-northeast-2 -n shop
  {program} doctor -n shop
  {program} doctor --from-file dump.json --lang ko`,
  'cli.command.setup': 'EKS 클러스터용 kubectl을 설정하고 실제로 동작하는지 확인합니다',
  'cli.command.doctor': 'namespace를 한 번 읽고 무엇이 잘못됐는지, 다음에 무엇을 실행할지 설명합니다',
  'cli.command.map': '네임스페이스를 그림으로: 오브젝트가 어떻게 이어지고 어느 것이 고장 났는지',
  'cli.command.token': 'kubectl용 EKS 토큰(exec credential)을 출력하고 만료 전까지 캐시',
  'cli.command.healthCheck': 'EKS 클러스터와 네임스페이스를 사람 없이 점검: 보고서 하나, 종료 코드 하나',
  'cli.unknownCommand': '알 수 없는 명령 "{name}"입니다. 사용할 수 있는 명령: {commands}.',
  'cli.didYouMean': '`{command}`을(를) 실행하려고 하셨나요?',
  'cli.seeHelp': '`{program} --help`로 명령 목록을 확인하세요.',
};
