/** CI results on a commit (check runs and commit statuses), and the verdict written as a commit status. */
import type { CheckRun } from '../../core/model.js';
import type { Octokit } from './client.js';
import { call, isRecord, unexpectedAnswer } from './errors.js';
import type { RepoRef } from './types.js';

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
    statuses.push(...(answer.statuses as unknown[]));
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
