import { describe, expect, it } from 'vitest';
import { canaryInitialWeight } from '../../../src/core/rules/canary-initial-weight.js';
import { canaryPlan, environment, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

describe('canary/initial-weight', () => {
  it('accepts a first stage at the maximum', () => {
    expect(
      runRule(
        canaryInitialWeight,
        canaryPlan([
          [25, 600],
          [50, 600],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a first stage above the maximum, at that stage', () => {
    const [finding] = runRule(
      canaryInitialWeight,
      canaryPlan([
        [0, 'manual'],
        [40, 600],
      ]),
    );
    expect(finding).toMatchObject({
      line: 11,
      message: expect.stringMatching(/first stage sends 40% .* at most 25%/),
    });
  });

  it('reports a jump straight to 100%', () => {
    expect(runRule(canaryInitialWeight, canaryPlan([[100]]))[0]?.message).toMatch(/100%/);
  });

  it('follows the policy maximum', () => {
    expect(
      runRule(canaryInitialWeight, canaryPlan([[10]]), { env: environment({ maxInitialWeight: 5 }) }),
    ).toHaveLength(1);
  });

  it('judges an A/B test as the segment it routes, not as a first stage of 100%', () => {
    const abTest = canaryPlan([[0, 600], [100]], { strategy: 'ab-test' });
    const stage = abTest.stages[0];
    if (stage) stage.segment = 'header x-canary=insider';
    expect(runRule(canaryInitialWeight, abTest)).toEqual([]);
  });
});

ruleTester.run(canaryInitialWeight, {
  valid: [
    {
      name: "an A/B test's segment, then everyone",
      plan: canaryPlan([], {
        strategy: 'ab-test',
        stages: [
          { weight: 0, hold: 600, gates: [], line: 10, segment: 'header x-canary=1' },
          { weight: 100, hold: 0, gates: [], line: 11 },
        ],
      }),
    },

    {
      name: 'a first stage at the maximum',
      plan: canaryPlan([
        [25, 600],
        [50, 600],
      ]),
    },
    {
      name: 'a strategy the policy does not accept (canary/required says so)',
      plan: canaryPlan([[100]], { strategy: 'all-at-once' }),
    },
  ],
  invalid: [
    {
      name: 'everything at once in a canary, at that stage',
      plan: canaryPlan([[100]]),
      findings: [{ messageId: 'tooMuchFirst', line: 10, data: { weight: '100%' } }],
    },

    {
      name: 'a first stage above the maximum, at that stage',
      plan: canaryPlan([
        [0, 600],
        [40, 600],
        [60, 600],
      ]),
      findings: [{ messageId: 'tooMuchFirst', line: 11, data: { weight: '40%', max: '25%' } }],
    },
  ],
});
