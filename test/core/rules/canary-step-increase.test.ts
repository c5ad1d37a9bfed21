import { describe, expect, it } from 'vitest';
import { canaryStepIncrease } from '../../../src/core/rules/canary-step-increase.js';
import { canaryPlan, environment, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

describe('canary/step-increase', () => {
  it('accepts increases within the maximum, the final step to 100% included', () => {
    expect(runRule(canaryStepIncrease, canaryPlan([[10], [50]]))).toEqual([]);
  });

  it('reports the final jump to 100% when it is too large, at the 100% stage', () => {
    const [finding, ...rest] = runRule(canaryStepIncrease, canaryPlan([[10], [40]]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: 12, message: expect.stringMatching(/from 40% to 100% \(\+60%\)/) });
  });

  it('reports each jump in the middle', () => {
    const found = runRule(canaryStepIncrease, canaryPlan([[5], [10], [30], [60]]), {
      env: environment({ maxStepIncrease: 20 }),
    });
    expect(found.map((f) => f.line)).toEqual([13, 14]);
  });

  it('leaves the first exposure to canary/initial-weight', () => {
    expect(runRule(canaryStepIncrease, canaryPlan([[0, 'manual'], [50], [100]]))).toEqual([]);
  });

  it("leaves an A/B test's promotion from its segment alone where the policy accepts A/B tests, but not a canary's", () => {
    const abTest = canaryPlan([], {
      strategy: 'ab-test',
      stages: [
        { weight: 0, hold: 600, gates: [], line: 10, segment: 'header x-canary=insider' },
        { weight: 100, hold: 0, gates: [], line: 11 },
      ],
    });
    expect(runRule(canaryStepIncrease, abTest)).toEqual([]);
    // A canary that routes a segment first and then sends everyone is judged as any other step.
    const found = runRule(canaryStepIncrease, { ...abTest, strategy: 'canary' });
    expect(found).toEqual([
      expect.objectContaining({ line: 11, message: expect.stringMatching(/from a routed segment/) }),
    ]);
  });
});

ruleTester.run(canaryStepIncrease, {
  valid: [
    { name: 'a strategy the policy does not accept', plan: canaryPlan([[5, 600]], { strategy: 'rolling' }) },
    { name: 'a large first exposure (canary/initial-weight judges it)', plan: canaryPlan([[60, 600]]) },
    {
      name: 'a 0% stage is no exposure',
      plan: canaryPlan([
        [0, 600],
        [60, 600],
      ]),
    },
    {
      name: "an accepted A/B test's promotion from its segment",
      plan: canaryPlan([], {
        strategy: 'ab-test',
        stages: [
          { weight: 0, hold: 600, gates: [], line: 10, segment: 'header x-canary=1' },
          { weight: 100, hold: 0, gates: [], line: 11 },
        ],
      }),
    },

    {
      name: 'steps of at most +50%',
      plan: canaryPlan([
        [10, 600],
        [50, 600],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a step to a weight a first stage could have had is not judged, the next one is',
      plan: canaryPlan([
        [5, 600],
        [25, 600],
      ]),
      env: environment({ maxStepIncrease: 10 }),
      findings: [{ messageId: 'jump', line: 12, data: { from: '25%', to: '100%' } }],
    },
    {
      name: 'from a routed segment of a canary, measured from 0%',
      plan: canaryPlan([], {
        stages: [
          { weight: 0, hold: 600, gates: [], line: 10, segment: 'header x-canary=1' },
          { weight: 100, hold: 0, gates: [], line: 11 },
        ],
      }),
      findings: [
        {
          messageId: 'jump',
          line: 11,
          message:
            'traffic jumps from a routed segment (header x-canary=1) to 100% (+100%); the policy allows at most +50% per step',
        },
      ],
    },
    {
      name: "an A/B test's later steps are judged",
      plan: canaryPlan([], {
        strategy: 'ab-test',
        stages: [
          { weight: 0, hold: 600, gates: [], line: 10, segment: 'header x-canary=1' },
          { weight: 10, hold: 600, gates: [], line: 11 },
          { weight: 100, hold: 0, gates: [], line: 12 },
        ],
      }),
      findings: [{ messageId: 'jump', line: 12, data: { from: '10%', to: '100%' } }],
    },

    {
      name: 'each step too large, at its stage',
      plan: canaryPlan(
        [
          [5, 600],
          [60, 600],
        ],
        {
          stages: [
            { weight: 5, hold: 600, gates: [], line: 10 },
            { weight: 60, hold: 600, gates: [], line: 11 },
            { weight: 100, hold: 0, gates: [], line: 12 },
          ],
        },
      ),
      env: environment({ maxStepIncrease: 30 }),
      findings: [
        { messageId: 'jump', line: 11, data: { from: '5%', to: '60%', increase: '55%' } },
        { messageId: 'jump', line: 12, data: { from: '60%', to: '100%', increase: '40%' } },
      ],
    },
  ],
});
