import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/core/model.js';
import { argoRollouts } from '../../src/formats/argo-rollouts/index.js';
import type { AdapterResult, SourceDocument } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';
import { adapterHarness, onlyPlan } from '../support/adapter-harness.js';

const { fixture: readFixture, read: readDocuments } = adapterHarness(argoRollouts, 'manifests/argo-rollouts');

/** weight, hold and line of each stage, the shape most assertions compare. */
function outline(stages: Stage[]): [number, number | 'manual', number][] {
  return stages.map((stage) => [stage.weight, stage.hold, stage.line]);
}

/** A small Rollout around a canary block, for the cases a fixture file would be noise for. */
function canaryRollout(canaryYaml: string, specExtra = ''): AdapterResult {
  const text = [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    'metadata:',
    '  name: inline',
    'spec:',
    ...(specExtra ? specExtra.split('\n').map((line) => `  ${line}`) : []),
    '  strategy:',
    '    canary:',
    ...canaryYaml.split('\n').map((line) => `      ${line}`),
  ].join('\n');
  return readDocuments(documentsOf(text));
}

describe('argoRollouts.detect', () => {
  const doc = (value: unknown): SourceDocument => documentsOf(JSON.stringify(value))[0] as SourceDocument;

  it('claims an argoproj.io Rollout', () => {
    expect(argoRollouts.detect(doc({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout' }))).toBe(true);
  });

  it('does not claim an OpenKruise Rollout, which uses the same kind', () => {
    expect(argoRollouts.detect(doc({ apiVersion: 'rollouts.kruise.io/v1beta1', kind: 'Rollout' }))).toBe(
      false,
    );
    expect(argoRollouts.detect(doc({ apiVersion: 'rollouts.kruise.io/v1alpha1', kind: 'Rollout' }))).toBe(
      false,
    );
  });

  it('does not claim a Rollout without an apiVersion, nor other formats or other Argo projects', () => {
    expect(argoRollouts.detect(doc({ kind: 'Rollout' }))).toBe(false);
    expect(argoRollouts.detect(doc({ apiVersion: 'apps/v1', kind: 'Deployment' }))).toBe(false);
    expect(argoRollouts.detect(doc({ apiVersion: 'flagger.app/v1beta1', kind: 'Canary' }))).toBe(false);
    expect(argoRollouts.detect(doc({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' }))).toBe(false);
    expect(argoRollouts.detect(doc({ apiVersion: 'example.com/argoproj.io/v1', kind: 'Rollout' }))).toBe(
      false,
    );
    expect(argoRollouts.detect(doc(['argoproj.io/v1alpha1', 'Rollout']))).toBe(false);
    expect(argoRollouts.detect(doc('Rollout'))).toBe(false);
  });

  it.each(['AnalysisTemplate', 'ClusterAnalysisTemplate', 'Experiment', 'AnalysisRun'])(
    'recognises an argoproj.io %s, which holds no rollout: no plan and no diagnostic',
    (kind) => {
      const analysis = doc({
        apiVersion: 'argoproj.io/v1alpha1',
        kind,
        metadata: { name: 'x' },
        spec: 'odd',
      });
      expect(argoRollouts.detect(analysis)).toBe(true);
      expect(argoRollouts.toPlans(analysis)).toEqual({ plans: [], diagnostics: [] });
    },
  );
});

describe('argoRollouts.toPlans on canaries', () => {
  it('canary-gated: reads each weight, its bake time (10m, 600, "30", 1h, {}) and its analysis gate', () => {
    const result = readFixture('canary-gated.yaml');
    const plan = onlyPlan(result);
    expect(result.diagnostics).toEqual([]);
    expect(plan).toMatchObject({
      id: 'argo-rollouts:Rollout:shop/checkout',
      format: 'argo-rollouts',
      file: 'manifests/argo-rollouts/canary-gated.yaml',
      line: 3,
      target: { kind: 'Rollout', name: 'checkout', namespace: 'shop' },
      strategy: 'canary',
      backgroundGates: [],
      bypasses: [],
    });
    expect(outline(plan.stages)).toEqual([
      [5, 600, 31],
      [25, 630, 41],
      [50, 3600, 47],
      [75, 'manual', 49],
      [100, 0, 30], // implicit promotion after the last step: the line of `steps`
    ]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'analysis', name: 'success-rate, latency-p99', line: 33, effective: true },
    ]);
    expect(plan.stages[1]?.gates).toEqual([
      { kind: 'analysis', name: 'success-rate', line: 44, effective: true },
    ]);
    expect(plan.stages[2]?.gates).toEqual([]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['a failed analysis aborts the rollout'],
      line: 33,
    });
    expect(plan.notes.some((note) => note.includes('replica counts'))).toBe(false);
  });

  it('canary-no-steps: a canary without steps is a rolling update to 100% with manual abort only', () => {
    const plan = onlyPlan(readFixture('canary-no-steps.yaml'));
    expect(plan.strategy).toBe('rolling');
    expect(outline(plan.stages)).toEqual([[100, 0, 20]]);
    expect(plan.rollback).toEqual({ automatic: false, how: ['manual abort only'] });
    expect(plan.notes).toContain(
      'spec.strategy.canary has no steps: Argo Rollouts does a plain rolling update',
    );
  });

  it('treats an empty steps list like no steps', () => {
    const plan = onlyPlan(canaryRollout('steps: []'));
    expect(plan.strategy).toBe('rolling');
    expect(plan.stages.map((s) => s.weight)).toEqual([100]);
  });

  it('first-step-100: a first setWeight of 100 is the only stage, with its pause, and no extra 100% stage', () => {
    const plan = onlyPlan(readFixture('first-step-100.yaml'));
    expect(plan.strategy).toBe('canary');
    expect(outline(plan.stages)).toEqual([[100, 300, 22]]);
    expect(plan.rollback).toEqual({ automatic: false, how: ['manual abort only'] });
  });

  it('notes that weights approximate replica counts when there is no trafficRouting', () => {
    const plan = onlyPlan(readFixture('first-step-100.yaml'));
    expect(plan.notes).toContain(
      'weights are shares of pods (no trafficRouting): 3 replicas, maxSurge 1; each stage shows the share of pods the canary gets',
    );
  });

  it('reads setWeight out of trafficRouting.maxTrafficWeight as a percentage', () => {
    const plan = onlyPlan(
      canaryRollout(
        [
          'trafficRouting:',
          '  maxTrafficWeight: 1000',
          '  nginx: {stableIngress: web}',
          'steps:',
          '  - setWeight: 50',
          '  - pause: {}',
          '  - setWeight: 1000',
        ].join('\n'),
      ),
    );
    expect(plan.stages.map((s) => s.weight)).toEqual([5, 100]);
  });

  it('all-metrics-dry-run: analyses whose every metric is dry-run cannot abort: ineffective gates and bypasses', () => {
    const result = readFixture('all-metrics-dry-run.yaml');
    const plan = onlyPlan(result);
    expect(result.diagnostics).toEqual([]);
    // `.+` and `.*` match every metric name, as Argo's unanchored regexp match does.
    expect(plan.backgroundGates).toEqual([
      { kind: 'analysis', name: 'error-rate, latency', line: 21, effective: false },
    ]);
    expect(plan.stages[0]?.gates).toEqual([{ kind: 'analysis', name: 'smoke', line: 30, effective: false }]);
    expect(plan.bypasses.map((b) => [b.field, b.line])).toEqual([
      ['spec.strategy.canary.analysis.dryRun', 25],
      ['spec.strategy.canary.steps[1].analysis.dryRun', 33],
    ]);
    expect(plan.bypasses[0]?.reason).toMatch(/dry-run/);
    expect(plan.rollback).toEqual({ automatic: false, how: ['manual abort only'] });
  });

  it('keeps an analysis effective when dryRun covers only some metrics of a template in the file, and notes which', () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: web-health}',
      'spec:',
      '  metrics:',
      '    - {name: latency, provider: {prometheus: {query: x}}}',
      '    - {name: error-rate, provider: {prometheus: {query: x}}}',
      '    - {name: saturation, provider: {prometheus: {query: x}}}',
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:',
      '    canary:',
      '      steps:',
      '        - setWeight: 10',
      '        - analysis:',
      '            templates: [{templateName: web-health}]',
      '            dryRun: [{metricName: latency}, {metricName: "^error-"}]',
    ].join('\n');
    const result = argoRollouts.combine?.(documentsOf(text)) as AdapterResult;
    const plan = onlyPlan(result);
    expect(result.diagnostics).toEqual([]);
    expect(plan.stages[0]?.gates[0]?.effective).toBe(true);
    expect(plan.bypasses).toEqual([]);
    expect(plan.rollback.automatic).toBe(true);
    expect(plan.notes).toContain(
      'spec.strategy.canary.steps[1].analysis.dryRun: metrics `latency`, `error-rate` run in dry-run and cannot abort the rollout',
    );
  });

  it('counts any dryRun on a template it cannot see as covering it: the template may have just those metrics', () => {
    const plan = onlyPlan(
      canaryRollout(
        [
          'steps:',
          '  - setWeight: 10',
          '  - analysis:',
          '      templates: [{templateName: web-health}]',
          '      dryRun: [{metricName: latency}]',
        ].join('\n'),
      ),
    );
    expect(plan.stages[0]?.gates[0]?.effective).toBe(false);
    expect(plan.bypasses[0]?.reason).toMatch(
      /may cover every metric of AnalysisTemplate web-health, which is not in this file/,
    );
  });

  it('reads a Go flag group such as (?i) in a dryRun metricName', () => {
    const plan = onlyPlan(
      canaryRollout(
        [
          'steps:',
          '  - setWeight: 10',
          '  - analysis:',
          '      templates: [{templateName: web-health}]',
          '      dryRun: [{metricName: "(?i)^.*$"}]',
        ].join('\n'),
      ),
    );
    expect(plan.stages[0]?.gates[0]?.effective).toBe(false);
    expect(plan.bypasses.map((b) => b.field)).toEqual(['spec.strategy.canary.steps[1].analysis.dryRun']);
  });

  it('rollback-window: rollbackWindow is a bypass at its line', () => {
    const plan = onlyPlan(readFixture('rollback-window.yaml'));
    expect(plan.bypasses).toEqual([
      {
        field: 'spec.rollbackWindow',
        reason: 're-deploying one of the last 3 revisions skips every step and analysis',
        line: 8,
      },
    ]);
    // 6 replicas, no trafficRouting: 20% is 1 pod of 6, 60% is 4 of 7 with a surge pod (canary.go).
    expect(outline(plan.stages)).toEqual([
      [100 / 6, 300, 24],
      [400 / 7, 300, 26],
      [100, 0, 23],
    ]);
  });

  it('workload-ref: the plan delivers the referenced Deployment, in the Rollout namespace', () => {
    const plan = onlyPlan(readFixture('workload-ref.yaml'));
    expect(plan.target).toEqual({ kind: 'Rollout', name: 'orders', namespace: 'shop' });
    expect(plan.delivers).toEqual({ kind: 'Deployment', name: 'orders-template', namespace: 'shop' });
    expect(outline(plan.stages)).toEqual([
      [25, 900, 17],
      [100, 0, 16],
    ]);
  });

  it('header-route: a header route is a segment stage at the current weight until the route is removed', () => {
    const result = readFixture('header-route.yaml');
    const plan = onlyPlan(result);
    expect(result.diagnostics).toEqual([]);
    expect(plan.stages).toEqual([
      {
        weight: 0,
        hold: 'manual', // pause {} then a 10m pause: the indefinite one wins
        gates: [],
        line: 35,
        // Istio routes a request that passes any one match (istio.go createHeaderRoute).
        segment: 'header X-Canary=yes or User-Agent~.*Mobile.*',
      },
      { weight: 10, hold: 600, gates: [], line: 56 },
      { weight: 100, hold: 0, gates: [], line: 32 },
    ]);
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        'spec.strategy.canary.steps[0].setCanaryScale scales the canary to 1 replica without changing its traffic',
        'spec.strategy.canary.steps[3].setMirrorRoute mirrors 35% of matching traffic to the canary; mirrored responses never reach users',
      ]),
    );
  });

  it('a pause after a header route is removed holds the plain weight, not the segment', () => {
    const plan = onlyPlan(
      canaryRollout(
        [
          'trafficRouting:',
          '  managedRoutes: [{name: beta}]',
          '  istio: {virtualService: {name: web}}',
          'steps:',
          '  - setWeight: 5',
          '  - setHeaderRoute: {name: beta, match: [{headerName: X-Beta, headerValue: {prefix: "on"}}]}',
          '  - pause: {duration: 1h}',
          '  - setHeaderRoute: {name: beta}',
          '  - pause: {duration: 30m}',
        ].join('\n'),
      ),
    );
    expect(plan.stages.map(({ weight, hold, segment }) => ({ weight, hold, segment }))).toEqual([
      { weight: 5, hold: 0, segment: undefined },
      { weight: 5, hold: 3600, segment: 'header X-Beta=on*' },
      { weight: 5, hold: 1800, segment: undefined },
      { weight: 100, hold: 0, segment: undefined },
    ]);
    expect(plan.stages[2]?.line).toBe(16); // the pause that holds it
  });

  it('experiment-step: an experiment before any setWeight forms a weight-0 stage held for its duration and gated', () => {
    const result = readFixture('experiment-step.yaml');
    const plan = onlyPlan(result);
    expect(result.diagnostics).toEqual([]);
    expect(outline(plan.stages)).toEqual([
      [0, 600, 26],
      [20, 0, 40],
      // The experiment's canary-spec template takes 5% more for its 5m (trafficrouting.go adds
      // experiment weights as destinations), then traffic returns to 20% for the 5m pause.
      [25, 300, 41],
      [20, 300, 47],
      [100, 0, 25],
    ]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'analysis', name: 'mann-whitney', line: 26, effective: true },
    ]);
    expect(plan.stages.slice(1).flatMap((s) => s.gates)).toEqual([]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['a failed experiment analysis aborts the rollout'],
      line: 26,
    });
    expect(plan.notes).toContain(
      'spec.strategy.canary.steps[2].experiment sends 5% of traffic to its own ReplicaSet of the new version (canary-slice)',
    );
  });

  it('leaves out a weight-0 stage that nothing holds or gates', () => {
    const plan = onlyPlan(
      canaryRollout('steps:\n  - setCanaryScale: {replicas: 1}\n  - pause: {duration: 0}\n  - setWeight: 20'),
    );
    expect(plan.stages.map((s) => s.weight)).toEqual([20, 100]);
  });

  it('background-analysis: background gates, startingStep, progressDeadlineAbort and spec.paused', () => {
    const plan = onlyPlan(readFixture('background-analysis.yaml'));
    expect(plan.backgroundGates).toEqual([
      { kind: 'analysis', name: 'success-rate', line: 24, effective: true },
    ]);
    expect(plan.stages.every((stage) => stage.gates.length === 0)).toBe(true);
    // 6 replicas, no trafficRouting: 1, 2 and 4 canary pods of 7.
    expect(outline(plan.stages)).toEqual([
      [100 / 7, 300, 32],
      [200 / 7, 600, 34],
      [400 / 7, 600, 36],
      [100, 0, 31],
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['a failed background analysis aborts the rollout', 'progress deadline aborts'],
      line: 10,
    });
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        'background analysis starts at steps[2]; the steps before it run without it',
        'spec.paused: true: the rollout stays paused until someone resumes it',
      ]),
    );
  });

  it('a background analysis whose startingStep is past the last step never runs', () => {
    const plan = onlyPlan(
      canaryRollout(
        'analysis:\n  templates: [{templateName: rate}]\n  startingStep: 2\nsteps:\n  - setWeight: 10\n  - pause: {}',
      ),
    );
    expect(plan.backgroundGates[0]?.effective).toBe(false);
    expect(plan.rollback.automatic).toBe(false);
  });

  it('progressDeadlineAbort: true alone counts as automatic rollback', () => {
    const plan = onlyPlan(
      canaryRollout('steps:\n  - setWeight: 10\n  - pause: {}', 'progressDeadlineAbort: true'),
    );
    expect(plan.rollback).toEqual({ automatic: true, how: ['progress deadline aborts'], line: 6 });
  });

  it('progressDeadlineAbort: false, the default, is no automatic rollback', () => {
    const plan = onlyPlan(
      canaryRollout('steps:\n  - setWeight: 10\n  - pause: {}', 'progressDeadlineAbort: false'),
    );
    expect(plan.rollback).toEqual({ automatic: false, how: ['manual abort only'] });
  });

  it('deprecated-template-name: the singular templateName still names a gate, with a note', () => {
    const result = readFixture('deprecated-template-name.yaml');
    const plan = onlyPlan(result);
    expect(result.diagnostics).toEqual([]);
    expect(plan.backgroundGates).toEqual([
      { kind: 'analysis', name: 'success-rate', line: 21, effective: true },
    ]);
    expect(plan.stages[0]).toEqual({
      weight: 100 / 3, // 5 replicas: 30% is 2 canary pods of 6
      hold: 0,
      gates: [{ kind: 'analysis', name: 'smoke', line: 28, effective: true }],
      line: 27,
    });
    expect(plan.rollback.automatic).toBe(true);
    expect(plan.notes.filter((n) => n.includes('deprecated singular form'))).toHaveLength(2);
  });

  it('multi-doc-with-services: only the Argo Rollout yields a plan; Services and the Kruise Rollout are not claimed', () => {
    const docs = fixtureDocuments('manifests/argo-rollouts/multi-doc-with-services.yaml');
    expect(docs.map((d) => argoRollouts.detect(d))).toEqual([false, false, true, true, false]);
    const result = readDocuments(docs);
    expect(result.diagnostics).toEqual([]);
    const plan = onlyPlan(result);
    expect(plan.id).toBe('argo-rollouts:Rollout:shop/cart');
    expect(plan.line).toBe(41);
    expect(outline(plan.stages)).toEqual([
      [10, 0, 66],
      [50, 600, 73],
      [100, 0, 65],
    ]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'analysis', name: 'cart-success-rate', line: 67, effective: true },
    ]);
  });
});

describe('argoRollouts.toPlans on blue-green', () => {
  it('bluegreen-auto-promote: default auto-promotion is a weight-0 stage with no hold and no gate', () => {
    const plan = onlyPlan(readFixture('bluegreen-auto-promote.yaml'));
    expect(plan.strategy).toBe('blue-green');
    expect(plan.stages).toEqual([
      { weight: 0, hold: 0, gates: [], line: 21 },
      { weight: 100, hold: 0, gates: [], line: 21 },
    ]);
    expect(plan.rollback).toEqual({ automatic: false, how: ['manual abort only'] });
    expect(plan.notes.some((n) => n.includes('autoPromotionEnabled defaults to true'))).toBe(true);
  });

  it('bluegreen-gated: manual promotion, pre-promotion analysis on the preview, post-promotion on 100%', () => {
    const result = readFixture('bluegreen-gated.yaml');
    const plan = onlyPlan(result);
    expect(result.diagnostics).toEqual([]);
    expect(plan.stages).toEqual([
      {
        weight: 0,
        hold: 'manual',
        gates: [{ kind: 'analysis', name: 'smoke-tests', line: 25, effective: true }],
        line: 23,
      },
      {
        weight: 100,
        hold: 0,
        gates: [{ kind: 'analysis', name: 'success-rate', line: 31, effective: true }],
        line: 20,
      },
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: [
        'a failed pre-promotion analysis aborts the rollout',
        'a failed post-promotion analysis aborts the rollout and switches traffic back',
      ],
      line: 25,
    });
    expect(plan.notes).toContain('autoPromotionSeconds is ignored because autoPromotionEnabled is false');
  });

  it('bluegreen-auto-promotion-seconds: autoPromotionSeconds holds the preview stage', () => {
    const plan = onlyPlan(readFixture('bluegreen-auto-promotion-seconds.yaml'));
    expect(outline(plan.stages)).toEqual([
      [0, 600, 24],
      [100, 0, 20],
    ]);
  });
});

describe('argoRollouts.toPlans on wrong values', () => {
  it('wrong-types: each bad value is a MANIFEST_FIELD_INVALID at its line, and the valid steps are still read', () => {
    const result = readFixture('wrong-types.yaml');
    const plan = onlyPlan(result);
    expect(result.diagnostics.every((d) => d.code === 'MANIFEST_FIELD_INVALID')).toBe(true);
    expect(result.diagnostics.map((d) => d.line).sort((a, b) => a - b)).toEqual([
      8, 9, 10, 25, 26, 27, 29, 30, 31, 32, 34, 35, 36,
    ]);
    const at = (line: number) => result.diagnostics.find((d) => d.line === line)?.message;
    expect(at(25)).toBe(
      'spec.strategy.canary.steps[0].setWeight must be a number, not the string "20": Kubernetes rejects it',
    );
    expect(at(26)).toMatch(/0 to 100, got 150/);
    expect(at(27)).toMatch(/got 12\.5/);
    expect(at(32)).toMatch(/has `setWeight`, `pause`: Argo Rollouts accepts at most one of/);
    expect(at(10)).toMatch(/^spec\.rollbackWindow /);
    // The unknown and plugin steps are notes, not diagnostics.
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        'spec.strategy.canary.steps[11].plugin runs the step plugin `example/notify-slack`; rollout-guard cannot tell what it does',
        'spec.strategy.canary.steps[12] has an unknown step kind `replicaProgressThreshold`; rollout-guard ignored it',
      ]),
    );
    // 2 replicas: 30% is 1 canary pod of 3, 60% is 2 of 3.
    expect(outline(plan.stages)).toEqual([
      [100 / 3, 0, 28],
      [200 / 3, 0, 45],
      [100, 0, 24],
    ]);
    // A string "true" is not progressDeadlineAbort: true.
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.bypasses).toEqual([]);
  });

  it('steps: "x" is a diagnostic at the steps line and reads as no steps', () => {
    const result = canaryRollout('steps: "x"');
    expect(result.diagnostics).toMatchObject([{ code: 'MANIFEST_FIELD_INVALID', line: 8 }]);
    expect(onlyPlan(result).stages.map((s) => s.weight)).toEqual([100]);
  });

  it('steps: [1, null, {}] gives one diagnostic per step and only the implicit 100% stage', () => {
    const result = canaryRollout('steps: [1, null, {}]');
    expect(result.diagnostics).toHaveLength(3);
    expect(result.diagnostics.every((d) => d.code === 'MANIFEST_FIELD_INVALID' && d.line === 8)).toBe(true);
    const plan = onlyPlan(result);
    expect(plan.strategy).toBe('canary');
    expect(plan.stages.map((s) => s.weight)).toEqual([100]);
  });

  it('spec: [] is a diagnostic and no plan', () => {
    const result = readDocuments(documentsOf('apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec: []\n'));
    expect(result.plans).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ code: 'MANIFEST_FIELD_INVALID', line: 3 }]);
  });

  it('a Rollout without spec.strategy (a patch) is unsupported rather than judged as having no canary', () => {
    const result = readDocuments(
      documentsOf(
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: web}\nspec:\n  replicas: 3\n',
      ),
    );
    expect(result.plans).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ code: 'MANIFEST_UNSUPPORTED', line: 4 }]);
  });

  it('a strategy with both canary and blueGreen, or neither, is a diagnostic and no plan', () => {
    const both = readDocuments(
      documentsOf(
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n  strategy: {canary: {}, blueGreen: {}}\n',
      ),
    );
    const neither = readDocuments(
      documentsOf(
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n  strategy: {rollingUpdate: {}}\n',
      ),
    );
    for (const result of [both, neither]) {
      expect(result.plans).toEqual([]);
      expect(result.diagnostics).toMatchObject([{ code: 'MANIFEST_FIELD_INVALID', line: 4 }]);
    }
  });

  it('rejects pause durations Argo cannot read (days, ISO-8601, negative) with a diagnostic', () => {
    const result = canaryRollout(
      'steps:\n  - setWeight: 10\n  - pause: {duration: 1d}\n  - pause: {duration: PT5M}\n  - pause: {duration: -5}',
    );
    expect(result.diagnostics.map((d) => d.line)).toEqual([10, 11, 12]);
    expect(onlyPlan(result).stages[0]?.hold).toBe(0);
  });

  const GARBAGE: unknown[] = [
    null,
    'x',
    '20',
    7,
    -1,
    1.5,
    true,
    [],
    {},
    [1, null, {}],
    { a: 1 },
    [[]],
    JSON.parse('{"__proto__": {"setWeight": 5}, "constructor": 1}'),
  ];
  const PLACES: string[][] = [
    ['spec'],
    ['spec', 'strategy'],
    ['spec', 'strategy', 'canary'],
    ['spec', 'strategy', 'canary', 'steps'],
    ['spec', 'strategy', 'canary', 'analysis'],
    ['spec', 'strategy', 'canary', 'trafficRouting'],
    ['spec', 'workloadRef'],
    ['spec', 'rollbackWindow'],
    ['spec', 'progressDeadlineAbort'],
    ['metadata'],
    ['metadata', 'name'],
  ];
  const STEP_KINDS = [
    'setWeight',
    'pause',
    'analysis',
    'experiment',
    'setCanaryScale',
    'setHeaderRoute',
    'setMirrorRoute',
    'plugin',
  ];

  it('never throws on garbage anywhere, and every diagnostic points at a line', () => {
    const rollout = (spec: unknown) => ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'g' },
      spec,
    });
    const base = () => rollout({ strategy: { canary: { steps: [{ setWeight: 10 }] } } });
    const cases: unknown[] = [];
    for (const garbage of GARBAGE) {
      for (const place of PLACES) cases.push(setAt(base(), place, garbage));
      for (const kind of STEP_KINDS) {
        cases.push(
          rollout({
            strategy: { canary: { steps: [{ [kind]: garbage }, { [kind]: { duration: garbage } }] } },
          }),
        );
      }
      cases.push(rollout({ strategy: { canary: { steps: [{ setHeaderRoute: { match: [garbage] } }] } } }));
      cases.push(rollout({ strategy: { canary: { analysis: { templates: [garbage], dryRun: garbage } } } }));
      cases.push(rollout({ strategy: { blueGreen: garbage } }));
      cases.push(
        rollout({
          strategy: { blueGreen: { prePromotionAnalysis: garbage, autoPromotionSeconds: garbage } },
        }),
      );
    }
    for (const value of cases) {
      const [doc] = documentsOf(JSON.stringify(value));
      const result = argoRollouts.toPlans(doc as SourceDocument);
      for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
    }
  });
});

/** Sets `leaf` at a path of object keys, creating maps on the way. */
function setAt(value: Record<string, unknown>, keys: string[], leaf: unknown): Record<string, unknown> {
  let node = value;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      node[key] = leaf;
      return;
    }
    const next = node[key];
    node[key] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {};
    node = node[key] as Record<string, unknown>;
  });
  return value;
}

describe('argoRollouts header routes that match everyone', () => {
  const route = (match: string, router = 'istio: {virtualService: {name: web}}') =>
    canaryRollout(
      [
        'trafficRouting:',
        '  managedRoutes: [{name: r}]',
        `  ${router}`,
        'steps:',
        `  - setHeaderRoute: {name: r, match: [${match}]}`,
        '  - pause: {duration: 1h}',
      ].join('\n'),
    );
  const first = (result: AdapterResult) => {
    const stage = onlyPlan(result).stages[0];
    return [stage?.weight, stage?.segment];
  };

  it.each([
    ['user-agent ~ .*', '{headerName: User-Agent, headerValue: {regex: ".*"}}'],
    ['user-agent ~ ^.*$', '{headerName: user-agent, headerValue: {regex: "^.*$"}}'],
    ['host ~ .+', '{headerName: Host, headerValue: {regex: ".+"}}'],
    [':authority ~ (?s).*', '{headerName: ":authority", headerValue: {regex: "(?s).*"}}'],
    ['accept ~ [[:print:]]*', '{headerName: Accept, headerValue: {regex: "[[:print:]]*"}}'],
    [
      'an everyone match ORed with a segment',
      '{headerName: x-beta, headerValue: {exact: "1"}}, {headerName: User-Agent, headerValue: {regex: ".*"}}',
    ],
  ])('%s is all traffic', (_name, match) => {
    expect(first(route(match))).toEqual([100, undefined]);
  });

  it('an empty prefix is rejected by Argo and read as the widest match, all traffic', () => {
    const result = route('{headerName: User-Agent, headerValue: {prefix: ""}}');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'MANIFEST_FIELD_INVALID', line: 12 }),
    ]);
    expect(first(result)).toEqual([100, undefined]);
  });

  it.each([
    [
      'a header only testers send',
      '{headerName: x-canary, headerValue: {regex: ".*"}}',
      'header x-canary~.*',
    ],
    [
      'a user agent that only some clients send',
      '{headerName: User-Agent, headerValue: {regex: ".*Mobile.*"}}',
      'header User-Agent~.*Mobile.*',
    ],
    [
      'an exact host',
      '{headerName: Host, headerValue: {exact: "beta.example.com"}}',
      'header Host=beta.example.com',
    ],
  ])('%s is a segment', (_name, match, segment) => {
    expect(first(route(match))).toEqual([0, segment]);
  });

  it('on ALB every match must pass, so one segment keeps it a segment', () => {
    const result = route(
      '{headerName: User-Agent, headerValue: {exact: "x"}}, {headerName: x-beta, headerValue: {exact: "1"}}',
      'alb: {ingress: web, rootService: web}',
    );
    expect(first(result)).toEqual([0, 'header User-Agent=x and x-beta=1']);
  });
});
