import type { Bypass, Gate, Rollback, RolloutPlan, Stage, Target } from '../core/model.js';
import { asArray, asBoolean, asObject, asString, field, isObject, path } from './access.js';
import { parseDuration } from './duration.js';
import { AdapterContext } from './context.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';
import { compileGoRegexp } from './go-regexp.js';
import { readInlineExemption } from './inline-exemptions.js';
import { matchesEveryone } from './traffic-match.js';
import type { ValueMatch } from './traffic-match.js';

/**
 * Argo Rollouts (argoproj.io): a `Rollout` becomes one plan; AnalysisTemplate,
 * ClusterAnalysisTemplate, Experiment and AnalysisRun are recognised but hold no rollout.
 */
export const argoRollouts: FormatAdapter = {
  id: 'argo-rollouts',
  detect(doc) {
    const kind = asString(field(doc.value, 'kind'));
    return isArgoApiVersion(doc.value) && kind !== undefined && RECOGNISED_KINDS.has(kind);
  },
  toPlans(doc) {
    // AnalysisTemplates and the other kinds are recognised and hold no rollout.
    if (asString(field(doc.value, 'kind')) !== 'Rollout') return { plans: [], diagnostics: [] };
    return rolloutToPlans(doc, new Map());
  },
  /**
   * The Rollouts of a file, read with the AnalysisTemplates the same file defines: which metrics a
   * dryRun rule covers is only known with the template in view.
   */
  combine(docs) {
    const templates = readTemplates(docs);
    const result: AdapterResult = { plans: [], diagnostics: [] };
    for (const doc of docs) {
      if (asString(field(doc.value, 'kind')) !== 'Rollout') continue;
      const { plans, diagnostics } = rolloutToPlans(doc, templates);
      // The registry reads inline exemptions only for adapters without combine.
      const inline = readInlineExemption(doc);
      const { exemption } = inline;
      result.plans.push(
        ...(exemption
          ? plans.map((p) => ({ ...p, exemptions: [...(p.exemptions ?? []), exemption] }))
          : plans),
      );
      result.diagnostics.push(...diagnostics, ...inline.diagnostics);
    }
    return result;
  },
};

/** An AnalysisTemplate or ClusterAnalysisTemplate of the same file: its metrics and own rules. */
interface TemplateView {
  metrics: string[];
  dryRun: string[];
  namespace: string | undefined;
}

/** Templates by `Kind/name`. */
type Templates = Map<string, TemplateView>;

function readTemplates(docs: SourceDocument[]): Templates {
  const templates: Templates = new Map();
  for (const doc of docs) {
    const kind = asString(field(doc.value, 'kind'));
    const name = asString(path(doc.value, ['metadata', 'name']));
    if ((kind !== 'AnalysisTemplate' && kind !== 'ClusterAnalysisTemplate') || name === undefined) continue;
    const metrics = (asArray(path(doc.value, ['spec', 'metrics'])) ?? []).flatMap((metric) => {
      const metricName = asString(field(metric, 'name'));
      return metricName === undefined ? [] : [metricName];
    });
    const dryRun = (asArray(path(doc.value, ['spec', 'dryRun'])) ?? []).flatMap((rule) => {
      const pattern = asString(field(rule, 'metricName'));
      return pattern === undefined ? [] : [pattern];
    });
    templates.set(`${kind}/${name}`, {
      metrics,
      dryRun,
      namespace: asString(path(doc.value, ['metadata', 'namespace'])),
    });
  }
  return templates;
}

// OpenKruise also has `kind: Rollout` (rollouts.kruise.io), so the API group decides.
const API_GROUP = 'argoproj.io/';
const RECOGNISED_KINDS = new Set([
  'Rollout',
  'AnalysisTemplate',
  'ClusterAnalysisTemplate',
  'Experiment',
  'AnalysisRun',
]);

const SPEC = ['spec'] as const;
const STRATEGY = ['spec', 'strategy'] as const;
const CANARY = ['spec', 'strategy', 'canary'] as const;
const BLUE_GREEN = ['spec', 'strategy', 'blueGreen'] as const;
const STEPS = ['spec', 'strategy', 'canary', 'steps'] as const;

const MANUAL_ABORT_ONLY = 'manual abort only';

function isArgoApiVersion(value: unknown): boolean {
  return asString(field(value, 'apiVersion'))?.startsWith(API_GROUP) ?? false;
}

/** What one document collects while it is read. */
class Context extends AdapterContext {
  readonly bypasses: Bypass[] = [];
  /** Everything that aborts the rollout on its own, with the line that encodes it. */
  readonly aborts: { how: string; line: number }[] = [];
  /** `spec.strategy.canary.trafficRouting`, when set: weights are traffic, not replica counts. */
  readonly trafficRouting: unknown;
  /** Basic canary: turns a setWeight into the share of pods Argo scales the canary to. */
  replicaWeight?: (weight: number) => number;

  constructor(
    doc: SourceDocument,
    /** AnalysisTemplates defined in the same file. */
    readonly templates: Templates,
  ) {
    super(doc);
    this.trafficRouting = path(doc.value, [...CANARY, 'trafficRouting']);
  }
}

function rolloutToPlans(doc: SourceDocument, templates: Templates): AdapterResult {
  const ctx = new Context(doc, templates);
  const strategy = readStrategyKind(ctx);
  if (strategy === undefined) return { plans: [], diagnostics: ctx.diagnostics };

  const shape = strategy === 'canary' ? readCanary(ctx) : readBlueGreen(ctx);
  readTopLevelSafety(ctx);

  const plan: RolloutPlan = {
    id: planId('argo-rollouts', 'Rollout', doc),
    format: 'argo-rollouts',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target: targetOf(doc),
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: shape.backgroundGates,
    rollback: rollbackOf(ctx),
    bypasses: ctx.bypasses,
    notes: ctx.notes,
  };
  const delivers = readWorkloadRef(ctx);
  if (delivers) plan.delivers = delivers;
  return { plans: [plan], diagnostics: ctx.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Strategy selection

function readStrategyKind(ctx: Context): 'canary' | 'blueGreen' | undefined {
  const spec = field(ctx.doc.value, 'spec');
  const strategy = path(ctx.doc.value, STRATEGY);
  if (spec !== undefined && !isObject(spec)) {
    ctx.invalid(SPEC, `must be a map, got ${describe(spec)}`);
    return undefined;
  }
  if (strategy === undefined) {
    // A Kustomize patch is a partial Rollout: no strategy here does not mean "no canary".
    ctx.report(
      spec === undefined ? ['kind'] : SPEC,
      'Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone',
      'MANIFEST_UNSUPPORTED',
    );
    return undefined;
  }
  if (!isObject(strategy)) {
    ctx.invalid(STRATEGY, `must be a map holding canary or blueGreen, got ${describe(strategy)}`);
    return undefined;
  }
  const hasCanary = field(strategy, 'canary') !== undefined;
  const hasBlueGreen = field(strategy, 'blueGreen') !== undefined;
  if (hasCanary && hasBlueGreen) {
    ctx.invalid(STRATEGY, 'holds both canary and blueGreen; Argo Rollouts accepts exactly one');
    return undefined;
  }
  if (!hasCanary && !hasBlueGreen) {
    ctx.invalid(STRATEGY, 'holds neither canary nor blueGreen; Argo Rollouts needs exactly one');
    return undefined;
  }
  return hasCanary ? 'canary' : 'blueGreen';
}

interface Shape {
  strategy: RolloutPlan['strategy'];
  stages: Stage[];
  backgroundGates: Gate[];
}

// ---------------------------------------------------------------------------------------------
// Canary

function readCanary(ctx: Context): Shape {
  const canary = objectAt(ctx, CANARY);
  const maxWeight = readMaxTrafficWeight(ctx, canary);
  const steps = readSteps(ctx);
  const backgroundGates = readBackgroundAnalysis(ctx, steps.length);

  if (steps.length === 0) {
    ctx.notes.push('spec.strategy.canary has no steps: Argo Rollouts does a plain rolling update');
    return {
      strategy: 'rolling',
      stages: [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(CANARY) }],
      backgroundGates,
    };
  }
  if (field(canary, 'trafficRouting') === undefined) readBasicCanaryScale(ctx, canary);
  const builder = new StageBuilder();
  steps.forEach((step, index) => readStep(ctx, builder, step, index, maxWeight));
  return { strategy: 'canary', stages: builder.finish(ctx.doc.lineOf(STEPS)), backgroundGates };
}

/**
 * Without trafficRouting a Service spreads requests over the pods, so a setWeight is the share of
 * pods Argo scales the canary to. Argo rounds to whole pods and never rounds a weight of 1-99 down
 * to 0 pods when it may surge (argoproj/argo-rollouts utils/replicaset/canary.go
 * approximateWeightedCanaryStableReplicaCounts): with replicas: 1, setWeight: 5 is 1 canary pod
 * beside 1 stable pod, half of the traffic.
 */
function readBasicCanaryScale(ctx: Context, canary: unknown): void {
  const at = [...SPEC, 'replicas'];
  const raw = path(ctx.doc.value, at);
  if (raw === undefined || raw === null) {
    ctx.notes.push(
      "weights approximate replica counts (no trafficRouting), and spec.replicas is not set: with Argo's default of 1 replica any setWeight from 1 to 99 is 1 pod of 2, half of the traffic; weights are shown as written",
    );
    return;
  }
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) {
    ctx.invalid(at, `must be a whole number of replicas, got ${describe(raw)}; weights are shown as written`);
    return;
  }
  if (raw === 0) {
    ctx.notes.push('spec.replicas is 0: no pod runs either version');
    return;
  }
  const surge = readMaxSurge(ctx, canary, raw);
  ctx.replicaWeight = (weight) => {
    const { canaryPods, stablePods } = basicCanaryPods(raw, weight, surge);
    return canaryPods + stablePods === 0 ? 0 : (canaryPods * 100) / (canaryPods + stablePods);
  };
  ctx.notes.push(
    `weights are shares of pods (no trafficRouting): ${raw} replica${raw === 1 ? '' : 's'}, maxSurge ${surge}; each stage shows the share of pods the canary gets`,
  );
}

/**
 * maxSurge resolved as Argo does (utils/replicaset/replicaset.go resolveFenceposts): an int is
 * pods; a string, with or without %, is a percentage of replicas rounded up (the legacy
 * intstr.GetValueFromIntOrPercent). The default is "25".
 */
function readMaxSurge(ctx: Context, canary: unknown, replicas: number): number {
  const raw = field(canary, 'maxSurge') ?? '25';
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return raw;
  const text = typeof raw === 'string' ? raw.replace(/%/g, '') : undefined;
  if (text !== undefined && /^\d+$/.test(text)) return Math.ceil((Number(text) * replicas) / 100);
  ctx.invalid(
    [...CANARY, 'maxSurge'],
    `must be a number of pods or a percentage, got ${describe(raw)}; read as 25%`,
  );
  return Math.ceil((25 * replicas) / 100);
}

/** Argo's approximateWeightedCanaryStableReplicaCounts, with maxWeight 100 (no trafficRouting). */
export function basicCanaryPods(
  replicas: number,
  weight: number,
  maxSurge: number,
): { canaryPods: number; stablePods: number } {
  if (replicas === 0) return { canaryPods: 0, stablePods: 0 };
  const exact = (replicas * weight) / 100;
  const ceil = Math.ceil(exact);
  const floor = Math.floor(exact);
  const tied = (total: number) => ((total * weight) / 100) % 1 === 0.5;
  const zeroAllowed = weight === 100 || weight === 0 || (replicas === 1 && maxSurge === 0);
  const options: { canary: number; total: number }[] = [];
  if (ceil < replicas || zeroAllowed) options.push({ canary: ceil, total: replicas });
  if (!tied(replicas) && (floor !== 0 || zeroAllowed)) options.push({ canary: floor, total: replicas });
  if (maxSurge > 0) {
    options.push({ canary: ceil, total: replicas + 1 });
    if (!tied(replicas + 1) && (floor !== 0 || zeroAllowed))
      options.push({ canary: floor, total: replicas + 1 });
  }
  const delta = (option: { canary: number; total: number }) =>
    Math.abs((option.canary * 100) / option.total - weight);
  let best = options[0];
  if (best === undefined) return { canaryPods: 0, stablePods: replicas };
  for (const option of options.slice(1)) if (delta(option) < delta(best)) best = option;
  return { canaryPods: best.canary, stablePods: best.total - best.canary };
}

function readSteps(ctx: Context): unknown[] {
  const raw = path(ctx.doc.value, STEPS);
  if (raw === undefined || raw === null) return [];
  const steps = asArray(raw);
  if (steps === undefined) {
    ctx.invalid(STEPS, `must be a list of steps, got ${describe(raw)}; read as no steps`);
    return [];
  }
  return steps;
}

/** With trafficRouting.maxTrafficWeight (nginx, plugins) a setWeight is out of that, not of 100. */
function readMaxTrafficWeight(ctx: Context, canary: unknown): number {
  const at = [...CANARY, 'trafficRouting', 'maxTrafficWeight'];
  const raw = path(canary, ['trafficRouting', 'maxTrafficWeight']);
  if (raw === undefined) return 100;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw <= 0) {
    ctx.invalid(at, `must be a positive whole number, got ${describe(raw)}; weights read out of 100`);
    return 100;
  }
  if (raw !== 100) {
    ctx.notes.push(`setWeight values are out of maxTrafficWeight ${raw}, shown here as percentages`);
  }
  return raw;
}

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

function readStep(ctx: Context, builder: StageBuilder, raw: unknown, index: number, maxWeight: number): void {
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

function readBackgroundAnalysis(ctx: Context, stepCount: number): Gate[] {
  const at = [...CANARY, 'analysis'];
  const value = path(ctx.doc.value, at);
  if (value === undefined || value === null) return [];
  const gate = readAnalysis(ctx, at, value);
  if (gate === undefined) return [];

  const startingStep = field(value, 'startingStep');
  if (startingStep !== undefined) {
    if (typeof startingStep !== 'number' || !Number.isInteger(startingStep) || startingStep < 0) {
      ctx.invalid([...at, 'startingStep'], `must be a whole number of steps, got ${describe(startingStep)}`);
    } else if (stepCount > 0 && startingStep >= stepCount) {
      ctx.notes.push(`background analysis never runs: startingStep ${startingStep} is past the last step`);
      gate.effective = false;
    } else if (startingStep > 0) {
      ctx.notes.push(
        `background analysis starts at steps[${startingStep}]; the steps before it run without it`,
      );
    }
  }
  if (gate.effective) {
    ctx.aborts.push({ how: 'a failed background analysis aborts the rollout', line: gate.line });
  }
  return [gate];
}

// ---------------------------------------------------------------------------------------------
// Blue-green

function readBlueGreen(ctx: Context): Shape {
  const blueGreen = objectAt(ctx, BLUE_GREEN);
  const preview = previewStage(ctx, blueGreen);
  const promoted: Stage = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };

  const pre = readPromotionAnalysis(
    ctx,
    'prePromotionAnalysis',
    'a failed pre-promotion analysis aborts the rollout',
  );
  if (pre) preview.gates.push(pre);
  const post = readPromotionAnalysis(
    ctx,
    'postPromotionAnalysis',
    'a failed post-promotion analysis aborts the rollout and switches traffic back',
  );
  if (post) promoted.gates.push(post);

  if (preview.hold === 0 && preview.gates.length === 0) {
    const why =
      field(blueGreen, 'autoPromotionEnabled') === true
        ? 'autoPromotionEnabled: true'
        : 'autoPromotionEnabled defaults to true';
    ctx.notes.push(`traffic switches to the new version as soon as its pods are ready (${why})`);
  }
  return { strategy: 'blue-green', stages: [preview, promoted], backgroundGates: [] };
}

/** The preview stack before the switch: no traffic, held until promotion. */
function previewStage(ctx: Context, blueGreen: unknown): Stage {
  const enabledAt = [...BLUE_GREEN, 'autoPromotionEnabled'];
  const secondsAt = [...BLUE_GREEN, 'autoPromotionSeconds'];
  const enabled = field(blueGreen, 'autoPromotionEnabled');
  const seconds = field(blueGreen, 'autoPromotionSeconds');

  if (enabled !== undefined && asBoolean(enabled) === undefined) {
    ctx.invalid(enabledAt, `must be true or false, got ${describe(enabled)}; read as the default, true`);
  }
  if (enabled === false) {
    if (seconds !== undefined) {
      ctx.notes.push('autoPromotionSeconds is ignored because autoPromotionEnabled is false');
    }
    return { weight: 0, hold: 'manual', gates: [], line: ctx.doc.lineOf(enabledAt) };
  }
  if (seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
      ctx.invalid(secondsAt, `must be a whole number of seconds, got ${describe(seconds)}`);
    } else {
      return { weight: 0, hold: seconds, gates: [], line: ctx.doc.lineOf(secondsAt) };
    }
  }
  return { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };
}

function readPromotionAnalysis(ctx: Context, key: string, how: string): Gate | undefined {
  const at = [...BLUE_GREEN, key];
  const value = path(ctx.doc.value, at);
  if (value === undefined || value === null) return undefined;
  const gate = readAnalysis(ctx, at, value);
  if (gate?.effective) ctx.aborts.push({ how, line: gate.line });
  return gate;
}

// ---------------------------------------------------------------------------------------------
// Analysis references (step, background, pre/post-promotion)

/** A reference to an AnalysisTemplate (or, with clusterScope, a ClusterAnalysisTemplate). */
interface TemplateRef {
  name: string;
  cluster: boolean;
}

function readAnalysis(ctx: Context, at: PathSegment[], value: unknown): Gate | undefined {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with templates, got ${describe(value)}`);
    return undefined;
  }
  const refs = [...templateRefs(ctx, at, value), ...deprecatedTemplateName(ctx, at, value)];
  if (refs.length === 0) {
    ctx.invalid(at, 'names no AnalysisTemplate (templates: [{templateName: ...}]); it was ignored');
    return undefined;
  }
  const effective = readDryRun(ctx, at, value, refs) !== 'all';
  return { kind: 'analysis', name: refs.map((r) => r.name).join(', '), line: ctx.doc.lineOf(at), effective };
}

function templateRefs(ctx: Context, at: PathSegment[], analysis: unknown): TemplateRef[] {
  const raw = field(analysis, 'templates');
  if (raw === undefined || raw === null) return [];
  const templates = asArray(raw);
  if (templates === undefined) {
    ctx.invalid([...at, 'templates'], `must be a list of {templateName: ...}, got ${describe(raw)}`);
    return [];
  }
  return templates.flatMap((template, index) => {
    const name = asString(field(template, 'templateName'));
    if (name === undefined || name === '') {
      ctx.invalid([...at, 'templates', index], 'must name its AnalysisTemplate in templateName');
      return [];
    }
    return [{ name, cluster: field(template, 'clusterScope') === true }];
  });
}

function deprecatedTemplateName(ctx: Context, at: PathSegment[], analysis: unknown): TemplateRef[] {
  const raw = field(analysis, 'templateName');
  if (raw === undefined) return [];
  const name = asString(raw);
  if (name === undefined || name === '') {
    ctx.invalid([...at, 'templateName'], `must be a template name, got ${describe(raw)}`);
    return [];
  }
  ctx.notes.push(
    `${dotted(at)}.templateName is the deprecated singular form; Argo Rollouts 1.0 and later expect templates: [{templateName: ${clip(name)}}]`,
  );
  return [{ name, cluster: false }];
}

/** The template a reference names, when the same file defines it for the Rollout's namespace. */
function templateOf(ctx: Context, ref: TemplateRef): TemplateView | undefined {
  const template = ctx.templates.get(
    `${ref.cluster ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate'}/${ref.name}`,
  );
  if (template === undefined || ref.cluster) return template;
  const namespace = asString(path(ctx.doc.value, ['metadata', 'namespace']));
  return template.namespace === undefined || template.namespace === namespace ? template : undefined;
}

/**
 * Which metrics run in dry-run. Argo merges the Rollout's `dryRun` with each template's own and
 * matches every `metricName` as an unanchored Go regexp against the metric names of all the
 * templates (utils/analysis/helpers.go GetDryRunMetrics); a rule that matches no metric, or that
 * Go cannot compile, ends every AnalysisRun in Error, which aborts the rollout. With every template
 * in view the answer is exact. A template elsewhere cannot be seen, and any rule can cover all its
 * metrics (each rule must match at least one, and a template may have just that one): the analysis
 * is then counted as unable to abort, the reading that a dry-run cannot walk around.
 */
function readDryRun(
  ctx: Context,
  at: PathSegment[],
  analysis: unknown,
  refs: TemplateRef[],
): 'all' | 'some' | 'none' {
  const dryRunAt = [...at, 'dryRun'];
  const own = readPatterns(ctx, dryRunAt, field(analysis, 'dryRun'));
  const retention = readPatterns(
    ctx,
    [...at, 'measurementRetention'],
    field(analysis, 'measurementRetention'),
  );
  const seen = refs.map((ref) => ({ ref, template: templateOf(ctx, ref) }));
  const unseen = seen.filter((entry) => entry.template === undefined).map((entry) => entry.ref.name);
  const visible = seen.flatMap((entry) => (entry.template ? [entry.template] : []));
  // A template's own rules are reported at the analysis that uses it (the template is another document).
  const patterns = [
    ...own,
    ...visible.flatMap((t) => t.dryRun.map((pattern) => compiledPattern(pattern, at))),
  ];
  const valid = patterns.filter((p) => p.ok);
  if (unseen.length === 0) {
    const metrics = visible.flatMap((t) => t.metrics);
    for (const rule of [...valid, ...retention.filter((r) => r.ok)]) {
      if (!metrics.some((metric) => rule.test(metric))) {
        ctx.invalid(
          rule.at,
          `metricName \`${clip(rule.pattern)}\` matches no metric of ${refs.map((r) => r.name).join(', ')}: Argo ends every AnalysisRun in Error, which aborts the rollout`,
        );
      }
    }
    if (valid.length === 0) return 'none';
    const live = metrics.filter((metric) => !valid.some((rule) => rule.test(metric)));
    const dry = metrics.filter((metric) => !live.includes(metric));
    if (live.length > 0) {
      if (dry.length > 0) {
        ctx.notes.push(
          `${dotted(dryRunAt)}: metrics ${dry.map((m) => `\`${clip(m)}\``).join(', ')} run in dry-run and cannot abort the rollout`,
        );
      }
      return 'some';
    }
    ctx.bypasses.push({
      field: dotted(dryRunAt),
      reason: `every metric of ${refs.map((r) => r.name).join(', ')} (${metrics.map((m) => clip(m)).join(', ') || 'none'}) runs in dry-run: its result can never abort the rollout`,
      line: ctx.doc.lineOf(dryRunAt),
    });
    return 'all';
  }
  if (valid.length === 0) {
    if (own.length === 0) {
      ctx.notes.push(
        `AnalysisTemplate ${unseen.map((n) => clip(n)).join(', ')} is not in this file: rollout-guard cannot see its metrics or its own dryRun`,
      );
    }
    return 'none';
  }
  // Metrics of the templates in view that no rule covers still run: those can abort.
  const liveInView = visible
    .flatMap((t) => t.metrics)
    .filter((metric) => !valid.some((rule) => rule.test(metric)));
  if (liveInView.length > 0) return 'some';
  ctx.bypasses.push({
    field: dotted(dryRunAt),
    reason: `dry-run rule${valid.length === 1 ? '' : 's'} ${valid.map((r) => `\`${clip(r.pattern)}\``).join(', ')} may cover every metric of AnalysisTemplate ${unseen.map((n) => clip(n)).join(', ')}, which is not in this file: rollout-guard cannot see its metrics, so the analysis is not counted as able to abort the rollout (define the template in the same file to have it read)`,
    line: ctx.doc.lineOf(dryRunAt),
  });
  return 'all';
}

interface Pattern {
  pattern: string;
  at: PathSegment[];
  ok: boolean;
  test(name: string): boolean;
}

function compiledPattern(pattern: string, at: PathSegment[]): Pattern {
  const compiled = compileGoRegexp(pattern);
  return compiled.ok
    ? { pattern, at, ok: true, test: (name) => compiled.test(name) }
    : { pattern, at, ok: false, test: () => false };
}

/** `dryRun` or `measurementRetention` rules: each metricName compiled as Go's regexp does. */
function readPatterns(ctx: Context, at: PathSegment[], raw: unknown): Pattern[] {
  if (raw === undefined || raw === null) return [];
  const rules = asArray(raw);
  if (rules === undefined) {
    ctx.invalid(at, `must be a list of {metricName: ...}, got ${describe(raw)}`);
    return [];
  }
  const seen = new Set<string>();
  return rules.flatMap((rule, index): Pattern[] => {
    const ruleAt = [...at, index, 'metricName'];
    const pattern = asString(field(rule, 'metricName'));
    if (pattern === undefined) {
      ctx.invalid([...at, index], 'must have a metricName');
      return [];
    }
    if (seen.has(pattern)) {
      ctx.invalid(
        ruleAt,
        `repeats metricName \`${clip(pattern)}\`: Argo Rollouts rejects two rules with the same name`,
      );
    }
    seen.add(pattern);
    const compiled = compileGoRegexp(pattern);
    if (!compiled.ok) {
      ctx.invalid(
        ruleAt,
        `is not a regular expression Go accepts (${clip(compiled.error)}): it matches no metric, so Argo ends every AnalysisRun of this analysis in Error, which aborts the rollout`,
      );
    }
    return [compiledPattern(pattern, ruleAt)];
  });
}

// ---------------------------------------------------------------------------------------------
// Fields outside the strategy

function readTopLevelSafety(ctx: Context): void {
  const spec = field(ctx.doc.value, 'spec');

  const abort = field(spec, 'progressDeadlineAbort');
  if (abort !== undefined && asBoolean(abort) === undefined) {
    ctx.invalid([...SPEC, 'progressDeadlineAbort'], `must be true or false, got ${describe(abort)}`);
  } else if (abort === true) {
    ctx.aborts.push({
      how: 'progress deadline aborts',
      line: ctx.doc.lineOf([...SPEC, 'progressDeadlineAbort']),
    });
  }

  const paused = field(spec, 'paused');
  if (paused !== undefined && asBoolean(paused) === undefined) {
    ctx.invalid([...SPEC, 'paused'], `must be true or false, got ${describe(paused)}`);
  } else if (paused === true) {
    ctx.notes.push('spec.paused: true: the rollout stays paused until someone resumes it');
  }

  readRollbackWindow(ctx, field(spec, 'rollbackWindow'));
}

function readRollbackWindow(ctx: Context, window: unknown): void {
  const at = [...SPEC, 'rollbackWindow'];
  if (window === undefined || window === null) return;
  if (!isObject(window)) {
    ctx.invalid(at, `must be a map like {revisions: 3}, got ${describe(window)}`);
    return;
  }
  const revisions = field(window, 'revisions');
  if (typeof revisions !== 'number' || !Number.isInteger(revisions) || revisions < 0) {
    ctx.invalid([...at, 'revisions'], `must be a whole number of revisions, got ${describe(revisions)}`);
    return;
  }
  if (revisions === 0) return;
  ctx.bypasses.push({
    field: 'spec.rollbackWindow',
    reason: `re-deploying one of the last ${revisions} revision${revisions === 1 ? '' : 's'} skips every step and analysis`,
    line: ctx.doc.lineOf(at),
  });
}

function readWorkloadRef(ctx: Context): Target | undefined {
  const at = [...SPEC, 'workloadRef'];
  const ref = path(ctx.doc.value, at);
  if (ref === undefined || ref === null) return undefined;
  const kind = asString(field(ref, 'kind'));
  const name = asString(field(ref, 'name'));
  if (kind === undefined || name === undefined || kind === '' || name === '') {
    ctx.invalid(at, 'must name the workload with kind and name');
    return undefined;
  }
  const namespace = asString(path(ctx.doc.value, ['metadata', 'namespace']));
  return namespace === undefined ? { kind, name } : { kind, name, namespace };
}

function targetOf(doc: SourceDocument): Target {
  const name =
    asString(path(doc.value, ['metadata', 'name'])) ??
    asString(path(doc.value, ['metadata', 'generateName']));
  const namespace = asString(path(doc.value, ['metadata', 'namespace']));
  const target: Target = { kind: 'Rollout', name: name ?? '' };
  if (namespace !== undefined) target.namespace = namespace;
  return target;
}

function rollbackOf(ctx: Context): Rollback {
  if (ctx.aborts.length === 0) return { automatic: false, how: [MANUAL_ABORT_ONLY] };
  const how = [...new Set(ctx.aborts.map((abort) => abort.how))];
  const line = Math.min(...ctx.aborts.map((abort) => abort.line));
  return { automatic: true, how, line };
}

// ---------------------------------------------------------------------------------------------
// Stages

interface OpenStage extends Omit<Stage, 'line'> {
  /** Undefined until something holds or gates a stage that no step opened explicitly. */
  line: number | undefined;
  /** Opened by a step (setWeight, setHeaderRoute): kept even when nothing holds it. */
  explicit: boolean;
}

/**
 * Walks the steps in order. A stage opens at each traffic change; pauses, analyses and
 * experiments attach to the open stage. Before the first setWeight (and after a header route is
 * removed) an implicit stage collects steps, and is kept only if something holds or gates it.
 */
class StageBuilder {
  private readonly stages: Stage[] = [];
  private open: OpenStage = { weight: 0, hold: 0, gates: [], line: undefined, explicit: false };
  /** The weight the last setWeight set (the canary's share without routes or experiments). */
  private weight = 0;
  /** A header route in force: it stays until a setHeaderRoute without match removes it. */
  private route: { segment: string } | { everyone: true } | undefined;
  /** Set while an experiment step sends extra traffic: the stage to return to after the step. */
  private afterStep = false;

  /** The exposure the current weight and route give: a route that matches everyone is 100%. */
  private exposure(): { weight: number; segment?: string } {
    if (this.route && 'everyone' in this.route) return { weight: 100 };
    return { weight: this.weight, ...(this.route ? { segment: this.route.segment } : {}) };
  }

  beginStep(): void {
    this.afterStep = false;
  }

  endStep(): void {
    if (!this.afterStep) return;
    this.afterStep = false;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: undefined, explicit: false });
  }

  raiseTo(weight: number, line: number): void {
    this.weight = weight;
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }

  routeSegment(segment: string, line: number): void {
    this.route = { segment };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }

  routeEveryone(line: number): void {
    this.route = { everyone: true };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }

  endSegment(): void {
    if (this.route === undefined) return;
    this.route = undefined;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: undefined, explicit: false });
  }

  /** An experiment that sends `extra` percent to its own pods while its step runs. */
  experiment(extra: number, line: number): void {
    const { weight, segment } = this.exposure();
    this.afterStep = true;
    this.start({
      weight: Math.min(100, weight + extra),
      hold: 0,
      gates: [],
      line,
      explicit: true,
      ...(segment !== undefined ? { segment } : {}),
    });
  }

  hold(seconds: number | 'manual', line: number): void {
    const current = this.open.hold;
    this.open.hold = current === 'manual' || seconds === 'manual' ? 'manual' : current + seconds;
    this.open.line ??= line;
  }

  gate(gate: Gate): void {
    this.open.gates.push(gate);
    this.open.line ??= gate.line;
  }

  /** Closes the walk; Argo promotes to 100% after the last step, so a 100% stage always ends it. */
  finish(implicitFinalLine: number): Stage[] {
    this.close();
    const last = this.stages[this.stages.length - 1];
    if (last === undefined || last.weight !== 100 || last.segment !== undefined) {
      this.stages.push({ weight: 100, hold: 0, gates: [], line: implicitFinalLine });
    }
    return this.stages;
  }

  private start(next: OpenStage): void {
    this.close();
    this.open = next;
  }

  private close(): void {
    const { weight, hold, gates, line, explicit, segment } = this.open;
    if (line === undefined || !(explicit || hold !== 0 || gates.length > 0)) return;
    const stage: Stage = { weight, hold, gates, line };
    if (segment !== undefined) stage.segment = segment;
    this.stages.push(stage);
  }
}

// ---------------------------------------------------------------------------------------------
// Small readers and messages

/**
 * Seconds from a pause duration (int, or a string of digits or Go duration units) or, with
 * `unitRequired`, an experiment duration (a Go duration string only).
 */
function argoDurationSeconds(value: unknown, unitRequired: boolean): number | undefined {
  if (typeof value === 'number') {
    return !unitRequired && Number.isInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return unitRequired ? undefined : Number(text);
  // Go's time.ParseDuration: no days, no ISO-8601.
  if (!/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text)) return undefined;
  const seconds = parseDuration(text);
  return seconds === undefined ? undefined : Math.floor(seconds);
}

function objectAt(ctx: Context, at: readonly string[]): Record<string, unknown> {
  const value = path(ctx.doc.value, at);
  if (isObject(value)) return value;
  const name = at[at.length - 1] ?? '';
  ctx.invalid(at, `must be a map, got ${describe(value)}; read as an empty ${name}`);
  return {};
}
