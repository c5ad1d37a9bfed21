import { describe, expect, it } from 'vitest';
import { native } from '../../src/formats/native.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';
import { adapterHarness, diagnosticsOf } from '../support/adapter-harness.js';

const { fixture: resultOf, inline } = adapterHarness(native, 'manifests/native');

const HEAD = 'apiVersion: rollout-guard.dev/v1\nkind: RolloutPlan\nmetadata: {name: p}\n';

describe('native.detect', () => {
  it('claims every rollout-guard.dev document, and nothing else', () => {
    const claimed = (yaml: string) => documentsOf(yaml).map((doc) => native.detect(doc));
    expect(claimed(HEAD)).toEqual([true]);
    expect(claimed('apiVersion: rollout-guard.dev/v2\nkind: Other\n')).toEqual([true]);
    expect(claimed('apiVersion: apps/v1\nkind: RolloutPlan\n')).toEqual([false]);
    expect(claimed('kind: RolloutPlan\n')).toEqual([false]);
  });
});

describe('native plan', () => {
  it('reads a complete plan exactly as written', () => {
    const { plans, diagnostics } = resultOf('complete.yaml');
    expect(diagnostics).toEqual([]);
    expect(plans).toEqual([
      {
        id: 'native:RolloutPlan:payments/payments-flags',
        format: 'native',
        file: 'manifests/native/complete.yaml',
        line: 2,
        target: { kind: 'RolloutPlan', name: 'payments-flags', namespace: 'payments' },
        delivers: { kind: 'FeatureFlag', name: 'checkout-v2', namespace: 'payments' },
        strategy: 'canary',
        stages: [
          {
            name: 'canary',
            weight: 1,
            hold: 1800,
            gates: [{ kind: 'analysis', line: 15, effective: true }],
            line: 12,
          },
          {
            name: 'beta-testers',
            weight: 5,
            hold: 3600,
            segment: 'header X-Beta=1',
            gates: [{ kind: 'metric-check', name: 'error-rate', line: 21, effective: true }],
            line: 16,
          },
          {
            name: 'early-adopters',
            weight: 10,
            hold: 'manual',
            gates: [{ kind: 'approval', name: 'release-manager', line: 27, effective: true }],
            line: 23,
          },
          { weight: 100, hold: 0, gates: [], line: 29 },
        ],
        backgroundGates: [{ kind: 'webhook', name: 'synthetic-checkout', line: 31, effective: true }],
        rollback: { automatic: true, how: ['kill switch flips on error-rate alarm'], line: 33 },
        bypasses: [],
        notes: ['ramps only in business hours'],
      },
    ]);
  });

  it('adds the final 100% stage when the last stage is below it, and says so', () => {
    const { plans, diagnostics } = resultOf('implicit-final.yaml');
    expect(diagnostics).toEqual([]);
    const [plan] = plans;
    expect(plan?.stages).toEqual([
      { weight: 10, hold: 600, gates: [], line: 8 },
      { weight: 50, hold: 900, gates: [{ kind: 'webhook', line: 9, effective: true }], line: 9 },
      { weight: 100, hold: 0, gates: [], line: 7 },
    ]);
    expect(plan?.notes).toEqual(['the last stage is at 50%: a final 100% stage is assumed']);
    expect(plan?.strategy).toBe('canary');
    expect(plan?.rollback).toEqual({ automatic: false, how: [] });
    expect(plan?.target).toEqual({ kind: 'RolloutPlan', name: 'search-config' });
    expect(plan?.delivers).toEqual({ kind: 'ConfigBundle', name: 'search-ranking', namespace: 'search' });
  });

  it('keeps a single 100% stage as it is', () => {
    const { plans } = inline(
      `${HEAD}spec:\n  target: {kind: Script, name: s}\n  strategy: all-at-once\n  stages: [{weight: 100}]\n`,
    );
    expect(plans[0]?.strategy).toBe('all-at-once');
    expect(plans[0]?.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 7 }]);
    expect(plans[0]?.notes).toEqual([]);
  });

  it('accepts fractional weights and holds in seconds', () => {
    const { plans, diagnostics } = inline(
      `${HEAD}spec:\n  target: {kind: Flag, name: f}\n  stages: [{weight: 0.5, hold: 90}, {weight: 100}]\n`,
    );
    expect(diagnostics).toEqual([]);
    expect(plans[0]?.stages.map((stage) => [stage.weight, stage.hold])).toEqual([
      [0.5, 90],
      [100, 0],
    ]);
  });
});

describe('native validation (fail closed: any problem, no plan)', () => {
  it('reports unknown keys at their lines', () => {
    const result = resultOf('invalid-unknown-key.yaml');
    expect(result.plans).toEqual([]);
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [
        11,
        'unknown key `rollbak` in spec; allowed: target, strategy, stages, backgroundGates, rollback, notes',
      ],
      [9, 'unknown key `hodl` in spec.stages[0]; allowed: name, weight, hold, gates, segment'],
    ]);
  });

  it('reports weights that do not ascend, are out of range or are not numbers', () => {
    const result = resultOf('invalid-weights.yaml');
    expect(result.plans).toEqual([]);
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [9, 'spec.stages[1].weight must be above the stage before it (25)'],
      [10, 'spec.stages[2].weight must be a number from 0 to 100, not 150'],
      [11, 'spec.stages[3].weight must be a number from 0 to 100'],
    ]);
  });

  it('reports unknown gate kinds and gate keys', () => {
    const result = resultOf('invalid-gate.yaml');
    expect(result.plans).toEqual([]);
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [9, 'spec.stages[0].gates[1] is not a gate kind: use one of analysis, approval, metric-check, webhook'],
      [13, 'unknown key `owner` in spec.stages[1].gates[0]; allowed: kind, name'],
    ]);
  });

  it('reports missing and mistyped values', () => {
    const result = resultOf('invalid-types.yaml');
    expect(result.plans).toEqual([]);
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [6, 'spec.target.name is required'],
      [7, 'spec.strategy must be one of canary, linear, ab-test, blue-green, rolling, all-at-once'],
      [10, 'spec.stages[0].hold must be a duration (30m, 1h30m, PT5M), a number of seconds, or manual'],
      [12, 'spec.rollback.automatic must be true or false'],
    ]);
  });

  it('refuses bypasses declared in the file', () => {
    const result = resultOf('invalid-bypasses.yaml');
    expect(result.plans).toEqual([]);
    expect(diagnosticsOf(result)).toEqual([['MANIFEST_FIELD_INVALID', 9]]);
  });

  it('reports another version or kind as unsupported', () => {
    const result = resultOf('unsupported-version.yaml');
    expect(result.plans).toEqual([]);
    expect(diagnosticsOf(result)).toEqual([['MANIFEST_UNSUPPORTED', 1]]);
    expect(diagnosticsOf(inline('apiVersion: rollout-guard.dev/v1\nkind: Policy\n'))).toEqual([
      ['MANIFEST_UNSUPPORTED', 2],
    ]);
  });

  it.each([
    ['no spec', HEAD, [['MANIFEST_FIELD_INVALID', 1]]],
    [
      'no metadata name',
      'apiVersion: rollout-guard.dev/v1\nkind: RolloutPlan\nmetadata: {}\nspec: {target: {kind: F, name: f}, stages: [{weight: 100}]}\n',
      [['MANIFEST_FIELD_INVALID', 3]],
    ],
    [
      'empty stages',
      `${HEAD}spec: {target: {kind: F, name: f}, stages: []}\n`,
      [['MANIFEST_FIELD_INVALID', 4]],
    ],
    [
      'a stage without weight',
      `${HEAD}spec:\n  target: {kind: F, name: f}\n  stages:\n    - hold: 10m\n`,
      [['MANIFEST_FIELD_INVALID', 7]],
    ],
    [
      'a gate object without kind',
      `${HEAD}spec:\n  target: {kind: F, name: f}\n  stages:\n    - weight: 100\n      gates: [{name: x}]\n`,
      [['MANIFEST_FIELD_INVALID', 8]],
    ],
    [
      'a notes entry that is not text',
      `${HEAD}spec:\n  target: {kind: F, name: f}\n  stages: [{weight: 100}]\n  notes: [1]\n`,
      [['MANIFEST_FIELD_INVALID', 7]],
    ],
    [
      'labels that are not strings',
      'apiVersion: rollout-guard.dev/v1\nkind: RolloutPlan\nmetadata:\n  name: p\n  labels: {tier: 1}\nspec: {target: {kind: F, name: f}, stages: [{weight: 100}]}\n',
      [['MANIFEST_FIELD_INVALID', 5]],
    ],
    [
      'a target that a controller rolls out',
      `${HEAD}spec:\n  target: {kind: Deployment, name: api}\n  stages: [{weight: 5, hold: 1h}, {weight: 100}]\n`,
      [['MANIFEST_FIELD_INVALID', 5]],
    ],
    [
      'an unknown top-level key',
      `${HEAD}status: {}\nspec: {target: {kind: F, name: f}, stages: [{weight: 100}]}\n`,
      [['MANIFEST_FIELD_INVALID', 4]],
    ],
  ])('reports %s', (_name, yaml, expected) => {
    const result = inline(yaml);
    expect(result.plans).toEqual([]);
    expect(diagnosticsOf(result)).toEqual(expected);
  });
});

describe('native odd input', () => {
  const garbage: unknown[] = [null, 0, -5, 101, 'x', '', true, [], [null], {}, [[[]]], { kind: 'approval' }];
  const slots = [
    ['metadata'],
    ['metadata', 'name'],
    ['spec'],
    ['spec', 'target'],
    ['spec', 'strategy'],
    ['spec', 'stages'],
    ['spec', 'stages', '0'],
    ['spec', 'stages', '0', 'weight'],
    ['spec', 'stages', '0', 'hold'],
    ['spec', 'stages', '0', 'gates'],
    ['spec', 'backgroundGates'],
    ['spec', 'rollback'],
    ['spec', 'rollback', 'how'],
    ['spec', 'notes'],
  ];

  it('never throws, and never yields a plan with diagnostics', () => {
    const [base] = fixtureDocuments('manifests/native/complete.yaml');
    if (!base) throw new Error('no document');
    for (const slot of slots) {
      for (const value of garbage) {
        const copy = structuredClone(base.value) as Record<string, unknown>;
        let node = copy as Record<string, unknown>;
        for (const key of slot.slice(0, -1)) {
          if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
          node = node[key] as Record<string, unknown>;
        }
        node[slot[slot.length - 1] as string] = value;
        const result = native.toPlans({ ...base, value: copy });
        expect(result.plans.length === 0 || result.diagnostics.length === 0).toBe(true);
        for (const plan of result.plans) expect(plan.stages[plan.stages.length - 1]?.weight).toBe(100);
      }
    }
  });

  it('never throws on documents that are not mappings', () => {
    for (const value of garbage) {
      expect(native.toPlans({ file: 'x.yaml', index: 0, line: 1, value, lineOf: () => 1 }).plans).toEqual([]);
    }
  });
});
