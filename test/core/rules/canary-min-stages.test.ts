import { describe, expect, it } from 'vitest';
import { canaryMinStages } from '../../../src/core/rules/canary-min-stages.js';
import { canaryPlan, environment, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

describe('canary/min-stages', () => {
  it('accepts as many stages below 100% as the policy asks', () => {
    expect(
      runRule(
        canaryMinStages,
        canaryPlan([
          [5, 600],
          [25, 600],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports too few stages, at the first stage', () => {
    const [finding] = runRule(canaryMinStages, canaryPlan([[20, 600]]));
    expect(finding).toMatchObject({
      line: 10,
      message: expect.stringMatching(/1 stage below 100% .* at least 2/),
    });
  });

  it('does not count a weight-0 preview stage as exposure', () => {
    expect(
      runRule(
        canaryMinStages,
        canaryPlan([
          [0, 'manual'],
          [20, 600],
        ]),
      ),
    ).toHaveLength(1);
  });

  it('follows the policy threshold', () => {
    expect(runRule(canaryMinStages, canaryPlan([[20, 600]]), { env: environment({ minStages: 1 }) })).toEqual(
      [],
    );
    expect(
      runRule(canaryMinStages, canaryPlan([[5], [10], [20]]), { env: environment({ minStages: 4 }) }),
    ).toHaveLength(1);
  });

  it('leaves a plan with no partial stage to canary/required', () => {
    expect(runRule(canaryMinStages, canaryPlan([[100]]))).toEqual([]);
  });

  it('does not count the stages of an A/B test where the policy accepts A/B tests: it has one segment by nature', () => {
    const abTest = canaryPlan([], {
      strategy: 'ab-test',
      stages: [
        { weight: 0, hold: 600, gates: [], line: 10, segment: 'header x-canary=insider' },
        { weight: 100, hold: 0, gates: [], line: 11 },
      ],
    });
    expect(runRule(canaryMinStages, abTest)).toEqual([]);
    expect(runRule(canaryMinStages, { ...abTest, strategy: 'canary' })).toHaveLength(1);
  });
});

ruleTester.run(canaryMinStages, {
  valid: [
    {
      name: 'two stages below 100%',
      plan: canaryPlan([
        [5, 600],
        [25, 600],
      ]),
    },
    { name: 'no stage below 100% (canary/required says so)', plan: canaryPlan([[100]]) },
  ],
  invalid: [
    {
      name: 'two stages where three are required, in words',
      plan: canaryPlan([
        [5, 600],
        [25, 600],
      ]),
      env: environment({ minStages: 3 }),
      findings: [
        {
          messageId: 'tooFewStages',
          line: 10,
          message: '2 stages below 100% where the policy requires at least 3',
        },
      ],
    },

    {
      name: 'one stage where two are required, at the first stage',
      plan: canaryPlan([[20, 600]]),
      findings: [
        {
          messageId: 'tooFewStages',
          line: 10,
          message: '1 stage below 100% where the policy requires at least 2',
        },
      ],
    },
  ],
});
