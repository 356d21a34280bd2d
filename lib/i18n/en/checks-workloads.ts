/** English messages for this area; the source of truth for ko/checks-workloads.ts. */
export const checksWorkloads = {
  // replicaset-failures
  'check.replicaset-failures.title': 'Controllers that cannot create pods',
  'check.replicaset-failures.cause.quota-exceeded':
    '{kind} {name} cannot create pods because the ResourceQuota {quota} is used up for {resources}: a new pod would push the namespace over its limit.',
  'check.replicaset-failures.cause.quota-requires-limits':
    '{kind} {name} cannot create pods because the ResourceQuota {quota} tracks {resources}, so every container must declare them, and the pod template does not.',
  'check.replicaset-failures.cause.pod-security':
    '{kind} {name} cannot create pods because the namespace enforces the Pod Security level "{level}" and the pod template breaks it: {checks}.',
  'check.replicaset-failures.cause.webhook-denied':
    '{kind} {name} cannot create pods because the admission webhook {webhook} rejects them.',
  'check.replicaset-failures.cause.webhook-unreachable':
    '{kind} {name} cannot create pods because the API server cannot get an answer from the admission webhook {webhook}, and that webhook is set to fail closed.',
  'check.replicaset-failures.cause.service-account-missing':
    '{kind} {name} cannot create pods because its pod template uses the service account {serviceAccount}, which does not exist in namespace {namespace}.',
  'check.replicaset-failures.cause.create-failed': '{kind} {name} cannot create pods. The API server said: {message}',
  'check.replicaset-failures.cause.limit-range-unnamed':
    '{kind} {name} cannot create pods because a LimitRange in namespace {namespace} refuses its pod template: {rule}',
  'check.replicaset-failures.limit-range.max':
    'LimitRange {limitRange} allows at most {enforced} {resource} per {scope}; the pod template sets {field} to {value}.',
  'check.replicaset-failures.limit-range.min':
    'LimitRange {limitRange} requires at least {enforced} {resource} per {scope}; the pod template sets {field} to {value}.',
  'check.replicaset-failures.limit-range.max-unset':
    'LimitRange {limitRange} allows at most {enforced} {resource} per {scope}, so {field} must be set, and the pod template does not set it.',
  'check.replicaset-failures.limit-range.min-unset':
    'LimitRange {limitRange} requires at least {enforced} {resource} per {scope}, so {field} must be set, and the pod template does not set it.',
  'check.replicaset-failures.limit-range.ratio':
    'LimitRange {limitRange} allows a {resource} limit of at most {enforced} times the request per {scope}; the pod template asks a limit {value} times its request.',
  'check.replicaset-failures.limit-range.ratio-unset':
    'LimitRange {limitRange} caps the {resource} limit at {enforced} times the request per {scope}, so both must be set (and not 0), and the pod template has no {field}.',
  'check.replicaset-failures.detail.count': 'It has {have} of the {desired} pods it should have.',
  'check.replicaset-failures.detail.quota-resource':
    '{resource}: one more pod asks for {requested}, {used} is already in use, and the quota allows {limited}.',
  'check.replicaset-failures.detail.missing-resource': '{resource} is not set on container(s): {containers}.',
  'check.replicaset-failures.detail.missing-resource-any': '{resource} is not set on at least one container.',
  'check.replicaset-failures.detail.limitrange-present':
    'LimitRange {names} exists in this namespace but does not fill in the missing values; check its default and defaultRequest.',
  'check.replicaset-failures.detail.no-limitrange':
    'There is no LimitRange in this namespace to fill in default requests and limits.',
  'check.replicaset-failures.detail.violation': 'Violation: {violation}',
  'check.replicaset-failures.detail.limit-range-rule': 'A LimitRange also refused: {rule}',
  'check.replicaset-failures.detail.limitranges-not-visible':
    'LimitRanges are not visible to you ({reason}), so the LimitRange that holds this rule cannot be named.',
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
  'check.replicaset-failures.remedy.limit-range':
    'Change resources in the pod template to fit LimitRange {limitRange} (its limits are shown by the command below), or ask the namespace owner to change the LimitRange if the workload truly needs more.',
  'check.replicaset-failures.remedy.limit-range-unnamed':
    'Change resources in the pod template to fit the LimitRange of the namespace (kubectl describe limitrange shows its limits), or ask the namespace owner to change it.',
  'check.replicaset-failures.remedy.create-failed':
    'Read the API server message above: it names what was refused. Fix the pod template or the policy it names.',

  // stuck-rollouts
  'check.stuck-rollouts.title': 'Deployments whose rollout is stuck, paused or unavailable',
  'check.stuck-rollouts.cause.deadline-exceeded':
    'Deployment {name} is stuck: its new ReplicaSet {replicaSet} (revision {revision}) did not become available within the progress deadline of {deadline}s, so Kubernetes gave up waiting for it.',
  'check.stuck-rollouts.cause.unavailable':
    'Deployment {name} is not serving: {available} of its {replicas} pod(s) are available.',
  'check.stuck-rollouts.cause.degraded':
    'Deployment {name} is below its minimum availability: only {available} of {replicas} pods are available.',
  'check.stuck-rollouts.cause.failing-rollout':
    'The rollout of Deployment {name} to ReplicaSet {replicaSet} (revision {revision}) is not getting anywhere: its new pods are failing, and it will pass its {deadline}s progress deadline unless they recover.',
  'check.stuck-rollouts.cause.paused':
    'Deployment {name} is paused: changes to its pod template are not rolled out until it is resumed.',
  'check.stuck-rollouts.cause.in-progress':
    'Deployment {name} is rolling out revision {revision}: {updated} of {replicas} pods are updated so far.',
  'check.stuck-rollouts.detail.progress': 'Updated: {updated} of {replicas}; available: {available} of {replicas}.',
  'check.stuck-rollouts.detail.paused': 'The Deployment is also paused (spec.paused: true).',
  'check.stuck-rollouts.detail.pods-not-visible':
    'Pods are not visible to you ({reason}), so the reason the new pods fail cannot be named.',
  'check.stuck-rollouts.detail.pod-summary': 'Pods of ReplicaSet {replicaSet}: {summary}.',
  'check.stuck-rollouts.detail.pod': 'Pod {pod} on node {node}: {problem}.',
  'check.stuck-rollouts.detail.more-pods': '…and {count} more pods.',
  'check.stuck-rollouts.detail.create-failure':
    'ReplicaSet {replicaSet} cannot create its pods; its own finding says why.',
  'check.stuck-rollouts.detail.no-pods': 'ReplicaSet {replicaSet} has no pods at all.',
  'check.stuck-rollouts.detail.old-serving':
    'The previous ReplicaSet {replicaSet} (revision {revision}) still serves {available} available pods.',
  'check.stuck-rollouts.remedy.fix-pods':
    'Fix what keeps the new pods from becoming Ready (see the pod findings listed as related); the rollout then continues by itself.',
  'check.stuck-rollouts.remedy.fix-create':
    'Fix what stops the new ReplicaSet from creating pods (see its finding); the rollout then continues by itself.',
  'check.stuck-rollouts.remedy.undo-serving':
    'To restore service right away, roll back to revision {revision}, which is still running: kubectl rollout undo.',
  'check.stuck-rollouts.remedy.undo-unverified':
    'Or roll back to the previous revision {revision} with kubectl rollout undo; check kubectl rollout history first, since no pod of that revision is running now to show it worked.',
  'check.stuck-rollouts.remedy.resume':
    'When you are ready to roll out the pending changes, resume it with kubectl rollout resume.',
  'check.stuck-rollouts.remedy.wait':
    'Nothing to do yet: follow it with kubectl rollout status. If it does not finish within {deadline}s it will be reported as stuck.',
  // failed-jobs
  'check.failed-jobs.title': 'Jobs that failed, are retrying or are suspended',
  'check.failed-jobs.cause.backoff-limit':
    'Job {name} failed: its pods failed {failed} times, reaching the backoff limit of {backoffLimit}, so Kubernetes stopped retrying.',
  'check.failed-jobs.cause.deadline':
    'Job {name} failed: it ran longer than its activeDeadlineSeconds ({deadline}s), so Kubernetes stopped its pods.',
  'check.failed-jobs.cause.pod-failure-policy':
    'Job {name} failed at once because a pod failure matched a FailJob rule of its podFailurePolicy: {message}',
  'check.failed-jobs.cause.failed-indexes': 'Job {name} failed: some of its indexes failed ({message}).',
  'check.failed-jobs.cause.failed': 'Job {name} failed ({reason}): {message}',
  'check.failed-jobs.cause.suspended': 'Job {name} is suspended: it starts no pods until it is resumed.',
  'check.failed-jobs.cause.past-deadline':
    'Job {name} has been running for {runningFor}s, past its activeDeadlineSeconds of {deadline}s, and is not marked failed yet: its pods may be stuck terminating.',
  'check.failed-jobs.cause.retrying':
    'Job {name} is still retrying, but its pods have already failed {failed} times (backoff limit {backoffLimit}).',
  'check.failed-jobs.cause.failed-exit-message':
    'Job {name} failed: container {container} of its last pod {pod} exited with code {exitCode} ({reason}), saying: {message}',
  'check.failed-jobs.cause.failed-exit':
    'Job {name} failed: container {container} of its last pod {pod} exited with code {exitCode} ({reason}) and left no termination message, so its log says why.',
  'check.failed-jobs.cause.retrying-exit-message':
    'Job {name} keeps failing: container {container} of its last pod {pod} exited with code {exitCode} ({reason}), saying: {message}',
  'check.failed-jobs.cause.retrying-exit':
    'Job {name} keeps failing: container {container} of its last pod {pod} exited with code {exitCode} ({reason}) and left no termination message, so its log says why.',
  'check.failed-jobs.detail.pod-exit-message':
    'Pod {pod}: container {container} exited with code {exitCode} ({reason}): {message}',
  'check.failed-jobs.detail.pod-exit': 'Pod {pod}: container {container} exited with code {exitCode} ({reason}).',
  'check.failed-jobs.detail.pod-reason': 'Pod {pod}: {reason}',
  'check.failed-jobs.detail.more-pods': '…and {count} more failed pods.',
  'check.failed-jobs.detail.pods-gone':
    'The {failed} failed pods no longer exist, so their exit codes cannot be shown; the Job events above are what remains.',
  'check.failed-jobs.detail.pods-not-visible':
    'Pods are not visible to you ({reason}), so the exit codes of the failed pods cannot be named.',
  'check.failed-jobs.detail.cron-runs': '{count} runs of CronJob {cronJob} failed: {jobs}.',
  'check.failed-jobs.detail.cron-recovered':
    'A later run, Job {job}, succeeded, so this failure may already be behind you.',
  'check.failed-jobs.remedy.read-logs':
    'Read the logs of the failed pod to see why the program exited with that code (kubectl logs), and fix the program, its input or its configuration.',
  'check.failed-jobs.remedy.fix-from-message':
    'Fix what the message names (the program, its input or its configuration); the full output is in the logs of the failed pod (kubectl logs).',
  'check.failed-jobs.remedy.deadline':
    'Find out why the work takes longer than expected (logs, resources); raise activeDeadlineSeconds only if the longer run time is expected.',
  'check.failed-jobs.remedy.rerun':
    'A failed Job is never retried: after the fix, delete it and create it again (a CronJob starts a new Job at its next schedule).',
  'check.failed-jobs.remedy.resume': 'When it should run, set spec.suspend to false.',
  'check.failed-jobs.remedy.resume-cron':
    'This Job belongs to a CronJob; resume it (or the CronJob) when it should run.',
  'check.failed-jobs.remedy.past-deadline':
    'Look at its pods: a pod stuck in Terminating (for example on a lost node) keeps the Job from finishing.',
  // statefulsets
  'check.statefulsets.title': 'StatefulSets that are not ready, stuck updating or misconfigured',
  'check.statefulsets.cause.stuck-at-pod':
    'StatefulSet {name} is stuck at pod {pod} ({ready} of {replicas} ready): that pod is not Ready ({problem}), and StatefulSet pods start one at a time, so nothing after it starts either.',
  'check.statefulsets.cause.pod-missing':
    'StatefulSet {name} is stuck ({ready} of {replicas} ready): pod {pod} has not been created, and the pods after it wait for it.',
  'check.statefulsets.cause.none-ready': 'StatefulSet {name} is not serving: none of its {replicas} pods is Ready.',
  'check.statefulsets.cause.not-ready': 'StatefulSet {name} is degraded: only {ready} of {replicas} pods are Ready.',
  'check.statefulsets.cause.update-stuck':
    'The update of StatefulSet {name} to revision {revision} is stuck at pod {pod} ({problem}): the controller waits for that pod to become Ready before it updates the next one.',
  'check.statefulsets.cause.service-missing':
    'StatefulSet {name} names the governing Service {service}, which does not exist, so its pods get no stable DNS names (pod-0.{service}).',
  'check.statefulsets.cause.service-not-headless':
    'StatefulSet {name} names the Service {service}, but that Service is not headless (it has a cluster IP), so its pods get no stable DNS names (pod-0.{service}).',
  'check.statefulsets.cause.storage-class-missing':
    'StatefulSet {name} asks for volumes from StorageClass {storageClass} (claim template {claim}), which does not exist, so new pods wait forever for their volume.',
  'check.statefulsets.detail.counts':
    'Ready: {ready} of {replicas}; on the current revision: {current}; on the update revision: {updated}.',
  'check.statefulsets.detail.pods-not-visible':
    'Pods are not visible to you ({reason}), so the pod that blocks the StatefulSet cannot be named.',
  'check.statefulsets.detail.pod-summary': 'Pods not Ready: {summary}.',
  'check.statefulsets.detail.pod': 'Pod {pod} on node {node}: {problem}.',
  'check.statefulsets.detail.ordered':
    'With podManagementPolicy OrderedReady, {next} and the pods after it are created only once {pod} is Ready.',
  'check.statefulsets.detail.revisions': 'Current revision {current}, update revision {update}.',
  'check.statefulsets.detail.cluster-ip': 'Its clusterIP is {clusterIP}; a headless Service has clusterIP: None.',
  'check.statefulsets.detail.known-classes': 'StorageClasses in the cluster: {classes}.',
  'check.statefulsets.remedy.fix-pod':
    'Fix what keeps that pod from becoming Ready (see its own finding); the StatefulSet then continues by itself.',
  'check.statefulsets.remedy.pod-missing':
    'Find out why the pod cannot be created: look at the FailedCreate events of StatefulSet {name} (quota, admission, PodSecurity).',
  'check.statefulsets.remedy.delete-stuck':
    'After fixing the pod template, delete pod {pod}: a StatefulSet does not replace a pod that never became Ready on its own, even when the template is fixed.',
  'check.statefulsets.remedy.service-missing':
    'Create a headless Service named {service} (clusterIP: None) that selects the StatefulSet pods.',
  'check.statefulsets.remedy.service-not-headless':
    'Create a separate headless Service (clusterIP: None) for the StatefulSet and point serviceName at it; clusterIP cannot be changed on the existing Service {service}.',
  'check.statefulsets.remedy.storage-class-missing':
    'Use an existing StorageClass in the claim template, or create StorageClass {storageClass}. volumeClaimTemplates cannot be edited in place: recreate the StatefulSet (kubectl delete statefulset --cascade=orphan keeps the pods).',
  // daemonsets
  'check.daemonsets.title': 'DaemonSets missing from nodes, not ready or misplaced',
  'check.daemonsets.cause.none-ready':
    'DaemonSet {name} is not working on any node: none of its {desired} pods is Ready.',
  'check.daemonsets.cause.not-ready':
    'DaemonSet {name} is not working on every node: only {ready} of {desired} pods are Ready.',
  'check.daemonsets.cause.update-in-progress':
    'DaemonSet {name} is rolling out a new version: {updated} of {desired} nodes run it so far.',
  'check.daemonsets.cause.update-on-delete':
    'DaemonSet {name} uses the OnDelete update strategy: only {updated} of {desired} nodes run the current template, and the others change only when their pod is deleted.',
  'check.daemonsets.cause.misscheduled':
    'DaemonSet {name} has pods on {count} node(s) where it should no longer run (their labels or taints changed).',
  'check.daemonsets.cause.no-matching-nodes':
    'DaemonSet {name} runs nowhere: none of the {nodes} nodes matches its node selection ({selector}).',
  'check.daemonsets.cause.skipped-tainted-nodes':
    'DaemonSet {name} does not run on {count} node(s) because they carry taints it does not tolerate. That is fine if it should not run there; add a toleration if it should.',
  'check.daemonsets.detail.counts':
    'Desired: {desired}; ready: {ready}; available: {available}; up to date: {updated}.',
  'check.daemonsets.detail.pod-summary': 'Pods not Ready: {summary}.',
  'check.daemonsets.detail.pod': 'Node {node}, pod {pod}: {problem}.',
  'check.daemonsets.detail.more': '…and {count} more pods.',
  'check.daemonsets.detail.pods-not-visible':
    'Pods are not visible to you ({reason}), so the failing nodes cannot be named.',
  'check.daemonsets.detail.nodes-not-visible':
    'Node details are not visible to you ({reason}), so nodes skipped because of taints or labels cannot be named.',
  'check.daemonsets.detail.misscheduled-pod':
    'Pod {pod} runs on node {node}, which no longer matches the node selection.',
  'check.daemonsets.detail.tainted-nodes': '{count} node(s) with {taints}: {nodes}.',
  'check.daemonsets.remedy.fix-pods':
    'Fix what keeps the pods from becoming Ready on those nodes (see the pod findings listed as related).',
  'check.daemonsets.remedy.wait': 'Nothing to do yet: follow it with kubectl rollout status.',
  'check.daemonsets.remedy.on-delete': 'Delete the old pods one node at a time when you want them updated.',
  'check.daemonsets.remedy.misscheduled':
    'The controller removes these pods by itself; if they stay, check the node labels and taints against the DaemonSet.',
  'check.daemonsets.remedy.no-matching-nodes':
    'Fix the nodeSelector or node affinity of the pod template, or label the nodes it should run on.',
  'check.daemonsets.remedy.add-toleration':
    'If it should run on those nodes, add a matching toleration to the pod template (spec.template.spec.tolerations).',
  // namespace-state
  'check.namespace-state.title': 'Namespace missing, stuck terminating or out of quota',
  'check.namespace-state.cause.not-found': 'Namespace {name} does not exist, so there is nothing in it to diagnose.',
  'check.namespace-state.cause.probably-missing':
    'Namespace {name} is most likely missing: it holds no objects at all, not even the kube-root-ca.crt ConfigMap that every namespace gets.',
  'check.namespace-state.cause.no-access':
    'Everything in namespace {name} is forbidden to you: either the namespace does not exist, or you have no role in it.',
  'check.namespace-state.cause.stuck-api-unavailable':
    'Namespace {name} has been stuck terminating for {minutes} min because the API {apis} does not answer, so the namespace controller cannot list everything it has to delete.',
  'check.namespace-state.cause.stuck-finalizers':
    'Namespace {name} has been stuck terminating for {minutes} min because objects in it still carry the finalizers {finalizers}, and whatever should remove them has not.',
  'check.namespace-state.cause.stuck-content':
    'Namespace {name} has been terminating for {minutes} min and objects in it are still being deleted.',
  'check.namespace-state.cause.terminating':
    'Namespace {name} is being deleted (for {minutes} min); new objects cannot be created in it.',
  'check.namespace-state.cause.quota-exhausted':
    'ResourceQuota {name} is used up for {resources}: new pods or objects that need more are refused until something is freed.',
  'check.namespace-state.detail.similar': 'Namespaces with similar names: {names}.',
  'check.namespace-state.detail.existing': 'Existing namespaces include: {names}.',
  'check.namespace-state.detail.cannot-list':
    'Namespaces cannot be listed with your access ({reason}), so whether it exists cannot be confirmed.',
  'check.namespace-state.detail.finalizer': 'Finalizer {finalizer} is still on {count} object(s).',
  'check.namespace-state.detail.leftover': '{kind} {name} is still present, held by finalizers: {finalizers}.',
  'check.namespace-state.detail.more': '…and {count} more objects.',
  'check.namespace-state.detail.namespace-finalizers': 'Namespace finalizers still pending: {finalizers}.',
  'check.namespace-state.detail.quota-resource': '{resource}: {used} used of {hard}.',
  'check.namespace-state.detail.blocked': 'Controllers refused by this quota: {objects}.',
  'check.namespace-state.remedy.not-found':
    'Check the namespace name (-n) and your kubectl context; create the namespace if it should exist.',
  'check.namespace-state.remedy.no-access':
    'Check the namespace name first; if it is right, ask the cluster admin for a role in it (kubectl auth can-i lists what you may do).',
  'check.namespace-state.remedy.api-unavailable':
    'Find the APIService that is not Available (kubectl get apiservices) and fix its backing service, or delete the APIService if that add-on was removed (for example metrics-server).',
  'check.namespace-state.remedy.finalizers':
    'Make sure the controller that owns each finalizer is running so it can finish its cleanup (for example the EBS CSI driver for PVs, the load balancer controller for Services and Ingresses).',
  'check.namespace-state.remedy.never-force':
    'Remove a finalizer by hand only as a last resort and only once you know what it protects: doing so can leave cloud resources (volumes, load balancers) behind.',
  'check.namespace-state.remedy.quota-exhausted':
    'Free capacity (scale down or delete unused workloads) or ask the namespace owner to raise ResourceQuota {name}.',
  'check.namespace-state.detail.list-hint':
    'Only this namespace was looked up; kubectl get namespaces lists the ones that exist.',
  'check.statefulsets.cause.starting':
    'StatefulSet {name} has {ready} of {replicas} pods Ready; the others are still starting.',
  'check.statefulsets.remedy.wait': 'Nothing to do yet: follow it with kubectl rollout status.',
  'check.daemonsets.cause.starting':
    'DaemonSet {name} has {ready} of {desired} pods Ready; the others are still starting.',
  'check.stuck-rollouts.detail.replicasets-not-visible':
    'ReplicaSets are not visible to you ({reason}), so the new pods and earlier revisions cannot be examined.',
  'check.stuck-rollouts.detail.pod-unscheduled': 'Pod {pod} (not on a node yet): {problem}.',
  'check.statefulsets.detail.pod-unscheduled': 'Pod {pod} (not on a node yet): {problem}.',
  'check.daemonsets.detail.pod-unscheduled': 'Pod {pod} (not on its node yet): {problem}.',
} as const;
