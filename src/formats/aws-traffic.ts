import type { Stage, Strategy } from '../core/model.js';
import { asNumber, asString, field } from './access.js';
import { clip, describe } from './aws-common.js';
import { alternativesOf, isIntrinsic, labelOf, resourceType, sourcesOf } from './aws-template.js';
import type { Alternative, Resolved, Template } from './aws-template.js';
import type { AdapterContext } from './context.js';
import type { PathSegment } from './types.js';

/**
 * How an AWS deployment shifts traffic: CodeDeploy's predefined deployment configurations and
 * the template's own DeploymentConfigs, read into stages, and the weakest of several possible
 * configurations when intrinsic functions leave the choice open.
 */
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
