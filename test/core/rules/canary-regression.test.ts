import { describe, expect, it } from 'vitest';
import { canaryRegression } from '../../../src/core/rules/canary-regression.js';
import { canaryPlan, environment, runRule } from '../../support/plans.js';

const base = canaryPlan([
  [5, 600, ['analysis']],
  [25, 600],
  [50, 900],
]);

describe('canary/regression', () => {
  it('accepts an unchanged or strengthened rollout', () => {
    expect(runRule(canaryRegression, base, { basePlan: base })).toEqual([]);
    const stronger = canaryPlan([
      [1, 600, ['analysis']],
      [5, 600],
      [25, 600],
      [50, 1200],
    ]);
    expect(runRule(canaryRegression, stronger, { basePlan: base })).toEqual([]);
  });

  it('reports removed stages', () => {
    const head = canaryPlan([
      [5, 600, ['analysis']],
      [50, 1200],
    ]);
    expect(runRule(canaryRegression, head, { basePlan: base })[0]?.message).toMatch(
      /stages below 100% go from 3 to 2/,
    );
  });

  it('reports a raised first weight at the new first stage', () => {
    const head = canaryPlan([
      [10, 600, ['analysis']],
      [25, 600],
      [50, 900],
    ]);
    expect(runRule(canaryRegression, head, { basePlan: base })).toEqual([
      { message: 'the first stage rises from 5% to 10%', line: 10 },
    ]);
  });

  it('reports a hold shortened at a weight both versions have, at that stage', () => {
    const head = canaryPlan([
      [5, 600, ['analysis']],
      [25, 600],
      [50, 300],
    ]);
    expect(runRule(canaryRegression, head, { basePlan: base })).toEqual([
      {
        message: 'the hold at 50% shortens from 15m to 5m',
        line: 12,
        messageId: 'holdShortened',
        data: { at: '50%', before: '15m', after: '5m' },
      },
    ]);
  });

  it('reports shorter total bake time when the weights changed', () => {
    const head = canaryPlan([
      [5, 600, ['analysis']],
      [20, 600],
      [40, 300],
    ]);
    expect(runRule(canaryRegression, head, { basePlan: base })[0]?.message).toMatch(
      /total bake time shortens from 35m to 25m/,
    );
  });

  it('reports dropped analysis and dropped automatic rollback', () => {
    const head = canaryPlan(
      [
        [5, 600],
        [25, 600],
        [50, 900],
      ],
      { rollback: { automatic: false, how: [] } },
    );
    const messages = runRule(canaryRegression, head, { basePlan: base }).map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/automated analysis .* is gone/),
        expect.stringMatching(/automatic rollback .* is gone/),
      ]),
    );
  });

  it('reports a manual gate turned into a timed one', () => {
    const manualBase = canaryPlan([
      [5, 'manual', ['analysis']],
      [50, 600],
    ]);
    const head = canaryPlan([
      [5, 3600, ['analysis']],
      [50, 600],
    ]);
    expect(runRule(canaryRegression, head, { basePlan: manualBase })[0]?.message).toBe(
      'the hold at 5% shortens from a manual gate to 1h',
    );
  });

  it('reports a newly added bypass', () => {
    const head = canaryPlan(
      [
        [5, 600, ['analysis']],
        [25, 600],
        [50, 900],
      ],
      {
        bypasses: [{ field: 'spec.skipAnalysis', reason: 'x', line: 6 }],
      },
    );
    expect(runRule(canaryRegression, head, { basePlan: base })).toEqual([
      { message: 'the change adds `spec.skipAnalysis`, which bypasses the canary', line: 6 },
    ]);
  });

  it('reports a strategy change to one the policy does not accept', () => {
    const head = canaryPlan([], { strategy: 'rolling' });
    expect(runRule(canaryRegression, head, { basePlan: base })[0]?.message).toMatch(/from canary to rolling/);
  });

  it('is off when the policy allows regressions', () => {
    const head = canaryPlan([[50, 60]]);
    expect(
      runRule(canaryRegression, head, { basePlan: base, env: environment({ noRegression: false }) }),
    ).toEqual([]);
  });
});
