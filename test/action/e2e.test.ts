/**
 * End-to-end: the bundled action (dist/index.js) run as the Actions runner runs it — INPUT_*
 * variables, an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files — against the
 * local fake GitHub API on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeScenario } from '../support/fake-github.js';
import { runAction, workflowCommands } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const SAFE = fixtureText('demo/safe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const MANIFEST = 'deploy/checkout/rollout.yaml';

function scenario(
  overrides: Partial<FakeScenario> & { head?: Record<string, string>; base?: Record<string, string> } = {},
): FakeScenario {
  const { head, base, ...rest } = overrides;
  return fakeScenario({
    ...rest,
    pull: { ...fakeScenario().pull, body: GOOD_BODY, ...rest.pull },
    files: { base: base ?? { [MANIFEST]: GUARDED }, head: head ?? { [MANIFEST]: SAFE } },
  });
}

describe('the action, end to end on dist/index.js', () => {
  it('passes a safe pull request: exit 0, outputs, summary, read in six API requests plus the head re-check', async () => {
    const run = await runAction(scenario());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', errors: '0', warnings: '0' });
    expect(run.summary).toMatch(/rollout-guard: PASS/);
    expect(run.report?.verdict).toBe('pass');
    const reads = run.requests.filter(
      (r) => !['list-comments', 'create-comment', 'update-comment', 'user'].includes(r.route ?? ''),
    );
    // PR, files, GraphQL, check runs, status, and the PR again to make sure the head did not move
    expect(reads.map((r) => r.route)).toEqual([
      'pull',
      'pull-files',
      'check-runs',
      'status',
      'graphql',
      'pull',
    ]);
    expect(run.requests.filter((r) => r.route === 'create-comment')).toEqual([]);
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

  it('updates its own sticky comment instead of adding another, and never edits a planted one', async () => {
    const world = scenario({
      head: { [MANIFEST]: UNSAFE },
      comments: [
        {
          id: 1,
          body: '<!-- rollout-guard:sticky-comment --> planted by someone else',
          user: { login: 'mallory' },
        },
        {
          id: 2,
          body: '<!-- rollout-guard:sticky-comment --> old',
          user: { login: 'github-actions[bot]', type: 'Bot' },
        },
      ],
    });
    const run = await runAction(world);
    expect(run.code).toBe(1);
    const updates = run.requests.filter((r) => r.route === 'update-comment');
    expect(updates.map((r) => r.path)).toEqual([`/repos/${world.owner}/${world.repo}/issues/comments/2`]);
    expect(run.requests.filter((r) => r.route === 'create-comment')).toEqual([]);
  });

  it('(fork pull request) skips the comment with a notice when the token is read-only; the verdict stands', async () => {
    const run = await runAction(scenario({ head: { [MANIFEST]: UNSAFE }, readOnlyToken: true }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::notice::rollout-guard could not write its pull request comment/);
    expect(run.outputs.verdict).toBe('fail');
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

    let pulls = 0;
    const during = await runAction(
      scenario({
        beforeAnswer: (request, world) => {
          if (request.route === 'pull' && ++pulls === 2) world.pull.head.sha = 'f'.repeat(40);
        },
      }),
    );
    expect(during.code).toBe(1);
    expect(during.stdout).toMatch(/stale: .*moved .* during the run/);
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
