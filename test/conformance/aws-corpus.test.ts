import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FormatId, RolloutPlan, Strategy } from '../../src/core/model.js';
import { awsCloudFormation } from '../../src/formats/aws-cloudformation.js';
import { awsCodeDeploy } from '../../src/formats/aws-codedeploy.js';
import { awsEcs } from '../../src/formats/aws-ecs.js';
import { awsSam } from '../../src/formats/aws-sam.js';
import { parseManifestText } from '../../src/formats/document.js';
import type { Diagnostic } from '../../src/core/model.js';

/**
 * Real public AWS templates and service definitions (see corpus/INDEX.tsv), judged against
 * expectations written by hand from the index and the files themselves, never from the adapters'
 * own output.
 */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const ADAPTERS = [awsSam, awsCloudFormation, awsEcs, awsCodeDeploy];

interface Expected {
  target: string;
  format: FormatId;
  strategy: Strategy;
  weights: number[];
  holds: (number | 'manual')[];
  automatic: boolean;
  bypasses: string[];
  /** Every gate, stage gates first then background ones, as `kind:name` (`kind:` when unnamed). */
  gates: string[];
  /** Each must match one of the plan's notes. */
  notes?: RegExp[];
}

const held = (seconds: number, count: number) => [...Array<number>(count).fill(seconds), 0];
const tenToNinety = [10, 20, 30, 40, 50, 60, 70, 80, 90];
const NO_PREFERENCE = /^no DeploymentPreference: every update shifts all traffic at once$/;

/** A SAM function read as all at once with no rollback, gates or bypasses. */
function allAtOnceFunction(target: string, notes: RegExp[]): Expected {
  return {
    target,
    format: 'aws-sam',
    strategy: 'all-at-once',
    weights: [100],
    holds: [0],
    automatic: false,
    bypasses: [],
    gates: [],
    notes,
  };
}

const SAM: Record<string, Expected[]> = {
  // Type: Ref CustomDeploymentConfig → TimeBasedLinear 50% every 1 minute; no alarms or hooks.
  'aws__serverless-application-model__integration__resources__templates__combination__function_with_custom_code_deploy.yaml':
    [
      {
        target: 'MyLambdaFunction',
        format: 'aws-sam',
        strategy: 'linear',
        weights: [50, 100],
        holds: [60, 0],
        automatic: false,
        bypasses: [],
        gates: [],
      },
    ],
  // Canary10Percent5Minutes with three alarms (they roll back); the hooks are commented out, and
  // the two hook functions have no DeploymentPreference of their own.
  'aws__serverless-application-model__integration__resources__templates__combination__function_with_deployment_alarms_and_hooks.yaml':
    [
      {
        target: 'MyLambdaFunction',
        format: 'aws-sam',
        strategy: 'canary',
        weights: [10, 100],
        holds: [300, 0],
        automatic: true,
        bypasses: [],
        gates: [
          'metric-check:NewVersionErrorsAlarm',
          'metric-check:AliasErrorsAlarm',
          'metric-check:FunctionErrorsAlarm',
        ],
      },
      allAtOnceFunction('PreTrafficFunction', [NO_PREFERENCE]),
      allAtOnceFunction('PostTrafficFunction', [NO_PREFERENCE]),
    ],
  // Globals.Function.DeploymentPreference Type: Ref TypeParam, whose default is AllAtOnce.
  'aws__serverless-application-model__integration__resources__templates__combination__function_with_deployment_globals.yaml':
    [
      allAtOnceFunction('MyLambdaFunction', [
        /comes from Globals\.Function\.DeploymentPreference/,
        /parameter TypeParam \(default AllAtOnce/,
      ]),
    ],
  // Every function's Type is a config this template does not hold, or AllAtOnce through !If,
  // !Sub, !Ref or !FindInMap (via parameter defaults): all read as all at once.
  'aws__serverless-application-model__tests__translator__input__function_with_custom_codedeploy_deployment_preference.yaml':
    [
      allAtOnceFunction('MinimalFunction', [/TestDeploymentConfiguration is not in this template/]),
      allAtOnceFunction('CustomWithFindInMap', [
        /mapping DeploymentPreferenceMap/,
        /CustomDeployment is not in this template/,
      ]),
      allAtOnceFunction('CustomWithCondition', [/condition MyCondition: .*judged as the weakest, AllAtOnce/]),
      allAtOnceFunction('CustomWithCondition2', [/condition MyCondition.*judged as the weakest, AllAtOnce/]),
      allAtOnceFunction('NormalWithSub', [/parameter Deployment \(default AllAtOnce/]),
      allAtOnceFunction('CustomWithSub', [/CustomDeployment is not in this template/]),
      allAtOnceFunction('NormalWithRef', [/parameter Deployment \(default AllAtOnce/]),
    ],
  // Linear10PercentEvery1Minute with PreTraffic/PostTraffic hooks and one alarm; the hook
  // functions opt out of their own preference with Enabled: false.
  'aws__serverless-application-model__tests__translator__input__function_with_deployment_preference_all_parameters.yaml':
    [
      {
        target: 'MinimalFunction',
        format: 'aws-sam',
        strategy: 'linear',
        weights: [0, ...tenToNinety, 100],
        holds: [0, ...held(60, 9)],
        automatic: true,
        bypasses: [],
        gates: [
          'webhook:MySanityTestFunction',
          'webhook:MyValidationTestFunction',
          'metric-check:MyCloudWatchAlarm',
        ],
      },
      // MySanityTestFunction and MyValidationTestFunction are the hooks (Enabled: false): not rollouts.
    ],
  // SAM's output: a DeploymentGroup with Fn::Sub CodeDeployDefault.Lambda${ConfigName} =
  // Linear10PercentEvery3Minutes, AutoRollbackConfiguration with DEPLOYMENT_FAILURE (no alarms).
  'aws__serverless-application-model__tests__translator__output__function_with_deployment_preference.json': [
    {
      target: 'MinimalFunctionDeploymentGroup',
      format: 'aws-cloudformation',
      strategy: 'linear',
      weights: [...tenToNinety, 100],
      holds: held(180, 9),
      automatic: true,
      bypasses: [],
      gates: [],
      notes: [/DEPLOYMENT_STOP_ON_ALARM never fires/, /DeploymentStyle BLUE_GREEN/],
    },
  ],
};

const ECS: Record<string, Expected[]> = {
  // ECS AppSpec with one AfterAllowTestTraffic hook whose value is a blank placeholder.
  'aws-samples__ecs-blue-green-deployment-with-codedeploy__iac__code-deploy__appspec.yml': [
    {
      target: 'aws-samples__ecs-blue-green-deployment-with-codedeploy__iac__code-deploy__appspec.yml',
      format: 'aws-codedeploy',
      strategy: 'all-at-once',
      weights: [0, 100],
      holds: [0, 0],
      automatic: false,
      bypasses: [],
      gates: ['webhook:'],
      notes: [/set by the CodeDeploy deployment group/, /AfterAllowTestTraffic names no function/],
    },
  ],
  // Deployment group created by a Custom:: resource; pDeploymentConfig defaults to ECSAllAtOnce.
  'aws-samples__ecs-blue-green-deployment-with-codedeploy__iac__app__templates__codedeploy-deployment-group.yaml':
    [
      {
        target: 'rCodeDeployDeploymentGroupCustomResourceBG',
        format: 'aws-cloudformation',
        strategy: 'all-at-once',
        weights: [100],
        holds: [0],
        automatic: false,
        bypasses: [],
        gates: [],
        notes: [
          /invisible to static analysis/,
          /parameter pDeploymentConfig \(default CodeDeployDefault\.ECSAllAtOnce/,
        ],
      },
    ],
  // DeploymentController CODE_DEPLOY, no deployment group in this template.
  'aws-samples__ecs-blue-green-deployment-with-codedeploy__iac__app__templates__ecs-service.yaml': [
    {
      target: 'rEcsFargateService',
      format: 'aws-cloudformation',
      strategy: 'all-at-once',
      weights: [100],
      holds: [0],
      automatic: false,
      bypasses: [],
      gates: [],
      notes: [/^DeploymentController CODE_DEPLOY: .*which this file does not show/],
    },
  ],
  // Native BLUE_GREEN, bake time 1 minute after the switch, PRE_SCALE_UP and
  // POST_TEST_TRAFFIC_SHIFT hooks (a failing hook rolls back); no alarms or circuit breaker.
  'aws-samples__sample-amazon-ecs-blue-green-deployment-patterns__ecs-bluegreen-lifecycle-hooks__service_template.json':
    [
      {
        target: 'bluegreendemo',
        format: 'aws-ecs',
        strategy: 'blue-green',
        weights: [0, 100],
        holds: [0, 60],
        automatic: true,
        bypasses: [],
        gates: ['webhook:ADMISSION_HOOK_FUNCTION_ARN', 'webhook:APPROVAL_HOOK_FUNCTION_ARN'],
      },
    ],
};

/**
 * Jsonnet is not YAML or JSON: these must be reported, never judged. (INDEX: the first sets the
 * circuit breaker's enable and rollback to false, the second enables both and an alarm rollback.)
 */
const GO_YAML_ERROR_LINE: Record<string, number> = {
  'kayac__ecspresso__tests__ci__ecs-service-def.jsonnet': 3,
  'kayac__ecspresso__tests__sv.jsonnet': 4,
};

const UNPARSEABLE: Record<string, string[]> = {
  'aws-sam': [],
  'aws-ecs': ['kayac__ecspresso__tests__ci__ecs-service-def.jsonnet', 'kayac__ecspresso__tests__sv.jsonnet'],
};

function summarise(plan: RolloutPlan): Expected {
  return {
    target: plan.target.name,
    format: plan.format,
    strategy: plan.strategy,
    weights: plan.stages.map((stage) => stage.weight),
    holds: plan.stages.map((stage) => stage.hold),
    automatic: plan.rollback.automatic,
    bypasses: plan.bypasses.map((bypass) => bypass.field),
    gates: [...plan.stages.flatMap((stage) => stage.gates), ...plan.backgroundGates].map(
      (gate) => `${gate.kind}:${gate.name ?? ''}`,
    ),
  };
}

function judge(folder: string, file: string): { plans: RolloutPlan[]; diagnostics: Diagnostic[] } {
  const parsed = parseManifestText(readFileSync(`${CORPUS}${folder}/${file}`, 'utf8'), file);
  const plans: RolloutPlan[] = [];
  const diagnostics = [...parsed.diagnostics];
  for (const doc of parsed.documents) {
    const owners = ADAPTERS.filter((adapter) => adapter.detect(doc));
    expect(owners.map((adapter) => adapter.id)).toHaveLength(1);
    const result = owners[0]?.toPlans(doc);
    plans.push(...(result?.plans ?? []));
    diagnostics.push(...(result?.diagnostics ?? []));
  }
  return { plans, diagnostics };
}

describe.skipIf(!existsSync(CORPUS))('corpus conformance: AWS (skipped: ../shared/corpus is absent)', () => {
  describe.each([
    ['aws-sam', SAM],
    ['aws-ecs', ECS],
  ] as const)('%s', (folder, table) => {
    it('has an expectation for every file in the folder', () => {
      const expected = [...Object.keys(table), ...(UNPARSEABLE[folder] ?? [])].sort();
      expect(readdirSync(`${CORPUS}${folder}`).sort()).toEqual(expected);
    });

    it.each(Object.entries(table))('%s', (file, expected) => {
      const { plans, diagnostics } = judge(folder, file);
      expect(diagnostics).toEqual([]);
      expect(plans.map(summarise)).toEqual(
        expected.map(({ notes: _notes, ...plan }) => expect.objectContaining(plan)),
      );
      plans.forEach((plan, index) => {
        for (const note of expected[index]?.notes ?? []) {
          expect(plan.notes, `${plan.target.name}: ${note}`).toEqual(
            expect.arrayContaining([expect.stringMatching(note)]),
          );
        }
        expect(plan.stages.at(-1)?.weight).toBe(100);
      });
    });

    it.each(UNPARSEABLE[folder] ?? [])('%s cannot be parsed and is reported, not judged', (file) => {
      const parsed = parseManifestText(readFileSync(`${CORPUS}${folder}/${file}`, 'utf8'), file);
      expect(parsed.documents).toEqual([]);
      expect(parsed.diagnostics.length).toBeGreaterThan(0);
      expect(new Set(parsed.diagnostics.map((diagnostic) => diagnostic.code))).toEqual(
        new Set(['MANIFEST_UNPARSEABLE']),
      );
      // The line go-yaml reports for the syntax error.
      expect(parsed.diagnostics[0]?.line).toBe(GO_YAML_ERROR_LINE[file]);
    });
  });
});
