/** English texts of the doctor's renderers (terminal, JSON, JUnit, Markdown); the source of truth for ko/output.ts. */
export const output = {
  'output.title.namespace': 'Doctor report for namespace {namespace}',
  'output.title.allNamespaces': 'Doctor report for all namespaces',
  'output.meta.context': 'Context: {context}',
  'output.meta.serverVersion': 'Kubernetes version: {version}',
  'output.meta.fromFile': 'Read from file: {path}',
  'output.meta.fromCluster': 'Read from the cluster',
  'output.meta.snapshotTakenAt': 'Snapshot taken at {time}',

  'output.severity.error': 'error',
  'output.severity.warning': 'warning',
  'output.severity.info': 'info',

  'output.label.evidence': 'Evidence',
  'output.label.remedy': 'What to do',
  'output.label.commands': 'Next',
  'output.label.concept': 'Why this happens',
  'output.label.related': 'Related',
  'output.label.object': 'Object',
  'output.label.problem': 'Problem',
  'output.label.check': 'Check',
  'output.label.severity': 'Severity',

  'output.evidence.count': '×{count}',
  'output.evidence.lastSeen': 'last {ago}',
  'output.evidence.firstSeen': 'first {ago}',
  'output.evidence.about': 'on {object}',

  'output.time.justNow': 'just now',
  'output.time.secondsAgo': '{n}s ago',
  'output.time.minutesAgo': '{n}m ago',
  'output.time.hoursAgo': '{n}h ago',
  'output.time.daysAgo': '{n}d ago',

  'output.visibility.line': 'could not see: {kinds}',
  'output.visibility.kind': '{kind} ({reason})',
  'output.visibility.reason.forbidden': 'forbidden',
  'output.visibility.reason.timeout': 'timed out',
  'output.visibility.reason.notFound': 'API not served',
  'output.visibility.reason.error': 'read failed',
  'output.visibility.reason.notInFile': 'not in the file',
  'output.visibility.note':
    'Checks that need these kinds saw only part of the picture; a cause they would reveal is not reported.',
  'output.check.partial': 'Check {check} ran without: {kinds}',

  'output.crashed.heading': 'Checks that crashed',
  'output.crashed.line': 'Check {check} crashed: {error}',
  'output.crashed.note':
    'A crashed check is a bug in eks-guide, not in your cluster; its findings are missing from this report.',
  'output.skipped.line': 'Check {check} was skipped',

  'output.summary.line': '{passed}/{checks} checks passed, {failed} failed{extra} · {counts}',
  'output.summary.crashed': ', {n} crashed',
  'output.summary.skipped': ', {n} skipped',
  'output.summary.errors.one': '{n} error',
  'output.summary.errors.other': '{n} errors',
  'output.summary.warnings.one': '{n} warning',
  'output.summary.warnings.other': '{n} warnings',
  'output.summary.info': '{n} info',

  'output.none.namespace': 'No problems found in namespace {namespace}.',
  'output.none.allNamespaces': 'No problems found in any namespace.',
  'output.none.checked': 'Checked: {checks}',
  'output.incomplete':
    '{n} of {total} checks could not run (they crashed), so this report is incomplete: what they look at was not checked.',

  'output.junit.suites': 'eks-guide doctor',
  'output.junit.crashedCase': 'check crashed',
  'output.junit.skippedCase': 'check skipped',

  'output.markdown.summaryHeading': 'Summary',
  'output.markdown.findingsHeading': 'Findings',
  'output.markdown.conceptSummary': 'Why this happens: {title}',
  'output.markdown.conceptKey': 'Concept: {title} (`{id}`)',
  'output.unreadable.title': 'The doctor could not read the cluster',
  'output.unreadable.case': 'read namespace {namespace}',
  'output.unreadable.context': 'Context: {context} ({server})',
} as const;
