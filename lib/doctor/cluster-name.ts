import type { Snapshot } from './snapshot.ts';

/** The EKS cluster name from the kubeconfig context (aws CLI ARN or eksctl style), else "<cluster>". */
export function clusterNameOf(snapshot: Snapshot): string {
  const context = snapshot.context ?? '';
  const arn = /^arn:aws[a-z-]*:eks:[^:]+:\d+:cluster\/(.+)$/.exec(context);
  if (arn?.[1]) return arn[1];
  const eksctl = /^[^@]+@([^.]+)\.[^.]+\.eksctl\.io$/.exec(context);
  return eksctl?.[1] ?? '<cluster>';
}
