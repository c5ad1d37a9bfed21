/**
 * Test evidence that is verified, end to end (issue 13): the bundled action (dist/index.js) against
 * the fake GitHub API, whose runs, jobs and check runs are typed by GitHub's OpenAPI description.
 * Each case changes the evidence of a pull request that otherwise passes.
 */
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeRun, FakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import type { ActionRun } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const MANIFEST = 'deploy/checkout/rollout.yaml';
const POLICY = '.github/rollout-guard.yml';
/** The e2e runner's GITHUB_SERVER_URL. */
const SERVER = 'https://github.example.com';
const RUNS = `${SERVER}/octo/deploys/actions/runs`;
/** A head SHA as GitHub writes them (hex), so that a run title can name it. */
const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const OLD = 'c'.repeat(40);
const ROLLBACK =
  '## Rollback plan\n\nThe canary analysis aborts the rollout; after promotion, revert this pull request.\n';

function world(evidence: string, overrides: Partial<FakeScenario> & { policy?: string } = {}): FakeScenario {
  const { policy, ...rest } = overrides;
  return fakeScenario({
    ...rest,
    pull: {
      ...fakeScenario().pull,
      head: { ...fakeScenario().pull.head, sha: HEAD },
      body: `## Test evidence\n\n${evidence}\n\n${ROLLBACK}`,
      ...rest.pull,
    },
    files: {
      base: { [MANIFEST]: GUARDED, ...(policy ? { [POLICY]: policy } : {}) },
      head: { [MANIFEST]: SAFE, ...(policy ? { [POLICY]: policy } : {}) },
    },
  });
}

const run = (id: number, more: Partial<FakeRun> = {}): FakeRun => ({ id, conclusion: 'success', ...more });
const findings = (result: ActionRun) => (result.report?.findings ?? []).map((f) => `${f.rule}:${f.level}`);
const routes = (result: ActionRun) => result.requests.map((r) => r.route ?? `${r.method} ${r.path}`);

describe('test evidence through the API, end to end on dist/index.js', () => {
  it('a run that succeeded on the head is verified evidence: the check passes and lists it', async () => {
    const result = await runAction(world(`- Integration: ${RUNS}/101`, { runs: [run(101)] }), {
      comment: 'never',
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'pass', warnings: '0' });
    expect(result.report?.evidence).toEqual([
      {
        kind: 'actions-run',
        url: `${RUNS}/101`,
        name: 'CI',
        id: 101,
        repository: 'octo/deploys',
        verified: true,
        accepted: true,
        reason: 'run 101 succeeded on the head, 9f8e7d6',
        headSha: HEAD,
        conclusion: 'success',
        completedAt: '2026-01-01T00:12:00Z',
      },
    ]);
    expect(result.summary).toMatch(
      /### Test evidence\n\n- ✔ \[CI \(run 101\)\]\(https:\/\/github\.example\.com\/octo\/deploys\/actions\/runs\/101\) — succeeded on the head, 9f8e7d6/,
    );
    expect(routes(result).filter((r) => r === 'actions-run')).toHaveLength(1);
  });

  it('reads the evidence runs alongside the change, not after it', async () => {
    const result = await runAction(world(`${RUNS}/101`, { runs: [run(101)], delayMs: 40 }), {
      comment: 'never',
    });
    expect(result.code).toBe(0);
    const [runRead] = result.requests.filter((r) => r.route === 'actions-run');
    const [blobs] = result.requests.filter((r) => r.route === 'graphql');
    expect(runRead?.receivedAt).toBeLessThan(blobs?.answeredAt ?? 0);
  });

  it.each<[string, FakeRun, string]>([
    ['an old run', run(102, { headSha: OLD }), 'run 102 ran on ccccccc, not on the head 9f8e7d6'],
    ['a failed run', run(103, { conclusion: 'failure' }), 'run 103 failed'],
    ['a cancelled run', run(104, { conclusion: 'cancelled' }), 'run 104 was cancelled'],
    ['a run still in progress', run(105, { conclusion: null }), 'run 105 is still in progress'],
    [
      "a fork's run",
      run(106, { headRepository: 'mallory/deploys' }),
      "run 106 ran the workflow of the fork mallory/deploys, which the fork's author controls; the policy does not trust it (evidence.trustForkRuns)",
    ],
  ])('%s is not evidence, and the finding says why', async (_, fake, reason) => {
    const result = await runAction(world(`${RUNS}/${fake.id}`, { runs: [fake] }), { comment: 'never' });
    expect(result.code).toBe(1);
    expect(findings(result)).toEqual(['evidence/missing:error']);
    expect(result.report?.findings[0]?.message).toBe(
      `the pull request has no test evidence for Rollout checkout: ${reason}`,
    );
    expect(result.report?.evidence[0]).toMatchObject({ verified: false, accepted: false, reason });
  });

  it('a run GitHub does not have (404) is not evidence', async () => {
    const result = await runAction(world(`${RUNS}/999`), { comment: 'never' });
    expect(result.code).toBe(1);
    expect(result.report?.findings[0]?.message).toMatch(/run 999 was not found \(GitHub answered 404\)$/);
  });

  it('a run the token may not read (403) fails closed: "could not be verified", never a pass', async () => {
    const refused = {
      status: 403,
      message: 'Resource not accessible by integration',
      headers: { 'x-ratelimit-remaining': '4999' },
    };
    const result = await runAction(
      world(`${RUNS}/101`, { runs: [run(101)], faults: { 'actions-run': refused } }),
      {
        comment: 'never',
      },
    );
    expect(result.code).toBe(1);
    expect(result.report?.findings[0]?.message).toMatch(
      /run 101 could not be verified: GET \/repos\/octo\/deploys\/actions\/runs\/101 was refused \(403 Resource not accessible by integration\) \(give the token the actions: read permission/,
    );
  });

  it('a job and a check run of this repository are verified too', async () => {
    const result = await runAction(
      world(`- ${RUNS}/101/job/201\n- ${SERVER}/octo/deploys/runs/301`, {
        runs: [run(101)],
        jobs: [{ id: 201, runId: 101, name: 'e2e', conclusion: 'success' }],
        checkRuns: [{ id: 301, name: 'smoke', conclusion: 'success' }],
      }),
      { comment: 'never' },
    );
    expect(result.code).toBe(0);
    expect(result.report?.evidence.map((e) => [e.kind, e.name, e.verified])).toEqual([
      ['job', 'CI / e2e', true],
      ['check-run', 'smoke', true],
    ]);
  });

  describe("another repository's run", () => {
    const central = (title: string) => [
      run(9, { repository: 'octo/e2e', displayTitle: title, headSha: 'e'.repeat(40) }),
    ];
    const link = `${SERVER}/octo/e2e/actions/runs/9`;

    it('counts when the policy lists the repository and the run names the head', async () => {
      const result = await runAction(
        world(link, {
          runs: central(`e2e of octo/deploys at ${HEAD}`),
          policy: 'version: 1\nevidence:\n  repositories: [octo/e2e]\n',
        }),
        { comment: 'never' },
      );
      expect(result.code).toBe(0);
      expect(result.report?.evidence[0]).toMatchObject({
        repository: 'octo/e2e',
        verified: true,
        headSha: HEAD,
      });
    });

    it('is not evidence, and not even read, when the policy does not list the repository', async () => {
      const result = await runAction(world(link, { runs: central(`e2e at ${HEAD}`) }), { comment: 'never' });
      expect(result.code).toBe(1);
      expect(result.report?.findings[0]?.message).toMatch(
        /run 9 of octo\/e2e belongs to octo\/e2e, which is not this repository and not listed in evidence\.repositories$/,
      );
      expect(routes(result)).not.toContain('actions-run');
    });
  });

  it('(built-in policy) a screenshot only passes with a warning that it is not verified', async () => {
    const result = await runAction(world(`![load test](${SERVER}/user-attachments/assets/0b6e1c1e-5f1a)`), {
      comment: 'never',
    });
    expect(result.code).toBe(0);
    expect(findings(result)).toEqual(['evidence/missing:warning']);
    expect(result.report?.evidence[0]).toMatchObject({ kind: 'attachment', verified: false, accepted: true });
    expect(result.stdout).toMatch(/::warning title=evidence\/missing.*is not verified/);
  });

  it('(evidence.unverified: reject) a screenshot only fails', async () => {
    const result = await runAction(
      world(`![](${SERVER}/user-attachments/assets/0b6e1c1e-5f1a)`, {
        policy: 'version: 1\nevidence:\n  unverified: reject\n',
      }),
      { comment: 'never' },
    );
    expect(result.code).toBe(1);
    expect(findings(result)).toEqual(['evidence/missing:error']);
  });

  it('a profile link, or the site root, is never evidence', async () => {
    const result = await runAction(world(`- ${SERVER}/alice\n- https://github.com/`), { comment: 'never' });
    expect(result.code).toBe(1);
    expect(result.report?.findings[0]?.message).toBe(
      "the pull request has no test evidence for Rollout checkout: https://github.example.com/alice is a profile or organization page, not a run, a job or a check run: never evidence; https://github.com/ is the site's front page, not a run, a job or a check run: never evidence",
    );
  });

  it('(evidence.freshness: unchanged) a run on an earlier commit counts when only files that are not judged changed since', async () => {
    const earlier = {
      [MANIFEST]: SAFE,
      [POLICY]: 'version: 1\nevidence:\n  freshness: unchanged\n',
      'README.md': 'v1\n',
    };
    const scenario = world(`${RUNS}/101`, {
      runs: [run(101, { headSha: OLD })],
      policy: 'version: 1\nevidence:\n  freshness: unchanged\n',
      commits: [{ sha: OLD, files: earlier }],
    });
    scenario.files.head['README.md'] = 'v2: docs only\n';
    const result = await runAction(scenario, { comment: 'never' });
    expect(result.code).toBe(0);
    expect(result.report?.evidence[0]).toMatchObject({ verified: true, headSha: OLD });
    expect(routes(result).filter((r) => r === 'graphql-evidence-commits')).toHaveLength(1);

    scenario.commits = [{ sha: OLD, files: { ...earlier, [MANIFEST]: GUARDED } }];
    const changed = await runAction(scenario, { comment: 'never' });
    expect(changed.code).toBe(1);
    expect(changed.report?.findings[0]?.message).toMatch(
      /run 101 ran on ccccccc; deploy\/checkout\/rollout\.yaml changed after it$/,
    );
  });

  it('(commit-status) sets the verdict as a commit status on the head', async () => {
    const result = await runAction(world(`${RUNS}/101`, { runs: [run(101, { conclusion: null })] }), {
      comment: 'never',
      'commit-status': 'rollout-guard/verdict',
    });
    expect(result.code).toBe(1);
    const statuses = result.requests.filter((r) => r.route === 'create-status');
    expect(statuses.map((r) => r.path)).toEqual([`/repos/octo/deploys/statuses/${HEAD}`]);
    expect(statuses[0]?.body).toMatchObject({
      state: 'failure',
      context: 'rollout-guard/verdict',
      description: expect.stringMatching(
        /^1 error, 0 warnings: the pull request has no test evidence .*run 101 is still in progress/,
      ),
    });
  });

  it("(commit-status, a fork's read-only token) skips the status with a notice; the verdict stands", async () => {
    const result = await runAction(world(`${RUNS}/101`, { runs: [run(101)], readOnlyToken: true }), {
      comment: 'never',
      'commit-status': 'rollout-guard/verdict',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /::notice::rollout-guard could not set the commit status "rollout-guard\/verdict"/,
    );
  });
});
