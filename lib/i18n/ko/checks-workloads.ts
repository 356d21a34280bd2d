import type { Translation } from '../translation.ts';
import type { checksWorkloads as en } from '../en/checks-workloads.ts';

export const checksWorkloads: Translation<typeof en> = {
  // replicaset-failures
  'check.replicaset-failures.title': 'Pod를 만들지 못하는 컨트롤러',
  'check.replicaset-failures.cause.quota-exceeded':
    '{quota} ResourceQuota의 {resources} 항목이 이미 다 찼기 때문에 {name} {kind}이(가) Pod를 만들지 못합니다. Pod를 하나 더 만들면 네임스페이스 한도를 넘게 됩니다.',
  'check.replicaset-failures.cause.quota-requires-limits':
    '{quota} ResourceQuota가 {resources} 항목을 집계하므로 모든 컨테이너가 이 값을 지정해야 하는데, Pod 템플릿에 빠져 있어 {name} {kind}이(가) Pod를 만들지 못합니다.',
  'check.replicaset-failures.cause.pod-security':
    '네임스페이스에 Pod Security "{level}" 수준이 강제(enforce)되어 있는데 Pod 템플릿이 이를 어기므로({checks}) {name} {kind}이(가) Pod를 만들지 못합니다.',
  'check.replicaset-failures.cause.webhook-denied':
    '{webhook} admission webhook이 요청을 거부해서 {name} {kind}이(가) Pod를 만들지 못합니다.',
  'check.replicaset-failures.cause.webhook-unreachable':
    'API 서버가 {webhook} admission webhook의 응답을 받지 못하고, 이 webhook은 실패 시 요청을 거부(fail closed)하도록 설정되어 있어 {name} {kind}이(가) Pod를 만들지 못합니다.',
  'check.replicaset-failures.cause.service-account-missing':
    'Pod 템플릿이 사용하는 {serviceAccount} service account가 {namespace} 네임스페이스에 없어서 {name} {kind}이(가) Pod를 만들지 못합니다.',
  'check.replicaset-failures.cause.create-failed':
    '{name} {kind}이(가) Pod를 만들지 못합니다. API 서버 메시지: {message}',
  'check.replicaset-failures.cause.limit-range-unnamed':
    '{namespace} 네임스페이스의 LimitRange가 Pod 템플릿을 거부해서 {name} {kind}이(가) Pod를 만들지 못합니다: {rule}',
  'check.replicaset-failures.limit-range.max':
    '{limitRange} LimitRange는 {scope}당 {resource}을(를) 최대 {enforced}까지만 허용하는데, Pod 템플릿은 {field}을(를) {value}(으)로 지정합니다.',
  'check.replicaset-failures.limit-range.min':
    '{limitRange} LimitRange는 {scope}당 {resource}을(를) 최소 {enforced} 이상 요구하는데, Pod 템플릿은 {field}을(를) {value}(으)로 지정합니다.',
  'check.replicaset-failures.limit-range.max-unset':
    '{limitRange} LimitRange는 {scope}당 {resource}을(를) 최대 {enforced}까지만 허용하므로 {field}을(를) 반드시 지정해야 하는데, Pod 템플릿에 없습니다.',
  'check.replicaset-failures.limit-range.min-unset':
    '{limitRange} LimitRange는 {scope}당 {resource}을(를) 최소 {enforced} 이상 요구하므로 {field}을(를) 반드시 지정해야 하는데, Pod 템플릿에 없습니다.',
  'check.replicaset-failures.limit-range.ratio':
    '{limitRange} LimitRange는 {scope}당 {resource} limit을 request의 최대 {enforced}배까지만 허용하는데, Pod 템플릿의 limit은 request의 {value}배입니다.',
  'check.replicaset-failures.limit-range.ratio-unset':
    '{limitRange} LimitRange는 {scope}당 {resource} limit을 request의 {enforced}배로 제한하므로 둘 다 지정해야 하는데(0도 안 됨), Pod 템플릿에 {field}이(가) 없습니다.',
  'check.replicaset-failures.detail.count': '있어야 할 Pod {desired}개 중 {have}개만 있습니다.',
  'check.replicaset-failures.detail.quota-resource':
    '{resource}: 새 Pod 요청량 {requested}, 이미 사용 중 {used}, quota 한도 {limited}.',
  'check.replicaset-failures.detail.missing-resource':
    '다음 컨테이너에 {resource} 값이 지정되지 않았습니다: {containers}.',
  'check.replicaset-failures.detail.missing-resource-any': '적어도 한 컨테이너에 {resource} 값이 지정되지 않았습니다.',
  'check.replicaset-failures.detail.limitrange-present':
    '이 네임스페이스에 {names} LimitRange가 있지만 빠진 값을 채워 주지 않습니다. default와 defaultRequest를 확인하세요.',
  'check.replicaset-failures.detail.no-limitrange':
    '이 네임스페이스에는 기본 requests/limits를 채워 줄 LimitRange가 없습니다.',
  'check.replicaset-failures.detail.violation': '위반 항목: {violation}',
  'check.replicaset-failures.detail.limit-range-rule': 'LimitRange가 함께 거부한 항목: {rule}',
  'check.replicaset-failures.detail.limitranges-not-visible':
    'LimitRange를 볼 권한이 없어서({reason}) 이 규칙을 가진 LimitRange 이름을 알 수 없습니다.',
  'check.replicaset-failures.detail.webhook-said': 'webhook 메시지: {reason}',
  'check.replicaset-failures.remedy.quota-exceeded':
    '{quota} quota에 여유를 만드세요(네임스페이스의 다른 워크로드를 줄이거나 삭제). 또는 이 Pod 템플릿의 requests를 낮추거나, 네임스페이스 담당자에게 quota 상향을 요청하세요.',
  'check.replicaset-failures.remedy.set-resources':
    'Pod 템플릿의 모든 컨테이너(init 컨테이너 포함)에 {resources}에 대한 resources.requests와 resources.limits를 지정하세요.',
  'check.replicaset-failures.remedy.limitrange-defaults':
    '또는 default와 defaultRequest 값을 가진 LimitRange를 추가하면, 값을 지정하지 않은 컨테이너에 API 서버가 기본값을 채워 줍니다.',
  'check.replicaset-failures.remedy.pod-security':
    '각 위반 항목이 말하는 대로 Pod 템플릿의 securityContext를 고치세요(restricted 수준이라면 runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities.drop: ["ALL"], seccompProfile.type: RuntimeDefault).',
  'check.replicaset-failures.remedy.pod-security-exception':
    '워크로드에 정말 더 높은 권한이 필요하다면 클러스터 관리자에게 네임스페이스 레이블 pod-security.kubernetes.io/enforce 변경을 요청하세요.',
  'check.replicaset-failures.remedy.webhook-denied':
    '{webhook} 뒤에 있는 정책을 만족하도록 Pod 템플릿을 고치거나, 정책 담당자에게 예외를 요청하세요.',
  'check.replicaset-failures.remedy.webhook-unreachable':
    'webhook {webhook} 뒤의 서비스와 Pod가 실행 중이고 컨트롤 플레인에서 접근 가능한지 확인하세요(EKS에서는 클러스터 보안 그룹에서 webhook 포트로의 접근을 보안 그룹이 허용해야 합니다).',
  'check.replicaset-failures.remedy.service-account-missing':
    'service account를 만들거나(kubectl create serviceaccount {serviceAccount} -n {namespace}) Pod 템플릿의 serviceAccountName을 고치세요.',
  'check.replicaset-failures.remedy.limit-range':
    'Pod 템플릿의 resources를 {limitRange} LimitRange 범위에 맞게 고치세요(아래 명령으로 한도를 볼 수 있습니다). 워크로드에 정말 더 필요하다면 네임스페이스 담당자에게 LimitRange 변경을 요청하세요.',
  'check.replicaset-failures.remedy.limit-range-unnamed':
    'Pod 템플릿의 resources를 네임스페이스의 LimitRange 범위에 맞게 고치세요(kubectl describe limitrange로 한도를 볼 수 있습니다). 또는 네임스페이스 담당자에게 변경을 요청하세요.',
  'check.replicaset-failures.remedy.create-failed':
    '위 API 서버 메시지에 무엇이 거부되었는지 나와 있습니다. Pod 템플릿이나 메시지가 가리키는 정책을 고치세요.',

  // stuck-rollouts
  'check.stuck-rollouts.title': '롤아웃이 멈췄거나 일시 중지되었거나 사용할 수 없는 Deployment',
  'check.stuck-rollouts.cause.deadline-exceeded':
    '{name} Deployment의 롤아웃이 멈췄습니다. 새 {replicaSet} ReplicaSet(revision {revision})이 progress deadline {deadline}초 안에 사용 가능한 상태가 되지 않아 Kubernetes가 기다리기를 포기했습니다.',
  'check.stuck-rollouts.cause.unavailable':
    '{name} Deployment가 서비스하지 못하고 있습니다. Pod {replicas}개 중 사용 가능한 Pod가 {available}개입니다.',
  'check.stuck-rollouts.cause.degraded':
    '{name} Deployment가 최소 가용성에 못 미칩니다. Pod {replicas}개 중 {available}개만 사용 가능합니다.',
  'check.stuck-rollouts.cause.failing-rollout':
    '{name} Deployment의 {replicaSet} ReplicaSet(revision {revision})으로의 롤아웃이 진행되지 않고 있습니다. 새 Pod가 실패하고 있어서, 회복되지 않으면 progress deadline {deadline}초를 넘기게 됩니다.',
  'check.stuck-rollouts.cause.paused':
    '{name} Deployment가 일시 중지(paused) 상태입니다. 재개(resume)할 때까지 Pod 템플릿 변경 사항이 롤아웃되지 않습니다.',
  'check.stuck-rollouts.cause.in-progress':
    '{name} Deployment가 revision {revision} 롤아웃을 진행하는 중입니다. 지금까지 Pod {replicas}개 중 {updated}개가 업데이트되었습니다.',
  'check.stuck-rollouts.detail.progress':
    '업데이트됨: {replicas}개 중 {updated}개, 사용 가능: {replicas}개 중 {available}개.',
  'check.stuck-rollouts.detail.paused': '이 Deployment는 일시 중지 상태이기도 합니다(spec.paused: true).',
  'check.stuck-rollouts.detail.pods-not-visible':
    'Pod를 볼 권한이 없어서({reason}) 새 Pod가 실패하는 이유를 알 수 없습니다.',
  'check.stuck-rollouts.detail.pod-summary': '{replicaSet} ReplicaSet의 Pod 상태: {summary}.',
  'check.stuck-rollouts.detail.pod': '노드 {node}의 {pod} Pod: {problem}.',
  'check.stuck-rollouts.detail.more-pods': '…그 외 Pod {count}개.',
  'check.stuck-rollouts.detail.create-failure':
    '{replicaSet} ReplicaSet이 Pod를 만들지 못하고 있습니다. 이유는 해당 ReplicaSet 항목을 보세요.',
  'check.stuck-rollouts.detail.no-pods': '{replicaSet} ReplicaSet에 Pod가 하나도 없습니다.',
  'check.stuck-rollouts.detail.old-serving':
    '이전 {replicaSet} ReplicaSet(revision {revision})이 아직 사용 가능한 Pod {available}개로 서비스하고 있습니다.',
  'check.stuck-rollouts.remedy.fix-pods':
    '새 Pod가 Ready가 되지 못하는 원인을 고치세요(관련 항목으로 표시된 Pod 진단 참고). 그러면 롤아웃은 알아서 이어집니다.',
  'check.stuck-rollouts.remedy.fix-create':
    '새 ReplicaSet이 Pod를 만들지 못하는 원인을 고치세요(해당 ReplicaSet 항목 참고). 그러면 롤아웃은 알아서 이어집니다.',
  'check.stuck-rollouts.remedy.undo-serving':
    '서비스를 바로 되살리려면 아직 실행 중인 revision {revision} 버전으로 롤백하세요: kubectl rollout undo.',
  'check.stuck-rollouts.remedy.undo-unverified':
    '또는 kubectl rollout undo로 이전 revision {revision} 버전으로 롤백할 수 있습니다. 다만 지금 실행 중인 그 revision의 Pod가 없어 정상이었는지 확인할 수 없으니, 먼저 kubectl rollout history를 확인하세요.',
  'check.stuck-rollouts.remedy.resume':
    '대기 중인 변경 사항을 롤아웃할 준비가 되면 kubectl rollout resume으로 재개하세요.',
  'check.stuck-rollouts.remedy.wait':
    '아직 할 일은 없습니다. kubectl rollout status로 지켜보세요. {deadline}초 안에 끝나지 않으면 멈춘 롤아웃으로 보고됩니다.',
  // failed-jobs
  'check.failed-jobs.title': '실패했거나 재시도 중이거나 일시 중지된 Job',
  'check.failed-jobs.cause.backoff-limit':
    '{name} Job이 실패했습니다. Pod가 {failed}번 실패해 backoff limit {backoffLimit}에 도달했으므로 Kubernetes가 재시도를 멈췄습니다.',
  'check.failed-jobs.cause.deadline':
    '{name} Job이 실패했습니다. activeDeadlineSeconds({deadline}초)보다 오래 실행되어 Kubernetes가 Pod를 중지했습니다.',
  'check.failed-jobs.cause.pod-failure-policy':
    'Pod 실패가 podFailurePolicy의 FailJob 규칙에 걸려 {name} Job이 바로 실패 처리되었습니다: {message}',
  'check.failed-jobs.cause.failed-indexes': '{name} Job이 실패했습니다. 일부 인덱스가 실패했습니다({message}).',
  'check.failed-jobs.cause.failed': '{name} Job이 실패했습니다({reason}): {message}',
  'check.failed-jobs.cause.suspended':
    '{name} Job이 일시 중지(suspend) 상태입니다. 재개할 때까지 Pod를 시작하지 않습니다.',
  'check.failed-jobs.cause.past-deadline':
    '{name} Job이 {runningFor}초째 실행 중으로 activeDeadlineSeconds {deadline}초를 넘겼는데도 아직 실패로 표시되지 않았습니다. Pod가 종료 중(Terminating) 상태에 멈춰 있을 수 있습니다.',
  'check.failed-jobs.cause.retrying':
    '{name} Job이 아직 재시도 중이지만, Pod가 이미 {failed}번 실패했습니다(backoff limit {backoffLimit}).',
  'check.failed-jobs.cause.failed-exit-message':
    '{name} Job이 실패했습니다. 마지막 Pod {pod}의 {container} 컨테이너가 종료 코드 {exitCode}({reason})로 끝나며 남긴 메시지: {message}',
  'check.failed-jobs.cause.failed-exit':
    '{name} Job이 실패했습니다. 마지막 Pod {pod}의 {container} 컨테이너가 종료 코드 {exitCode}({reason})로 끝났고 종료 메시지를 남기지 않았으니, 이유는 로그에 있습니다.',
  'check.failed-jobs.cause.retrying-exit-message':
    '{name} Job이 계속 실패합니다. 마지막 Pod {pod}의 {container} 컨테이너가 종료 코드 {exitCode}({reason})로 끝나며 남긴 메시지: {message}',
  'check.failed-jobs.cause.retrying-exit':
    '{name} Job이 계속 실패합니다. 마지막 Pod {pod}의 {container} 컨테이너가 종료 코드 {exitCode}({reason})로 끝났고 종료 메시지를 남기지 않았으니, 이유는 로그에 있습니다.',
  'check.failed-jobs.detail.pod-exit-message':
    'Pod {pod}: {container} 컨테이너가 종료 코드 {exitCode}({reason})로 종료: {message}',
  'check.failed-jobs.detail.pod-exit': 'Pod {pod}: {container} 컨테이너가 종료 코드 {exitCode}({reason})로 끝났습니다.',
  'check.failed-jobs.detail.pod-reason': 'Pod {pod}: {reason}',
  'check.failed-jobs.detail.more-pods': '…그 외 실패한 Pod {count}개.',
  'check.failed-jobs.detail.pods-gone':
    '실패한 Pod {failed}개가 이미 삭제되어 종료 코드를 보여줄 수 없습니다. 위의 Job 이벤트가 남은 기록입니다.',
  'check.failed-jobs.detail.pods-not-visible':
    'Pod를 볼 권한이 없어서({reason}) 실패한 Pod의 종료 코드를 알 수 없습니다.',
  'check.failed-jobs.detail.cron-runs': '{cronJob} CronJob의 실행 {count}번이 실패했습니다: {jobs}.',
  'check.failed-jobs.detail.cron-recovered':
    '이후 실행인 {job} Job은 성공했으므로, 이 실패는 이미 지나간 문제일 수 있습니다.',
  'check.failed-jobs.remedy.read-logs':
    '실패한 Pod의 로그(kubectl logs)를 보고 프로그램이 왜 그 종료 코드로 끝났는지 확인한 뒤, 프로그램이나 입력, 설정을 고치세요.',
  'check.failed-jobs.remedy.fix-from-message':
    '메시지가 가리키는 것(프로그램, 입력, 설정)을 고치세요. 전체 출력은 실패한 Pod의 로그(kubectl logs)에 있습니다.',
  'check.failed-jobs.remedy.deadline':
    '작업이 예상보다 오래 걸리는 이유(로그, 리소스)를 확인하세요. 실행 시간이 길어지는 것이 정상일 때만 activeDeadlineSeconds를 늘리세요.',
  'check.failed-jobs.remedy.rerun':
    '실패한 Job은 다시 시도되지 않습니다. 고친 뒤 Job을 삭제하고 다시 만드세요(CronJob이라면 다음 스케줄에 새 Job을 시작합니다).',
  'check.failed-jobs.remedy.resume': '실행해야 할 때 spec.suspend를 false로 바꾸세요.',
  'check.failed-jobs.remedy.resume-cron':
    '이 Job은 CronJob에 속해 있습니다. 실행해야 할 때 이 Job(또는 CronJob)을 재개하세요.',
  'check.failed-jobs.remedy.past-deadline':
    'Pod를 확인하세요. 종료 중(Terminating)에 멈춘 Pod(예: 연결이 끊긴 노드의 Pod)가 있으면 Job이 끝나지 못합니다.',
  // statefulsets
  'check.statefulsets.title': '준비되지 않았거나 업데이트가 멈췄거나 설정이 잘못된 StatefulSet',
  'check.statefulsets.cause.stuck-at-pod':
    '{name} StatefulSet이 {pod} Pod에서 멈췄습니다({replicas}개 중 {ready}개 Ready). 이 Pod가 Ready가 아니고({problem}), StatefulSet Pod는 하나씩 차례로 시작하므로 그 뒤의 Pod도 시작되지 않습니다.',
  'check.statefulsets.cause.pod-missing':
    '{name} StatefulSet이 멈췄습니다({replicas}개 중 {ready}개 Ready). {pod} Pod가 만들어지지 않았고, 그 뒤의 Pod는 이 Pod를 기다립니다.',
  'check.statefulsets.cause.none-ready':
    '{name} StatefulSet이 서비스하지 못하고 있습니다. Pod {replicas}개 중 Ready인 Pod가 하나도 없습니다.',
  'check.statefulsets.cause.not-ready':
    '{name} StatefulSet이 일부만 동작하고 있습니다. Pod {replicas}개 중 {ready}개만 Ready입니다.',
  'check.statefulsets.cause.update-stuck':
    '{name} StatefulSet의 revision {revision} 업데이트가 {pod} Pod에서 멈췄습니다({problem}). 컨트롤러는 이 Pod가 Ready가 되어야 다음 Pod를 업데이트합니다.',
  'check.statefulsets.cause.service-missing':
    '{name} StatefulSet이 지정한 governing Service인 {service} Service가 없어서, Pod가 고정 DNS 이름(pod-0.{service})을 얻지 못합니다.',
  'check.statefulsets.cause.service-not-headless':
    '{name} StatefulSet이 지정한 {service} Service가 headless가 아니어서(cluster IP가 있음) Pod가 고정 DNS 이름(pod-0.{service})을 얻지 못합니다.',
  'check.statefulsets.cause.storage-class-missing':
    '{name} StatefulSet이 존재하지 않는 {storageClass} StorageClass에서 볼륨을 요청하므로(claim 템플릿 {claim}) 새 Pod가 볼륨을 끝없이 기다립니다.',
  'check.statefulsets.detail.counts':
    'Ready: {replicas}개 중 {ready}개, 현재 revision: {current}개, 업데이트 revision: {updated}개.',
  'check.statefulsets.detail.pods-not-visible':
    'Pod를 볼 권한이 없어서({reason}) StatefulSet을 막고 있는 Pod를 알 수 없습니다.',
  'check.statefulsets.detail.pod-summary': 'Ready가 아닌 Pod: {summary}.',
  'check.statefulsets.detail.pod': '노드 {node}의 {pod} Pod: {problem}.',
  'check.statefulsets.detail.ordered':
    'podManagementPolicy가 OrderedReady이므로 {pod} Pod가 Ready가 되어야 {next} Pod와 그 뒤의 Pod가 만들어집니다.',
  'check.statefulsets.detail.revisions': '현재 revision {current}, 업데이트 revision {update}.',
  'check.statefulsets.detail.cluster-ip':
    '이 Service의 clusterIP는 {clusterIP}입니다. headless Service는 clusterIP: None입니다.',
  'check.statefulsets.detail.known-classes': '클러스터에 있는 StorageClass: {classes}.',
  'check.statefulsets.remedy.fix-pod':
    '그 Pod가 Ready가 되지 못하는 원인을 고치세요(해당 Pod 항목 참고). 그러면 StatefulSet은 알아서 이어서 진행합니다.',
  'check.statefulsets.remedy.pod-missing':
    'Pod를 만들지 못하는 이유를 확인하세요. {name} StatefulSet의 FailedCreate 이벤트(quota, admission, PodSecurity)를 보세요.',
  'check.statefulsets.remedy.delete-stuck':
    'Pod 템플릿을 고친 뒤 {pod} Pod를 삭제하세요. StatefulSet은 한 번도 Ready가 되지 못한 Pod를 템플릿을 고쳐도 스스로 교체하지 않습니다.',
  'check.statefulsets.remedy.service-missing':
    'StatefulSet Pod를 선택하는 headless Service {service}(clusterIP: None)를 만드세요.',
  'check.statefulsets.remedy.service-not-headless':
    'StatefulSet용 headless Service(clusterIP: None)를 따로 만들고 serviceName이 그것을 가리키게 하세요. 기존 {service} Service의 clusterIP는 바꿀 수 없습니다.',
  'check.statefulsets.remedy.storage-class-missing':
    'claim 템플릿에서 존재하는 StorageClass를 쓰거나 {storageClass} StorageClass를 만드세요. volumeClaimTemplates는 직접 수정할 수 없으니 StatefulSet을 다시 만들어야 합니다(kubectl delete statefulset --cascade=orphan으로 Pod는 남겨 둘 수 있습니다).',
  // daemonsets
  'check.daemonsets.title': '노드에서 빠졌거나 준비되지 않았거나 잘못 배치된 DaemonSet',
  'check.daemonsets.cause.none-ready':
    '{name} DaemonSet이 어느 노드에서도 동작하지 않습니다. Pod {desired}개 중 Ready인 Pod가 하나도 없습니다.',
  'check.daemonsets.cause.not-ready':
    '{name} DaemonSet이 모든 노드에서 동작하지는 않습니다. Pod {desired}개 중 {ready}개만 Ready입니다.',
  'check.daemonsets.cause.update-in-progress':
    '{name} DaemonSet이 새 버전을 롤아웃하는 중입니다. 지금까지 노드 {desired}개 중 {updated}개에 적용되었습니다.',
  'check.daemonsets.cause.update-on-delete':
    '{name} DaemonSet은 OnDelete 업데이트 전략을 씁니다. 노드 {desired}개 중 {updated}개만 현재 템플릿으로 실행 중이며, 나머지는 Pod를 삭제해야 바뀝니다.',
  'check.daemonsets.cause.misscheduled':
    '{name} DaemonSet의 Pod가 더 이상 실행되면 안 되는 노드 {count}개에서 실행 중입니다(노드 레이블이나 taint가 바뀜).',
  'check.daemonsets.cause.no-matching-nodes':
    '{name} DaemonSet이 어디에서도 실행되지 않습니다. 노드 {nodes}개 중 노드 선택 조건({selector})에 맞는 노드가 없습니다.',
  'check.daemonsets.cause.skipped-tainted-nodes':
    '{name} DaemonSet이 허용(toleration)하지 않는 taint가 있는 노드 {count}개에서는 실행되지 않습니다. 그 노드에서 돌 필요가 없다면 정상이고, 돌아야 한다면 toleration을 추가하세요.',
  'check.daemonsets.detail.counts':
    '원하는 수: {desired}, Ready: {ready}, 사용 가능: {available}, 최신 버전: {updated}.',
  'check.daemonsets.detail.pod-summary': 'Ready가 아닌 Pod: {summary}.',
  'check.daemonsets.detail.pod': '노드 {node}, {pod} Pod: {problem}.',
  'check.daemonsets.detail.more': '…그 외 Pod {count}개.',
  'check.daemonsets.detail.pods-not-visible': 'Pod를 볼 권한이 없어서({reason}) 문제가 있는 노드를 알 수 없습니다.',
  'check.daemonsets.detail.nodes-not-visible':
    '노드 정보를 볼 권한이 없어서({reason}) taint나 레이블 때문에 제외된 노드를 알 수 없습니다.',
  'check.daemonsets.detail.misscheduled-pod':
    '{pod} Pod가 노드 선택 조건에 더 이상 맞지 않는 {node} 노드에서 실행 중입니다.',
  'check.daemonsets.detail.tainted-nodes': '{taints} taint가 있는 노드 {count}개: {nodes}.',
  'check.daemonsets.remedy.fix-pods':
    '그 노드들에서 Pod가 Ready가 되지 못하는 원인을 고치세요(관련 항목으로 표시된 Pod 진단 참고).',
  'check.daemonsets.remedy.wait': '아직 할 일은 없습니다. kubectl rollout status로 지켜보세요.',
  'check.daemonsets.remedy.on-delete': '업데이트하고 싶을 때 노드 하나씩 기존 Pod를 삭제하세요.',
  'check.daemonsets.remedy.misscheduled':
    '컨트롤러가 이 Pod들을 알아서 지웁니다. 계속 남아 있다면 노드 레이블과 taint를 DaemonSet 설정과 비교해 보세요.',
  'check.daemonsets.remedy.no-matching-nodes':
    'Pod 템플릿의 nodeSelector나 node affinity를 고치거나, 실행되어야 할 노드에 레이블을 붙이세요.',
  'check.daemonsets.remedy.add-toleration':
    '그 노드에서도 실행되어야 한다면 Pod 템플릿(spec.template.spec.tolerations)에 맞는 toleration을 추가하세요.',
  // namespace-state
  'check.namespace-state.title': '없거나, 종료 중에 멈췄거나, quota가 다 찬 네임스페이스',
  'check.namespace-state.cause.not-found': '{name} 네임스페이스가 존재하지 않아 진단할 대상이 없습니다.',
  'check.namespace-state.cause.probably-missing':
    '{name} 네임스페이스는 없는 것으로 보입니다. 오브젝트가 하나도 없고, 모든 네임스페이스에 자동으로 생기는 ConfigMap kube-root-ca.crt조차 없습니다.',
  'check.namespace-state.cause.no-access':
    '{name} 네임스페이스의 모든 리소스에 대해 권한이 없습니다(forbidden). 네임스페이스가 없거나, 그 네임스페이스에 대한 역할(Role)이 없는 것입니다.',
  'check.namespace-state.cause.stuck-api-unavailable':
    '{apis} API가 응답하지 않아 네임스페이스 컨트롤러가 지워야 할 리소스를 모두 조회하지 못하므로, {name} 네임스페이스가 {minutes}분째 종료 중(Terminating)에 멈춰 있습니다.',
  'check.namespace-state.cause.stuck-finalizers':
    '안에 남은 오브젝트에 {finalizers} finalizer가 아직 붙어 있고 이를 제거해야 할 컨트롤러가 제거하지 않아, {name} 네임스페이스가 {minutes}분째 종료 중(Terminating)에 멈춰 있습니다.',
  'check.namespace-state.cause.stuck-content':
    '{name} 네임스페이스가 {minutes}분째 종료 중이며, 안의 오브젝트가 아직 삭제되고 있습니다.',
  'check.namespace-state.cause.terminating':
    '{name} 네임스페이스가 삭제되는 중입니다({minutes}분째). 이 안에는 새 오브젝트를 만들 수 없습니다.',
  'check.namespace-state.cause.quota-exhausted':
    '{name} ResourceQuota의 {resources} 항목이 다 찼습니다. 무언가를 정리하기 전까지 더 필요로 하는 새 Pod나 오브젝트는 거부됩니다.',
  'check.namespace-state.detail.similar': '이름이 비슷한 네임스페이스: {names}.',
  'check.namespace-state.detail.existing': '존재하는 네임스페이스 예: {names}.',
  'check.namespace-state.detail.cannot-list':
    '현재 권한으로는 네임스페이스 목록을 볼 수 없어서({reason}) 존재 여부를 확인할 수 없습니다.',
  'check.namespace-state.detail.finalizer': '{finalizer} finalizer가 아직 오브젝트 {count}개에 남아 있습니다.',
  'check.namespace-state.detail.leftover':
    '{name} {kind} 오브젝트가 finalizer({finalizers}) 때문에 아직 남아 있습니다.',
  'check.namespace-state.detail.more': '…그 외 오브젝트 {count}개.',
  'check.namespace-state.detail.namespace-finalizers': '아직 처리되지 않은 네임스페이스 finalizer: {finalizers}.',
  'check.namespace-state.detail.quota-resource': '{resource}: {hard} 중 {used} 사용 중.',
  'check.namespace-state.detail.blocked': '이 quota 때문에 거부된 컨트롤러: {objects}.',
  'check.namespace-state.remedy.not-found':
    '네임스페이스 이름(-n)과 kubectl context를 확인하세요. 있어야 하는 네임스페이스라면 만드세요.',
  'check.namespace-state.remedy.no-access':
    '먼저 네임스페이스 이름을 확인하세요. 이름이 맞다면 클러스터 관리자에게 그 네임스페이스의 역할을 요청하세요(kubectl auth can-i로 가능한 작업을 볼 수 있습니다).',
  'check.namespace-state.remedy.api-unavailable':
    'Available이 아닌 APIService를 찾아(kubectl get apiservices) 뒤의 서비스를 고치거나, 해당 애드온을 제거했다면 APIService도 삭제하세요(예: metrics-server).',
  'check.namespace-state.remedy.finalizers':
    '각 finalizer를 담당하는 컨트롤러가 실행 중이어서 정리를 끝낼 수 있는지 확인하세요(예: PV는 EBS CSI 드라이버, Service와 Ingress는 load balancer controller).',
  'check.namespace-state.remedy.never-force':
    'finalizer를 손으로 지우는 것은 무엇을 보호하는지 확인한 뒤 최후의 수단으로만 하세요. 클라우드 리소스(볼륨, 로드 밸런서)가 남겨질 수 있습니다.',
  'check.namespace-state.remedy.quota-exhausted':
    '여유를 만들거나(쓰지 않는 워크로드를 줄이거나 삭제) 네임스페이스 담당자에게 {name} ResourceQuota 상향을 요청하세요.',
  'check.namespace-state.detail.list-hint':
    '이 네임스페이스만 조회했습니다. 존재하는 네임스페이스는 kubectl get namespaces로 볼 수 있습니다.',
  'check.statefulsets.cause.starting':
    '{name} StatefulSet의 Pod {replicas}개 중 {ready}개가 Ready이고, 나머지는 아직 시작하는 중입니다.',
  'check.statefulsets.remedy.wait': '아직 할 일은 없습니다. kubectl rollout status로 지켜보세요.',
  'check.daemonsets.cause.starting':
    '{name} DaemonSet의 Pod {desired}개 중 {ready}개가 Ready이고, 나머지는 아직 시작하는 중입니다.',
  'check.stuck-rollouts.detail.replicasets-not-visible':
    'ReplicaSet을 볼 권한이 없어서({reason}) 새 Pod와 이전 revision을 살펴볼 수 없습니다.',
  'check.stuck-rollouts.detail.pod-unscheduled': '아직 노드에 배치되지 않은 {pod} Pod: {problem}.',
  'check.statefulsets.detail.pod-unscheduled': '아직 노드에 배치되지 않은 {pod} Pod: {problem}.',
  'check.daemonsets.detail.pod-unscheduled': '아직 노드에 배치되지 않은 {pod} Pod: {problem}.',
};
