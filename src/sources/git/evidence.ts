/**
 * What a local repository says for the verification of test evidence: which GitHub repository its
 * `origin` remote is, and, for `evidence.freshness: unchanged`, whether an older commit a run tested
 * is one of the change's and which judged files changed since.
 */
import type { CommitFacts } from '../../core/model.js';
import { bindGit, outputLines, runGit } from './run.js';
import type { GitRunner } from './run.js';

export interface RemoteRepository {
  /** Host of the remote, lowercase (github.com, or a GHES host). */
  host: string;
  /** owner/name. */
  repository: string;
}

/**
 * Reads a remote URL as GitHub writes them: `https://github.com/o/r(.git)`, `git@github.com:o/r.git`,
 * `ssh://git@github.com/o/r.git`. Anything else is undefined.
 */
export function parseRemoteUrl(url: string): RemoteRepository | undefined {
  const text = url.trim();
  const scp = /^[\w.-]+@([\w.-]+):\/?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(text);
  if (scp) return { host: (scp[1] ?? '').toLowerCase(), repository: `${scp[2]}/${scp[3]}` };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol)) return undefined;
  const parts = /^\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(parsed.pathname);
  if (!parts) return undefined;
  return { host: parsed.hostname.toLowerCase(), repository: `${parts[1]}/${parts[2]}` };
}

/** The repository the `origin` remote names, or undefined when there is none or it is not a URL git hosts use. */
export async function originRepository(
  repo: string,
  run: GitRunner = runGit,
): Promise<RemoteRepository | undefined> {
  const result = await bindGit(run, repo)(['config', '--get', 'remote.origin.url']);
  if (result.code !== 0) return undefined;
  return parseRemoteUrl(result.stdout.toString('utf8'));
}

/** Commits of the change looked at, at most: beyond them an older commit is "cannot tell". */
const MAX_COMMITS = 10_000;

/**
 * For each older commit: whether it is in `base..head` (a commit of the change), and which of
 * `paths` differ between it and `head`. A commit this clone lacks is an error (never fresh).
 */
export async function readCommitFactsFromGit(
  repo: string,
  base: string,
  head: string,
  shas: readonly string[],
  paths: readonly string[],
  run: GitRunner = runGit,
): Promise<Map<string, CommitFacts>> {
  const git = bindGit(run, repo);
  const listed = await git(['rev-list', `--max-count=${MAX_COMMITS + 1}`, `${base}..${head}`]);
  const commits = new Set(
    listed.code === 0 ? outputLines(listed.stdout).map((sha) => sha.toLowerCase()) : [],
  );
  const complete = listed.code === 0 && commits.size <= MAX_COMMITS;
  const facts = new Map<string, CommitFacts>();
  for (const sha of shas) {
    const diff = await git([
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      sha,
      head,
      '--',
      ...paths.map((p) => `:(literal)${p}`),
    ]);
    if (diff.code !== 0) {
      facts.set(sha, {
        inPullRequest: undefined,
        changedSince: [],
        error: `git cannot compare ${sha.slice(0, 12)} with the head (is it in this clone? fetch it, or the whole history)`,
      });
      continue;
    }
    const changed = diff.stdout
      .toString('utf8')
      .split('\0')
      .filter((p) => p !== '');
    facts.set(sha, {
      inPullRequest: commits.has(sha.toLowerCase()) ? true : complete ? false : undefined,
      changedSince: changed,
    });
  }
  return facts;
}
