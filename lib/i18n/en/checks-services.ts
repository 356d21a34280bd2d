/** English messages for this area; the source of truth for ko/checks-services.ts. */
export const checksServices = {
  'check.service-endpoints.title': 'Services that reach no pod',

  'check.service-endpoints.cause.externalName':
    'This is an ExternalName Service: it has no endpoints by design and only answers DNS with a CNAME to {target}.',
  'check.service-endpoints.cause.noSelectorNoEndpoints':
    'The Service has no selector, so Kubernetes does not fill its endpoints, and no EndpointSlice for it has any address: traffic to it goes nowhere.',
  'check.service-endpoints.cause.selectorMatchesNothing':
    'The Service selects pods with {selector}, but no running pod in the namespace carries those labels, so it has no endpoints.',
  'check.service-endpoints.cause.scaledToZero':
    'The Service selects pods with {selector}, and the only workload that makes such pods, {kind} {name}, is scaled to 0 replicas.',
  'check.service-endpoints.cause.noEndpointsUnverified':
    "The Service's EndpointSlices list no address at all, so traffic to it goes nowhere: either no pod matches its selector, or the matching pods do not have the target port.",
  'check.service-endpoints.cause.noReadyEndpointsUnverified':
    "The Service's EndpointSlices list {count} address(es), none of them ready, so it has nowhere to send traffic.",
  'check.service-endpoints.cause.noReadyPods':
    'The Service selects {count} pod(s), but none of them is ready, so it has no endpoints to send traffic to.',
  'check.service-endpoints.cause.fewReadyPods':
    'Only {ready} of the {total} pods the Service selects are ready; traffic goes to those alone.',
  'check.service-endpoints.cause.namedPortMissing':
    'Service port {port} sends traffic to the named port {target} ({protocol}), but no selected pod has a container port with that name, so the port has no endpoints.',
  'check.service-endpoints.cause.protocolMismatch':
    'Service port {port} uses {protocol}, but the selected pods declare {target} as {podProtocol}.',
  'check.service-endpoints.cause.targetPortNotDeclared':
    'Service port {port} sends traffic to port {target} ({protocol}), which no selected pod declares as a containerPort.',
  'check.service-endpoints.cause.lbControllerFailed':
    'The load balancer has not been created after {minutes} minutes: the AWS Load Balancer Controller could not build it: {detail}',
  'check.service-endpoints.cause.lbCloudFailed':
    'The load balancer has not been created after {minutes} minutes: the cloud provider failed to create it: {detail}',
  'check.service-endpoints.cause.lbStillPending':
    'The load balancer still has no address after {minutes} minutes. The last thing reported about it: {detail}',
  'check.service-endpoints.cause.lbNoController':
    'The load balancer still has no address after {minutes} minutes, and no controller has reported anything about it.',

  'check.service-endpoints.detail.selector': 'Selector: {selector}.',
  'check.service-endpoints.detail.closestPod': 'Closest pod: {pod}, with labels {labels}.',
  'check.service-endpoints.detail.closestPods': 'Closest pods: {pod} and {more} more with the same labels {labels}.',
  'check.service-endpoints.detail.labelDiffers': '{key}={wanted} is wanted; {pod} has {key}={actual}.',
  'check.service-endpoints.detail.labelDiffersCase':
    '{key}={wanted} is wanted; {pod} has {key}={actual}. They differ only in letter case, and labels are case-sensitive.',
  'check.service-endpoints.detail.labelMissing': '{key}={wanted} is wanted; {pod} has no {key} label.',
  'check.service-endpoints.detail.noSimilarPods':
    'None of the {count} running pod(s) in the namespace carries any of the selected labels or a similar value.',
  'check.service-endpoints.detail.noPodsInNamespace': 'There is no running pod in namespace {namespace}.',
  'check.service-endpoints.detail.onlyFinishedMatch':
    'Pods with these labels exist but have finished or are being deleted: {pods}.',
  'check.service-endpoints.detail.scaledToZero': '{kind} {name} makes pods with these labels but has 0 replicas.',
  'check.service-endpoints.detail.slicesNotVisible':
    'EndpointSlices are not visible to you ({reason}), so this was worked out from the pods.',
  'check.service-endpoints.detail.podsNotVisible':
    'Pods are not visible to you ({reason}), so the pods and their labels cannot be shown; this is read from the EndpointSlices.',
  'check.service-endpoints.detail.podUnscheduled': '{pod} is not scheduled to a node yet.',
  'check.service-endpoints.detail.containerWaiting': '{pod}: container {container} is waiting ({reason}).',
  'check.service-endpoints.detail.containerTerminated':
    '{pod}: container {container} has stopped ({reason}, exit code {exitCode}).',
  'check.service-endpoints.detail.containerNotReady': '{pod}: container {container} is running but not ready.',
  'check.service-endpoints.detail.readinessFailing':
    '{pod}: the readiness probe failed {count} time(s); last: {message}',
  'check.service-endpoints.detail.readinessGate': '{pod}: readiness gate(s) not yet true: {gates}.',
  'check.service-endpoints.detail.podNotReady': '{pod} is not ready (phase {phase}).',
  'check.service-endpoints.detail.moreUnready': '{count} more pod(s) are not ready.',
  'check.service-endpoints.detail.declaredPorts': '{pod} declares: {ports}.',
  'check.service-endpoints.detail.noDeclaredPorts': '{pod} declares no container ports.',
  'check.service-endpoints.detail.containerPortInformational':
    'containerPort is informational only: the app may still listen on that port. Check it rather than trust this list.',
  'check.service-endpoints.detail.lbClass':
    'spec.loadBalancerClass is {lbClass}: only the controller for that class will create the load balancer.',
  'check.service-endpoints.detail.subnetTags':
    'The events mention subnets: the controller finds subnets by their tags, kubernetes.io/role/elb=1 for internet-facing and kubernetes.io/role/internal-elb=1 for internal load balancers.',

  'check.service-endpoints.remedy.externalName':
    'Nothing to do if that is the name you meant; check that it resolves from inside a pod.',
  'check.service-endpoints.remedy.manualEndpoints':
    'If this Service is meant to point at addresses you manage, create an EndpointSlice labelled kubernetes.io/service-name with those addresses.',
  'check.service-endpoints.remedy.addSelector':
    "If it should reach pods of a workload, add a selector with the pods' labels.",
  'check.service-endpoints.remedy.fixSelector':
    "Make the Service selector and the pod template labels agree: change one of them (the pod labels come from the workload's spec.template.metadata.labels).",
  'check.service-endpoints.remedy.fixPods':
    'Fix why the pods are not ready (see the findings about those pods); the Service gets endpoints as soon as one is ready.',
  'check.service-endpoints.remedy.fixNamedPort':
    'Name the container port {target} in the pod template (ports[].name), or set the Service targetPort to the port number or to a name the containers use.',
  'check.service-endpoints.remedy.fixProtocol':
    'Use the same protocol on the Service port and the container port (TCP, UDP or SCTP).',
  'check.service-endpoints.remedy.checkListening':
    'Check that the app in {pod} really listens on {target}, for example with kubectl port-forward; if it listens elsewhere, fix the Service targetPort.',
  'check.service-endpoints.remedy.readLbEvents':
    "Read the Service events and the load balancer controller's log for the full error.",
  'check.service-endpoints.remedy.installLbController':
    'On EKS, install the AWS Load Balancer Controller (or use EKS Auto Mode); without a controller, nothing creates the load balancer.',
  'check.service-endpoints.remedy.checkLbController':
    'Check that the AWS Load Balancer Controller is running and that its IAM role may create load balancers.',
} as const;
