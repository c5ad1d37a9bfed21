import type { ReportLinks } from '../report/index.js';
import type { Octokit } from '../sources/github/index.js';
import type { RepoRef } from '../sources/github/index.js';

/** What the runner says about the run a step is part of (GITHUB_* and RUNNER_* variables). */
export interface RunEnvironment {
  GITHUB_SERVER_URL?: string | undefined;
  GITHUB_REPOSITORY?: string | undefined;
  GITHUB_RUN_ID?: string | undefined;
  GITHUB_RUN_ATTEMPT?: string | undefined;
  RUNNER_NAME?: string | undefined;
}

/** The run's page, `https://github.com/o/r/actions/runs/123`; undefined outside a run. */
export function runUrl(env: RunEnvironment): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) return undefined;
  return `${server}/${repository}/actions/runs/${runId}`;
}

interface ListedJob {
  id: number;
  status: string;
  runner_name?: string | null;
}

/**
 * The id of the job this step runs in: the job summary's anchor on the run's page is
 * `#summary-<job id>`, and no variable gives that id. It is the attempt's job in progress on this
 * runner. Undefined when it cannot be told (no `actions: read`, an API error, no such job): the
 * link then goes to the run's page, which shows every job's summary.
 */
export async function findJobId(
  client: Octokit,
  repo: RepoRef,
  env: RunEnvironment,
): Promise<number | undefined> {
  const runId = Number(env.GITHUB_RUN_ID);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT || '1');
  const runner = env.RUNNER_NAME;
  if (!Number.isSafeInteger(runId) || !Number.isSafeInteger(attempt) || !runner) return undefined;
  try {
    const response = await client.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
      { owner: repo.owner, repo: repo.repo, run_id: runId, attempt_number: attempt, per_page: 100 },
    );
    const jobs = (response.data as { jobs?: ListedJob[] }).jobs ?? [];
    const mine = jobs.filter((job) => job.status === 'in_progress' && job.runner_name === runner);
    return mine.length === 1 ? mine[0]?.id : undefined;
  } catch {
    return undefined;
  }
}

/** The run's page and its job summary, for the comment: the links every report carries. */
export async function runLinks(client: Octokit, repo: RepoRef, env: RunEnvironment): Promise<ReportLinks> {
  const run = runUrl(env);
  if (run === undefined) return {};
  const jobId = await findJobId(client, repo, env);
  return { run, summary: jobId === undefined ? run : `${run}#summary-${jobId}` };
}
