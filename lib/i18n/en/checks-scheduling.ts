/** English messages for this area; the source of truth for ko/checks-scheduling.ts. */
export const checksScheduling = {
  'check.pending-pods.title': 'Pods waiting for a node (Pending)',

  // Causes: one sentence each, keyed by the finding code's cause.
  'check.pending-pods.cause.insufficient-resources':
    'No node has enough free {resource} for this pod: it requests {request}, and the most any node has left is {free}.',
  'check.pending-pods.cause.insufficient-resources-some':
    '{count} of {total} nodes do not have enough free {resource} for this pod: it requests {request}, and the most any of them has left is {free}.',
  'check.pending-pods.cause.insufficient-resources-hidden':
    '{count} of {total} nodes do not have enough free {resource} for this pod.',
  'check.pending-pods.cause.too-big':
    'The pod requests {request} of {resource}, more than any node has in total ({largest} on the largest node), so it can never fit on the current nodes.',
  'check.pending-pods.cause.too-many-pods':
    '{count} of {total} nodes already run as many pods as they are allowed to (their max-pods limit).',
  'check.pending-pods.cause.untolerated-taint':
    '{count} of {total} nodes carry a taint this pod does not tolerate: {taints}.',
  'check.pending-pods.cause.untolerated-taint-unnamed':
    '{count} of {total} nodes carry a taint this pod does not tolerate.',
  'check.pending-pods.cause.node-selector-mismatch':
    '{count} of {total} nodes do not have the labels this pod asks for in its nodeSelector or node affinity.',
  'check.pending-pods.cause.scheduler-node-affinity':
    '{count} of {total} nodes are excluded by node affinity that the scheduler profile adds to every pod (not by the pod spec).',
  'check.pending-pods.cause.cordoned':
    '{count} of {total} nodes are cordoned (marked unschedulable), so no new pods go there.',
  'check.pending-pods.cause.unbound-pvc':
    'The pod uses a PersistentVolumeClaim that is not bound to a volume, so the scheduler cannot place it.',
  'check.pending-pods.cause.missing-pvc': 'The pod uses the PersistentVolumeClaim "{claim}", which does not exist.',
  'check.pending-pods.cause.volume-zone-conflict':
    "{count} of {total} nodes are in a different availability zone than the pod's volume, and a volume (such as EBS) can only attach to a node in its own zone.",
  'check.pending-pods.cause.volume-unavailable': '{count} of {total} nodes cannot provide the volumes this pod needs.',
  'check.pending-pods.cause.volume-binding-timeout':
    "Binding the pod's volumes timed out: the volume was not created or attached in time.",
  'check.pending-pods.cause.several': 'None of the {count} node(s) this pod may use can take it: {causes}.',
  'check.pending-pods.cause.candidates-insufficient':
    'The node(s) this pod may use ({nodes}) do not have enough free {resource}: it requests {request}, and the most any of them has left is {free}.',
  'check.pending-pods.cause.candidates-too-big':
    'The pod requests {request} of {resource}, more than any node it may use has in total ({largest} on the largest of them), so it can never fit there.',
  'check.pending-pods.cause.candidates-too-many-pods':
    'The node(s) this pod may use ({nodes}) already run as many pods as they are allowed to (allocatable pods, the max-pods limit).',
  'check.pending-pods.cause.candidates-taint':
    'The node(s) this pod may use ({nodes}) carry a taint it does not tolerate: {taints}.',
  'check.pending-pods.cause.candidates-cordoned':
    'The node(s) this pod may use ({nodes}) are cordoned (marked unschedulable), so no new pods go there.',
  'check.pending-pods.cause.candidates-not-ready': 'The node(s) this pod may use are not Ready: {nodes}.',
  'check.pending-pods.cause.no-node-has-label':
    'None of the {count} nodes has what this pod asks for in its nodeSelector or node affinity: {labels}.',
  'check.pending-pods.cause.no-node-has-all-labels':
    'None of the {count} nodes has all the labels this pod asks for in its nodeSelector or node affinity.',
  'check.pending-pods.cause.volume-zone-candidates':
    "The pod's volume {volume} (claim {claim}) is in zone {zone}, but the nodes it could otherwise use are in {zones}; a volume such as EBS attaches only to a node in its own availability zone.",
  'check.pending-pods.cause.class-zone-candidates':
    'Claim {claim} is not bound yet, and its StorageClass {storageClass} creates volumes only in zone {zone} (allowedTopologies), but the nodes this pod could otherwise use are in {zones}; the scheduler places the pod only where its volume can be created.',
  'check.pending-pods.cause.scheduler-several':
    'No node can take this pod; the nodes that passed its placement rules reported: {causes}.',
  'check.pending-pods.detail.candidates': 'The pod may use {count} of the {total} nodes: {nodes}.',
  'check.pending-pods.detail.ruled-out-label':
    '{count} node(s) do not meet the pod\'s rule "{label}", so they are not for it: {nodes}.',
  'check.pending-pods.detail.ruled-out-taint':
    '{count} node(s) carry {taint}, which the pod does not tolerate, so they are not for it: {nodes}.',
  'check.pending-pods.detail.ruled-out-volume':
    "{count} node(s) are outside the zone of the pod's volume {volume} ({zone}): {nodes}.",
  'check.pending-pods.detail.ruled-out-class-zone':
    '{count} node(s) are outside the zone(s) where StorageClass {storageClass} creates the volume of claim {claim} ({zone}): {nodes}.',
  'check.pending-pods.detail.class-zone':
    'Claim {claim} is not bound yet; its StorageClass {storageClass} (WaitForFirstConsumer) creates volumes only in zone {zone}.',
  'check.pending-pods.detail.first-filter-only':
    'The scheduler counts, per node, only the first check that failed (taints before labels and resources), so nodes counted under a taint or label may be nodes this pod never wanted; node details are needed to tell.',
  'check.pending-pods.cause.no-nodes': 'There are no nodes the scheduler can place pods on.',
  'check.pending-pods.cause.scheduling-gated':
    'The pod is held back by scheduling gates ({gates}); the scheduler will not try to place it until a controller removes them.',
  'check.pending-pods.cause.host-port-conflict':
    '{count} of {total} nodes already have a host port this pod asks for in use.',
  'check.pending-pods.cause.pod-affinity-conflict':
    "{count} of {total} nodes break the pod's affinity or anti-affinity rules with other pods.",
  'check.pending-pods.cause.topology-spread':
    "{count} of {total} nodes would break the pod's topology spread constraints.",
  'check.pending-pods.cause.node-name-mismatch': '{count} of {total} nodes are not the node this pod names.',
  'check.pending-pods.cause.unknown-reason': 'The scheduler could not place the pod and reported: {text}',
  'check.pending-pods.cause.not-yet-scheduled':
    'The pod was created {age} ago and the scheduler has not reported on it yet; that is normal for a short while.',
  'check.pending-pods.cause.no-scheduler-attempt':
    'The pod has waited {age} and no scheduler has reported on it; it asks for the scheduler "{scheduler}".',
  'check.pending-pods.cause.reason-not-visible':
    'The pod has been Pending for {age}, but its events cannot be read ({reason}) and its PodScheduled condition gives no reason.',

  // One line per reason in the scheduler's histogram.
  'check.pending-pods.reason.insufficient-resource': '{count} node(s) do not have enough free {resource}.',
  'check.pending-pods.reason.too-many-pods': '{count} node(s) are full: they reached their maximum number of pods.',
  'check.pending-pods.reason.untolerated-taint': '{count} node(s) have a taint the pod does not tolerate.',
  'check.pending-pods.reason.untolerated-taint-named':
    '{count} node(s) have the taint {taint} that the pod does not tolerate.',
  'check.pending-pods.reason.node-affinity':
    "{count} node(s) do not match the pod's nodeSelector or required node affinity.",
  'check.pending-pods.reason.scheduler-node-affinity':
    '{count} node(s) are excluded by node affinity set in the scheduler profile, not in the pod spec.',
  'check.pending-pods.reason.unschedulable': '{count} node(s) are cordoned.',
  'check.pending-pods.reason.host-ports': '{count} node(s) already use a host port the pod asks for.',
  'check.pending-pods.reason.node-name': '{count} node(s) are not the node named in the pod spec.',
  'check.pending-pods.reason.pod-affinity':
    '{count} node(s) do not run the pods this pod must run next to (pod affinity).',
  'check.pending-pods.reason.pod-anti-affinity':
    '{count} node(s) already run pods this pod must stay away from (pod anti-affinity).',
  'check.pending-pods.reason.existing-anti-affinity':
    '{count} node(s) run pods whose own anti-affinity rules keep this pod away.',
  'check.pending-pods.reason.topology-spread':
    '{count} node(s) would make the spread of matching pods too uneven (topology spread constraints).',
  'check.pending-pods.reason.no-available-pv':
    '{count} node(s) have no available PersistentVolume the claim could bind to.',
  'check.pending-pods.reason.volume-node-affinity':
    "{count} node(s) are not where the pod's volume is (the volume's node affinity, usually its zone).",
  'check.pending-pods.reason.not-enough-storage':
    '{count} node(s) do not have enough free local storage for the volume.',
  'check.pending-pods.reason.pvc-missing-pv':
    '{count} node(s) were ruled out because a claim is bound to a PersistentVolume that no longer exists.',
  'check.pending-pods.reason.no-available-disk':
    '{count} node(s) already use the disk this volume needs (volume restrictions).',
  'check.pending-pods.reason.no-volume-zone': "{count} node(s) are not in the zone of the pod's volume.",
  'check.pending-pods.reason.unknown': '{count} node(s): the scheduler reported "{text}" (passed through as written).',
  'check.pending-pods.prefilter.unbound-immediate-pvc':
    'Before looking at any node, the scheduler found a claim with immediate binding that is not bound yet.',
  'check.pending-pods.prefilter.pvc-not-found':
    'Before looking at any node, the scheduler found that the claim "{claim}" does not exist.',
  'check.pending-pods.prefilter.unknown':
    'Before looking at any node, the scheduler rejected the pod: "{text}" (passed through as written).',
  'check.pending-pods.detail.counts-mismatch':
    "The counts in the scheduler's message do not add up to {total} nodes, so its split may be off; the message is quoted in full in the evidence.",
  'check.pending-pods.detail.preemption-not-helpful':
    'Evicting lower-priority pods would not help: the nodes are ruled out for reasons eviction cannot change.',
  'check.pending-pods.detail.preemption-no-victims':
    'There are no lower-priority pods the scheduler could evict to make room.',
  'check.pending-pods.detail.preemption-mixed':
    'On {notHelpful} node(s) evicting pods would not help; on {noVictims} node(s) there are no lower-priority pods to evict.',
  'check.pending-pods.detail.preemption-other': 'Preemption: {text}',
  'check.pending-pods.detail.nodes-hidden':
    "Node details are not visible to you ({reason}), so the nodes behind this cannot be named; the scheduler's own words are quoted in the evidence.",
  'check.pending-pods.detail.lower-bound':
    'Only namespace {namespace} was read, so pods of other namespaces on these nodes are not counted: the used amounts are a lower bound and the real free room may be smaller.',
  'check.pending-pods.detail.older-message':
    'Earlier attempts gave other reasons ({count} other message(s)); they are kept in the evidence.',

  // Taints.
  'check.pending-pods.detail.node-taints': 'Node {node} has taint(s) the pod does not tolerate: {taints}.',
  'check.pending-pods.detail.named-taint': 'The scheduler named the taint {taint}.',
  'check.pending-pods.taint.not-ready':
    'node.kubernetes.io/not-ready: the node is not Ready (kubelet, container runtime or network not healthy yet); Kubernetes sets and clears this taint itself.',
  'check.pending-pods.taint.unreachable':
    'node.kubernetes.io/unreachable: the control plane has lost contact with the node; the instance may be stopped or cut off.',
  'check.pending-pods.taint.disk-pressure':
    'node.kubernetes.io/disk-pressure: the node is running out of disk (often image layers or logs).',
  'check.pending-pods.taint.memory-pressure': 'node.kubernetes.io/memory-pressure: the node is running out of memory.',
  'check.pending-pods.taint.pid-pressure': 'node.kubernetes.io/pid-pressure: the node is running out of process IDs.',
  'check.pending-pods.taint.network-unavailable':
    "node.kubernetes.io/network-unavailable: the node's network is not set up yet.",
  'check.pending-pods.taint.unschedulable': 'node.kubernetes.io/unschedulable: the node is cordoned.',
  'check.pending-pods.taint.uninitialized':
    'node.cloudprovider.kubernetes.io/uninitialized: the node is still starting and the cloud controller has not initialised it yet; this usually clears within a minute.',
  'check.pending-pods.taint.fargate':
    'eks.amazonaws.com/compute-type=fargate: a Fargate node runs only the one pod it was created for; other pods never go there.',
  'check.pending-pods.taint.critical-addons':
    'CriticalAddonsOnly: the node is reserved for cluster add-ons (for example the system nodes of EKS Auto Mode).',
  'check.pending-pods.taint.gpu':
    'nvidia.com/gpu: the node is kept for GPU workloads; only pods with a matching toleration run there.',
  'check.pending-pods.taint.karpenter-disrupted':
    'karpenter.sh/disrupted: Karpenter is draining this node to replace or remove it.',
  'check.pending-pods.taint.karpenter-unregistered':
    'karpenter.sh/unregistered: Karpenter launched the node and it has not finished joining the cluster.',
  'check.pending-pods.taint.control-plane': '{key}: a control-plane node; ordinary workloads are kept off it.',
  'check.pending-pods.taint.other':
    '{taint}: a taint set by your team or a tool; the pod needs a matching toleration, or must run on other nodes.',

  // Labels (nodeSelector / node affinity).
  'check.pending-pods.detail.node-demands': 'The pod asks for nodes with: {demands}.',
  'check.pending-pods.detail.label-missing': 'Node {node}: has no label {key} (the pod wants {wants}).',
  'check.pending-pods.detail.label-different': 'Node {node}: label {key} is "{actual}" (the pod wants {wants}).',
  'check.pending-pods.detail.no-node-matches': 'None of the {count} visible nodes has all of these labels.',

  // Resources.
  'check.pending-pods.detail.request':
    'The pod requests {request} of {resource} (all containers together, counting init containers and overhead).',
  'check.pending-pods.detail.node-room':
    'Node {node}: {allocatable} allocatable, {requested} already requested by pods, {free} free, short by {short}.',
  'check.pending-pods.detail.too-big':
    'No node can ever fit it: the largest node offers {largest} of {resource} in total.',
  'check.pending-pods.detail.no-resource': 'No visible node offers {resource} at all.',
  'check.pending-pods.detail.limit-range':
    'LimitRange {name} gives containers without their own request a default {resource} request of {value}.',
  'check.pending-pods.detail.no-request':
    "The pod itself requests no {resource}; look at the LimitRange defaults and the pod's overhead.",

  // Pod count.
  'check.pending-pods.detail.node-pods': 'Node {node} ({instanceType}): {used} of {max} pods.',
  'check.pending-pods.detail.eni-limit':
    "On EKS the VPC CNI limits pods per node by the instance type's network interfaces and IP addresses (max-pods); small instances such as t3.small allow only 11 pods, system pods included.",

  // Cordon.
  'check.pending-pods.detail.cordoned': 'Node {node} is cordoned (spec.unschedulable: true).',

  // Volumes.
  'check.pending-pods.detail.claim-bound': 'Claim {claim} is Bound to volume {volume}.',
  'check.pending-pods.detail.claim-pending':
    'Claim {claim} is {phase}, not bound to a volume; the finding about the claim says why.',
  'check.pending-pods.detail.claim-missing': 'Claim {claim} does not exist in namespace {namespace}.',
  'check.pending-pods.detail.claims-hidden':
    'PersistentVolumeClaims are not visible to you ({reason}), so the claims {claims} cannot be checked.',
  'check.pending-pods.detail.volume-zone': 'Volume {volume} (claim {claim}) is in zone {zone}.',
  'check.pending-pods.detail.node-zones': 'The visible nodes are in zone(s): {zones}.',
  'check.pending-pods.detail.no-node-in-zone': 'No schedulable node is in zone {zone}.',
  'check.pending-pods.detail.ebs-csi-missing':
    'No CSIDriver named ebs.csi.aws.com (or ebs.csi.eks.amazonaws.com) is registered: the EBS CSI driver looks absent.',

  // Other reasons.
  'check.pending-pods.detail.host-ports':
    'The pod asks for host port(s) {ports}; only one pod per node can hold a given host port.',
  'check.pending-pods.detail.pod-affinity-term':
    'The pod must run in the same {topologyKey} as pods matching {selector}.',
  'check.pending-pods.detail.pod-anti-affinity-term':
    'The pod must not share a {topologyKey} with pods matching {selector}.',
  'check.pending-pods.detail.topology-constraint':
    'Spread rule: pods matching {selector} may differ by at most {maxSkew} across {topologyKey} (whenUnsatisfiable: DoNotSchedule).',
  'check.pending-pods.detail.gates': 'Scheduling gates: {gates}; the pod has waited {age}.',
  'check.pending-pods.detail.no-nodes-visible': 'The cluster has no nodes at all.',

  // Remedies.
  'check.pending-pods.remedy.tolerate':
    'If the pod belongs on those nodes, add a toleration to the pod template: {toleration}.',
  'check.pending-pods.remedy.untainted-nodes':
    'Otherwise make sure there are nodes without that taint and with room (a node group without the taint).',
  'check.pending-pods.remedy.node-recovers':
    'Taints such as not-ready, unreachable, uninitialized and disk/memory pressure clear when the node recovers: describe the node to see its conditions.',
  'check.pending-pods.remedy.fix-labels':
    "Change the pod's nodeSelector/affinity to labels your nodes have, or give a node group the label (set it in the node group or Karpenter NodePool: `kubectl label node` is lost when the node is replaced).",
  'check.pending-pods.remedy.lower-requests': "Lower the pod's requests if they are larger than it really needs.",
  'check.pending-pods.remedy.add-capacity':
    'Add capacity: scale the node group, or let Cluster Autoscaler or Karpenter add nodes.',
  'check.pending-pods.remedy.bigger-nodes':
    'Use a bigger instance type: a new node group, or a Karpenter NodePool that allows larger instances.',
  'check.pending-pods.remedy.pods-bigger':
    'Use larger instance types (more network interfaces and IPs per node), or add nodes (Cluster Autoscaler / Karpenter).',
  'check.pending-pods.remedy.pods-prefix':
    'Or turn on VPC CNI prefix delegation (ENABLE_PREFIX_DELEGATION=true on the aws-node DaemonSet) and raise max-pods, for Nitro instance types.',
  'check.pending-pods.remedy.uncordon':
    'If the maintenance that cordoned the node is finished, uncordon it; otherwise wait for the replacement node.',
  'check.pending-pods.remedy.fix-claim':
    'Fix the claim first (see the finding about it): the pod is placed as soon as its claim is bound.',
  'check.pending-pods.remedy.create-claim': 'Create the claim {claim}, or correct the claim name in the pod template.',
  'check.pending-pods.remedy.zone-node':
    "Run a node in the volume's zone (a node group that covers that zone), or restore the volume from a snapshot in a zone that has nodes.",
  'check.pending-pods.remedy.class-zones':
    "Run nodes for this pod in zone {zone}, or give the claim a StorageClass whose allowedTopologies include the zones of the pod's nodes (a claim's storageClassName cannot be changed: re-create the claim with the new class).",
  'check.pending-pods.remedy.wait-for-consumer':
    'For new volumes, use a StorageClass with volumeBindingMode: WaitForFirstConsumer so each volume is created in the zone where its pod is placed.',
  'check.pending-pods.remedy.ebs-csi':
    'Install the Amazon EBS CSI driver add-on (aws-ebs-csi-driver) and give its controller an IAM role with the AmazonEBSCSIDriverPolicy (IRSA or EKS Pod Identity).',
  'check.pending-pods.remedy.csi-logs':
    "Read the CSI controller's logs for the real error (missing permission, volume limit, zone).",
  'check.pending-pods.remedy.no-nodes':
    'Add nodes: scale the managed node group above zero, or let Cluster Autoscaler / Karpenter add nodes (check that a NodePool exists).',
  'check.pending-pods.remedy.fargate-profile':
    "On Fargate, make sure a Fargate profile selects this namespace (and the pod's labels).",
  'check.pending-pods.remedy.gates':
    'Find the controller that owns the gate (its name usually says which, e.g. a queueing system such as Kueue) and check why it has not released the pod.',
  'check.pending-pods.remedy.host-ports':
    'Drop hostPort unless the pod really needs it (a Service usually does the job), or run no more replicas than nodes.',
  'check.pending-pods.remedy.affinity':
    'Make sure enough nodes or zones exist for the rules (with required anti-affinity, no more replicas than nodes), or relax them to preferred rules.',
  'check.pending-pods.remedy.spread':
    'Add nodes in the under-used zones, or use a larger maxSkew or whenUnsatisfiable: ScheduleAnyway.',
  'check.pending-pods.remedy.node-name':
    'Correct the node name in the pod spec, or remove it and let the scheduler choose.',
  'check.pending-pods.remedy.volume-generic':
    'Describe the pod and its claims: the volumes it needs cannot be provided on these nodes.',
  'check.pending-pods.remedy.unknown':
    "The doctor does not know this reason, so it is quoted as written: describe the pod and read the scheduler's message.",
  'check.pending-pods.remedy.wait': 'Wait a few seconds and run the doctor again.',
  'check.pending-pods.remedy.scheduler-running':
    'Check that the scheduler "{scheduler}" is running, or remove spec.schedulerName to use the default scheduler.',
  'check.pending-pods.remedy.read-events':
    'Ask for permission to read events in this namespace, or describe the pod to see why it is Pending.',
  // node-failures
  'check.node-failures.title': 'Nodes that stopped reporting or are NotReady',
  'check.node-failures.cause.unreachable':
    'Node {node} stopped reporting {minutes} min ago (Ready=Unknown since {since}: "{message}"); it holds {count} pod(s) of those read: {pods}.',
  'check.node-failures.cause.not-ready':
    'Node {node} has been NotReady for {minutes} min (Ready={status} since {since}: "{message}"); it holds {count} pod(s) of those read: {pods}.',
  'check.node-failures.cause.hidden':
    'Node {node} looks down: the node controller reported it NotReady to its {count} pod(s) here ({pods}); node details are not visible to you ({reason}), so since when and why cannot be read.',
  'check.node-failures.detail.heartbeat': 'The kubelet last reported at {time}.',
  'check.node-failures.detail.taints': 'The node carries {taints}: no new pod is placed there.',
  'check.node-failures.detail.instance': 'EC2 instance {instance} in {zone}.',
  'check.node-failures.detail.nodegroup': 'Node group {nodegroup}.',
  'check.node-failures.detail.pod-terminating':
    'Pod {pod} is marked for deletion since {time} and stays Terminating: no kubelet is there to confirm it stopped.',
  'check.node-failures.detail.pod-evicted-at':
    'Pod {pod} is marked for deletion at {time}, {seconds} s after the node went down (its tolerationSeconds).',
  'check.node-failures.detail.pod-stays':
    'Pod {pod} tolerates the node being down without a time limit (as DaemonSet pods do): it stays on the node.',
  'check.node-failures.detail.more-pods': '… and {count} more pod(s), named in the related objects.',
  'check.node-failures.detail.replacement':
    'Replacement pod {pod} was created for it; while it is Pending, the pending-pods finding says why.',
  'check.node-failures.remedy.eks-instance':
    'On EKS, check the EC2 instance: its state and status checks tell a stopped or impaired instance from a network problem; `kubectl describe node {node}` shows the conditions and events.',
  'check.node-failures.remedy.nodegroup':
    "Check the node group's health (health issues, the Auto Scaling group's activity): it replaces an instance that fails its health checks.",
  'check.node-failures.remedy.wait-eviction':
    'If the node comes back, nothing is lost; if not, its pods are marked for deletion after the toleration period (tolerationSeconds, 300 s by default) and their controllers start replacements on other nodes.',
  'check.node-failures.remedy.force-delete':
    'If the instance is gone, the pods stay Terminating: remove them with `kubectl delete pod NAME --force --grace-period=0` (for a StatefulSet pod only once the instance is surely stopped, or two copies may run), or delete the Node object.',
} as const;
