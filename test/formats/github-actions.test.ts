import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { githubActions } from '../../src/formats/github-actions.js';
import type { AdapterResult, SourceDocument } from '../../src/formats/types.js';
import { documentsOf, fixtureDocuments } from '../helpers.js';

const WORKFLOWS = 'manifests/github-actions/.github/workflows/';

function resultOf(fixture: string): AdapterResult {
  const [doc] = fixtureDocuments(`${WORKFLOWS}${fixture}`);
  if (!doc) throw new Error(`${fixture} has no document`);
  expect(githubActions.detect(doc)).toBe(true);
  const result = githubActions.toPlans(doc);
  expect(result.diagnostics).toEqual([]);
  return result;
}

function inline(yaml: string, file = '.github/workflows/deploy.yml'): AdapterResult {
  const [doc] = documentsOf(yaml, file);
  return githubActions.toPlans(doc as SourceDocument);
}

const weights = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan | undefined) => plan?.stages.map((stage) => stage.hold);
const REVIEWERS = (name: string) =>
  `required reviewers on environment ${name} are repository settings, not visible in the workflow`;

/** The Azure-Samples shape: canary job, an approval job on an environment, then promote/reject. */
const APPROVAL_BETWEEN = [
  'on: push',
  'jobs:',
  '  deployapp:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - name: Deploy app',
  '        uses: azure/k8s-deploy@v1.3',
  '        with: {strategy: canary, traffic-split-method: pod, action: deploy, percentage: 20}',
  '  approveapp:',
  '    runs-on: ubuntu-latest',
  '    needs: deployapp',
  '    environment: akspromotion',
  '    steps:',
  '      - run: echo asked for approval',
  '  promotereject:',
  '    runs-on: ubuntu-latest',
  '    needs: approveapp',
  '    steps:',
  '      - name: Promote App',
  '        uses: azure/k8s-deploy@v1.3',
  '        if: ${{ success() }}',
  '        with: {strategy: canary, action: promote}',
  '      - name: Reject App',
  '        uses: azure/k8s-deploy@v1.3',
  '        if: ${{ failure() }}',
  '        with: {strategy: canary, action: reject}',
].join('\n');

describe('githubActions.detect', () => {
  it('claims workflows under .github/workflows/, with or without environments', () => {
    for (const fixture of ['canary.yml', 'deploy-plain.yml', 'ci-only.yml']) {
      const [doc] = fixtureDocuments(`${WORKFLOWS}${fixture}`);
      expect(doc && githubActions.detect(doc)).toBe(true);
    }
  });

  it.each([
    ['the same workflow elsewhere', 'on: push\njobs:\n  a: {environment: prod}\n', 'deploy/workflow.yml'],
    ['a workflow without on', 'jobs:\n  a: {environment: prod}\n', '.github/workflows/a.yml'],
    ['an Azure pipeline (jobs is a list)', 'on: push\njobs:\n- deployment: D\n', '.github/workflows/a.yml'],
    ['an action definition', 'name: x\nruns: {using: node20}\n', '.github/workflows/action.yml'],
  ])('leaves %s alone', (_name, text, file) => {
    const [doc] = documentsOf(text, file);
    expect(doc && githubActions.detect(doc)).toBe(false);
  });

  it('accepts Windows separators in the path', () => {
    const [doc] = documentsOf(
      'on: push\njobs:\n  a: {environment: prod}\n',
      'repo\\.github\\workflows\\a.yml',
    );
    expect(doc && githubActions.detect(doc)).toBe(true);
  });
});

describe('github-actions azure/k8s-deploy canary', () => {
  it('makes one canary plan from the canary job, the checks after it and the promote job', () => {
    const { plans } = resultOf('canary.yml');
    expect(plans).toHaveLength(1);
    const plan = plans[0] as RolloutPlan;
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([10, 100]);
    expect(holds(plan)).toEqual([300, 0]); // sleep 300 in the verify job
    expect(plan.stages.map((stage) => stage.line)).toEqual([21, 38]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'webhook', name: 'Smoke test the canary', line: 28, effective: true },
    ]);
    expect(plan.target).toEqual({ kind: 'Environment', name: 'production' });
    expect(plan.id).toBe(
      'github-actions:Job:/manifests/github-actions/.github/workflows/canary.yml#deploy-canary',
    );
    expect(plan.line).toBe(8);
  });

  it('counts no approval gate for the environment, and says why', () => {
    const plan = resultOf('canary.yml').plans[0];
    expect(plan?.stages.flatMap((stage) => stage.gates).map((gate) => gate.kind)).not.toContain('approval');
    expect(plan?.notes).toEqual([REVIEWERS('production')]);
  });

  it('reads a failure()-conditioned job that rejects the canary as an automatic rollback', () => {
    const plan = resultOf('canary.yml').plans[0];
    expect(plan?.rollback).toEqual({
      automatic: true,
      how: ['job reject runs Reject canary when a job it needs fails (if: ${{ failure() }})'],
      line: 47,
    });
  });

  it('does not count a reject step that a denied approval skips (the Azure-Samples shape)', () => {
    const { plans, diagnostics } = inline(APPROVAL_BETWEEN);
    expect(diagnostics).toEqual([]);
    expect(plans).toHaveLength(1);
    const plan = plans[0] as RolloutPlan;
    expect(weights(plan)).toEqual([20, 100]);
    expect(holds(plan)).toEqual([0, 0]);
    expect(plan.target).toEqual({ kind: 'Environment', name: 'akspromotion' });
    expect(plan.rollback).toEqual({
      automatic: false,
      how: [
        'step Reject App of job promotereject (if: ${{ failure() }}) runs when a step before it in that job fails; job promotereject needs approveapp, so a denied approval on environment akspromotion skips it and nothing rejects the canary',
      ],
    });
    expect(plan.notes).toContain(REVIEWERS('akspromotion'));
    expect(plan.notes).toContain(
      'job deployapp that deploys the canary has no environment; the plan is named after environment akspromotion of job approveapp',
    );
    expect(plan.notes).toContain(
      'the canary share is a share of pods (traffic-split-method pod): traffic follows replica counts',
    );
  });

  it('holds for a person with a manual-approval action', () => {
    const plan = inline(
      [
        'on: push',
        'jobs:',
        '  canary:',
        '    environment: prod',
        '    steps:',
        '      - uses: azure/k8s-deploy@v5',
        '        with: {strategy: canary, percentage: "5"}',
        '      - uses: trstringer/manual-approval@v1',
        '        with: {approvers: release-team}',
        '      - uses: azure/k8s-deploy@v5',
        '        with: {strategy: canary, action: promote}',
      ].join('\n'),
    ).plans[0];
    expect(weights(plan)).toEqual([5, 100]);
    expect(holds(plan)).toEqual(['manual', 0]);
    expect(plan?.stages[0]?.gates).toEqual([
      { kind: 'approval', name: 'trstringer/manual-approval@v1', line: 8, effective: true },
    ]);
  });
});

describe('github-actions jobs with an environment and no canary', () => {
  it('reads each environment job as all-at-once, at the line of its environment', () => {
    const { plans } = resultOf('deploy-plain.yml');
    expect(
      plans.map((plan) => [plan.target.name, plan.strategy, weights(plan), plan.stages[0]?.line]),
    ).toEqual([
      ['staging', 'all-at-once', [100], 9],
      ['production', 'all-at-once', [100], 17],
    ]);
    expect(plans[1]?.notes).toContain(REVIEWERS('production'));
  });

  it('reads a failure() step that rolls back in the same job as an automatic rollback', () => {
    const [staging, production] = resultOf('deploy-plain.yml').plans;
    expect(production?.rollback).toEqual({
      automatic: true,
      how: ['step Roll back of job production (if: failure()) runs when a step before it in that job fails'],
      line: 23,
    });
    expect(staging?.rollback).toEqual({ automatic: false, how: ['no step or job rolls back on failure'] });
  });

  it('yields no plan for a workflow without environments', () => {
    expect(resultOf('ci-only.yml').plans).toEqual([]);
  });

  it('does not read a negated failure() as running on failure', () => {
    const plan = inline(
      [
        'on: push',
        'jobs:',
        '  deploy:',
        '    environment: prod',
        '    steps:',
        '      - run: ./deploy.sh',
        '      - name: Roll back',
        '        if: ${{ !failure() }}',
        '        run: ./rollback.sh',
      ].join('\n'),
    ).plans[0];
    expect(plan?.rollback.automatic).toBe(false);
  });
});

describe('github-actions odd input', () => {
  it('reports wrong types with their lines and carries on', () => {
    const result = inline(
      [
        'on: push',
        'jobs:',
        '  a: 7',
        '  b:',
        '    environment: {url: https://example.com}',
        '    needs: {x: 1}',
        '  c:',
        '    environment: prod',
        '    steps: run',
        '  d:',
        '    environment: prod',
        '    steps:',
        '      - uses: azure/k8s-deploy@v5',
        '        with: {strategy: canary, percentage: lots}',
      ].join('\n'),
    );
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['MANIFEST_FIELD_INVALID', 3],
      ['MANIFEST_FIELD_INVALID', 6],
      ['MANIFEST_FIELD_INVALID', 5],
      ['MANIFEST_FIELD_INVALID', 9],
      ['MANIFEST_FIELD_INVALID', 14],
    ]);
    expect(result.plans.map((plan) => [plan.target.name, plan.strategy])).toEqual([
      ['prod', 'all-at-once'],
      ['prod', 'canary'],
    ]);
    expect(result.plans[1]?.stages[0]?.segment).toBe('canary (percentage unreadable)');
  });

  it('never throws on garbage anywhere, and every plan ends at 100%', () => {
    const garbage: unknown[] = [null, 'x', '${{ x }}', 7, -1, 1.5, true, [], {}, [null], { name: 3 }];
    const jobKeys = ['environment', 'needs', 'if', 'steps', 'strategy', 'uses'];
    const stepKeys = ['uses', 'with', 'if', 'run', 'name', 'continue-on-error'];
    const withKeys = ['strategy', 'action', 'percentage', 'traffic-split-method'];
    for (const value of garbage) {
      const cases: unknown[] = [
        { on: 'push', jobs: { a: value } },
        { on: value, jobs: { a: { environment: value } } },
      ];
      for (const key of jobKeys) cases.push({ on: 'push', jobs: { a: { environment: 'e', [key]: value } } });
      for (const key of stepKeys) {
        const canary = {
          uses: 'azure/k8s-deploy@v5',
          with: { strategy: 'canary', percentage: 10 },
          [key]: value,
        };
        cases.push({
          on: 'push',
          jobs: { a: { environment: 'e', steps: [canary, value] }, b: { needs: value, steps: [canary] } },
        });
      }
      for (const key of withKeys) {
        const step = {
          uses: 'azure/k8s-deploy@v5',
          with: { strategy: 'canary', percentage: 10, [key]: value },
        };
        cases.push({
          on: 'push',
          jobs: { a: { steps: [step] }, b: { needs: 'a', if: value, steps: [step] } },
        });
      }
      for (const workflow of cases) {
        const [doc] = documentsOf(JSON.stringify(workflow), '.github/workflows/x.yml');
        const result = githubActions.toPlans(doc as SourceDocument);
        for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
      }
    }
  });
});
