import type { Gate } from '../../core/model.js';
import { asArray, asObject, asString, field, isObject } from '../access.js';
import type { PathSegment } from '../types.js';
import { clip, describeValue as describe, fieldPath as dotted } from '../field-text.js';
import { compileGoRegexp } from '../go-regexp.js';
import { matchesEveryone } from '../traffic-match.js';
import type { ValueMatch } from '../traffic-match.js';
import { readAnalysis, readDryRun } from './analysis.js';
import type { TemplateRef } from './analysis.js';
import type { Context } from './context.js';
import { STEPS, argoDurationSeconds } from './context.js';
import type { StageBuilder } from './stages.js';

/**
 * One reader per canary step kind: setWeight, pause, analysis, experiment, header and mirror
 * routes, plugins.
 */

type StepReader = (
  ctx: Context,
  builder: StageBuilder,
  at: PathSegment[],
  value: unknown,
  maxWeight: number,
) => void;

const STEP_READERS: Record<string, StepReader> = {
  setWeight: readSetWeight,
  pause: readPause,
  analysis: readStepAnalysis,
  experiment: readExperimentStep,
  setCanaryScale: readSetCanaryScale,
  setHeaderRoute: readSetHeaderRoute,
  setMirrorRoute: readSetMirrorRoute,
  plugin: readPluginStep,
};

/** Argo's validation rejects a step with more than one of these (hasMultipleStepsType). */
const EXCLUSIVE_STEP_KINDS = ['setWeight', 'pause', 'experiment', 'analysis'];
/**
 * The order a combined step takes effect in: traffic first (a weight, then routes on top of it),
 * then what holds or gates the stage it opened. setCanaryScale, setHeaderRoute, setMirrorRoute
 * and plugin may join any step (pkg/apis/rollouts/validation/validation.go checks only the four
 * above for exclusivity).
 */
const STEP_ORDER = [
  'setWeight',
  'setCanaryScale',
  'setHeaderRoute',
  'setMirrorRoute',
  'plugin',
  'experiment',
  'analysis',
  'pause',
];

export function readStep(
  ctx: Context,
  builder: StageBuilder,
  raw: unknown,
  index: number,
  maxWeight: number,
): void {
  const at: PathSegment[] = [...STEPS, index];
  const step = asObject(raw);
  if (step === undefined) {
    ctx.invalid(at, `must be a map with a step kind (setWeight, pause, analysis, ...), got ${describe(raw)}`);
    return;
  }
  const kinds = Object.keys(step);
  const exclusive = kinds.filter((kind) => EXCLUSIVE_STEP_KINDS.includes(kind));
  if (exclusive.length > 1) {
    ctx.invalid(
      at,
      `has ${exclusive.map((k) => `\`${k}\``).join(', ')}: Argo Rollouts accepts at most one of setWeight, pause, experiment and analysis in a step and rejects the rollout; the step was ignored`,
    );
    return;
  }
  const known = kinds.filter((kind) => STEP_ORDER.includes(kind));
  for (const kind of kinds.filter((k) => !STEP_ORDER.includes(k))) {
    ctx.notes.push(`${dotted(at)} has an unknown step kind \`${clip(kind)}\`; rollout-guard ignored it`);
  }
  if (known.length === 0) {
    if (kinds.length === 0) ctx.invalid(at, 'has no step kind; Argo Rollouts rejects the rollout');
    return;
  }
  builder.beginStep();
  for (const kind of STEP_ORDER.filter((k) => known.includes(k))) {
    const reader = STEP_READERS[kind];
    if (reader) reader(ctx, builder, [...at, kind], field(step, kind), maxWeight);
  }
  builder.endStep();
}

function readSetWeight(
  ctx: Context,
  builder: StageBuilder,
  at: PathSegment[],
  value: unknown,
  maxWeight: number,
): void {
  if (typeof value === 'string') {
    ctx.invalid(at, `must be a number, not the string "${clip(value)}": Kubernetes rejects it`);
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > maxWeight) {
    ctx.invalid(at, `must be a whole number from 0 to ${maxWeight}, got ${describe(value)}`);
    return;
  }
  const share = (value * 100) / maxWeight;
  const effective = ctx.replicaWeight ? ctx.replicaWeight(share) : share;
  if (effective !== share) {
    ctx.notes.push(
      `${dotted(at)} ${value} is ${formatShare(effective)} of the pods, and so of the traffic, after Argo rounds to whole pods`,
    );
  }
  builder.raiseTo(effective, ctx.doc.lineOf(at));
}

function formatShare(weight: number): string {
  return `${Number.isInteger(weight) ? weight : weight.toFixed(1)}%`;
}

function readPause(ctx: Context, builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    ctx.invalid(
      at,
      `must be a map: {} waits for a person, {duration: 10m} waits a while; got ${describe(value)}`,
    );
    return;
  }
  const duration = field(value, 'duration');
  if (duration === undefined || duration === null) {
    builder.hold('manual', ctx.doc.lineOf(at));
    return;
  }
  const seconds = argoDurationSeconds(duration, false);
  if (seconds === undefined) {
    ctx.invalid(
      [...at, 'duration'],
      `must be seconds or a duration like 30s, 10m or 1h, got ${describe(duration)}`,
    );
    return;
  }
  builder.hold(seconds, ctx.doc.lineOf(at));
}

function readStepAnalysis(ctx: Context, builder: StageBuilder, at: PathSegment[], value: unknown): void {
  const gate = readAnalysis(ctx, at, value);
  if (gate === undefined) return;
  builder.gate(gate);
  if (gate.effective) ctx.aborts.push({ how: 'a failed analysis aborts the rollout', line: gate.line });
}

function readExperimentStep(ctx: Context, builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with templates, duration and analyses, got ${describe(value)}`);
    return;
  }
  const extra = experimentTraffic(ctx, at, value);
  if (extra > 0) builder.experiment(extra, ctx.doc.lineOf(at));
  const duration = field(value, 'duration');
  if (duration !== undefined && duration !== null) {
    const seconds = argoDurationSeconds(duration, true);
    if (seconds === undefined) {
      ctx.invalid([...at, 'duration'], `must be a duration like 30s, 10m or 1h, got ${describe(duration)}`);
    } else {
      builder.hold(seconds, ctx.doc.lineOf(at));
    }
  }

  const analyses = field(value, 'analyses');
  if (analyses === undefined || analyses === null) return;
  const list = asArray(analyses);
  if (list === undefined) {
    ctx.invalid([...at, 'analyses'], `must be a list, got ${describe(analyses)}`);
    return;
  }
  const refs = list.flatMap((entry, index): TemplateRef[] => {
    const name = asString(field(entry, 'templateName'));
    if (name === undefined || name === '') {
      ctx.invalid([...at, 'analyses', index], 'must name its AnalysisTemplate in templateName');
      return [];
    }
    return [{ name, cluster: field(entry, 'clusterScope') === true }];
  });
  if (refs.length === 0) return;
  const effective = readDryRun(ctx, at, value, refs) !== 'all';
  const gate: Gate = {
    kind: 'analysis',
    name: refs.map((r) => r.name).join(', '),
    line: ctx.doc.lineOf(at),
    effective,
  };
  builder.gate(gate);
  if (effective) ctx.aborts.push({ how: 'a failed experiment analysis aborts the rollout', line: gate.line });
}

/**
 * The share of traffic an experiment sends to pods of the new version while it runs: the weights
 * of its templates with `specRef: canary` (trafficrouting.go adds each template's weight as a
 * destination beside the canary's). A weight needs trafficRouting, or Argo rejects the rollout.
 */
function experimentTraffic(ctx: Context, at: PathSegment[], experiment: unknown): number {
  const templates = asArray(field(experiment, 'templates')) ?? [];
  let extra = 0;
  templates.forEach((template, index) => {
    const weight = field(template, 'weight');
    if (weight === undefined || weight === null) return;
    const weightAt = [...at, 'templates', index, 'weight'];
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      ctx.invalid(weightAt, `must be a whole percentage, got ${describe(weight)}`);
      return;
    }
    if (ctx.trafficRouting === undefined) {
      ctx.invalid(weightAt, 'needs trafficRouting: Argo Rollouts rejects an experiment weight without it');
      return;
    }
    if (weight === 0) return;
    const name = asString(field(template, 'name')) ?? 'a template';
    const specRef = asString(field(template, 'specRef'));
    if (specRef === 'stable') {
      ctx.notes.push(
        `${dotted(at)} sends ${weight}% of traffic to its own ReplicaSet of the stable version (${clip(name)})`,
      );
      return;
    }
    ctx.notes.push(
      `${dotted(at)} sends ${weight}% of traffic to its own ReplicaSet of the new version (${clip(name)})`,
    );
    extra += weight;
  });
  return extra;
}

function readSetCanaryScale(ctx: Context, _builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with replicas, weight or matchTrafficWeight, got ${describe(value)}`);
    return;
  }
  const replicas = field(value, 'replicas');
  const weight = field(value, 'weight');
  const scale =
    typeof replicas === 'number'
      ? `${replicas} replica${replicas === 1 ? '' : 's'}`
      : typeof weight === 'number'
        ? `${weight}% of replicas`
        : 'the traffic weight';
  ctx.notes.push(`${dotted(at)} scales the canary to ${scale} without changing its traffic`);
}

function readSetHeaderRoute(ctx: Context, builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with name and match, got ${describe(value)}`);
    return;
  }
  const match = field(value, 'match');
  if (match === undefined || match === null || (Array.isArray(match) && match.length === 0)) {
    builder.endSegment(); // a setHeaderRoute without match removes the route
    return;
  }
  const list = asArray(match);
  if (list === undefined) {
    ctx.invalid([...at, 'match'], `must be a list of header matches, got ${describe(match)}`);
    return;
  }
  const alb = isObject(field(ctx.trafficRouting, 'alb'));
  const matches = list.flatMap((item, index) => readHeaderMatch(ctx, [...at, 'match', index], item, alb));
  if (matches.length === 0) return;
  // Istio (and the Gateway API plugin) route a request that passes any one match; ALB needs all.
  const everyone = alb
    ? matches.every((m) => matchesEveryone(m.header, m.value))
    : matches.some((m) => matchesEveryone(m.header, m.value));
  if (everyone) {
    ctx.notes.push(
      `${dotted(at)} matches a header every request carries, on any value: the header route sends all traffic to the canary`,
    );
    builder.routeEveryone(ctx.doc.lineOf(at));
    return;
  }
  builder.routeSegment(
    `header ${matches.map((m) => m.text).join(alb ? ' and ' : ' or ')}`,
    ctx.doc.lineOf(at),
  );
}

/**
 * One `{headerName, headerValue: {exact|regex|prefix}}`. Argo rejects a match with no value or
 * with more than one (validation.go hasMultipleMatchValues; an empty string counts as no value),
 * and on ALB anything but exact (hasALBInvalidValues): reported, and read with the value test
 * that matches most (a missing value as a presence test), so a rejected route never narrows.
 */
function readHeaderMatch(
  ctx: Context,
  at: PathSegment[],
  item: unknown,
  alb: boolean,
): { header: string; value: ValueMatch | undefined; text: string }[] {
  const header = asString(field(item, 'headerName'));
  if (header === undefined || header === '') {
    ctx.invalid(at, 'must name a header in headerName');
    return [];
  }
  const raw = field(item, 'headerValue');
  const value: ValueMatch = {};
  for (const key of ['exact', 'regex', 'prefix'] as const) {
    const text = asString(field(raw, key));
    if (text !== undefined && text !== '') value[key] = text;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    ctx.invalid(
      [...at, 'headerValue'],
      keys.length === 0
        ? 'needs one non-empty exact, regex or prefix: Argo Rollouts rejects the rollout'
        : 'has more than one of exact, regex and prefix: Argo Rollouts rejects the rollout',
    );
    return [{ header, value: undefined, text: clip(header) }];
  }
  if (alb && value.exact === undefined) {
    ctx.invalid(
      [...at, 'headerValue'],
      'must be exact with ALB traffic routing: Argo Rollouts rejects the rollout',
    );
  }
  if (value.regex !== undefined) {
    const compiled = compileGoRegexp(value.regex);
    if (!compiled.ok) {
      ctx.invalid(
        [...at, 'headerValue', 'regex'],
        `is not a regular expression Go accepts (${clip(compiled.error)})`,
      );
    }
  }
  const text =
    value.exact !== undefined
      ? `${clip(header)}=${clip(value.exact)}`
      : value.prefix !== undefined
        ? `${clip(header)}=${clip(value.prefix)}*`
        : `${clip(header)}~${clip(value.regex ?? '')}`;
  return [{ header, value, text }];
}

function readSetMirrorRoute(ctx: Context, _builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with name, match and percentage, got ${describe(value)}`);
    return;
  }
  const percentage = field(value, 'percentage');
  const share = typeof percentage === 'number' ? `${percentage}%` : 'all';
  const removes = field(value, 'match') === undefined;
  ctx.notes.push(
    removes
      ? `${dotted(at)} removes a mirror route`
      : `${dotted(at)} mirrors ${share} of matching traffic to the canary; mirrored responses never reach users`,
  );
}

function readPluginStep(ctx: Context, _builder: StageBuilder, at: PathSegment[], value: unknown): void {
  const name = asString(field(value, 'name'));
  ctx.notes.push(
    `${dotted(at)} runs the step plugin ${name ? `\`${clip(name)}\`` : '(unnamed)'}; rollout-guard cannot tell what it does`,
  );
}
