import { describe, expect, it } from 'vitest';
import type { CheckRun, RolloutPlan } from '../../src/core/model.js';
import type { EnvironmentPolicy } from '../../src/core/policy.js';
import { judgeRequiredChecks } from '../../src/core/required-checks.js';

const HEAD = 'a'.repeat(40);
const environment = (name: string, checks: string[]) =>
  ({ name, evidence: { checks } }) as unknown as EnvironmentPolicy;
const plan = (id: string) => ({ id }) as unknown as RolloutPlan;
const run = (name: string, conclusion: string | null, headSha = HEAD): CheckRun => ({
  name,
  conclusion,
  app: 'github-actions',
  headSha,
});
const input = (checks?: CheckRun[]) => ({
  head: HEAD,
  ...(checks ? { checks } : {}),
  checkApp: 'github-actions',
  ownCheckNames: ['rollout-guard'],
});

describe('judgeRequiredChecks', () => {
  it('skips environments that require no check', () => {
    const judged = judgeRequiredChecks([{ env: environment('dev', []), plan: plan('p') }], input([]));
    expect(judged.results).toEqual([]);
    expect([...judged.items.keys()]).toEqual([]);
  });

  it('without CI results (a local run), lists each required check once as unverified, and no verdict', () => {
    const prod = environment('production', ['e2e', 'smoke']);
    const staging = environment('staging', ['smoke', 'lint']);
    const judged = judgeRequiredChecks(
      [
        { env: prod, plan: plan('a') },
        { env: staging, plan: plan('b') },
      ],
      input(),
    );
    expect(judged.results).toEqual([
      { environment: prod, plan: plan('a') },
      { environment: staging, plan: plan('b') },
    ]);
    expect(judged.results[0]).not.toHaveProperty('failing');
    expect([...judged.items.keys()]).toEqual(['e2e', 'smoke', 'lint']);
    expect(judged.items.get('smoke')).toEqual({
      kind: 'check',
      subject: 'required check "smoke"',
      name: 'smoke',
      verified: false,
      accepted: false,
      reason: 'cannot be verified here: CI results are only visible through the GitHub API',
    });
  });

  it('with CI results, gives each environment its failing checks and keeps the first verdict of a check', () => {
    const prod = environment('production', ['e2e', 'smoke']);
    const staging = environment('staging', ['smoke']);
    const judged = judgeRequiredChecks(
      [
        { env: prod, plan: plan('a') },
        { env: staging, plan: plan('b') },
      ],
      input([run('e2e', 'success'), run('smoke', 'failure')]),
    );
    expect(judged.results.map((r) => [r.environment.name, r.failing?.map((f) => f.name)])).toEqual([
      ['production', ['smoke']],
      ['staging', ['smoke']],
    ]);
    expect([...judged.items.keys()]).toEqual(['e2e', 'smoke']);
    expect(judged.items.get('e2e')).toMatchObject({ verified: true, accepted: true });
    expect(judged.items.get('smoke')).toMatchObject({ verified: false, accepted: false });
  });

  it("never accepts rollout-guard's own check, even when the policy requires it", () => {
    const judged = judgeRequiredChecks(
      [{ env: environment('production', ['rollout-guard']), plan: plan('a') }],
      input([run('rollout-guard', 'success')]),
    );
    expect(judged.results[0]?.failing?.map((f) => f.name)).toEqual(['rollout-guard']);
    expect(judged.items.get('rollout-guard')).toMatchObject({ accepted: false });
  });
});
