/**
 * The action reads the events GitHub really sends: the example payloads of
 * @octokit/webhooks-examples (from GitHub's webhook schemas), not payloads shaped by these tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

/** The parts of a payload these tests read; the action gets the whole payload. */
interface Payload {
  action?: string;
  repository: { full_name: string };
  pull_request: { number: number; base: { sha: string; ref: string }; head: { sha: string; ref: string } };
}

/** A workflow_run, check_suite or check_run payload: the run and the commit it tested. */
interface RunPayload {
  action?: string;
  repository: { full_name: string };
  workflow_run?: {
    id: number;
    conclusion: string | null;
    head_sha: string;
    head_branch: string;
    head_repository: { full_name: string; owner: { login: string } };
    pull_requests: { number: number }[];
  };
  check_suite?: { head_sha: string; pull_requests: { number: number }[] };
  check_run?: { head_sha: string; pull_requests: { number: number }[] };
}

interface Definition {
  name: string;
  examples: (Payload & RunPayload)[];
}

const definitions = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples'), 'utf8'),
) as Definition[];

function example(name: string, action: string, which: (e: Payload & RunPayload) => boolean = () => true) {
  const found = definitions
    .find((d) => d.name === name)
    ?.examples.find((e) => e.action === action && which(e));
  if (!found) throw new Error(`no ${name}.${action} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const MANIFEST = 'deploy/checkout/rollout.yaml';

/** The fake API holds the pull request the payload names, in the payload's repository. */
function worldFor(payload: Payload) {
  const [owner, repo] = payload.repository.full_name.split('/') as [string, string];
  const pr = payload.pull_request;
  const world = fakeScenario({
    owner,
    repo,
    files: { base: { [MANIFEST]: GUARDED }, head: { [MANIFEST]: SAFE } },
  });
  world.pull = {
    ...world.pull,
    number: pr.number,
    body: GOOD_BODY,
    base: { sha: pr.base.sha, ref: pr.base.ref },
    head: { ...world.pull.head, sha: pr.head.sha, ref: pr.head.ref },
  };
  return world;
}

describe('GitHub event payloads (@octokit/webhooks-examples)', () => {
  it.each([
    ['pull_request', 'opened'],
    ['pull_request', 'synchronize'],
    ['pull_request', 'reopened'],
    ['pull_request_review', 'submitted'],
  ])('%s.%s: judges the pull request the payload names', async (name, action) => {
    const payload = example(name, action);
    const world = worldFor(payload);
    const run = await runAction(world, { comment: 'never' }, name, { payload });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const pulls = run.requests.filter((r) => r.route === 'pull');
    expect(pulls.map((r) => r.path)).toEqual([
      `/repos/${world.owner}/${world.repo}/pulls/${world.pull.number}`,
    ]);
  });

  it('pull_request_target: the same payload as pull_request', async () => {
    const payload = example('pull_request', 'synchronize');
    const run = await runAction(worldFor(payload), { comment: 'never' }, 'pull_request_target', { payload });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
  });

  it('pull_request.synchronize: a head the API no longer has is stale', async () => {
    const payload = example('pull_request', 'synchronize');
    const world = worldFor(payload);
    world.pull.head.sha = 'f'.repeat(40);
    const run = await runAction(world, { comment: 'never' }, 'pull_request', { payload });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/stale: the pull request's head moved from ec26c3e57ca3/);
  });

  it('merge_group.checks_requested: finds pull request #104 in head_ref and asks for a checkout', async () => {
    const payload = example('merge_group', 'checks_requested');
    const [owner, repo] = payload.repository.full_name.split('/') as [string, string];
    const world = fakeScenario({ owner, repo });
    world.pull = { ...world.pull, number: 104 };
    const run = await runAction(world, { comment: 'never' }, 'merge_group', { payload });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/merge_group events rollout-guard reads the change from a checkout/);
    expect(run.stdout).not.toMatch(/does not name its pull request/);
    expect(run.requests.filter((r) => r.route === 'pull').map((r) => r.path)).toEqual([
      `/repos/${owner}/${repo}/pulls/104`,
    ]);
  });
});

/**
 * Re-judging: a run a pull request links to as evidence completes after rollout-guard judged it
 * (workflow_run, or check_suite / check_run for other CI). GitHub's own examples name the commit;
 * the fake holds an open pull request whose head it is.
 */
describe('re-judging on GitHub event payloads (@octokit/webhooks-examples)', () => {
  const SERVER = 'https://github.example.com';
  const ROLLBACK =
    '## Rollback plan\n\nThe analysis aborts the canary; after promotion, revert this pull request.\n';

  /** The payload's repository, with pull request #number whose head is `sha`, linking to run `runId`. */
  function rejudgeWorld(full: string, number: number, sha: string, runId: number) {
    const [owner, repo] = full.split('/') as [string, string];
    const world = fakeScenario({
      owner,
      repo,
      files: { base: { [MANIFEST]: GUARDED }, head: { [MANIFEST]: SAFE } },
      runs: [{ id: runId, conclusion: null, headSha: sha }],
    });
    world.pull = {
      ...world.pull,
      number,
      head: { ...world.pull.head, sha },
      body: `## Test evidence\n\n- e2e: ${SERVER}/${full}/actions/runs/${runId}\n\n${ROLLBACK}`,
    };
    return world;
  }

  it('workflow_run.completed: an in-progress run fails the check; its completion judges the pull request again, and it passes', async () => {
    const payload = example(
      'workflow_run',
      'completed',
      (e) => (e.workflow_run?.pull_requests.length ?? 0) > 0,
    );
    const runInfo = payload.workflow_run as NonNullable<RunPayload['workflow_run']>;
    const world = rejudgeWorld(payload.repository.full_name, 2, runInfo.head_sha, runInfo.id);
    const inputs = { 'commit-status': 'rollout-guard/verdict' };

    // The pull request is opened while its evidence still runs.
    const first = await runAction(world, inputs);
    expect(first.code).toBe(1);
    expect(first.report?.findings[0]?.message).toMatch(/run 289782451 is still in progress$/);
    expect(first.requests.filter((r) => r.route === 'create-comment')).toHaveLength(1);

    // The run completes: GitHub sends workflow_run.completed to the base repository's workflow.
    world.runs = [{ id: runInfo.id, conclusion: 'success', headSha: runInfo.head_sha }];
    const again = await runAction(world, inputs, 'workflow_run', { payload });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.outputs.verdict).toBe('pass');
    expect(again.stdout).toMatch(
      /workflow run .*\(completed\) on 3484a3fb816e: judging pull request #2 again/,
    );
    const routes = again.requests.map((r) => r.route);
    expect(routes).toContain('commit-pulls');
    expect(routes).not.toContain('list-pulls'); // the branch is the repository's own
    // The one sticky comment now says it passes, and the status on the head is green.
    expect(again.requests.filter((r) => r.route === 'create-comment')).toEqual([]);
    expect(again.requests.filter((r) => r.route === 'update-comment')).toHaveLength(1);
    const statuses = again.requests.filter((r) => r.route === 'create-status');
    expect(statuses.map((r) => [r.path, (r.body as { state: string }).state])).toEqual([
      [`/repos/${payload.repository.full_name}/statuses/${runInfo.head_sha}`, 'success'],
    ]);
    expect(again.report?.evidence[0]).toMatchObject({ verified: true, conclusion: 'success' });
  });

  it('workflow_run.completed: a pull request whose head moved on is left to the run for its new head (stale, nothing published)', async () => {
    const payload = example(
      'workflow_run',
      'completed',
      (e) => (e.workflow_run?.pull_requests.length ?? 0) > 0,
    );
    const runInfo = payload.workflow_run as NonNullable<RunPayload['workflow_run']>;
    const world = rejudgeWorld(payload.repository.full_name, 2, runInfo.head_sha, runInfo.id);
    // GitHub finds the pull request by the old commit; by the time it is read, its head moved.
    world.beforeAnswer = (request, scenario) => {
      if (request.route === 'pull') scenario.pull.head.sha = 'f'.repeat(40);
    };
    const run = await runAction(world, { 'commit-status': 'rollout-guard/verdict' }, 'workflow_run', {
      payload,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::notice::rollout-guard: pull request #2 is not judged again: the pull request's head moved from 3484a3fb816e to ffffffffffff/,
    );
    expect(run.requests.map((r) => r.route)).not.toEqual(expect.arrayContaining(['create-status']));
    expect(run.requests.filter((r) => r.route === 'create-comment' || r.route === 'update-comment')).toEqual(
      [],
    );
  });

  it('workflow_run.completed: a commit no open pull request has as its head is nothing to judge', async () => {
    const payload = example('workflow_run', 'completed', (e) => e.workflow_run?.conclusion === 'success');
    const world = rejudgeWorld(payload.repository.full_name, 2, 'a'.repeat(40), 1);
    const run = await runAction(world, {}, 'workflow_run', { payload });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('none');
    expect(run.stdout).toMatch(
      /no open pull request of octo-org\/octo-repo has this commit as its head; nothing to judge/,
    );
    expect(run.requests.map((r) => r.route)).toEqual(['commit-pulls']);
  });

  it("workflow_run.completed for a fork's branch: found by the branch, since GitHub does not associate a fork's commit", async () => {
    const payload = example(
      'workflow_run',
      'completed',
      (e) => (e.workflow_run?.pull_requests.length ?? 0) > 0,
    );
    const runInfo = payload.workflow_run as NonNullable<RunPayload['workflow_run']>;
    runInfo.head_repository = {
      ...runInfo.head_repository,
      full_name: 'mallory/octo-repo',
      owner: { login: 'mallory' },
    };
    runInfo.head_branch = 'fix';
    runInfo.pull_requests = []; // GitHub sends none for a fork
    const world = rejudgeWorld(payload.repository.full_name, 3, runInfo.head_sha, runInfo.id);
    world.pull.head = {
      ...world.pull.head,
      ref: 'fix',
      repo: { full_name: 'mallory/octo-repo', fork: true },
    };
    world.runs = [
      {
        id: runInfo.id,
        conclusion: 'success',
        headSha: runInfo.head_sha,
        headRepository: 'mallory/octo-repo',
      },
    ];
    const run = await runAction(world, { 'commit-status': 'rollout-guard/verdict' }, 'workflow_run', {
      payload,
    });
    const lookups = run.requests.filter((r) => r.route === 'list-pulls');
    expect(lookups.map((r) => r.query.head)).toEqual(['mallory:fix']);
    // Found and judged: the fork's own run is its workflow, which the built-in policy does not trust.
    expect(run.code).toBe(1);
    expect(run.report?.findings[0]?.message).toMatch(/ran the workflow of the fork mallory\/octo-repo/);
  });

  it.each([
    ['check_suite', 'completed'],
    ['check_run', 'completed'],
  ] as const)(
    '%s.%s: judges the pull request of the commit again, through the API only',
    async (name, action) => {
      const payload = example(name, action);
      const subject = (payload[name] ?? {}) as { head_sha: string };
      const world = rejudgeWorld(payload.repository.full_name, 2, subject.head_sha, 55);
      world.runs = [{ id: 55, conclusion: 'success', headSha: subject.head_sha }];
      const run = await runAction(world, { 'use-checkout': 'true' }, name, { payload });
      expect(run.code).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      expect(run.stdout).toMatch(
        /::warning::rollout-guard: on .* events the verdict reaches the pull request only as a comment unless the commit-status input/,
      );
      // use-checkout: true is overridden: this workflow's checkout is not the pull request's.
      expect(run.requests.map((r) => r.route)).toContain('graphql');
    },
  );
});
