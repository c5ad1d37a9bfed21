import { describe, expect, it } from 'vitest';
import { canaryRequired } from '../../../src/core/rules/canary-required.js';
import { canaryPlan, environment, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

describe('canary/required', () => {
  it('accepts a canary with a stage below 100%', () => {
    expect(runRule(canaryRequired, canaryPlan([[10, 600, ['analysis']]]))).toEqual([]);
  });

  it('reports a strategy the environment does not accept, at the plan line', () => {
    const plan = canaryPlan([], { strategy: 'rolling' });
    const [finding, ...rest] = runRule(canaryRequired, plan);
    expect(rest).toEqual([]);
    expect(finding?.line).toBeUndefined(); // the plan's own line
    expect(finding?.message).toMatch(/rolling strategy, which is not progressive/);
  });

  it('reports a canary whose first stage is already 100%, at that stage', () => {
    const [finding] = runRule(canaryRequired, canaryPlan([[100]]));
    expect(finding).toMatchObject({ line: 10, message: expect.stringMatching(/0 to 100% in one step/) });
  });

  it('accepts blue-green only when the policy lists it', () => {
    const plan = canaryPlan([[0, 'manual']], { strategy: 'blue-green' });
    expect(runRule(canaryRequired, plan)).toHaveLength(1);
    const env = environment({ strategies: ['canary', 'blue-green'] });
    // blue-green has no partial-traffic stage, so it still goes 0 → 100 in one step
    expect(runRule(canaryRequired, plan, { env })[0]?.message).toMatch(/0 to 100%/);
  });

  it('counts a header-routed segment as partial exposure', () => {
    const plan = canaryPlan([[0, 'manual']]);
    plan.stages[0]!.segment = 'header X-Canary=1';
    expect(runRule(canaryRequired, plan)).toEqual([]);
  });

  it('stays quiet where the environment does not require a canary', () => {
    expect(
      runRule(canaryRequired, canaryPlan([], { strategy: 'all-at-once' }), {
        env: environment({ required: false }),
      }),
    ).toEqual([]);
  });

  it('requires named stages to be present and in order', () => {
    const env = environment({ namedStages: ['canary', 'early-adopters'] });
    const plan = canaryPlan([
      [1, 600],
      [10, 600],
    ]);
    plan.stages[0]!.name = 'canary';
    plan.stages[1]!.name = 'early-adopters';
    expect(runRule(canaryRequired, plan, { env })).toEqual([]);

    plan.stages[1]!.name = 'wide';
    expect(runRule(canaryRequired, plan, { env })[0]?.message).toMatch(
      /required stage "early-adopters" is missing/,
    );

    plan.stages[0]!.name = 'early-adopters';
    plan.stages[1]!.name = 'canary';
    expect(runRule(canaryRequired, plan, { env })[0]?.message).toMatch(/out of the required order/);
  });
});

ruleTester.run(canaryRequired, {
  valid: [
    {
      name: 'a canary with stages below 100%',
      plan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
    },
    {
      name: 'the named stages in order',
      plan: canaryPlan([], { stages: [named(5, 'canary', 10), named(100, 'prod', 11)] }),
      env: environment({ namedStages: ['canary', 'prod'] }),
    },
    {
      name: 'no canary required',
      plan: canaryPlan([[100]], { strategy: 'all-at-once' }),
      env: environment({ required: false }),
    },
    {
      name: 'a removed rollout (not judged on its own)',
      plan: canaryPlan([[100]], { strategy: 'all-at-once' }),
      change: 'removed',
    },
  ],
  invalid: [
    {
      name: 'a strategy that is not progressive, at the plan',
      plan: canaryPlan([[100]], { strategy: 'all-at-once' }),
      findings: [{ messageId: 'notProgressive', line: 2, data: { strategy: 'all-at-once' } }],
    },
    {
      name: '0 to 100% in one step, at the first stage',
      plan: canaryPlan([[100]]),
      findings: [{ messageId: 'oneStep', line: 10 }],
    },
    {
      name: 'a named stage missing',
      plan: canaryPlan([[5, 600]]),
      env: environment({ namedStages: ['canary'] }),
      findings: [{ messageId: 'missingStage', line: 2, data: { stage: 'canary' } }],
    },
    {
      name: 'named stages out of order',
      plan: canaryPlan([], { stages: [named(5, 'prod', 10), named(100, 'canary', 11)] }),
      env: environment({ namedStages: ['canary', 'prod'] }),
      findings: [{ messageId: 'outOfOrder', line: 2, data: { stage: 'prod' } }],
    },
  ],
});

function named(weight: number, name: string, line: number) {
  return { weight, hold: 600, gates: [], line, name };
}
