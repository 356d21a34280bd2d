/** English messages for this area; the source of truth for ko/checks-autoscaling.ts. */
export const checksAutoscaling = {
  // autoscalers
  'check.autoscalers.title': 'HorizontalPodAutoscalers that cannot scale or are held at their maximum',
  'check.autoscalers.cause.target-missing':
    'HorizontalPodAutoscaler {name} scales {kind} {target}, which does not exist in namespace {namespace}, so it scales nothing.',
  'check.autoscalers.cause.metrics-api-missing':
    'HorizontalPodAutoscaler {name} cannot read {resource} usage because the cluster has no resource metrics API (metrics.k8s.io, served by metrics-server), so it never scales {kind} {target}.',
  'check.autoscalers.cause.metrics-api-unavailable':
    'HorizontalPodAutoscaler {name} cannot read {resource} usage because the resource metrics API (metrics.k8s.io) does not answer: metrics-server is registered but not running or not reachable, so {kind} {target} is not scaled.',
  'check.autoscalers.cause.missing-requests':
    'HorizontalPodAutoscaler {name} cannot compute {resource} utilization for {kind} {target}: container {container} sets no {resource} request, and a Utilization target is a percentage of the request.',
  'check.autoscalers.cause.at-max':
    'HorizontalPodAutoscaler {name} holds {kind} {target} at its maximum of {max} replicas while {metric} is {current}, above its target of {targetValue}: it wants more pods than maxReplicas allows.',
  'check.autoscalers.cause.not-active':
    'HorizontalPodAutoscaler {name} is not scaling {kind} {target} ({reason}): {message}',
  'check.autoscalers.detail.eks-metrics-server':
    'On EKS, metrics-server is not installed by default: the metrics.k8s.io API exists only once it is added.',
  'check.autoscalers.detail.without-request':
    'Containers of the pod template without a {resource} request: {containers}.',
  'check.autoscalers.detail.replicas': 'Replicas: {current} now, {desired} wanted, allowed between {min} and {max}.',
  'check.autoscalers.detail.metric': '{metric}: {current} now, target {targetValue}.',
  'check.autoscalers.remedy.install-metrics-server': 'Install metrics-server: {manifest}',
  'check.autoscalers.remedy.eks-addon':
    'On EKS you can add it as the metrics-server add-on instead (aws eks create-addon --cluster-name <cluster> --addon-name metrics-server); the HPA starts scaling within a minute of the metrics appearing.',
  'check.autoscalers.remedy.fix-metrics-server':
    'Check the APIService v1beta1.metrics.k8s.io (its Available condition says why) and the metrics-server pods in kube-system; on EKS the control plane must reach metrics-server through the cluster security group.',
  'check.autoscalers.remedy.target-missing':
    'Point scaleTargetRef of {name} at the workload it should scale (kind and name), or delete the HPA if {kind} {target} was removed on purpose.',
  'check.autoscalers.remedy.set-requests':
    'Set resources.requests.{resource} on every container of the pod template (sidecars too), or use an AverageValue target, which needs no request.',
  'check.autoscalers.remedy.not-active':
    'Read the controller message above: it names the metric it could not get; the describe command shows the latest attempt.',
  'check.autoscalers.remedy.at-max':
    'If the load is real and the cluster has room, raise maxReplicas (now {max}); otherwise find out why each pod works so hard (kubectl top pods) before adding more.',
  'check.autoscalers.remedy.at-max-capacity':
    'Check that the target is sensible for the requests: a utilization target is relative to requests, so requests set too low make every pod look busy.',
} as const;
