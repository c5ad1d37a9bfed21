import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { argoRollouts } from '../../src/formats/argo-rollouts/index.js';
import { openKruise } from '../../src/formats/openkruise.js';
import type { AdapterResult, SourceDocument } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';

function planOf(fixture: string): RolloutPlan {
  const [doc] = fixtureDocuments(`manifests/openkruise/${fixture}`);
  if (!doc) throw new Error(`${fixture} has no document`);
  expect(openKruise.detect(doc)).toBe(true);
  const result = openKruise.toPlans(doc);
  expect(result.diagnostics).toEqual([]);
  expect(result.plans).toHaveLength(1);
  return result.plans[0] as RolloutPlan;
}

function inline(yaml: string): AdapterResult {
  const [doc] = documentsOf(yaml);
  if (!doc) throw new Error('no document');
  return openKruise.toPlans(doc);
}

/** A v1beta1 (or v1alpha1) Rollout whose `spec.strategy` is the given YAML. */
function rolloutWith(strategy: string, version = 'v1beta1', specExtra = ''): string {
  const workload =
    version === 'v1beta1'
      ? ['  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: demo}']
      : ['  objectRef:', '    workloadRef: {apiVersion: apps/v1, kind: Deployment, name: demo}'];
  return [
    `apiVersion: rollouts.kruise.io/${version}`,
    'kind: Rollout',
    'metadata:',
    '  name: demo',
    'spec:',
    ...workload,
    ...(specExtra === '' ? [] : [specExtra]),
    '  strategy:',
    ...strategy.split('\n').map((line) => `    ${line}`),
  ].join('\n');
}

const weights = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.hold);
const MANUAL_ROLLBACK = { automatic: false, how: ['manual rollback only'] };

describe('openKruise.detect', () => {
  it.each(['rollouts.kruise.io/v1alpha1', 'rollouts.kruise.io/v1beta1'])(
    'claims a Rollout of %s',
    (apiVersion) => {
      const [doc] = documentsOf(`apiVersion: ${apiVersion}\nkind: Rollout\nmetadata: {name: x}\n`);
      expect(doc && openKruise.detect(doc)).toBe(true);
    },
  );

  it('leaves the Argo Rollout of the same kind to Argo, and Argo leaves the Kruise one alone', () => {
    const [argo] = documentsOf('apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n');
    const [kruise] = documentsOf('apiVersion: rollouts.kruise.io/v1beta1\nkind: Rollout\n');
    expect([openKruise.detect(argo as SourceDocument), argoRollouts.detect(argo as SourceDocument)]).toEqual([
      false,
      true,
    ]);
    expect([
      openKruise.detect(kruise as SourceDocument),
      argoRollouts.detect(kruise as SourceDocument),
    ]).toEqual([true, false]);
  });

  it.each([
    ['another Kruise kind', 'apiVersion: rollouts.kruise.io/v1alpha1\nkind: BatchRelease\n'],
    ['an unknown Kruise version', 'apiVersion: rollouts.kruise.io/v2\nkind: Rollout\n'],
    ['a document without apiVersion', 'kind: Rollout\n'],
  ])('leaves %s alone', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    // The registry hands toPlans only documents detect accepted.
    expect(doc && openKruise.detect(doc)).toBe(false);
  });
});

describe('openkruise v1beta1 canary with traffic routing', () => {
  it('identifies the Rollout and the workload it delivers', () => {
    const plan = planOf('v1beta1-traffic.yaml');
    expect(plan.id).toBe('openkruise:Rollout:shop/checkout');
    expect(plan.format).toBe('openkruise');
    expect(plan.line).toBe(2);
    expect(plan.target).toEqual({ kind: 'Rollout', name: 'checkout', namespace: 'shop' });
    expect(plan.delivers).toEqual({ kind: 'Deployment', name: 'checkout', namespace: 'shop' });
  });

  it('reads traffic percentages, a header segment first, and pauses as holds', () => {
    const plan = planOf('v1beta1-traffic.yaml');
    expect(plan.strategy).toBe('canary');
    expect(plan.stages).toEqual([
      { weight: 0, hold: 'manual', gates: [], line: 15, segment: 'header x-canary=true' },
      { weight: 5, hold: 'manual', gates: [], line: 22 },
      { weight: 50, hold: 600, gates: [], line: 25 },
      { weight: 100, hold: 0, gates: [], line: 29 },
    ]);
    expect(plan.backgroundGates).toEqual([]);
    expect(plan.notes).toEqual([]);
  });

  it('has no automatic rollback and no bypass', () => {
    const plan = planOf('v1beta1-traffic.yaml');
    expect(plan.rollback).toEqual(MANUAL_ROLLBACK);
    expect(plan.bypasses).toEqual([]);
  });

  it('describes several header matches as alternatives of conditions', () => {
    const { plans } = inline(
      rolloutWith(
        [
          'canary:',
          '  trafficRoutings: [{service: demo, gateway: {httpRouteName: demo}}]',
          '  steps:',
          '    - matches:',
          '        - headers: [{name: x-a, value: "1"}, {type: RegularExpression, name: user-agent, value: ".*Firefox.*"}]',
          '        - headers: [{name: x-b, value: "2"}]',
          '      pause: {duration: 60}',
        ].join('\n'),
      ),
    );
    expect(plans[0]?.stages[0]?.segment).toBe(
      'header x-a=1 and header user-agent ~ .*Firefox.* or header x-b=2',
    );
    expect(weights(plans[0])).toEqual([0, 100]);
    expect(holds(plans[0])).toEqual([60, 0]);
  });

  it('shares a routed canary step without traffic by its replicas', () => {
    const { plans } = inline(
      rolloutWith(
        'canary:\n  trafficRoutings: [{service: demo, ingress: {name: demo}}]\n  steps:\n    - traffic: 10%\n      pause: {duration: 60}\n    - replicas: 40%\n      pause: {duration: 60}',
      ),
    );
    expect(weights(plans[0])).toEqual([10, 40, 100]);
  });
});

describe('openkruise v1alpha1 canary without traffic routing', () => {
  it('approximates weights by replicas, falling back to weight when a step sets no replicas', () => {
    const plan = planOf('v1alpha1-weights.yaml');
    expect(plan.id).toBe('openkruise:Rollout:pay/payments');
    expect(plan.delivers).toEqual({ kind: 'Deployment', name: 'payments', namespace: 'pay' });
    expect(plan.stages).toEqual([
      { weight: 10, hold: 300, gates: [], line: 18 },
      { weight: 30, hold: 'manual', gates: [], line: 22 },
      { weight: 60, hold: 900, gates: [], line: 23 },
      { weight: 100, hold: 0, gates: [], line: 17 },
    ]);
    expect(plan.rollback).toEqual(MANUAL_ROLLBACK);
  });

  it('notes the replica approximation, the step that waits for a person, and strategy.paused', () => {
    expect(planOf('v1alpha1-weights.yaml').notes).toEqual([
      'weights approximate replica counts: no trafficRoutings',
      'steps[1] has no pause: Kruise waits for a manual approval (kubectl-kruise rollout approve) after it',
      'spec.strategy.paused: true: the rollout does not move to the next step until someone resumes it',
    ]);
  });

  it('reads v1alpha1 weight when the traffic routing is named in the annotation', () => {
    const yaml = rolloutWith(
      'canary:\n  steps:\n    - weight: 5\n      replicas: 1\n      pause: {}',
      'v1alpha1',
    ).replace(
      '  name: demo',
      '  name: demo\n  annotations: {rollouts.kruise.io/trafficrouting: mse-traffic}',
    );
    const { plans } = inline(yaml);
    expect(plans[0]?.stages).toEqual([
      { weight: 5, hold: 'manual', gates: [], line: 12 },
      { weight: 100, hold: 0, gates: [], line: 11 },
    ]);
    expect(plans[0]?.notes).toEqual([]);
  });
});

describe('openkruise switches and replica counts', () => {
  it('reports spec.disabled as a bypass', () => {
    const plan = planOf('disabled.yaml');
    expect(plan.id).toBe('openkruise:Rollout:/catalog');
    expect(plan.bypasses).toEqual([
      {
        field: 'spec.disabled',
        reason:
          'Kruise Rollouts ignores this Rollout: the workload updates with its own strategy, without batches or pauses',
        line: 6,
      },
    ]);
    expect(plan.rollback).toEqual(MANUAL_ROLLBACK);
  });

  it('shows a replica count as a segment of unknown share, and ends on the 100% batch without waiting', () => {
    const plan = planOf('disabled.yaml');
    expect(plan.delivers).toEqual({ kind: 'CloneSet', name: 'catalog' });
    expect(plan.stages).toEqual([
      { weight: 0, hold: 60, gates: [], line: 14, segment: '2 replicas' },
      { weight: 50, hold: 'manual', gates: [], line: 17 },
      { weight: 100, hold: 0, gates: [], line: 19 },
    ]);
    expect(plan.notes).toEqual([
      'weights approximate replica counts: no trafficRoutings',
      "steps[0] sets a number of replicas, not a share: the share of traffic depends on the workload's replica count, which the Rollout does not hold",
    ]);
  });

  it('keeps a replica count after a percentage at the weight already reached', () => {
    const { plans } = inline(
      rolloutWith(
        'canary:\n  steps:\n    - replicas: 20%\n      pause: {}\n    - replicas: 1\n      pause: {}',
      ),
    );
    expect(plans[0]?.stages.map((s) => [s.weight, s.segment])).toEqual([
      [20, undefined],
      [20, '1 replica'],
      [100, undefined],
    ]);
  });

  it('does not report disabled: false', () => {
    const { plans } = inline(
      rolloutWith('canary:\n  steps:\n    - replicas: 50%', 'v1beta1', '  disabled: false'),
    );
    expect(plans[0]?.bypasses).toEqual([]);
  });
});

describe('openkruise blue-green', () => {
  it('reads blueGreen steps by their traffic, starting with the idle new version', () => {
    const plan = planOf('blue-green.yaml');
    expect(plan.strategy).toBe('blue-green');
    expect(plan.id).toBe('openkruise:Rollout:front/web');
    expect(plan.stages).toEqual([
      { weight: 0, hold: 'manual', gates: [], line: 15 },
      { weight: 10, hold: 1800, gates: [], line: 17 },
      { weight: 100, hold: 'manual', gates: [], line: 21 },
    ]);
    expect(plan.notes).toEqual([
      'steps[0], steps[2] have no pause: Kruise waits for a manual approval (kubectl-kruise rollout approve) after each of them',
    ]);
    expect(plan.rollback).toEqual(MANUAL_ROLLBACK);
  });

  it('rejects blueGreen in v1alpha1, which does not have it', () => {
    const { plans, diagnostics } = inline(rolloutWith('blueGreen:\n  steps: [{replicas: 100%}]', 'v1alpha1'));
    expect(plans).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [
        9,
        'spec.strategy.blueGreen is only in rollouts.kruise.io/v1beta1; rollouts.kruise.io/v1alpha1 drops it, so this Rollout has no strategy',
      ],
    ]);
  });
});

describe('openkruise odd input', () => {
  it('treats a Rollout without strategy as a partial object', () => {
    const { plans, diagnostics } = inline(
      'apiVersion: rollouts.kruise.io/v1beta1\nkind: Rollout\nmetadata: {name: x}\nspec:\n  disabled: true\n',
    );
    expect(plans).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['MANIFEST_UNSUPPORTED', 4]]);
  });

  it('reads a canary without steps as a plain rolling update', () => {
    const { plans } = inline(rolloutWith('canary:\n  steps: []'));
    expect(plans[0]?.strategy).toBe('rolling');
    expect(plans[0]?.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 8 }]);
  });

  it('reports values of the wrong type at their line', () => {
    const { plans, diagnostics } = inline(
      rolloutWith(
        [
          'canary:',
          '  trafficRoutings: [{service: demo}]',
          '  steps:',
          '    - traffic: 5',
          '      weight: 5',
          '      replicas: "2"',
          '      pause: {duration: 10m}',
          '    - traffic: 20%',
          '      pause: later',
        ].join('\n'),
        'v1beta1',
        '  disabled: "yes please"',
      ),
    );
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [12, 'spec.strategy.canary.steps[0].traffic must be a percentage string like "5%", got 5'],
      [
        14,
        'spec.strategy.canary.steps[0].replicas must be a number of pods or a percentage like "20%", got a string',
      ],
      [12, 'spec.strategy.canary.steps[0] sets neither replicas nor a traffic share; the step was ignored'],
      [
        17,
        'spec.strategy.canary.steps[1].pause must be a map: {} waits for a person, {duration: 60} waits 60s; got a string',
      ],
      [7, 'spec.disabled must be true or false, got a string; read as disabled'],
    ]);
    expect(plans[0]?.stages).toEqual([
      { weight: 20, hold: 0, gates: [], line: 16 },
      { weight: 100, hold: 0, gates: [], line: 11 },
    ]);
    expect(plans[0]?.bypasses.map((b) => b.field)).toEqual(['spec.disabled']);
    expect(plans[0]?.notes).toEqual([
      'spec.strategy.canary.steps[0].weight: not a rollouts.kruise.io/v1beta1 field, so it is ignored (this version reads traffic)',
    ]);
  });

  it('reports a workload named in the other version’s place', () => {
    const yaml = rolloutWith('canary:\n  steps: [{replicas: 50%}]', 'v1alpha1').replace(
      '  objectRef:\n    workloadRef:',
      '  workloadRef:',
    );
    const { plans, diagnostics } = inline(yaml);
    expect(plans[0]?.delivers).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [
        6,
        'spec.workloadRef is not read by rollouts.kruise.io/v1alpha1, which names the workload in spec.objectRef.workloadRef',
      ],
    ]);
  });

  const GARBAGE: unknown[] = [
    null,
    'x',
    '20%',
    7,
    -1,
    1.5,
    true,
    [],
    {},
    [1, null, {}],
    { a: 1 },
    [[]],
    JSON.parse('{"__proto__": {"traffic": "5%"}, "constructor": 1}'),
  ];

  it('never throws on garbage anywhere, and every plan ends at 100%', () => {
    const rollout = (apiVersion: string, spec: unknown) => ({
      apiVersion: `rollouts.kruise.io/${apiVersion}`,
      kind: 'Rollout',
      metadata: { name: 'g' },
      spec,
    });
    const cases: unknown[] = [];
    for (const version of ['v1alpha1', 'v1beta1']) {
      for (const g of GARBAGE) {
        cases.push(rollout(version, g));
        cases.push(rollout(version, { strategy: g, disabled: g, workloadRef: g, objectRef: g }));
        cases.push(rollout(version, { strategy: { canary: g, paused: g } }));
        cases.push(rollout(version, { strategy: { blueGreen: g } }));
        cases.push(rollout(version, { strategy: { canary: { steps: g, trafficRoutings: g } } }));
        cases.push(rollout(version, { strategy: { canary: { steps: [g, g] } } }));
        for (const key of ['traffic', 'weight', 'replicas', 'pause', 'matches']) {
          cases.push(
            rollout(version, { strategy: { canary: { steps: [{ [key]: g }, { pause: { duration: g } }] } } }),
          );
          cases.push(
            rollout(version, {
              strategy: {
                blueGreen: { trafficRoutings: [{}], steps: [{ [key]: g, matches: [{ headers: [g] }] }] },
              },
            }),
          );
        }
      }
    }
    for (const value of cases) {
      const [doc] = documentsOf(JSON.stringify(value));
      const result = openKruise.toPlans(doc as SourceDocument);
      for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
    }
  });
});
