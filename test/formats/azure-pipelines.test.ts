import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { azurePipelines } from '../../src/formats/azure-pipelines.js';
import type { AdapterResult, SourceDocument } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';

function resultOf(fixture: string): AdapterResult {
  const [doc] = fixtureDocuments(`manifests/azure-pipelines/${fixture}`);
  if (!doc) throw new Error(`${fixture} has no document`);
  expect(azurePipelines.detect(doc)).toBe(true);
  const result = azurePipelines.toPlans(doc);
  expect(result.diagnostics).toEqual([]);
  return result;
}

function planOf(fixture: string): RolloutPlan {
  const { plans } = resultOf(fixture);
  expect(plans).toHaveLength(1);
  return plans[0] as RolloutPlan;
}

function inline(yaml: string): AdapterResult {
  const [doc] = documentsOf(yaml, 'azure-pipelines.yml');
  return azurePipelines.toPlans(doc as SourceDocument);
}

const weights = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.hold);
const ENV_NOTE = (name: string) =>
  `approvals and checks on environment ${name} are configured in Azure DevOps, not in this file`;

describe('azurePipelines.detect', () => {
  it('claims a pipeline with a deployment job, at the top level or in a stage', () => {
    const [top] = documentsOf('jobs:\n- deployment: Deploy\n  environment: prod\n');
    const [staged] = documentsOf(
      'stages:\n- stage: S\n  jobs:\n  - deployment: Deploy\n    environment: prod\n',
    );
    expect(top && azurePipelines.detect(top)).toBe(true);
    expect(staged && azurePipelines.detect(staged)).toBe(true);
  });

  it('claims a plain job that runs a KubernetesManifest canary', () => {
    const [doc] = documentsOf(
      'jobs:\n- job: J\n  steps:\n  - task: KubernetesManifest@0\n    inputs: {action: deploy, strategy: canary, percentage: 10}\n',
    );
    expect(doc && azurePipelines.detect(doc)).toBe(true);
    expect(azurePipelines.toPlans(doc as SourceDocument).plans[0]?.target).toEqual({
      kind: 'Job',
      name: 'J',
    });
  });

  it.each([
    ['a build-only pipeline', 'trigger: [main]\njobs:\n- job: Build\n  steps:\n  - script: make\n'],
    ['a GitHub workflow (jobs is a map)', 'on: push\njobs:\n  deploy:\n    environment: prod\n'],
    ['a Spinnaker pipeline', '{"stages": [{"type": "deploy", "refId": "1"}]}'],
    ['a Kubernetes Deployment', 'apiVersion: apps/v1\nkind: Deployment\n'],
  ])('leaves %s alone', (_name, text) => {
    const [doc] = documentsOf(text);
    expect(doc && azurePipelines.detect(doc)).toBe(false);
  });
});

describe('azure-pipelines canary strategy', () => {
  it('walks the increments, then 100%, each increment held and gated by postRouteTraffic', () => {
    const plan = planOf('canary-increments.yml');
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([10, 20, 100]);
    expect(holds(plan)).toEqual([900, 900, 0]); // Delay@1 delayForMinutes '15'
    expect(plan.stages.map((stage) => stage.line)).toEqual([14, 14, 13]);
    for (const stage of plan.stages.slice(0, 2)) {
      expect(stage.gates).toEqual([{ kind: 'webhook', name: 'Check error rate', line: 29, effective: true }]);
    }
    expect(plan.stages[2]?.gates).toEqual([]);
  });

  it('targets the environment without its resource, and identifies the job by stage and name', () => {
    const plan = planOf('canary-increments.yml');
    expect(plan.target).toEqual({ kind: 'Environment', name: 'production' });
    expect(plan.id).toBe(
      'azure-pipelines:DeploymentJob:/manifests/azure-pipelines/canary-increments.yml#Production/CanaryDeploy',
    );
    expect(plan.line).toBe(7);
    expect(plan.notes).toContain(ENV_NOTE('production'));
  });

  it('reads on: failure steps as an automatic rollback', () => {
    const plan = planOf('canary-increments.yml');
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['the on: failure steps of deployment job CanaryDeploy run when it fails (Reject canary)'],
      line: 37,
    });
  });

  it('holds for a person at each increment with a ManualValidation, and does not when it resumes on timeout', () => {
    const pipeline = (onTimeout: string) =>
      [
        'jobs:',
        '- deployment: D',
        '  environment: prod',
        '  strategy:',
        '    canary:',
        '      increments: [25]',
        '      postRouteTraffic:',
        '        pool: server',
        '        steps:',
        '        - task: ManualValidation@0',
        '          displayName: Sign off',
        `          inputs: {onTimeout: ${onTimeout}}`,
      ].join('\n');
    const rejecting = inline(pipeline('reject')).plans[0];
    expect(holds(rejecting)).toEqual(['manual', 0]);
    expect(rejecting?.stages[0]?.gates).toEqual([
      { kind: 'approval', name: 'Sign off', line: 10, effective: true },
    ]);
    const resuming = inline(pipeline('resume')).plans[0];
    expect(resuming?.stages[0]?.gates.map((gate) => gate.effective)).toEqual([false]);
  });
});

describe('azure-pipelines runOnce and rolling', () => {
  it('reads runOnce as all-at-once and rolling as rolling, one plan per deployment job', () => {
    const { plans } = resultOf('runonce.yml');
    expect(plans.map((plan) => [plan.target.name, plan.strategy, weights(plan)])).toEqual([
      ['staging', 'all-at-once', [100]],
      ['production', 'all-at-once', [100]],
      ['production-vms', 'rolling', [100]],
    ]);
    expect(plans.map((plan) => plan.stages[0]?.line)).toEqual([19, 29, 41]);
  });

  it('does not count postRouteTraffic checks after a runOnce deploy as gates', () => {
    const web = resultOf('runonce.yml').plans[1];
    expect(web?.stages.flatMap((stage) => stage.gates)).toEqual([]);
    expect(web?.notes.some((note) => note.startsWith('postRouteTraffic steps (script) run after'))).toBe(
      true,
    );
    expect(web?.rollback).toEqual({ automatic: false, how: ['no on: failure steps and no rollback job'] });
  });

  it('reads the on: failure steps of a rolling job as its rollback', () => {
    const vms = resultOf('runonce.yml').plans[2];
    expect(vms?.rollback.automatic).toBe(true);
    expect(vms?.rollback.how).toEqual([
      'the on: failure steps of deployment job DeployVMs run when it fails (Restore previous release)',
    ]);
    expect(vms?.notes).toContain(
      'rolling deploys to the virtual machines of the environment 2 targets at a time; it has no traffic stages',
    );
  });

  it('reads the literal jobs inside a ${{ each }} expression and says the pipeline must be expanded', () => {
    const [staging] = resultOf('runonce.yml').plans;
    expect(staging?.id).toContain('#Staging_${{ region }}/DeployStaging');
    expect(staging?.notes).toContain(
      'template expressions generate stages; judge the expanded pipeline (rollout-guard read what is literal)',
    );
    expect(staging?.notes).toContain(
      'job DeployStaging sits inside a template expression: it may run more than once, or not at all',
    );
  });
});

describe('azure-pipelines KubernetesManifest canary in runOnce jobs', () => {
  it('makes one plan from the canary job and the later job that promotes it', () => {
    const plan = planOf('kubernetes-manifest-canary.yml');
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([25, 100]);
    expect(plan.stages.map((stage) => stage.line)).toEqual([19, 45]);
    expect(plan.stages.map((stage) => stage.name)).toEqual(['Deploy canary', 'Promote canary']);
    expect(plan.target).toEqual({ kind: 'Environment', name: 'aks-prod' });
  });

  it('gates the canary with the test step after it and the ManualValidation before the promote', () => {
    const plan = planOf('kubernetes-manifest-canary.yml');
    expect(holds(plan)).toEqual(['manual', 0]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'webhook', name: 'Smoke test the canary', line: 21, effective: true },
      { kind: 'approval', name: 'Approve promotion', line: 30, effective: true },
    ]);
  });

  it('reads a failed()-conditioned stage that rejects the canary as the rollback', () => {
    const plan = planOf('kubernetes-manifest-canary.yml');
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['stage Reject runs Reject canary when a job before it fails (condition: failed())'],
      line: 52,
    });
  });

  it('says that environment approvals are invisible instead of counting them', () => {
    const plan = planOf('kubernetes-manifest-canary.yml');
    expect(plan.notes).toEqual([ENV_NOTE('aks-prod')]);
  });

  it('holds a canary that nothing in the file promotes for a person', () => {
    const plan = inline(
      [
        'jobs:',
        '- deployment: Canary',
        '  environment: prod',
        '  strategy:',
        '    runOnce:',
        '      deploy:',
        '        steps:',
        '        - task: KubernetesManifest@1',
        '          inputs: {action: deploy, strategy: canary, percentage: 10}',
      ].join('\n'),
    ).plans[0];
    expect(weights(plan)).toEqual([10, 100]);
    expect(holds(plan)).toEqual(['manual', 0]);
    expect(plan?.notes).toContain(
      'no step promotes the canary in this file: it stays beside the stable version until someone promotes or rejects it',
    );
  });

  it('reads a percentage from a variable as a canary segment of unknown share', () => {
    const plan = inline(
      [
        'jobs:',
        '- deployment: Canary',
        '  environment: prod',
        '  strategy:',
        '    runOnce:',
        '      deploy:',
        '        steps:',
        '        - task: KubernetesManifest@1',
        '          inputs: {action: deploy, strategy: canary, percentage: $(canaryPercent)}',
        '        - task: KubernetesManifest@1',
        '          inputs: {action: promote, strategy: canary}',
      ].join('\n'),
    ).plans[0];
    expect(plan?.stages[0]).toMatchObject({ weight: 0, segment: 'canary (percentage set at run time)' });
    expect(plan?.stages[1]?.line).toBe(10);
  });

  it('does not count a rollback that misses the canary job', () => {
    const plan = inline(
      [
        'stages:',
        '- stage: A',
        '  jobs:',
        '  - deployment: Canary',
        '    environment: prod',
        '    strategy:',
        '      runOnce:',
        '        deploy:',
        '          steps:',
        '          - task: KubernetesManifest@1',
        '            inputs: {action: deploy, strategy: canary, percentage: 10}',
        '- stage: B',
        '  jobs:',
        '  - deployment: Promote',
        '    environment: prod',
        '    strategy:',
        '      runOnce:',
        '        deploy:',
        '          steps:',
        '          - task: KubernetesManifest@1',
        '            inputs: {action: promote, strategy: canary}',
        '        on:',
        '          failure:',
        '            steps:',
        '            - script: echo failed',
      ].join('\n'),
    ).plans[0];
    expect(plan?.rollback.automatic).toBe(false);
    expect(plan?.rollback.how).toEqual([
      'the on: failure steps of deployment job Promote run when it fails (script); it does not run when Canary fails',
    ]);
  });
});

describe('azure-pipelines generated deployments', () => {
  it('reports deployments hidden in templates, and stages a template expression leaves unsequenced', () => {
    const result = inline(
      [
        'stages:',
        '- stage: Build',
        '  jobs:',
        '  - job: B',
        '    steps: [{script: make}]',
        '- ${{ each p in parameters.percentages }}:',
        '  - stage: deploy${{ p }}',
        '    dependsOn: Build',
        '    jobs:',
        '    - template: templates/deploy.yml',
      ].join('\n'),
    );
    expect(result.plans).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'MANIFEST_UNSUPPORTED', line: 7 });
    expect(result.diagnostics[0]?.message).toContain('templates/deploy.yml');
    expect(result.diagnostics[0]?.message).toContain('not sequenced');
    expect(result.diagnostics[0]?.message).toContain('judge the expanded pipeline');
  });
});

describe('azure-pipelines odd input', () => {
  it('reports wrong types with their lines and carries on', () => {
    const result = inline(
      [
        'stages:',
        '- stage: S',
        '  jobs:',
        '  - deployment: D',
        '    environment: prod',
        '    strategy:',
        '      canary:',
        '        increments: [10, "x", 150]',
        '  - deployment: [oops]',
        '  - 7',
      ].join('\n'),
    );
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['MANIFEST_FIELD_INVALID', 9],
      ['MANIFEST_FIELD_INVALID', 10],
      ['MANIFEST_FIELD_INVALID', 8],
      ['MANIFEST_FIELD_INVALID', 8],
    ]);
    expect(weights(result.plans[0])).toEqual([10, 100]);
  });

  it('never throws on garbage anywhere, and every plan ends at 100%', () => {
    const garbage: unknown[] = [null, 'x', '$(v)', 7, -1, 1.5, true, [], {}, [null], { name: 3 }];
    const jobKeys = ['deployment', 'environment', 'strategy', 'dependsOn', 'condition', 'steps', 'job'];
    const strategyKeys = ['increments', 'deploy', 'postRouteTraffic', 'on', 'maxParallel'];
    const inputKeys = ['action', 'strategy', 'percentage', 'delayForMinutes', 'onTimeout', 'command'];
    for (const value of garbage) {
      const cases: unknown[] = [
        { stages: value },
        { jobs: value },
        { stages: [value] },
        { stages: [{ stage: 'S', jobs: value }] },
      ];
      for (const key of jobKeys) {
        cases.push({ jobs: [{ deployment: 'D', environment: 'e', [key]: value }] });
        cases.push({
          stages: [
            { stage: 'S', dependsOn: value, condition: value, jobs: [{ deployment: 'D', [key]: value }] },
          ],
        });
      }
      for (const key of strategyKeys) {
        for (const kind of ['runOnce', 'rolling', 'canary']) {
          cases.push({
            jobs: [{ deployment: 'D', environment: 'e', strategy: { [kind]: { [key]: value } } }],
          });
          cases.push({
            jobs: [{ deployment: 'D', environment: 'e', strategy: { [kind]: { [key]: { steps: value } } } }],
          });
        }
      }
      for (const key of inputKeys) {
        for (const task of ['KubernetesManifest@1', 'Delay@1', 'ManualValidation@0', 'HelmDeploy@0', value]) {
          const step = {
            task,
            inputs: { action: 'deploy', strategy: 'canary', percentage: 10, [key]: value },
          };
          cases.push({
            jobs: [
              {
                deployment: 'D',
                environment: 'e',
                strategy: { runOnce: { deploy: { steps: [step, step] } } },
              },
              {
                deployment: 'P',
                dependsOn: 'D',
                condition: value,
                strategy: { runOnce: { deploy: { steps: [step] } } },
              },
            ],
          });
        }
      }
      for (const pipeline of cases) {
        const [doc] = documentsOf(JSON.stringify(pipeline), 'azure-pipelines.yml');
        const result = azurePipelines.toPlans(doc as SourceDocument);
        for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
      }
    }
  });
});
