import { msg, type Message } from '../i18n/index.ts';

export type AwsErrorClass =
  | 'noCredentials'
  | 'profileNotFound'
  | 'expired'
  | 'invalidCredentials'
  | 'accessDenied'
  | 'notFound'
  | 'throttled'
  | 'regionMissing'
  | 'network'
  | 'invalidRequest'
  | 'unknown';

/** An AWS failure reduced to its class, with what to tell the user and what to do. */
export interface ClassifiedAwsError {
  kind: AwsErrorClass;
  /** The AWS error code or name, e.g. AccessDeniedException. */
  code: string;
  /** The service's own one-line message (no stack, no request data). */
  detail: string;
  problem: Message;
  fix: Message;
}

interface AwsLikeError {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedException',
]);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'TokenRefreshRequired']);
// A key AWS does not know (deleted, mistyped) or a secret that does not match: logging in again will not help.
const INVALID_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
]);
const NOT_FOUND = new Set(['ResourceNotFoundException', 'NoSuchEntity', 'NoSuchEntityException', 'NotFoundException']);
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded']);
const NETWORK = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN',
  'TimeoutError',
  'NetworkingError',
]);

/**
 * Classifies an AWS SDK v3 error once, so every step speaks in these classes.
 * `operation` names the API call (e.g. eks:DescribeCluster) for the access-denied advice.
 */
export function classifyAwsError(
  error: unknown,
  context: { operation?: string; profile?: string; knownProfiles?: ReadonlySet<string> } = {},
): ClassifiedAwsError {
  const e = (error ?? {}) as AwsLikeError;
  const code = e.name && e.name !== 'Error' ? e.name : (e.Code ?? e.code ?? 'Error');
  const detail = firstLine(e.message ?? String(error));
  const operation = context.operation ?? 'this operation';
  const profileFlag = context.profile ? ` --profile ${context.profile}` : '';
  const make = (kind: AwsErrorClass, problem: Message, fix: Message): ClassifiedAwsError => ({
    kind,
    code,
    detail,
    problem,
    fix,
  });

  if (/region is missing|missing region/i.test(detail)) {
    return make('regionMissing', msg('awsError.regionMissing'), msg('awsError.regionMissing.fix'));
  }
  const profileMatch =
    /profile[: ]+\[?"?([\w.@+-]+)"?\]? (?:could not be found|not found)|could not resolve credentials using profile: \[([^\]]+)\]/i.exec(
      detail,
    );
  if (profileMatch && !/sso/i.test(detail)) {
    const profile = profileMatch[1] ?? profileMatch[2] ?? context.profile ?? '';
    return make(
      'profileNotFound',
      msg('awsError.profileNotFound', { profile }),
      msg('awsError.profileNotFound.fix', { profile }),
    );
  }
  if (INVALID_CREDENTIALS.has(code)) {
    return make(
      'invalidCredentials',
      msg('awsError.invalidCredentials'),
      msg('awsError.invalidCredentials.fix', { profileFlag }),
    );
  }
  if (EXPIRED.has(code) || /expired|token.*refresh|sso session/i.test(detail)) {
    return make('expired', msg('awsError.expired'), msg('awsError.expired.fix', { profileFlag }));
  }
  if (
    code === 'CredentialsProviderError' ||
    /could not load credentials|unable to locate credentials|no credentials/i.test(detail)
  ) {
    // The SDK's credential chain says only "Could not load credentials from any providers" for a
    // --profile that does not exist; the caller passes the configured profiles to tell them apart.
    if (context.profile && context.knownProfiles && !context.knownProfiles.has(context.profile)) {
      return make(
        'profileNotFound',
        msg('awsError.profileNotFound', { profile: context.profile }),
        msg('awsError.profileNotFound.fix', { profile: context.profile }),
      );
    }
    return make('noCredentials', msg('awsError.noCredentials'), msg('awsError.noCredentials.fix'));
  }
  if (ACCESS_DENIED.has(code) || e.$metadata?.httpStatusCode === 403) {
    return make(
      'accessDenied',
      msg('awsError.accessDenied', { operation }),
      msg('awsError.accessDenied.fix', { operation }),
    );
  }
  if (NOT_FOUND.has(code) || e.$metadata?.httpStatusCode === 404) {
    return make('notFound', msg('awsError.notFound', { detail }), msg('awsError.notFound.fix'));
  }
  if (THROTTLED.has(code) || e.$metadata?.httpStatusCode === 429) {
    return make('throttled', msg('awsError.throttled', { operation }), msg('awsError.throttled.fix'));
  }
  if (
    NETWORK.has(code) ||
    NETWORK.has(e.code ?? '') ||
    /ECONNREFUSED|ENOTFOUND|getaddrinfo|socket hang up/.test(detail)
  ) {
    return make('network', msg('awsError.network', { detail }), msg('awsError.network.fix'));
  }
  if (
    code === 'InvalidRequestException' ||
    code === 'InvalidParameterException' ||
    code === 'ValidationError' ||
    code === 'ValidationException'
  ) {
    return make('invalidRequest', msg('awsError.invalidRequest', { detail }), msg('awsError.invalidRequest.fix'));
  }
  return make('unknown', msg('awsError.unknown', { detail: `${code}: ${detail}` }), msg('awsError.unknown.fix'));
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
