/**
 * A local fake of the parts of GitHub's API that rollout-guard uses, for unit and end-to-end tests:
 * a real HTTP server on 127.0.0.1, answering with GitHub-shaped JSON (field names as in GitHub's REST
 * docs), so the real Octokit client, its plugins and its pagination run unchanged.
 *
 * The scenario describes one repository and one pull request. Every request is recorded. Faults
 * make a route answer with an error (server errors, rate limits) for its first `times` requests.
 * REST paths work at the root (github.com style) and under `/api/v3` (GHES style, GraphQL at
 * `/api/graphql`).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];

/**
 * Any part of a GitHub REST answer: GitHub's field names and types (from its OpenAPI description,
 * @octokit/openapi-types), every field optional. The answers below are declared with it, so tsc
 * checks that the fake never invents a field or gives one the wrong type.
 */
type Partly<T> = T extends readonly (infer U)[]
  ? Partly<U>[]
  : T extends object
    ? { [K in keyof T]?: Partly<T[K]> }
    : T;

export type FakeFile =
  | string
  | { symlink: string }
  | { binary: true; size?: number }
  /** Raw bytes; GraphQL reports `isBinary` as given (default null: "unable to determine the encoding"). */
  | { bytes: Uint8Array; isBinary?: boolean | null }
  | { submodule: string };

export interface FakeChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface FakeCheckRun {
  name: string;
  conclusion: Schemas['check-run']['conclusion'];
  /** Default: 'completed' when there is a conclusion, else 'in_progress'. */
  status?: Schemas['check-run']['status'];
  /** The app's slug; null for none. Default: 'github-actions'. */
  app?: string | null;
  /** Default: the pull request's head SHA (whatever ref is asked for). */
  headSha?: string;
  /** Its id for `GET /check-runs/{id}`; default 500 + its index. */
  id?: number;
  /** Default: '2026-01-01T00:05:00Z' once concluded. */
  completedAt?: string;
}

/** A GitHub Actions workflow run, in this repository or another (`repository`). */
export interface FakeRun {
  id: number;
  /** owner/name; default: the scenario's repository. */
  repository?: string;
  /** The workflow's name. Default: CI. */
  name?: string;
  /** Default: the pull request's head SHA. */
  headSha?: string;
  /** Default: 'completed' when there is a conclusion, else 'in_progress'. */
  status?: Schemas['workflow-run']['status'];
  conclusion: Schemas['workflow-run']['conclusion'];
  /** The run-name; default: the pull request's title. */
  displayTitle?: string;
  /** owner/name the workflow and code came from: a fork's, for a fork's pull request. Default: `repository`. */
  headRepository?: string;
  /** Default: '2026-01-01T00:12:00Z'. */
  updatedAt?: string;
  /** `attempts/{n}` answers with this run, its attempt set; default: only attempt 1 exists. */
  attempts?: number;
}

/** A job of a workflow run (also a check run of the github-actions app). */
export interface FakeJob {
  id: number;
  runId: number;
  name: string;
  /** Default: CI. */
  workflowName?: string;
  /** owner/name; default: the scenario's repository. */
  repository?: string;
  headSha?: string;
  status?: Schemas['job']['status'];
  conclusion: Schemas['job']['conclusion'];
  completedAt?: string;
  /** The runner it runs on (RUNNER_NAME), for the listing of a run's jobs. */
  runnerName?: string;
}

/** An older commit of the pull request, with its files (the head and base are `files`). */
export interface FakeCommit {
  sha: string;
  files: Record<string, FakeFile>;
}

export interface FakeStatus {
  context: string;
  state: 'success' | 'failure' | 'error' | 'pending';
  description?: string;
  targetUrl?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  /** As REST gives it (`name[bot]` for an app's bot); null for a deleted account ("ghost"). */
  user: { login: string; type?: 'User' | 'Bot' } | null;
}

export interface FakeReview {
  user: { login: string };
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body?: string;
  commitId?: string;
  submittedAt?: string;
}

export type FakeRoute =
  | 'pull'
  | 'pull-files'
  | 'graphql'
  /** The GraphQL query for the pull request's head, comments and viewer (any query naming `pullRequest(`). */
  | 'graphql-pull-state'
  | 'contents'
  | 'check-runs'
  | 'status'
  | 'create-comment'
  | 'update-comment'
  | 'reviews'
  | 'team-members'
  /** `GET /repos/{owner}/{repo}/actions/runs/{id}` (and `/attempts/{n}`), in any repository. */
  | 'actions-run'
  | 'actions-job'
  /** `GET /repos/{owner}/{repo}/actions/runs/{id}/attempts/{n}/jobs`: the jobs of a run's attempt. */
  | 'run-jobs'
  /** `GET /repos/{owner}/{repo}/check-runs/{id}`. */
  | 'check-run'
  | 'commit-pulls'
  | 'list-pulls'
  | 'create-status'
  /** The GraphQL query for the pull request's commits and the blob ids of judged files (`EvidenceCommits`). */
  | 'graphql-evidence-commits'
  /** `GET /repos/{owner}/{repo}/git/trees/{sha}` (`?recursive=1`): the Git Trees API. */
  | 'git-tree';

export interface FakeFault {
  /**
   * 403 is a primary rate limit (x-ratelimit-remaining: 0, reset in 1 s) unless `secondary`;
   * 429 is a secondary rate limit (retry-after: 1); anything else answers `{ message }`.
   * 200 with `graphqlErrors` answers a GraphQL error document.
   */
  status: number;
  /** How many requests of the route fail before it recovers. Default: all of them. */
  times?: number;
  /** Extra or replacement response headers, e.g. a far `x-ratelimit-reset`. */
  headers?: Record<string, string>;
  message?: string;
  /** A 403 secondary rate limit ("You have exceeded a secondary rate limit"). */
  secondary?: boolean;
  graphqlErrors?: Array<{ type?: string; message: string }>;
}

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
  user: { login: string } | null;
  base: { sha: string; ref: string };
  head: { sha: string; ref: string; repo: { full_name: string; fork: boolean } | null };
  draft?: boolean;
}

export interface FakeScenario {
  owner: string;
  repo: string;
  pull: FakePull;
  /** The repository's files at the pull request's base and head commits. */
  files: { base: Record<string, FakeFile>; head: Record<string, FakeFile> };
  /** What the files listing returns; default: derived by comparing `files.base` and `files.head`. */
  changedFiles?: FakeChangedFile[];
  checkRuns: FakeCheckRun[];
  statuses: FakeStatus[];
  /** Workflow runs by id, in this repository or others. */
  runs?: FakeRun[];
  jobs?: FakeJob[];
  /** The pull request's commits before its head, oldest first (default: the head only). */
  commits?: FakeCommit[];
  /** The pull request's comments; POST and PATCH change this list. */
  comments: FakeComment[];
  reviews: FakeReview[];
  /** Team members by `org/team-slug`; an unknown team answers 404 like GitHub. */
  teams?: Record<string, string[]>;
  /**
   * The token's login: GraphQL's `viewer { login }` (unset: `github-actions[bot]`, as for a
   * GITHUB_TOKEN), and the author of new comments.
   */
  viewer?: string;
  /** Comment writes answer 403, as for a fork's pull request. */
  readOnlyToken?: boolean;
  /** The Git Trees API answers `truncated: true`, as GitHub does past 100,000 entries or 7 MB. */
  treeTruncated?: boolean;
  /**
   * Other repositories the token can read (`owner/name` → ref → files), for shared policies read
   * through the contents API; one mapped to 403 or 404 refuses every read, as GitHub does.
   */
  otherRepositories?: Record<string, Record<string, Record<string, FakeFile>> | 403 | 404>;
  faults: Partial<Record<FakeRoute, FakeFault>>;
  /** Every answer waits this long. */
  delayMs?: number;
  /** Called before each request is answered; may change the scenario (e.g. move the head). */
  beforeAnswer?: (request: RecordedRequest, scenario: FakeScenario) => void;
}

export interface RecordedRequest {
  route?: FakeRoute;
  method: string;
  /** As received, with any `/api/v3` prefix. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
  /** performance.now() when the request arrived and when its answer was sent. */
  receivedAt: number;
  answeredAt: number;
}

export interface FakeGitHub {
  /** Base URL to give the client, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: RecordedRequest[];
  scenario: FakeScenario;
  close(): Promise<void>;
}

/** GitHub stops the pull request file listing here. */
export const GITHUB_MAX_LISTED_FILES = 3000;
/** GraphQL Blob.text is cut at this many bytes, with isTruncated set. */
export const GRAPHQL_TEXT_LIMIT = 512_000;

type Overrides = Partial<Omit<FakeScenario, 'pull' | 'files'>> & {
  pull?: Partial<FakePull>;
  files?: Partial<FakeScenario['files']>;
};

/** A scenario with a small pull request in octo/deploys; override what the test is about. */
export function fakeScenario(overrides: Overrides = {}): FakeScenario {
  const owner = overrides.owner ?? 'octo';
  const repo = overrides.repo ?? 'deploys';
  return {
    checkRuns: [],
    statuses: [],
    comments: [],
    reviews: [],
    faults: {},
    ...overrides,
    owner,
    repo,
    pull: {
      number: 7,
      title: 'Roll out checkout v2',
      body: 'Tested in staging: https://ci.example.com/runs/1',
      labels: [],
      user: { login: 'alice' },
      base: { sha: 'b'.repeat(40), ref: 'main' },
      head: { sha: 'h'.repeat(40), ref: 'feature', repo: { full_name: `${owner}/${repo}`, fork: false } },
      ...overrides.pull,
    },
    files: { base: {}, head: {}, ...overrides.files },
  };
}

export async function startFakeGitHub(scenario: FakeScenario): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const faultCounts = new Map<FakeRoute, number>();
  const server = http.createServer((req, res) => {
    res.on('error', () => undefined);
    collectBody(req)
      .then(async (raw) => {
        const url = new URL(req.url ?? '/', 'http://fake.invalid');
        const context = new RequestContext(req, url, raw, scenario);
        const match = matchRoute(req.method ?? 'GET', url.pathname, context);
        const recorded: RecordedRequest = {
          ...(match ? { route: match.route } : {}),
          method: req.method ?? 'GET',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: Object.fromEntries(
            Object.entries(req.headers).map(([name, value]) => [name, String(value)]),
          ),
          ...(raw.length > 0 ? { body: context.body } : {}),
          receivedAt: performance.now(),
          answeredAt: Number.POSITIVE_INFINITY,
        };
        requests.push(recorded);
        scenario.beforeAnswer?.(recorded, scenario);
        if (scenario.delayMs) await sleep(scenario.delayMs);
        if (res.destroyed) return;
        const answer = match
          ? (faultAnswer(scenario, faultCounts, match.route) ?? match.handle(context, match.params))
          : notFound();
        recorded.answeredAt = performance.now();
        send(res, answer);
      })
      .catch((error: unknown) => {
        if (!res.destroyed) send(res, json(500, { message: `fake GitHub crashed: ${String(error)}` }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    scenario,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Plumbing

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function collectBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, {
    'x-github-request-id': 'FAKE:0001',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...answer.headers,
  });
  res.end(answer.body);
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

const notFound = (): Answer =>
  json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });

class RequestContext {
  readonly body: unknown;
  constructor(
    readonly req: http.IncomingMessage,
    readonly url: URL,
    raw: Buffer,
    readonly scenario: FakeScenario,
  ) {
    const text = raw.toString('utf8');
    try {
      this.body = text === '' ? undefined : JSON.parse(text);
    } catch {
      this.body = text;
    }
  }

  /** The page of `items` the request asks for, with GitHub's Link header. */
  page<T>(items: readonly T[], defaultPerPage = 30): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(this.url.searchParams.get('per_page')) || defaultPerPage, 100);
    const page = Math.max(Number(this.url.searchParams.get('page')) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const links: string[] = [];
    const link = (n: number, rel: string) => {
      const target = new URL(this.url.pathname, `http://${this.req.headers.host ?? '127.0.0.1'}`);
      for (const [key, value] of this.url.searchParams) target.searchParams.set(key, value);
      target.searchParams.set('page', String(n));
      links.push(`<${target.href}>; rel="${rel}"`);
    };
    if (page > 1) link(page - 1, 'prev');
    if (page < last) link(page + 1, 'next');
    if (page !== last) link(last, 'last');
    if (page > 1) link(1, 'first');
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }
}

type Handler = (context: RequestContext, params: string[]) => Answer;

interface RouteDefinition {
  route: FakeRoute;
  method: string;
  pattern: RegExp;
  handle: Handler;
  /** GraphQL routes share a path: the query tells them apart. */
  when?: (context: RequestContext) => boolean;
}

const REPO = '/repos/([^/]+)/([^/]+)';

const ROUTES: RouteDefinition[] = [
  { route: 'pull', method: 'GET', pattern: new RegExp(`^${REPO}/pulls/(\\d+)$`), handle: getPull },
  {
    route: 'pull-files',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(\\d+)/files$`),
    handle: listPullFiles,
  },
  {
    route: 'reviews',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(\\d+)/reviews$`),
    handle: listReviews,
  },
  {
    route: 'team-members',
    method: 'GET',
    pattern: /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/,
    handle: listTeamMembers,
  },
  { route: 'contents', method: 'GET', pattern: new RegExp(`^${REPO}/contents/(.+)$`), handle: getContents },
  {
    route: 'check-runs',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/commits/([^/]+)/check-runs$`),
    handle: listCheckRuns,
  },
  {
    route: 'status',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/commits/([^/]+)/status$`),
    handle: combinedStatus,
  },
  {
    route: 'create-comment',
    method: 'POST',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)/comments$`),
    handle: createComment,
  },
  {
    route: 'update-comment',
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/issues/comments/(\\d+)$`),
    handle: updateComment,
  },
  {
    route: 'actions-run',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/runs/(\\d+)(?:/attempts/(\\d+))?$`),
    handle: getWorkflowRun,
  },
  {
    route: 'run-jobs',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/runs/(\\d+)/attempts/(\\d+)/jobs$`),
    handle: listRunJobs,
  },
  {
    route: 'actions-job',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/jobs/(\\d+)$`),
    handle: getWorkflowJob,
  },
  {
    route: 'check-run',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/check-runs/(\\d+)$`),
    handle: getCheckRun,
  },
  {
    route: 'commit-pulls',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/commits/([^/]+)/pulls$`),
    handle: listCommitPulls,
  },
  { route: 'list-pulls', method: 'GET', pattern: new RegExp(`^${REPO}/pulls$`), handle: listPulls },
  {
    route: 'create-status',
    method: 'POST',
    pattern: new RegExp(`^${REPO}/statuses/([^/]+)$`),
    handle: createStatus,
  },
  {
    route: 'git-tree',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/git/trees/([^/]+)$`),
    handle: getGitTree,
  },
  {
    route: 'graphql-evidence-commits',
    method: 'POST',
    pattern: /^\/graphql$/,
    handle: graphqlEvidenceCommits,
    when: (context) => /\bquery\s+EvidenceCommits\b/.test(graphqlRequest(context).query),
  },
  {
    route: 'graphql-pull-state',
    method: 'POST',
    pattern: /^\/graphql$/,
    handle: graphqlPullState,
    when: (context) => /\bpullRequest\s*\(/.test(graphqlRequest(context).query),
  },
  { route: 'graphql', method: 'POST', pattern: /^\/graphql$/, handle: graphql },
];

function matchRoute(
  method: string,
  pathname: string,
  context: RequestContext,
): { route: FakeRoute; params: string[]; handle: Handler } | undefined {
  const local = pathname === '/api/graphql' ? '/graphql' : pathname.replace(/^\/api\/v3(?=\/)/, '');
  for (const definition of ROUTES) {
    const found = definition.method === method ? definition.pattern.exec(local) : null;
    if (!found || (definition.when && !definition.when(context))) continue;
    const params = found.slice(1).map((part) => decodeURIComponent(part));
    return {
      route: definition.route,
      params,
      // Organization routes (teams) name no repository.
      handle: (context, p) =>
        ANY_REPOSITORY.has(definition.route) || isThisRepo(context.scenario, p)
          ? definition.handle(context, p)
          : notFound(),
    };
  }
  return undefined;
}

/** Routes that answer for other repositories too (organizations; runs of a central test repository). */
const ANY_REPOSITORY = new Set<FakeRoute>(['team-members', 'actions-run', 'actions-job', 'contents']);

function isThisRepo(scenario: FakeScenario, params: string[]): boolean {
  // Only the /repos/{owner}/{repo}/… routes have parameters.
  if (params.length < 2) return true;
  return params[0] === scenario.owner && params[1] === scenario.repo;
}

function faultAnswer(
  scenario: FakeScenario,
  counts: Map<FakeRoute, number>,
  route: FakeRoute,
): Answer | undefined {
  const fault = scenario.faults[route];
  if (fault === undefined) return undefined;
  const count = (counts.get(route) ?? 0) + 1;
  counts.set(route, count);
  if (count > (fault.times ?? Number.POSITIVE_INFINITY)) return undefined;
  const docs = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
  if (fault.graphqlErrors)
    return json(fault.status, { data: null, errors: fault.graphqlErrors }, fault.headers);
  if (fault.status === 429 || (fault.status === 403 && fault.secondary)) {
    const message =
      fault.message ??
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    return json(fault.status, { message, documentation_url: docs }, { 'retry-after': '1', ...fault.headers });
  }
  if (fault.status === 403) {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    return json(
      403,
      { message: fault.message ?? 'API rate limit exceeded for installation ID 1.', documentation_url: docs },
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
        'x-ratelimit-used': '5000',
        ...fault.headers,
      },
    );
  }
  return json(
    fault.status,
    { message: fault.message ?? http.STATUS_CODES[fault.status] ?? 'Error' },
    fault.headers,
  );
}

// ---------------------------------------------------------------------------------------------
// Repository content

function filesAt(scenario: FakeScenario, sha: string): Record<string, FakeFile> | undefined {
  if (sha === scenario.pull.base.sha) return scenario.files.base;
  if (sha === scenario.pull.head.sha) return scenario.files.head;
  return scenario.commits?.find((commit) => commit.sha === sha)?.files;
}

function bytesOf(file: FakeFile): Uint8Array {
  if (typeof file === 'string') return Buffer.from(file, 'utf8');
  if ('symlink' in file) return Buffer.from(file.symlink, 'utf8');
  if ('bytes' in file) return file.bytes;
  if ('binary' in file) {
    const bytes = Buffer.alloc(file.size ?? 2048, 0x41);
    bytes[10] = 0;
    return bytes;
  }
  return new Uint8Array();
}

interface FakeTreeEntry {
  name: string;
  mode: number;
  type: 'blob' | 'tree' | 'commit';
  /** GraphQL's TreeEntry.size: the blob's bytes, 0 for a folder or a submodule. */
  size: number;
}

function modeOf(file: FakeFile): Pick<FakeTreeEntry, 'mode' | 'type'> {
  if (typeof file === 'object' && 'symlink' in file) return { mode: 0o120000, type: 'blob' };
  if (typeof file === 'object' && 'submodule' in file) return { mode: 0o160000, type: 'commit' };
  return { mode: 0o100644, type: 'blob' };
}

/** The entries of directory `dir` ('' for the root), or undefined when it is not a directory. */
function treeAt(files: Record<string, FakeFile>, dir: string): FakeTreeEntry[] | undefined {
  const prefix = dir === '' ? '' : `${dir}/`;
  const entries = new Map<string, FakeTreeEntry>();
  for (const [name, file] of Object.entries(files)) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash >= 0)
      entries.set(rest.slice(0, slash), { name: rest.slice(0, slash), mode: 0o40000, type: 'tree', size: 0 });
    else {
      const { mode, type } = modeOf(file);
      entries.set(rest, { name: rest, mode, type, size: type === 'blob' ? bytesOf(file).byteLength : 0 });
    }
  }
  if (entries.size === 0 && dir !== '') return undefined;
  return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The files a scenario's pull request changes, as GitHub lists them. */
export function changedFilesOf(scenario: FakeScenario): FakeChangedFile[] {
  return scenario.changedFiles ?? derivedChanges(scenario);
}

function derivedChanges(scenario: FakeScenario): FakeChangedFile[] {
  const { base, head } = scenario.files;
  const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  return paths.flatMap((filename): FakeChangedFile[] => {
    const before = base[filename];
    const after = head[filename];
    if (before === undefined) return [{ filename, status: 'added' }];
    if (after === undefined) return [{ filename, status: 'removed' }];
    const same =
      Buffer.from(bytesOf(before)).equals(bytesOf(after)) && modeOf(before).mode === modeOf(after).mode;
    return same ? [] : [{ filename, status: 'modified' }];
  });
}

// ---------------------------------------------------------------------------------------------
// REST handlers

/** The Git Trees API: a commit's root tree, or with `recursive` every entry below it. */
function getGitTree(context: RequestContext, [, , sha = '']: string[]): Answer {
  const { scenario } = context;
  const files = filesAt(scenario, sha);
  if (files === undefined) return json(404, { message: 'Not Found', status: '404' });
  const recursive = context.url.searchParams.has('recursive');
  const entries = new Map<string, Partly<Schemas['git-tree']['tree'][number]>>();
  for (const [name, file] of Object.entries(files)) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (!recursive && i > 1) break;
      if (!entries.has(folder))
        entries.set(folder, { path: folder, mode: '040000', type: 'tree', sha: '0'.repeat(40) });
    }
    if (!recursive && parts.length > 1) continue;
    const { mode, type } = modeOf(file);
    entries.set(name, {
      path: name,
      mode: mode.toString(8).padStart(6, '0'),
      type,
      sha: blobOid(file),
      ...(type === 'blob' ? { size: bytesOf(file).byteLength } : {}),
    });
  }
  const tree: Partly<Schemas['git-tree']> = {
    sha,
    url: `https://api.github.com/repos/${scenario.owner}/${scenario.repo}/git/trees/${sha}`,
    tree: [...entries.values()].sort((a, b) => ((a.path ?? '') < (b.path ?? '') ? -1 : 1)),
    truncated: scenario.treeTruncated ?? false,
  };
  return json(200, tree);
}

/**
 * GitHub's pull request, but `head.repo` may be null (a deleted fork: GitHub sends null although
 * its OpenAPI description does not say so), and so may `user`, which clients must survive too.
 */
type PullJson = Omit<Partly<Schemas['pull-request']>, 'user' | 'head'> & {
  user?: Partly<Schemas['pull-request']['user']> | null;
  head?: Omit<Partly<Schemas['pull-request']['head']>, 'repo'> & {
    repo?: Partly<Schemas['pull-request']['head']['repo']> | null;
  };
};

function pullJson(scenario: FakeScenario, url: string): PullJson {
  const { pull, owner, repo } = scenario;
  const baseRepo = { id: 1, name: repo, full_name: `${owner}/${repo}`, fork: false, owner: { login: owner } };
  const headRepo = pull.head.repo && {
    id: pull.head.repo.full_name === baseRepo.full_name ? 1 : 2,
    name: pull.head.repo.full_name.split('/')[1],
    full_name: pull.head.repo.full_name,
    fork: pull.head.repo.fork,
    owner: { login: pull.head.repo.full_name.split('/')[0] },
  };
  return {
    url: `${url}/repos/${owner}/${repo}/pulls/${pull.number}`,
    id: 1000 + pull.number,
    number: pull.number,
    state: 'open',
    locked: false,
    title: pull.title,
    body: pull.body,
    user: pull.user && { login: pull.user.login, id: 1, type: 'User' },
    labels: pull.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
    draft: pull.draft ?? false,
    merged: false,
    head: {
      label: `${pull.head.repo?.full_name.split('/')[0] ?? 'unknown'}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      repo: headRepo,
    },
    base: { label: `${owner}:${pull.base.ref}`, ref: pull.base.ref, sha: pull.base.sha, repo: baseRepo },
    changed_files: changedFilesOf(scenario).length,
    commits: 1,
    additions: 0,
    deletions: 0,
  };
}

const isPull = (scenario: FakeScenario, number: string | undefined) =>
  Number(number) === scenario.pull.number;

function getPull(context: RequestContext, [, , number]: string[]): Answer {
  if (!isPull(context.scenario, number)) return notFound();
  return json(200, pullJson(context.scenario, `http://${context.req.headers.host}`));
}

function listPullFiles(context: RequestContext, [, , number]: string[]): Answer {
  const { scenario } = context;
  if (!isPull(scenario, number)) return notFound();
  const all = (scenario.changedFiles ?? derivedChanges(scenario)).slice(0, GITHUB_MAX_LISTED_FILES);
  const { items, headers } = context.page(all);
  const files = items.map((file, i): Partly<Schemas['diff-entry']> => ({
    sha: (i + 1).toString(16).padStart(40, '0'),
    filename: file.filename,
    status: file.status,
    additions: 1,
    deletions: file.status === 'added' ? 0 : 1,
    changes: file.status === 'added' ? 1 : 2,
    blob_url: `https://github.com/${scenario.owner}/${scenario.repo}/blob/${scenario.pull.head.sha}/${file.filename}`,
    raw_url: `https://github.com/${scenario.owner}/${scenario.repo}/raw/${scenario.pull.head.sha}/${file.filename}`,
    contents_url: `https://api.github.com/repos/${scenario.owner}/${scenario.repo}/contents/${file.filename}?ref=${scenario.pull.head.sha}`,
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
  }));
  return json(200, files, headers);
}

function listReviews(context: RequestContext, [, , number]: string[]): Answer {
  const { scenario } = context;
  if (!isPull(scenario, number)) return notFound();
  const { items, headers } = context.page(scenario.reviews);
  const reviews = items.map((review, i): Partly<Schemas['pull-request-review']> => ({
    id: 80 + i,
    user: { login: review.user.login, id: 10 + i, type: 'User' },
    body: review.body ?? '',
    state: review.state,
    commit_id: review.commitId ?? scenario.pull.head.sha,
    submitted_at: review.submittedAt ?? '2026-01-01T00:00:00Z',
    author_association: 'MEMBER',
  }));
  return json(200, reviews, headers);
}

function listTeamMembers(context: RequestContext, [org = '', slug = '']: string[]): Answer {
  const members = context.scenario.teams?.[`${org}/${slug}`];
  if (members === undefined) return notFound();
  const { items, headers } = context.page(members);
  return json(
    200,
    items.map((login, i): Partly<Schemas['simple-user']> => ({ login, id: 500 + i, type: 'User' })),
    headers,
  );
}

function getContents(context: RequestContext, [owner = '', repo = '', filePath = '']: string[]): Answer {
  const { scenario } = context;
  const ref = context.url.searchParams.get('ref') ?? scenario.pull.base.sha;
  let files: Record<string, FakeFile> | undefined;
  if (isThisRepo(scenario, [owner, repo])) {
    files = filesAt(scenario, ref);
  } else {
    const other = Object.entries(scenario.otherRepositories ?? {}).find(([name]) =>
      sameName(name, `${owner}/${repo}`),
    )?.[1];
    if (other === undefined || other === 404) return notFound();
    if (other === 403) return notAccessible();
    files = other[ref];
  }
  if (files === undefined) return json(404, { message: `No commit found for the ref ${ref}`, status: '404' });
  const file = files[filePath];
  if (file === undefined) {
    const entries = treeAt(files, filePath);
    if (entries === undefined) return notFound();
    return json(
      200,
      entries.map((e): Partly<Schemas['content-directory'][number]> => ({
        name: e.name,
        path: `${filePath}/${e.name}`,
        type: e.type === 'tree' ? 'dir' : 'file',
      })),
    );
  }
  const bytes = bytesOf(file);
  if (/\braw\b/.test(context.req.headers.accept ?? '')) {
    return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: bytes };
  }
  if (typeof file === 'object' && 'symlink' in file) {
    const symlink: Partly<Schemas['content-symlink']> = {
      type: 'symlink',
      target: file.symlink,
      path: filePath,
      size: bytes.byteLength,
    };
    return json(200, symlink);
  }
  const content: Partly<Schemas['content-file']> = {
    type: 'file',
    encoding: 'base64',
    size: bytes.byteLength,
    name: filePath.split('/').pop(),
    path: filePath,
    content: Buffer.from(bytes).toString('base64'),
  };
  return json(200, content);
}

function listCheckRuns(context: RequestContext): Answer {
  const { scenario } = context;
  const { items, headers } = context.page(scenario.checkRuns);
  const runs = items.map((run, i) => checkRunJson(scenario, run, i));
  return json(200, { total_count: scenario.checkRuns.length, check_runs: runs }, headers);
}

function checkRunJson(
  scenario: FakeScenario,
  run: FakeCheckRun,
  index: number,
): Partly<Schemas['check-run']> {
  return {
    id: run.id ?? 500 + index,
    name: run.name,
    head_sha: run.headSha ?? scenario.pull.head.sha,
    status: run.status ?? (run.conclusion === null ? 'in_progress' : 'completed'),
    conclusion: run.conclusion,
    started_at: '2026-01-01T00:00:00Z',
    completed_at: run.conclusion === null ? null : (run.completedAt ?? '2026-01-01T00:05:00Z'),
    app:
      run.app === null
        ? null
        : {
            id: 15368,
            slug: run.app ?? 'github-actions',
            name: run.app ?? 'GitHub Actions',
            owner: { login: 'github' },
          },
  };
}

function getCheckRun(context: RequestContext, [, , id]: string[]): Answer {
  const { scenario } = context;
  const index = scenario.checkRuns.findIndex((run, i) => (run.id ?? 500 + i) === Number(id));
  const run = scenario.checkRuns[index];
  return run === undefined ? notFound() : json(200, checkRunJson(scenario, run, index));
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function minimalRepository(fullName: string): Partly<Schemas['minimal-repository']> {
  const [owner = '', name = ''] = fullName.split('/');
  return { id: fullName.length, name, full_name: fullName, owner: { login: owner }, fork: false };
}

function getWorkflowRun(context: RequestContext, [owner = '', repo = '', id, attempt]: string[]): Answer {
  const { scenario } = context;
  const fullName = `${owner}/${repo}`;
  const run = scenario.runs?.find(
    (r) => r.id === Number(id) && sameName(r.repository ?? `${scenario.owner}/${scenario.repo}`, fullName),
  );
  if (run === undefined || (attempt !== undefined && Number(attempt) > (run.attempts ?? 1)))
    return notFound();
  const repository = run.repository ?? `${scenario.owner}/${scenario.repo}`;
  const body: Partly<Schemas['workflow-run']> = {
    id: run.id,
    name: run.name ?? 'CI',
    head_sha: run.headSha ?? scenario.pull.head.sha,
    head_branch: scenario.pull.head.ref,
    path: '.github/workflows/ci.yml',
    display_title: run.displayTitle ?? scenario.pull.title,
    run_number: run.id % 1000,
    run_attempt: attempt === undefined ? (run.attempts ?? 1) : Number(attempt),
    event: 'pull_request',
    status: run.status ?? (run.conclusion === null ? 'in_progress' : 'completed'),
    conclusion: run.conclusion,
    html_url: `https://github.example.com/${repository}/actions/runs/${run.id}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: run.updatedAt ?? '2026-01-01T00:12:00Z',
    run_started_at: '2026-01-01T00:00:05Z',
    repository: minimalRepository(repository),
    head_repository: minimalRepository(run.headRepository ?? repository),
  };
  return json(200, body);
}

function listRunJobs(context: RequestContext, [, , runId]: string[]): Answer {
  const jobs = (context.scenario.jobs ?? []).filter(
    (job) => job.runId === Number(runId) && job.repository === undefined,
  );
  return json(200, {
    total_count: jobs.length,
    jobs: jobs.map((job) => ({
      id: job.id,
      run_id: job.runId,
      name: job.name,
      status: job.status ?? (job.conclusion === null ? 'in_progress' : 'completed'),
      conclusion: job.conclusion,
      runner_name: job.runnerName ?? null,
    })),
  });
}

function getWorkflowJob(context: RequestContext, [owner = '', repo = '', id]: string[]): Answer {
  const { scenario } = context;
  const fullName = `${owner}/${repo}`;
  const job = scenario.jobs?.find(
    (j) => j.id === Number(id) && sameName(j.repository ?? `${scenario.owner}/${scenario.repo}`, fullName),
  );
  if (job === undefined) return notFound();
  const body: Partly<Schemas['job']> = {
    id: job.id,
    run_id: job.runId,
    name: job.name,
    workflow_name: job.workflowName ?? 'CI',
    head_sha: job.headSha ?? scenario.pull.head.sha,
    head_branch: scenario.pull.head.ref,
    status: job.status ?? (job.conclusion === null ? 'in_progress' : 'completed'),
    conclusion: job.conclusion,
    created_at: '2026-01-01T00:00:00Z',
    started_at: '2026-01-01T00:00:05Z',
    completed_at: job.conclusion === null ? null : (job.completedAt ?? '2026-01-01T00:10:00Z'),
    labels: ['ubuntu-latest'],
  };
  return json(200, body);
}

/** The pull request, as a simple pull request (lists of pull requests). */
function pullSimpleJson(scenario: FakeScenario, url: string): Partly<Schemas['pull-request-simple']> {
  const pull = pullJson(scenario, url);
  return {
    url: pull.url,
    id: pull.id,
    number: pull.number,
    state: 'open',
    title: pull.title,
    head: { ref: scenario.pull.head.ref, sha: scenario.pull.head.sha, label: pull.head?.label },
    base: pull.base,
  };
}

/**
 * Like GitHub: the pull request whose head is the commit, when its head branch is in this
 * repository; a fork's commit is not associated with this repository's pull requests.
 */
function listCommitPulls(context: RequestContext, [, , sha]: string[]): Answer {
  const { scenario } = context;
  const head = scenario.pull.head;
  const own = head.repo !== null && !head.repo.fork;
  const containing = sha === head.sha || scenario.commits?.some((c) => c.sha === sha);
  const pulls = own && containing ? [pullSimpleJson(scenario, `http://${context.req.headers.host}`)] : [];
  return json(200, pulls);
}

/** `?head=owner:branch`: the pull request from that branch, if it is the scenario's. */
function listPulls(context: RequestContext): Answer {
  const { scenario } = context;
  const wanted = context.url.searchParams.get('head');
  const head = scenario.pull.head;
  const label = `${head.repo?.full_name.split('/')[0] ?? ''}:${head.ref}`;
  const pulls =
    wanted === null || sameName(wanted, label)
      ? [pullSimpleJson(scenario, `http://${context.req.headers.host}`)]
      : [];
  return json(200, pulls);
}

function createStatus(context: RequestContext, [, , sha]: string[]): Answer {
  const { scenario } = context;
  if (scenario.readOnlyToken) return notAccessible();
  const body = (context.body ?? {}) as { state?: unknown; context?: unknown; description?: unknown };
  if (typeof body.state !== 'string') return json(422, { message: 'Validation Failed', status: '422' });
  const status: Partly<Schemas['status']> = {
    id: 7000 + context.scenario.statuses.length,
    state: body.state,
    context: typeof body.context === 'string' ? body.context : 'default',
    description: typeof body.description === 'string' ? body.description : null,
    url: `https://api.github.com/repos/${scenario.owner}/${scenario.repo}/statuses/${sha}`,
    created_at: '2026-01-01T00:20:00Z',
  };
  return json(201, status);
}

function combinedStatus(context: RequestContext, [, , ref = '']: string[]): Answer {
  const { scenario } = context;
  const all = scenario.statuses;
  const { items, headers } = context.page(all);
  const states = new Set(all.map((s) => s.state));
  const state =
    states.has('failure') || states.has('error')
      ? 'failure'
      : states.has('pending') || all.length === 0
        ? 'pending'
        : 'success';
  const combined: Partly<Schemas['combined-commit-status']> = {
    state,
    sha: ref,
    total_count: all.length,
    statuses: items.map((status, i) => ({
      id: 900 + i,
      context: status.context,
      state: status.state,
      description: status.description ?? null,
      target_url: status.targetUrl ?? null,
      created_at: '2026-01-01T00:00:00Z',
    })),
    repository: { full_name: `${scenario.owner}/${scenario.repo}` },
    commit_url: `https://api.github.com/repos/${scenario.owner}/${scenario.repo}/commits/${ref}`,
    url: `https://api.github.com/repos/${scenario.owner}/${scenario.repo}/commits/${ref}/status`,
  };
  return json(200, combined, headers);
}

function commentJson(scenario: FakeScenario, comment: FakeComment): Partly<Schemas['issue-comment']> {
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    user: comment.user && { login: comment.user.login, id: 41898282, type: comment.user.type ?? 'User' },
    html_url: `https://github.com/${scenario.owner}/${scenario.repo}/pull/${scenario.pull.number}#issuecomment-${comment.id}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    author_association: 'NONE',
  };
}

const notAccessible = (): Answer =>
  json(403, {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403',
  });

function commentBody(context: RequestContext): string | Answer {
  const body = (context.body as { body?: unknown } | undefined)?.body;
  if (typeof body !== 'string') {
    return json(422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', status: '422' });
  }
  if (body.length > 65_536) {
    return json(422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
      status: '422',
    });
  }
  return body;
}

function createComment(context: RequestContext, [, , number]: string[]): Answer {
  const { scenario } = context;
  if (!isPull(scenario, number)) return notFound();
  if (scenario.readOnlyToken) return notAccessible();
  const body = commentBody(context);
  if (typeof body !== 'string') return body;
  const comment: FakeComment = {
    id: Math.max(1000, ...scenario.comments.map((c) => c.id)) + 1,
    body,
    user: { login: viewerLogin(scenario), type: viewerLogin(scenario).endsWith('[bot]') ? 'Bot' : 'User' },
  };
  scenario.comments.push(comment);
  return json(201, commentJson(scenario, comment));
}

function updateComment(context: RequestContext, [, , id]: string[]): Answer {
  const { scenario } = context;
  const comment = scenario.comments.find((c) => c.id === Number(id));
  if (comment === undefined) return notFound();
  if (scenario.readOnlyToken) return notAccessible();
  const body = commentBody(context);
  if (typeof body !== 'string') return body;
  comment.body = body;
  return json(200, commentJson(scenario, comment));
}

// ---------------------------------------------------------------------------------------------
// GraphQL: `alias: object(expression: $var | "literal") { __typename ... on Blob|Tree { … } }`

const OBJECT_FIELD =
  /(\w+)\s*:\s*object\s*\(\s*expression\s*:\s*(?:\$(\w+)|("(?:[^"\\]|\\.)*"))\s*\)\s*\{\s*(__typename\s*)?\.\.\.\s*on\s+(Blob|Tree)\b/g;

function graphqlRequest(context: RequestContext): { query: string; variables: Record<string, unknown> } {
  const request = context.body as { query?: unknown; variables?: unknown } | undefined;
  const variables = request?.variables;
  return {
    query: typeof request?.query === 'string' ? request.query : '',
    variables:
      typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {},
  };
}

/** The repository a query names, or the answer GitHub gives when it is not this one. */
function graphqlRepository(context: RequestContext): Answer | undefined {
  const { scenario } = context;
  const { query, variables } = graphqlRequest(context);
  const repository = /repository\s*\(\s*owner\s*:\s*\$(\w+)\s*,\s*name\s*:\s*\$(\w+)\s*\)/.exec(query);
  if (!repository) return json(200, { errors: [{ message: 'fake GitHub: unsupported query shape' }] });
  const owner = variables[repository[1] ?? ''];
  const name = variables[repository[2] ?? ''];
  if (owner !== scenario.owner || name !== scenario.repo) {
    return json(200, {
      data: { repository: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository'],
          message: `Could not resolve to a Repository with the name '${String(owner)}/${String(name)}'.`,
        },
      ],
    });
  }
  return undefined;
}

function graphql(context: RequestContext): Answer {
  const { scenario } = context;
  const { query, variables } = graphqlRequest(context);
  const refused = graphqlRepository(context);
  if (refused) return refused;
  const data: Record<string, unknown> = {};
  for (const field of query.matchAll(OBJECT_FIELD)) {
    const [, alias = '', variable, literal, typename, fragment] = field;
    const expression = variable === undefined ? JSON.parse(literal ?? '""') : variables[variable];
    data[alias] =
      typeof expression === 'string'
        ? objectAt(scenario, expression, fragment as 'Blob' | 'Tree', !!typename)
        : null;
  }
  return json(200, { data: { repository: data } });
}

function objectAt(
  scenario: FakeScenario,
  expression: string,
  fragment: 'Blob' | 'Tree',
  typename: boolean,
): unknown {
  const colon = expression.indexOf(':');
  if (colon < 0) return null;
  const files = filesAt(scenario, expression.slice(0, colon));
  if (files === undefined) return null;
  const path = expression.slice(colon + 1);
  const file = files[path];
  let type: string;
  let fields: Record<string, unknown>;
  if (file !== undefined && typeof file === 'object' && 'submodule' in file) {
    type = 'Commit';
    fields = {};
  } else if (file !== undefined) {
    type = 'Blob';
    fields = blobFields(file);
  } else {
    const entries = treeAt(files, path);
    if (entries === undefined) return null;
    type = 'Tree';
    fields = { entries };
  }
  return { ...(typename ? { __typename: type } : {}), ...(type === fragment ? fields : {}) };
}

function blobFields(file: FakeFile): Record<string, unknown> {
  const bytes = bytesOf(file);
  if (typeof file === 'object' && 'binary' in file) {
    return { byteSize: bytes.byteLength, isBinary: true, isTruncated: false, text: null };
  }
  if (typeof file === 'object' && 'bytes' in file) {
    const isBinary = file.isBinary === undefined ? null : file.isBinary;
    return { byteSize: bytes.byteLength, isBinary, isTruncated: false, text: null };
  }
  const truncated = bytes.byteLength > GRAPHQL_TEXT_LIMIT;
  const text = Buffer.from(bytes.subarray(0, GRAPHQL_TEXT_LIMIT)).toString('utf8');
  return { byteSize: bytes.byteLength, isBinary: false, isTruncated: truncated, text };
}

// ---------------------------------------------------------------------------------------------
// GraphQL: `query EvidenceCommits { repository { pullRequest(number:) { commits(last:) { … } } pN: object(expression:) { ... on Blob { oid } } } }`

/** A blob's id as git computes it, so that equal contents have equal ids. */
function blobOid(file: FakeFile): string {
  const bytes = bytesOf(file);
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

function graphqlEvidenceCommits(context: RequestContext): Answer {
  const { scenario } = context;
  const refused = graphqlRepository(context);
  if (refused) return refused;
  const { query, variables } = graphqlRequest(context);
  const repository: Record<string, unknown> = {};
  if (/\bpullRequest\s*\(/.test(query)) {
    const last = Number(/commits\s*\(\s*last\s*:\s*(\d+)/.exec(query)?.[1] ?? 0);
    const all = [...(scenario.commits ?? []).map((c) => c.sha), scenario.pull.head.sha];
    repository.pullRequest = {
      commits: { totalCount: all.length, nodes: all.slice(-last).map((oid) => ({ commit: { oid } })) },
    };
  }
  for (const field of query.matchAll(/(\w+)\s*:\s*object\s*\(\s*expression\s*:\s*\$(\w+)\s*\)/g)) {
    const [, alias = '', variable = ''] = field;
    const expression = String(variables[variable] ?? '');
    const colon = expression.indexOf(':');
    const file = filesAt(scenario, expression.slice(0, colon))?.[expression.slice(colon + 1)];
    repository[alias] = file === undefined ? null : { oid: blobOid(file) };
  }
  return json(200, { data: { repository } });
}

// ---------------------------------------------------------------------------------------------
// GraphQL: `viewer { login }` and `repository(…) { pullRequest(number: $n) { headRefOid comments(last:, before:) { … } } }`

const viewerLogin = (scenario: FakeScenario): string => scenario.viewer ?? 'github-actions[bot]';

/** GitHub's cursors are opaque; these are too (the comment's position, base64). */
const cursorOf = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');
const indexOf = (cursor: string) =>
  Number(/^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString())?.[1]);

/** An argument's value: a literal, or the variable it names. */
function argument(text: string, name: string, variables: Record<string, unknown>): unknown {
  const found = new RegExp(`\\b${name}\\s*:\\s*(?:\\$(\\w+)|(\\d+))`).exec(text);
  if (!found) return undefined;
  return found[1] !== undefined ? variables[found[1]] : Number(found[2]);
}

/**
 * The pull request's head, its comments (oldest first within a page, paged backwards with `last`
 * and `before` as GitHub does) and the viewer, answering only what the query asks for. A bot's
 * login comes without `[bot]`, as GraphQL gives it; the viewer keeps it.
 */
function graphqlPullState(context: RequestContext): Answer {
  const { scenario } = context;
  const refused = graphqlRepository(context);
  if (refused) return refused;
  const { query, variables } = graphqlRequest(context);
  const pullArgs = /pullRequest\s*\(([^)]*)\)/.exec(query)?.[1] ?? '';
  const number = argument(pullArgs, 'number', variables);
  const data: Record<string, unknown> = {};
  if (/\bviewer\s*\{/.test(query)) data.viewer = { login: viewerLogin(scenario) };
  if (number !== scenario.pull.number) {
    return json(200, {
      data: { ...data, repository: { pullRequest: null } },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository', 'pullRequest'],
          message: `Could not resolve to a PullRequest with the number of ${String(number)}.`,
        },
      ],
    });
  }
  const pullRequest: Record<string, unknown> = { headRefOid: scenario.pull.head.sha };
  const commentArgs = /\bcomments\s*\(([^)]*)\)/.exec(query)?.[1];
  if (commentArgs !== undefined) {
    const last = argument(commentArgs, 'last', variables);
    const before = argument(commentArgs, 'before', variables);
    if (typeof last !== 'number' || last < 1 || last > 100) {
      return json(200, {
        errors: [
          {
            message: `Requesting ${String(last)} records on the \`comments\` connection exceeds the \`last\` limit of 100 records.`,
          },
        ],
      });
    }
    const all = scenario.comments;
    const end = typeof before === 'string' ? indexOf(before) : all.length;
    if (!Number.isInteger(end) || end < 0 || end > all.length) {
      return json(200, {
        errors: [{ message: `\`${String(before)}\` does not appear to be a valid cursor.` }],
      });
    }
    const start = Math.max(0, end - last);
    pullRequest.comments = {
      nodes: all.slice(start, end).map((comment) => ({
        databaseId: comment.id,
        fullDatabaseId: String(comment.id),
        body: comment.body,
        author: comment.user && {
          __typename: comment.user.type ?? 'User',
          login:
            comment.user.type === 'Bot' ? comment.user.login.replace(/\[bot\]$/, '') : comment.user.login,
        },
      })),
      pageInfo: {
        hasPreviousPage: start > 0,
        hasNextPage: end < all.length,
        startCursor: end > start ? cursorOf(start) : null,
        endCursor: end > start ? cursorOf(end - 1) : null,
      },
    };
  }
  return json(200, { data: { ...data, repository: { pullRequest } } });
}
