import { STSServiceException } from '@aws-sdk/client-sts';

/** An AWS service error shaped as SDK v3 throws it (name, $fault, $metadata, message). */
export function awsError<T extends typeof STSServiceException>(
  Base: T,
  name: string,
  message: string,
  status = 400,
): InstanceType<T> {
  return new Base({
    name,
    message,
    $fault: 'client',
    $metadata: { httpStatusCode: status, requestId: 'c0ffee00-0000-4000-8000-000000000000' },
  }) as InstanceType<T>;
}
