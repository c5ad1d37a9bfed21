/**
 * Every failure of a GitHub read becomes a GitHubSourceError whose message starts "could not
 * verify:", says which request failed and what to do about it.
 */
import { UserError } from '../../core/errors.js';

export class GitHubSourceError extends UserError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message.startsWith('could not verify: ') ? message : `could not verify: ${message}`, options);
    this.name = 'GitHubSourceError';
  }
}

/** GitHub's API lists at most 3000 files of a pull request; beyond that it cannot be judged from the API. */
export class TooManyFilesError extends GitHubSourceError {
  constructor(
    readonly pullNumber: number,
    readonly fileCount: number | undefined,
    readonly maxFiles: number,
  ) {
    const count = fileCount === undefined ? `at least ${maxFiles}` : String(fileCount);
    super(
      `pull request #${pullNumber} changes ${count} files and GitHub's API lists at most ${maxFiles}, ` +
        'so some changed files cannot be seen (check the repository out with actions/checkout and ' +
        'fetch-depth: 0 so rollout-guard reads the change with git)',
    );
    this.name = 'TooManyFilesError';
  }
}

const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError']);

interface ErrorLike {
  name?: string;
  message?: string;
  status?: number;
  cause?: unknown;
  response?: { headers?: Record<string, string | number | undefined> };
  /** GraphqlResponseError carries them here; the throttling plugin's rate-limit error under `data`. */
  errors?: GraphQLErrors;
  data?: { errors?: GraphQLErrors };
}

type GraphQLErrors = Array<{ type?: string; message?: string }>;

const asErrorLike = (error: unknown): ErrorLike =>
  typeof error === 'object' && error !== null ? error : { message: String(error) };

function isTimeout(error: ErrorLike): boolean {
  const cause = error.cause === undefined ? undefined : asErrorLike(error.cause);
  return TIMEOUT_NAMES.has(error.name ?? '') || TIMEOUT_NAMES.has(cause?.name ?? '');
}

function rateLimitReset(error: ErrorLike): string | undefined {
  const headers = error.response?.headers;
  if (headers === undefined || String(headers['x-ratelimit-remaining']) !== '0') return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'unknown';
}

function explain(error: ErrorLike, permission: string): { reason: string; advice: string } {
  const detail = (error.message ?? '').split(' - https://')[0];
  if (isTimeout(error)) {
    return { reason: 'got no answer in time', advice: 'GitHub may be slow or unreachable; re-run the job' };
  }
  const graphqlErrors = error.errors ?? error.data?.errors;
  if (Array.isArray(graphqlErrors)) {
    const types = new Set(graphqlErrors.map((e) => e.type));
    const messages = graphqlErrors.map((e) => e.message).join('; ');
    if (types.has('RATE_LIMITED')) {
      const reset = rateLimitReset(error);
      return {
        reason: `hit GitHub's GraphQL rate limit${reset === undefined ? '' : ` (it resets at ${reset})`}`,
        advice: 're-run the job after the reset, or use a token with a higher limit',
      };
    }
    const advice = types.has('FORBIDDEN')
      ? `give the token the ${permission} permission`
      : 'check that the repository and commits exist and the token can read them';
    return { reason: `returned errors: ${messages}`, advice };
  }
  const status = error.status;
  const reset = rateLimitReset(error);
  if ((status === 403 || status === 429) && reset !== undefined) {
    return {
      reason: `hit GitHub's API rate limit (it resets at ${reset})`,
      advice: 're-run the job after the reset, or use a token with a higher limit',
    };
  }
  if (status === 429 || (status === 403 && /secondary rate limit/i.test(detail ?? ''))) {
    return { reason: "hit GitHub's secondary rate limit", advice: 're-run the job in a few minutes' };
  }
  switch (status) {
    case 401:
      return {
        reason: `was refused (401 ${detail})`,
        advice: "the token is invalid or expired; check the action's token input",
      };
    case 403:
      return {
        reason: `was refused (403 ${detail})`,
        advice: `give the token the ${permission} permission (permissions: in the workflow)`,
      };
    case 404:
      return {
        reason: `found nothing (404 ${detail})`,
        advice: 'check that the repository, pull request and commit exist and the token can read them',
      };
  }
  if (status !== undefined && status >= 500) {
    return {
      reason: `failed with ${status} (${detail}) after retries`,
      advice: 'GitHub had trouble answering; re-run the job',
    };
  }
  if (status !== undefined) return { reason: `failed with ${status} (${detail})`, advice: 'see the message' };
  return { reason: `failed: ${detail}`, advice: 'check the network and GITHUB_API_URL' };
}

function requestFailed(request: string, permission: string, error: unknown): GitHubSourceError {
  if (error instanceof GitHubSourceError) return error;
  const { reason, advice } = explain(asErrorLike(error), permission);
  return new GitHubSourceError(`${request} ${reason} (${advice})`, { cause: error });
}

export function unexpectedAnswer(request: string, what: string): GitHubSourceError {
  return new GitHubSourceError(
    `${request} answered with ${what}, not what GitHub sends (re-run the job; check GITHUB_API_URL if it persists)`,
  );
}

export async function call<T>(request: string, permission: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw requestFailed(request, permission, error);
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The API refused the request or found nothing to answer it with: HTTP 403 or 404 that is not a
 * rate limit, or GraphQL errors that are all FORBIDDEN or NOT_FOUND: a permission the token lacks,
 * not a fault that a re-run could cure.
 */
export function isRefusal(error: unknown): boolean {
  const e = asErrorLike(error instanceof GitHubSourceError ? error.cause : error);
  const graphqlErrors = e.errors ?? e.data?.errors;
  if (Array.isArray(graphqlErrors)) {
    return (
      graphqlErrors.length > 0 && graphqlErrors.every((g) => g.type === 'FORBIDDEN' || g.type === 'NOT_FOUND')
    );
  }
  if (e.status === 404) return true;
  return (
    e.status === 403 && rateLimitReset(e) === undefined && !/secondary rate limit/i.test(e.message ?? '')
  );
}
