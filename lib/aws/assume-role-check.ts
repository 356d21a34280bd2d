import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';

/** The session name the check's AssumeRole shows in CloudTrail. */
export const CHECK_SESSION_NAME = 'eks-guide-check';

/**
 * Proves the caller may assume roleArn (the role's trust policy and the caller's sts:AssumeRole)
 * with one 15-minute session, the shortest STS allows. The temporary credentials are dropped
 * here, unread, so nothing above can print or keep them. Rejects with the SDK error.
 */
export async function checkAssumeRole(sts: STSClient, roleArn: string): Promise<void> {
  await sts.send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: CHECK_SESSION_NAME, DurationSeconds: 900 }),
  );
}
