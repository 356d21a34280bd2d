/**
 * Concept notes: short lessons that `--explain` appends to a finding, one per id in
 * lib/doctor/concepts.ts (`concept.<id>` and its `concept.<id>.title`). The source of truth for ko/concepts.ts.
 */
export const concepts = {
  'concept.scheduling-resources.title': 'Requests and node allocatable',
  'concept.scheduling-resources':
    'The scheduler places a pod only on a node where the pod\'s CPU and memory *requests* fit into what is left of the node\'s allocatable (capacity minus what the system reserves) after the requests of the pods already there. Actual usage and limits play no part in this decision. "Insufficient cpu" therefore means no node has enough unrequested CPU: lower the requests, or add capacity (a larger instance type, more nodes, Cluster Autoscaler or Karpenter).',

  'concept.taints-tolerations.title': 'Taints and tolerations',
  'concept.taints-tolerations':
    'A taint on a node keeps away every pod that does not carry a matching toleration. NoSchedule blocks new pods, PreferNoSchedule only avoids the node, and NoExecute also evicts running pods that do not tolerate it. On EKS you meet taints set on a managed node group (for GPU or dedicated nodes), `eks.amazonaws.com/compute-type=fargate` on Fargate nodes, and `node.kubernetes.io/not-ready` or `node.cloudprovider.kubernetes.io/uninitialized` on nodes that are still starting.',

  'concept.node-affinity.title': 'nodeSelector and node affinity',
  'concept.node-affinity':
    'nodeSelector and requiredDuringSchedulingIgnoredDuringExecution node affinity are hard rules: the pod only goes to nodes whose labels match, and waits in Pending if none do. Preferred affinity is only a wish. EKS nodes carry labels such as `eks.amazonaws.com/nodegroup`, `node.kubernetes.io/instance-type`, `topology.kubernetes.io/zone` and `kubernetes.io/arch`; compare them with `kubectl get nodes --show-labels`.',

  'concept.pod-capacity.title': 'Pods per node',
  'concept.pod-capacity':
    'Every node accepts at most its allocatable `pods` count, however much CPU is free. On EKS with the VPC CNI each pod takes an IP address from the node\'s network interfaces, so the limit follows the instance type: ENIs × (IPs per ENI − 1) + 2, which is 17 for a t3.medium. "Too many pods" means the nodes are full by count; use larger instances, more nodes, or enable prefix delegation (ENABLE_PREFIX_DELEGATION on the aws-node DaemonSet, with a matching max-pods on the nodes).',

  'concept.cordon.title': 'Cordoned nodes',
  'concept.cordon':
    '`kubectl cordon` (and `kubectl drain`, and node group upgrades) marks a node unschedulable: pods already on it keep running, but no new pod is placed there. The scheduler reports it as "node(s) were unschedulable". When the maintenance is over, `kubectl uncordon <node>` makes the node usable again.',

  'concept.scheduling-gates.title': 'Scheduling gates',
  'concept.scheduling-gates':
    'A pod with entries in `spec.schedulingGates` stays Pending with status SchedulingGated: the scheduler does not even try to place it until every gate is removed. Gates are added on purpose by a controller (for example a queueing system such as Kueue) that removes them when the pod may start. A gated pod is waiting, not broken; look at the controller that owns the gate.',

  'concept.topology-spread.title': 'Topology spread constraints',
  'concept.topology-spread':
    '`topologySpreadConstraints` keep the number of matching pods per topology domain (usually `topology.kubernetes.io/zone` or the node name) within `maxSkew` of each other. With `whenUnsatisfiable: DoNotSchedule` this is a hard rule: if the only zone with room would make the spread uneven, the pod stays Pending. `ScheduleAnyway` turns it into a preference.',

  'concept.pvc-binding.title': 'How a PVC gets its volume',
  'concept.pvc-binding':
    "A PersistentVolumeClaim asks for storage; it becomes Bound when the controller pairs it with a PersistentVolume of enough size and the same access mode and class. With a StorageClass, the class's provisioner creates that volume on demand; without one, an administrator must have created a matching PV. A pod that uses an unbound claim cannot start, so fix the claim first.",

  'concept.storage-class.title': 'StorageClass and the default class',
  'concept.storage-class':
    'A PVC\'s `storageClassName` names a StorageClass, which names the provisioner (on EKS usually `ebs.csi.aws.com`) and its parameters (such as `type: gp3`). If the named class does not exist, nothing creates the volume. A PVC without `storageClassName` gets the class annotated `storageclass.kubernetes.io/is-default-class: "true"`; newer EKS clusters may have no default class at all, and `storageClassName: ""` explicitly asks for a pre-created PV.',

  'concept.volume-binding-mode.title': 'volumeBindingMode: WaitForFirstConsumer',
  'concept.volume-binding-mode':
    'With `volumeBindingMode: WaitForFirstConsumer` a claim stays Pending on purpose until a pod that uses it is scheduled; the volume is then created in that pod\'s zone. The event "waiting for first consumer to be created before binding" is normal in that state. `Immediate` creates the volume at once, possibly in a zone where the pod cannot run.',

  'concept.csi-driver.title': 'CSI drivers on EKS',
  'concept.csi-driver':
    'Volumes are created and attached by a CSI driver. On EKS, EBS volumes need the Amazon EBS CSI driver (provisioner `ebs.csi.aws.com`), installed as the `aws-ebs-csi-driver` add-on with an IAM role that has the AmazonEBSCSIDriverPolicy; EKS Auto Mode has its own, `ebs.csi.eks.amazonaws.com`. Without the driver a claim waits forever with "Waiting for a volume to be created ... by the external provisioner"; without its IAM permissions provisioning fails with an authorization error.',

  'concept.access-modes.title': 'Access modes: RWO and RWX',
  'concept.access-modes':
    'ReadWriteOnce (RWO) lets one node mount the volume read-write (pods on that same node may share it); ReadWriteOncePod limits it to one pod; ReadWriteMany (RWX) lets many nodes mount it. An EBS volume is a block disk and supports only RWO and RWOP (io2 Multi-Attach raw block volumes aside). For storage shared by pods on several nodes use Amazon EFS (`efs.csi.aws.com`) with RWX.',

  'concept.volume-zone.title': 'EBS volumes live in one zone',
  'concept.volume-zone':
    'An EBS volume exists in a single Availability Zone and can attach only to a node in that zone, so its PersistentVolume carries a node affinity for the zone. A pod that uses it can run only there: if no node in that zone has room, the scheduler reports "volume node affinity conflict" (newer: "didn\'t match PersistentVolume\'s node affinity"). Keep nodes in every zone your volumes use, and prefer WaitForFirstConsumer classes.',

  'concept.service-selector.title': 'How a Service finds its pods',
  'concept.service-selector':
    'A Service sends traffic to the pods in its namespace whose labels match *all* of its `spec.selector` labels; the EndpointSlice controller keeps that list in EndpointSlices labelled `kubernetes.io/service-name`. One mistyped label or value leaves the Service with no endpoints, and connections to it are refused or time out. Compare the selector with `kubectl get pods --show-labels`.',

  'concept.readiness.title': 'Readiness and Service traffic',
  'concept.readiness':
    "A pod that matches a Service's selector receives traffic only while it is Ready, that is while all its containers run and their readiness probes pass. A pod that is not ready is taken out of the endpoints but not restarted. If no matching pod is ready, the Service has no ready endpoints even though its selector is right.",

  'concept.target-port.title': 'port and targetPort',
  'concept.target-port':
    "A Service's `port` is what clients connect to; `targetPort` is where the traffic goes on the pod, and defaults to the same number. A numeric targetPort is used as is, so if the container listens elsewhere connections are refused. A named targetPort must match the `name` of a containerPort in the pod; a pod without that name is left out of the endpoints.",

  'concept.load-balancer.title': 'Services of type LoadBalancer on EKS',
  'concept.load-balancer':
    "On EKS a LoadBalancer Service is served by the AWS Load Balancer Controller when it is installed and the Service asks for it (`loadBalancerClass: service.k8s.aws/nlb` or the annotation `service.beta.kubernetes.io/aws-load-balancer-type: external`), otherwise by the legacy in-tree controller. Until an AWS load balancer exists, EXTERNAL-IP shows `<pending>`. The usual blockers are the controller missing or lacking its IAM role, and subnets without the `kubernetes.io/role/elb` (public) or `kubernetes.io/role/internal-elb` tag; the Service's events say which.",

  'concept.image-pull.title': 'Pulling images',
  'concept.image-pull':
    'The kubelet pulls each image before starting the container; on failure it reports ErrImagePull and then ImagePullBackOff, retrying with a growing delay. The cause is in the "Failed to pull image" event: a wrong name or tag ("not found"), missing credentials for a private registry (`imagePullSecrets`), or no network route. From Amazon ECR, nodes pull with the node IAM role (AmazonEC2ContainerRegistryReadOnly), so no secret is needed in the same account; private subnets need a NAT gateway or VPC endpoints for ECR and S3.',

  'concept.crash-loop.title': 'CrashLoopBackOff',
  'concept.crash-loop':
    "CrashLoopBackOff is not a cause: it means the container keeps exiting and the kubelet waits longer before each restart (10 seconds, doubling up to 5 minutes). The cause is in the last termination (its reason and exit code) and in the output of the run that crashed: `kubectl logs <pod> -c <container> --previous`. Exit code 1 is usually the application's own error, such as a missing setting or an unreachable database.",

  'concept.oom.title': 'OOMKilled and memory limits',
  'concept.oom':
    'A container that uses more memory than its `resources.limits.memory` is killed by the kernel: reason OOMKilled, exit code 137. Raise the limit to what the application really needs, or make it use less (for example keep a JVM heap well below the limit). This differs from eviction, where a node short of memory removes whole pods; requests only matter for scheduling, limits are enforced while running.',

  'concept.config-references.title': 'References to ConfigMaps and Secrets',
  'concept.config-references':
    "Environment variables from `configMapKeyRef`/`secretKeyRef` and `envFrom` name a ConfigMap or Secret in the pod's own namespace. If the object or the key does not exist, the kubelet does not create the container and reports CreateContainerConfigError, retrying until it appears. Create the object or key (`kubectl create secret generic ...`), fix the name, or mark the reference `optional: true` if the application can start without it.",

  'concept.volume-mount.title': 'Mounting volumes',
  'concept.volume-mount':
    'Before any container starts, the kubelet must attach and mount every volume of the pod; until then the pod stays in ContainerCreating with FailedMount events. A ConfigMap or Secret volume whose object is missing, a claim that is not bound, or an attach that fails all block the pod. The first FailedMount event names the volume and the reason.',

  'concept.multi-attach.title': 'Multi-Attach errors',
  'concept.multi-attach':
    'An EBS volume (ReadWriteOnce) can be attached to one node at a time. When a second pod on another node uses the same claim, as with several replicas of a Deployment sharing one PVC, a rolling update whose new pod lands on another node, or an old pod stuck Terminating on a lost node, the attach/detach controller reports "Multi-Attach error". Give each replica its own volume (StatefulSet volumeClaimTemplates), use `strategy: Recreate` for a single-replica Deployment, or use EFS for shared data.',

  'concept.node-failure.title': 'A node that stopped reporting',
  'concept.node-failure':
    'The kubelet on every node reports its status to the control plane. When it stops (the instance stopped, crashed or lost its network), the node turns Ready=Unknown ("Kubelet stopped posting node status.") and gets the taints `node.kubernetes.io/unreachable` (NoSchedule and NoExecute), so no new pod goes there. Pods on it tolerate that taint for a while (tolerationSeconds, 300 s by default) and are then marked for deletion, and their controllers create replacements elsewhere. Without a kubelet to confirm, the old pods stay Terminating until the node comes back or its Node object is deleted; on EKS, check the EC2 instance and the node group.',

  'concept.eviction.title': 'Eviction under node pressure',
  'concept.eviction':
    'When a node runs short of memory, disk or process IDs, the kubelet evicts pods to protect itself: they end with status Failed, reason Evicted, and a message naming the resource. Pods using more than they requested go first, and the node gets a pressure condition and taint until it recovers. Set requests close to real usage and watch node disk (images and logs); the owning controller replaces evicted pods.',

  'concept.probes.title': 'Liveness, readiness and startup probes',
  'concept.probes':
    'A failing liveness probe makes the kubelet restart the container; a failing readiness probe only removes the pod from Service endpoints; a startup probe holds both off until the application has started. A liveness probe with too short a delay or timeout kills slow-starting applications in a loop. The "Unhealthy" events quote what the probe got back.',

  'concept.rollout.title': 'Deployment rollouts',
  'concept.rollout':
    'A rolling update creates a new ReplicaSet and shifts pods to it step by step, keeping old pods while new ones are not ready. If it makes no progress for `progressDeadlineSeconds` (default 600), the Deployment gets the condition Progressing=False with reason ProgressDeadlineExceeded, but it does not roll back by itself. Watch it with `kubectl rollout status deployment/<name>` and return to the previous version with `kubectl rollout undo deployment/<name>`.',

  'concept.resource-quota.title': 'ResourceQuota and LimitRange',
  'concept.resource-quota':
    'A ResourceQuota caps the total requests, limits or object counts in a namespace; a pod that would exceed it is rejected when created, so it never appears and the ReplicaSet or Job shows a FailedCreate event with "exceeded quota". When a quota covers CPU or memory, every pod must state those requests or limits, or get them from a LimitRange default. A LimitRange also sets a minimum and maximum per container.',

  'concept.statefulset.title': 'StatefulSets',
  'concept.statefulset':
    'A StatefulSet names its pods `<name>-0`, `<name>-1` and so on, and by default creates them in order: pod N+1 waits until pod N is running and ready, so one stuck pod blocks the rest. `spec.serviceName` must name a headless Service (`clusterIP: None`) that gives each pod a stable DNS name. `volumeClaimTemplates` create one PVC per pod, `<template>-<name>-<ordinal>`, which stays when the pod is deleted or the set is scaled down.',

  'concept.daemonset.title': 'DaemonSets and taints',
  'concept.daemonset':
    "A DaemonSet runs one pod on every node that it may use; nodes with taints it does not tolerate, or that its nodeSelector excludes, are simply not counted. It tolerates the usual node condition taints (not-ready, pressure, unschedulable) automatically, but not custom ones such as a GPU node group's taint. Each DaemonSet pod is tied to its node, so if that node lacks room the pod stays Pending instead of moving elsewhere.",

  'concept.namespace-lifecycle.title': 'Namespace deletion and finalizers',
  'concept.namespace-lifecycle':
    "Deleting a namespace sets it to Terminating; the namespace controller deletes everything in it and the namespace disappears only when nothing is left. It gets stuck when an object has a finalizer whose controller is gone, or when an aggregated API (such as metrics) is unavailable; the namespace's status conditions say which. Nothing new can be created in a Terminating namespace.",

  'concept.jobs.title': 'Jobs and completed pods',
  'concept.jobs':
    'A Job runs pods until enough of them succeed; a pod that exited with code 0 shows Completed, and that is success, not a problem. Failed pods are retried with a growing delay up to `backoffLimit` (default 6), after which the Job fails with reason BackoffLimitExceeded; `activeDeadlineSeconds` caps the total time. Read the failure in the logs of the last failed pod.',

  'concept.autoscaling.title': 'HorizontalPodAutoscaler (automatic scaling)',
  'concept.autoscaling':
    "A HorizontalPodAutoscaler keeps changing the replica count of a Deployment or StatefulSet between `minReplicas` and `maxReplicas` to hold a metric near its target. CPU and memory usage come from the resource metrics API (metrics.k8s.io) that metrics-server serves; without it the HPA shows ScalingActive=False and never scales. A Utilization target is a percentage of the containers' requests, so every container must set that request. At `maxReplicas` it adds no more pods however high the metric goes (ScalingLimited=True, reason TooManyReplicas).",
} as const;
