import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { canaryRegression } from '../../src/core/rules/canary-regression.js';
import { canaryRequired } from '../../src/core/rules/canary-required.js';
import { cloudDeploy } from '../../src/formats/cloud-deploy/index.js';
import type { SourceDocument } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';
import { adapterHarness, planNamed } from '../support/adapter-harness.js';
import { environment, runRule } from '../support/plans.js';

const {
  fixture: resultOf,
  inline,
  read: combine,
} = adapterHarness(cloudDeploy, 'manifests/cloud-deploy', {
  whole: true,
  fixturesOfOneFormat: true,
});

function planOf(fixture: string, targetId: string): RolloutPlan {
  const result = resultOf(fixture);
  expect(result.diagnostics).toEqual([]);
  return planNamed(result, targetId);
}

/** A one-stage pipeline `p` deploying to `prod` with the given strategy (YAML under `strategy:`). */
function pipelineWith(strategy: string, extraDocs = ''): string {
  return [
    'apiVersion: deploy.cloud.google.com/v1',
    'kind: DeliveryPipeline',
    'metadata:',
    '  name: p',
    'serialPipeline:',
    '  stages:',
    '    - targetId: prod',
    '      strategy:',
    ...strategy.split('\n').map((line) => `        ${line}`),
    extraDocs,
  ].join('\n');
}

const automation = (body: string, name = 'p/auto') =>
  `---\napiVersion: deploy.cloud.google.com/v1\nkind: Automation\nmetadata:\n  name: ${name}\n${body}`;

const names = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.name);
const weights = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.hold);

const FIRST_DEPLOY =
  'canary phases are skipped on the first deployment to a target: the first release goes straight to 100%';
const MANUAL_ROLLBACK = { automatic: false, how: ['manual `gcloud deploy targets rollback` only'] };

describe('cloudDeploy.detect', () => {
  it.each([
    ['deploy.cloud.google.com/v1', 'DeliveryPipeline'],
    ['deploy.cloud.google.com/v1', 'Target'],
    ['deploy.cloud.google.com/v1', 'Automation'],
    ['deploy.cloud.google.com/v1beta1', 'DeliveryPipeline'],
  ])('claims %s %s', (apiVersion, kind) => {
    const [doc] = documentsOf(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n`);
    expect(doc && cloudDeploy.detect(doc)).toBe(true);
  });

  it.each([
    ['a DeliveryPipeline of another group', 'apiVersion: example.com/v1\nkind: DeliveryPipeline\n'],
    ['an Argo Rollout', 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n'],
    ['a document without apiVersion', 'kind: DeliveryPipeline\n'],
    ['a Cloud Deploy kind it does not read', 'apiVersion: deploy.cloud.google.com/v1\nkind: Release\n'],
  ])('leaves %s alone', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    expect(doc && cloudDeploy.detect(doc)).toBe(false);
  });

  it('makes no plan of a file holding only Targets and Automations', () => {
    const result = inline(
      'apiVersion: deploy.cloud.google.com/v1\nkind: Target\nmetadata: {name: prod}\nrequireApproval: true\n' +
        automation('selector: {targets: [{id: prod}]}\nrules: []\n'),
    );
    expect(result).toEqual({ plans: [], diagnostics: [] });
  });
});

describe('cloud-deploy: one plan per pipeline stage', () => {
  it('names each plan after the pipeline and the target it deploys to', () => {
    const { plans, diagnostics } = resultOf('canary-with-automation.yaml');
    expect(diagnostics).toEqual([]);
    expect(plans.map((plan) => plan.id)).toEqual([
      'cloud-deploy:DeliveryPipeline:/checkout/staging',
      'cloud-deploy:DeliveryPipeline:/checkout/prod',
    ]);
    for (const plan of plans) {
      expect(plan.format).toBe('cloud-deploy');
      expect(plan.file).toBe('manifests/cloud-deploy/canary-with-automation.yaml');
      expect(plan.line).toBe(3);
      expect(plan.delivers).toBeUndefined();
      expect(plan.backgroundGates).toEqual([]);
    }
    expect(plans.map((plan) => plan.target)).toEqual([
      { kind: 'Target', name: 'staging' },
      { kind: 'Target', name: 'prod' },
    ]);
  });

  it('passes prod through staging, the approval, then canary phases that advance after 10m', () => {
    const plan = planOf('canary-with-automation.yaml', 'prod');
    const verify = { kind: 'analysis', name: 'verify', line: 22, effective: true };
    expect(plan.strategy).toBe('canary');
    expect(plan.stages).toEqual([
      { weight: 0, hold: 0, gates: [], line: 9, name: 'staging' },
      {
        weight: 0,
        hold: 'manual',
        gates: [{ kind: 'approval', name: 'requireApproval', line: 35, effective: true }],
        line: 35,
        name: 'approval',
      },
      { weight: 10, hold: 600, gates: [verify], line: 21, name: 'canary-10' },
      { weight: 50, hold: 600, gates: [verify], line: 21, name: 'canary-50' },
      { weight: 100, hold: 0, gates: [verify], line: 20, name: 'stable' },
    ]);
    expect(plan.notes).toEqual([FIRST_DEPLOY]);
    expect(plan.bypasses).toEqual([]);
  });

  it('rolls prod back automatically through the repair rule, pointing at its rollback mode', () => {
    expect(planOf('canary-with-automation.yaml', 'prod').rollback).toEqual({
      automatic: true,
      how: ['repair rule repair-prod rolls back on failure'],
      line: 59,
    });
  });

  it('gives staging, which no automation selects, a standard deploy and a manual rollback', () => {
    const plan = planOf('canary-with-automation.yaml', 'staging');
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 9, name: 'stable' }]);
    expect(plan.rollback).toEqual(MANUAL_ROLLBACK);
    expect(plan.notes).toEqual([]);
  });

  it('shows a change that drops staging as a removed named stage', () => {
    const before = planOf('canary-with-automation.yaml', 'prod');
    const after = planOf('prod-without-staging.yaml', 'prod');
    expect(after.id).toBe(before.id);
    expect(names(before)).toEqual(['staging', 'approval', 'canary-10', 'canary-50', 'stable']);
    expect(names(after)).toEqual(['approval', 'canary-10', 'canary-50', 'stable']);

    const findings = runRule(canaryRegression, after, { basePlan: before }).map((f) => f.message);
    expect(findings).toContain('stage "staging" is removed');
    const env = environment({ namedStages: ['staging', 'canary-10'] });
    expect(runRule(canaryRequired, before, { env })).toEqual([]);
    expect(runRule(canaryRequired, after, { env }).map((f) => f.message)).toEqual([
      'required stage "staging" is missing (required in order: staging → canary-10)',
    ]);
  });
});

describe('cloud-deploy strategies', () => {
  it('deploys a standard stage all at once, with verify and the deploy hooks as gates', () => {
    const plan = planOf('standard-only.yaml', 'prod');
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.stages).toEqual([
      { weight: 0, hold: 0, gates: [], line: 7, name: 'dev' },
      {
        weight: 100,
        hold: 0,
        gates: [
          { kind: 'webhook', name: 'predeploy db-migrate', line: 12, effective: true },
          { kind: 'analysis', name: 'verify', line: 11, effective: true },
          { kind: 'webhook', name: 'postdeploy smoke-test, notify', line: 14, effective: true },
        ],
        line: 10,
        name: 'stable',
      },
    ]);
    expect(plan.rollback).toEqual(MANUAL_ROLLBACK);
    expect(plan.notes).toEqual([]);
  });

  it('reads custom phases with their own checks; only the phases the advance rule lists advance on their own', () => {
    const plan = planOf('custom-phases.yaml', 'prod');
    expect(plan.id).toBe('cloud-deploy:DeliveryPipeline:/search/prod');
    expect(plan.strategy).toBe('canary');
    expect(plan.stages).toEqual([
      {
        weight: 5,
        hold: 3600,
        gates: [{ kind: 'analysis', name: 'verify', line: 18, effective: true }],
        line: 16,
        name: 'canary-5',
      },
      {
        weight: 25,
        hold: 'manual',
        gates: [
          { kind: 'webhook', name: 'predeploy warm-cache', line: 22, effective: true },
          { kind: 'analysis', name: 'verify', line: 21, effective: true },
        ],
        line: 19,
        name: 'canary-25',
      },
      {
        weight: 100,
        hold: 0,
        gates: [{ kind: 'webhook', name: 'postdeploy smoke-test', line: 26, effective: true }],
        line: 24,
        name: 'stable',
      },
    ]);
    // requireApproval: false adds no approval stage; a retry-only repair rule is no rollback.
    expect(plan.rollback).toEqual(MANUAL_ROLLBACK);
    expect(plan.notes).toEqual([
      FIRST_DEPLOY,
      'canary-25 waits for a manual `gcloud deploy rollouts advance`: no advanceRolloutRule lists it in sourcePhases',
      'repair rule retry-only only retries failed jobs; it does not roll back',
    ]);
  });

  it('puts canaryDeployment predeploy on the first phase and postdeploy on stable', () => {
    const { plans, diagnostics } = inline(
      pipelineWith(
        'canary:\n  canaryDeployment:\n    percentages: [25, 50]\n    predeploy: {actions: [migrate]}\n    postdeploy: {actions: [smoke]}',
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(plans[0]?.stages.map((stage) => stage.gates.map((gate) => gate.name))).toEqual([
      ['predeploy migrate'],
      [],
      ['postdeploy smoke'],
    ]);
  });

  it('reads an analysis block as an analysis gate named after its checks', () => {
    const { plans } = inline(
      pipelineWith(
        'standard:\n  analysis:\n    duration: 400s\n    customChecks:\n      - id: datadog\n        frequency: 300s',
      ),
    );
    expect(plans[0]?.stages).toEqual([
      {
        weight: 100,
        hold: 0,
        gates: [{ kind: 'analysis', name: 'datadog', line: 10, effective: true }],
        line: 9,
        name: 'stable',
      },
    ]);
  });

  it('reads a canary without percentages as a deploy straight to 100%', () => {
    const { plans } = inline(pipelineWith('canary:\n  canaryDeployment:\n    percentages: []'));
    expect(plans[0]?.strategy).toBe('all-at-once');
    expect(weights(plans[0])).toEqual([100]);
    expect(plans[0]?.notes).toContain(
      'serialPipeline.stages[0].strategy.canary.canaryDeployment.percentages lists no canary percentage: the rollout deploys straight to 100%',
    );
  });
});

describe('cloud-deploy automations', () => {
  const canary = 'canary:\n  canaryDeployment:\n    percentages: [10, 50]';

  it('advances every phase when the advance rule lists no sourcePhases, at once when it sets no wait', () => {
    const { plans } = inline(
      pipelineWith(
        canary,
        automation('selector: {targets: [{id: "*"}]}\nrules:\n  - advanceRolloutRule: {name: go}'),
      ),
    );
    expect(holds(plans[0])).toEqual([0, 0, 0]);
  });

  it('ignores an automation of another pipeline and applies one that names no pipeline', () => {
    const rules = 'selector: {targets: [{id: prod}]}\nrules:\n  - advanceRolloutRule: {name: go, wait: 5m}';
    expect(holds(inline(pipelineWith(canary, automation(rules, 'other/auto'))).plans[0])).toEqual([
      'manual',
      'manual',
      0,
    ]);
    expect(holds(inline(pipelineWith(canary, automation(rules, 'auto'))).plans[0])).toEqual([300, 300, 0]);
  });

  it('selects a target by its labels', () => {
    const target =
      '---\napiVersion: deploy.cloud.google.com/v1\nkind: Target\nmetadata:\n  name: prod\n  labels: {tier: production}\n';
    const rules = (tier: string) =>
      automation(
        `selector: {targets: [{labels: {tier: ${tier}}}]}\nrules:\n  - advanceRolloutRule: {name: go, wait: 1h}`,
      );
    expect(holds(inline(pipelineWith(canary, target + rules('production'))).plans[0])).toEqual([
      3600, 3600, 0,
    ]);
    expect(holds(inline(pipelineWith(canary, target + rules('test'))).plans[0])).toEqual([
      'manual',
      'manual',
      0,
    ]);
  });

  it('counts a rollback listed in repairModes, the current name of the list', () => {
    const { plans } = inline(
      pipelineWith(
        canary,
        automation(
          'selector: {targets: [{id: prod}]}\nrules:\n  - repairRolloutRule:\n      id: fix\n      repairModes:\n        - rollback: {disableRollbackIfRolloutPending: true}',
        ),
      ),
    );
    expect(plans[0]?.rollback).toEqual({
      automatic: true,
      how: ['repair rule fix rolls back on failure'],
      line: 22,
    });
  });

  it('does not count the rules of a suspended automation, and reports the switches as bypasses', () => {
    const { plans, diagnostics } = resultOf('suspended.yaml');
    expect(diagnostics).toEqual([]);
    const [staging, prod] = plans;
    const pipelineSuspended = {
      field: 'suspended',
      reason:
        'the delivery pipeline is suspended: Cloud Deploy runs no release or rollout through it, so none of its stages or checks run',
      line: 5,
    };
    expect(staging?.bypasses).toEqual([pipelineSuspended]);
    expect(prod?.bypasses).toEqual([
      pipelineSuspended,
      {
        field: 'Automation orders/prod-automation: suspended',
        reason: 'the automation is suspended: its advanceRolloutRule and repairRolloutRule do not run',
        line: 25,
      },
    ]);
    expect(prod?.stages).toEqual([
      { weight: 0, hold: 0, gates: [], line: 8, name: 'staging' },
      { weight: 25, hold: 'manual', gates: [], line: 19, name: 'canary-25' },
      { weight: 100, hold: 0, gates: [], line: 18, name: 'stable' },
    ]);
    expect(prod?.rollback).toEqual(MANUAL_ROLLBACK);
    expect(prod?.notes).toEqual([
      'Automation orders/prod-automation is suspended: its advanceRolloutRule and repairRolloutRule do not count',
      'Target prod is not in this file: approval unknown',
      FIRST_DEPLOY,
      'canary phases wait for a manual `gcloud deploy rollouts advance`: no advanceRolloutRule selects target prod',
    ]);
  });
});

describe('cloud-deploy targets in other files', () => {
  it('notes that approval is unknown and adds no approval stage', () => {
    const { plans, diagnostics } = resultOf('target-elsewhere.yaml');
    expect(diagnostics).toEqual([]);
    const [staging, prod] = plans;
    expect(staging?.notes).toEqual(['Target staging is not in this file: approval unknown']);
    expect(names(prod)).toEqual(['staging', 'canary-20', 'stable']);
    expect(holds(prod)).toEqual([0, 'manual', 0]);
    expect(prod?.notes).toEqual([
      'Target prod is not in this file: approval unknown',
      FIRST_DEPLOY,
      'canary phases wait for a manual `gcloud deploy rollouts advance`: no advanceRolloutRule selects target prod',
    ]);
  });

  it('reads a lone pipeline document through toPlans as combine would', () => {
    const [doc] = fixtureDocuments('manifests/cloud-deploy/target-elsewhere.yaml');
    if (!doc) throw new Error('no document');
    expect(cloudDeploy.toPlans(doc)).toEqual(combine([doc]));
  });
});

describe('cloud-deploy odd input', () => {
  it('reports fields of the wrong type at their line and reads them the safer way round', () => {
    const target =
      '---\napiVersion: deploy.cloud.google.com/v1\nkind: Target\nmetadata: {name: prod}\nrequireApproval: "true"\n';
    const { plans, diagnostics } = inline(
      pipelineWith('canary:\n  canaryDeployment:\n    percentages: ["10", 50, 40]\n    verify: 1', target),
    );
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [17, 'requireApproval must be true or false, got a string; read as false'],
      [
        12,
        'serialPipeline.stages[0].strategy.canary.canaryDeployment.verify must be true or false, got 1; read as false',
      ],
      [
        11,
        'serialPipeline.stages[0].strategy.canary.canaryDeployment.percentages[0] must be a whole percentage from 0 to 100, above the one before it; got a string',
      ],
      [
        11,
        'serialPipeline.stages[0].strategy.canary.canaryDeployment.percentages[2] must be a whole percentage from 0 to 100, above the one before it; got 40',
      ],
    ]);
    expect(names(plans[0])).toEqual(['canary-50', 'stable']);
    expect(plans[0]?.stages.flatMap((stage) => stage.gates)).toEqual([]);
  });

  it('reads custom phases that do not end at 100% as if a stable phase followed', () => {
    const { plans, diagnostics } = inline(
      pipelineWith(
        'canary:\n  customCanaryDeployment:\n    phaseConfigs:\n      - phaseId: first\n        percentage: 30',
      ),
    );
    expect(diagnostics.map((d) => d.message)).toEqual([
      'serialPipeline.stages[0].strategy.canary.customCanaryDeployment.phaseConfigs must end with the stable phase at 100%; read as if it did',
    ]);
    expect(names(plans[0])).toEqual(['first', 'stable']);
    expect(weights(plans[0])).toEqual([30, 100]);
  });

  it('ignores a stage that repeats a target, and one without a targetId', () => {
    const { plans, diagnostics } = inline(
      'apiVersion: deploy.cloud.google.com/v1\nkind: DeliveryPipeline\nmetadata: {name: p}\nserialPipeline:\n  stages:\n    - targetId: prod\n    - targetId: prod\n    - profiles: [x]\n',
    );
    expect(plans.map((plan) => plan.id)).toEqual(['cloud-deploy:DeliveryPipeline:/p/prod']);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [7, 'serialPipeline.stages[1].targetId repeats target prod; the stage was ignored'],
      [8, 'serialPipeline.stages[2] must be a map naming its targetId; the stage was ignored'],
    ]);
  });

  it('keeps plans of an unnamed pipeline apart by target', () => {
    const { plans } = inline(
      'apiVersion: deploy.cloud.google.com/v1\nkind: DeliveryPipeline\nserialPipeline:\n  stages:\n    - targetId: a\n    - targetId: b\n',
    );
    expect(plans.map((plan) => plan.id)).toEqual([
      'cloud-deploy:DeliveryPipeline:inline.yaml#0/a',
      'cloud-deploy:DeliveryPipeline:inline.yaml#0/b',
    ]);
  });

  const GARBAGE: unknown[] = [
    null,
    'x',
    '10m',
    7,
    -1,
    1.5,
    true,
    [],
    {},
    [1, null, {}],
    { a: 1 },
    [[]],
    JSON.parse('{"__proto__": {"targetId": "prod"}, "constructor": 1}'),
  ];

  it('never throws on garbage anywhere, and every diagnostic points at a line', () => {
    const pipeline = (stage: unknown, top: Record<string, unknown> = {}) => ({
      apiVersion: 'deploy.cloud.google.com/v1',
      kind: 'DeliveryPipeline',
      metadata: { name: 'g' },
      serialPipeline: { stages: [{ targetId: 'staging' }, stage] },
      ...top,
    });
    const auto = (body: Record<string, unknown>) => ({
      apiVersion: 'deploy.cloud.google.com/v1',
      kind: 'Automation',
      metadata: { name: 'g/a' },
      selector: { targets: [{ id: '*' }] },
      ...body,
    });
    const files: unknown[][] = [];
    for (const g of GARBAGE) {
      files.push([pipeline(g)], [pipeline({ targetId: 'prod' }, { serialPipeline: g })]);
      files.push([pipeline({ targetId: 'prod' }, { suspended: g, metadata: g })]);
      files.push([pipeline({ targetId: 'prod', strategy: g })]);
      files.push([pipeline({ targetId: 'prod', strategy: { canary: g } })]);
      files.push([pipeline({ targetId: 'prod', strategy: { standard: g } })]);
      files.push([
        pipeline({ targetId: 'prod', strategy: { standard: { verify: g, analysis: g, predeploy: g } } }),
      ]);
      files.push([pipeline({ targetId: 'prod', strategy: { canary: { canaryDeployment: g } } })]);
      files.push([
        pipeline({
          targetId: 'prod',
          strategy: {
            canary: { canaryDeployment: { percentages: g, verify: g, postdeploy: { actions: g } } },
          },
        }),
      ]);
      files.push([
        pipeline({ targetId: 'prod', strategy: { canary: { canaryDeployment: { percentages: [g, 50] } } } }),
      ]);
      files.push([pipeline({ targetId: 'prod', strategy: { canary: { customCanaryDeployment: g } } })]);
      files.push([
        pipeline({
          targetId: 'prod',
          strategy: { canary: { customCanaryDeployment: { phaseConfigs: [g] } } },
        }),
      ]);
      files.push([
        pipeline({
          targetId: 'prod',
          strategy: {
            canary: { customCanaryDeployment: { phaseConfigs: [{ phaseId: g, percentage: g, verify: g }] } },
          },
        }),
      ]);
      files.push([
        pipeline({ targetId: 'prod' }),
        {
          apiVersion: 'deploy.cloud.google.com/v1',
          kind: 'Target',
          metadata: { name: 'prod', labels: g },
          requireApproval: g,
        },
        auto({ suspended: g, rules: g }),
        auto({ selector: g, rules: [g] }),
        auto({ selector: { targets: [g] }, rules: [{ advanceRolloutRule: g }, { repairRolloutRule: g }] }),
        auto({
          rules: [
            { advanceRolloutRule: { sourcePhases: g, wait: g } },
            { repairRolloutRule: { repairPhases: g, repairModes: [g] } },
          ],
        }),
      ]);
    }
    for (const file of files) {
      const docs = file.map((value, index) => {
        const [doc] = documentsOf(JSON.stringify(value), `g${index}.yaml`);
        return doc as SourceDocument;
      });
      const result = combine(docs.filter((doc) => cloudDeploy.detect(doc)));
      for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      for (const plan of result.plans) {
        expect(plan.stages.at(-1)).toMatchObject({ weight: 100, name: 'stable' });
      }
    }
  });
});
