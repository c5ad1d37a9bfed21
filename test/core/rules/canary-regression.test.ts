import { describe, expect, it } from 'vitest';
import { canaryRegression } from '../../../src/core/rules/canary-regression.js';
import type { RolloutPlan } from '../../../src/core/model.js';
import { canaryPlan, environment, gate, runRule } from '../../support/plans.js';
import { ruleTester } from '../../support/rule-tester.js';

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
    expect(runRule(canaryRegression, head, { basePlan: base })).toMatchObject([
      { messageId: 'firstStageRises', message: 'the first stage rises from 5% to 10%', line: 10 },
    ]);
  });

  it('sees no shortened hold where the head still holds as long at that weight in all', () => {
    const head = canaryPlan([
      [5, 600, ['analysis']],
      [25, 600],
      [50, 120],
      [50, 900],
    ]);
    const messages = runRule(canaryRegression, head, { basePlan: base }).map((f) => f.message);
    expect(messages.filter((m) => m.includes('shortens'))).toEqual([]);
  });

  it('reports a hold shortened at a weight both versions have, at that stage', () => {
    const head = canaryPlan([
      [5, 600, ['analysis']],
      [25, 600],
      [50, 300],
    ]);
    expect(runRule(canaryRegression, head, { basePlan: base })).toMatchObject([
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
    expect(runRule(canaryRegression, head, { basePlan: base })).toMatchObject([
      {
        messageId: 'bypassAdded',
        message: 'the change adds `spec.skipAnalysis`, which bypasses the canary',
        line: 6,
      },
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

  it('reports a raised failure threshold, with both values', () => {
    const threshold = (failures: number) => ({
      failureThreshold: { label: 'Flagger analysis threshold', failures, checks: 5, line: 17 },
    });
    const before = canaryPlan(
      [
        [10, 60, ['analysis']],
        [50, 60],
      ],
      threshold(10),
    );
    const after = canaryPlan(
      [
        [10, 60, ['analysis']],
        [50, 60],
      ],
      threshold(1000),
    );
    expect(runRule(canaryRegression, after, { basePlan: before })).toMatchObject([
      {
        messageId: 'thresholdRises',
        message:
          'Flagger analysis threshold rises from 10 to 1000: a failing canary is rolled back only after 1000 failed checks',
        line: 17,
      },
    ]);
    expect(runRule(canaryRegression, before, { basePlan: after })).toEqual([]);
  });

  it('compares the set of checks: a removed metric check is a regression even when others remain', () => {
    const named = (name: string, line: number, effective = true) => ({
      ...gate(effective ? 'metric-check' : '!metric-check', line),
      name,
    });
    const before = canaryPlan(
      [
        [10, 60],
        [50, 60],
      ],
      {
        backgroundGates: [named('request-success-rate', 30), named('request-duration', 31)],
      },
    );
    const removed = canaryPlan(
      [
        [10, 60],
        [50, 60],
      ],
      { backgroundGates: [named('request-duration', 31)] },
    );
    expect(runRule(canaryRegression, removed, { basePlan: before }).map((f) => f.message)).toEqual([
      'the metric check request-success-rate is removed: it could fail the rollout in the base version',
    ]);
    const defanged = canaryPlan(
      [
        [10, 60],
        [50, 60],
      ],
      {
        backgroundGates: [named('request-success-rate', 30, false), named('request-duration', 31)],
      },
    );
    expect(runRule(canaryRegression, defanged, { basePlan: before })).toMatchObject([
      {
        messageId: 'gateIneffective',
        message: 'the metric check request-success-rate is still there but can no longer fail the rollout',
        line: 30,
      },
    ]);
    // Checks replaced one for one (built-in metrics moved to MetricTemplates) are no regression;
    // two checks replaced by one are.
    const replaced = canaryPlan(
      [
        [10, 60],
        [50, 60],
      ],
      { backgroundGates: [named('error-rate', 30), named('latency', 31)] },
    );
    expect(runRule(canaryRegression, replaced, { basePlan: before })).toEqual([]);
    const fewer = canaryPlan(
      [
        [10, 60],
        [50, 60],
      ],
      { backgroundGates: [named('error-rate', 30)] },
    );
    expect(runRule(canaryRegression, fewer, { basePlan: before }).map((f) => f.message)).toEqual([
      'the metric check request-duration is removed: it could fail the rollout in the base version',
    ]);
  });

  it('reports a plain workload whose update strategy turns from RollingUpdate to Recreate', () => {
    const deployment = (type: string, strategy: RolloutPlan['strategy']) =>
      canaryPlan([[100]], {
        id: 'kubernetes:Deployment:/web',
        format: 'kubernetes',
        strategy,
        target: { kind: 'Deployment', name: 'web' },
        workloadStrategy: { type, line: 9 },
      });
    const before = deployment('RollingUpdate', 'rolling');
    const after = deployment('Recreate', 'all-at-once');
    const expected = {
      messageId: 'workloadStrategy',
      message:
        "the Deployment's update strategy changes from RollingUpdate to Recreate: every old pod stops before any new one starts, so the service is down while new pods start",
      line: 9,
    };
    expect(runRule(canaryRegression, after, { basePlan: before })).toMatchObject([expected]);
    // Also when a Flagger Canary delivers it: Flagger copies the strategy onto the primary at promotion.
    const delivered = { ...after, deliveredBy: 'flagger:Canary:/web' };
    expect(
      runRule(canaryRegression, delivered, { basePlan: { ...before, deliveredBy: 'flagger:Canary:/web' } })[0]
        ?.message,
    ).toMatch(/from RollingUpdate to Recreate \(the controller that delivers it copies it\)/);
    expect(runRule(canaryRegression, before, { basePlan: after })).toEqual([]);
  });

  it('compares each deploy-time branch with the same branch of the base, not only the weakest', () => {
    const allAtOnce = {
      strategy: 'all-at-once' as const,
      stages: [{ weight: 100, hold: 0 as const, gates: [], line: 12 }],
    };
    const canary = canaryPlan([[10, 300, ['webhook']]]);
    const shape = (p: RolloutPlan) => ({
      strategy: p.strategy,
      stages: p.stages,
      backgroundGates: p.backgroundGates,
      rollback: p.rollback,
      bypasses: p.bypasses,
    });
    const before = canaryPlan([[100]], {
      ...allAtOnce,
      variants: [
        { when: ['condition IsProd is true'], ...shape(canary) },
        { when: ['condition IsProd is false'], ...shape(canaryPlan([[100]], allAtOnce)) },
      ],
    });
    const after = canaryPlan([[100]], allAtOnce);
    const messages = runRule(canaryRegression, after, { basePlan: before }).map((f) => f.message);
    expect(messages[0]).toBe(
      'when condition IsProd is true: the strategy changes from canary to all-at-once',
    );
    expect(runRule(canaryRegression, before, { basePlan: before })).toEqual([]);
  });

  it('compares holds occurrence by occurrence when two stages share a weight', () => {
    const before = canaryPlan([
      [20, 600],
      [80, 'manual'],
      [80, 'manual'],
    ]);
    const after = canaryPlan([
      [20, 600],
      [80, 'manual'],
      [80, 0],
    ]);
    expect(runRule(canaryRegression, after, { basePlan: before })).toMatchObject([
      {
        message: 'the hold at 80% shortens from a manual gate to 0s',
        line: 12,
        messageId: 'holdShortened',
        data: { at: '80%', before: 'a manual gate', after: '0s' },
      },
    ]);
  });
});

ruleTester.run(canaryRegression, {
  valid: [
    {
      name: 'a removed canary where deletions are not protected',
      plan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
      change: 'removed',
      deletion: 'the change deletes Rollout checkout',
      env: environment({ protectDeletion: false }),
    },
    {
      name: 'a weakened rollout where the policy allows it',
      plan: canaryPlan([[50, 0]]),
      basePlan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
      env: environment({ noRegression: false }),
    },

    {
      name: 'an unchanged rollout',
      plan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
      basePlan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
    },
    { name: 'a new rollout (nothing to compare with)', plan: canaryPlan([[50, 0]]) },
    {
      name: 'a removed plain Deployment',
      plan: canaryPlan([[100]], { strategy: 'rolling' }),
      change: 'removed',
      deletion: 'the change deletes Deployment web',
    },
  ],
  invalid: [
    {
      name: 'a removed canary of a named environment says which',
      plan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
      change: 'removed',
      deletion: 'the change deletes Rollout checkout',
      env: environment(
        {},
        { name: 'production', match: { paths: ['deploy/**'], namespaces: [], targets: [] } },
      ),
      findings: [
        {
          messageId: 'deleted',
          line: 2,
          message: 'the change deletes Rollout checkout (environment production)',
        },
      ],
    },
    {
      name: 'fewer stages below 100%, at the first stage',
      plan: canaryPlan([[50, 600]]),
      basePlan: canaryPlan([
        [5, 600],
        [25, 600],
        [50, 600],
      ]),
      findings: [
        {
          messageId: 'fewerStages',
          line: 10,
          message: 'stages below 100% go from 3 to 1 (5%, 25%, 50% → 50%)',
        },
        { messageId: 'firstStageRises', line: 10 },
        { messageId: 'bakeShortened', line: 10 },
      ],
    },
    {
      name: 'no stage below 100% any more',
      plan: canaryPlan([[100]]),
      basePlan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
      findings: [
        { messageId: 'fewerStages', line: 10, data: { afterList: 'none' } },
        { messageId: 'bakeShortened', line: 10 },
      ],
    },
    {
      name: 'a rolling update turned all at once',
      plan: canaryPlan([[100]], { strategy: 'all-at-once' }),
      basePlan: canaryPlan([[100]], { strategy: 'rolling' }),
      findings: [
        {
          messageId: 'strategyWeaker',
          line: 10,
          message: 'the strategy changes from rolling to all-at-once, which exposes more users at once',
        },
      ],
    },

    {
      name: 'a raised first weight, at the new first stage',
      plan: canaryPlan([
        [10, 600],
        [50, 600],
      ]),
      basePlan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
      findings: [{ messageId: 'firstStageRises', line: 10, data: { before: '5%', after: '10%' } }],
    },
    {
      name: 'a removed canary, at the plan',
      plan: canaryPlan([
        [5, 600],
        [50, 600],
      ]),
      change: 'removed',
      deletion: 'the change deletes Rollout checkout',
      findings: [{ messageId: 'deleted', line: 2, message: 'the change deletes Rollout checkout' }],
    },
    {
      name: 'a delivered workload whose update strategy weakens, at the strategy',
      plan: canaryPlan([[100]], {
        strategy: 'all-at-once',
        deliveredBy: 'flagger:Canary:shop/checkout',
        workloadStrategy: { type: 'Recreate', line: 9 },
      }),
      basePlan: canaryPlan([[100]], {
        strategy: 'rolling',
        workloadStrategy: { type: 'RollingUpdate', line: 9 },
      }),
      findings: [{ messageId: 'workloadStrategy', line: 9 }],
    },
  ],
});
