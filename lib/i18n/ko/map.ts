import type { Translation } from '../translation.ts';
import type { map as en } from '../en/map.ts';

export const map: Translation<typeof en> = {
  'map.help': `사용법: npx tsx scripts/map.ts [옵션]

네임스페이스 하나를 오브젝트들이 이어진 모습 그대로 그립니다: Deployment → ReplicaSet → Pod,
StatefulSet → Pod → 클레임, DaemonSet → 노드별 Pod, Service → Pod, Pod → PVC → PV →
StorageClass → CSI 드라이버, Pod → ConfigMap / Secret(이름만), CronJob → Job → Pod.
상자마다 doctor 점검 결과로 정한 상태가 표시되며, 점검도 같은 한 번의 읽기로 판단합니다.

어디를 볼지:
  -n, --namespace NS       그릴 네임스페이스 (기본값: kubeconfig 컨텍스트의 네임스페이스, 없으면 "default")
      --context NAME       사용할 kubeconfig 컨텍스트 (기본값: 현재 컨텍스트)
      --kubeconfig FILE    kubeconfig 파일 (기본값: $KUBECONFIG, 없으면 ~/.kube/config)
      --from-file FILE     저장된 스냅샷이나 \`kubectl get ... -o json|yaml\` 출력을 그립니다 (- 는 stdin)
      --save-snapshot FILE 읽은 내용을 JSON으로도 저장 (0600, ConfigMap·Secret 값은 절대 포함하지 않음)
      --request-timeout D  API 요청당 제한 시간, 예: 20s, 1m (기본값 20s)

무엇을 그릴지:
  -o, --output FORMAT      tree(기본값), mermaid, dot, svg, html(파일 하나로 완결)
      --explain            그림에 나온 오브젝트 종류마다 한 줄 설명 추가
      --lang en|ko         언어 (기본값: LANG / LC_ALL 에서)
  -h, --help               이 도움말 표시

종료 코드:
  0  그림을 그렸음 (고장 난 오브젝트가 있어도 종료 코드는 바뀌지 않습니다. 그 용도는 doctor를 쓰세요)
  2  사용법 오류, 또는 읽을 수 없는 --from-file / --kubeconfig
  3  클러스터를 전혀 읽지 못함`,
  'map.usage.badOutput': '알 수 없는 출력 형식 "{value}": tree, mermaid, dot, svg, html 중 하나를 쓰세요.',
  'map.usage.notForMap': '{flag}은(는) doctor 옵션이라 map에서는 쓸 수 없습니다.',

  'map.title': '네임스페이스 {namespace}',
  'map.title.all': '모든 네임스페이스',
  'map.summary': '오브젝트 {objects}개, 문제 있음 {broken}개 · {time}에 읽음',
  'map.empty': '그릴 것이 없습니다: 네임스페이스에 워크로드, Pod, Service, 클레임이 없습니다.',
  'map.notVisible': '권한이 없어 보이지 않는 종류 (이들 없이 그렸습니다): {kinds}',
  'map.notes': '각 오브젝트의 뜻',
  'map.legend': '범례',
  'map.health.error': '오류',
  'map.health.warning': '경고',
  'map.health.info': '참고',
  'map.health.ok': '문제 없음',
  'map.missing': '참조되지만 존재하지 않음',

  'map.detail.ready': '{ready}/{desired} 준비됨',
  'map.detail.phase': '{phase}',
  'map.detail.podOnNode': '{node}에서 {phase}',
  'map.detail.collapsed': 'Pod {count}개: {phase}',
  'map.detail.type': '{type}',
  'map.detail.provisioner': 'provisioner {provisioner}',
  'map.detail.noSelector': 'selector 없음',
  'map.detail.job.complete': '완료',
  'map.detail.job.failed': '실패',
  'map.detail.job.running': '{active}개 실행 중',

  'map.html.title': 'eks-guide 맵: {scope}',
  'map.html.graph': '맵',
  'map.html.findings': '발견 사항 ({count})',
  'map.html.noFindings': 'doctor가 찾은 문제가 없습니다.',
  'map.html.commands': '다음에 실행할 명령',
  'map.html.generated': 'eks-guide가 {source}에서 만들었습니다. {time}에 읽음.',
  'map.html.source.cluster': '클러스터',
  'map.html.source.file': '파일 {path}',
  'map.html.brokenMark': '고장 난 오브젝트는 빨간색 또는 주황색 테두리로 표시되고, 해당 발견 사항으로 연결됩니다.',

  'map.kind.Deployment':
    'Deployment: 똑같은 Pod N개를 계속 실행하고, 바뀔 때마다 (ReplicaSet을 통해) 조금씩 교체합니다.',
  'map.kind.ReplicaSet': 'ReplicaSet: Deployment Pod 템플릿의 한 버전으로, Pod를 만들고 교체합니다.',
  'map.kind.StatefulSet':
    'StatefulSet: 이름이 고정된 Pod(name-0, name-1…)마다 자기 볼륨 클레임을 갖고, 순서대로 시작합니다.',
  'map.kind.DaemonSet': 'DaemonSet: (조건에 맞는) 노드마다 Pod를 하나씩 띄웁니다. 로그 수집기 같은 에이전트용입니다.',
  'map.kind.CronJob': 'CronJob: 일정에 따라 Job을 만듭니다.',
  'map.kind.Job': 'Job: Pod가 성공적으로 끝날 때까지 실행합니다 (backoffLimit까지 재시도).',
  'map.kind.Pod': 'Pod: 한 노드에 함께 배치되는 하나 이상의 컨테이너로, 실제로 실행되는 단위입니다.',
  'map.kind.Service': 'Service: selector에 맞는 준비된 Pod로 트래픽을 보내는 고정된 이름과 주소입니다.',
  'map.kind.PersistentVolumeClaim':
    'PersistentVolumeClaim: Pod의 스토리지 요청으로, PersistentVolume 하나와 바인딩됩니다.',
  'map.kind.PersistentVolume': 'PersistentVolume: 클레임 하나에 바인딩된 실제 디스크입니다 (EKS 에서는 보통 EBS 볼륨).',
  'map.kind.StorageClass':
    'StorageClass: 새 볼륨을 만드는 방법, 즉 어떤 provisioner와 어떤 파라미터(예: gp3)를 쓸지 정합니다.',
  'map.kind.CSIDriver': 'CSI 드라이버: 볼륨을 만들고 연결하는 플러그인입니다 (EKS 에서는 EBS CSI 드라이버 애드온).',
  'map.kind.ConfigMap': 'ConfigMap: Pod가 환경 변수나 파일로 읽는 설정입니다 (이름만 표시).',
  'map.kind.Secret': 'Secret: Pod가 환경 변수나 파일로 읽는 자격 증명입니다 (값은 읽지도 표시하지도 않음).',
};
