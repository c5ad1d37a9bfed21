import { describe, expect, it } from 'vitest';
import { canaryAnalysis } from '../../../src/core/rules/canary-analysis.js';
import { canaryPlan, environment, gate, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

describe('canary/analysis', () => {
  it('accepts an analysis step', () => {
    expect(
      runRule(
        canaryAnalysis,
        canaryPlan([
          [5, 600, ['analysis']],
          [50, 600],
        ]),
      ),
    ).toEqual([]);
  });

  it('accepts background analysis', () => {
    const plan = canaryPlan(
      [
        [5, 600],
        [50, 600],
      ],
      { backgroundGates: [gate('metric-check', 30)] },
    );
    expect(runRule(canaryAnalysis, plan)).toEqual([]);
  });

  it('reports a canary with pauses only', () => {
    const [finding] = runRule(
      canaryAnalysis,
      canaryPlan([
        [5, 600],
        [50, 'manual', ['approval']],
      ]),
    );
    expect(finding?.message).toMatch(/has no automated analysis/);
  });

  it('reports analysis that cannot fail the rollout (dry run)', () => {
    const plan = canaryPlan([
      [5, 600, ['!analysis']],
      [50, 600],
    ]);
    expect(runRule(canaryAnalysis, plan)[0]?.message).toMatch(/none can fail the rollout/);
  });

  it('is off when the policy does not require analysis', () => {
    expect(
      runRule(canaryAnalysis, canaryPlan([[5, 600]]), { env: environment({ requireAnalysis: false }) }),
    ).toEqual([]);
  });

  it('reports a failure threshold above the passing checks a successful analysis needs', () => {
    const plan = (failures: number) =>
      canaryPlan(
        [
          [10, 60, ['metric-check']],
          [50, 60],
        ],
        {
          failureThreshold: { label: 'Flagger analysis threshold', failures, checks: 5, line: 17 },
        },
      );
    expect(runRule(canaryAnalysis, plan(5))).toEqual([]);
    expect(runRule(canaryAnalysis, plan(1000))).toMatchObject([
      {
        messageId: 'thresholdAboveChecks',
        message:
          'Flagger analysis threshold 1000 is more than the 5 passing checks a successful analysis needs: a canary that fails 999 checks and passes 5 is still promoted',
        line: 17,
      },
    ]);
  });
});

ruleTester.run(canaryAnalysis, {
  valid: [
    {
      name: 'a threshold no higher than the passing checks',
      plan: canaryPlan(
        [
          [5, 600, ['analysis']],
          [50, 600],
        ],
        {
          failureThreshold: { label: 'Flagger analysis threshold', failures: 5, checks: 5, line: 17 },
        },
      ),
    },

    {
      name: 'an analysis gates the canary',
      plan: canaryPlan([
        [5, 600, ['analysis']],
        [50, 600],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a dry-run analysis beside an approval is a check that cannot fail',
      plan: canaryPlan([
        [5, 600, ['!analysis']],
        [50, 'manual', ['approval']],
      ]),
      findings: [{ messageId: 'noEffectiveCheck', line: 2 }],
    },
    {
      name: 'an approval that cannot stop the rollout is no check at all',
      plan: canaryPlan([
        [5, 600, ['!approval']],
        [50, 600],
      ]),
      findings: [{ messageId: 'noAnalysis', line: 2 }],
    },
    {
      name: 'a threshold above one passing check, in words',
      plan: canaryPlan(
        [
          [5, 600, ['analysis']],
          [50, 600],
        ],
        {
          failureThreshold: { label: 'Flagger analysis threshold', failures: 2, checks: 1, line: 17 },
        },
      ),
      findings: [
        {
          messageId: 'thresholdAboveChecks',
          line: 17,
          message:
            'Flagger analysis threshold 2 is more than the 1 passing check a successful analysis needs: a canary that fails 1 checks and passes 1 is still promoted',
        },
      ],
    },

    {
      name: 'no automated check, at the plan',
      plan: canaryPlan([
        [5, 600],
        [50, 'manual', ['approval']],
      ]),
      findings: [{ messageId: 'noAnalysis', line: 2 }],
    },
    {
      name: 'only checks that cannot fail, at the plan',
      plan: canaryPlan([
        [5, 600, ['!analysis']],
        [50, 600],
      ]),
      findings: [{ messageId: 'noEffectiveCheck', line: 2 }],
    },
    {
      name: 'a failure threshold above the passing checks, at the threshold',
      plan: canaryPlan(
        [
          [5, 600, ['analysis']],
          [50, 600],
        ],
        {
          failureThreshold: { label: 'Flagger analysis threshold', failures: 6, checks: 5, line: 17 },
        },
      ),
      findings: [{ messageId: 'thresholdAboveChecks', line: 17, data: { failures: '6', checks: '5' } }],
    },
  ],
});
