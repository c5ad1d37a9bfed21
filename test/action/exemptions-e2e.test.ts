/**
 * Break-glass and exemptions through the bundled action, with reviews and team members served
 * by the fake GitHub API.
 */
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeReview, FakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const GOOD_BODY = fixtureText('demo/safe-change.pr.md');
const MANIFEST = 'deploy/checkout/rollout.yaml';
const LABEL = 'rollout-guard/emergency';
const POLICY = [
  'version: 1',
  'approvers:',
  '  users: [carol]',
  '  teams: [acme/sre]',
  'breakGlass:',
  `  label: ${LABEL}`,
  '',
].join('\n');

function scenario(reviews: FakeReview[], extra: Partial<FakeScenario> = {}, labels = [LABEL]): FakeScenario {
  const world = fakeScenario({
    reviews,
    teams: { 'acme/sre': ['erin'] },
    ...extra,
    files: {
      base: { [MANIFEST]: GUARDED, '.github/rollout-guard.yml': POLICY },
      head: { [MANIFEST]: UNSAFE, '.github/rollout-guard.yml': POLICY },
    },
  });
  world.pull = { ...world.pull, body: GOOD_BODY, labels, user: { login: 'alice' } };
  return world;
}

const approve = (login: string, commitId?: string): FakeReview => ({
  user: { login },
  state: 'APPROVED',
  ...(commitId ? { commitId } : {}),
});

describe('break-glass through the action', () => {
  it('(label + approver approval on the head) turns the errors into warnings, records who approved, and passes', async () => {
    const run = await runAction(scenario([approve('carol')]), { comment: 'never' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const waived = run.report?.findings.filter((f) => f.level === 'warning') ?? [];
    expect(waived.length).toBeGreaterThan(0);
    expect(run.stdout).toMatch(
      /::notice title=rollout-guard break-glass::Break-glass: label "rollout-guard\/emergency" approved by carol/,
    );
    expect(run.requests.some((r) => r.route === 'reviews')).toBe(true);
  });

  it('(approval by a member of an approver team) is accepted', async () => {
    const run = await runAction(scenario([approve('erin')]), { comment: 'never' });
    expect(run.code).toBe(0);
    expect(run.requests.some((r) => r.route === 'team-members')).toBe(true);
  });

  it('(label without approval) changes nothing and the summary says who may approve', async () => {
    const run = await runAction(scenario([]), { comment: 'never' });
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/carol/);
  });

  it('(approved by the author, on an old commit, or by someone else) changes nothing', async () => {
    for (const review of [approve('alice'), approve('carol', 'o'.repeat(40)), approve('mallory')]) {
      const run = await runAction(scenario([review]), { comment: 'never' });
      expect(run.code, review.user.login).toBe(1);
    }
  });

  it('(no label) never reads reviews', async () => {
    const run = await runAction(scenario([approve('carol')], {}, []), { comment: 'never' });
    expect(run.code).toBe(1);
    expect(run.requests.some((r) => r.route === 'reviews')).toBe(false);
  });
});
