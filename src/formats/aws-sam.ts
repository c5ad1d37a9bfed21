import type { Bypass, Gate, PlanVariant, RolloutPlan, Stage } from '../core/model.js';
import { asArray, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { describe, metricGate, uniqueDiagnostics, webhookGate } from './aws-common.js';
import {
  alternativesOf,
  assignments,
  conditionNames,
  describeChoice,
  isIntrinsic,
  isSamTemplate,
  nameOf,
  readTemplate,
  resourceType,
  sourcesOf,
  specialize,
} from './aws-template.js';
import type { Alternative, Template } from './aws-template.js';
import { chooseTraffic, configTraffic, finalStage, unknownTraffic } from './aws-traffic.js';
import type { Traffic } from './aws-traffic.js';
import { resourcePlans } from './aws-cloudformation.js';
import { AdapterContext } from './context.js';
import { fieldPath } from './field-text.js';
import { planId } from './plan-id.js';
import type { FormatAdapter, PathSegment } from './types.js';

/**
 * AWS SAM templates: one plan per `AWS::Serverless::Function`, from its DeploymentPreference
 * merged over `Globals.Function.DeploymentPreference` (aws/serverless-application-model
 * samtranslator/model/preferences/deployment_preference_collection.py). Deployment groups and
 * ECS services in the same template are read as in plain CloudFormation.
 */
export const awsSam: FormatAdapter = {
  id: 'aws-sam',
  detect(doc) {
    const template = readTemplate(doc.value);
    return template !== undefined && isSamTemplate(template);
  },
  toPlans(doc) {
    const template = readTemplate(doc.value);
    if (template === undefined) return { plans: [], diagnostics: [] };
    const reader = new AdapterContext(doc);
    const plans: RolloutPlan[] = [];
    const hooks = hookFunctions(template);
    for (const [id, resource] of template.resources) {
      // A PreTraffic/PostTraffic hook is a test of another function's deployment, not a rollout.
      if (resourceType(resource) === FUNCTION && !hooks.has(id)) {
        const plan = functionPlan(reader, template, id, resource);
        const variants = functionVariants(reader, template, id, plan);
        plans.push(variants ? { ...plan, variants } : plan);
      }
    }
    plans.push(...resourcePlans(reader, template));
    return { plans, diagnostics: uniqueDiagnostics(reader.diagnostics) };
  },
};

const FUNCTION = 'AWS::Serverless::Function';
/** More conditions than this are not split into variants (2^n templates). */
const MAX_CONDITIONS = 4;

/**
 * The function's rollout under each choice of the conditions its DeploymentPreference depends on
 * (each branch of `Fn::If`), so that a change is compared branch by branch: turning the canary of
 * the IsProd branch into AllAtOnce is a regression even when the other branch was AllAtOnce
 * already. Conditions that change nothing for this function are left out.
 */
function functionVariants(
  reader: AdapterContext,
  template: Template,
  id: string,
  plan: RolloutPlan,
): PlanVariant[] | undefined {
  const configs = [...template.resources.values()].filter(
    (resource) => resourceType(resource) === 'AWS::CodeDeploy::DeploymentConfig',
  );
  const scope = [template.resources.get(id), path(template.value, ['Globals', 'Function']), configs];
  const names = conditionNames(scope);
  if (names.length === 0) return undefined;
  if (names.length > MAX_CONDITIONS) {
    plan.notes.push(
      `the rollout depends on ${names.length} conditions; only the weakest branch is judged, not each one against the base`,
    );
    return undefined;
  }
  const variantFor = (choice: Map<string, boolean>): PlanVariant | undefined => {
    const specialized = readTemplate(specialize(template.value, choice));
    const resource = specialized?.resources.get(id);
    if (specialized === undefined || resource === undefined) return undefined;
    const quiet = new AdapterContext(reader.doc);
    const { strategy, stages, backgroundGates, rollback, bypasses } = functionPlan(
      quiet,
      specialized,
      id,
      resource,
    );
    return { when: describeChoice(choice), strategy, stages, backgroundGates, rollback, bypasses };
  };
  const shapeKey = (variant: PlanVariant | undefined) =>
    JSON.stringify(variant ? { ...variant, when: [] } : null);
  const all = assignments(names).map((choice) => ({ choice, key: shapeKey(variantFor(choice)) }));
  const relevant = names.filter((name) =>
    all.some(({ choice, key }) => {
      const flipped = all.find((other) =>
        [...other.choice].every(([n, v]) => (n === name ? v !== choice.get(n) : v === choice.get(n))),
      );
      return flipped !== undefined && flipped.key !== key;
    }),
  );
  if (relevant.length === 0) return undefined;
  return assignments(relevant).flatMap((choice) => {
    const variant = variantFor(choice);
    return variant ? [variant] : [];
  });
}

/** Logical ids that some function's DeploymentPreference (or Globals) names as a traffic hook. */
function hookFunctions(template: Template): Set<string> {
  const names = new Set<string>();
  const collect = (preference: unknown) => {
    const hooks = field(preference, 'Hooks');
    for (const key of HOOK_KEYS) {
      const value = field(hooks, key);
      // !Ref Fn, !GetAtt Fn.Arn, or a plain logical id.
      const getAtt = asArray(field(value, 'Fn::GetAtt'));
      const ref = asString(value) ?? asString(field(value, 'Ref')) ?? asString(getAtt?.[0]);
      if (ref !== undefined) names.add(ref);
    }
  };
  for (const [, resource] of template.resources)
    collect(path(resource, ['Properties', 'DeploymentPreference']));
  collect(path(template.value, GLOBAL_PREFERENCE.map(String)));
  return names;
}
const GLOBAL_PREFERENCE: PathSegment[] = ['Globals', 'Function', 'DeploymentPreference'];
const HOOK_KEYS = new Set(['PreTraffic', 'PostTraffic']);

const NO_PREFERENCE = 'no DeploymentPreference: every update shifts all traffic at once';
const ALARMS_ROLL_BACK = 'CloudWatch alarms stop and roll back the deployment';
const HOOKS_ROLL_BACK = 'a failing hook rolls back';

type Shape = Pick<RolloutPlan, 'strategy' | 'stages' | 'backgroundGates' | 'rollback'>;

/** Reads one function; its problems go to the template's context, its notes to the function's plan. */
class FunctionReader extends AdapterContext {
  readonly bypasses: Bypass[] = [];
  constructor(
    reader: AdapterContext,
    readonly template: Template,
    readonly id: string,
  ) {
    super(reader.doc, reader.diagnostics);
  }
}

function functionPlan(
  reader: AdapterContext,
  template: Template,
  id: string,
  resource: PlainObject,
): RolloutPlan {
  const ctx = new FunctionReader(reader, template, id);
  const propertiesAt: PathSegment[] = ['Resources', id, 'Properties'];
  const rawProperties = field(resource, 'Properties');
  if (rawProperties !== undefined && rawProperties !== null && !isObject(rawProperties)) {
    ctx.invalid(propertiesAt, `must be a map, got ${describe(rawProperties)}`);
  }
  const properties = isObject(rawProperties) ? rawProperties : {};
  const typeLine = ctx.doc.lineOf(['Resources', id, 'Type']);

  const preference = readPreference(ctx, properties);
  const shape =
    preference === 'absent'
      ? allAtOnce(typeLine, NO_PREFERENCE, 'no DeploymentPreference: nothing rolls back')
      : preference === 'unreadable'
        ? allAtOnce(
            typeLine,
            'DeploymentPreference cannot be read; read as all at once',
            'DeploymentPreference cannot be read: read as no rollback',
          )
        : preferenceRollout(ctx, properties, preference);

  const condition = asString(field(resource, 'Condition'));
  if (condition !== undefined) ctx.notes.push(`${id} is created only when condition ${condition} holds`);
  return {
    id: planId('aws-sam', FUNCTION, ctx.doc, id),
    format: 'aws-sam',
    file: ctx.doc.file,
    line: typeLine,
    target: { kind: FUNCTION, name: id },
    ...shape,
    bypasses: ctx.bypasses,
    notes: ctx.notes,
  };

  function allAtOnce(line: number, note: string, how: string): Shape {
    ctx.notes.push(note);
    return {
      strategy: 'all-at-once',
      stages: [finalStage(line)],
      backgroundGates: [],
      rollback: { automatic: false, how: [how] },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The preference, merged over Globals

interface Preference {
  /** The function's own DeploymentPreference merged over the Globals one. */
  value: PlainObject;
  local: PlainObject | undefined;
  global: PlainObject | undefined;
  localAt: PathSegment[];
  /** Where a key of the merged preference is written: on the function if there, else in Globals. */
  at(...keys: PathSegment[]): PathSegment[];
}

function readPreference(ctx: FunctionReader, properties: PlainObject): Preference | 'absent' | 'unreadable' {
  const localAt: PathSegment[] = ['Resources', ctx.id, 'Properties', 'DeploymentPreference'];
  const localRaw = field(properties, 'DeploymentPreference');
  const globalRaw = path(ctx.template.value, GLOBAL_PREFERENCE as string[]);
  const local = mapOrReport(ctx, localRaw, localAt);
  const global = mapOrReport(ctx, globalRaw, GLOBAL_PREFERENCE);
  if (local === undefined && global === undefined) {
    return isAbsent(localRaw) && isAbsent(globalRaw) ? 'absent' : 'unreadable';
  }
  const has = (object: unknown, keys: PathSegment[]) =>
    keys.reduce<unknown>(
      (value, key) => (typeof key === 'number' ? asArray(value)?.[key] : field(value, key)),
      object,
    ) !== undefined;
  return {
    value: mergeGlobals(global ?? {}, local ?? {}) as PlainObject,
    local,
    global,
    localAt,
    at: (...keys: PathSegment[]) => {
      if (local !== undefined && has(local, keys)) return [...localAt, ...keys];
      if (global !== undefined && has(global, keys)) return [...GLOBAL_PREFERENCE, ...keys];
      return [...(local !== undefined ? localAt : GLOBAL_PREFERENCE), ...keys];
    },
  };
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function mapOrReport(ctx: FunctionReader, value: unknown, at: PathSegment[]): PlainObject | undefined {
  if (isAbsent(value)) return undefined;
  if (isObject(value) && !isIntrinsic(value)) return value;
  ctx.invalid(
    at,
    `must be a map of deployment settings, got ${isIntrinsic(value) ? 'an intrinsic function' : describe(value)}`,
  );
  return undefined;
}

/**
 * SAM's Globals merge (samtranslator/plugins/globals/globals.py): maps merge key by key, lists
 * concatenate (Globals first), anything else on the function wins.
 */
function mergeGlobals(global: unknown, local: unknown): unknown {
  if (isObject(global) && isObject(local) && !isIntrinsic(global) && !isIntrinsic(local)) {
    const keys = [...new Set([...Object.keys(global), ...Object.keys(local)])];
    return Object.fromEntries(
      keys.map((key) => {
        const own = field(local, key);
        const inherited = field(global, key);
        return [
          key,
          own === undefined ? inherited : inherited === undefined ? own : mergeGlobals(inherited, own),
        ];
      }),
    );
  }
  if (Array.isArray(global) && Array.isArray(local))
    return [...(global as unknown[]), ...(local as unknown[])];
  return local;
}

// ---------------------------------------------------------------------------------------------
// Reading the preference

function preferenceRollout(ctx: FunctionReader, properties: PlainObject, preference: Preference): Shape {
  if (preference.global !== undefined) {
    ctx.notes.push(
      preference.local !== undefined
        ? "DeploymentPreference is Globals.Function.DeploymentPreference merged with the function's own"
        : 'DeploymentPreference comes from Globals.Function.DeploymentPreference',
    );
  }
  const enabled = readEnabled(ctx, preference);
  if (!enabled.on) {
    ctx.bypasses.push({
      field: enabled.field,
      reason:
        'DeploymentPreference is disabled: SAM points the alias at each new version at once, without CodeDeploy, hooks or alarms',
      line: enabled.line,
    });
    return {
      strategy: 'all-at-once',
      stages: [finalStage(enabled.line)],
      backgroundGates: [],
      rollback: { automatic: false, how: ['DeploymentPreference is disabled: nothing rolls back'] },
    };
  }
  checkAlias(ctx, properties, preference);
  const traffic = readType(ctx, preference);
  const alarms = readAlarms(ctx, preference);
  const hooks = readHooks(ctx, preference);

  const stages: Stage[] = traffic.stages;
  if (hooks.pre !== undefined)
    stages.unshift({ weight: 0, hold: 0, gates: [hooks.pre], line: hooks.pre.line });
  if (hooks.post !== undefined) stages[stages.length - 1]?.gates.push(hooks.post);

  const how: string[] = [];
  const lines: number[] = [];
  if (alarms.length > 0) {
    how.push(ALARMS_ROLL_BACK);
    lines.push(ctx.doc.lineOf(preference.at('Alarms')));
  }
  if (hooks.pre !== undefined || hooks.post !== undefined) {
    how.push(HOOKS_ROLL_BACK);
    lines.push(ctx.doc.lineOf(preference.at('Hooks')));
  }
  const rollback =
    how.length > 0
      ? { automatic: true, how, line: Math.min(...lines) }
      : {
          automatic: false,
          how: ['no Alarms or Hooks: nothing stops the traffic shift, so nothing rolls back'],
        };
  return { strategy: traffic.strategy, stages, backgroundGates: alarms, rollback };
}

/**
 * `Enabled` defaults to true; SAM reads a string as true only when it is "true" in any case.
 * Intrinsic functions count as disabled when any value they can take disables it.
 */
function readEnabled(
  ctx: FunctionReader,
  preference: Preference,
): { on: boolean; line: number; field: string } {
  const at = preference.at('Enabled');
  const result = (on: boolean) => ({
    on,
    line: ctx.doc.lineOf(at),
    field:
      at[0] === 'Globals' ? 'Globals.Function.DeploymentPreference.Enabled' : 'DeploymentPreference.Enabled',
  });
  const raw = field(preference.value, 'Enabled');
  if (isAbsent(raw)) return result(true);
  if (isIntrinsic(raw)) {
    const alternatives = alternativesOf(ctx.template, raw);
    const on = alternatives.every((alternative) =>
      enabledValue(alternative.resolved.kind === 'value' ? alternative.resolved.value : undefined),
    );
    ctx.notes.push(
      `DeploymentPreference.Enabled depends on ${describeSources(alternatives)}: ${on ? 'enabled whatever the value' : 'judged as disabled, the weakest'}`,
    );
    return result(on);
  }
  if (typeof raw !== 'boolean' && !(typeof raw === 'string' && /^(?:true|false)$/i.test(raw))) {
    ctx.invalid(at, `must be true or false, got ${describe(raw)}; SAM reads it as false`);
  }
  return result(enabledValue(raw));
}

function enabledValue(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && value.toLowerCase() === 'true';
}

function describeSources(alternatives: readonly Alternative[]): string {
  const sources = sourcesOf(alternatives);
  return sources.length > 0 ? sources.join(' and ') : 'intrinsic functions';
}

/** SAM rejects an enabled DeploymentPreference on a function without AutoPublishAlias. */
function checkAlias(ctx: FunctionReader, properties: PlainObject, preference: Preference): void {
  const alias =
    field(properties, 'AutoPublishAlias') ??
    path(ctx.template.value, ['Globals', 'Function', 'AutoPublishAlias']);
  if (!isAbsent(alias) && alias !== '') return;
  ctx.report(
    preference.local !== undefined ? preference.localAt : ['Resources', ctx.id],
    `${ctx.id} has a DeploymentPreference${preference.local === undefined ? ' (from Globals)' : ''} but no AutoPublishAlias: SAM rejects the template`,
  );
}

function readType(ctx: FunctionReader, preference: Preference): Traffic {
  const at = preference.at('Type');
  const line = ctx.doc.lineOf(at);
  const raw = field(preference.value, 'Type');
  if (isAbsent(raw) || raw === '') {
    ctx.invalid(at.slice(0, -1), 'has no Type: SAM rejects it; read as all at once');
    const traffic = unknownTraffic(line, 'no Type', 'DeploymentPreference has no Type; read as all at once');
    ctx.notes.push(...traffic.notes);
    return traffic;
  }
  return chooseTraffic(
    ctx.template,
    raw,
    'DeploymentPreference.Type',
    (resolved) => configTraffic(ctx, ctx.template, resolved, line, true),
    ctx.notes,
  );
}

/** One metric-check gate per alarm; an alarm a condition can leave out does not count. */
function readAlarms(ctx: FunctionReader, preference: Preference): Gate[] {
  const entries = alarmEntries(ctx, preference);
  const gates: Gate[] = [];
  for (const entry of entries) {
    const alternatives = alternativesOf(ctx.template, entry.value);
    if (alternatives.some((alternative) => alternative.resolved.kind === 'none')) {
      const shown = entry.at.slice(entry.at.lastIndexOf('DeploymentPreference'));
      ctx.notes.push(
        `${fieldPath(shown)} is left out under ${describeSources(alternatives)}; it is not counted`,
      );
      continue;
    }
    gates.push(metricGate(nameOf(ctx.template, entry.value), ctx.doc.lineOf(entry.at)));
  }
  return gates;
}

/** The alarm list: Globals' entries, then the function's, or the fewest a condition can select. */
function alarmEntries(ctx: FunctionReader, preference: Preference): { value: unknown; at: PathSegment[] }[] {
  const listAt = (base: PathSegment[]) => [...base, 'Alarms'];
  const fromList = (list: unknown[], base: PathSegment[]) =>
    list.map((value, index) => ({ value, at: [...listAt(base), index] }));
  const own = field(preference.local, 'Alarms');
  const inherited = field(preference.global, 'Alarms');
  if (Array.isArray(own) && Array.isArray(inherited)) {
    return [...fromList(inherited, GLOBAL_PREFERENCE), ...fromList(own, preference.localAt)];
  }
  const [raw, base] = own !== undefined ? [own, preference.localAt] : [inherited, GLOBAL_PREFERENCE];
  if (isAbsent(raw)) return [];
  if (Array.isArray(raw)) return fromList(raw, base);
  if (!isIntrinsic(raw)) {
    ctx.invalid(listAt(base), `must be a list of alarms, got ${describe(raw)}`);
    return [];
  }
  // `Alarms: !If [Cond, [A, B], !Ref AWS::NoValue]`: judge the branch with the fewest alarms.
  const alternatives = alternativesOf(ctx.template, raw);
  const lists = alternatives.map((alternative) =>
    alternative.resolved.kind === 'value' ? (asArray(alternative.resolved.value) ?? []) : [],
  );
  const fewest =
    lists.reduce<unknown[] | undefined>(
      (best, list) => (best === undefined || list.length < best.length ? list : best),
      undefined,
    ) ?? [];
  if (lists.some((list) => list.length !== fewest.length)) {
    ctx.notes.push(
      `Alarms depend on ${describeSources(alternatives)}: judged with the fewest, ${fewest.length === 0 ? 'none' : fewest.length}`,
    );
  }
  return fewest.map((value) => ({ value, at: listAt(base) }));
}

function readHooks(ctx: FunctionReader, preference: Preference): { pre?: Gate; post?: Gate } {
  const hooksAt = preference.at('Hooks');
  const hooks = field(preference.value, 'Hooks');
  if (isAbsent(hooks)) return {};
  if (!isObject(hooks) || isIntrinsic(hooks)) {
    ctx.invalid(hooksAt, `must be a map with PreTraffic and PostTraffic, got ${describe(hooks)}`);
    return {};
  }
  for (const key of Object.keys(hooks)) {
    if (!HOOK_KEYS.has(key))
      ctx.invalid(preference.at('Hooks', key), 'is not a SAM hook (PreTraffic or PostTraffic)');
  }
  const gate = (key: string): Gate | undefined => {
    const value = field(hooks, key);
    if (isAbsent(value)) return undefined;
    const alternatives = alternativesOf(ctx.template, value);
    if (alternatives.some((alternative) => alternative.resolved.kind === 'none')) {
      ctx.notes.push(`Hooks.${key} is left out under ${describeSources(alternatives)}; it is not counted`);
      return undefined;
    }
    return webhookGate(nameOf(ctx.template, value), ctx.doc.lineOf(preference.at('Hooks', key)));
  };
  const pre = gate('PreTraffic');
  const post = gate('PostTraffic');
  return { ...(pre !== undefined ? { pre } : {}), ...(post !== undefined ? { post } : {}) };
}
