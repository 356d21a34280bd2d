/** English messages for this area; the source of truth for ko/checks-containers.ts. */
export const checksContainers = {
  // image-pulls
  'check.image-pulls.title': 'Image pulls',
  'check.image-pulls.cause.not-found':
    'The image {image} of container {container} does not exist in the registry: the tag or digest is wrong, or it was never pushed.',
  'check.image-pulls.cause.ecr-denied':
    'The node is not allowed to pull {image} (container {container}) from Amazon ECR: the IAM role that pulls it (the node role, or on Fargate the pod execution role) lacks ECR read permissions.',
  'check.image-pulls.cause.ecr-cross-account':
    "The node role from account {principalAccount} may not pull {image} (container {container}) from the ECR repository in account {repositoryAccount}: that repository's policy does not allow it.",
  'check.image-pulls.cause.access-denied':
    'The registry refused to give {image} (container {container}) to the node: the repository is private or does not exist, and the pull had no valid credentials.',
  'check.image-pulls.cause.missing-pull-secret':
    'The pod names the imagePullSecret {secret}, but no Secret of that name exists in namespace {namespace}, so {image} (container {container}) was pulled without credentials and refused.',
  'check.image-pulls.cause.pull-secret-wrong-type':
    'The imagePullSecret {secret} has type {type}; the kubelet only reads kubernetes.io/dockerconfigjson or kubernetes.io/dockercfg Secrets, so {image} (container {container}) was pulled without credentials.',
  'check.image-pulls.cause.unreachable':
    'The node cannot reach the registry {registry} to pull {image} (container {container}): DNS or the network path (NAT gateway, VPC endpoint, firewall) is missing.',
  'check.image-pulls.cause.rate-limited':
    'Docker Hub refused to pull {image} (container {container}) because the anonymous pull rate limit was reached.',
  'check.image-pulls.cause.invalid-name':
    'The image name "{image}" of container {container} is not a valid image reference.',
  'check.image-pulls.cause.never-pull':
    'Container {container} has imagePullPolicy: Never, but the image {image} is not on node {node}.',
  'check.image-pulls.cause.unknown':
    'The kubelet could not pull {image} (container {container}); its own message is quoted in the evidence.',
  'check.image-pulls.detail.waiting':
    'Container {container} is waiting with reason {reason}; the kubelet keeps retrying with growing delays (up to 5 minutes) and starts the container once the pull works.',
  'check.image-pulls.detail.ecr-denied-by': 'AWS said {principal} may not perform {action} on {resource}.',
  'check.image-pulls.detail.ecr-private-subnet':
    'Nodes in private subnets reach ECR through a NAT gateway or the VPC endpoints com.amazonaws.{region}.ecr.api, com.amazonaws.{region}.ecr.dkr and the S3 gateway endpoint (image layers are served from S3).',
  'check.image-pulls.detail.secrets-not-visible':
    'Secrets are not visible to you ({reason}), so it cannot be checked whether the imagePullSecrets {secrets} exist.',
  'check.image-pulls.detail.pull-secrets-present':
    'The pod uses the imagePullSecrets {secrets}; they exist, so the credentials in them may be wrong or expired, or for another registry.',
  'check.image-pulls.detail.no-pull-secrets':
    'The pod has no imagePullSecrets (its ServiceAccount may still add some).',
  'check.image-pulls.remedy.not-found':
    'Check which tags exist in {repository} and correct the image (tag {tag}) in the workload, or roll back the change that set it.',
  'check.image-pulls.remedy.rollback':
    'If a recent deploy introduced the tag, roll back with the rollout undo command below.',
  'check.image-pulls.remedy.ecr-node-policy':
    'Attach the AWS managed policy AmazonEC2ContainerRegistryReadOnly (ecr:GetAuthorizationToken, ecr:BatchGetImage, ecr:GetDownloadUrlForLayer) to the node IAM role.',
  'check.image-pulls.remedy.ecr-repository-policy':
    'In account {repositoryAccount}, add a repository policy to {repository} that allows {principal} the actions ecr:BatchGetImage and ecr:GetDownloadUrlForLayer.',
  'check.image-pulls.remedy.access-credentials':
    'Create a registry credential Secret (kubectl create secret docker-registry) and list it under spec.imagePullSecrets of the pod template or its ServiceAccount.',
  'check.image-pulls.remedy.access-typo':
    'Check the repository name for typos: Docker Hub answers "pull access denied" for repositories that do not exist, too.',
  'check.image-pulls.remedy.create-pull-secret':
    'Create the Secret {secret} in namespace {namespace} with `kubectl create secret docker-registry`, or correct the name under imagePullSecrets.',
  'check.image-pulls.remedy.recreate-pull-secret':
    'Recreate {secret} with `kubectl create secret docker-registry`, which sets the right type and the .dockerconfigjson key.',
  'check.image-pulls.remedy.network':
    'From a node or a debug pod, test DNS and HTTPS to {registry}; for nodes in private subnets add a NAT gateway or the needed VPC endpoints, and check security groups and network ACLs.',
  'check.image-pulls.remedy.rate-limited':
    'Authenticate pulls to Docker Hub with an imagePullSecret, or copy the image to Amazon ECR (an ECR pull-through cache rule does it for you) and use that image.',
  'check.image-pulls.remedy.invalid-name':
    'Fix the image reference: a lower-case repository path, then an optional :tag or @sha256:digest, with no scheme (https://) and no spaces.',
  'check.image-pulls.remedy.never-pull':
    'Set imagePullPolicy to IfNotPresent, or pre-load the image on every node that can run this pod.',
  'check.image-pulls.remedy.unknown':
    'Read the kubelet message in the evidence; the describe command shows the latest attempt.',
  // crash-loops
  'check.crash-loops.title': 'Crashing containers',
  'check.crash-loops.cause.app-error':
    'Container {container} keeps exiting with code {exitCode}: the application itself stops on an error, and its log from the crashed run says which.',
  'check.crash-loops.cause.app-error-once':
    'Container {container} exited with code {exitCode} and, with restartPolicy Never, is not started again: the application stopped on an error, and its log says which.',
  'check.crash-loops.cause.exits-zero':
    "Container {container} finishes successfully (exit code 0) and is started again because the pod's restartPolicy is Always: a program that runs once is deployed as a long-running workload.",
  'check.crash-loops.cause.command-not-found':
    'Container {container} cannot start its command: the executable does not exist in the image or is not on its PATH (exit code {exitCode}).',
  'check.crash-loops.cause.command-not-executable':
    'Container {container} cannot run its command: the file exists but is not executable (exit code {exitCode}: permission denied, or not a program).',
  'check.crash-loops.cause.start-error':
    'The container runtime could not start container {container} ({reason}); its message is quoted in the evidence.',
  'check.crash-loops.cause.killed':
    'Container {container} was killed with SIGKILL (exit code 137), and not for running out of memory: it was stopped from outside, for example after ignoring a stop request.',
  'check.crash-loops.cause.liveness-probe':
    'Container {container} is killed and restarted by the kubelet because its liveness probe fails.',
  'check.crash-loops.cause.segfault':
    'Container {container} crashed with a segmentation fault (exit code 139): the program or a native library in it touched invalid memory.',
  'check.crash-loops.cause.sigterm':
    'Container {container} ended on SIGTERM (exit code 143): something asked it to stop, and it is restarted each time.',
  'check.crash-loops.cause.sigterm-once':
    'Container {container} ended on SIGTERM (exit code 143): something asked it to stop, and with restartPolicy Never it is not started again.',
  'check.crash-loops.cause.signal': 'Container {container} was ended by signal {signal} (exit code {exitCode}).',
  'check.crash-loops.cause.no-last-state':
    'Container {container} is in CrashLoopBackOff, but the kubelet kept no exit status of the last run; its log says why it stops.',
  'check.crash-loops.detail.restarts':
    'Restarted {restarts} times; the last run ended at {finishedAt} with reason {reason} and exit code {exitCode}. The kubelet waits longer before each restart (up to 5 minutes).',
  'check.crash-loops.detail.running-now':
    'It is running again now, after {restarts} restarts; the last crash ended at {finishedAt}.',
  'check.crash-loops.detail.pod-failed':
    'The pod has restartPolicy {policy}, so it stays Failed; a new pod is needed after the fix.',
  'check.crash-loops.detail.init':
    '{container} is an init container: the app containers start only after every init container succeeds.',
  'check.crash-loops.detail.probe':
    'Liveness probe: {probe}. The kubelet restarts the container after failureThreshold failures in a row.',
  'check.crash-loops.detail.termination-message': "The container's last words (termination message): {message}",
  'check.crash-loops.remedy.logs':
    'Read the log of the run that crashed (the logs --previous command below) for the error.',
  'check.crash-loops.remedy.exits-zero':
    'If the program is meant to run once, run it as a Job or CronJob; if it should stay up, make its main process stay in the foreground instead of exiting or daemonizing.',
  'check.crash-loops.remedy.command':
    'Check command and args in the pod spec against the image: the program must exist in the image, be on its PATH (or given by full path), and be executable.',
  'check.crash-loops.remedy.segfault':
    'Look for a native crash: an image built for another CPU architecture or libc, an incompatible library, or a bug; the log before the crash helps.',
  'check.crash-loops.remedy.liveness':
    'Make the liveness probe fit the application: add a startupProbe or raise initialDelaySeconds if it starts slowly, raise timeoutSeconds and failureThreshold if it answers slowly, and check the path and port.',
  'check.crash-loops.remedy.killed':
    "Look in the events for what stopped it (a liveness probe, a preStop hook, an eviction) and check the node's condition.",
  'check.crash-loops.remedy.sigterm':
    'Look in the events for what stopped it (a liveness probe, a deletion, a node drain); if nothing did, check whether the program or its wrapper script stops itself.',
  // oom-kills
  'check.oom-kills.title': 'Out-of-memory kills',
  'check.oom-kills.cause.limit-reached':
    'Container {container} was killed for using more memory than its limit of {limit} (OOMKilled, exit code 137).',
  'check.oom-kills.cause.no-limit':
    'Container {container} was killed by the kernel for lack of memory although it has no memory limit: its node ran out of memory and the kernel chose it.',
  'check.oom-kills.detail.resources':
    'Memory request {request}, limit {limit}; restarted {restarts} times; last killed at {finishedAt}.',
  'check.oom-kills.detail.state-now': 'Right now the container is {state}.',
  'check.oom-kills.detail.limit-range':
    'LimitRange {name} gives new containers a default memory limit of {limit}; this pod was created without one, before it applied.',
  'check.oom-kills.detail.node-pressure': 'Node {node} reports MemoryPressure: {status}.',
  'check.oom-kills.detail.nodes-not-visible':
    'Nodes are not visible to you ({reason}), so the memory state of node {node} cannot be shown.',
  'check.oom-kills.detail.init': '{container} is an init container: the app containers start only after it succeeds.',
  'check.oom-kills.remedy.raise-limit':
    'Find out how much memory the container really needs at its peak (kubectl top, your metrics) and raise resources.limits.memory (and requests.memory) above it; if usage grows without bound, fix the leak instead.',
  'check.oom-kills.remedy.runtime-heap':
    'For a JVM, Node.js or similar runtime, make its heap fit inside the limit (for example -XX:MaxRAMPercentage=75, or --max-old-space-size).',
  'check.oom-kills.remedy.set-request':
    'Set requests.memory to what the container really uses, so the scheduler keeps that much free for it, and a limit, so one container cannot starve the node.',
  'check.oom-kills.remedy.check-node':
    "Check the node's memory and the other pods on it (kubectl describe node, kubectl top pod).",
  // container-config
  'check.container-config.title': 'Container configuration references',
  'check.container-config.cause.missing-object':
    'Container {container} cannot start: it reads {kind} "{name}", which does not exist in namespace {namespace}.',
  'check.container-config.cause.missing-key':
    'Container {container} cannot start: it reads the key {key} from {kind} "{name}", but that {kind} has no such key.',
  'check.container-config.cause.run-as-non-root':
    'Container {container} cannot start: the pod requires runAsNonRoot, but the image runs as root (or as a user name the kubelet cannot verify).',
  'check.container-config.cause.config-error':
    'The kubelet could not prepare the configuration of container {container} (CreateContainerConfigError); its message is quoted in the evidence.',
  'check.container-config.cause.create-error':
    'The container runtime could not create container {container} (CreateContainerError); its message is quoted in the evidence.',
  'check.container-config.cause.unstarted-missing-object':
    'Pod {pod} has not started yet, and when it does, container {container} will fail: it reads {kind} "{name}", which does not exist in namespace {namespace}.',
  'check.container-config.cause.unstarted-missing-key':
    'Pod {pod} has not started yet, and when it does, container {container} will fail: {kind} "{name}" has no key {key}.',
  'check.container-config.detail.referenced-by': 'Referenced by {where}.',
  'check.container-config.detail.similar':
    'A {kind} with a similar name exists: {names}. Is one of the names mistyped?',
  'check.container-config.detail.keys': 'The {kind} "{name}" has the keys: {keys}.',
  'check.container-config.detail.no-keys': 'The {kind} "{name}" has no keys at all.',
  'check.container-config.detail.not-visible':
    '{kinds} are not visible to you ({reason}), so similar names and existing keys cannot be listed.',
  'check.container-config.detail.retry':
    'The kubelet keeps retrying; the container starts by itself once the reference resolves, without a restart.',
  'check.container-config.remedy.create':
    'Create the {kind} "{name}" in namespace {namespace}, or correct the name in the pod spec; if the container can run without it, mark the reference optional: true.',
  'check.container-config.remedy.add-key':
    'Add the key {key} to {kind} "{name}", or correct the key name in the pod spec (or mark it optional: true).',
  'check.container-config.remedy.non-root':
    'Run the image as a non-root numeric user: set securityContext.runAsUser (for example 1000) or build the image with a numeric USER; keep root only if it is truly needed, and then drop runAsNonRoot.',
  'check.container-config.remedy.read-message':
    'Read the kubelet message in the evidence; fix what it names in the pod spec.',
  // volume-mounts
  'check.volume-mounts.title': 'Volume mounts and pod sandboxes',
  'check.volume-mounts.cause.multi-attach-pod':
    'Volume {volume} (claim {claim}) is still attached to node {otherNode} for pod {otherPod}; a ReadWriteOnce volume attaches to one node at a time, so this pod on node {node} cannot start.',
  'check.volume-mounts.cause.multi-attach':
    'Volume {volume} is still attached to another node; a ReadWriteOnce volume attaches to one node at a time, so this pod on node {node} cannot start.',
  'check.volume-mounts.cause.missing-source':
    'Volume {volume} cannot be set up: it takes its files from {kind} "{name}", which does not exist in namespace {namespace}.',
  'check.volume-mounts.cause.missing-key':
    'Volume {volume} cannot be set up: it lists the key {key}, which its {kind} does not have.',
  'check.volume-mounts.cause.csi-driver-not-registered':
    'Volume {volume} cannot be mounted: the CSI driver {driver} is not running on node {node} (its node plugin is not registered there).',
  'check.volume-mounts.cause.mount-device-failed':
    'The storage driver could not mount volume {volume} on node {node}; its message is quoted in the evidence.',
  'check.volume-mounts.cause.attach-failed':
    "Volume {volume} could not be attached to node {node}; the storage driver's message is quoted in the evidence.",
  'check.volume-mounts.cause.mount-failed':
    "Volume {volume} could not be mounted; the kubelet's message is quoted in the evidence.",
  'check.volume-mounts.cause.mount-timeout':
    'The kubelet gave up waiting for the volumes {volumes} of this pod to be attached and mounted.',
  'check.volume-mounts.cause.ip-exhausted':
    "The pod network could not be set up on node {node}: the VPC CNI has no free IP address to give the pod (the subnet or the node's ENIs are out of addresses).",
  'check.volume-mounts.cause.sandbox-failed':
    'The kubelet could not create the pod sandbox (its network and namespaces) on node {node}; its message is quoted in the evidence.',
  'check.volume-mounts.detail.other-terminating':
    'Pod {otherPod} is being deleted (since {since}) but still holds the volume; a pod stuck Terminating, often on a node that is gone or NotReady, keeps the attachment.',
  'check.volume-mounts.detail.same-owner':
    'Both pods belong to {owner}: its replicas share one ReadWriteOnce claim, which only works while they all run on one node.',
  'check.volume-mounts.detail.rolling-update':
    'With a rolling update the new pod starts before the old one stops, so both want the volume at once.',
  'check.volume-mounts.detail.claim-modes': 'Claim {claim} has access modes {modes}.',
  'check.volume-mounts.detail.pods-not-visible':
    'The other pods using the volume could not be found in what you can see.',
  'check.volume-mounts.detail.unmounted':
    "Volume {volume} comes from claim {claim}; look at that claim's own problems first.",
  'check.volume-mounts.detail.similar': 'A {kind} with a similar name exists: {names}.',
  'check.volume-mounts.detail.keys': 'The {kind} "{name}" has the keys: {keys}.',
  'check.volume-mounts.detail.not-visible':
    '{kinds} are not visible to you ({reason}), so similar names and existing keys cannot be listed.',
  'check.volume-mounts.detail.history':
    'An earlier {what} error (last seen {time}) has stopped since; it stays in the evidence but is not the cause now.',
  'check.volume-mounts.detail.csi-iam':
    "The driver was refused by AWS: its IAM role (IRSA or Pod Identity of the driver's controller) lacks the permission named in the message.",
  'check.volume-mounts.remedy.statefulset':
    'Give each replica its own volume: use a StatefulSet with volumeClaimTemplates, or a ReadWriteMany volume (Amazon EFS) if they must share files.',
  'check.volume-mounts.remedy.recreate':
    'For a single-replica Deployment with a ReadWriteOnce claim, set strategy.type: Recreate so the old pod releases the volume before the new one starts.',
  'check.volume-mounts.remedy.force-delete':
    'If the old pod is stuck Terminating on a node that is gone, check the node first; only then force-delete the pod (the command below) so the volume can detach.',
  'check.volume-mounts.remedy.wait-detach':
    'Wait for the old attachment to be released (the attach/detach controller waits up to 6 minutes for an unmount); if it stays, find the VolumeAttachment and the node that holds it.',
  'check.volume-mounts.remedy.create-source':
    'Create the {kind} "{name}" in namespace {namespace}, or correct the name in the volume; mark the volume optional: true if the pod can run without it.',
  'check.volume-mounts.remedy.add-key': "Add the key {key} to the {kind}, or remove it from the volume's items.",
  'check.volume-mounts.remedy.csi-node':
    "Check that the CSI driver's node DaemonSet runs on node {node} (on EKS the EBS CSI add-on runs ebs-csi-node in kube-system) and tolerates that node's taints.",
  'check.volume-mounts.remedy.read-message':
    'Read the message in the evidence; the claim, its PersistentVolume and the CSI driver logs tell more.',
  'check.volume-mounts.remedy.ip-exhausted':
    'Free or add IP addresses: use larger or more subnets, turn on prefix delegation in the VPC CNI (ENABLE_PREFIX_DELEGATION=true), or use instance types with more ENI capacity; also check the aws-node pods.',
  'check.volume-mounts.remedy.sandbox':
    "Check the node's CNI (the aws-node DaemonSet on EKS) and container runtime; the message in the evidence names the failing part.",
  // evictions
  'check.evictions.title': 'Evicted and shut-down pods',
  'check.evictions.cause.node-pressure':
    '{count} pod(s) of {owner} were evicted because their node ran low on {resource}; the kubelet evicts the pods using most above their requests first.',
  'check.evictions.cause.ephemeral-storage-limit':
    '{count} pod(s) of {owner} were evicted for writing more local disk (ephemeral storage) than their own limit allows.',
  'check.evictions.cause.node-shutdown':
    '{count} pod(s) of {owner} were stopped because their node shut down (for example a Spot interruption, a scale-in or a node upgrade).',
  'check.evictions.cause.preempted':
    '{count} pod(s) of {owner} were preempted: the scheduler removed them to make room for pods of higher priority.',
  'check.evictions.cause.rejected':
    '{count} pod(s) of {owner} were rejected by the kubelet of their node when they arrived ({reason}).',
  'check.evictions.cause.other':
    '{count} pod(s) of {owner} ended Failed with reason {reason}; the message is quoted in the evidence.',
  'check.evictions.detail.pressure-pod':
    'Pod {pod} on node {node} at {time}: {resource} was down to {available} (eviction threshold {threshold}).',
  'check.evictions.detail.pressure-container':
    'Container {container} of pod {pod} was using {usage} with a request of {request}.',
  'check.evictions.detail.no-request':
    'A container with no request (request is 0) is always using more than it asked for, so its pod is among the first to be evicted.',
  'check.evictions.detail.pod': 'Pod {pod} on node {node} at {time}.',
  'check.evictions.detail.recent':
    'The last one happened at {time}, less than an hour before this snapshot: the pressure may still be there.',
  'check.evictions.detail.records':
    'The Failed pods use no resources any more; their controller has already replaced them.',
  'check.evictions.detail.bare-pod':
    'Pod {pod} has no controller, so nothing recreates it: it is gone until someone creates it again.',
  'check.evictions.detail.cleanup': 'Namespace {namespace} holds {count} Failed pods in all.',
  'check.evictions.remedy.memory':
    'Set memory requests close to real use (and limits), so nodes are not overfilled and these pods are not first in line; add node capacity if nodes run hot.',
  'check.evictions.remedy.storage':
    'Set ephemeral-storage requests and limits, keep logs and temporary files small or on a volume, and check the node disk size.',
  'check.evictions.remedy.pressure-other':
    "Look at what uses the node's {resource} and set requests that match real use.",
  'check.evictions.remedy.ephemeral-limit':
    'Raise the ephemeral-storage limit or the emptyDir sizeLimit, or make the pod write less (logs, caches) to its local disk.',
  'check.evictions.remedy.node-shutdown':
    'Expect nodes to leave: run at least two replicas spread over nodes, with a PodDisruptionBudget, and handle SIGTERM for a clean stop.',
  'check.evictions.remedy.preempted':
    'Give the workload a PriorityClass that matches its importance, or add capacity so preemption is not needed.',
  'check.evictions.remedy.rejected':
    'Read the kubelet message in the evidence; usually the node was already full (or lacked what the pod needs) when the pod arrived.',
  'check.evictions.remedy.other': "Read the message in the evidence and the node's events around that time.",
  'check.evictions.remedy.cleanup':
    'Failed pods stay as records until deleted. To clean them up, run the delete command below yourself: it deletes every Failed pod in the namespace.',
  // probe-failures
  'check.probe-failures.title': 'Health probes',
  'check.probe-failures.cause.readiness':
    'Container {container} is running but not ready: its readiness probe keeps failing, so Services send this pod no traffic.',
  'check.probe-failures.cause.liveness':
    'Container {container} was restarted {restarts} times by the kubelet because its liveness probe failed; it is running again for now.',
  'check.probe-failures.cause.startup':
    'Container {container} has not finished starting: its startup probe keeps failing, and after failureThreshold failures in a row the kubelet restarts it.',
  'check.probe-failures.cause.not-ready':
    'Container {container} has been running for a while but is not ready; it has a readiness probe, and the events that would say why are not visible.',
  'check.probe-failures.detail.probe': '{kind} probe: {probe}.',
  'check.probe-failures.detail.http-404': 'The probe got HTTP 404: the path {path} does not exist in the application.',
  'check.probe-failures.detail.http-status':
    'The probe got HTTP {status}: the application answers but reports itself not healthy (often because of a dependency such as a database).',
  'check.probe-failures.detail.refused':
    'Nothing accepted the connection on port {port}: the application is not listening there (yet), listens on another port, or only on 127.0.0.1.',
  'check.probe-failures.detail.port-mismatch':
    'The probe uses port {port}, but the container declares the ports {ports}.',
  'check.probe-failures.detail.timeout': 'The application did not answer within timeoutSeconds={timeout} second(s).',
  'check.probe-failures.detail.other': 'The probe failed with: {text}',
  'check.probe-failures.detail.seen': '{count} failures seen, the last at {time}.',
  'check.probe-failures.detail.events-not-visible':
    "Events are not visible to you ({reason}), so the probe's own failure message cannot be shown.",
  'check.probe-failures.remedy.readiness':
    'Make the readiness endpoint answer with success as soon as the app can serve; check its path and port against what the app really listens on, and raise timeoutSeconds if it is only slow.',
  'check.probe-failures.remedy.liveness':
    'A liveness probe should fail only when the process is stuck: do not check dependencies in it, give it generous timeoutSeconds and failureThreshold, and add a startupProbe for slow starts.',
  'check.probe-failures.remedy.startup':
    "Give the application time to start: make the startupProbe's failureThreshold × periodSeconds longer than the real start time, and check its path and port.",
  'check.probe-failures.remedy.try-endpoint':
    'Try the endpoint yourself through a port-forward (command below) and read the container log.',
  // visibility notes
  'check.image-pulls.detail.events-not-visible':
    "Events are not visible to you ({reason}), so the registry's reason for refusing the pull cannot be read.",
  'check.crash-loops.detail.events-not-visible':
    'Events are not visible to you ({reason}), so it cannot be seen whether a liveness probe or something else stopped the container.',
  // evictions: long lists
  'check.evictions.detail.more': '… and {count} more pod(s), listed in the evidence.',
  // image-pulls: Fargate
  'check.image-pulls.detail.fargate':
    'This pod runs on Fargate ({node}): images are pulled with the Fargate pod execution role, so that role, not a node role, needs the ECR permissions.',
} as const;
