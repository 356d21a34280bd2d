import type { Translation } from '../translation.ts';
import type { output as en } from '../en/output.ts';

export const output: Translation<typeof en> = {
  'output.title.namespace': '네임스페이스 {namespace} 진단 결과',
  'output.title.allNamespaces': '모든 네임스페이스 진단 결과',
  'output.meta.context': '컨텍스트: {context}',
  'output.meta.serverVersion': 'Kubernetes 버전: {version}',
  'output.meta.fromFile': '파일에서 읽음: {path}',
  'output.meta.fromCluster': '클러스터에서 읽음',
  'output.meta.snapshotTakenAt': '스냅샷 시각: {time}',

  'output.severity.error': '오류',
  'output.severity.warning': '경고',
  'output.severity.info': '정보',

  'output.label.evidence': '근거',
  'output.label.remedy': '해결 방법',
  'output.label.commands': '다음에 실행할 명령',
  'output.label.concept': '왜 이런 일이 생기나요',
  'output.label.related': '관련 리소스',
  'output.label.object': '대상',
  'output.label.problem': '문제',
  'output.label.check': '검사',
  'output.label.severity': '심각도',

  'output.evidence.count': '×{count}',
  'output.evidence.lastSeen': '마지막 {ago}',
  'output.evidence.firstSeen': '처음 {ago}',
  'output.evidence.about': '{object} 에서',

  'output.time.justNow': '방금',
  'output.time.secondsAgo': '{n}초 전',
  'output.time.minutesAgo': '{n}분 전',
  'output.time.hoursAgo': '{n}시간 전',
  'output.time.daysAgo': '{n}일 전',

  'output.visibility.line': '읽지 못함: {kinds}',
  'output.visibility.kind': '{kind} ({reason})',
  'output.visibility.reason.forbidden': '권한 없음',
  'output.visibility.reason.timeout': '시간 초과',
  'output.visibility.reason.notFound': '서버가 제공하지 않는 API',
  'output.visibility.reason.error': '읽기 실패',
  'output.visibility.reason.notInFile': '파일에 없음',
  'output.visibility.note':
    '이 리소스가 필요한 검사는 일부만 보고 판단했습니다. 이 리소스를 봐야 알 수 있는 원인은 보고되지 않습니다.',
  'output.check.partial': '{check} 검사는 다음 없이 실행됨: {kinds}',

  'output.crashed.heading': '실패한 검사',
  'output.crashed.line': '{check} 검사가 비정상 종료됨: {error}',
  'output.crashed.note':
    '검사가 비정상 종료된 것은 클러스터가 아니라 eks-guide의 버그입니다. 그 검사의 결과는 이 보고서에 빠져 있습니다.',
  'output.skipped.line': '{check} 검사를 건너뜀',

  'output.summary.line': '검사 {checks}개 중 {passed}개 통과, {failed}개 실패{extra} · {counts}',
  'output.summary.crashed': ', {n}개 비정상 종료',
  'output.summary.skipped': ', {n}개 건너뜀',
  'output.summary.errors.one': '오류 {n}건',
  'output.summary.errors.other': '오류 {n}건',
  'output.summary.warnings.one': '경고 {n}건',
  'output.summary.warnings.other': '경고 {n}건',
  'output.summary.info': '정보 {n}건',

  'output.none.namespace': '네임스페이스 {namespace}에서 문제를 찾지 못했습니다.',
  'output.none.allNamespaces': '어느 네임스페이스에서도 문제를 찾지 못했습니다.',
  'output.none.checked': '검사한 항목: {checks}',
  'output.incomplete':
    '검사 {total}개 중 {n}개가 비정상 종료되어 실행되지 못했으므로 이 보고서는 불완전합니다. 그 검사가 보는 부분은 확인되지 않았습니다.',

  'output.junit.suites': 'eks-guide doctor',
  'output.junit.crashedCase': '검사 비정상 종료',
  'output.junit.skippedCase': '검사 건너뜀',

  'output.markdown.summaryHeading': '요약',
  'output.markdown.findingsHeading': '발견 사항',
  'output.markdown.conceptSummary': '왜 이런 일이 생기나요: {title}',
  'output.markdown.conceptKey': '개념: {title} (`{id}`)',
  'output.unreadable.title': '클러스터를 읽지 못해 진단하지 못했습니다',
  'output.unreadable.case': '{namespace} 네임스페이스 읽기',
  'output.unreadable.context': '컨텍스트: {context} ({server})',
};
