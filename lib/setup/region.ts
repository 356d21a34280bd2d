import { msg } from '../i18n/index.ts';
import type { SetupDeps, SetupOptions } from './setup-context.ts';
import { StepError } from './step-error.ts';

/** --region, else AWS_REGION / AWS_DEFAULT_REGION, else the profile's region as the SDK resolves it. */
export async function resolveRegion(
  options: Pick<SetupOptions, 'region' | 'profile'>,
  deps: Pick<SetupDeps, 'env' | 'profileRegion'>,
): Promise<string> {
  const region =
    options.region || deps.env.AWS_REGION || deps.env.AWS_DEFAULT_REGION || (await deps.profileRegion(options.profile));
  if (!region)
    throw new StepError(msg('awsError.regionMissing'), msg('awsError.regionMissing.fix'), [
      'aws configure set region ap-northeast-2' + (options.profile ? ` --profile ${options.profile}` : ''),
    ]);
  return region;
}
