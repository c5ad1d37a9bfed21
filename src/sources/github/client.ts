/**
 * The GitHub API client: @actions/github's Octokit (REST methods, pagination, proxy support) with
 * bounded retries on server errors and bounded waits on rate limits, and a time-out on every
 * request. Every wait is bounded, so a run that cannot reach GitHub fails in bounded time.
 */
import { GitHub, defaults, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

const GitHubWithRetries = GitHub.plugin(retry, throttling);

export type Octokit = InstanceType<typeof GitHubWithRetries>;

export interface ClientOptions {
  /** REST API root, e.g. `https://ghes.example.com/api/v3`. Default: `GITHUB_API_URL`, then api.github.com. */
  baseUrl?: string;
  /** Each HTTP request (each retry too) is aborted after this long. Default: 30 000. */
  requestTimeoutMs?: number;
  /** Retries of a request that failed with a server error or timed out. Default: 3. */
  maxRetries?: number;
  /**
   * Unit of every back-off and rate-limit wait: the n-th retry of a server error waits n² units,
   * a rate limit waits its `retry-after` seconds in units. Tests make it tiny. Default: 1000.
   */
  retryAfterBaseMs?: number;
  /** Receives one line for each rate-limit wait and each warning from Octokit. */
  log?: (msg: string) => void;
}

/** A rate-limited request is retried at most this often. */
export const MAX_RATE_LIMIT_RETRIES = 2;
/** Waits for rate limits, summed over the client's life, never exceed this (in GitHub seconds). */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_RETRY_BASE_MS = 1000;

/**
 * Status codes the retry plugin leaves alone: client errors that a retry cannot fix, and the rate
 * limits (403, 429), which the throttling plugin retries after the wait GitHub asks for.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

type Fetch = typeof globalThis.fetch;

/** Gives every HTTP request its own time-out, including the reading of the response body. */
function withTimeout(fetchImpl: Fetch, timeoutMs: number): Fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetchImpl(input, { ...init, signal });
  };
}

/**
 * The throttling plugin spaces every GraphQL query (and every write) a second apart and runs them
 * one at a time. The queries here only read, and their callers bound their concurrency, so that
 * group lets them through. Creating comments is still spaced out by the plugin's notifications group.
 */
const UNTHROTTLED_GROUP = {
  key: () => ({ schedule: <T>(_options: unknown, job: () => Promise<T>) => job() }),
} as unknown as NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

export function createClient(token: string, options: ClientOptions = {}): Octokit {
  const log = options.log ?? (() => undefined);
  const baseMs = options.retryAfterBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const baseUrl = options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com');
  let waitedSeconds = 0;

  const mayWait = (
    kind: string,
    retryAfter: number,
    route: { method: string; url: string },
    retryCount: number,
  ) => {
    const request = `${route.method} ${route.url}`;
    if (retryCount >= MAX_RATE_LIMIT_RETRIES) {
      log(`${kind} on ${request}: giving up after ${retryCount} retries`);
      return false;
    }
    if (waitedSeconds + retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      log(
        `${kind} on ${request}: GitHub asks to wait ${retryAfter}s, more than this run waits for rate limits`,
      );
      return false;
    }
    waitedSeconds += retryAfter;
    log(`${kind} on ${request}: retrying in ${retryAfter}s (${retryCount + 1}/${MAX_RATE_LIMIT_RETRIES})`);
    return true;
  };

  const baseFetch: Fetch = (defaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch;
  return new GitHubWithRetries(
    getOctokitOptions(token, {
      baseUrl,
      userAgent: 'rollout-guard',
      request: {
        ...defaults.request,
        fetch: withTimeout(baseFetch, options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS),
      },
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
      retry: {
        retries: options.maxRetries ?? DEFAULT_RETRIES,
        retryAfterBaseValue: baseMs,
        doNotRetry: DO_NOT_RETRY,
      },
      throttle: {
        retryAfterBaseValue: baseMs,
        write: UNTHROTTLED_GROUP,
        onRateLimit: (retryAfter, route, _octokit, retryCount) =>
          mayWait('rate limit', retryAfter, route, retryCount),
        onSecondaryRateLimit: (retryAfter, route, _octokit, retryCount) =>
          mayWait('secondary rate limit', retryAfter, route, retryCount),
      },
    }),
  );
}
