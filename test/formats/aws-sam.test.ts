import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/core/model.js';
import { awsSam } from '../../src/formats/aws-sam.js';
import type { SourceDocument } from '../../src/formats/types.js';
import { documentsOf } from '../helpers.js';
import { adapterHarness, planNamed } from '../support/adapter-harness.js';

const { fixture: resultOf, inline } = adapterHarness(awsSam, 'manifests/aws/sam', {
  inlineFile: 'template.yaml',
});

/** A template with one function whose DeploymentPreference is the given YAML (under `DeploymentPreference:`). */
function functionWith(preference: string, extra = ''): string {
  return [
    'Transform: AWS::Serverless-2016-10-31',
    extra,
    'Resources:',
    '  Fn:',
    '    Type: AWS::Serverless::Function',
    '    Properties:',
    '      Handler: index.handler',
    '      AutoPublishAlias: live',
    '      DeploymentPreference:',
    ...preference.split('\n').map((line) => `        ${line}`),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

const weights = (plan: RolloutPlan) => plan.stages.map((stage) => stage.weight);
const holds = (plan: RolloutPlan) => plan.stages.map((stage) => stage.hold);
const lines = (plan: RolloutPlan) => plan.stages.map((stage) => stage.line);
const tenToNinety = [10, 20, 30, 40, 50, 60, 70, 80, 90];

describe('awsSam.detect', () => {
  it('claims a template with the Serverless transform even without functions', () => {
    const [doc] = documentsOf(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
    );
    expect(doc && awsSam.detect(doc)).toBe(true);
  });

  it('claims a template with a Serverless function and no transform (as SAM test templates are written)', () => {
    const [doc] = documentsOf('Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n');
    expect(doc && awsSam.detect(doc)).toBe(true);
  });

  it.each([
    ['a plain CloudFormation template', 'Resources:\n  Group:\n    Type: AWS::CodeDeploy::DeploymentGroup\n'],
    ['a Kubernetes object', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\n'],
    ['an AppSpec', 'version: 0.0\nResources:\n  - TargetService: {Type: AWS::ECS::Service}\n'],
    ['a list', '- Transform\n'],
  ])('leaves %s alone', (_name, yaml) => {
    const [doc] = documentsOf(yaml);
    expect(doc && awsSam.detect(doc)).toBe(false);
  });
});

describe('awsSam predefined deployment types', () => {
  it('reads Canary10Percent5Minutes with alarms as a 10% canary held 5 minutes that alarms roll back', () => {
    const result = resultOf('canary-with-alarms.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.plans).toHaveLength(1);
    const plan = planNamed(result, 'OrdersFunction');
    expect(plan.id).toBe('aws-sam:AWS::Serverless::Function:/OrdersFunction');
    expect(plan.format).toBe('aws-sam');
    expect(plan.line).toBe(7);
    expect(plan.target).toEqual({ kind: 'AWS::Serverless::Function', name: 'OrdersFunction' });
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([10, 100]);
    expect(holds(plan)).toEqual([300, 0]);
    expect(lines(plan)).toEqual([14, 14]);
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'OrdersErrorsAlarm', line: 16, effective: true },
      { kind: 'metric-check', name: 'OrdersLatencyAlarm', line: 17, effective: true },
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['CloudWatch alarms stop and roll back the deployment'],
      line: 15,
    });
    expect(plan.bypasses).toEqual([]);
    expect(plan.notes).toEqual([]);
  });

  it.each([
    ['Canary10Percent5Minutes', [10, 100], [300, 0], 'canary'],
    ['Canary10Percent10Minutes', [10, 100], [600, 0], 'canary'],
    ['Canary10Percent15Minutes', [10, 100], [900, 0], 'canary'],
    ['CodeDeployDefault.LambdaCanary10Percent30Minutes', [10, 100], [1800, 0], 'canary'],
    ['Linear10PercentEvery1Minute', [...tenToNinety, 100], [...Array<number>(9).fill(60), 0], 'linear'],
    ['Linear10PercentEvery2Minutes', [...tenToNinety, 100], [...Array<number>(9).fill(120), 0], 'linear'],
    ['Linear10PercentEvery3Minutes', [...tenToNinety, 100], [...Array<number>(9).fill(180), 0], 'linear'],
    [
      'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
      [...tenToNinety, 100],
      [...Array<number>(9).fill(600), 0],
      'linear',
    ],
    ['AllAtOnce', [100], [0], 'all-at-once'],
    ['CodeDeployDefault.LambdaAllAtOnce', [100], [0], 'all-at-once'],
  ])('reads Type %s', (type, expectedWeights, expectedHolds, strategy) => {
    const result = inline(functionWith(`Type: ${type}`));
    expect(result.diagnostics).toEqual([]);
    const plan = planNamed(result, 'Fn');
    expect(plan.strategy).toBe(strategy);
    expect(weights(plan)).toEqual(expectedWeights);
    expect(holds(plan)).toEqual(expectedHolds);
    expect(plan.stages.every((stage) => stage.line === 9)).toBe(true);
  });

  it('does not take a bare Lambda name with a typo for a predefined configuration', () => {
    const plan = planNamed(inline(functionWith('Type: Canary10Percent7Minutes')), 'Fn');
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.notes).toEqual([
      'deployment configuration Canary10Percent7Minutes is not in this template: its traffic shifting cannot be seen; read as all at once',
    ]);
  });
});

describe('awsSam hooks and rollback', () => {
  it('puts PreTraffic on a weight-0 stage and PostTraffic on the final stage; hooks alone roll back', () => {
    const result = resultOf('hooks-without-alarms.yaml');
    const plan = planNamed(result, 'PaymentsFunction');
    expect(plan.strategy).toBe('all-at-once');
    expect(weights(plan)).toEqual([0, 100]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'webhook', name: 'SmokeTestFunction', line: 13, effective: true },
    ]);
    expect(plan.stages[0]?.line).toBe(13);
    expect(plan.stages[1]?.gates).toEqual([
      { kind: 'webhook', name: 'ContractTestFunction', line: 14, effective: true },
    ]);
    expect(plan.backgroundGates).toEqual([]);
    expect(plan.rollback).toEqual({ automatic: true, how: ['a failing hook rolls back'], line: 12 });
  });

  it("leaves out the hook functions: they test another function's deployment, they are not rollouts", () => {
    const result = resultOf('hooks-without-alarms.yaml');
    expect(result.plans.map((plan) => plan.target.name)).toEqual(['PaymentsFunction']);
    // A disabled preference needs no AutoPublishAlias.
    expect(result.diagnostics).toEqual([]);
  });

  it('without Alarms or Hooks nothing rolls back', () => {
    const plan = planNamed(inline(functionWith('Type: Canary10Percent5Minutes')), 'Fn');
    expect(plan.rollback).toEqual({
      automatic: false,
      how: ['no Alarms or Hooks: nothing stops the traffic shift, so nothing rolls back'],
    });
  });

  it('reports a hook SAM does not know', () => {
    const result = inline(
      functionWith('Type: AllAtOnce\nHooks:\n  PreTraffic: !Ref Check\n  AfterTraffic: !Ref Other'),
    );
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'MANIFEST_FIELD_INVALID',
        line: 12,
        message: expect.stringContaining('is not a SAM hook (PreTraffic or PostTraffic)'),
      }),
    ]);
    expect(planNamed(result, 'Fn').stages[0]?.gates.map((gate) => gate.name)).toEqual(['Check']);
  });
});

describe('awsSam Globals', () => {
  it('applies Globals.Function.DeploymentPreference to a function that has none, with the Globals lines', () => {
    const result = resultOf('globals-linear.yaml');
    expect(result.diagnostics).toEqual([]);
    const plan = planNamed(result, 'SearchFunction');
    expect(plan.strategy).toBe('linear');
    expect(weights(plan)).toEqual([...tenToNinety, 100]);
    expect(holds(plan)).toEqual([...Array<number>(9).fill(120), 0]);
    expect(new Set(lines(plan))).toEqual(new Set([8]));
    expect(plan.backgroundGates).toEqual([
      { kind: 'metric-check', name: 'SharedErrorsAlarm', line: 10, effective: true },
    ]);
    expect(plan.rollback).toEqual({
      automatic: true,
      how: ['CloudWatch alarms stop and roll back the deployment'],
      line: 9,
    });
    expect(plan.notes).toEqual(['DeploymentPreference comes from Globals.Function.DeploymentPreference']);
  });

  it("merges the function's own keys over Globals: alarms add up, the function's hooks join", () => {
    const plan = planNamed(resultOf('globals-linear.yaml'), 'CatalogFunction');
    expect(weights(plan)).toEqual([0, ...tenToNinety, 100]);
    expect(plan.stages[0]?.gates).toEqual([
      { kind: 'webhook', name: 'CatalogSmokeTest', line: 21, effective: true },
    ]);
    expect(plan.backgroundGates.map((gate) => [gate.name, gate.line])).toEqual([
      ['SharedErrorsAlarm', 10],
      ['CatalogThrottlesAlarm', 19],
    ]);
    expect(plan.rollback.how).toEqual([
      'CloudWatch alarms stop and roll back the deployment',
      'a failing hook rolls back',
    ]);
    expect(plan.notes).toEqual([
      "DeploymentPreference is Globals.Function.DeploymentPreference merged with the function's own",
    ]);
  });

  it('names the Globals field when Globals disable the preference', () => {
    const result = inline(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Globals:',
        '  Function:',
        '    AutoPublishAlias: live',
        '    DeploymentPreference:',
        '      Type: Canary10Percent5Minutes',
        '      Enabled: false',
        'Resources:',
        '  Fn:',
        '    Type: AWS::Serverless::Function',
      ].join('\n'),
    );
    expect(planNamed(result, 'Fn').bypasses).toEqual([
      expect.objectContaining({ field: 'Globals.Function.DeploymentPreference.Enabled', line: 7 }),
    ]);
  });
});

describe('awsSam intrinsic Type', () => {
  it('judges !If by its weakest branch and names the condition', () => {
    const result = resultOf('conditional-type.yaml');
    expect(result.diagnostics).toEqual([]);
    const plan = planNamed(result, 'ReportsFunction');
    expect(plan.strategy).toBe('all-at-once');
    expect(weights(plan)).toEqual([100]);
    expect(lines(plan)).toEqual([21]);
    expect(plan.notes).toContain(
      'DeploymentPreference.Type depends on condition IsProd: Canary10Percent5Minutes or AllAtOnce; judged as the weakest, AllAtOnce',
    );
  });

  it('does not count an alarm that the condition can leave out', () => {
    const plan = planNamed(resultOf('conditional-type.yaml'), 'ReportsFunction');
    expect(plan.backgroundGates).toEqual([]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toContain(
      'DeploymentPreference.Alarms[0] is left out under condition IsProd; it is not counted',
    );
  });

  it('between two gradual branches keeps the one with fewer stages', () => {
    const plan = planNamed(resultOf('conditional-type.yaml'), 'ExportsFunction');
    expect(plan.strategy).toBe('canary');
    expect(weights(plan)).toEqual([10, 100]);
    expect(holds(plan)).toEqual([1800, 0]);
    expect(plan.notes).toEqual([
      'DeploymentPreference.Type depends on condition IsProd: Linear10PercentEvery1Minute or Canary10Percent30Minutes; judged as the weakest, Canary10Percent30Minutes',
    ]);
  });

  it('judges !Ref to a parameter by every allowed value', () => {
    const plan = planNamed(resultOf('parameter-type.yaml'), 'BillingFunction');
    expect(plan.strategy).toBe('all-at-once');
    expect(weights(plan)).toEqual([100]);
    expect(lines(plan)).toEqual([23]);
    expect(plan.notes).toEqual([
      'DeploymentPreference.Type depends on parameter DeploymentType (default Canary10Percent10Minutes, allowed Canary10Percent10Minutes, Linear10PercentEvery10Minutes, AllAtOnce): Canary10Percent10Minutes or Linear10PercentEvery10Minutes or AllAtOnce; judged as the weakest, AllAtOnce',
    ]);
  });

  it('judges a parameter without AllowedValues by its default, and says another value can be passed', () => {
    const plan = planNamed(resultOf('parameter-type.yaml'), 'LedgerFunction');
    expect(plan.strategy).toBe('linear');
    expect(holds(plan)[0]).toBe(180);
    expect(plan.notes).toEqual([
      'DeploymentPreference.Type comes from parameter SlowRollout (default Linear10PercentEvery3Minutes; any other value can be passed at deploy time): Linear10PercentEvery3Minutes',
    ]);
  });

  it('reads a parameter with neither Default nor AllowedValues as all at once', () => {
    const plan = planNamed(
      inline(functionWith('Type: !Ref Chosen', 'Parameters:\n  Chosen:\n    Type: String')),
      'Fn',
    );
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.notes).toEqual([
      'the deployment configuration cannot be seen (parameter Chosen has no Default or AllowedValues); read as all at once',
    ]);
  });
});

describe('awsSam custom deployment configs', () => {
  it('follows !Ref and the DeploymentConfigName to a DeploymentConfig of the template', () => {
    const result = resultOf('custom-config.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.plans.map((plan) => plan.target.name)).toEqual([
      'ByRefFunction',
      'ByNameFunction',
      'ElsewhereFunction',
    ]);
    for (const name of ['ByRefFunction', 'ByNameFunction']) {
      const plan = planNamed(result, name);
      expect(plan.strategy).toBe('canary');
      expect(weights(plan)).toEqual([25, 100]);
      expect(holds(plan)).toEqual([900, 0]);
      expect(lines(plan)).toEqual([12, 9]);
    }
  });

  it('reads a config that is not in the template as all at once, and says so', () => {
    const plan = planNamed(resultOf('custom-config.yaml'), 'ElsewhereFunction');
    expect(plan.strategy).toBe('all-at-once');
    expect(weights(plan)).toEqual([100]);
    expect(plan.notes).toEqual([
      'deployment configuration shared-org-canary is not in this template: its traffic shifting cannot be seen; read as all at once',
    ]);
  });
});

describe('awsSam switches and mistakes', () => {
  it('turns Enabled: false, "False" and a parameter that can be false into bypasses', () => {
    const result = resultOf('disabled.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(
      result.plans.map((plan) => [plan.target.name, plan.strategy, weights(plan), plan.bypasses]),
    ).toEqual([
      [
        'InventoryFunction',
        'all-at-once',
        [100],
        [expect.objectContaining({ field: 'DeploymentPreference.Enabled', line: 18 })],
      ],
      [
        'PricingFunction',
        'all-at-once',
        [100],
        [expect.objectContaining({ field: 'DeploymentPreference.Enabled', line: 28 })],
      ],
      [
        'ShippingFunction',
        'all-at-once',
        [100],
        [expect.objectContaining({ field: 'DeploymentPreference.Enabled', line: 38 })],
      ],
    ]);
    expect(planNamed(result, 'ShippingFunction').notes).toEqual([
      'DeploymentPreference.Enabled depends on parameter EnableGradualDeploys (default true, allowed true, false): judged as disabled, the weakest',
    ]);
  });

  it('reads Enabled: "yes" as SAM does (disabled) and reports it', () => {
    const result = inline(functionWith('Type: Canary10Percent5Minutes\nEnabled: "yes"'));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'MANIFEST_FIELD_INVALID', line: 10 }),
    ]);
    expect(planNamed(result, 'Fn').bypasses).toHaveLength(1);
  });

  it('gives a function without DeploymentPreference an all-at-once plan', () => {
    const result = resultOf('no-preference.yaml');
    expect(result.diagnostics).toEqual([]);
    const plan = planNamed(result, 'WebhookFunction');
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.stages).toEqual([{ weight: 100, hold: 0, gates: [], line: 5 }]);
    expect(plan.notes).toEqual(['no DeploymentPreference: every update shifts all traffic at once']);
    expect(plan.rollback.automatic).toBe(false);
  });

  it('reports a DeploymentPreference without AutoPublishAlias, as SAM rejects it', () => {
    const result = resultOf('missing-alias.yaml');
    expect(result.diagnostics).toEqual([
      {
        code: 'MANIFEST_FIELD_INVALID',
        message:
          'NotifyFunction has a DeploymentPreference but no AutoPublishAlias: SAM rejects the template',
        file: 'manifests/aws/sam/missing-alias.yaml',
        line: 9,
      },
    ]);
  });

  it('reports a DeploymentPreference without Type and reads it as all at once', () => {
    const result = inline(functionWith('Alarms: [!Ref A]'));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'MANIFEST_FIELD_INVALID',
        line: 8,
        message: expect.stringContaining('has no Type'),
      }),
    ]);
    expect(planNamed(result, 'Fn').strategy).toBe('all-at-once');
  });

  it('reads a DeploymentPreference that is not a map as all at once, with a diagnostic', () => {
    const result = inline(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      DeploymentPreference: Canary10Percent5Minutes\n',
    );
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['MANIFEST_FIELD_INVALID', 6]]);
    expect(planNamed(result, 'Fn').notes).toEqual([
      'DeploymentPreference cannot be read; read as all at once',
    ]);
  });

  it('judges Alarms: !If by the branch with the fewest alarms', () => {
    const result = inline(
      functionWith(
        'Type: Canary10Percent5Minutes\nAlarms: !If [HasAlarms, [!Ref A, !Ref B], !Ref AWS::NoValue]',
        'Conditions:\n  HasAlarms: !Equals [a, b]',
      ),
    );
    const plan = planNamed(result, 'Fn');
    expect(plan.backgroundGates).toEqual([]);
    expect(plan.rollback.automatic).toBe(false);
    expect(plan.notes).toEqual(['Alarms depend on condition HasAlarms: judged with the fewest, none']);
  });

  it('notes a function created only under a condition', () => {
    const result = inline(
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Condition: InProd\n',
    );
    expect(planNamed(result, 'Fn').notes).toContain('Fn is created only when condition InProd holds');
  });
});

describe('awsSam other resources', () => {
  it('reads ECS services and deployment groups in a SAM template as CloudFormation plans', () => {
    const result = inline(
      [
        'Transform: AWS::Serverless-2016-10-31',
        'Resources:',
        '  Api:',
        '    Type: AWS::ECS::Service',
        '    Properties:',
        '      DeploymentConfiguration:',
        '        DeploymentCircuitBreaker: {Enable: true, Rollback: true}',
      ].join('\n'),
    );
    expect(
      result.plans.map((plan) => [plan.id, plan.format, plan.strategy, plan.rollback.automatic]),
    ).toEqual([['aws-cloudformation:AWS::ECS::Service:/Api', 'aws-cloudformation', 'rolling', true]]);
  });
});

describe('awsSam robustness', () => {
  const GARBAGE: unknown[] = [
    null,
    'x',
    'false',
    7,
    -1,
    true,
    [],
    {},
    [1, null, {}],
    { Ref: 'Nowhere' },
    { 'Fn::If': ['C', { 'Fn::If': ['D', 'AllAtOnce', { Ref: 'AWS::NoValue' }] }, 7] },
    { 'Fn::Sub': ['${A}${B}', { A: { Ref: 'P' }, B: [] }] },
    { 'Fn::FindInMap': ['M', { Ref: 'P' }, 'k'] },
    { 'Fn::GetAtt': 'Fn.Arn' },
    JSON.parse('{"__proto__": {"Type": "AllAtOnce"}, "constructor": 1}'),
  ];
  const PLACES: string[][] = [
    ['Resources', 'Fn'],
    ['Resources', 'Fn', 'Properties'],
    ['Resources', 'Fn', 'Properties', 'DeploymentPreference'],
    ['Resources', 'Fn', 'Properties', 'DeploymentPreference', 'Type'],
    ['Resources', 'Fn', 'Properties', 'DeploymentPreference', 'Enabled'],
    ['Resources', 'Fn', 'Properties', 'DeploymentPreference', 'Alarms'],
    ['Resources', 'Fn', 'Properties', 'DeploymentPreference', 'Hooks'],
    ['Resources', 'Fn', 'Properties', 'DeploymentPreference', 'Hooks', 'PreTraffic'],
    ['Resources', 'Fn', 'Properties', 'AutoPublishAlias'],
    ['Resources', 'Config', 'Properties', 'TrafficRoutingConfig'],
    ['Resources', 'Config', 'Properties', 'TrafficRoutingConfig', 'TimeBasedCanary'],
    ['Globals'],
    ['Globals', 'Function', 'DeploymentPreference'],
    ['Parameters', 'P'],
    ['Parameters', 'P', 'AllowedValues'],
    ['Mappings', 'M'],
    ['Conditions'],
  ];

  it('never throws on garbage anywhere, and every plan ends at 100% with lines and diagnostics on lines', () => {
    const base = () => ({
      Transform: 'AWS::Serverless-2016-10-31',
      Parameters: {
        P: { Type: 'String', Default: 'AllAtOnce', AllowedValues: ['AllAtOnce', 'Canary10Percent5Minutes'] },
      },
      Mappings: { M: { a: { k: 'Linear10PercentEvery1Minute' } } },
      Resources: {
        Config: {
          Type: 'AWS::CodeDeploy::DeploymentConfig',
          Properties: {
            TrafficRoutingConfig: {
              Type: 'TimeBasedCanary',
              TimeBasedCanary: { CanaryPercentage: 5, CanaryInterval: 1 },
            },
          },
        },
        Fn: {
          Type: 'AWS::Serverless::Function',
          Properties: {
            AutoPublishAlias: 'live',
            DeploymentPreference: {
              Type: { Ref: 'Config' },
              Alarms: [{ Ref: 'A' }],
              Hooks: { PreTraffic: { Ref: 'H' } },
            },
          },
        },
      },
    });
    for (const garbage of GARBAGE) {
      for (const place of PLACES) {
        const [doc] = documentsOf(JSON.stringify(setAt(base(), place, garbage)));
        const result = awsSam.toPlans(doc as SourceDocument);
        for (const diagnostic of result.diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        for (const plan of result.plans) {
          expect(plan.stages.at(-1)?.weight).toBe(100);
          for (const stage of plan.stages) expect(stage.line).toBeGreaterThanOrEqual(1);
        }
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

describe('awsSam variants (each branch of Fn::If)', () => {
  it('keeps the rollout of each branch the preference depends on, the plan itself being the weakest', () => {
    const plan = planNamed(resultOf('conditional-type.yaml'), 'ReportsFunction');
    expect(plan.strategy).toBe('all-at-once');
    expect(plan.variants?.map((v) => [v.when, v.strategy, v.stages.map((s) => s.weight)])).toEqual([
      [['condition IsProd is false'], 'all-at-once', [100]],
      [['condition IsProd is true'], 'canary', [10, 100]],
    ]);
    expect(plan.variants?.[1]?.backgroundGates.map((g) => g.name)).toEqual(['ReportsErrorsAlarm']);
  });

  it('has no variants when no condition changes the rollout', () => {
    for (const plan of resultOf('canary-with-alarms.yaml').plans) expect(plan.variants).toBeUndefined();
    // ExportsFunction: both branches are gradual and differ, so both are kept.
    expect(planNamed(resultOf('conditional-type.yaml'), 'ExportsFunction').variants).toHaveLength(2);
  });
});
