import { describe, expect, it } from 'vitest';
import type { Gate, RolloutPlan } from '../../../src/core/model.js';
import { canaryRegression } from '../../../src/core/rules/canary-regression.js';
import { canaryPlan, runRule } from '../../support/plans.js';

// Ways a change might weaken a rollout while keeping something the rule looks at the same, and the
// changes that only look like a weakening. Each case states what the base had and what the head has.

const regressions = (head: RolloutPlan, basePlan: RolloutPlan) =>
  runRule(canaryRegression, head, { basePlan }).map((f) => f.message);

const named = (kind: Gate['kind'], name: string, line = 10): Gate => ({ kind, name, line, effective: true });

describe('holds', () => {
  it('does not let long holds at other weights hide a hold shortened at one weight', () => {
    const base = canaryPlan([
      [10, 600, ['analysis']],
      [50, 600],
    ]);
    const head = canaryPlan([
      [10, 3600, ['analysis']],
      [50, 60],
    ]);
    expect(regressions(head, base)).toEqual(['the hold at 50% shortens from 10m to 1m']);
  });

  it('accepts a hold split into two stages at the same weight with the same total, and not a second less', () => {
    const base = canaryPlan([
      [10, 600, ['analysis']],
      [50, 600],
    ]);
    const split = canaryPlan([
      [10, 600, ['analysis']],
      [50, 300],
      [50, 300],
    ]);
    expect(regressions(split, base)).toEqual([]);
    const shorter = canaryPlan([
      [10, 600, ['analysis']],
      [50, 300],
      [50, 299],
    ]);
    expect(regressions(shorter, base)).toEqual(['the hold at 50% shortens from 10m to 5m']);
  });

  it('accepts a shorter timed hold where the head adds a manual gate at that weight', () => {
    const base = canaryPlan([
      [10, 600, ['analysis']],
      [50, 600],
    ]);
    const head = canaryPlan([
      [10, 600, ['analysis']],
      [50, 60],
      [50, 'manual'],
    ]);
    expect(regressions(head, base)).toEqual([]);
  });
});

describe('manual gates', () => {
  it('takes a timed hold turned into a manual gate at the same weight as no weakening, bake included', () => {
    const base = canaryPlan([
      [10, 600, ['analysis']],
      [50, 600],
    ]);
    const head = canaryPlan([
      [10, 600, ['analysis']],
      [50, 'manual'],
    ]);
    expect(regressions(head, base)).toEqual([]);
  });

  it('takes a manual gate added where the weights change as making up for shorter timed holds', () => {
    const base = canaryPlan([
      [10, 600, ['analysis']],
      [50, 600],
    ]);
    const head = canaryPlan([
      [20, 300, ['analysis']],
      [60, 'manual'],
    ]);
    expect(regressions(head, base)).not.toContainEqual(expect.stringMatching(/bake|manual/));
  });

  it('reports a manual gate dropped where the weights change, however long the timed holds get', () => {
    const base = canaryPlan([
      [10, 'manual', ['analysis']],
      [50, 600],
    ]);
    const head = canaryPlan([
      [20, 3600, ['analysis']],
      [50, 3600],
    ]);
    expect(runRule(canaryRegression, head, { basePlan: base })).toMatchObject([
      { messageId: 'firstStageRises' },
      {
        messageId: 'manualGatesFewer',
        line: 10,
        message:
          'manual gates before 100% go from 1 to 0 (10% → none): fewer points where a person must promote the rollout',
      },
    ]);
  });

  it('still reports a shorter bake where the manual gates stay as they were', () => {
    const base = canaryPlan([
      [10, 'manual', ['analysis']],
      [50, 600],
    ]);
    const head = canaryPlan([
      [20, 'manual', ['analysis']],
      [60, 60],
    ]);
    expect(regressions(head, base)).toContainEqual('total bake time shortens from 10m to 1m');
  });
});

describe('stages, bypasses and checks', () => {
  it('reports a bypass only when the change adds it', () => {
    const bypass = { field: 'spec.skipAnalysis', reason: 'skips', line: 6 };
    const base = canaryPlan([[10, 600, ['analysis']]], { bypasses: [bypass] });
    expect(regressions(base, base)).toEqual([]);
    const another = canaryPlan([[10, 600, ['analysis']]], {
      bypasses: [bypass, { field: 'spec.paused', reason: 'x', line: 8 }],
    });
    expect(regressions(another, base)).toEqual(['the change adds `spec.paused`, which bypasses the canary']);
  });

  it('reports a named stage that is gone, not one that moved or kept its name', () => {
    const stages = (...names: string[]) =>
      canaryPlan(
        names.map((_, i): [number, number, ['analysis']] => [10 * (i + 1), 600, ['analysis']]),
        {},
      );
    const withNames = (plan: RolloutPlan, names: (string | undefined)[]) => ({
      ...plan,
      stages: plan.stages.map((stage, i) => ({ ...stage, ...(names[i] ? { name: names[i] } : {}) })),
    });
    const base = withNames(stages('a', 'b'), ['canary', 'bake']);
    expect(regressions(withNames(stages('a', 'b'), ['canary', 'bake']), base)).toEqual([]);
    expect(regressions(withNames(stages('a', 'b'), ['canary', 'bake', 'prod']), base)).toEqual([]);
    expect(regressions(withNames(stages('a', 'b'), ['canary']), base)).toEqual(['stage "bake" is removed']);
  });

  it('does not count a new check of another kind as the replacement of a removed one', () => {
    const base = canaryPlan([[10, 600]], { backgroundGates: [named('metric-check', 'latency')] });
    const webhook = canaryPlan([[10, 600]], { backgroundGates: [named('webhook', 'load-test')] });
    expect(regressions(webhook, base)).toEqual([
      'the metric check latency is removed: it could fail the rollout in the base version',
    ]);
    const renamed = canaryPlan([[10, 600]], { backgroundGates: [named('metric-check', 'p99-latency')] });
    expect(regressions(renamed, base)).toEqual([]);
  });

  it('compares the first stage that sends traffic, past a 0% preview', () => {
    const base = canaryPlan([
      [0, 600, ['analysis']],
      [5, 600],
      [50, 600],
    ]);
    const head = canaryPlan([
      [5, 600, ['analysis']],
      [50, 600],
    ]);
    expect(regressions(head, base)).not.toContainEqual(expect.stringMatching(/first stage rises/));
    const raised = canaryPlan([
      [0, 600, ['analysis']],
      [20, 600],
      [50, 600],
    ]);
    expect(regressions(raised, base)).toContainEqual('the first stage rises from 5% to 20%');
  });
});

describe('what is compared at all', () => {
  it('judges a workload a rollout object delivers only on its own update strategy', () => {
    const base = canaryPlan(
      [
        [10, 600, ['analysis']],
        [50, 600],
      ],
      { deliveredBy: 'flagger:Canary:shop/checkout' },
    );
    const head = canaryPlan([[50, 0]], {
      deliveredBy: 'flagger:Canary:shop/checkout',
      rollback: { automatic: false, how: [], line: 20 },
    });
    expect(regressions(head, base)).toEqual([]);
  });

  it('compares failure thresholds only when both sides write the same one', () => {
    const threshold = (label: string, failures: number) => ({ label, failures, line: 12 });
    const base = canaryPlan([[10, 600, ['analysis']]], {
      failureThreshold: threshold('Flagger analysis threshold', 2),
    });
    const other = canaryPlan([[10, 600, ['analysis']]], {
      failureThreshold: threshold('Argo failureLimit', 9),
    });
    expect(regressions(other, base)).toEqual([]);
    const raised = canaryPlan([[10, 600, ['analysis']]], {
      failureThreshold: threshold('Flagger analysis threshold', 3),
    });
    expect(regressions(raised, base)).toHaveLength(1);
  });
});
