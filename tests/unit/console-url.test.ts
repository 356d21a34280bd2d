import { describe, expect, it } from 'vitest';
import { eksConsoleUrl } from '../../lib/aws/console-url.ts';

describe('EKS console link', () => {
  it('uses the console host of the cluster ARN partition', () => {
    expect(eksConsoleUrl('arn:aws:eks:ap-northeast-2:111122223333:cluster/prod', 'prod', 'ap-northeast-2')).toBe(
      'https://ap-northeast-2.console.aws.amazon.com/eks/home?region=ap-northeast-2#/clusters/prod',
    );
    expect(eksConsoleUrl('arn:aws-cn:eks:cn-north-1:111122223333:cluster/prod', 'prod', 'cn-north-1')).toBe(
      'https://cn-north-1.console.amazonaws.cn/eks/home?region=cn-north-1#/clusters/prod',
    );
    expect(eksConsoleUrl('arn:aws-us-gov:eks:us-gov-west-1:111122223333:cluster/prod', 'prod', 'us-gov-west-1')).toBe(
      'https://us-gov-west-1.console.amazonaws-us-gov.com/eks/home?region=us-gov-west-1#/clusters/prod',
    );
  });
});
