import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { spinnaker } from '../../src/formats/spinnaker.js';
import type { AdapterResult, SourceDocument } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';

function resultOf(fixture: string): AdapterResult {
  const [doc] = fixtureDocuments(`manifests/spinnaker/${fixture}`);
  if (!doc) throw new Error(`${fixture} has no document`);
  expect(spinnaker.detect(doc)).toBe(true);
  return spinnaker.toPlans(doc);
}

function planOf(fixture: string): RolloutPlan {
  const result = resultOf(fixture);
  expect(result.diagnostics).toEqual([]);
  expect(result.plans).toHaveLength(1);
  return result.plans[0] as RolloutPlan;
}

function inline(pipeline: unknown): AdapterResult {
  const [doc] = documentsOf(JSON.stringify(pipeline, null, 2), 'pipeline.json');
  return spinnaker.toPlans(doc as SourceDocument);
}

const weights = (plan: RolloutPlan) => plan.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan) => plan.stages.map((stage) => stage.hold);

describe('spinnaker.detect', () => {
  it('claims an object whose stages have a type and a refId, string or number', () => {
    const [text] = documentsOf('{"stages": [{"type": "wait", "refId": 1}]}', 'p.json');
    const [numbered] = documentsOf('{"stages": [{"type": "deploy", "refId": "1"}]}', 'p.json');
    expect(text && spinnaker.detect(text)).toBe(true);
    expect(numbered && spinnaker.detect(numbered)).toBe(true);
  });

  it.each([
    ['an Azure pipeline (stages of `stage:` items)', 'stages:\n- stage: Build\n  jobs: []\n'],
    ['a Kubernetes object', 'apiVersion: v1\nkind: List\nstages: [{type: deploy, refId: "1"}]\n'],
    ['stages without refId', '{"stages": [{"type": "deploy"}]}'],
    ['stages that are not a list', '{"stages": {"type": "deploy", "refId": "1"}}'],
  ])('leaves %s alone', (_name, text) => {
    const [doc] = documentsOf(text);
    expect(doc && spinnaker.detect(doc)).toBe(false);
  });
});

describe('spinnaker kayenta canary', () => {
  it('reads the canary deploy as a canary server group held for the analysis lifetime, then production', () => {
    const plan = planOf('kayenta-canary.json');
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([0, 100]);
    expect(plan.stages[0]?.segment).toBe('canary server group');
    expect(holds(plan)).toEqual([1800, 0]); // PT0H30M
    expect(plan.stages.map((stage) => stage.line)).toEqual([5, 27]);
    expect(plan.stages.map((stage) => stage.name)).toEqual(['Deploy canary', 'Deploy production']);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'analysis', name: 'Canary analysis', line: 13, effective: true },
    ]);
    expect(plan.notes).toContain(
      'the canary server group gets a share of traffic the pipeline does not state (it depends on the replica counts and load balancers)',
    );
  });

  it('identifies the pipeline by application and name, and targets it by name', () => {
    const plan = planOf('kayenta-canary.json');
    expect(plan.id).toBe(
      'spinnaker:Pipeline:/manifests/spinnaker/kayenta-canary.json#checkout/Deploy to production',
    );
    expect(plan.format).toBe('spinnaker');
    expect(plan.target).toEqual({ kind: 'Pipeline', name: 'Deploy to production' });
    expect(plan.line).toBe(3);
  });

  it('keeps the analysis effective when an ignored failure is checked by the production stageEnabled', () => {
    const plan = planOf('kayenta-canary.json');
    expect(plan.bypasses).toEqual([]);
    expect(plan.notes.some((note) => note.includes('continuePipeline: true'))).toBe(true);
  });

  it('reads a rollback stage enabled on the canary failure as an automatic rollback', () => {
    const plan = planOf('kayenta-canary.json');
    expect(plan.rollback.automatic).toBe(true);
    expect(plan.rollback.line).toBe(38);
    expect(plan.rollback.how[0]).toMatch(/^stage "Undo canary" \(undoRolloutManifest\) runs when/);
  });

  it('turns null score thresholds into an ineffective gate and a bypass (the stage always succeeds)', () => {
    const plan = planOf('null-thresholds.json');
    expect(weights(plan)).toEqual([0, 100]);
    expect(holds(plan)).toEqual([3600, 0]); // lifetimeHours "1"
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'analysis', name: 'Canary analysis', line: 11, effective: false },
    ]);
    expect(plan.bypasses).toHaveLength(1);
    expect(plan.bypasses[0]).toMatchObject({ field: 'stages[1].canaryConfig.scoreThresholds', line: 18 });
    expect(plan.bypasses[0]?.reason).toContain('No score thresholds were specified');
    expect(plan.rollback).toEqual({ automatic: false, how: ['no rollback stage'] });
  });

  it('turns an ignored canary failure that nothing checks into an ineffective gate and a bypass', () => {
    const plan = planOf('continue-on-failure.json');
    expect(weights(plan)).toEqual([0, 100]);
    expect(holds(plan)).toEqual([3600, 0]); // PT1H
    expect(plan.stages[0]?.gates.map((gate) => gate.effective)).toEqual([false]);
    expect(plan.bypasses).toEqual([
      {
        field: 'stages[1].continuePipeline',
        reason:
          'stage "Canary analysis" ignores its own failure (failPipeline: false, continuePipeline: true): the pipeline goes on to the final deploy when it fails',
        line: 17,
      },
    ]);
  });

  it('notes a stageEnabled expression on the canary without judging it', () => {
    const plan = planOf('continue-on-failure.json');
    expect(plan.notes).toContain(
      'stage "Canary analysis" (kayentaCanary) runs only when its stageEnabled expression is true (${ parameters.runCanary == \'true\' }); when it is false the stage is skipped',
    );
  });
});

describe('spinnaker pipelines without a canary analysis', () => {
  it('reads a pipeline with only deploy stages as all-at-once, without rollback', () => {
    const plan = planOf('deploy-only.json');
    expect(plan.strategy).toBe('all-at-once');
    expect(weights(plan)).toEqual([100]);
    expect(plan.stages[0]?.line).toBe(11);
    expect(plan.stages[0]?.gates).toEqual([]);
    expect(plan.rollback).toEqual({ automatic: false, how: ['no rollback stage'] });
    expect(plan.bypasses).toEqual([]);
  });

  it('reads a manual judgment and a wait after a canary deploy as a manual hold with an approval gate', () => {
    const plan = planOf('manual-judgment.json');
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([0, 100]);
    expect(holds(plan)).toEqual(['manual', 0]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'approval', name: 'Looks good?', line: 12, effective: true },
    ]);
    expect(plan.stages.map((stage) => stage.line)).toEqual([5, 33]);
  });

  it('notes a gate in a parallel branch instead of letting it hold the final deploy', () => {
    const plan = planOf('manual-judgment.json');
    expect(plan.stages.flatMap((stage) => stage.gates.map((gate) => gate.name))).not.toContain('Tell QA');
    expect(plan.notes).toContain(
      'stage "Tell QA" (manualJudgment) runs in a parallel branch to the final deploy "Deploy to production": stages in parallel branches are not sequenced, so it does not hold that deploy',
    );
  });

  it('does not count a rollback stage that only runs when the judgment passes', () => {
    const plan = planOf('manual-judgment.json');
    expect(plan.rollback).toEqual({ automatic: false, how: ['no rollback stage runs on failure'] });
    expect(
      plan.notes.some((note) => note.startsWith('stage "Roll back canary" (rollbackCluster) runs only')),
    ).toBe(true);
  });

  it('adds waits to the hold of the stage they follow', () => {
    const result = inline({
      name: 'waits',
      stages: [
        { refId: '1', type: 'deployManifest', name: 'canary' },
        { refId: '2', type: 'wait', waitTime: 300, requisiteStageRefIds: ['1'] },
        { refId: '3', type: 'wait', waitTime: '120', requisiteStageRefIds: ['2'] },
        { refId: '4', type: 'deployManifest', name: 'prod', requisiteStageRefIds: ['3'] },
      ],
    });
    expect(result.plans[0]?.stages.map((stage) => [stage.weight, stage.hold])).toEqual([
      [0, 420],
      [100, 0],
    ]);
  });

  it('orders stages by requisiteStageRefIds, not by their place in the file', () => {
    const result = inline({
      name: 'shuffled',
      stages: [
        { refId: 'prod', type: 'deploy', name: 'Production', requisiteStageRefIds: ['judge'] },
        { refId: 'judge', type: 'manualJudgment', name: 'Judge', requisiteStageRefIds: ['canary'] },
        { refId: 'canary', type: 'deploy', name: 'Canary' },
      ],
    });
    const plan = result.plans[0] as RolloutPlan;
    expect(plan.stages.map((stage) => stage.name)).toEqual(['Canary', 'Production']);
    expect(plan.stages[0]?.gates.map((gate) => gate.name)).toEqual(['Judge']);
  });

  it('notes that a pipeline which only deploys the canary leaves production to another pipeline', () => {
    const result = inline({
      name: 'canary only',
      stages: [
        { refId: '1', type: 'deployManifest', name: 'Deploy canary' },
        {
          refId: '2',
          type: 'kayentaCanary',
          name: 'Analysis',
          requisiteStageRefIds: ['1'],
          canaryConfig: { lifetimeDuration: 'PT10M', scoreThresholds: { marginal: 50, pass: 75 } },
        },
      ],
    });
    const plan = result.plans[0] as RolloutPlan;
    expect(plan.stages.map((stage) => [stage.weight, stage.hold])).toEqual([
      [0, 600],
      [100, 0],
    ]);
    expect(plan.notes.some((note) => note.startsWith('the pipeline deploys only the canary'))).toBe(true);
  });

  it('yields no plan for a pipeline that deploys nothing', () => {
    expect(inline({ name: 'bake', stages: [{ refId: '1', type: 'bake' }] })).toEqual({
      plans: [],
      diagnostics: [],
    });
  });
});

describe('spinnaker odd input', () => {
  it('reports stages without type or refId, duplicate refIds, unknown requisites and cycles, with lines', () => {
    const result = inline({
      name: 'broken',
      stages: [
        { refId: '1', type: 'deploy', name: 'A', requisiteStageRefIds: ['9'] },
        { type: 'wait' },
        { refId: '1', type: 'deploy', name: 'A again' },
        { refId: '3', type: 'wait', requisiteStageRefIds: ['4'] },
        { refId: '4', type: 'wait', requisiteStageRefIds: ['3'] },
        { refId: '5', type: 'deploy', requisiteStageRefIds: 'x' },
      ],
    });
    const messages = result.diagnostics.map((d) => d.message);
    expect(result.diagnostics.every((d) => d.code === 'MANIFEST_FIELD_INVALID' && d.line > 1)).toBe(true);
    expect(messages.some((m) => m.includes('must be a stage with a type and a refId'))).toBe(true);
    expect(messages.some((m) => m.includes('is used by an earlier stage'))).toBe(true);
    expect(messages.some((m) => m.includes('which no stage has'))).toBe(true);
    expect(messages.some((m) => m.includes('cycle'))).toBe(true);
    expect(messages.some((m) => m.includes('requisiteStageRefIds must be a list'))).toBe(true);
    expect(result.plans[0]?.stages.at(-1)?.weight).toBe(100);
  });

  it('never throws on garbage anywhere, and every plan ends at 100%', () => {
    const garbage: unknown[] = [null, 'x', '', 7, -1, 1.5, true, [], {}, [null], { expression: 3 }];
    const keys = [
      'name',
      'refId',
      'requisiteStageRefIds',
      'stageEnabled',
      'failPipeline',
      'continuePipeline',
      'canaryConfig',
      'waitTime',
      'clusters',
      'moniker',
      'deployments',
      'analysisType',
    ];
    const types = [
      'deploy',
      'kayentaCanary',
      'manualJudgment',
      'wait',
      'rollbackCluster',
      'pipeline',
      'canary',
    ];
    for (const value of garbage) {
      const cases: unknown[] = [
        { stages: [{ refId: '1', type: 'deploy' }, value] },
        { name: value, stages: [] },
      ];
      for (const type of types) {
        for (const key of keys) {
          cases.push({
            name: value,
            application: value,
            stages: [
              { refId: '1', type: 'deploy', name: 'canary' },
              { refId: '2', type, name: 'x', requisiteStageRefIds: ['1'], [key]: value },
              { refId: '3', type: 'deploy', requisiteStageRefIds: ['2'], stageEnabled: value },
            ],
          });
          cases.push({
            stages: [
              {
                refId: '1',
                type,
                [key]: value,
                canaryConfig: { scoreThresholds: value, lifetimeHours: value },
              },
            ],
          });
        }
      }
      for (const pipeline of cases) {
        const result = inline(pipeline);
        for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
      }
    }
  });
});
