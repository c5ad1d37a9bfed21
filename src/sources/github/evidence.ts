/**
 * What GitHub says about the runs, jobs and check runs a pull request links to as its test
 * evidence, and about the commits they ran on: one function per endpoint, the client and the
 * repository passed in. These reads never decide anything (core does) and never pass on an error:
 * a run that cannot be read comes back as `{ error }` or `{ notFound }`, which is never evidence.
 */
import type { CommitFacts, RunFacts, RunOutcome, RunRef } from '../../core/model.js';
import type { Octokit } from './client.js';
import { checkAnswer } from './answers.js';
import { GitHubSourceError, call, isRecord, unexpectedAnswer } from './errors.js';
import type { RepoRef } from './types.js';

const PERMISSION = 'actions: read';

export function repoOf(repository: string): RepoRef {
  const [owner = '', repo = ''] = repository.split('/');
  return { owner, repo };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const fullName = (value: unknown): string | undefined =>
  isRecord(value) ? text(value.full_name) : undefined;

/** A workflow run (`GET /repos/{owner}/{repo}/actions/runs/{id}`, or one attempt of it). */
export async function getWorkflowRun(
  client: Octokit,
  repo: RepoRef,
  id: number,
  attempt?: number,
): Promise<RunFacts> {
  const path = `/repos/${repo.owner}/${repo.repo}/actions/runs/${id}${attempt === undefined ? '' : `/attempts/${attempt}`}`;
  const request = `GET ${path}`;
  const { data } = await call(request, PERMISSION, () =>
    attempt === undefined
      ? client.rest.actions.getWorkflowRun({ owner: repo.owner, repo: repo.repo, run_id: id })
      : client.rest.actions.getWorkflowRunAttempt({
          owner: repo.owner,
          repo: repo.repo,
          run_id: id,
          attempt_number: attempt,
        }),
  );
  const run: unknown = data;
  if (!isRecord(run) || typeof run.head_sha !== 'string') throw unexpectedAnswer(request, 'no workflow run');
  const status = text(run.status) ?? 'unknown';
  const facts: RunFacts = {
    name: text(run.name) || text(run.path) || `run ${id}`,
    repository: fullName(run.repository) ?? `${repo.owner}/${repo.repo}`,
    headSha: run.head_sha,
    status,
    conclusion: text(run.conclusion) ?? null,
  };
  const title = text(run.display_title);
  if (title !== undefined) facts.title = title;
  const headRepository = fullName(run.head_repository);
  if (headRepository !== undefined) facts.headRepository = headRepository;
  // A run has no completion time of its own; once completed, it is last updated when it completes.
  const updated = text(run.updated_at);
  if (status === 'completed' && updated !== undefined) facts.completedAt = updated;
  return facts;
}

/** A job of a workflow run (`GET /repos/{owner}/{repo}/actions/jobs/{id}`). */
export async function getWorkflowJob(client: Octokit, repo: RepoRef, id: number): Promise<RunFacts> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/actions/jobs/${id}`;
  const { data } = await call(request, PERMISSION, () =>
    client.rest.actions.getJobForWorkflowRun({ owner: repo.owner, repo: repo.repo, job_id: id }),
  );
  const job: unknown = data;
  if (!isRecord(job) || typeof job.head_sha !== 'string') throw unexpectedAnswer(request, 'no job');
  const workflow = text(job.workflow_name);
  const name = text(job.name) ?? `job ${id}`;
  const facts: RunFacts = {
    name: workflow ? `${workflow} / ${name}` : name,
    repository: `${repo.owner}/${repo.repo}`,
    headSha: job.head_sha,
    status: text(job.status) ?? 'unknown',
    conclusion: text(job.conclusion) ?? null,
    app: 'github-actions',
  };
  const runId = Number(job.run_id);
  if (Number.isSafeInteger(runId)) facts.runId = runId;
  const completed = text(job.completed_at);
  if (completed !== undefined) facts.completedAt = completed;
  return facts;
}

/** A check run (`GET /repos/{owner}/{repo}/check-runs/{id}`); a job is one too. */
export async function getCheckRun(client: Octokit, repo: RepoRef, id: number): Promise<RunFacts> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/check-runs/${id}`;
  const { data } = await call(request, 'checks: read', () =>
    client.rest.checks.get({ owner: repo.owner, repo: repo.repo, check_run_id: id }),
  );
  const check: unknown = data;
  if (!isRecord(check) || typeof check.head_sha !== 'string') throw unexpectedAnswer(request, 'no check run');
  const facts: RunFacts = {
    name: text(check.name) ?? `check run ${id}`,
    repository: `${repo.owner}/${repo.repo}`,
    headSha: check.head_sha,
    status: text(check.status) ?? 'unknown',
    conclusion: text(check.conclusion) ?? null,
  };
  const app = isRecord(check.app) ? text(check.app.slug) : undefined;
  if (app !== undefined) facts.app = app;
  const completed = text(check.completed_at);
  if (completed !== undefined) facts.completedAt = completed;
  return facts;
}

const statusOf = (error: unknown): number | undefined => {
  const cause = error instanceof GitHubSourceError ? error.cause : error;
  const status = isRecord(cause) ? cause.status : undefined;
  return typeof status === 'number' ? status : undefined;
};

const withoutPrefix = (message: string) => message.replace(/^could not verify: /, '');

/** One run link read: its facts, `notFound` (404), or the error, never thrown. */
export async function readRun(client: Octokit, ref: RunRef): Promise<RunOutcome> {
  const repo = repoOf(ref.repository);
  try {
    const found =
      ref.kind === 'actions-run'
        ? await getWorkflowRun(client, repo, ref.id, ref.attempt)
        : ref.kind === 'job'
          ? await getWorkflowJob(client, repo, ref.id)
          : await getCheckRun(client, repo, ref.id);
    return { found };
  } catch (error) {
    if (statusOf(error) === 404) return { notFound: 'GitHub answered 404' };
    return { error: withoutPrefix(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * Reads run links, each once: a link asked for again (the speculative read started before the
 * policy was known, then the definitive one) shares the first request. All links are read at once;
 * the caller bounds how many there are.
 */
export class RunReader {
  private readonly started = new Map<string, Promise<RunOutcome>>();

  constructor(private readonly client: Octokit) {}

  /** Starts reading the links not read yet; the answers come from `read`. */
  prefetch(refs: readonly RunRef[]): void {
    for (const ref of refs) {
      if (!this.started.has(ref.key)) this.started.set(ref.key, readRun(this.client, ref));
    }
  }

  async read(refs: readonly RunRef[]): Promise<Map<string, RunOutcome>> {
    this.prefetch(refs);
    const answers = await Promise.all(refs.map((ref) => this.started.get(ref.key) as Promise<RunOutcome>));
    return new Map(refs.map((ref, i) => [ref.key, answers[i] as RunOutcome]));
  }

  /** How many links were read (speculative reads the policy did not want included). */
  get requests(): number {
    return this.started.size;
  }
}

// ---------------------------------------------------------------------------------------------
// Older commits (evidence.freshness: unchanged)

/** GitHub's GraphQL API gives at most 100 nodes per page: the newest 100 commits are asked for. */
const COMMITS_ASKED = 100;
/** Blob lookups per query, as for the change's own contents. */
const LOOKUPS_PER_QUERY = 100;

function commitsQuery(lookups: number, withCommits: boolean): string {
  const vars = Array.from({ length: lookups }, (_, i) => `p${i}`);
  const declarations = [
    '$owner: String!',
    '$name: String!',
    ...(withCommits ? ['$number: Int!'] : []),
    ...vars.map((v) => `$${v}: String!`),
  ];
  const fields = [
    ...(withCommits
      ? [
          `pullRequest(number: $number) { commits(last: ${COMMITS_ASKED}) { totalCount nodes { commit { oid } } } }`,
        ]
      : []),
    ...vars.map((v) => `${v}: object(expression: $${v}) { ... on Blob { oid } }`),
  ];
  return `query EvidenceCommits(${declarations.join(', ')}) {\n  repository(owner: $owner, name: $name) {\n    ${fields.join('\n    ')}\n  }\n}`;
}

/**
 * For each older commit a run tested: whether it is one of the pull request's newest 100 commits,
 * and which of `paths` (the judged files, at their head paths and at their base paths) differ
 * between it and the head, by blob id. One GraphQL query for up to 100 lookups (the commits ride in
 * the first). An error is recorded for every commit, never thrown: no commit is then fresh.
 */
export async function readCommitFacts(
  client: Octokit,
  repo: RepoRef,
  pullNumber: number,
  head: string,
  shas: readonly string[],
  paths: readonly string[],
): Promise<Map<string, CommitFacts>> {
  const lookups = [head, ...shas].flatMap((sha) =>
    paths.map((path) => ({ sha, path, expression: `${sha}:${path}` })),
  );
  const batches: (typeof lookups)[] = [];
  for (let i = 0; i < lookups.length; i += LOOKUPS_PER_QUERY)
    batches.push(lookups.slice(i, i + LOOKUPS_PER_QUERY));
  if (batches.length === 0) batches.push([]);
  const request = `POST /graphql (commits of pull request #${pullNumber} of ${repo.owner}/${repo.repo})`;
  const oids = new Map<string, string | null>();
  let inPullRequest: (sha: string) => boolean | undefined = () => undefined;
  try {
    const answers = await Promise.all(
      batches.map((batch, index) => {
        const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo };
        if (index === 0) variables.number = pullNumber;
        batch.forEach((lookup, i) => (variables[`p${i}`] = lookup.expression));
        return call(request, 'contents: read', () =>
          client.graphql(commitsQuery(batch.length, index === 0), variables),
        ).then((data: unknown) => ({ data, batch, index }));
      }),
    );
    for (const { data, batch, index } of answers) {
      const { repository } = checkAnswer(request, 'withRepository', data);
      batch.forEach((lookup, i) => {
        const node = repository[`p${i}`];
        oids.set(lookup.expression, isRecord(node) && typeof node.oid === 'string' ? node.oid : null);
      });
      if (index !== 0) continue;
      const { commits } = checkAnswer(request, 'pullRequestCommits', repository).pullRequest;
      const listed = new Set(
        commits.nodes.flatMap((node) =>
          isRecord(node) && isRecord(node.commit) && typeof node.commit.oid === 'string'
            ? [node.commit.oid.toLowerCase()]
            : [],
        ),
      );
      const complete = commits.totalCount <= listed.size;
      inPullRequest = (sha) => (listed.has(sha) ? true : complete ? false : undefined);
    }
  } catch (error) {
    const message = withoutPrefix(error instanceof Error ? error.message : String(error));
    return new Map(shas.map((sha) => [sha, { inPullRequest: undefined, changedSince: [], error: message }]));
  }
  return new Map(
    shas.map((sha) => [
      sha,
      {
        inPullRequest: inPullRequest(sha.toLowerCase()),
        changedSince: paths.filter((path) => oids.get(`${sha}:${path}`) !== oids.get(`${head}:${path}`)),
      },
    ]),
  );
}
