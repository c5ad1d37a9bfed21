import type { Diagnostic, Gate, Stage, Strategy } from '../core/model.js';
import { asArray, asNumber, asString, field, isObject } from './access.js';
import type { PlainObject } from './access.js';
import type { AdapterContext } from './context.js';
import { fieldPath } from './field-text.js';
import type { PathSegment } from './types.js';

/**
 * What the AWS adapters share: reading CloudFormation intrinsic functions into the values they
 * can take, CodeDeploy's predefined deployment configurations, and choosing the weakest of
 * several possible rollouts.
 */

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${clip(value)}" (a string)`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a map';
}

export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function named(name: string | undefined): { name?: string } {
  return name !== undefined && name.trim() !== '' ? { name } : {};
}

export function minutes(count: number): string {
  return `${count} minute${count === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Templates and intrinsic functions

/** A CloudFormation or SAM template: the document's top-level map. */
export interface Template {
  value: PlainObject;
  /** Resources by logical id, in template order; entries that are not maps are left out. */
  resources: Map<string, PlainObject>;
}

export function readTemplate(value: unknown): Template | undefined {
  if (!isObject(value)) return undefined;
  const raw = field(value, 'Resources');
  if (!isObject(raw)) return undefined;
  const resources = new Map<string, PlainObject>();
  for (const [id, resource] of Object.entries(raw)) {
    if (isObject(resource)) resources.set(id, resource);
  }
  return { value, resources };
}

export function resourceType(resource: unknown): string | undefined {
  return asString(field(resource, 'Type'));
}

/** Is `value` a single-key map that CloudFormation reads as a function (`Ref`, `Fn::…`)? */
export function isIntrinsic(value: unknown): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0]?.startsWith('Fn::') ?? false));
}

/** What an intrinsic function (or plain value) can evaluate to, as far as the template shows. */
export type Resolved =
  /** Plain data: a string, number, boolean, list or map. */
  | { kind: 'value'; value: unknown }
  /** A resource of this template, by logical id (`Ref`, `Fn::GetAtt`). */
  | { kind: 'ref'; id: string }
  /** `AWS::NoValue`: the property is left out. */
  | { kind: 'none' }
  | { kind: 'unknown'; why: string };

export interface Alternative {
  resolved: Resolved;
  /** The conditions, parameters and mappings the value depends on, in words. */
  sources: string[];
}

const MAX_ALTERNATIVES = 32;

/**
 * Every value `value` can take: both branches of `Fn::If`, the default and allowed values of a
 * parameter, the entries of a mapping. Deploy-time values (pseudo parameters, attributes of
 * other resources) are 'unknown'.
 */
export function alternativesOf(template: Template, value: unknown): Alternative[] {
  return dedupe(resolve(template, value)).slice(0, MAX_ALTERNATIVES);
}

function resolve(template: Template, value: unknown): Alternative[] {
  if (!isIntrinsic(value)) return [{ resolved: { kind: 'value', value }, sources: [] }];
  const [key] = Object.keys(value as PlainObject);
  const argument = field(value, key ?? '');
  switch (key) {
    case 'Ref':
      return resolveRef(template, argument);
    case 'Fn::If':
      return resolveIf(template, argument);
    case 'Fn::Sub':
      return resolveSub(template, argument);
    case 'Fn::FindInMap':
      return resolveFindInMap(template, argument);
    case 'Fn::GetAtt': {
      const id = Array.isArray(argument) ? asString(argument[0]) : asString(argument)?.split('.')[0];
      return [only(id !== undefined && template.resources.has(id) ? { kind: 'ref', id } : unknown(key))];
    }
    default:
      return [only(unknown(key ?? 'an intrinsic function'))];
  }
}

function only(resolved: Resolved, sources: string[] = []): Alternative {
  return { resolved, sources };
}

function unknown(what: string): Resolved {
  return { kind: 'unknown', why: `${what} is only known at deploy time` };
}

function resolveRef(template: Template, name: unknown): Alternative[] {
  if (typeof name !== 'string') return [only(unknown('Ref'))];
  if (name === 'AWS::NoValue') return [only({ kind: 'none' })];
  if (name.startsWith('AWS::')) return [only(unknown(`pseudo parameter ${name}`))];
  if (template.resources.has(name)) return [only({ kind: 'ref', id: name })];
  const parameter = field(field(template.value, 'Parameters'), name);
  if (!isObject(parameter))
    return [only({ kind: 'unknown', why: `${name} is not declared in the template` })];
  return parameterValues(name, parameter);
}

function parameterValues(name: string, parameter: PlainObject): Alternative[] {
  const fallback = field(parameter, 'Default');
  const allowed = asArray(field(parameter, 'AllowedValues')) ?? [];
  const values = [...(fallback !== undefined ? [fallback] : []), ...allowed];
  if (values.length === 0) {
    return [only({ kind: 'unknown', why: `parameter ${name} has no Default or AllowedValues` })];
  }
  const shown = fallback !== undefined ? `default ${scalarText(fallback)}` : 'no default';
  const source =
    allowed.length > 0
      ? `parameter ${name} (${shown}, allowed ${allowed.map(scalarText).join(', ')})`
      : `parameter ${name} (${shown}; any other value can be passed at deploy time)`;
  return values.map((value) => only({ kind: 'value', value }, [source]));
}

function resolveIf(template: Template, argument: unknown): Alternative[] {
  const list = asArray(argument);
  const condition = asString(list?.[0]);
  if (list?.length !== 3 || condition === undefined) return [only(unknown('a malformed Fn::If'))];
  const source = `condition ${condition}`;
  return [...resolve(template, list[1]), ...resolve(template, list[2])].map((alternative) => ({
    resolved: alternative.resolved,
    sources: [source, ...alternative.sources],
  }));
}

/** `Fn::Sub` with `${Name}` taken from its own variables or from parameters. */
function resolveSub(template: Template, argument: unknown): Alternative[] {
  const list = asArray(argument);
  const text = asString(list ? list[0] : argument);
  const own = list?.[1];
  if (text === undefined) return [only(unknown('a malformed Fn::Sub'))];

  let partials: { text: string; sources: string[] }[] = [{ text: '', sources: [] }];
  const pieces = text.split(/(\$\{[^}]*\})/);
  for (const piece of pieces) {
    const variable = /^\$\{([^!][^}]*)\}$/.exec(piece)?.[1]?.trim();
    if (variable === undefined) {
      const literal = piece.replace(/^\$\{!/, '${');
      partials = partials.map((partial) => ({ ...partial, text: partial.text + literal }));
      continue;
    }
    const values =
      field(own, variable) !== undefined
        ? resolve(template, field(own, variable))
        : resolveRef(template, variable);
    const next: typeof partials = [];
    for (const partial of partials) {
      for (const value of values) {
        const piece = value.resolved.kind === 'value' ? scalarOrUndefined(value.resolved.value) : undefined;
        if (piece === undefined) {
          const why =
            value.resolved.kind === 'unknown' ? value.resolved.why : `\${${variable}} is not a plain value`;
          return [only({ kind: 'unknown', why }, value.sources)];
        }
        next.push({ text: partial.text + piece, sources: [...partial.sources, ...value.sources] });
      }
    }
    partials = next.slice(0, MAX_ALTERNATIVES);
  }
  return partials.map((partial) => only({ kind: 'value', value: partial.text }, partial.sources));
}

function resolveFindInMap(template: Template, argument: unknown): Alternative[] {
  const list = asArray(argument);
  const mapName = asString(list?.[0]);
  const mapping = mapName === undefined ? undefined : field(field(template.value, 'Mappings'), mapName);
  if (list?.length !== 3 || mapName === undefined || !isObject(mapping)) {
    return [only(unknown('a Fn::FindInMap on a mapping that is not in the template'))];
  }
  const source = `mapping ${mapName}`;
  const results: Alternative[] = [];
  for (const top of keyAlternatives(template, list[1], Object.keys(mapping))) {
    const entry = field(mapping, top.key);
    const seconds = isObject(entry) ? Object.keys(entry) : [];
    for (const second of keyAlternatives(template, list[2], seconds)) {
      const value = field(entry, second.key);
      if (value === undefined) continue;
      results.push(only({ kind: 'value', value }, [source, ...top.sources, ...second.sources]));
    }
  }
  return results.length > 0 ? results : [only(unknown('a Fn::FindInMap with no matching entry'))];
}

/** The keys a FindInMap argument can be; every key of the level when it is only known at deploy time. */
function keyAlternatives(
  template: Template,
  value: unknown,
  keys: string[],
): { key: string; sources: string[] }[] {
  return resolve(template, value).flatMap((alternative) => {
    const key =
      alternative.resolved.kind === 'value' ? scalarOrUndefined(alternative.resolved.value) : undefined;
    return key !== undefined
      ? [{ key, sources: alternative.sources }]
      : keys.map((each) => ({ key: each, sources: alternative.sources }));
  });
}

function scalarOrUndefined(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function scalarText(value: unknown): string {
  return clip(scalarOrUndefined(value) ?? describe(value), 80);
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((alternative) => {
    const key = JSON.stringify(alternative.resolved);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a resolved value reads in a note: the string, the resource's logical id. */
export function labelOf(resolved: Resolved): string {
  switch (resolved.kind) {
    case 'value':
      return scalarText(resolved.value);
    case 'ref':
      return resolved.id;
    case 'none':
      return 'AWS::NoValue';
    case 'unknown':
      return 'a value known only at deploy time';
  }
}

/** The name a Ref, GetAtt or string gives a function, alarm or hook. */
export function nameOf(template: Template | undefined, value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  const ref = asString(field(value, 'Ref'));
  const isParameter = ref !== undefined && field(field(template?.value, 'Parameters'), ref) !== undefined;
  if (ref !== undefined && !isParameter) return ref;
  const getAtt = field(value, 'Fn::GetAtt');
  const owner = Array.isArray(getAtt) ? asString(getAtt[0]) : asString(getAtt)?.split('.')[0];
  if (owner !== undefined) return owner;
  if (!template) return undefined;
  const [first] = alternativesOf(template, value);
  if (first?.resolved.kind === 'ref') return first.resolved.id;
  if (first?.resolved.kind === 'value') return scalarOrUndefined(first.resolved.value);
  return undefined;
}

export function sourcesOf(alternatives: readonly Alternative[]): string[] {
  return [...new Set(alternatives.flatMap((alternative) => alternative.sources))];
}

// ---------------------------------------------------------------------------------------------
// Traffic shapes

/** How traffic moves to the new version, before gates and hooks are added. */
export interface Traffic {
  strategy: Strategy;
  stages: Stage[];
  /** False when the settings live where rollout-guard cannot see them: read as all at once. */
  known: boolean;
  /** The configuration's name, as notes show it. */
  label: string;
  notes: string[];
}

export function finalStage(line: number): Stage {
  return { weight: 100, hold: 0, gates: [], line };
}

export function canaryTraffic(
  percent: number,
  intervalMinutes: number,
  line: number,
  label: string,
): Traffic {
  if (percent >= 100) return allAtOnceTraffic(line, label);
  return {
    strategy: 'canary',
    stages: [{ weight: percent, hold: intervalMinutes * 60, gates: [], line }, finalStage(line)],
    known: true,
    label,
    notes: [],
  };
}

/** Equal increments with a wait after each, up to 100%: 10% every 2 minutes is 10, 20, … 90, 100. */
export function linearTraffic(
  percent: number,
  intervalMinutes: number,
  line: number,
  label: string,
): Traffic {
  if (percent >= 100) return allAtOnceTraffic(line, label);
  const stages: Stage[] = [];
  for (let step = 1; step * percent < 100 && step <= 1000; step++) {
    const weight = Math.round(step * percent * 1000) / 1000;
    stages.push({ weight, hold: intervalMinutes * 60, gates: [], line });
  }
  stages.push(finalStage(line));
  return { strategy: 'linear', stages, known: true, label, notes: [] };
}

function allAtOnceTraffic(line: number, label: string): Traffic {
  return { strategy: 'all-at-once', stages: [finalStage(line)], known: true, label, notes: [] };
}

/** Settings that cannot be seen are read as the weakest rollout: everything at once. */
export function unknownTraffic(line: number, label: string, note: string): Traffic {
  return { strategy: 'all-at-once', stages: [finalStage(line)], known: false, label, notes: [note] };
}

type ConfigSpec =
  | { kind: 'canary' | 'linear'; percent: number; minutes: number }
  | { kind: 'all-at-once' }
  | { kind: 'in-place'; note: string };

const canary = (percent: number, every: number): ConfigSpec => ({ kind: 'canary', percent, minutes: every });
const linear = (percent: number, every: number): ConfigSpec => ({ kind: 'linear', percent, minutes: every });

/** CodeDeploy's predefined deployment configurations (docs: deployment-configurations.html). */
const PREDEFINED = new Map<string, ConfigSpec>([
  ['CodeDeployDefault.LambdaAllAtOnce', { kind: 'all-at-once' }],
  ['CodeDeployDefault.LambdaCanary10Percent5Minutes', canary(10, 5)],
  ['CodeDeployDefault.LambdaCanary10Percent10Minutes', canary(10, 10)],
  ['CodeDeployDefault.LambdaCanary10Percent15Minutes', canary(10, 15)],
  ['CodeDeployDefault.LambdaCanary10Percent30Minutes', canary(10, 30)],
  ['CodeDeployDefault.LambdaLinear10PercentEvery1Minute', linear(10, 1)],
  ['CodeDeployDefault.LambdaLinear10PercentEvery2Minutes', linear(10, 2)],
  ['CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', linear(10, 3)],
  ['CodeDeployDefault.LambdaLinear10PercentEvery10Minutes', linear(10, 10)],
  ['CodeDeployDefault.ECSAllAtOnce', { kind: 'all-at-once' }],
  ['CodeDeployDefault.ECSCanary10Percent5Minutes', canary(10, 5)],
  ['CodeDeployDefault.ECSCanary10Percent15Minutes', canary(10, 15)],
  ['CodeDeployDefault.ECSLinear10PercentEvery1Minutes', linear(10, 1)],
  ['CodeDeployDefault.ECSLinear10PercentEvery3Minutes', linear(10, 3)],
  ['CodeDeployDefault.AllAtOnce', { kind: 'all-at-once' }],
  [
    'CodeDeployDefault.HalfAtATime',
    { kind: 'in-place', note: 'CodeDeployDefault.HalfAtATime deploys to half of the instances at a time' },
  ],
  [
    'CodeDeployDefault.OneAtATime',
    { kind: 'in-place', note: 'CodeDeployDefault.OneAtATime deploys to one instance at a time' },
  ],
]);

/** The bare names SAM accepts in DeploymentPreference.Type, which it prefixes with CodeDeployDefault.Lambda. */
function samConfigName(type: string): string | undefined {
  const full = `CodeDeployDefault.Lambda${type}`;
  return PREDEFINED.has(full) ? full : undefined;
}

/** The traffic of a predefined configuration, all stages at `line`; undefined for other names. */
export function predefinedTraffic(name: string, line: number, label = name): Traffic | undefined {
  const spec = PREDEFINED.get(name);
  if (spec === undefined) return undefined;
  switch (spec.kind) {
    case 'canary':
      return canaryTraffic(spec.percent, spec.minutes, line, label);
    case 'linear':
      return linearTraffic(spec.percent, spec.minutes, line, label);
    case 'all-at-once':
      return allAtOnceTraffic(line, label);
    case 'in-place':
      return { strategy: 'rolling', stages: [finalStage(line)], known: true, label, notes: [spec.note] };
  }
}

/**
 * The traffic an `AWS::CodeDeploy::DeploymentConfig` of the template describes
 * (TrafficRoutingConfig: TimeBasedCanary, TimeBasedLinear or AllAtOnce).
 */
function deploymentConfigTraffic(reader: AdapterContext, template: Template, id: string): Traffic {
  const base: PathSegment[] = ['Resources', id, 'Properties'];
  const line = (...rest: PathSegment[]) => reader.doc.lineOf([...base, ...rest]);
  const properties = field(template.resources.get(id), 'Properties');
  const routing = field(properties, 'TrafficRoutingConfig');
  if (routing === undefined || routing === null) {
    if (field(properties, 'MinimumHealthyHosts') !== undefined) {
      return {
        strategy: 'rolling',
        stages: [finalStage(line('MinimumHealthyHosts'))],
        known: true,
        label: id,
        notes: [`deployment config ${id} deploys in place, keeping a minimum of healthy hosts`],
      };
    }
    return allAtOnceTraffic(line(), id);
  }
  const type = field(routing, 'Type');
  const number = (group: string, key: string): number | undefined => {
    const value = field(field(routing, group), key);
    const parsed = asNumber(value);
    if (parsed === undefined || parsed <= 0) {
      if (isIntrinsic(value)) return undefined;
      reader.invalid(
        [...base, 'TrafficRoutingConfig', group, key],
        `must be a positive number, got ${describe(value)}`,
      );
      return undefined;
    }
    return parsed;
  };
  const unseen = (why: string) =>
    unknownTraffic(line('TrafficRoutingConfig'), id, `deployment config ${id}: ${why}; read as all at once`);

  if (type === 'TimeBasedCanary' || type === 'TimeBasedLinear') {
    const canaryType = type === 'TimeBasedCanary';
    const percentKey = canaryType ? 'CanaryPercentage' : 'LinearPercentage';
    const intervalKey = canaryType ? 'CanaryInterval' : 'LinearInterval';
    const percent = number(type, percentKey);
    const interval = number(type, intervalKey);
    if (percent === undefined || interval === undefined) {
      return unseen(`${type} has no plain ${percentKey} and ${intervalKey}`);
    }
    const stageLine = line('TrafficRoutingConfig', type, percentKey);
    const traffic = canaryType
      ? canaryTraffic(percent, interval, stageLine, id)
      : linearTraffic(percent, interval, stageLine, id);
    const last = traffic.stages[traffic.stages.length - 1];
    if (last) last.line = line('TrafficRoutingConfig');
    return traffic;
  }
  if (type === 'AllAtOnce') return allAtOnceTraffic(line('TrafficRoutingConfig', 'Type'), id);
  reader.invalid(
    [...base, 'TrafficRoutingConfig', 'Type'],
    `must be TimeBasedCanary, TimeBasedLinear or AllAtOnce, got ${describe(type)}`,
  );
  return unseen('its TrafficRoutingConfig type is not one CodeDeploy knows');
}

/** A DeploymentConfig of the template whose DeploymentConfigName is this literal name. */
function deploymentConfigNamed(template: Template, name: string): string | undefined {
  for (const [id, resource] of template.resources) {
    if (resourceType(resource) !== 'AWS::CodeDeploy::DeploymentConfig') continue;
    if (asString(field(field(resource, 'Properties'), 'DeploymentConfigName')) === name) return id;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Choosing among alternatives

/** Stages that expose part of the traffic, as canary/required counts them. */
function exposureCount(traffic: Traffic): number {
  return traffic.stages.filter((stage) => stage.weight > 0 && stage.weight < 100).length;
}

function firstWeight(traffic: Traffic): number {
  return traffic.stages.find((stage) => stage.weight > 0)?.weight ?? 100;
}

function bake(traffic: Traffic): number {
  return traffic.stages
    .slice(0, -1)
    .reduce((sum, stage) => sum + (stage.hold === 'manual' ? Infinity : stage.hold), 0);
}

/**
 * Negative when `a` is weaker: fewer exposure stages, then a higher first weight, then less bake.
 * Between equals, the one the template names outright (AllAtOnce) is shown rather than one it
 * cannot see, which is read as all at once too.
 */
function compareStrength(a: Traffic, b: Traffic): number {
  return (
    exposureCount(a) - exposureCount(b) ||
    firstWeight(b) - firstWeight(a) ||
    bake(a) - bake(b) ||
    Number(b.known) - Number(a.known)
  );
}

/** The weakest of several possible rollouts: the one a deploy may end up with. */
export function weakest(candidates: readonly Traffic[]): Traffic | undefined {
  let chosen: Traffic | undefined;
  for (const candidate of candidates) {
    if (chosen === undefined || compareStrength(candidate, chosen) < 0) chosen = candidate;
  }
  return chosen;
}

/**
 * "DeploymentPreference.Type depends on condition C: A or B; judged as the weakest, B", or for a
 * single value from a parameter, where it comes from.
 */
function choiceNote(
  fieldName: string,
  alternatives: readonly Alternative[],
  labels: readonly string[],
  chosen: string,
): string | undefined {
  const sources = sourcesOf(alternatives);
  const distinct = [...new Set(labels)];
  if (sources.length === 0 && distinct.length <= 1) return undefined;
  const from = sources.length > 0 ? sources.join(' and ') : 'intrinsic functions';
  if (distinct.length <= 1) return `${fieldName} comes from ${from}: ${chosen}`;
  return `${fieldName} depends on ${from}: ${distinct.join(' or ')}; judged as the weakest, ${chosen}`;
}

// ---------------------------------------------------------------------------------------------
// Gates

export function webhookGate(name: string | undefined, line: number, effective = true): Gate {
  return { kind: 'webhook', ...named(name), line, effective };
}

export function metricGate(name: string | undefined, line: number, effective = true): Gate {
  return { kind: 'metric-check', ...named(name), line, effective };
}

/** A short name for a Lambda function ARN: `arn:aws:lambda:…:function:name` → name. */
export function functionName(arn: string): string {
  const match = /:function:([^:]+)/.exec(arn);
  return match?.[1] ?? arn;
}

// ---------------------------------------------------------------------------------------------
// Shared readers

/** SAM: `Transform: AWS::Serverless-2016-10-31` or any `AWS::Serverless::*` resource. */
export function isSamTemplate(template: Template): boolean {
  const transform = field(template.value, 'Transform');
  const transforms = Array.isArray(transform) ? transform : [transform];
  if (transforms.some((name) => typeof name === 'string' && name.startsWith('AWS::Serverless'))) return true;
  for (const resource of template.resources.values()) {
    if (resourceType(resource)?.startsWith('AWS::Serverless::')) return true;
  }
  return false;
}

/**
 * Reads a field that selects a deployment configuration, through any intrinsic functions, into
 * the weakest traffic it can select, and says in a note what it depends on.
 */
export function chooseTraffic(
  template: Template,
  raw: unknown,
  fieldName: string,
  toTraffic: (resolved: Resolved) => Traffic,
  notes: string[],
): Traffic {
  const alternatives = alternativesOf(template, raw);
  const candidates = alternatives.map((alternative) => toTraffic(alternative.resolved));
  const chosen = weakest(candidates) ?? toTraffic({ kind: 'unknown', why: 'nothing' });
  const note = choiceNote(
    fieldName,
    alternatives,
    candidates.map((candidate) => candidate.label),
    chosen.label,
  );
  if (note !== undefined) notes.push(note);
  notes.push(...chosen.notes);
  return chosen;
}

/**
 * The traffic a deployment configuration name selects: a predefined CodeDeploy name (with
 * `samNames`, also SAM's bare names such as Canary10Percent5Minutes), or a DeploymentConfig of
 * the template by name or Ref. Anything else cannot be seen and is read as all at once.
 */
export function configTraffic(
  reader: AdapterContext,
  template: Template,
  resolved: Resolved,
  line: number,
  samNames: boolean,
): Traffic {
  const unseen = (label: string, why: string) => unknownTraffic(line, label, `${why}; read as all at once`);
  switch (resolved.kind) {
    case 'ref':
      return resourceType(template.resources.get(resolved.id)) === 'AWS::CodeDeploy::DeploymentConfig'
        ? deploymentConfigTraffic(reader, template, resolved.id)
        : unseen(resolved.id, `${resolved.id} is not an AWS::CodeDeploy::DeploymentConfig`);
    case 'value': {
      const name = asString(resolved.value);
      if (name === undefined)
        return unseen(labelOf(resolved), `${labelOf(resolved)} is not a configuration name`);
      const predefined = predefinedTraffic((samNames ? samConfigName(name) : undefined) ?? name, line, name);
      if (predefined !== undefined) return predefined;
      const id = deploymentConfigNamed(template, name);
      if (id !== undefined) return deploymentConfigTraffic(reader, template, id);
      return unseen(
        name,
        `deployment configuration ${clip(name)} is not in this template: its traffic shifting cannot be seen`,
      );
    }
    case 'none':
      return unseen('AWS::NoValue', 'no deployment configuration (AWS::NoValue)');
    case 'unknown':
      return unseen(labelOf(resolved), `the deployment configuration cannot be seen (${resolved.why})`);
  }
}

/**
 * A true/false property; CloudFormation also takes the strings "true" and "false". Intrinsic
 * functions and invalid values are read as `weak`, the value that turns the safety off.
 */
export function readFlag(
  reader: AdapterContext,
  template: Template | undefined,
  value: unknown,
  at: readonly PathSegment[],
  weak: boolean,
  notes: string[],
): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.toLowerCase() : undefined;
  if (template !== undefined && (text === 'true' || text === 'false')) return text === 'true';
  if (template !== undefined && isIntrinsic(value)) {
    const alternatives = alternativesOf(template, value);
    const flags = alternatives.map((alternative) =>
      alternative.resolved.kind === 'value' ? flagOf(alternative.resolved.value) : undefined,
    );
    const result = flags.some((flag) => flag === undefined || flag === weak) ? weak : !weak;
    const sources = sourcesOf(alternatives);
    notes.push(
      `${fieldPath(at)} depends on ${sources.length > 0 ? sources.join(' and ') : 'intrinsic functions'}; read as ${result}`,
    );
    return result;
  }
  reader.invalid(at, `must be true or false, got ${describe(value)}; read as ${weak}`);
  return weak;
}

function flagOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.toLowerCase() : undefined;
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

/** A non-negative number, or undefined (with a diagnostic when the value is there but wrong). */
export function readNumber(
  reader: AdapterContext,
  value: unknown,
  at: readonly PathSegment[],
  fallbackText: string,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = asNumber(typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : value);
  if (number === undefined || number < 0) {
    reader.invalid(at, `must be a number, got ${describe(value)}; ${fallbackText}`);
    return undefined;
  }
  return number;
}

/** Diagnostics once each: a DeploymentConfig several functions use is read once per function. */
export function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.line}:${diagnostic.code}:${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Conditions: one template per choice

/** The condition names `Fn::If` uses anywhere in `value`, sorted. */
export function conditionNames(value: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    const branches = asArray(field(node, 'Fn::If'));
    const condition = asString(branches?.[0]);
    if (isIntrinsic(node) && condition !== undefined) names.add(condition);
    for (const child of Object.values(node)) walk(child, depth + 1);
  };
  walk(value, 0);
  return [...names].sort();
}

/**
 * `value` with each `Fn::If` on a condition of `choice` replaced by the branch it takes, and a
 * property or list item that becomes `AWS::NoValue` left out, as CloudFormation does.
 */
export function specialize(value: unknown, choice: ReadonlyMap<string, boolean>): unknown {
  const NO_VALUE = Symbol('no value');
  const walk = (node: unknown, depth: number): unknown => {
    if (depth > 64) return node;
    if (Array.isArray(node)) {
      return node.map((item) => walk(item, depth + 1)).filter((item) => item !== NO_VALUE);
    }
    if (!isObject(node)) return node;
    if (isIntrinsic(node)) {
      const branches = asArray(field(node, 'Fn::If'));
      const condition = asString(branches?.[0]);
      const taken = condition === undefined ? undefined : choice.get(condition);
      if (branches?.length === 3 && taken !== undefined) return walk(branches[taken ? 1 : 2], depth + 1);
      if (field(node, 'Ref') === 'AWS::NoValue') return NO_VALUE;
    }
    const out: PlainObject = {};
    for (const [key, child] of Object.entries(node)) {
      const next = walk(child, depth + 1);
      if (next !== NO_VALUE) out[key] = next;
    }
    return out;
  };
  const result = walk(value, 0);
  return result === NO_VALUE ? undefined : result;
}

/** Every assignment of true/false to the names, in a stable order (all false first). */
export function assignments(names: readonly string[]): Map<string, boolean>[] {
  const result: Map<string, boolean>[] = [];
  for (let bits = 0; bits < 2 ** names.length; bits++) {
    result.push(new Map(names.map((name, index) => [name, (bits & (1 << index)) !== 0])));
  }
  return result;
}

/** "condition IsProd is true", as plan variants and messages say it. */
export function describeChoice(choice: ReadonlyMap<string, boolean>): string[] {
  return [...choice].map(([name, taken]) => `condition ${name} is ${taken}`);
}
