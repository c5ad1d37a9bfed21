import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { awsEcs } from '../../src/formats/aws-ecs.js';
import type { AdapterResult, SourceDocument } from '../../src/formats/types.js';
import { documentsOf } from '../helpers.js';
import { adapterHarness, onlyPlan } from '../support/adapter-harness.js';

const { fixture: resultOf, inline: readText } = adapterHarness(awsEcs, 'manifests/aws/ecs');
const planOf = onlyPlan;

/** A service definition whose deploymentConfiguration is the given object. */
function inline(deploymentConfiguration: unknown): AdapterResult {
  return readText(JSON.stringify({ serviceName: 'svc', deploymentConfiguration }, null, 2), 'service.json');
}

const weights = (plan: RolloutPlan) => plan.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan) => plan.stages.map((stage) => stage.hold);

describe('awsEcs.detect', () => {
  it('claims an ecspresso-style definition that names neither service nor task definition', () => {
    const [doc] = documentsOf('{"desiredCount": 1, "deploymentConfiguration": {}}');
    expect(doc && awsEcs.detect(doc)).toBe(true);
  });

  it.each([
    ['a task definition', '{"family": "web", "containerDefinitions": [], "taskDefinition": "x"}'],
    ['a Kubernetes Deployment', 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n'],
    ['a CloudFormation template', '{"Resources": {}, "serviceName": "a", "deploymentConfiguration": {}}'],
    ['a service without deployment settings', '{"serviceName": "web", "desiredCount": 2}'],
    ['a list', '[{"serviceName": "web", "deploymentConfiguration": {}}]'],
  ])('leaves %s alone', (_name, text) => {
    const [doc] = documentsOf(text);
    expect(doc && awsEcs.detect(doc)).toBe(false);
  });
});

describe('awsEcs rolling updates', () => {
  it('reads a rolling service whose circuit breaker and alarms roll back', () => {
    const result = resultOf('service-def.json');
    expect(result.diagnostics).toEqual([]);
    const plan = planOf(result);
    expect(plan.id).toBe('aws-ecs:AWS::ECS::Service:/orders');
    expect(plan.format).toBe('aws-ecs');
    expect(plan.line).toBe(3);
    expect(plan.target).toEqual({ kind: 'AWS::ECS::Service', name: 'orders' });
    expect(plan.strategy).toBe('rolling');
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 10 }]);
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'orders-5xx', line: 18, effective: true },
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: [
        'the deployment circuit breaker rolls back a deployment whose tasks keep failing',
        'CloudWatch alarms roll back the deployment',
      ],
      line: 13,
    });
    expect(plan.notes).toEqual([]);
  });

  it('reads a circuit breaker switched off as no rollback, and names the plan after its file', () => {
    const result = resultOf('circuit-breaker-off.json');
    expect(result.diagnostics).toEqual([]);
    const plan = planOf(result);
    expect(plan.id).toBe('aws-ecs:AWS::ECS::Service:manifests/aws/ecs/circuit-breaker-off.json#0');
    expect(plan.target.name).toBe('manifests/aws/ecs/circuit-breaker-off.json');
    expect(plan.strategy).toBe('rolling');
    expect(plan.rollback).toEqual({
      automatic: false,
      how: [
        'no circuit breaker with rollback, alarm rollback or lifecycle hook: nothing rolls the deployment back',
      ],
    });
  });

  it('does not count alarms that are not enabled', () => {
    const plan = planOf(inline({ alarms: { alarmNames: ['a'], enable: false, rollback: true } }));
    expect(plan.backgroundGates).toEqual([expect.objectContaining({ name: 'a', effective: false })]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toEqual([
      'deployment alarms are not enabled (Enable is not true): ECS does not watch them',
    ]);
  });

  it('reports string booleans, which the ECS API rejects, and reads them as off', () => {
    const result = inline({ deploymentCircuitBreaker: { enable: 'true', rollback: true } });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['MANIFEST_FIELD_INVALID', 5]]);
    expect(planOf(result).rollback.automatic).toBe(false);
  });
});

describe('awsEcs native strategies', () => {
  it('reads LINEAR steps, the bake time after the shift, alarms and a hook during the shift', () => {
    const result = resultOf('linear-strategy.json');
    expect(result.diagnostics).toEqual([]);
    const plan = planOf(result);
    expect(plan.strategy).toBe('linear');
    expect(weights(plan)).toEqual([20, 40, 60, 80, 100]);
    expect(holds(plan)).toEqual([120, 120, 120, 120, 600]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'webhook', name: 'catalog-shift-check', line: 17, effective: true },
    ]);
    expect(plan.stages.map((stage) => stage.line)).toEqual([8, 8, 8, 8, 5]);
    expect(plan.rollback.how).toEqual([
      'CloudWatch alarms roll back the deployment',
      'a failing lifecycle hook rolls back the deployment',
    ]);
  });

  it('uses the API defaults for CANARY (5% for 10 minutes) and LINEAR (10% every 6 minutes)', () => {
    const canary = planOf(inline({ strategy: 'CANARY' }));
    expect(canary.strategy).toBe('canary');
    expect(weights(canary)).toEqual([5, 100]);
    expect(holds(canary)).toEqual([600, 0]);
    const linear = planOf(inline({ strategy: 'LINEAR' }));
    expect(weights(linear)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(holds(linear)[0]).toBe(360);
  });

  it('reads BLUE_GREEN as a switch with the bake time held after it, and test-traffic hooks before it', () => {
    const plan = planOf(
      inline({
        strategy: 'BLUE_GREEN',
        bakeTimeInMinutes: 15,
        lifecycleHooks: [
          {
            hookTargetArn: 'arn:aws:lambda:us-east-1:1:function:tests',
            lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT', 'WHENEVER'],
          },
        ],
      }),
    );
    expect(plan.strategy).toBe('blue-green');
    expect(weights(plan)).toEqual([0, 100]);
    expect(holds(plan)).toEqual([0, 900]);
    expect(plan.stages[0]?.gates.map((gate) => gate.name)).toEqual(['tests']);
    expect(plan.notes).toContain(
      'lifecycle hook tests runs at a string, a stage rollout-guard does not know',
    );
  });

  it('reports a canary percentage out of range and uses the default', () => {
    const result = inline({ strategy: 'CANARY', canaryConfiguration: { canaryPercent: 150 } });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['MANIFEST_FIELD_INVALID']);
    expect(weights(planOf(result))).toEqual([5, 100]);
  });
});

describe('awsEcs other deployment controllers', () => {
  it('reads CODE_DEPLOY as all at once and says the service settings are ignored', () => {
    const result = resultOf('code-deploy-controller.json');
    expect(result.diagnostics).toEqual([]);
    const plan = planOf(result);
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 5 }]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toEqual([
      'deploymentController CODE_DEPLOY: traffic shifting is set by the CodeDeploy deployment group, which this file does not show; read as all at once',
      'deploymentConfiguration.deploymentCircuitBreaker is ignored: it only applies to the ECS deployment controller',
    ]);
  });

  it('reads EXTERNAL as all at once', () => {
    const [doc] = documentsOf('{"serviceName": "x", "deploymentController": {"type": "EXTERNAL"}}');
    const plan = planOf(awsEcs.toPlans(doc as SourceDocument));
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.notes[0]).toMatch(/^deploymentController EXTERNAL: an external controller/);
  });
});

describe('awsEcs robustness', () => {
  it('never throws on any deployment configuration, and every plan ends at 100%', () => {
    const key = fc.constantFrom(
      'strategy',
      'bakeTimeInMinutes',
      'canaryConfiguration',
      'linearConfiguration',
      'lifecycleHooks',
      'alarms',
      'deploymentCircuitBreaker',
      'canaryPercent',
      'stepPercent',
      'lifecycleStages',
      'hookTargetArn',
      'alarmNames',
      'enable',
      'rollback',
      '__proto__',
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom<unknown>(
          null,
          true,
          false,
          0,
          -1,
          150,
          2.5,
          'CANARY',
          'LINEAR',
          'BLUE_GREEN',
          'PRE_SCALE_UP',
          '',
        ),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        value,
        fc.constantFrom<unknown>(undefined, 'ECS', 'CODE_DEPLOY', 7),
        (configuration, controller) => {
          const service = {
            serviceName: 'svc',
            deploymentConfiguration: configuration,
            ...(controller !== undefined ? { deploymentController: { type: controller } } : {}),
          };
          const [doc] = documentsOf(JSON.stringify(service, null, 1));
          const result = awsEcs.toPlans(doc as SourceDocument);
          for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
        },
      ),
      { numRuns: 300 },
    );
  });
});
