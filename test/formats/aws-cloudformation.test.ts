import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { awsCloudFormation } from '../../src/formats/aws-cloudformation.js';
import type { SourceDocument } from '../../src/formats/types.js';
import { documentsOf } from '../helpers.js';
import { adapterHarness, planNamed } from '../support/adapter-harness.js';

const { fixture: resultOf, inline } = adapterHarness(awsCloudFormation, 'manifests/aws/cfn', {
  inlineFile: 'template.yaml',
});

/** A template holding one resource of `type` whose Properties are the given YAML. */
function resource(type: string, properties: string, extra = ''): string {
  return [
    'AWSTemplateFormatVersion: "2010-09-09"',
    extra,
    'Resources:',
    '  Subject:',
    `    Type: ${type}`,
    '    Properties:',
    ...properties.split('\n').map((line) => `      ${line}`),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

const weights = (plan: RolloutPlan) => plan.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan) => plan.stages.map((stage) => stage.hold);

describe('awsCloudFormation.detect', () => {
  it.each([
    ['a deployment group', 'Resources:\n  G:\n    Type: AWS::CodeDeploy::DeploymentGroup\n'],
    ['a deployment config alone', 'Resources:\n  C:\n    Type: AWS::CodeDeploy::DeploymentConfig\n'],
    ['an ECS service', 'Resources:\n  S:\n    Type: AWS::ECS::Service\n'],
    ['a custom deployment group', 'Resources:\n  G:\n    Type: Custom::MyDeploymentGroup\n'],
    [
      'a custom resource passing deploymentConfigName',
      'Resources:\n  G:\n    Type: Custom::Deployer\n    Properties:\n      deploymentConfigName: x\n',
    ],
  ])('claims a template with %s', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    expect(doc && awsCloudFormation.detect(doc)).toBe(true);
  });

  it.each([
    [
      'a SAM template (aws-sam reads it)',
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  S:\n    Type: AWS::ECS::Service\n',
    ],
    ['a template without deploy resources', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n'],
    ['a custom resource unrelated to deployments', 'Resources:\n  T:\n    Type: Custom::TaskDefinition\n'],
    ['an AppSpec', 'version: 0.0\nResources:\n  - TargetService: {Type: AWS::ECS::Service}\n'],
    ['an ECS service definition', '{"serviceName": "a", "deploymentConfiguration": {}}'],
  ])('leaves %s alone', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    expect(doc && awsCloudFormation.detect(doc)).toBe(false);
  });

  it('makes no plan of a deployment config on its own', () => {
    const result = inline(
      resource('AWS::CodeDeploy::DeploymentConfig', 'TrafficRoutingConfig:\n  Type: AllAtOnce'),
    );
    expect(result).toEqual({ plans: [], diagnostics: [] });
  });
});

describe('awsCloudFormation deployment groups', () => {
  it('reads a CodeDeploy canary with alarms, automatic rollback and a manual go-ahead', () => {
    const result = resultOf('deployment-group-auto-rollback.yaml');
    expect(result.diagnostics).toEqual([]);
    const plan = planNamed(result, 'WebDeploymentGroup');
    expect(plan.id).toBe('aws-cloudformation:AWS::CodeDeploy::DeploymentGroup:/WebDeploymentGroup');
    expect(plan.format).toBe('aws-cloudformation');
    expect(plan.line).toBe(21);
    expect(plan.strategy).toBe('canary');
    expect(plan.stages).toEqual([
      {
        weight: 0,
        hold: 'manual',
        gates: [{ kind: 'approval', name: 'DeploymentReadyOption', line: 31, effective: true }],
        line: 31,
      },
      { weight: 10, hold: 900, gates: [], line: 25 },
      { weight: 100, hold: 0, gates: [], line: 25 },
    ]);
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'Web5xxAlarm', line: 42, effective: true },
      { kind: 'metric-check', name: 'web-p99-latency', line: 43, effective: true },
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['a failed deployment rolls back', 'an alarm stops and rolls back the deployment'],
      line: 44,
    });
    expect(plan.delivers).toEqual({ kind: 'AWS::ECS::Service', name: 'WebService' });
    expect(plan.notes).toEqual([
      'DeploymentStyle BLUE_GREEN: the new version is started beside the old one, then traffic moves to it',
      'CodeDeploy waits for someone to continue the deployment before traffic moves (ActionOnTimeout: STOP_DEPLOYMENT)',
    ]);
  });

  it('shows a CODE_DEPLOY service with the rollout of the group that names it, delivered by that group', () => {
    const result = resultOf('deployment-group-auto-rollback.yaml');
    const group = planNamed(result, 'WebDeploymentGroup');
    const service = planNamed(result, 'WebService');
    expect(service.id).toBe('aws-cloudformation:AWS::ECS::Service:/WebService');
    expect(service.deliveredBy).toBe(group.id);
    expect(service.strategy).toBe('canary');
    expect(service.stages).toEqual(group.stages);
    expect(service.stages).not.toBe(group.stages);
    expect(service.rollback).toEqual(group.rollback);
    expect(service.notes).toEqual([
      'DeploymentController CODE_DEPLOY: deployment group WebDeploymentGroup of this template shifts the traffic',
    ]);
  });

  it('judges a conditional DeploymentConfigName by its weakest config, and honours Enabled: false', () => {
    const result = resultOf('deployment-group-without-rollback.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.plans).toHaveLength(1);
    const plan = planNamed(result, 'ApiDeploymentGroup');
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([10, 100]);
    expect(holds(plan)).toEqual([300, 0]);
    expect(plan.rollback).toEqual({
      automatic: false,
      how: ['AutoRollbackConfiguration is not enabled: CodeDeploy does not roll back on its own'],
    });
    expect(plan.notes[0]).toBe(
      'DeploymentConfigName depends on condition Slow: FifthEveryFiveMinutes or CodeDeployDefault.LambdaCanary10Percent5Minutes; judged as the weakest, CodeDeployDefault.LambdaCanary10Percent5Minutes',
    );
  });

  it('reads a DeploymentConfig of the template, with the lines of its keys', () => {
    const result = inline(
      [
        'Resources:',
        '  Thirds:',
        '    Type: AWS::CodeDeploy::DeploymentConfig',
        '    Properties:',
        '      TrafficRoutingConfig:',
        '        Type: TimeBasedLinear',
        '        TimeBasedLinear:',
        '          LinearPercentage: 30',
        '          LinearInterval: 4',
        '  Group:',
        '    Type: AWS::CodeDeploy::DeploymentGroup',
        '    Properties:',
        '      DeploymentConfigName: !Ref Thirds',
      ].join('\n'),
    );
    const plan = planNamed(result, 'Group');
    expect(plan.strategy).toBe('linear');
    expect(weights(plan)).toEqual([30, 60, 90, 100]);
    expect(holds(plan)).toEqual([240, 240, 240, 0]);
    expect(plan.stages.map((stage) => stage.line)).toEqual([8, 8, 8, 5]);
  });

  it('uses CodeDeploy’s default config when the group names none', () => {
    const plan = planNamed(
      inline(
        resource(
          'AWS::CodeDeploy::DeploymentGroup',
          'ECSServices:\n  - ServiceName: web\n    ClusterName: c',
        ),
      ),
      'Subject',
    );
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.notes).toContain('no DeploymentConfigName: CodeDeploy uses CodeDeployDefault.ECSAllAtOnce');
    expect(plan.delivers).toEqual({ kind: 'AWS::ECS::Service', name: 'web' });
  });

  it('reads in-place server configs as rolling', () => {
    const plan = planNamed(
      inline(
        resource('AWS::CodeDeploy::DeploymentGroup', 'DeploymentConfigName: CodeDeployDefault.OneAtATime'),
      ),
      'Subject',
    );
    expect(plan.strategy).toBe('rolling');
    expect(plan.notes).toContain('CodeDeployDefault.OneAtATime deploys to one instance at a time');
  });

  it('does not count alarms that are not enabled, nor a stop-on-alarm rollback without them', () => {
    const plan = planNamed(
      inline(
        resource(
          'AWS::CodeDeploy::DeploymentGroup',
          [
            'DeploymentConfigName: CodeDeployDefault.LambdaCanary10Percent10Minutes',
            'AlarmConfiguration:',
            '  Alarms:',
            '    - Name: errors',
            'AutoRollbackConfiguration:',
            '  Enabled: true',
            '  Events: [DEPLOYMENT_STOP_ON_ALARM]',
          ].join('\n'),
        ),
      ),
      'Subject',
    );
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'errors', line: 9, effective: false },
    ]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toEqual([
      'AlarmConfiguration is not enabled (Enabled is not true): CodeDeploy ignores its alarms',
      'DEPLOYMENT_STOP_ON_ALARM never fires: the group has no enabled alarms',
    ]);
  });

  it('says when no AutoRollbackConfiguration is given', () => {
    const plan = planNamed(
      inline(
        resource('AWS::CodeDeploy::DeploymentGroup', 'DeploymentConfigName: CodeDeployDefault.ECSAllAtOnce'),
      ),
      'Subject',
    );
    expect(plan.rollback).toEqual({
      automatic: false,
      how: ['no AutoRollbackConfiguration: CodeDeploy does not roll back on its own'],
    });
  });

  it('reports a DeploymentConfig with an unusable percentage and reads it as all at once', () => {
    const result = inline(
      [
        'Resources:',
        '  Bad:',
        '    Type: AWS::CodeDeploy::DeploymentConfig',
        '    Properties:',
        '      TrafficRoutingConfig:',
        '        Type: TimeBasedCanary',
        '        TimeBasedCanary:',
        '          CanaryPercentage: "ten"',
        '          CanaryInterval: 5',
        '  Group:',
        '    Type: AWS::CodeDeploy::DeploymentGroup',
        '    Properties:',
        '      DeploymentConfigName: !Ref Bad',
      ].join('\n'),
    );
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['MANIFEST_FIELD_INVALID', 8]]);
    const plan = planNamed(result, 'Group');
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.notes).toContain(
      'deployment config Bad: TimeBasedCanary has no plain CanaryPercentage and CanaryInterval; read as all at once',
    );
  });
});

describe('awsCloudFormation ECS services', () => {
  it('reads a rolling service whose circuit breaker and alarms roll back', () => {
    const result = resultOf('ecs-circuit-breaker.yaml');
    expect(result.diagnostics).toEqual([]);
    const plan = planNamed(result, 'ApiService');
    expect(plan.strategy).toBe('rolling');
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 11 }]);
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'api-5xx', line: 19, effective: true },
      { kind: 'metric-check', name: 'api-latency', line: 20, effective: true },
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: [
        'the deployment circuit breaker rolls back a deployment whose tasks keep failing',
        'CloudWatch alarms roll back the deployment',
      ],
      line: 14,
    });
  });

  it('does not count a circuit breaker with Rollback: false', () => {
    const plan = planNamed(resultOf('ecs-circuit-breaker.yaml'), 'WorkerService');
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toEqual([
      'the deployment circuit breaker stops a failing deployment but does not roll it back (Rollback is not true)',
    ]);
  });

  it('reads the native CANARY strategy with its bake times and lifecycle hooks', () => {
    const result = resultOf('ecs-canary-strategy.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.plans).toHaveLength(1);
    const plan = planNamed(result, 'CheckoutService');
    expect(plan.strategy).toBe('canary');
    expect(plan.stages).toEqual([
      {
        weight: 0,
        hold: 0,
        gates: [{ kind: 'webhook', name: 'checkout-smoke', line: 19, effective: true }],
        line: 19,
      },
      { weight: 10, hold: 900, gates: [], line: 16 },
      {
        weight: 100,
        hold: 300,
        gates: [{ kind: 'webhook', name: 'CheckoutVerify', line: 23, effective: true }],
        line: 13,
      },
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['a failing lifecycle hook rolls back the deployment'],
      line: 18,
    });
    expect(plan.notes).toEqual([
      'after all traffic has shifted, ECS keeps the previous revision running for 5 minutes (bake time) so that a rollback is immediate',
    ]);
  });

  it('reads the native LINEAR strategy', () => {
    const plan = planNamed(resultOf('ecs-linear-strategy.yaml'), 'SearchService');
    expect(plan.strategy).toBe('linear');
    expect(weights(plan)).toEqual([25, 50, 75, 100]);
    expect(holds(plan)).toEqual([180, 180, 180, 0]);
    expect(plan.stages.map((stage) => stage.line)).toEqual([13, 13, 13, 11]);
    expect(plan.rollback.automatic).toBe(false);
  });

  it('reads a CODE_DEPLOY service without a group in the template as all at once', () => {
    const plan = planNamed(
      inline(resource('AWS::ECS::Service', 'DeploymentController:\n  Type: CODE_DEPLOY')),
      'Subject',
    );
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 7 }]);
    expect(plan.deliveredBy).toBeUndefined();
    expect(plan.notes).toEqual([
      'DeploymentController CODE_DEPLOY: traffic shifting is set by the CodeDeploy deployment group, which this file does not show; read as all at once',
    ]);
  });

  it('reads a circuit breaker switched on through a condition as off, its weakest value', () => {
    const plan = planNamed(
      inline(
        resource(
          'AWS::ECS::Service',
          'DeploymentConfiguration:\n  DeploymentCircuitBreaker:\n    Enable: !If [Prod, true, false]\n    Rollback: "true"',
        ),
      ),
      'Subject',
    );
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toEqual([
      'Resources.Subject.Properties.DeploymentConfiguration.DeploymentCircuitBreaker.Enable depends on condition Prod; read as false',
      'the deployment circuit breaker is not enabled: its Rollback has no effect',
    ]);
  });

  it('reports a strategy ECS does not know and reads it as rolling', () => {
    const result = inline(resource('AWS::ECS::Service', 'DeploymentConfiguration:\n  Strategy: FAST'));
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['MANIFEST_FIELD_INVALID', 7]]);
    expect(planNamed(result, 'Subject').strategy).toBe('rolling');
  });
});

describe('awsCloudFormation custom resources', () => {
  it('reads a custom deployment group as all at once: its settings are invisible', () => {
    const result = resultOf('custom-resource.yaml');
    expect(result.diagnostics).toEqual([]);
    const plan = planNamed(result, 'BlueGreenDeployer');
    expect(plan.id).toBe('aws-cloudformation:Custom::BlueGreenDeployer:/BlueGreenDeployer');
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 10 }]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toEqual([
      'Custom::BlueGreenDeployer creates the deployment group through a custom resource: its deployment config, alarms and rollback settings are invisible to static analysis; read as all at once',
      'it passes DeploymentConfigName from parameter DeploymentConfig (default CodeDeployDefault.ECSLinear10PercentEvery3Minutes; any other value can be passed at deploy time)',
    ]);
  });
});

describe('awsCloudFormation robustness', () => {
  const GARBAGE: unknown[] = [
    null,
    'x',
    7,
    true,
    [],
    {},
    [1, null, {}],
    { Ref: 'Nowhere' },
    { 'Fn::If': ['C', 'CODE_DEPLOY', { Ref: 'AWS::NoValue' }] },
    { 'Fn::Sub': 5 },
    JSON.parse('{"__proto__": {"Enable": true}, "constructor": 1}'),
  ];
  const PLACES: string[][] = [
    ['Resources', 'Group'],
    ['Resources', 'Group', 'Properties'],
    ['Resources', 'Group', 'Properties', 'DeploymentConfigName'],
    ['Resources', 'Group', 'Properties', 'AlarmConfiguration'],
    ['Resources', 'Group', 'Properties', 'AlarmConfiguration', 'Alarms'],
    ['Resources', 'Group', 'Properties', 'AutoRollbackConfiguration'],
    ['Resources', 'Group', 'Properties', 'AutoRollbackConfiguration', 'Events'],
    ['Resources', 'Group', 'Properties', 'ECSServices'],
    ['Resources', 'Group', 'Properties', 'BlueGreenDeploymentConfiguration'],
    ['Resources', 'Service', 'Properties'],
    ['Resources', 'Service', 'Properties', 'DeploymentController'],
    ['Resources', 'Service', 'Properties', 'DeploymentController', 'Type'],
    ['Resources', 'Service', 'Properties', 'DeploymentConfiguration'],
    ['Resources', 'Service', 'Properties', 'DeploymentConfiguration', 'Strategy'],
    ['Resources', 'Service', 'Properties', 'DeploymentConfiguration', 'CanaryConfiguration'],
    ['Resources', 'Service', 'Properties', 'DeploymentConfiguration', 'LifecycleHooks'],
    ['Resources', 'Service', 'Properties', 'DeploymentConfiguration', 'Alarms'],
    ['Resources', 'Service', 'Properties', 'DeploymentConfiguration', 'DeploymentCircuitBreaker'],
    ['Resources', 'Config', 'Properties', 'TrafficRoutingConfig'],
    ['Resources', 'Custom', 'Properties', 'deploymentConfigName'],
    ['Parameters'],
  ];

  it('never throws on garbage anywhere, and every plan ends at 100% with diagnostics on lines', () => {
    const base = () => ({
      Resources: {
        Config: {
          Type: 'AWS::CodeDeploy::DeploymentConfig',
          Properties: {
            TrafficRoutingConfig: {
              Type: 'TimeBasedLinear',
              TimeBasedLinear: { LinearPercentage: 10, LinearInterval: 1 },
            },
          },
        },
        Group: {
          Type: 'AWS::CodeDeploy::DeploymentGroup',
          Properties: {
            DeploymentConfigName: { Ref: 'Config' },
            ECSServices: [{ ServiceName: { 'Fn::GetAtt': ['Service', 'Name'] } }],
          },
        },
        Service: {
          Type: 'AWS::ECS::Service',
          Properties: {
            DeploymentController: { Type: 'CODE_DEPLOY' },
            DeploymentConfiguration: { Strategy: 'CANARY' },
          },
        },
        Custom: { Type: 'Custom::DeploymentGroup', Properties: { deploymentConfigName: 'x' } },
      },
    });
    for (const garbage of GARBAGE) {
      for (const place of PLACES) {
        const [doc] = documentsOf(JSON.stringify(setAt(base(), place, garbage)));
        const result = awsCloudFormation.toPlans(doc as SourceDocument);
        for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        for (const plan of result.plans) expect(plan.stages.at(-1)?.weight).toBe(100);
      }
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
