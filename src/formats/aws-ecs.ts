import type { Gate, Rollback, RolloutPlan, Stage } from '../core/model.js';
import { asArray, asObject, asString, field, isObject } from './access.js';
import type { PlainObject } from './access.js';
import {
  describe,
  functionName,
  metricGate,
  minutes,
  readNumber,
  uniqueDiagnostics,
  webhookGate,
} from './aws-common.js';
import { labelOf, nameOf, readFlag } from './aws-template.js';
import type { Resolved, Template } from './aws-template.js';
import { canaryTraffic, chooseTraffic, finalStage, linearTraffic } from './aws-traffic.js';
import type { Traffic } from './aws-traffic.js';
import { AdapterContext } from './context.js';
import { planId } from './plan-id.js';
import type { FormatAdapter, PathSegment, SourceDocument } from './types.js';

/**
 * An ECS service definition as the ECS API takes it (camelCase): `aws ecs create-service
 * --cli-input-json`, ecspresso's ecs-service-def.json. The same reader serves CloudFormation's
 * `AWS::ECS::Service` (PascalCase) in aws-cloudformation.ts.
 */
export const awsEcs: FormatAdapter = {
  id: 'aws-ecs',
  detect(doc) {
    return isServiceDefinition(doc.value);
  },
  toPlans: servicePlans,
};

export const ECS_SERVICE = 'AWS::ECS::Service';

// A service definition names its service or task definition; ecspresso leaves both to its own
// config, so other service-only keys count too.
const SERVICE_KEYS = [
  'serviceName',
  'taskDefinition',
  'desiredCount',
  'launchType',
  'capacityProviderStrategy',
  'schedulingStrategy',
  'loadBalancers',
];
const DEPLOYMENT_KEYS = ['deploymentConfiguration', 'deploymentController'];

function isServiceDefinition(value: unknown): boolean {
  if (!isObject(value)) return false;
  // Kubernetes objects and CloudFormation templates belong to other adapters.
  if (field(value, 'apiVersion') !== undefined || field(value, 'Resources') !== undefined) return false;
  return (
    SERVICE_KEYS.some((key) => field(value, key) !== undefined) &&
    DEPLOYMENT_KEYS.some((key) => field(value, key) !== undefined)
  );
}

function servicePlans(doc: SourceDocument) {
  const reader = new AdapterContext(doc);
  const rollout = readEcsService(reader, doc.value, [], 'camel', undefined);
  if (rollout.controller !== 'ECS') rollout.notes.unshift(delegatedNote(rollout.controller, 'camel'));
  const serviceName = asString(field(doc.value, 'serviceName'));
  const plan: RolloutPlan = {
    id: planId('aws-ecs', ECS_SERVICE, doc, serviceName),
    format: 'aws-ecs',
    file: doc.file,
    line: doc.lineOf(serviceName !== undefined ? ['serviceName'] : []),
    target: { kind: ECS_SERVICE, name: serviceName ?? doc.file },
    strategy: rollout.strategy,
    stages: rollout.stages,
    backgroundGates: rollout.backgroundGates,
    rollback: rollout.rollback,
    bypasses: [],
    notes: rollout.notes,
  };
  return { plans: [plan], diagnostics: uniqueDiagnostics(reader.diagnostics) };
}

// ---------------------------------------------------------------------------------------------
// The service's deployment settings

export type Casing = 'pascal' | 'camel';
export type Controller = 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL';

export interface EcsRollout extends Pick<
  RolloutPlan,
  'strategy' | 'stages' | 'backgroundGates' | 'rollback'
> {
  controller: Controller;
  notes: string[];
}

const CONTROLLERS = new Set<string>(['ECS', 'CODE_DEPLOY', 'EXTERNAL']);
const STRATEGIES = new Set<string>(['ROLLING', 'BLUE_GREEN', 'CANARY', 'LINEAR']);

/** Lifecycle stages that run before any production traffic reaches the new revision. */
const BEFORE_TRAFFIC = new Set([
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
]);
const DURING_SHIFT = 'PRODUCTION_TRAFFIC_SHIFT';
const AFTER_SHIFT = 'POST_PRODUCTION_TRAFFIC_SHIFT';

// Defaults from the ECS API reference (CanaryConfiguration, LinearConfiguration).
const DEFAULT_CANARY_PERCENT = 5;
const DEFAULT_CANARY_BAKE_MINUTES = 10;
const DEFAULT_STEP_PERCENT = 10;
const DEFAULT_STEP_BAKE_MINUTES = 6;

const NOTHING_ROLLS_BACK =
  'no circuit breaker with rollback, alarm rollback or lifecycle hook: nothing rolls the deployment back';

export function delegatedNote(controller: Controller, casing: Casing): string {
  const field = casing === 'pascal' ? 'DeploymentController' : 'deploymentController';
  return controller === 'CODE_DEPLOY'
    ? `${field} CODE_DEPLOY: traffic shifting is set by the CodeDeploy deployment group, which this file does not show; read as all at once`
    : `${field} EXTERNAL: an external controller (task sets) decides the rollout, which this file does not show; read as all at once`;
}

interface ServiceReader {
  reader: AdapterContext;
  template: Template | undefined;
  /** The path of a field under the service, in the casing of the file. */
  at: (...names: (string | number)[]) => PathSegment[];
  key: (name: string) => string;
  config: PlainObject;
  notes: string[];
}

/**
 * Reads the deployment settings of one service: `service` is the service definition (API) or the
 * resource's Properties (CloudFormation), found at `at` in the document.
 */
export function readEcsService(
  reader: AdapterContext,
  service: unknown,
  at: readonly PathSegment[],
  casing: Casing,
  template: Template | undefined,
): EcsRollout {
  const key = (name: string) => (casing === 'pascal' ? name : name.charAt(0).toLowerCase() + name.slice(1));
  const ctx: ServiceReader = {
    reader,
    template,
    at: (...names) => [...at, ...names.map((name) => (typeof name === 'string' ? key(name) : name))],
    key,
    config: {},
    notes: [],
  };
  const config = field(service, key('DeploymentConfiguration'));
  if (config !== undefined && config !== null && !isObject(config)) {
    reader.invalid(ctx.at('DeploymentConfiguration'), `must be a map, got ${describe(config)}`);
  }
  ctx.config = asObject(config) ?? {};

  const controller = readController(ctx, service);
  if (controller !== 'ECS') return delegatedRollout(ctx, controller);

  const traffic = readStrategy(ctx);
  const stages = traffic.stages;
  const hooks = placeLifecycleHooks(ctx, stages);
  const aborts: { how: string; line: number }[] = [];
  readCircuitBreaker(ctx, aborts);
  const backgroundGates = readAlarms(ctx, aborts);
  if (hooks > 0) {
    aborts.push({
      how: 'a failing lifecycle hook rolls back the deployment',
      line: reader.doc.lineOf(ctx.at('DeploymentConfiguration', 'LifecycleHooks')),
    });
  }
  return {
    controller,
    strategy: traffic.strategy,
    stages,
    backgroundGates,
    rollback: rollbackOf(aborts),
    notes: [...traffic.notes, ...ctx.notes],
  };
}

function readController(ctx: ServiceReader, service: unknown): Controller {
  const at = ctx.at('DeploymentController', 'Type');
  const raw = field(field(service, ctx.key('DeploymentController')), ctx.key('Type'));
  if (raw === undefined || raw === null) return 'ECS';
  if (typeof raw === 'string' && CONTROLLERS.has(raw)) return raw as Controller;
  ctx.reader.invalid(at, `must be ECS, CODE_DEPLOY or EXTERNAL, got ${describe(raw)}; read as ECS`);
  return 'ECS';
}

/** CODE_DEPLOY and EXTERNAL controllers ignore the service's own strategy, circuit breaker and alarms. */
function delegatedRollout(ctx: ServiceReader, controller: Controller): EcsRollout {
  for (const name of ['Strategy', 'DeploymentCircuitBreaker', 'Alarms', 'LifecycleHooks']) {
    if (field(ctx.config, ctx.key(name)) !== undefined) {
      ctx.notes.push(
        `${ctx.key('DeploymentConfiguration')}.${ctx.key(name)} is ignored: it only applies to the ECS deployment controller`,
      );
    }
  }
  const line = ctx.reader.doc.lineOf(ctx.at('DeploymentController', 'Type'));
  return {
    controller,
    strategy: 'all-at-once',
    stages: [finalStage(line)],
    backgroundGates: [],
    rollback: {
      automatic: false,
      how: ['the deployment controller, not this file, decides whether a failure rolls back'],
    },
    notes: ctx.notes,
  };
}

// ---------------------------------------------------------------------------------------------
// Strategy and stages

function readStrategy(ctx: ServiceReader): Traffic {
  const raw = field(ctx.config, ctx.key('Strategy'));
  const toTraffic = (resolved: Resolved) => strategyTraffic(ctx, resolved);
  if (ctx.template !== undefined && raw !== undefined) {
    return chooseTraffic(
      ctx.template,
      raw,
      `${ctx.key('DeploymentConfiguration')}.${ctx.key('Strategy')}`,
      toTraffic,
      [],
    );
  }
  return toTraffic({ kind: 'value', value: raw ?? 'ROLLING' });
}

function strategyTraffic(ctx: ServiceReader, resolved: Resolved): Traffic {
  const strategyAt = ctx.at('DeploymentConfiguration', 'Strategy');
  const line = ctx.reader.doc.lineOf(strategyAt);
  if (resolved.kind !== 'value') {
    return {
      strategy: 'rolling',
      stages: [finalStage(line)],
      known: false,
      label: labelOf(resolved),
      notes: ['the deployment strategy cannot be seen; read as ROLLING'],
    };
  }
  let name = resolved.value;
  if (typeof name !== 'string' || !STRATEGIES.has(name)) {
    ctx.reader.invalid(
      strategyAt,
      `must be ROLLING, BLUE_GREEN, CANARY or LINEAR, got ${describe(name)}; read as ROLLING`,
    );
    name = 'ROLLING';
  }
  if (name === 'ROLLING') {
    return { strategy: 'rolling', stages: [finalStage(line)], known: true, label: 'ROLLING', notes: [] };
  }
  const bakeMinutes = readMinutes(ctx, ['BakeTimeInMinutes'], 0);
  let traffic: Traffic;
  if (name === 'CANARY') {
    const percent = readPercent(ctx, ['CanaryConfiguration', 'CanaryPercent'], DEFAULT_CANARY_PERCENT);
    const bake = readMinutes(
      ctx,
      ['CanaryConfiguration', 'CanaryBakeTimeInMinutes'],
      DEFAULT_CANARY_BAKE_MINUTES,
    );
    const stageLine = ctx.reader.doc.lineOf(
      ctx.at('DeploymentConfiguration', 'CanaryConfiguration', 'CanaryPercent'),
    );
    traffic = canaryTraffic(percent, bake, stageLine, 'CANARY');
  } else if (name === 'LINEAR') {
    const percent = readPercent(ctx, ['LinearConfiguration', 'StepPercent'], DEFAULT_STEP_PERCENT);
    const bake = readMinutes(
      ctx,
      ['LinearConfiguration', 'StepBakeTimeInMinutes'],
      DEFAULT_STEP_BAKE_MINUTES,
    );
    const stageLine = ctx.reader.doc.lineOf(
      ctx.at('DeploymentConfiguration', 'LinearConfiguration', 'StepPercent'),
    );
    traffic = linearTraffic(percent, bake, stageLine, 'LINEAR');
  } else {
    traffic = {
      strategy: 'blue-green',
      stages: [finalStage(line)],
      known: true,
      label: 'BLUE_GREEN',
      notes: [],
    };
  }
  const last = traffic.stages[traffic.stages.length - 1];
  if (last !== undefined) {
    last.line = line;
    // The bake time runs after all production traffic has shifted: both revisions stay up so
    // that a rollback is immediate (ECS API reference, DeploymentConfiguration.bakeTimeInMinutes).
    last.hold = bakeMinutes * 60;
  }
  if (bakeMinutes > 0) {
    traffic.notes.push(
      `after all traffic has shifted, ECS keeps the previous revision running for ${minutes(bakeMinutes)} (bake time) so that a rollback is immediate`,
    );
  }
  return traffic;
}

function readMinutes(ctx: ServiceReader, names: string[], fallback: number): number {
  const at = ctx.at('DeploymentConfiguration', ...names);
  const value = valueAt(ctx, names);
  return readNumber(ctx.reader, value, at, `read as ${fallback}`) ?? fallback;
}

function readPercent(ctx: ServiceReader, names: string[], fallback: number): number {
  const at = ctx.at('DeploymentConfiguration', ...names);
  const value = readNumber(ctx.reader, valueAt(ctx, names), at, `read as ${fallback}`);
  if (value === undefined) return fallback;
  if (value <= 0 || value > 100) {
    ctx.reader.invalid(at, `must be a percentage above 0 and up to 100, got ${value}; read as ${fallback}`);
    return fallback;
  }
  return value;
}

function valueAt(ctx: ServiceReader, names: string[]): unknown {
  let value: unknown = ctx.config;
  for (const name of names) value = field(value, ctx.key(name));
  return value;
}

/**
 * Lifecycle hooks become webhook gates: before any traffic on a weight-0 stage, during the
 * production shift on the first exposed stage, after it on the final stage. Returns how many
 * hooks were read.
 */
function placeLifecycleHooks(ctx: ServiceReader, stages: Stage[]): number {
  const listAt = ctx.at('DeploymentConfiguration', 'LifecycleHooks');
  const raw = field(ctx.config, ctx.key('LifecycleHooks'));
  if (raw === undefined || raw === null) return 0;
  const hooks = asArray(raw);
  if (hooks === undefined) {
    ctx.reader.invalid(listAt, `must be a list of hooks, got ${describe(raw)}`);
    return 0;
  }
  const before: Gate[] = [];
  const during: Gate[] = [];
  const after: Gate[] = [];
  let count = 0;
  hooks.forEach((hook, index) => {
    const hookAt = [...listAt, index];
    if (!isObject(hook)) {
      ctx.reader.invalid(
        hookAt,
        `must be a map with HookTargetArn and LifecycleStages, got ${describe(hook)}`,
      );
      return;
    }
    const target = nameOf(ctx.template, field(hook, ctx.key('HookTargetArn')));
    const gate = webhookGate(
      target === undefined ? undefined : functionName(target),
      ctx.reader.doc.lineOf(hookAt),
    );
    const lifecycleStages = asArray(field(hook, ctx.key('LifecycleStages'))) ?? [];
    if (lifecycleStages.length === 0) {
      ctx.reader.invalid(
        [...hookAt, ctx.key('LifecycleStages')],
        'must list the lifecycle stages the hook runs at',
      );
      return;
    }
    count++;
    for (const stage of lifecycleStages) {
      if (typeof stage === 'string' && BEFORE_TRAFFIC.has(stage)) before.push({ ...gate });
      else if (stage === DURING_SHIFT) during.push({ ...gate });
      else if (stage === AFTER_SHIFT) after.push({ ...gate });
      else
        ctx.notes.push(
          `lifecycle hook ${gate.name ?? index} runs at ${describe(stage)}, a stage rollout-guard does not know`,
        );
    }
  });
  const firstExposed = stages.find((stage) => stage.weight > 0);
  const last = stages[stages.length - 1];
  firstExposed?.gates.push(...unique(during));
  last?.gates.push(...unique(after));
  const preTraffic = unique(before);
  const first = preTraffic[0];
  if (first !== undefined) stages.unshift({ weight: 0, hold: 0, gates: preTraffic, line: first.line });
  return count;
}

function unique(gates: Gate[]): Gate[] {
  const seen = new Set<string>();
  return gates.filter((gate) => {
    const key = `${gate.name ?? ''}@${gate.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Rollback: circuit breaker, alarms

/** The `Enable` and `Rollback` switches that the circuit breaker and the alarms both carry. */
function readEnableRollback(ctx: ServiceReader, at: PathSegment[], value: unknown) {
  const flag = (name: string) =>
    readFlag(ctx.reader, ctx.template, field(value, ctx.key(name)), [...at, ctx.key(name)], false, ctx.notes);
  return { enable: flag('Enable'), rollback: flag('Rollback') };
}

function readCircuitBreaker(ctx: ServiceReader, aborts: { how: string; line: number }[]): void {
  const at = ctx.at('DeploymentConfiguration', 'DeploymentCircuitBreaker');
  const breaker = field(ctx.config, ctx.key('DeploymentCircuitBreaker'));
  if (breaker === undefined || breaker === null) return;
  if (!isObject(breaker)) {
    ctx.reader.invalid(at, `must be a map with Enable and Rollback, got ${describe(breaker)}`);
    return;
  }
  const { enable, rollback } = readEnableRollback(ctx, at, breaker);
  if (enable === true && rollback === true) {
    aborts.push({
      how: 'the deployment circuit breaker rolls back a deployment whose tasks keep failing',
      line: ctx.reader.doc.lineOf(at),
    });
  } else if (enable === true) {
    ctx.notes.push(
      'the deployment circuit breaker stops a failing deployment but does not roll it back (Rollback is not true)',
    );
  } else if (rollback === true) {
    ctx.notes.push('the deployment circuit breaker is not enabled: its Rollback has no effect');
  }
}

function readAlarms(ctx: ServiceReader, aborts: { how: string; line: number }[]): Gate[] {
  const at = ctx.at('DeploymentConfiguration', 'Alarms');
  const alarms = field(ctx.config, ctx.key('Alarms'));
  if (alarms === undefined || alarms === null) return [];
  if (!isObject(alarms)) {
    ctx.reader.invalid(at, `must be a map with AlarmNames, Enable and Rollback, got ${describe(alarms)}`);
    return [];
  }
  const { enable, rollback } = readEnableRollback(ctx, at, alarms);
  const namesAt = [...at, ctx.key('AlarmNames')];
  const rawNames = field(alarms, ctx.key('AlarmNames'));
  const names = asArray(rawNames);
  if (rawNames !== undefined && names === undefined) {
    ctx.reader.invalid(namesAt, `must be a list of alarm names, got ${describe(rawNames)}`);
  }
  const gates = (names ?? []).map((name, index) =>
    metricGate(nameOf(ctx.template, name), ctx.reader.doc.lineOf([...namesAt, index]), enable === true),
  );
  if (gates.length === 0) {
    if (enable === true)
      ctx.notes.push('deployment alarms are enabled but name no alarm: nothing is watched');
    return [];
  }
  if (enable !== true) {
    ctx.notes.push('deployment alarms are not enabled (Enable is not true): ECS does not watch them');
  } else if (rollback === true) {
    aborts.push({ how: 'CloudWatch alarms roll back the deployment', line: ctx.reader.doc.lineOf(at) });
  } else {
    ctx.notes.push('an alarm fails the deployment but does not roll it back (Rollback is not true)');
  }
  return gates;
}

function rollbackOf(aborts: { how: string; line: number }[]): Rollback {
  if (aborts.length === 0) return { automatic: false, how: [NOTHING_ROLLS_BACK] };
  return {
    automatic: true,
    how: [...new Set(aborts.map((abort) => abort.how))],
    line: Math.min(...aborts.map((abort) => abort.line)),
  };
}
