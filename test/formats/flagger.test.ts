import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { flagger } from '../../src/formats/flagger/index.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';
import { adapterHarness, onlyPlan } from '../support/adapter-harness.js';

const { fixture: resultOf, inline: inlinePlan } = adapterHarness(flagger, 'manifests/flagger');
const planOf = (fixture: string) => onlyPlan(resultOf(fixture));

/** A minimal Canary whose `analysis` block is the given YAML (indented under `analysis:`). */
function canaryWith(analysis: string, specExtra = ''): string {
  return [
    'apiVersion: flagger.app/v1beta1',
    'kind: Canary',
    'metadata:',
    '  name: demo',
    'spec:',
    '  targetRef:',
    '    kind: Deployment',
    '    name: demo',
    specExtra,
    '  analysis:',
    ...analysis.split('\n').map((line) => `    ${line}`),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

const weights = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.hold);

describe('flagger.detect', () => {
  it.each(['flagger.app/v1beta1', 'flagger.app/v1alpha3', 'flagger.app/v1alpha1'])(
    'claims a Canary of %s',
    (apiVersion) => {
      const [doc] = documentsOf(`apiVersion: ${apiVersion}\nkind: Canary\nmetadata: {name: x}\n`);
      expect(doc && flagger.detect(doc)).toBe(true);
    },
  );

  it('claims MetricTemplate and AlertProvider but makes no plan of them', () => {
    const docs = fixtureDocuments('manifests/flagger/metric-template.yaml');
    expect(docs.map((doc) => flagger.detect(doc))).toEqual([true, true]);
    expect(docs.map((doc) => flagger.toPlans(doc))).toEqual([
      { plans: [], diagnostics: [] },
      { plans: [], diagnostics: [] },
    ]);
  });

  it.each([
    ['an Argo Rollout', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n'],
    ['a Deployment', 'apiVersion: apps/v1\nkind: Deployment\n'],
    ['a Canary of another group', 'apiVersion: example.com/v1\nkind: Canary\n'],
    ['a document without apiVersion', 'kind: Canary\n'],
  ])('leaves %s alone', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    expect(doc && flagger.detect(doc)).toBe(false);
  });
});

describe('flagger canary strategy', () => {
  it('walks stepWeight up to maxWeight, one interval per weight, then promotes', () => {
    const plan = planOf('canary-step-weights.yaml');
    expect(plan.strategy).toBe('canary');
    // The pre-rollout webhook runs at 0%, before the first step.
    expect(weights(plan)).toEqual([0, 10, 20, 30, 100]);
    expect(holds(plan)).toEqual([0, 60, 60, 60, 0]);
    // Each step is defined by the stepWeight key; the promotion by the analysis block.
    expect(plan.stages.map((stage) => stage.line)).toEqual([32, 19, 19, 19, 15]);
  });

  it('identifies the Canary and the Deployment it delivers', () => {
    const plan = planOf('canary-step-weights.yaml');
    expect(plan.id).toBe('flagger:Canary:shop/checkout');
    expect(plan.format).toBe('flagger');
    expect(plan.line).toBe(3);
    expect(plan.target).toEqual({ kind: 'Canary', name: 'checkout', namespace: 'shop' });
    expect(plan.delivers).toEqual({ kind: 'Deployment', name: 'checkout', namespace: 'shop' });
  });

  it('runs metrics and rollout webhooks across every stage and pre-rollout webhooks before the first', () => {
    const plan = planOf('canary-step-weights.yaml');
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'request-success-rate', line: 21, effective: true },
      { kind: 'metric-check', name: 'error-rate', line: 25, effective: true },
      { kind: 'webhook', name: 'load-test', line: 35, effective: true },
    ]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'webhook', name: 'smoke-test', line: 32, effective: true },
    ]);
    expect(plan.stages.slice(1).flatMap((stage) => stage.gates)).toEqual([]);
  });

  it('rolls back automatically after the threshold of failed checks', () => {
    const plan = planOf('canary-step-weights.yaml');
    expect(plan.rollback).toEqual({ automatic: true, how: ['rolls back after 5 failed checks'], line: 15 });
    expect(plan.bypasses).toEqual([]);
  });

  it('follows a stepWeights list, each weight on its own line', () => {
    const plan = planOf('canary-step-weights-list.yaml');
    expect(weights(plan)).toEqual([1, 5, 25, 50, 100]);
    expect(holds(plan)).toEqual([30, 30, 30, 30, 0]);
    expect(plan.stages.map((stage) => stage.line)).toEqual([17, 18, 19, 20, 13]);
    // threshold absent: Flagger's default of 1
    expect(plan.rollback.how).toEqual(['rolls back after 1 failed check']);
  });

  it('lets the last step pass maxWeight, as Flagger does (20, 40, 60 for step 20 and max 50)', () => {
    const { plans } = inlinePlan(canaryWith('maxWeight: 50\nstepWeight: 20'));
    expect(weights(plans[0])).toEqual([20, 40, 60, 100]);
  });

  it('defaults maxWeight to 100, and a step that reaches 100% is the final stage', () => {
    const { plans } = inlinePlan(canaryWith('stepWeight: 25'));
    expect(weights(plans[0])).toEqual([25, 50, 75, 100]);
    expect(holds(plans[0])).toEqual([60, 60, 60, 0]);
  });

  it('prefers stepWeight over stepWeights, but stops at the last of stepWeights', () => {
    const { plans } = inlinePlan(canaryWith('stepWeight: 10\nstepWeights: [5, 30]\nmaxWeight: 80'));
    expect(weights(plans[0])).toEqual([10, 20, 30, 100]);
  });

  it('treats stepWeight 100 as a single jump', () => {
    const { plans } = inlinePlan(canaryWith('stepWeight: 100\nmaxWeight: 100'));
    expect(weights(plans[0])).toEqual([100]);
  });

  it('says so when the analysis gives Flagger no way to advance', () => {
    const { plans } = inlinePlan(canaryWith('interval: 1m\nthreshold: 2'));
    expect(weights(plans[0])).toEqual([100]);
    expect(plans[0]?.notes).toContain(
      'spec.analysis sets no stepWeight, stepWeights or iterations: Flagger never shifts traffic and never promotes',
    );
  });

  it('applies the 60s default interval and raises intervals under 10s to 10s', () => {
    expect(holds(inlinePlan(canaryWith('stepWeight: 50\nmaxWeight: 50')).plans[0])).toEqual([60, 0]);
    expect(holds(inlinePlan(canaryWith('interval: 2s\nstepWeight: 50\nmaxWeight: 50')).plans[0])).toEqual([
      10, 0,
    ]);
  });

  it('adds a weight-0 stage for the mirrored interval before weights shift', () => {
    const { plans } = inlinePlan(canaryWith('mirror: true\nstepWeight: 50\nmaxWeight: 50'));
    expect(weights(plans[0])).toEqual([0, 50, 100]);
    expect(holds(plans[0])).toEqual([60, 60, 0]);
  });
});

describe('flagger A/B and blue/green', () => {
  it('reads match + iterations as an A/B test on a routed segment', () => {
    const plan = planOf('ab-test.yaml');
    expect(plan.strategy).toBe('ab-test');
    expect(weights(plan)).toEqual([0, 100]);
    expect(plan.stages[0]).toMatchObject({
      line: 19,
      segment: 'header x-canary=insider or header cookie ~ ^(.*?;)?(canary=always)(;.*)?$',
    });
  });

  it('holds the segment for iterations × interval, or until a confirm-promotion gate opens', () => {
    const plan = planOf('ab-test.yaml');
    expect(plan.stages[0]?.hold).toBe('manual');
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'approval', name: 'release-gate', line: 31, effective: true },
    ]);

    const { plans } = inlinePlan(
      canaryWith('interval: 15s\niterations: 10\nmatch:\n  - headers: {x-test: {exact: "1"}}'),
    );
    expect(plans[0]?.stages[0]).toMatchObject({ weight: 0, hold: 150, segment: 'header x-test=1' });
  });

  it('reads iterations without match as blue/green', () => {
    const plan = planOf('blue-green-iterations.yaml');
    expect(plan.strategy).toBe('blue-green');
    expect(weights(plan)).toEqual([0, 100]);
    expect(holds(plan)).toEqual([150, 0]);
    expect(plan.stages[0]?.line).toBe(17);
    expect(plan.rollback).toMatchObject({ automatic: true, how: ['rolls back after 2 failed checks'] });
  });

  it('runs a weighted canary on provider kubernetes as blue/green for 10 iterations, as Flagger does', () => {
    const plan = planOf('kubernetes-provider.yaml');
    expect(plan.strategy).toBe('blue-green');
    expect(weights(plan)).toEqual([0, 100]);
    expect(holds(plan)).toEqual([600, 0]);
    expect(plan.stages[0]?.line).toBe(8);
    expect(plan.notes).toEqual([
      'provider kubernetes shifts no traffic: Flagger ignores stepWeight/maxWeight and runs blue/green for 10 iterations',
    ]);
    // The analysis still runs, so a failure still rolls back: not a bypass.
    expect(plan.bypasses).toEqual([]);
    expect(plan.rollback.automatic).toBe(true);
  });

  it('drops match on provider kubernetes', () => {
    const { plans } = inlinePlan(
      canaryWith('iterations: 3\nmatch:\n  - headers: {x-test: {exact: "1"}}', '  provider: kubernetes'),
    );
    expect(plans[0]?.strategy).toBe('blue-green');
    expect(plans[0]?.stages[0]?.segment).toBeUndefined();
    expect(plans[0]?.notes).toContain(
      'provider kubernetes does not support A/B testing: Flagger ignores match',
    );
  });
});

describe('flagger legacy canaryAnalysis', () => {
  it('reads spec.canaryAnalysis like spec.analysis, with the interval floor and untyped webhooks', () => {
    const plan = planOf('legacy-canary-analysis.yaml');
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([10, 20, 100]);
    expect(holds(plan)).toEqual([10, 10, 0]);
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'request-success-rate', line: 20, effective: true },
      { kind: 'webhook', name: 'load-test', line: 24, effective: true },
    ]);
    expect(plan.rollback).toEqual({ automatic: true, how: ['rolls back after 10 failed checks'], line: 13 });
  });

  it('prefers spec.analysis when both are present', () => {
    const { plans } = inlinePlan(
      canaryWith('stepWeight: 50\nmaxWeight: 50', '  canaryAnalysis:\n    stepWeight: 10'),
    );
    expect(weights(plans[0])).toEqual([50, 100]);
    expect(plans[0]?.notes).toContain('spec.canaryAnalysis is ignored: spec.analysis takes precedence');
  });
});

describe('flagger webhooks by type', () => {
  const plan = () => planOf('webhook-types.yaml');

  it('turns confirm gates into approvals that make a stage wait for a person', () => {
    const [before, first, second, final] = plan().stages;
    // confirm-rollout and pre-rollout webhooks run before any traffic moves (scheduler.go).
    expect(before).toEqual({
      weight: 0,
      hold: 'manual',
      gates: [
        { kind: 'approval', name: 'start-gate', line: 18, effective: true },
        { kind: 'webhook', name: 'conformance', line: 27, effective: true },
      ],
      line: 18,
    });
    expect(first?.gates).toEqual([{ kind: 'approval', name: 'step-gate', line: 21, effective: true }]);
    expect(second?.gates).toEqual([
      { kind: 'approval', name: 'step-gate', line: 21, effective: true },
      { kind: 'approval', name: 'promote-gate', line: 24, effective: true },
    ]);
    expect(holds(plan())).toEqual(['manual', 'manual', 'manual', 0]);
    expect(final).toEqual({ weight: 100, hold: 0, gates: [], line: 13 });
  });

  it('runs rollout and untyped webhooks every interval; post-rollout and event webhooks cannot stop anything', () => {
    expect(plan().backgroundGates).toEqual([
      { kind: 'webhook', name: 'load', line: 30, effective: true },
      { kind: 'webhook', name: 'untyped-load', line: 33, effective: true },
      { kind: 'webhook', name: 'notify', line: 35, effective: false },
      { kind: 'webhook', name: 'audit', line: 38, effective: false },
    ]);
  });

  it('notes that a rollback webhook can force a rollback', () => {
    expect(plan().notes).toEqual(['a rollback webhook can force a rollback']);
  });

  it('ignores confirm-traffic-increase outside a weighted canary', () => {
    const { plans } = inlinePlan(
      canaryWith(
        'iterations: 2\nwebhooks:\n  - name: step\n    type: confirm-traffic-increase\n    url: http://x/',
      ),
    );
    expect(plans[0]?.stages[0]?.gates).toEqual([]);
    expect(plans[0]?.notes).toContain(
      'confirm-traffic-increase webhook step never runs: the strategy is blue-green',
    );
  });

  it('reports an unknown webhook type and counts the webhook as no gate', () => {
    const { plans, diagnostics } = inlinePlan(
      canaryWith(
        'stepWeight: 50\nmaxWeight: 50\nwebhooks:\n  - name: odd\n    type: pre-flight\n    url: http://x/',
      ),
    );
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'MANIFEST_FIELD_INVALID', line: 14 })]);
    expect(plans[0]?.backgroundGates).toEqual([]);
    expect(plans[0]?.stages.flatMap((stage) => stage.gates)).toEqual([]);
  });

  it('notes an analysis with nothing that can fail it', () => {
    const { plans } = inlinePlan(
      canaryWith(
        'stepWeight: 50\nmaxWeight: 50\nwebhooks:\n  - name: notify\n    type: post-rollout\n    url: http://x/',
      ),
    );
    expect(plans[0]?.notes).toContain(
      "the analysis has no metric checks or gating webhooks: only the canary's health can fail it",
    );
    expect(plans[0]?.rollback.automatic).toBe(true);
  });
});

describe('flagger checks that cannot fail', () => {
  const gateOf = (metric: string) =>
    inlinePlan(canaryWith(`stepWeight: 50\nmetrics:\n${metric}`)).plans[0]?.backgroundGates[0]?.effective;

  it.each([
    ['an empty thresholdRange', '  - name: request-success-rate\n    thresholdRange: {}', false],
    ['null bounds', '  - name: error-rate\n    query: x\n    thresholdRange: {min: null, max: null}', false],
    ['a success rate floor of 0%', '  - name: request-success-rate\n    thresholdRange: {min: 0}', false],
    [
      'a success rate range of 0-100%',
      '  - name: request-success-rate\n    thresholdRange: {min: 0, max: 100}',
      false,
    ],
    ['a duration floor of 0 ms', '  - name: request-duration\n    thresholdRange: {min: 0}', false],
    ['no range and no legacy threshold on the success rate', '  - name: request-success-rate', false],
    ['a success rate floor of 99%', '  - name: request-success-rate\n    thresholdRange: {min: 99}', true],
    ['a legacy success rate threshold', '  - name: request-success-rate\n    threshold: 99', true],
    ['a custom query ceiling', '  - name: errors\n    query: x\n    thresholdRange: {max: 1}', true],
    ['a custom query without range (fails above 0)', '  - name: errors\n    query: x', true],
  ])('%s → gate: %s', (_name, metric, effective) => {
    expect(gateOf(metric)).toBe(effective);
  });

  it('reports a bound that is not a number, and does not count the check', () => {
    const { plans, diagnostics } = inlinePlan(
      canaryWith('stepWeight: 50\nmetrics:\n  - name: request-success-rate\n    thresholdRange: {min: "99"}'),
    );
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'MANIFEST_FIELD_INVALID', line: 13 })]);
    expect(plans[0]?.backgroundGates[0]?.effective).toBe(false);
  });

  it('counts a blocking load-tester task as a gate, and a background one (the default) as none', () => {
    const hook = (type: string) =>
      inlinePlan(
        canaryWith(
          `stepWeight: 50\nwebhooks:\n  - name: t\n    url: http://flagger-loadtester/\n    metadata:\n      ${type}cmd: "curl -sf http://x/"`,
        ),
      ).plans[0]?.backgroundGates[0]?.effective;
    expect(hook('')).toBe(false);
    expect(hook('type: cmd\n      ')).toBe(false);
    expect(hook('type: bash\n      ')).toBe(true);
    expect(hook('type: kubectl\n      ')).toBe(true);
  });

  it('records the threshold and the checks a successful analysis takes', () => {
    expect(planOf('canary-step-weights.yaml').failureThreshold).toEqual({
      label: 'Flagger analysis threshold',
      failures: 5,
      checks: 3,
      line: 17,
    });
    expect(planOf('blue-green-iterations.yaml').failureThreshold).toMatchObject({ failures: 2, checks: 5 });
    expect(planOf('skip-analysis.yaml').failureThreshold).toBeUndefined();
  });
});

describe('flagger bypasses', () => {
  it('skipAnalysis: true promotes at once, with no gates and no automatic rollback', () => {
    const plan = planOf('skip-analysis.yaml');
    expect(plan.bypasses).toEqual([
      {
        field: 'spec.skipAnalysis',
        reason: 'Flagger promotes the new version without analysing it: no stages, no checks, no rollback',
        line: 14,
      },
    ]);
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 14 }]);
    expect(plan.backgroundGates).toEqual([]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.strategy).toBe('canary');
  });

  it('a skipAnalysis that is not a boolean is reported and read as skipped (fail closed)', () => {
    const { plans, diagnostics } = resultOf('skip-analysis-string.yaml');
    expect(diagnostics).toEqual([
      {
        code: 'MANIFEST_FIELD_INVALID',
        message: 'spec.skipAnalysis must be true or false, not a string; the analysis is treated as skipped',
        file: 'manifests/flagger/skip-analysis-string.yaml',
        line: 13,
      },
    ]);
    expect(plans[0]?.bypasses.map((bypass) => [bypass.field, bypass.line])).toEqual([
      ['spec.skipAnalysis', 13],
    ]);
    expect(plans[0]?.rollback.automatic).toBe(false);
    expect(weights(plans[0])).toEqual([100]);
  });

  it('a Canary without any analysis block promotes without analysis', () => {
    const plan = planOf('no-analysis.yaml');
    expect(plan.bypasses).toEqual([
      {
        field: 'spec.analysis',
        reason: 'Flagger promotes without analysis: the Canary has no analysis (or canaryAnalysis) block',
        line: 7,
      },
    ]);
    expect(weights(plan)).toEqual([100]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.delivers).toEqual({ kind: 'Deployment', name: 'billing-api', namespace: 'payments' });
  });

  it('suspend: true keeps the declared stages but nothing runs them or rolls back', () => {
    const plan = planOf('suspended.yaml');
    expect(plan.bypasses.map((bypass) => [bypass.field, bypass.line])).toEqual([['spec.suspend', 7]]);
    expect(weights(plan)).toEqual([10, 20, 100]);
    expect(plan.rollback.automatic).toBe(false);
  });

  it('skipAnalysis still waits for confirm-rollout gates before promoting', () => {
    const { plans } = inlinePlan(
      canaryWith(
        'stepWeight: 10\nwebhooks:\n  - name: go\n    type: confirm-rollout\n    url: http://x/',
        '  skipAnalysis: true',
      ),
    );
    expect(plans[0]?.stages).toEqual([
      {
        weight: 0,
        hold: 'manual',
        gates: [{ kind: 'approval', name: 'go', line: 13, effective: true }],
        line: 13,
      },
      { weight: 100, hold: 0, gates: [], line: 9 },
    ]);
  });

  it('skipAnalysis: false is no bypass', () => {
    const { plans } = inlinePlan(canaryWith('stepWeight: 50', '  skipAnalysis: false'));
    expect(plans[0]?.bypasses).toEqual([]);
    expect(plans[0]?.rollback.automatic).toBe(true);
  });
});

describe('flagger odd input', () => {
  it('reports a Kustomize-style patch without targetRef as unsupported and makes no plan', () => {
    const { plans, diagnostics } = resultOf('patch.yaml');
    expect(plans).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'MANIFEST_UNSUPPORTED', line: 6 })]);
  });

  it('reports fields of the wrong type at their line and falls back to Flagger defaults', () => {
    const { plans, diagnostics } = inlinePlan(
      canaryWith('interval: 90\nstepWeight: "10"\nmaxWeight: 150\nthreshold: many\nmetrics: {}'),
    );
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['MANIFEST_FIELD_INVALID', 10],
      ['MANIFEST_FIELD_INVALID', 13],
      ['MANIFEST_FIELD_INVALID', 11],
      ['MANIFEST_FIELD_INVALID', 12],
      ['MANIFEST_FIELD_INVALID', 14],
    ]);
    expect(weights(plans[0])).toEqual([100]);
    expect(plans[0]?.rollback.how).toEqual(['rolls back after 1 failed check']);
  });

  it('notes analysis keys written at spec level, which the API server prunes', () => {
    const { plans } = inlinePlan(canaryWith('stepWeight: 50', '  webhooks: []'));
    expect(plans[0]?.notes).toContain(
      'spec.webhooks is not read by Flagger (the API server prunes it): it belongs under spec.analysis',
    );
  });

  it('counts a metric that is neither built in, a templateRef nor a query as never evaluated', () => {
    const { plans } = inlinePlan(
      canaryWith('stepWeight: 50\nmetrics:\n  - name: made-up\n    thresholdRange: {max: 1}'),
    );
    expect(plans[0]?.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'made-up', line: 12, effective: false },
    ]);
  });

  const garbage: unknown[] = [
    null,
    0,
    -1,
    1e9,
    'x',
    '',
    true,
    [],
    [null],
    {},
    { __proto__: 1 },
    [[[]]],
    { a: [1, 'b'] },
  ];
  const slots = [
    ['spec'],
    ['spec', 'targetRef'],
    ['spec', 'skipAnalysis'],
    ['spec', 'suspend'],
    ['spec', 'provider'],
    ['spec', 'analysis'],
    ['spec', 'analysis', 'interval'],
    ['spec', 'analysis', 'threshold'],
    ['spec', 'analysis', 'iterations'],
    ['spec', 'analysis', 'stepWeight'],
    ['spec', 'analysis', 'stepWeights'],
    ['spec', 'analysis', 'maxWeight'],
    ['spec', 'analysis', 'match'],
    ['spec', 'analysis', 'mirror'],
    ['spec', 'analysis', 'metrics'],
    ['spec', 'analysis', 'webhooks'],
    ['metadata'],
  ];

  it('never throws, whatever value sits in any field', () => {
    const [base] = fixtureDocuments('manifests/flagger/webhook-types.yaml');
    if (!base) throw new Error('no document');
    for (const slot of slots) {
      for (const value of garbage) {
        const copy = structuredClone(base.value) as Record<string, unknown>;
        let node: Record<string, unknown> = copy;
        for (const key of slot.slice(0, -1)) {
          if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
          node = node[key] as Record<string, unknown>;
        }
        node[slot[slot.length - 1] as string] = value;
        const result = flagger.toPlans({ ...base, value: copy });
        expect(Array.isArray(result.plans) && Array.isArray(result.diagnostics)).toBe(true);
        for (const plan of result.plans) expect(plan.stages[plan.stages.length - 1]?.weight).toBe(100);
      }
    }
  });

  it('never throws on documents that are not mappings', () => {
    for (const value of garbage) {
      const result = flagger.toPlans({ file: 'x.yaml', index: 0, line: 1, value, lineOf: () => 1 });
      expect(result.plans).toEqual([]);
    }
  });
});
