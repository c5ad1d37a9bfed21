import { describe, expect, it } from 'vitest';
import { awsCodeDeploy } from '../../src/formats/aws-codedeploy.js';
import type { SourceDocument } from '../../src/formats/types.js';
import { documentsOf } from '../helpers.js';
import { adapterHarness, onlyPlan } from '../support/adapter-harness.js';

const { fixture: resultOf, inline } = adapterHarness(awsCodeDeploy, 'manifests/aws/appspec', {
  inlineFile: 'appspec.yml',
});
const planOf = onlyPlan;

const TRAFFIC_NOTE =
  'traffic shifting is set by the CodeDeploy deployment group, which this file does not show';
const ECS_TARGET = 'Resources:\n  - TargetService:\n      Type: AWS::ECS::Service\n';

describe('awsCodeDeploy.detect', () => {
  it.each([
    ['an ECS AppSpec', `version: 0.0\n${ECS_TARGET}`],
    ['a JSON AppSpec with a quoted version', '{"version": "0.0", "Hooks": []}'],
    ['an EC2 AppSpec', 'version: 0.0\nos: linux\nfiles: []\n'],
  ])('claims %s', (_name, text) => {
    const [doc] = documentsOf(text);
    expect(doc && awsCodeDeploy.detect(doc)).toBe(true);
  });

  it.each([
    ['another version', `version: 1\n${ECS_TARGET}`],
    ['a compose file', 'version: "3.8"\nservices: {}\n'],
    ['a version alone', 'version: 0.0\n'],
  ])('leaves %s alone', (_name, text) => {
    const [doc] = documentsOf(text);
    expect(doc && awsCodeDeploy.detect(doc)).toBe(false);
  });
});

describe('awsCodeDeploy ECS and Lambda AppSpecs', () => {
  it('turns the test hooks into gates before traffic and AfterAllowTraffic into a gate at 100%', () => {
    const result = resultOf('ecs-hooks.yaml');
    expect(result.diagnostics).toEqual([]);
    const plan = planOf(result);
    expect(plan.id).toBe('aws-codedeploy:AppSpec:manifests/aws/appspec/ecs-hooks.yaml#0');
    expect(plan.format).toBe('aws-codedeploy');
    expect(plan.line).toBe(1);
    expect(plan.target).toEqual({ kind: 'AppSpec', name: 'web' });
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.stages).toEqual([
      {
        weight: 0,
        hold: 0,
        gates: [
          { kind: 'webhook', name: 'web-before-install', line: 11, effective: true },
          { kind: 'webhook', name: 'web-integration-tests', line: 12, effective: true },
          { kind: 'webhook', name: 'web-smoke-tests', line: 13, effective: true },
        ],
        line: 11,
      },
      {
        weight: 100,
        hold: 0,
        gates: [{ kind: 'webhook', name: 'web-post-traffic-checks', line: 14, effective: true }],
        line: 2,
      },
    ]);
    expect(plan.rollback).toEqual({
      automatic: false,
      how: [
        'the CodeDeploy deployment group, which this file does not show, decides whether a failure rolls back',
      ],
    });
    expect(plan.notes).toEqual([TRAFFIC_NOTE]);
  });

  it('reads a JSON Lambda AppSpec, named after its function', () => {
    const plan = planOf(resultOf('lambda-hooks.json'));
    expect(plan.target).toEqual({ kind: 'AppSpec', name: 'checkout' });
    expect(plan.stages.map((stage) => [stage.weight, stage.gates.map((gate) => gate.name)])).toEqual([
      [0, ['checkout-pre-traffic']],
      [100, ['checkout-post-traffic']],
    ]);
  });

  it('recognises an EC2 AppSpec but makes no plan of it', () => {
    expect(resultOf('ec2.yaml')).toEqual({ plans: [], diagnostics: [] });
  });

  it('counts a hook that names no function as a gate that checks nothing', () => {
    const plan = planOf(inline(`version: 0.0\n${ECS_TARGET}Hooks:\n  - AfterAllowTestTraffic: " "\n`));
    expect(plan.stages[0]?.gates).toEqual([{ kind: 'webhook', line: 6, effective: false }]);
    expect(plan.notes).toEqual([
      TRAFFIC_NOTE,
      'hook AfterAllowTestTraffic names no function (a placeholder?): it cannot check anything',
    ]);
    expect(plan.target.name).toBe('appspec.yml');
  });

  it('notes a hook the platform does not have and an AppSpec without hooks', () => {
    const lambda = 'Resources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties: {Name: f}\n';
    const plan = planOf(inline(`version: 0.0\n${lambda}Hooks:\n  - AfterInstall: check\n`));
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 2 }]);
    expect(plan.notes).toContain(
      'hook AfterInstall is not a Lambda AppSpec lifecycle event; CodeDeploy rejects it',
    );
    expect(planOf(inline(`version: 0.0\n${ECS_TARGET}`)).notes).toContain(
      'no Hooks: nothing tests the new version before or after traffic reaches it',
    );
  });

  it('reports Resources that are not a list of targets', () => {
    const result = inline('version: 0.0\nResources:\n  TargetService: {}\nHooks: nope\n');
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['MANIFEST_FIELD_INVALID', 2],
      ['MANIFEST_FIELD_INVALID', 4],
    ]);
    expect(planOf(result).stages.map((stage) => stage.weight)).toEqual([100]);
  });

  it('never throws on garbage in Resources or Hooks', () => {
    const garbage: unknown[] = [null, 'x', 3, [], {}, [null], [{}], [{ a: 1, b: 2 }], [[1]], { Ref: 'x' }];
    for (const resources of garbage) {
      for (const hooks of garbage) {
        const [doc] = documentsOf(JSON.stringify({ version: 0, Resources: resources, Hooks: hooks }));
        const result = awsCodeDeploy.toPlans(doc as SourceDocument);
        for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
      }
    }
  });
});
