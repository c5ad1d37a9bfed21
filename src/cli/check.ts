import path from 'node:path';
import { check, gitAuditSource, gitChangeSource, readEvidenceContext } from '../check/index.js';
import { DEFAULT_POLICY_PATH } from '../core/policy.js';
import type { Policy } from '../core/policy.js';
import type { ContextFile, PullRequestContext, Report } from '../core/model.js';
import { OUTPUT_FORMATS, renderers } from '../report/index.js';
import type { OutputFormat } from '../report/index.js';
import { countUncommitted, isEmptyTree } from '../sources/git/index.js';
import type { WorkingSide } from '../sources/git/index.js';
import { loadPolicyFile } from '../sources/policy-file.js';
import type { SharedPolicyOptions } from '../sources/policy-file.js';
import { SHARED_POLICY_FLAGS, sharedPolicyOptions } from './shared-policy.js';
import { readRenderedManifests } from '../sources/rendered.js';
import { RunReader, createClient } from '../sources/github/index.js';
import { originRepository, readCommitFactsFromGit } from '../sources/git/evidence.js';
import { EXIT, UsageError, checkOutputFolder, readInput, writeOutput } from './io.js';
import type { CliIo } from './io.js';
import { JUDGING_FLAGS, parseFlags } from './flags.js';

/** The most a source reads of one file; the policy's own (smaller) limit applies before parsing. */
const READ_LIMIT_BYTES = 100 * 1024 * 1024;

/** The command's flags, as parseArgs reads them and its help lists them. */
export const CHECK_OPTIONS = {
  repo: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  ...JUDGING_FLAGS,
  rendered: { type: 'string' },
  all: { type: 'boolean' },
  'token-env': { type: 'string' },
  'github-repo': { type: 'string' },
  worktree: { type: 'boolean' },
  staged: { type: 'boolean' },
  ...SHARED_POLICY_FLAGS,
} as const;

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, CHECK_OPTIONS);
  if (values.all === true) rejectWithAll(values);
  const shared = await sharedPolicyOptions(values, io, values['token-env']);
  const working = workingSide(values);
  if (values.output !== undefined) await checkOutputFolder(io, values.output);
  const format = parseFormat(values.format);
  const now = values.today === undefined ? io.now() : parseToday(values.today);
  const repo = path.resolve(io.cwd, values.repo ?? '.');
  const body = await readPullRequestBody(values['pr-body'], io);

  const rendered =
    values.rendered === undefined
      ? undefined
      : await readRenderedManifests(path.resolve(io.cwd, values.rendered), READ_LIMIT_BYTES).catch(
          (error: unknown) => {
            throw new UsageError(`--rendered: ${(error as Error).message}`);
          },
        );
  const pullRequest = { body, labels: values.label ?? [] };
  const report =
    values.all === true
      ? await checkAudit(repo, values.head, values.policy, { pullRequest, now, io, rendered, shared })
      : await checkGitChange({
          repo,
          base: values.base,
          head: values.head,
          working,
          indexFile: working === 'staged' ? hookIndexFile(io) : undefined,
          leaveToPullRequest: working !== undefined && values['pr-body'] === undefined,
          policy:
            values.policy === undefined
              ? undefined
              : await loadPolicyFile(path.resolve(io.cwd, values.policy), shared),
          shared,
          pullRequest,
          now,
          rendered,
          readWorker: io.readWorker,
          github: await gitHubAccess(values['token-env'], values['github-repo'], io, values.repo),
        });
  const judged =
    values.all === true
      ? { text: `Judged: every manifest at ${values.head ?? 'HEAD'} (${short(report.head)}), as an audit.` }
      : await describeJudged(report, {
          repo,
          base: values.base,
          head: values.head,
          working,
          leftToPullRequest: working !== undefined && values['pr-body'] === undefined,
        });
  const text = renderers[format](report);
  if (values.output === undefined) {
    // The text report is for a person: it says first what it judged. Other formats are for
    // programs, so the warning about what was left out goes to standard error.
    if (format === 'text') io.stdout(`${judged.text}\n`);
    else if (judged.leftOut) io.stderr(`rollout-guard: ${judged.leftOut}\n`);
    io.stdout(text);
  } else {
    await writeOutput(io, values.output, text);
    const { errors, warnings } = report.summary;
    io.stdout(
      `rollout-guard: ${report.verdict.toUpperCase()} (${errors} errors, ${warnings} warnings); ${format} report written to ${values.output}\n${judged.text}\n`,
    );
  }
  return report.verdict === 'fail' ? EXIT.fail : EXIT.pass;
}

/** --worktree or --staged: uncommitted work, judged against HEAD (or the merge-base with --base). */
function workingSide(values: {
  worktree?: boolean;
  staged?: boolean;
  head?: string;
  all?: boolean;
}): WorkingSide | undefined {
  if (values.worktree === true && values.staged === true) {
    throw new UsageError(
      '--worktree and --staged exclude each other: the working tree includes what is staged',
    );
  }
  const side = values.worktree === true ? 'worktree' : values.staged === true ? 'staged' : undefined;
  if (side !== undefined && values.head !== undefined) {
    throw new UsageError(`--${side} judges uncommitted work on top of HEAD: drop --head`);
  }
  if (side !== undefined && values.all === true) {
    throw new UsageError(`--all audits one commit: drop --${side}`);
  }
  return side;
}

/**
 * Inside a pre-commit hook, git names the index being committed in GIT_INDEX_FILE (relative to the
 * directory the hook runs in); with `git commit -a` it holds changes `.git/index` does not yet.
 */
function hookIndexFile(io: CliIo): string | undefined {
  const file = (io.env ?? process.env).GIT_INDEX_FILE;
  return file === undefined || file === '' ? undefined : path.resolve(io.cwd, file);
}

const short = (sha: string): string => sha.slice(0, 12);

/**
 * One line that says what `check` judged, and, when it judged commits while the working tree has
 * uncommitted changes, that those were left out and how to include them.
 */
async function describeJudged(
  report: Report,
  request: {
    repo: string;
    base?: string;
    head?: string;
    working?: WorkingSide;
    leftToPullRequest: boolean;
  },
): Promise<{ text: string; leftOut?: string }> {
  const against = isEmptyTree(report.base)
    ? 'an empty repository (every file is new)'
    : request.base === undefined
      ? `HEAD (${short(report.base)})`
      : `the merge-base of HEAD and ${request.base} (${short(report.base)})`;
  const deferred = request.leftToPullRequest
    ? `\nLeft to the pull request: ${PULL_REQUEST_RULES.join(', ')} (there is no description yet; --pr-body judges one).`
    : '';
  if (request.working === 'staged') {
    return {
      text: `Judged: the staged changes (the index, as the next commit takes it) against ${against}.${deferred}`,
    };
  }
  if (request.working === 'worktree') {
    return {
      text: `Judged: the working tree (tracked and untracked files, as "git add --all" would stage them) against ${against}.${deferred}`,
    };
  }
  const head = request.head ?? 'HEAD';
  const since =
    request.base === undefined
      ? 'its merge-base with the default branch'
      : isEmptyTree(request.base)
        ? 'an empty repository'
        : `its merge-base with ${request.base}`;
  const text = `Judged: the commits on ${head} since ${since} (${short(report.base)}..${short(report.head)}).`;
  // Only a check of HEAD can have left uncommitted work out: any other head is some other commit.
  const uncommitted = request.head === undefined ? await countUncommitted(request.repo) : 0;
  if (uncommitted === 0) return { text };
  const leftOut = `Not judged: ${uncommitted === 1 ? '1 uncommitted change' : `${uncommitted} uncommitted changes`} (--worktree judges the working tree, --staged what the next commit takes).`;
  return { text: `${text}\n${leftOut}`, leftOut };
}

export interface GitChangeRequest {
  repo: string;
  /** Default: the merge-base with the default branch; git's empty tree judges a first commit. */
  base?: string | undefined;
  /** Default: HEAD. */
  head?: string | undefined;
  /** Judge uncommitted work on top of HEAD instead of a commit (`--staged`, `--worktree`). */
  working?: WorkingSide | undefined;
  /** With `working: 'staged'`, the index to read instead of the repository's (a hook's GIT_INDEX_FILE). */
  indexFile?: string | undefined;
  /**
   * Turn off the rules only a pull request's description and checks can satisfy
   * (PULL_REQUEST_RULES): for uncommitted work with no description given. Default: false.
   */
  leaveToPullRequest?: boolean | undefined;
  /** A policy given on the command line; default: the policy file at the base commit, or the built-in one. */
  policy?: Policy | undefined;
  /** Where the shared policies it extends are read, and one imposed on it (--shared-policy). */
  shared?: SharedPolicyOptions | undefined;
  pullRequest: PullRequestContext;
  now: Date;
  rendered?: ContextFile[] | undefined;
  readWorker?: URL | undefined;
  /**
   * Where the repository lives on GitHub and how to read it, to verify the runs the evidence
   * section links to. Undefined: links are checked by shape only, and reported unverified.
   */
  github?: GitHubAccess | undefined;
}

/** What the CLI knows to verify evidence runs: the server, the repository, and a token if any. */
export interface GitHubAccess {
  serverUrl: string;
  /** REST API root. */
  apiUrl: string;
  repository: string | undefined;
  token: string | undefined;
  /** Why runs are not read, when token or repository is missing. */
  unread?: string;
}

/** Judges the change between two commits of a local repository, as `check` does. */
export async function checkGitChange(request: GitChangeRequest): Promise<Report> {
  const { repo, github } = request;
  return check(
    {
      policy: {
        path: DEFAULT_POLICY_PATH,
        given: request.policy,
        shared: request.shared,
        ...(request.leaveToPullRequest === true ? { rulesOff: PULL_REQUEST_RULES } : {}),
      },
      pullRequest: request.pullRequest,
      now: request.now,
      rendered: async () => request.rendered,
      evidence: github
        ? (changeSet, policy) =>
            readEvidenceContext(changeSet, policy, {
              serverUrl: github.serverUrl,
              repository: github.repository,
              fromFork: false,
              reader:
                github.token !== undefined && github.repository !== undefined
                  ? new RunReader(createClient(github.token, { baseUrl: github.apiUrl }))
                  : undefined,
              ...(github.unread !== undefined ? { unread: github.unread } : {}),
              commits: (shas, paths) =>
                readCommitFactsFromGit(repo, changeSet.base, changeSet.head, shas, paths),
            })
        : undefined,
      readWorker: request.readWorker,
    },
    gitChangeSource({
      repo,
      base: request.base,
      head: request.head,
      working: request.working,
      indexFile: request.indexFile,
      readPolicyWithChange: true,
      maxFileBytes: READ_LIMIT_BYTES,
    }),
  );
}

/**
 * The rules that only a pull request can satisfy: test evidence in its description or its checks,
 * and a rollback plan written there. Before there is a pull request (a pre-commit hook), they can
 * only fail, so a check of uncommitted work with no --pr-body leaves them to the pull request's
 * own check, and says so.
 */
export const PULL_REQUEST_RULES = ['evidence/missing', 'evidence/checks', 'rollback/missing'] as const;

/** Judges every manifest at one commit (`check --all`). */
async function checkAudit(
  repo: string,
  head: string | undefined,
  policyFile: string | undefined,
  options: {
    pullRequest: PullRequestContext;
    now: Date;
    io: CliIo;
    rendered: ContextFile[] | undefined;
    shared: SharedPolicyOptions;
  },
): Promise<Report> {
  return check(
    {
      policy: { path: DEFAULT_POLICY_PATH, shared: options.shared },
      pullRequest: options.pullRequest,
      now: options.now,
      rendered: async () => options.rendered,
      readWorker: options.io.readWorker,
    },
    gitAuditSource({
      repo,
      head,
      policyFile: policyFile === undefined ? undefined : path.resolve(options.io.cwd, policyFile),
    }),
  );
}

const PUBLIC_SERVER = 'https://github.com';

/**
 * The GitHub repository and token for `check`: `--github-repo` or the `origin` remote (on
 * github.com, or on the host of GITHUB_SERVER_URL), and the token from `--token-env NAME` (default
 * GITHUB_TOKEN). Without both, evidence links are checked by shape only.
 */
async function gitHubAccess(
  tokenEnv: string | undefined,
  githubRepo: string | undefined,
  io: CliIo,
  repoFlag: string | undefined,
): Promise<GitHubAccess> {
  const env = io.env ?? process.env;
  if (githubRepo !== undefined && !/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(githubRepo)) {
    throw new UsageError(`--github-repo must be OWNER/NAME (got "${githubRepo}")`);
  }
  if (tokenEnv !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) {
    throw new UsageError(`--token-env must name an environment variable (got "${tokenEnv}")`);
  }
  const configured = env.GITHUB_SERVER_URL?.trim();
  if (configured && !URL.canParse(configured)) {
    throw new UsageError(`GITHUB_SERVER_URL is not a URL (got "${configured}")`);
  }
  let serverUrl = configured || PUBLIC_SERVER;
  let repository = githubRepo;
  const name = tokenEnv ?? 'GITHUB_TOKEN';
  const token = env[name]?.trim() || undefined;
  // Without a token nothing is verified, so the origin remote (one more git process on every
  // check) is looked up only when it can be used.
  if (repository === undefined && token !== undefined) {
    const origin = await originRepository(path.resolve(io.cwd, repoFlag ?? '.')).catch(() => undefined);
    const serverHost = new URL(serverUrl).hostname.toLowerCase();
    if (origin !== undefined && (origin.host === serverHost || origin.host === 'github.com')) {
      repository = origin.repository;
      if (origin.host === 'github.com' && !configured) serverUrl = PUBLIC_SERVER;
    }
  }
  const apiUrl =
    env.GITHUB_API_URL?.trim() ||
    (new URL(serverUrl).hostname === 'github.com'
      ? 'https://api.github.com'
      : `${serverUrl.replace(/\/$/, '')}/api/v3`);
  if (tokenEnv !== undefined && token === undefined) {
    throw new UsageError(`--token-env ${tokenEnv}: the variable is not set or empty`);
  }
  const unread =
    token === undefined
      ? `there is no GitHub token (set ${name}, or name the variable with --token-env)`
      : repository === undefined
        ? 'the GitHub repository is not known (--github-repo OWNER/NAME, or an origin remote on GitHub)'
        : undefined;
  return { serverUrl, apiUrl, repository, token, ...(unread !== undefined ? { unread } : {}) };
}

/** Flags about a change or a pull request, which an audit of one commit does not have. */
function rejectWithAll(values: {
  base?: string;
  'pr-body'?: string;
  label?: string[];
  'token-env'?: string;
  'github-repo'?: string;
}): void {
  const given = (['base', 'pr-body', 'label', 'token-env', 'github-repo'] as const).filter(
    (name) => values[name] !== undefined,
  );
  if (given.length > 0) {
    throw new UsageError(
      `--all judges every manifest at --head, with no base or pull request: drop ${given.map((name) => `--${name}`).join(', ')}`,
    );
  }
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${value}")`);
}

export function parseToday(value: string, flag = '--today'): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  // `new Date` rolls 2027-02-30 over to March: a real day prints back as itself.
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new UsageError(`${flag} must be a date as YYYY-MM-DD (got "${value}")`);
  return date;
}

export async function readPullRequestBody(source: string | undefined, io: CliIo): Promise<string> {
  if (source === undefined) return '';
  if (source === '-') return io.readStdin();
  return readInput(io, source, '--pr-body');
}
