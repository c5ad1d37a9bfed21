/**
 * End-to-end: the bundled action (dist/index.js) run as the Actions runner runs it — INPUT_*
 * variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files — against the
 * local fake GitHub API on 127.0.0.1.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeComment, FakeScenario } from '../support/fake-github.js';
import { runAction, workflowCommands } from '../support/action-runner.js';
import type { ActionRun } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
/** The demo's description, its two evidence links pointing at runs of octo/deploys on the fake's server. */
const GOOD_BODY = fixtureText('demo/safe-change.pr.md').replaceAll(
  'https://github.com/example/shop/actions/runs/',
  'https://github.example.com/octo/deploys/actions/runs/',
);
const MANIFEST = 'deploy/checkout/rollout.yaml';
/** The two runs GOOD_BODY links to, both passed on the pull request's head. */
const GOOD_RUNS = [
  { id: 123456789, name: 'Integration', conclusion: 'success' as const },
  { id: 123456790, name: 'Load test', conclusion: 'success' as const },
];

function scenario(
  overrides: Partial<FakeScenario> & { head?: Record<string, string>; base?: Record<string, string> } = {},
): FakeScenario {
  const { head, base, ...rest } = overrides;
  return fakeScenario({
    runs: GOOD_RUNS,
    ...rest,
    pull: { ...fakeScenario().pull, body: GOOD_BODY, ...rest.pull },
    files: { base: base ?? { [MANIFEST]: GUARDED }, head: head ?? { [MANIFEST]: SAFE } },
  });
}

/** 50 manifests: `text` once per service, each renamed so that no two plans share a name. */
function fifty(text: string): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: 50 }, (_, i) => [
      `deploy/checkout-${i}/rollout.yaml`,
      text.replaceAll('checkout', `checkout-${i}`),
    ]),
  );
}

const routes = (run: ActionRun) => run.requests.map((r) => r.route ?? `${r.method} ${r.path}`);
const requestsTo = (run: ActionRun, route: string) => run.requests.filter((r) => r.route === route);
/** The variables and query text of a GraphQL request the fake recorded. */
const graphqlBody = (request: ActionRun['requests'][number] | undefined) =>
  request?.body as { query: string; variables: Record<string, unknown> };

const MARKER = '<!-- rollout-guard:sticky-comment -->';
const byOthers = (count: number, firstId: number): FakeComment[] =>
  Array.from({ length: count }, (_, i) => ({
    id: firstId + i,
    body: `LGTM ${i}`,
    user: { login: 'bob', type: 'User' },
  }));

describe('the action, end to end on dist/index.js', () => {
  it('passes a safe pull request: exit 0, outputs, summary, and no comment (auto)', async () => {
    const run = await runAction(scenario());
    expect(run.report).toMatchObject({
      evidence: GOOD_RUNS.map((r) => ({ kind: 'actions-run', id: r.id, verified: true, accepted: true })),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', errors: '0', warnings: '0' });
    expect(run.summary).toMatch(/rollout-guard: PASS/);
    expect(run.report?.verdict).toBe('pass');
    expect(run.requests.filter((r) => r.route === 'create-comment')).toEqual([]);
  });

  it('(50 manifests, passing) makes 8 API requests: the reads, the 2 evidence runs, then one query for the head and the comments', async () => {
    const run = await runAction(scenario({ base: fifty(GUARDED), head: fifty(SAFE) }));
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', warnings: '0' });
    expect(run.report?.plans).toHaveLength(50);
    const all = routes(run);
    // The pull request and its files (at once), one GraphQL query for 100 blobs and the policy,
    // check runs and statuses, one request per evidence run (the last five at once); after the
    // verdict, one query: head, comments, viewer. Six before evidence was verified, plus 2 links.
    expect([...all].sort()).toEqual(
      [
        'pull',
        'pull-files',
        'graphql',
        'check-runs',
        'status',
        'actions-run',
        'actions-run',
        'graphql-pull-state',
      ].sort(),
    );
    expect(all.slice(0, 2).sort()).toEqual(['pull', 'pull-files']);
    expect(all.at(-1)).toBe('graphql-pull-state');
    const [after] = requestsTo(run, 'graphql-pull-state');
    expect(after?.receivedAt).toBeGreaterThanOrEqual(
      Math.max(...run.requests.filter((r) => r !== after).map((r) => r.answeredAt)),
    );
    expect(graphqlBody(after).query).toMatch(/viewer\s*\{\s*login/);
    expect(graphqlBody(after).query).toMatch(/comments\(last: 100, before: \$cursor\)/);
    expect(graphqlBody(after).variables).toMatchObject({
      owner: 'octo',
      name: 'deploys',
      number: 7,
      cursor: null,
    });
  });

  it('(50 manifests, failing) makes 9 API requests: the same eight, then the comment', async () => {
    const run = await runAction(scenario({ base: fifty(GUARDED), head: fifty(UNSAFE) }));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const all = routes(run);
    expect([...all].sort()).toEqual(
      [
        'pull',
        'pull-files',
        'graphql',
        'check-runs',
        'status',
        'actions-run',
        'actions-run',
        'graphql-pull-state',
        'create-comment',
      ].sort(),
    );
    expect(all.slice(-2)).toEqual(['graphql-pull-state', 'create-comment']);
  });

  it('lists the files alongside the pull request when there is no checkout to read', async () => {
    // Slow answers make the overlap visible: the listing is asked before the pull request is answered.
    const run = await runAction(scenario({ delayMs: 40 }));
    expect(run.code).toBe(0);
    const [pull] = requestsTo(run, 'pull');
    const [files] = requestsTo(run, 'pull-files');
    expect(files?.receivedAt).toBeLessThan(pull?.answeredAt ?? 0);
    expect(routes(run).filter((r) => r === 'pull-files')).toHaveLength(1);
  });

  it('does not list the files early when the event does not say how many there are', async () => {
    const world = scenario({ delayMs: 40 });
    const run = await runAction(world, {}, 'pull_request', {
      payload: {
        action: 'synchronize',
        number: world.pull.number,
        pull_request: { number: world.pull.number, head: { sha: world.pull.head.sha } },
        repository: { name: world.repo, owner: { login: world.owner } },
      },
    });
    expect(run.code).toBe(0);
    const [pull] = requestsTo(run, 'pull');
    const [files] = requestsTo(run, 'pull-files');
    expect(files?.receivedAt).toBeGreaterThanOrEqual(pull?.answeredAt ?? Infinity);
  });

  it('(comment: never) asks the query after the verdict for the head only', async () => {
    const run = await runAction(scenario({ head: { [MANIFEST]: UNSAFE } }), { comment: 'never' });
    expect(run.code).toBe(1);
    const after = requestsTo(run, 'graphql-pull-state');
    expect(after).toHaveLength(1);
    expect(graphqlBody(after[0]).query).toMatch(/headRefOid/);
    expect(graphqlBody(after[0]).query).not.toMatch(/comments|viewer/);
    expect(routes(run).filter((r) => r.includes('comment'))).toEqual([]);
  });

  it('fails an unsafe pull request with annotations on the exact lines and a sticky comment', async () => {
    const run = await runAction(
      scenario({
        head: { [MANIFEST]: UNSAFE },
        pull: { ...fakeScenario().pull, body: '## Rollback plan\nTBD\n' },
      }),
    );
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const line = UNSAFE.split('\n').findIndex((l) => l.includes('setWeight: 50')) + 1;
    expect(workflowCommands(run.stdout)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^::error title=canary/initial-weight,file=${MANIFEST},line=${line}::`),
      ),
    );
    expect(run.stdout).toMatch(/::error::rollout-guard: the change does not meet the rollout policy/);
    const created = run.requests.filter((r) => r.route === 'create-comment');
    expect(created).toHaveLength(1);
    expect(JSON.stringify(created[0]?.body)).toContain('rollout-guard:sticky-comment');
  });

  it('links the job summary and the run from the comment, and writes the reports to a folder of their own', async () => {
    const world = scenario({
      head: { [MANIFEST]: UNSAFE },
      jobs: [
        { id: 555, runId: 77, name: 'rollout-guard', conclusion: null, runnerName: 'runner-2' },
        { id: 556, runId: 77, name: 'build', conclusion: null, runnerName: 'runner-1' },
      ],
    });
    const run = await runAction(world, {}, 'pull_request', {
      env: { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1', RUNNER_NAME: 'runner-2' },
    });
    expect(run.code).toBe(1);
    const [created] = requestsTo(run, 'create-comment');
    const body = (created?.body as { body: string }).body;
    const runPage = 'https://github.example.com/octo/deploys/actions/runs/77';
    expect(body).toContain(`**Full report:** [Job summary](${runPage}#summary-555) · [Run](${runPage})`);
    expect(requestsTo(run, 'run-jobs').map((r) => r.path)).toEqual([
      '/repos/octo/deploys/actions/runs/77/attempts/1/jobs',
    ]);
    const dir = run.outputs['report-dir'] ?? '';
    expect(dir).toMatch(/rollout-guard$/);
    expect(readdirSync(dir).sort()).toEqual([
      'rollout-guard-report.json',
      'rollout-guard-summary.md',
      'rollout-guard.sarif',
    ]);
    expect(run.outputs['sarif-path']).toBe(path.join(dir, 'rollout-guard.sarif'));
    // The post step finds the comment the main step wrote in the state it saved.
    expect(run.stdout).toMatch(/^::save-state name=comment::\{"id":\d+,"body":/m);
  });

  it('updates its own sticky comment instead of adding another, and never edits a planted one', async () => {
    const world = scenario({
      head: { [MANIFEST]: UNSAFE },
      comments: [
        { id: 1, body: `${MARKER} planted by someone else`, user: { login: 'mallory' } },
        // GraphQL names the Actions bot `github-actions`, its token's viewer `github-actions[bot]`.
        { id: 2, body: `${MARKER} old`, user: { login: 'github-actions[bot]', type: 'Bot' } },
        { id: 3, body: `${MARKER} by a deleted account`, user: null },
      ],
    });
    const planted = structuredClone(world.comments.filter((c) => c.id !== 2));
    const run = await runAction(world);
    expect(run.code).toBe(1);
    const updates = run.requests.filter((r) => r.route === 'update-comment');
    expect(updates.map((r) => r.path)).toEqual([`/repos/${world.owner}/${world.repo}/issues/comments/2`]);
    expect(run.requests.filter((r) => r.route === 'create-comment')).toEqual([]);
    expect(world.comments.filter((c) => c.id !== 2)).toEqual(planted);
    expect(run.stdout).toMatch(/Pull request comment: updated\./);
  });

  it('finds its sticky comment on the second page of comments (newest first) and updates it', async () => {
    const world = scenario({
      head: { [MANIFEST]: UNSAFE },
      comments: [
        { id: 5, body: `${MARKER} old`, user: { login: 'github-actions[bot]', type: 'Bot' } },
        ...byOthers(150, 100),
      ],
    });
    const run = await runAction(world);
    expect(run.code).toBe(1);
    const pages = requestsTo(run, 'graphql-pull-state');
    expect(pages).toHaveLength(2);
    expect(graphqlBody(pages[0]).variables.cursor).toBeNull();
    expect(graphqlBody(pages[1]).variables.cursor).toEqual(expect.any(String));
    expect(requestsTo(run, 'update-comment').map((r) => r.path)).toEqual([
      `/repos/${world.owner}/${world.repo}/issues/comments/5`,
    ]);
    expect(requestsTo(run, 'create-comment')).toEqual([]);
  });

  it('reads at most 30 pages of comments: an older sticky comment counts as not found, and says so', async () => {
    const world = scenario({
      head: { [MANIFEST]: UNSAFE },
      comments: [
        { id: 5, body: `${MARKER} old`, user: { login: 'github-actions[bot]', type: 'Bot' } },
        ...byOthers(3000, 100),
      ],
    });
    const run = await runAction(world);
    expect(run.code).toBe(1);
    expect(requestsTo(run, 'graphql-pull-state')).toHaveLength(30);
    expect(run.stdout).toMatch(
      /has more than 3000 comments: rollout-guard looked for its own comment among the newest 3000 only/,
    );
    expect(requestsTo(run, 'update-comment')).toEqual([]);
    expect(requestsTo(run, 'create-comment')).toHaveLength(1);
  });

  it('(a GitHub App token) takes its bot\'s comment for its own, though GraphQL drops "[bot]" from the author', async () => {
    const world = scenario({
      head: { [MANIFEST]: UNSAFE },
      viewer: 'deploy-gate[bot]',
      comments: [
        { id: 8, body: `${MARKER} old`, user: { login: 'deploy-gate[bot]', type: 'Bot' } },
        // A user account with the bot's name is someone else.
        { id: 9, body: `${MARKER} look-alike`, user: { login: 'deploy-gate', type: 'User' } },
      ],
    });
    const run = await runAction(world);
    expect(run.code).toBe(1);
    expect(requestsTo(run, 'update-comment').map((r) => r.path)).toEqual([
      `/repos/${world.owner}/${world.repo}/issues/comments/8`,
    ]);
    expect(world.comments.find((c) => c.id === 9)?.body).toBe(`${MARKER} look-alike`);
  });

  it('(fork pull request) skips the comment with a notice when the token is read-only; the verdict stands', async () => {
    const run = await runAction(scenario({ head: { [MANIFEST]: UNSAFE }, readOnlyToken: true }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::notice::rollout-guard could not write its pull request comment \(HTTP 403: the token is read-only.*The verdict is unchanged/,
    );
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/::error::rollout-guard: the change does not meet the rollout policy/);
    expect(workflowCommands(run.stdout).filter((l) => l.startsWith('::error::'))).toHaveLength(1);
  });

  it('judges with the base policy when the pull request edits it, and reports policy/changed', async () => {
    const strict = 'version: 1\ndefaults:\n  canary:\n    minStages: 4\n';
    const loose = 'version: 1\ndefaults:\n  canary:\n    required: false\n';
    const run = await runAction(
      scenario({
        base: { [MANIFEST]: GUARDED, '.github/rollout-guard.yml': strict },
        head: { [MANIFEST]: SAFE, '.github/rollout-guard.yml': loose },
      }),
    );
    expect(run.code).toBe(1);
    expect(run.report?.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['canary/min-stages', 'policy/changed']),
    );
  });

  it('fails closed with "could not verify" when the API keeps answering 500', async () => {
    const run = await runAction(scenario({ faults: { graphql: { status: 500 } } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::rollout-guard: could not verify/);
    expect(run.outputs.verdict).toBeUndefined();
  });

  it('retries a rate limit and then fails closed when it persists', async () => {
    const run = await runAction(scenario({ faults: { 'pull-files': { status: 429 } } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/could not verify/);
    expect(run.requests.filter((r) => r.route === 'pull-files').length).toBeGreaterThan(1);
  });

  it('fails closed when the pull request changes more than 3000 files and there is no checkout', async () => {
    const head: Record<string, string> = { [MANIFEST]: SAFE };
    for (let i = 0; i < 3001; i++) head[`docs/page-${i}.md`] = `page ${i}\n`;
    const run = await runAction(scenario({ head }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/3000/);
  });

  it('fails as stale when the head moved since the event, or moves during the run', async () => {
    const moved = await runAction(scenario(), { __eventHeadSha: 'e'.repeat(40) });
    expect(moved.code).toBe(1);
    expect(moved.stdout).toMatch(/::error::rollout-guard: stale: the pull request's head moved/);

    // A push lands after the verdict: the query after it sees the new head.
    const during = await runAction(
      scenario({
        beforeAnswer: (request, world) => {
          if (request.route === 'graphql-pull-state') world.pull.head.sha = 'f'.repeat(40);
        },
      }),
    );
    expect(during.code).toBe(1);
    expect(during.stdout).toMatch(
      /::error::rollout-guard: stale: the pull request's head moved from hhhhhhhhhhhh to ffffffffffff during the run/,
    );
    expect(requestsTo(during, 'pull')).toHaveLength(1);
    expect(during.outputs.verdict).toBeUndefined();
  });

  it('fails closed with "could not verify" when the query after the verdict is refused: the head is unknown', async () => {
    const run = await runAction(
      scenario({
        faults: {
          'graphql-pull-state': {
            status: 200,
            graphqlErrors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
          },
        },
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::rollout-guard: could not verify: POST \/graphql \(head and comments of pull request #7 of octo\/deploys\) returned errors: Resource not accessible by integration/,
    );
    expect(run.outputs.verdict).toBeUndefined();
    expect(routes(run).filter((r) => r.includes('comment'))).toEqual([]);
  });

  it('(mode: warn) reports the failure but does not fail the job', async () => {
    const run = await runAction(scenario({ head: { [MANIFEST]: UNSAFE } }), {
      mode: 'warn',
      comment: 'never',
    });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/::warning::rollout-guard found .* mode is "warn"/);
  });

  it('rejects an invalid input value with a clear message', async () => {
    const run = await runAction(scenario(), { 'fail-on': 'sometimes' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/input "fail-on" must be one of error, warning \(got "sometimes"\)/);
  });
});
