/** The pull request itself, and the open pull requests whose head is a given commit (re-judging). */
import type { Octokit } from './client.js';
import { call, isRecord, unexpectedAnswer } from './errors.js';
import type { RepoRef } from './types.js';

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
