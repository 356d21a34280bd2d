import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sdkActions, sourceFiles } from './code-scan.ts';

interface Statement {
  Sid: string;
  Effect: string;
  Action: string[];
  Resource: string | string[];
}
const policy = JSON.parse(readFileSync(join(ROOT, 'policies', 'eks-guide-readonly.iam.json'), 'utf8')) as {
  Version: string;
  Statement: Statement[];
};
const policyActions = policy.Statement.flatMap((s) => s.Action);

describe('policies/eks-guide-readonly.iam.json', () => {
  const inCode = sdkActions(sourceFiles('lib', 'scripts', 'checks'));
  const expected = new Set(inCode.keys());

  it('the scan sees the SDK calls it must (static and lazy imports alike)', () => {
    // If these vanish the scan broke, not the code: a scan that finds nothing would pass an empty policy.
    expect(inCode.get('eks:DescribeCluster')).toContain('lib/aws/eks-cluster.ts');
    expect(inCode.get('sts:AssumeRole')).toContain('lib/aws/eks-token-source.ts');
    expect(inCode.has('eks:ListAddons')).toBe(true);
  });

  it('allows every EKS, STS and IAM action the code sends', () => {
    const missing = [...expected].filter((a) => !policyActions.includes(a));
    expect(missing, `add to the policy: ${missing.join(', ')}`).toEqual([]);
  });

  it('allows nothing the code does not send', () => {
    const extra = policyActions.filter((a) => !expected.has(a));
    expect(extra, `no code sends these; remove them: ${extra.join(', ')}`).toEqual([]);
  });

  it('is read-only in shape: Allow only, exact action names, no duplicates', () => {
    expect(policy.Version).toBe('2012-10-17');
    for (const s of policy.Statement) {
      expect(s.Effect).toBe('Allow');
      for (const a of s.Action) expect(a).toMatch(/^(eks|sts|iam):[A-Z][A-Za-z]+$/);
    }
    expect(new Set(policyActions).size).toBe(policyActions.length);
    // No write verb hides among the reads (sts:AssumeRole only proves a role can be taken, and drops it).
    expect(policyActions.filter((a) => !/:(Describe|List|Get)/.test(a))).toEqual(['sts:AssumeRole']);
  });
});
