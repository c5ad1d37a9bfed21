import { describe, expect, it } from 'vitest';
import { canaryMinHold } from '../../../src/core/rules/canary-min-hold.js';
import { canaryPlan, environment, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

describe('canary/min-hold', () => {
  it('accepts a bake of at least the minimum at every weight', () => {
    expect(
      runRule(
        canaryMinHold,
        canaryPlan([
          [5, 300],
          [25, 600],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a short bake before an increase, at that stage', () => {
    const [finding, ...rest] = runRule(
      canaryMinHold,
      canaryPlan([
        [5, 300],
        [25, 60],
      ]),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      line: 11,
      message: expect.stringMatching(/holds only 1m at 25% before raising traffic to 100%.* 5m/),
    });
  });

  it('reports a stage that holds no time at all', () => {
    expect(runRule(canaryMinHold, canaryPlan([[5], [25, 600]]))[0]).toMatchObject({
      line: 10,
      message: expect.stringMatching(/holds no time/),
    });
  });

  it('counts a manual hold as held', () => {
    expect(
      runRule(
        canaryMinHold,
        canaryPlan([
          [5, 'manual'],
          [25, 'manual'],
        ]),
      ),
    ).toEqual([]);
  });

  it('counts an effective gate as held unless the policy says otherwise', () => {
    const plan = canaryPlan([
      [5, 0, ['analysis']],
      [25, 600],
    ]);
    expect(runRule(canaryMinHold, plan)).toEqual([]);
    expect(runRule(canaryMinHold, plan, { env: environment({ gateCountsAsHold: false }) })).toHaveLength(1);
  });

  it('does not count a dry-run gate as held', () => {
    expect(
      runRule(
        canaryMinHold,
        canaryPlan([
          [5, 0, ['!analysis']],
          [25, 600],
        ]),
      ),
    ).toHaveLength(1);
  });

  it('does not ask for a bake at 0% before a first exposure: checks that run before traffic are no exposure', () => {
    const plan = canaryPlan([
      [0, 0, ['webhook']],
      [5, 600],
    ]);
    expect(runRule(canaryMinHold, plan, { env: environment({ gateCountsAsHold: false }) })).toEqual([]);
  });
});

ruleTester.run(canaryMinHold, {
  valid: [
    {
      name: 'a stage followed by no increase',
      plan: canaryPlan([
        [50, 60],
        [50, 600],
      ]),
    },
    { name: 'nothing at 0% before everything (no bake to judge)', plan: canaryPlan([[0, 0]]) },
    {
      name: 'a short hold at 0% before the first exposure',
      plan: canaryPlan([
        [0, 60],
        [20, 600],
      ]),
    },

    {
      name: 'every stage held for the minimum',
      plan: canaryPlan([
        [5, 300],
        [50, 300],
      ]),
    },
    {
      name: 'a manual gate counts as held',
      plan: canaryPlan([
        [5, 'manual'],
        [50, 300],
      ]),
    },
  ],
  invalid: [
    {
      name: 'no hold at all, in words',
      plan: canaryPlan([
        [5, 0],
        [50, 600],
      ]),
      findings: [{ messageId: 'shortHold', line: 10, data: { held: 'no time', at: '5%', to: '50%' } }],
    },
    {
      name: 'a short hold at 0% before a jump to 100% (blue/green)',
      plan: canaryPlan([[0, 60]]),
      findings: [{ messageId: 'shortHold', line: 10, data: { held: 'only 1m', at: '0%', to: '100%' } }],
    },
    {
      name: 'a routed segment with no hold',
      plan: canaryPlan([], {
        stages: [
          { weight: 0, hold: 0, gates: [], line: 10, segment: 'header x-canary=1' },
          { weight: 100, hold: 0, gates: [], line: 11 },
        ],
      }),
      findings: [{ messageId: 'shortHold', line: 10, data: { at: 'header x-canary=1' } }],
    },
    {
      name: 'a check at 0% that cannot fail, with no hold, before 100%',
      plan: canaryPlan([[0, 0, ['!analysis']]]),
      findings: [{ messageId: 'shortHold', line: 10 }],
    },
    {
      name: 'a gate where gates do not count as a hold',
      plan: canaryPlan([
        [5, 60, ['analysis']],
        [50, 600],
      ]),
      env: environment({ gateCountsAsHold: false }),
      findings: [{ messageId: 'shortHold', line: 10, data: { required: '5m' } }],
    },

    {
      name: 'a short hold, at its stage',
      plan: canaryPlan([
        [5, 60],
        [50, 300],
      ]),
      findings: [
        {
          messageId: 'shortHold',
          line: 10,
          message:
            'the rollout holds only 1m at 5% before raising traffic to 50%; the policy requires 5m (or a gate)',
        },
      ],
    },
  ],
});
