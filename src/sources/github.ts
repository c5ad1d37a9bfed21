/**
 * The GitHub API source: builds a ChangeSet for a pull request from the REST and GraphQL APIs,
 * without a checkout. One function per endpoint; the client and repository are passed in.
 *
 * It never returns a partial answer: any API error, time-out or truncated listing becomes a
 * GitHubSourceError whose message starts "could not verify:", says which request failed and what
 * to do about it. Request count for a pull request of n files:
 * 1 (files, per 100) + ⌈lookups / 100⌉ GraphQL queries + 2 (check runs, statuses), where a
 * modified file is two lookups (base and head) and the policy file one.
 */
import type { ChangeSet, ChangeStatus, ChangedFile, CheckRun, FileContent } from '../core/model.js';
import type { Octokit } from './github-client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export class GitHubSourceError extends Error {
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

// ---------------------------------------------------------------------------------------------
// Errors

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
  typeof error === 'object' && error !== null ? (error as ErrorLike) : { message: String(error) };

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

// ---------------------------------------------------------------------------------------------
// Pull request

export interface PullRequestInfo {
  number: number;
  title: string;
  body: string;
  labels: string[];
  /** Login of the author; undefined when the account was deleted. */
  author?: string;
  baseSha: string;
  headSha: string;
  baseRef: string;
  /** `owner/name` of the repository the change comes from; undefined when that fork was deleted. */
  headRepoFullName?: string;
  /** The change comes from another repository, so the token cannot write to this one. */
  isFork: boolean;
  /** The number of changed files GitHub counts (the file listing stops at 3000). */
  changedFiles: number;
}

export async function getPullRequest(
  client: Octokit,
  repo: RepoRef,
  number: number,
): Promise<PullRequestInfo> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}`;
  const { data } = await call(request, 'pull-requests: read', () =>
    client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: number }),
  );
  const pull: unknown = data;
  if (!isRecord(pull) || !isRecord(pull.head) || !isRecord(pull.base) || typeof pull.head.sha !== 'string') {
    throw unexpectedAnswer(request, 'no pull request');
  }
  const headRepo = data.head.repo;
  const baseRepo = data.base.repo;
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    labels: data.labels.map((label) => label.name),
    author: data.user?.login ?? undefined,
    baseSha: data.base.sha,
    headSha: data.head.sha,
    baseRef: data.base.ref,
    headRepoFullName: headRepo?.full_name ?? undefined,
    isFork: headRepo === null || headRepo.full_name !== baseRepo.full_name,
    changedFiles: data.changed_files,
  };
}

// ---------------------------------------------------------------------------------------------
// After the verdict: the head again, and the comments

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

export interface PullRequestComment {
  /** The REST id (GraphQL `fullDatabaseId`: comment ids no longer fit GraphQL's 32-bit Int). */
  id: number;
  body: string;
  /**
   * Null when the account was deleted. `isBot`: a GitHub App's bot, whose login GraphQL gives
   * without the `[bot]` that REST and `viewer` add (`github-actions`, not `github-actions[bot]`).
   */
  author: { login: string; isBot: boolean } | null;
}

/** The comments as read, or the refusal (see isRefusal) that kept them from being read. */
export type PullRequestComments =
  | {
      /** The token's login, as GraphQL's `viewer` gives it (`name[bot]` for an app's token). */
      viewer: string;
      /** Oldest first: all of them, or the newest MAX_COMMENT_PAGES pages when not `complete`. */
      comments: PullRequestComment[];
      complete: boolean;
    }
  | { refused: GitHubSourceError };

export interface PullRequestState {
  /** The pull request's head commit now. */
  headSha: string;
  /** Only when asked for. */
  comments?: PullRequestComments;
}

/** GraphQL's largest page, and the most pages read: the newest 3000 comments. */
const COMMENTS_PER_PAGE = 100;
export const MAX_COMMENT_PAGES = 30;

const PULL_HEAD_QUERY = `query PullRequestHead($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) { headRefOid }
  }
}`;

const PULL_STATE_QUERY = `query PullRequestState($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      headRefOid
      comments(last: ${COMMENTS_PER_PAGE}, before: $cursor) {
        nodes { fullDatabaseId body author { __typename login } }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
}`;

/**
 * The pull request's head commit and, with `comments`, its comments and the token's login: one
 * GraphQL query, then one more per 100 older comments (newest first, at most MAX_COMMENT_PAGES).
 *
 * The first query failing throws, like every read here. A refusal (see isRefusal) to read older
 * pages comes back as `comments.refused`: the head was read by then.
 */
export async function readPullRequestState(
  client: Octokit,
  repo: RepoRef,
  number: number,
  options: { comments: boolean },
): Promise<PullRequestState> {
  const what = `pull request #${number} of ${repo.owner}/${repo.repo}`;
  const variables = { owner: repo.owner, name: repo.repo, number };
  if (!options.comments) {
    const request = `POST /graphql (head of ${what})`;
    const data: unknown = await call(request, 'pull-requests: read', () =>
      client.graphql(PULL_HEAD_QUERY, variables),
    );
    return { headSha: pullRequestNode(request, data, repo, number).headRefOid };
  }

  const request = `POST /graphql (head and comments of ${what})`;
  const data: unknown = await call(request, 'pull-requests: read', () =>
    client.graphql(PULL_STATE_QUERY, { ...variables, cursor: null }),
  );
  const pullRequest = pullRequestNode(request, data, repo, number);
  const viewer = isRecord(data) && isRecord(data.viewer) ? data.viewer.login : undefined;
  if (typeof viewer !== 'string' || viewer === '') throw unexpectedAnswer(request, 'no viewer login');
  let page = commentsPage(request, pullRequest);
  const comments = page.comments;
  for (let pages = 1; page.before !== undefined && pages < MAX_COMMENT_PAGES; pages++) {
    const older = `POST /graphql (comments of ${what}, page ${pages + 1})`;
    const before = page.before;
    let answer: unknown;
    try {
      answer = await call(older, 'pull-requests: read', () =>
        client.graphql(PULL_STATE_QUERY, { ...variables, cursor: before }),
      );
    } catch (error) {
      if (error instanceof GitHubSourceError && isRefusal(error)) {
        return { headSha: pullRequest.headRefOid, comments: { refused: error } };
      }
      throw error;
    }
    page = commentsPage(older, pullRequestNode(older, answer, repo, number));
    comments.unshift(...page.comments);
  }
  return {
    headSha: pullRequest.headRefOid,
    comments: { viewer, comments, complete: page.before === undefined },
  };
}

function pullRequestNode(
  request: string,
  data: unknown,
  repo: RepoRef,
  number: number,
): Record<string, unknown> & { headRefOid: string } {
  const repository = isRecord(data) ? data.repository : undefined;
  if (repository === null) {
    throw new GitHubSourceError(
      `${request} found no repository ${repo.owner}/${repo.repo} (check the name and that the token can read it)`,
    );
  }
  if (!isRecord(repository)) throw unexpectedAnswer(request, 'no repository');
  const pullRequest = repository.pullRequest;
  if (pullRequest === null) {
    throw new GitHubSourceError(
      `${request} found no pull request #${number} (check that it exists and the token can read it)`,
    );
  }
  if (!isRecord(pullRequest) || typeof pullRequest.headRefOid !== 'string' || pullRequest.headRefOid === '') {
    throw unexpectedAnswer(request, 'no head commit');
  }
  return pullRequest as Record<string, unknown> & { headRefOid: string };
}

/** One page of comments, oldest first, and the cursor of the page before it when there is one. */
function commentsPage(
  request: string,
  pullRequest: Record<string, unknown>,
): { comments: PullRequestComment[]; before?: string } {
  const connection = pullRequest.comments;
  if (!isRecord(connection) || !Array.isArray(connection.nodes) || !isRecord(connection.pageInfo)) {
    throw unexpectedAnswer(request, 'no comments');
  }
  const comments = connection.nodes.flatMap((node): PullRequestComment[] => {
    if (node === null) return [];
    const id = isRecord(node) ? Number(node.fullDatabaseId) : Number.NaN;
    if (!isRecord(node) || !Number.isSafeInteger(id) || id <= 0 || typeof node.body !== 'string') {
      throw unexpectedAnswer(request, 'a comment without an id or a body');
    }
    const author = node.author;
    return [
      {
        id,
        body: node.body,
        author:
          isRecord(author) && typeof author.login === 'string' && author.login !== ''
            ? { login: author.login, isBot: author.__typename === 'Bot' }
            : null,
      },
    ];
  });
  const { hasPreviousPage, startCursor } = connection.pageInfo;
  if (hasPreviousPage !== true) return { comments };
  if (typeof startCursor !== 'string' || startCursor === '') {
    throw unexpectedAnswer(request, 'older comments but no cursor to read them');
  }
  return { comments, before: startCursor };
}

// ---------------------------------------------------------------------------------------------
// Changed files

export interface ListedFile {
  status: ChangeStatus;
  path: string;
  /** The path at base, for renames. */
  previousPath?: string;
}

export interface ListChangedFilesOptions {
  /** GitHub's listing stops here; a listing of this many files may be truncated. Default: 3000. */
  maxFiles?: number;
  /** The pull request's `changed_files`, when known: saves listing a pull request that is too big. */
  expectedCount?: number;
}

export const MAX_LISTED_FILES = 3000;

/** Copies come out as added files and mode-only changes as modified, as the git source does. */
const STATUS_OF: Record<string, ChangeStatus> = {
  added: 'added',
  copied: 'added',
  modified: 'modified',
  changed: 'modified',
  unchanged: 'modified',
  removed: 'removed',
  renamed: 'renamed',
};

export async function listChangedFiles(
  client: Octokit,
  repo: RepoRef,
  number: number,
  options: ListChangedFilesOptions = {},
): Promise<ListedFile[]> {
  const maxFiles = options.maxFiles ?? MAX_LISTED_FILES;
  if (options.expectedCount !== undefined && options.expectedCount >= maxFiles) {
    throw new TooManyFilesError(number, options.expectedCount, maxFiles);
  }
  const request = `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}/files`;
  const items: unknown[] = await call(request, 'pull-requests: read', () =>
    client.paginate(client.rest.pulls.listFiles, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: number,
      per_page: 100,
    }),
  );
  if (items.length >= maxFiles) throw new TooManyFilesError(number, undefined, maxFiles);
  return items.map((item): ListedFile => {
    if (!isRecord(item) || typeof item.filename !== 'string' || item.filename === '') {
      throw unexpectedAnswer(request, 'a file entry without a file name');
    }
    const status = STATUS_OF[String(item.status)] ?? 'modified';
    const file: ListedFile = { status, path: item.filename };
    if (status === 'renamed' && typeof item.previous_filename === 'string') {
      file.previousPath = item.previous_filename;
    }
    return file;
  });
}

// ---------------------------------------------------------------------------------------------
// File contents

export interface BlobWanted {
  commit: string;
  path: string;
}

export const blobKey = (wanted: BlobWanted): string => `${wanted.commit}:${wanted.path}`;

/** Blob lookups per GraphQL query: 50 modified files at base and head. */
const BLOBS_PER_QUERY = 100;
/** GraphQL queries (and raw downloads) in flight at once. */
const CONCURRENCY = 2;
/** Same limit git itself uses to tell binary from text. */
const BINARY_SNIFF_BYTES = 8000;

// Tree entry modes, as GraphQL reports them (decimal).
const SYMLINK_MODE = 0o120000;
export const REGULAR_FILE_MODES = new Set([0o100644, 0o100755, 0o100664]);

interface Lookup extends BlobWanted {
  key: string;
  /** `<commit>:<parent directory>`: its entries tell a symlink or submodule from a file. */
  treeExpression: string;
  name: string;
}

interface BlobNode {
  __typename?: string;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  text?: string | null;
}

/** An entry of a folder, as GraphQL lists it: `size` is the blob's size in bytes (0 for a folder). */
export interface TreeEntry {
  name: string;
  mode: number;
  type: string;
  size?: number;
}

/** The GraphQL answer for one file, before any raw download it needs. */
type Resolved = FileContent | undefined | { kind: 'download'; bytes: number };

function toLookup(wanted: BlobWanted): Lookup {
  const slash = wanted.path.lastIndexOf('/');
  const dir = slash < 0 ? '' : wanted.path.slice(0, slash);
  return {
    ...wanted,
    key: blobKey(wanted),
    // `<sha>:` (empty path) is the root tree.
    treeExpression: `${wanted.commit}:${dir}`,
    name: wanted.path.slice(slash + 1),
  };
}

/**
 * One query for many blobs and their parent directories. Paths travel as GraphQL variables, so
 * no path needs escaping. The symlink's blob comes back too (its text is the link target): it is
 * dropped as soon as the parent tree says the entry is a link.
 */
function blobQuery(blobCount: number, treeCount: number): string {
  const blobVars = Array.from({ length: blobCount }, (_, i) => `f${i}`);
  const treeVars = Array.from({ length: treeCount }, (_, i) => `d${i}`);
  const declarations = [
    '$owner: String!',
    '$name: String!',
    ...[...blobVars, ...treeVars].map((v) => `$${v}: String!`),
  ];
  const fields = [
    ...blobVars.map(
      (v) =>
        `${v}: object(expression: $${v}) { __typename ... on Blob { byteSize isBinary isTruncated text } }`,
    ),
    ...treeVars.map(
      (v) => `${v}: object(expression: $${v}) { __typename ... on Tree { entries { name mode type size } } }`,
    ),
  ];
  return `query ReadBlobs(${declarations.join(', ')}) {\n  repository(owner: $owner, name: $name) {\n    ${fields.join('\n    ')}\n  }\n}`;
}

async function queryBatch(
  client: Octokit,
  repo: RepoRef,
  batch: readonly Lookup[],
  maxBytes: number,
  /** Folders (`<commit>:<path>`) whose entries are wanted too, beyond the blobs' own folders. */
  extraTrees: readonly string[] = [],
): Promise<{ resolved: Map<string, Resolved>; trees: Map<string, TreeEntry[] | undefined> }> {
  const trees = [...new Set([...batch.map((lookup) => lookup.treeExpression), ...extraTrees])];
  const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
  batch.forEach((lookup, i) => (variables[`f${i}`] = blobKey(lookup)));
  trees.forEach((expression, i) => (variables[`d${i}`] = expression));

  const what =
    batch.length > 0 || extraTrees.length === 0 ? `${batch.length} files` : `${trees.length} folder listings`;
  const request = `POST /graphql (${what} of ${repo.owner}/${repo.repo})`;
  const data: unknown = await call(request, 'contents: read', () =>
    client.graphql(blobQuery(batch.length, trees.length), variables),
  );
  const repository = isRecord(data) ? data.repository : undefined;
  if (repository === null) {
    throw new GitHubSourceError(
      `${request} found no repository ${repo.owner}/${repo.repo} (check the name and that the token can read it)`,
    );
  }
  if (!isRecord(repository)) throw unexpectedAnswer(request, 'no repository');

  const entriesOf = new Map<string, TreeEntry[] | undefined>();
  trees.forEach((expression, i) => entriesOf.set(expression, treeEntries(repository[`d${i}`])));
  const resolved = new Map<string, Resolved>();
  batch.forEach((lookup, i) => {
    const entry = entriesOf.get(lookup.treeExpression)?.find((e) => e.name === lookup.name);
    resolved.set(lookup.key, resolve(entry, repository[`f${i}`], maxBytes));
  });
  return { resolved, trees: entriesOf };
}

function treeEntries(node: unknown): TreeEntry[] | undefined {
  if (!isRecord(node) || !Array.isArray(node.entries)) return undefined;
  return node.entries.flatMap((e): TreeEntry[] => {
    if (
      !isRecord(e) ||
      typeof e.name !== 'string' ||
      typeof e.mode !== 'number' ||
      typeof e.type !== 'string'
    )
      return [];
    const entry: TreeEntry = { name: e.name, mode: e.mode, type: e.type };
    if (typeof e.size === 'number') entry.size = e.size;
    return [entry];
  });
}

function resolve(entry: TreeEntry | undefined, node: unknown, maxBytes: number): Resolved {
  if (entry === undefined) return undefined;
  // A symlink's blob is its target path: never returned, so a link to /etc/passwd leaks nothing.
  if (entry.mode === SYMLINK_MODE) return { kind: 'symlink' };
  if (entry.type !== 'blob' || !REGULAR_FILE_MODES.has(entry.mode)) return { kind: 'not-a-file' };
  const blob = node as BlobNode | null;
  if (!isRecord(blob) || blob.__typename !== 'Blob' || typeof blob.byteSize !== 'number') {
    return { kind: 'not-a-file' };
  }
  if (blob.byteSize > maxBytes) return { kind: 'too-large', bytes: blob.byteSize };
  if (blob.isBinary === true) return { kind: 'binary' };
  // Truncated text (GitHub cuts it at 512,000 bytes) or an encoding GitHub could not tell.
  if (blob.isTruncated === true || blob.isBinary !== false || typeof blob.text !== 'string') {
    return { kind: 'download', bytes: blob.byteSize };
  }
  if (blob.text.slice(0, BINARY_SNIFF_BYTES).includes('\0')) return { kind: 'binary' };
  return { kind: 'text', text: blob.text };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text keeps its exact characters (a BOM, CRLF); NUL bytes or invalid UTF-8 make it binary. */
function classifyBytes(bytes: Uint8Array): FileContent {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  try {
    return { kind: 'text', text: utf8.decode(bytes) };
  } catch {
    return { kind: 'binary' };
  }
}

/** Reads a response body, giving up (undefined) past `maxBytes`. */
async function readBody(body: unknown, maxBytes: number): Promise<Uint8Array | undefined> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (!isRecord(body) || !(Symbol.asyncIterator in body)) throw new Error('the response has no body');
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function downloadRaw(
  client: Octokit,
  repo: RepoRef,
  lookup: BlobWanted,
  bytes: number,
  maxBytes: number,
): Promise<FileContent> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/contents/${lookup.path}?ref=${lookup.commit}`;
  const body = await call(request, 'contents: read', async () => {
    const response = await client.rest.repos.getContent({
      owner: repo.owner,
      repo: repo.repo,
      path: lookup.path,
      ref: lookup.commit,
      mediaType: { format: 'raw' },
      // The body is read here, as bytes: the text decoder must not hide invalid UTF-8.
      request: { parseSuccessResponseBody: false },
    });
    return readBody(response.data, maxBytes);
  });
  return body === undefined ? { kind: 'too-large', bytes } : classifyBytes(body);
}

/** Runs `task` over `items`, at most `limit` at a time, and stops starting new ones after a failure. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads files at commits, in GraphQL batches of {@link BLOBS_PER_QUERY}, in the order given (so
 * the first entries share the first query). Each key is `${commit}:${path}`; the value is
 * undefined when no such path exists at that commit. Text GitHub truncates, or whose encoding it
 * cannot tell, is downloaded raw.
 */
export async function readBlobs(
  client: Octokit,
  repo: RepoRef,
  wanted: readonly BlobWanted[],
  maxBytes: number,
  /** Lookups at the front (configuration files) that ride along in the first query. */
  extraInFirstQuery = 0,
): Promise<Map<string, FileContent | undefined>> {
  return (await readObjects(client, repo, wanted, maxBytes, { extraInFirstQuery })).blobs;
}

/**
 * Folder listings per GraphQL query at most, the blobs' own folders included: a listing is names,
 * modes and sizes, light next to a blob's text.
 */
const TREES_PER_QUERY = 200;

/**
 * {@link readBlobs}, and the entries of more folders (`<commit>:<path>`, `<commit>:` for the root)
 * in the same queries: the listings ride along with the blobs, a query more only past
 * {@link TREES_PER_QUERY} per query. A folder that does not exist maps to undefined.
 */
export async function readObjects(
  client: Octokit,
  repo: RepoRef,
  wanted: readonly BlobWanted[],
  maxBytes: number,
  options: { extraInFirstQuery?: number; trees?: readonly string[] } = {},
): Promise<{ blobs: Map<string, FileContent | undefined>; trees: Map<string, TreeEntry[] | undefined> }> {
  const unique = new Map<string, Lookup>();
  for (const item of wanted) {
    const lookup = toLookup(item);
    if (!unique.has(lookup.key)) unique.set(lookup.key, lookup);
  }
  const lookups = [...unique.values()];
  const batches: { lookups: Lookup[]; trees: string[] }[] = [];
  const first = Math.min(lookups.length, BLOBS_PER_QUERY + (options.extraInFirstQuery ?? 0));
  if (first > 0) batches.push({ lookups: lookups.slice(0, first), trees: [] });
  for (let i = first; i < lookups.length; i += BLOBS_PER_QUERY)
    batches.push({ lookups: lookups.slice(i, i + BLOBS_PER_QUERY), trees: [] });
  // The folders are spread over the queries there are, then over queries of their own.
  const own = new Set(lookups.map((lookup) => lookup.treeExpression));
  const extra = [...new Set(options.trees ?? [])].filter((tree) => !own.has(tree));
  let next = 0;
  for (const batch of batches) {
    const room = Math.max(0, TREES_PER_QUERY - new Set(batch.lookups.map((l) => l.treeExpression)).size);
    batch.trees = extra.slice(next, next + room);
    next += batch.trees.length;
  }
  for (; next < extra.length; next += TREES_PER_QUERY)
    batches.push({ lookups: [], trees: extra.slice(next, next + TREES_PER_QUERY) });

  const answers = await mapBounded(batches, CONCURRENCY, (batch) =>
    queryBatch(client, repo, batch.lookups, maxBytes, batch.trees),
  );
  const resolved = new Map<string, Resolved>(answers.flatMap((answer) => [...answer.resolved]));
  const trees = new Map<string, TreeEntry[] | undefined>(answers.flatMap((answer) => [...answer.trees]));
  const downloads = lookups.filter((lookup) => resolved.get(lookup.key)?.kind === 'download');
  const downloaded = await mapBounded(downloads, CONCURRENCY, (lookup) => {
    const pending = resolved.get(lookup.key) as { bytes: number };
    return downloadRaw(client, repo, lookup, pending.bytes, maxBytes);
  });

  const contents = new Map<string, FileContent | undefined>();
  for (const lookup of lookups) {
    const value = resolved.get(lookup.key);
    contents.set(lookup.key, value?.kind === 'download' ? undefined : value);
  }
  downloads.forEach((lookup, i) => contents.set(lookup.key, downloaded[i]));
  return { blobs: contents, trees };
}

// ---------------------------------------------------------------------------------------------
// CI results

const STATUS_CONCLUSION: Record<string, string | null> = {
  success: 'success',
  failure: 'failure',
  error: 'error',
  pending: null,
};

/**
 * Check runs and commit statuses on `sha`, as GitHub reports them: a check run from another app,
 * on another commit, or concluded `neutral` comes through as it is; the rules decide.
 */
export async function listCheckResults(client: Octokit, repo: RepoRef, sha: string): Promise<CheckRun[]> {
  const [runs, statuses] = await Promise.all([
    listCheckRuns(client, repo, sha),
    listStatuses(client, repo, sha),
  ]);
  return [...runs, ...statuses];
}

async function listCheckRuns(client: Octokit, repo: RepoRef, sha: string): Promise<CheckRun[]> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/check-runs`;
  const items: unknown[] = await call(request, 'checks: read', () =>
    client.paginate(client.rest.checks.listForRef, {
      owner: repo.owner,
      repo: repo.repo,
      ref: sha,
      per_page: 100,
    }),
  );
  return items.map((item): CheckRun => {
    if (!isRecord(item) || typeof item.name !== 'string')
      throw unexpectedAnswer(request, 'a check run without a name');
    const run: CheckRun = {
      name: item.name,
      conclusion: typeof item.conclusion === 'string' ? item.conclusion : null,
      headSha: typeof item.head_sha === 'string' ? item.head_sha : '',
    };
    const app = isRecord(item.app) && typeof item.app.slug === 'string' ? item.app.slug : undefined;
    if (app !== undefined) run.app = app;
    return run;
  });
}

async function listStatuses(client: Octokit, repo: RepoRef, sha: string): Promise<CheckRun[]> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/status`;
  const statuses: unknown[] = [];
  // The combined status is one object per page, which octokit's paginate does not flatten.
  for (let page = 1; ; page++) {
    const { data } = await call(request, 'statuses: read', () =>
      client.rest.repos.getCombinedStatusForRef({
        owner: repo.owner,
        repo: repo.repo,
        ref: sha,
        per_page: 100,
        page,
      }),
    );
    const answer: unknown = data;
    if (!isRecord(answer) || !Array.isArray(answer.statuses)) throw unexpectedAnswer(request, 'no statuses');
    statuses.push(...answer.statuses);
    const total = typeof answer.total_count === 'number' ? answer.total_count : 0;
    if (answer.statuses.length === 0 || statuses.length >= total) break;
  }
  return statuses.map((item): CheckRun => {
    if (!isRecord(item) || typeof item.context !== 'string') {
      throw unexpectedAnswer(request, 'a status without a context');
    }
    return { name: item.context, conclusion: STATUS_CONCLUSION[String(item.state)] ?? null, headSha: sha };
  });
}

// ---------------------------------------------------------------------------------------------
// Entry point

export interface PullRequestRef {
  number: number;
  /** The commit the base side (and the policy) is read at. */
  baseSha: string;
  headSha: string;
  body: string;
  labels: string[];
  author?: string;
  title?: string;
  /** The pull request's `changed_files`: a pull request GitHub cannot list fully fails before listing. */
  changedFiles?: number;
}

export interface GitHubChangeSetOptions {
  /** Files larger than this are not read and come back as `{ kind: 'too-large', bytes }`. */
  maxFileBytes: number;
  /** Repository path of the policy file, read at the base commit (also limited by maxFileBytes). */
  policyPath: string;
  /** More files read at the base commit in the same query (the exemptions file). */
  baseFiles?: string[];
  /** Default: 3000, GitHub's own limit. */
  maxFiles?: number;
  /** The pull request's files, when their listing was started already (alongside the pull request). */
  listed?: Promise<ListedFile[]>;
}

/** The entries of the changed files' folders and every folder above them, by folder (`''` is the root). */
export interface FolderListing {
  base: Map<string, TreeEntry[] | undefined>;
  head: Map<string, TreeEntry[] | undefined>;
}

export interface GitHubChangeSet {
  changeSet: ChangeSet;
  /**
   * The folders at and above the changed files, listed at base and head in the same queries as the
   * files: where kustomization and Chart.yaml files, and the unchanged rollout objects that usually
   * deliver a changed workload, are looked for first (see github-context.ts).
   */
  folders: FolderListing;
  /** The policy file at the base commit: its text, why it cannot be read, or undefined when absent. */
  policyText?: string | Exclude<FileContent, { kind: 'text' }>;
  /** `baseFiles` as read at the base commit: text, why not, or undefined when absent. */
  baseFiles: Map<string, string | Exclude<FileContent, { kind: 'text' }> | undefined>;
}

/**
 * Reads a pull request's change through the API: the changed files, their contents at base and
 * head (renamed files at base under their old name), the policy at base (in the first GraphQL
 * query) and the CI results on the head commit.
 *
 * `context` is empty here: the folders above the changed files come back listed (`folders`), and
 * github-context.ts reads from them the folder files and the unchanged rollout objects nearby, then
 * searches the rest of the tree if it must.
 *
 * A file listed as present at head but missing there means the pull request moved while it was
 * read: that fails. A file missing at base (the base branch deleted it since the pull request
 * branched) is read as added, the stricter reading.
 */
export async function readGitHubChangeSet(
  client: Octokit,
  repo: RepoRef,
  pr: PullRequestRef,
  options: GitHubChangeSetOptions,
): Promise<GitHubChangeSet> {
  const policyPath = options.policyPath.replace(/^\.\//, '');
  const policyWanted = { commit: pr.baseSha, path: policyPath };
  const extraWanted = (options.baseFiles ?? []).map((file) => ({
    commit: pr.baseSha,
    path: file.replace(/^\.\//, ''),
  }));

  const readFiles = async () => {
    const listed = await (options.listed ??
      listChangedFiles(client, repo, pr.number, {
        maxFiles: options.maxFiles,
        expectedCount: pr.changedFiles,
      }));
    const wanted: BlobWanted[] = [policyWanted, ...extraWanted];
    for (const file of listed) {
      if (file.status !== 'added') wanted.push({ commit: pr.baseSha, path: file.previousPath ?? file.path });
      if (file.status !== 'removed') wanted.push({ commit: pr.headSha, path: file.path });
    }
    // The policy and exemptions file travel on top of a full batch of changed files, so that a
    // pull request of 50 changed files costs one query, not two; so do the listings of the
    // folders above the changed files.
    const folders = foldersAbove(
      listed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]),
    );
    const trees = [pr.baseSha, pr.headSha].flatMap((sha) => folders.map((folder) => `${sha}:${folder}`));
    const read = await readObjects(client, repo, wanted, options.maxFileBytes, {
      extraInFirstQuery: 1 + extraWanted.length,
      trees,
    });
    const listing: FolderListing = { base: new Map(), head: new Map() };
    for (const folder of folders) {
      listing.base.set(folder, read.trees.get(`${pr.baseSha}:${folder}`));
      listing.head.set(folder, read.trees.get(`${pr.headSha}:${folder}`));
    }
    return { listed, blobs: read.blobs, folders: listing };
  };
  const [{ listed, blobs, folders }, checks] = await Promise.all([
    readFiles(),
    listCheckResults(client, repo, pr.headSha),
  ]);

  const files = listed.map((file): ChangedFile => {
    const changed: ChangedFile = { status: file.status, path: file.path };
    if (file.previousPath !== undefined) changed.previousPath = file.previousPath;
    if (file.status !== 'added') {
      const base = blobs.get(blobKey({ commit: pr.baseSha, path: file.previousPath ?? file.path }));
      if (base !== undefined) changed.base = base;
    }
    if (file.status !== 'removed') {
      const head = blobs.get(blobKey({ commit: pr.headSha, path: file.path }));
      if (head === undefined) {
        throw new GitHubSourceError(
          `${file.path} is listed as ${file.status} in pull request #${pr.number} but does not exist at ` +
            `${pr.headSha.slice(0, 12)} (the pull request probably changed while it was read; re-run the job)`,
        );
      }
      changed.head = head;
    }
    return changed;
  });

  const policy = blobs.get(blobKey(policyWanted));
  const changeSet: ChangeSet = {
    base: pr.baseSha,
    head: pr.headSha,
    files,
    context: [],
    pullRequest: {
      number: pr.number,
      body: pr.body,
      labels: pr.labels,
      ...(pr.title === undefined ? {} : { title: pr.title }),
      ...(pr.author === undefined ? {} : { author: pr.author }),
    },
    checks,
  };
  const asText = (content: FileContent | undefined) =>
    content === undefined ? undefined : content.kind === 'text' ? content.text : content;
  const baseFiles = new Map(extraWanted.map((wanted) => [wanted.path, asText(blobs.get(blobKey(wanted)))]));
  const policyText = asText(policy);
  return policyText === undefined
    ? { changeSet, folders, baseFiles }
    : { changeSet, folders, policyText, baseFiles };
}

/** Every folder holding one of the paths, and every folder above those (`''`, the root, last of all). */
export function foldersAbove(paths: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let slash = path.lastIndexOf('/'); ; slash = path.lastIndexOf('/', slash - 1)) {
      const folder = slash < 0 ? '' : path.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
      if (slash < 0) break;
    }
  }
  const depth = (folder: string) => (folder === '' ? 0 : folder.split('/').length);
  return [...folders].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
}

export interface ReviewRecord {
  user: string;
  state: string;
  commitId: string;
  submittedAt: string;
}

/** Every review of the pull request, oldest first. */
export async function listReviews(client: Octokit, repo: RepoRef, number: number): Promise<ReviewRecord[]> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}/reviews`;
  const reviews = await call(request, 'pull-requests: read', () =>
    client.paginate(client.rest.pulls.listReviews, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: number,
      per_page: 100,
    }),
  );
  return reviews.flatMap((review) =>
    review.user && review.commit_id && review.submitted_at
      ? [
          {
            user: review.user.login,
            state: review.state,
            commitId: review.commit_id,
            submittedAt: review.submitted_at,
          },
        ]
      : [],
  );
}

/** Logins of a team's members (`org/team-slug`), including members of its child teams. */
export async function listTeamMembers(client: Octokit, team: string): Promise<string[]> {
  const [org = '', slug = ''] = team.split('/');
  const request = `GET /orgs/${org}/teams/${slug}/members`;
  const members = await call(request, 'members: read (organization); GITHUB_TOKEN cannot read teams', () =>
    client.paginate(client.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 }),
  );
  return members.map((member) => member.login);
}

// ---------------------------------------------------------------------------------------------
// Re-judging: the pull requests of a commit, and the verdict as a commit status

/** An open pull request of this repository whose head is a given commit. */
export interface PullRequestHead {
  number: number;
  headSha: string;
}

function openPullsOf(request: string, repo: RepoRef, items: unknown[], sha: string): PullRequestHead[] {
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  return items.flatMap((item): PullRequestHead[] => {
    if (!isRecord(item) || typeof item.number !== 'number' || !isRecord(item.head) || !isRecord(item.base)) {
      throw unexpectedAnswer(request, 'a pull request without a number, head or base');
    }
    const base = isRecord(item.base.repo) ? item.base.repo.full_name : undefined;
    const open = item.state === 'open';
    const sameBase = typeof base === 'string' && base.toLowerCase() === fullName;
    const headSha = typeof item.head.sha === 'string' ? item.head.sha : '';
    return open && sameBase && headSha.toLowerCase() === sha.toLowerCase()
      ? [{ number: item.number, headSha }]
      : [];
  });
}

/**
 * Open pull requests of this repository whose head is `sha`
 * (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`). GitHub finds those whose head branch is in
 * this repository; a fork's commit is not this repository's (see listOpenPullRequestsByHead).
 */
export async function listPullRequestsForCommit(
  client: Octokit,
  repo: RepoRef,
  sha: string,
): Promise<PullRequestHead[]> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`;
  const items: unknown[] = await call(request, 'pull-requests: read', () =>
    client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
      owner: repo.owner,
      repo: repo.repo,
      commit_sha: sha,
      per_page: 100,
    }),
  );
  return openPullsOf(request, repo, items, sha);
}

/**
 * Open pull requests from branch `branch` of `headOwner`'s repository (a fork) whose head is `sha`
 * (`GET /repos/{owner}/{repo}/pulls?head=owner:branch`).
 */
export async function listOpenPullRequestsByHead(
  client: Octokit,
  repo: RepoRef,
  headOwner: string,
  branch: string,
  sha: string,
): Promise<PullRequestHead[]> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/pulls?head=${headOwner}:${branch}`;
  const items: unknown[] = await call(request, 'pull-requests: read', () =>
    client.paginate(client.rest.pulls.list, {
      owner: repo.owner,
      repo: repo.repo,
      state: 'open',
      head: `${headOwner}:${branch}`,
      per_page: 100,
    }),
  );
  return openPullsOf(request, repo, items, sha);
}

export interface CommitStatus {
  state: 'success' | 'failure' | 'pending' | 'error';
  context: string;
  /** At most 140 characters; longer is cut. */
  description: string;
  targetUrl?: string;
}

/** Sets a commit status on `sha` (`POST /repos/{owner}/{repo}/statuses/{sha}`). */
export async function createCommitStatus(
  client: Octokit,
  repo: RepoRef,
  sha: string,
  status: CommitStatus,
): Promise<void> {
  const request = `POST /repos/${repo.owner}/${repo.repo}/statuses/${sha}`;
  const description =
    status.description.length > 140 ? `${status.description.slice(0, 139)}…` : status.description;
  await call(request, 'statuses: write', () =>
    client.rest.repos.createCommitStatus({
      owner: repo.owner,
      repo: repo.repo,
      sha,
      state: status.state,
      context: status.context,
      description,
      ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    }),
  );
}
