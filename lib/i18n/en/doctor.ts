/** English messages for this area; the source of truth for ko/doctor.ts. */
export const doctor = {
  'doctor.kubeconfig.none':
    'No kubeconfig was found (checked --kubeconfig, $KUBECONFIG and ~/.kube/config), or it has no contexts.',
  'doctor.kubeconfig.none.fix':
    'Run `npx tsx scripts/setup-eks.ts --cluster <name>` (or `aws eks update-kubeconfig --name <name>`) to create one, or diagnose a saved dump with --from-file.',
  'doctor.kubeconfig.inClusterNoToken':
    'Running in a pod (KUBERNETES_SERVICE_HOST is set) without a kubeconfig, but the service-account token {path} is missing: set automountServiceAccountToken: true on the pod or its ServiceAccount, or pass --kubeconfig.',
  'doctor.kubeconfig.missingFile': 'The kubeconfig file {path} does not exist.',
  'doctor.kubeconfig.unreadable': 'The kubeconfig file {path} could not be read or is not a valid kubeconfig.',
  'doctor.kubeconfig.noSuchContext': 'The kubeconfig has no context named "{context}". Contexts: {known}.',
  'doctor.kubeconfig.noCurrentContext': 'The kubeconfig sets no current context.',
  'doctor.kubeconfig.noCurrentContext.fix':
    'Pass --context <name>, or pick one with `kubectl config use-context <name>` (list them with `kubectl config get-contexts`).',
  'doctor.kubeconfig.noCluster':
    'The context "{context}" names a cluster that is missing from the kubeconfig or has no server address.',

  'doctor.file.notFound': 'The file {path} does not exist.',
  'doctor.file.unreadable': 'The file {path} could not be read ({reason}).',
  'doctor.file.empty': 'The file {path} is empty.',
  'doctor.file.invalidJson': 'The file {path} is not valid JSON (the document starting at line {line}).',
  'doctor.file.invalidYaml': 'The file {path} is neither valid JSON nor valid YAML.',
  'doctor.file.noObjects':
    'The file {path} holds no Kubernetes objects the doctor reads. Save one with --save-snapshot, or with `kubectl get pods,events,pvc,svc -n <namespace> -o json > file.json`.',
  'doctor.file.mixedSnapshot':
    'The file {path} holds a saved snapshot together with other documents; give the snapshot on its own.',
  'doctor.file.fix': 'Pass a file written by --save-snapshot, or the output of `kubectl get ... -o json` / `-o yaml`.',
  'doctor.file.tooLarge': 'The input {path} is larger than the {limit} the doctor reads.',
  'doctor.file.tooLarge.fix':
    'Narrow the dump to one namespace (`kubectl get ... -n <namespace> -o json`), or raise the limit with --max-input-size (for example --max-input-size 1Gi) or DOCTOR_MAX_INPUT_SIZE.',
  'doctor.file.dropped':
    'Skipped {count} object(s) in {path} that are not usable API objects (no name, or not an object); the report leaves them out.',

  'doctor.save.failed': 'Could not write the snapshot to {path} ({reason}).',
  'doctor.save.done': 'Snapshot saved to {path} (ConfigMap and Secret values are not included).',
  'doctor.save.replaced':
    'Snapshot saved to {path}, replacing the file that was there (ConfigMap and Secret values are not included).',
  'doctor.save.stdout': 'Snapshot written to standard output (ConfigMap and Secret values are not included).',
  'doctor.save.sameAsInput':
    'Not saving the snapshot to {path}: it is the --from-file input, which would be overwritten. Choose another file.',

  'doctor.usage.badSize': '{flag} "{value}" is not a size: use bytes or a quantity such as 512Mi or 1Gi.',
  'doctor.usage.namespaceAndAll': 'Use either -n/--namespace or -A/--all-namespaces, not both.',
  'doctor.usage.badObject':
    'Cannot read --object "{value}": use KIND/NAME with a kubectl kind name, e.g. deploy/api, sts/db, svc/web, pvc/data-db-0, po/web-1.',
  'doctor.object.clusterScope': 'the cluster',
  'doctor.object.notFound': 'There is no {kind} named {name} in {scope}: check the name with kubectl get {resource}.',
  'doctor.usage.badOutput': 'Unknown output format "{value}": use text, json, junit, markdown or html.',
  'doctor.usage.badFailOn': 'Unknown --fail-on level "{value}": use error, warning, info or never.',
  'doctor.usage.badSelector':
    'The label selector "{value}" is not valid. Examples: app=web, tier!=cache, env in (prod,staging), !canary.',
  'doctor.usage.unknownCheck': 'Unknown check id for {flag}: {ids}. Valid ids: {valid}.',
  'doctor.usage.badTimeout':
    'The request timeout "{value}" is not a duration above zero: use for example 20s, 1m or 500ms.',

  'doctor.unreadable': 'Could not read the cluster, so nothing was diagnosed.',
  'doctor.unreadable.context': 'Context: {context} ({server})',
  'doctor.progress.reading': 'Reading {scope}',
  'doctor.progress.readingDone': 'Read {scope}: {done}/{total} kinds',
  'doctor.progress.allNamespaces': 'all namespaces',
  'doctor.progress.namespace': 'namespace {namespace}',

  'doctor.help': `Usage: {program} [options]

Reads one namespace once (pods, events, volumes, services, workloads, and the nodes,
volumes and storage classes they use) and explains in plain words what is wrong and
what to do. It only reads: nothing is ever changed in the cluster.

Where to look:
  -n, --namespace NS       namespace to diagnose (default: the kubeconfig context's namespace, else "default")
  -A, --all-namespaces     diagnose every namespace you can read
      --context NAME       kubeconfig context to use (default: the current context)
      --kubeconfig FILE    kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)
      --from-file FILE     diagnose a saved snapshot or a \`kubectl get ... -o json|yaml\` dump instead of a cluster (- reads stdin)
      --save-snapshot FILE also save what was read, as JSON (0600; ConfigMap and Secret values are never included)
      --request-timeout D  time limit per API request, e.g. 20s, 1m (default 20s)
      --max-input-size N   refuse a --from-file input larger than this, e.g. 1Gi (default 256Mi; env DOCTOR_MAX_INPUT_SIZE)

What to report:
  -l, --selector SEL       only findings about objects with these labels (app=web, env in (a,b), !canary)
      --only IDS           run only these checks (comma-separated ids)
      --skip IDS           skip these checks
  -o, --output FORMAT      text (default), json, junit, markdown or html (one self-contained page with the
                           summary, the namespace map and each incident's chain, to attach to a ticket)
      --brief              print only the summary: one line per incident (root cause, objects affected, first command)
      --object KIND/NAME   diagnose one object (deploy/api, sts/db, svc/web, pvc/data, po/web-1): its problems and
                           those of the pods behind it (a controller's, a Service's), what they come from (the
                           root cause it depends on) and what else that cause breaks
      --explain            add a short lesson on the concept behind each finding
      --lang en|ko         language (default: from LANG / LC_ALL)
      --fail-on LEVEL      error (default), warning, info or never: the lowest severity that makes the exit code 1
  -v, --verbose            log each API request (method, path, status, time) on stderr; also DEBUG=1
  -h, --help               show this help

Exit codes:
  0  no incident at or above --fail-on
  1  incidents at or above --fail-on (an incident is as severe as its worst finding)
  2  usage error, or an unreadable --from-file / --kubeconfig
  3  the cluster could not be read at all (unreachable, credentials refused, TLS, credential plugin)
  4  a check crashed (the other checks still reported); wins over 1
  5  the report could not be written (disk full, I/O error); a closed pipe (| head) ends quietly
  130 interrupted (Ctrl-C); no partial output is left

Checks: {checks}

Examples:
  {program} -n shop
  {program} -n shop -o junit --fail-on warning > doctor.xml
  {program} -n shop -o html > doctor.html
  kubectl get pods,events,pvc -n shop -o json > dump.json && {program} --from-file dump.json --lang ko`,
} as const;
