/** English messages for this area; the source of truth for ko/checks-workloads.ts. */
export const checksWorkloads = {
  // replicaset-failures
  'check.replicaset-failures.title': 'Controllers that cannot create pods',
  'check.replicaset-failures.cause.quota-exceeded':
    '{kind} {name} cannot create pods because the ResourceQuota {quota} is used up: a new pod would push the namespace over its limit.',
  'check.replicaset-failures.cause.quota-requires-limits':
    '{kind} {name} cannot create pods because the ResourceQuota {quota} tracks {resources}, so every container must declare them, and the pod template does not.',
  'check.replicaset-failures.cause.pod-security':
    '{kind} {name} cannot create pods because the namespace enforces the Pod Security level "{level}" and the pod template breaks it.',
  'check.replicaset-failures.cause.webhook-denied': '{kind} {name} cannot create pods because the admission webhook {webhook} rejects them.',
  'check.replicaset-failures.cause.webhook-unreachable':
    '{kind} {name} cannot create pods because the API server cannot get an answer from the admission webhook {webhook}, and that webhook is set to fail closed.',
  'check.replicaset-failures.cause.service-account-missing':
    '{kind} {name} cannot create pods because its pod template uses the service account {serviceAccount}, which does not exist in namespace {namespace}.',
  'check.replicaset-failures.cause.create-failed': '{kind} {name} cannot create pods. The API server said: {message}',
  'check.replicaset-failures.detail.count': 'It has {have} of the {desired} pods it should have.',
  'check.replicaset-failures.detail.quota-resource': '{resource}: one more pod asks for {requested}, {used} is already in use, and the quota allows {limited}.',
  'check.replicaset-failures.detail.missing-resource': '{resource} is not set on container(s): {containers}.',
  'check.replicaset-failures.detail.missing-resource-any': '{resource} is not set on at least one container.',
  'check.replicaset-failures.detail.limitrange-present':
    'LimitRange {names} exists in this namespace but does not fill in the missing values; check its default and defaultRequest.',
  'check.replicaset-failures.detail.no-limitrange': 'There is no LimitRange in this namespace to fill in default requests and limits.',
  'check.replicaset-failures.detail.violation': 'Violation: {violation}',
  'check.replicaset-failures.detail.webhook-said': 'The webhook said: {reason}',
  'check.replicaset-failures.remedy.quota-exceeded':
    'Make room under the quota {quota} (scale down or remove other workloads in the namespace), lower the requests in this pod template, or ask the namespace owner to raise the quota.',
  'check.replicaset-failures.remedy.set-resources':
    'Set resources.requests and resources.limits for {resources} on every container (init containers too) of the pod template.',
  'check.replicaset-failures.remedy.limitrange-defaults':
    'Or add a LimitRange with default and defaultRequest values, so the API server fills them in for containers that set none.',
  'check.replicaset-failures.remedy.pod-security':
    'Change the securityContext of the pod template as each violation says (for the restricted level: runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities.drop: ["ALL"], seccompProfile.type: RuntimeDefault).',
  'check.replicaset-failures.remedy.pod-security-exception':
    'If the workload truly needs more privileges, ask the cluster admin to change the namespace label pod-security.kubernetes.io/enforce.',
  'check.replicaset-failures.remedy.webhook-denied':
    'Change the pod template so that it satisfies the policy behind {webhook}, or ask the policy owners for an exception.',
  'check.replicaset-failures.remedy.webhook-unreachable':
    'Check that the service and pods behind the webhook {webhook} are running and reachable from the control plane (on EKS: the security group must allow the webhook port from the cluster security group).',
  'check.replicaset-failures.remedy.service-account-missing':
    'Create it (kubectl create serviceaccount {serviceAccount} -n {namespace}) or fix serviceAccountName in the pod template.',
  'check.replicaset-failures.remedy.create-failed': 'Read the API server message above: it names what was refused. Fix the pod template or the policy it names.',
} as const;
