import type { ClusterFacts } from '../aws/eks-cluster.ts';
import { parseArn, roleNameOf } from '../aws/arn.ts';
import type { Principal } from './setup-context.ts';

/** The EKS view access policy in the principal's partition (aws, aws-cn, aws-us-gov). */
function viewPolicy(principalArn: string): string {
  const partition = parseArn(principalArn)?.partition ?? 'aws';
  return `arn:${partition}:eks::aws:cluster-access-policy/AmazonEKSViewPolicy`;
}

/** What an administrator runs to give the principal an access entry with read access to the namespace. */
export function accessEntryCommands(
  cluster: ClusterFacts,
  principal: Principal,
  namespace: string,
  entryExists: boolean,
): string[] {
  const base = `--cluster-name ${cluster.name} --principal-arn ${principal.fullArn}`;
  const commands: string[] = [];
  if (!principal.pathKnown && principal.kind === 'role') {
    // The entry must name the role with its real path; STS hides it.
    commands.push(`aws iam get-role --role-name ${roleNameOf(principal.fullArn)} --query Role.Arn --output text`);
  }
  if (!entryExists) commands.push(`aws eks create-access-entry ${base} --region ${cluster.region}`);
  commands.push(
    `aws eks associate-access-policy ${base} --policy-arn ${viewPolicy(principal.fullArn)} --access-scope type=namespace,namespaces=${namespace} --region ${cluster.region}`,
  );
  return commands;
}

/** The aws-auth rows and RoleBinding an administrator adds on a CONFIG_MAP cluster (the ARN without a path). */
export function awsAuthCommands(principal: Principal, namespace: string): string[] {
  const group = `eks-guide-${namespace}-viewers`;
  const name = principal.pathlessArn.split('/').pop() ?? 'user';
  const row =
    principal.kind === 'user'
      ? [
          'mapUsers: |',
          `  - userarn: ${principal.pathlessArn}`,
          `    username: ${name}`,
          '    groups:',
          `      - ${group}`,
        ]
      : [
          'mapRoles: |',
          `  - rolearn: ${principal.pathlessArn}`,
          `    username: ${name}:{{SessionName}}`,
          '    groups:',
          `      - ${group}`,
        ];
  return [
    'kubectl edit configmap aws-auth -n kube-system   # add under data:',
    ...row.map((line) => `    ${line}`),
    `kubectl create rolebinding eks-guide-view -n ${namespace} --clusterrole=view --group=${group}`,
  ];
}
