import type { Bypass, Diagnostic, Gate, Rollback, RolloutPlan, Stage, Target } from '../core/model.js';
import { asArray, asBoolean, asObject, asString, field, isObject, path } from './access.js';
import { parseDuration } from './duration.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';

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
    if (!isArgoApiVersion(doc.value) || asString(field(doc.value, 'kind')) !== 'Rollout') {
      return { plans: [], diagnostics: [] };
    }
    return rolloutToPlans(doc);
  },
};

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
interface Context {
  doc: SourceDocument;
  diagnostics: Diagnostic[];
  notes: string[];
  bypasses: Bypass[];
  /** Everything that aborts the rollout on its own, with the line that encodes it. */
  aborts: { how: string; line: number }[];
}

function rolloutToPlans(doc: SourceDocument): AdapterResult {
  const ctx: Context = { doc, diagnostics: [], notes: [], bypasses: [], aborts: [] };
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
    invalid(ctx, SPEC, `must be a map, got ${describe(spec)}`);
    return undefined;
  }
  if (strategy === undefined) {
    // A Kustomize patch is a partial Rollout: no strategy here does not mean "no canary".
    ctx.diagnostics.push({
      code: 'MANIFEST_UNSUPPORTED',
      message:
        'Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone',
      file: ctx.doc.file,
      line: ctx.doc.lineOf(spec === undefined ? ['kind'] : SPEC),
    });
    return undefined;
  }
  if (!isObject(strategy)) {
    invalid(ctx, STRATEGY, `must be a map holding canary or blueGreen, got ${describe(strategy)}`);
    return undefined;
  }
  const hasCanary = field(strategy, 'canary') !== undefined;
  const hasBlueGreen = field(strategy, 'blueGreen') !== undefined;
  if (hasCanary && hasBlueGreen) {
    invalid(ctx, STRATEGY, 'holds both canary and blueGreen; Argo Rollouts accepts exactly one');
    return undefined;
  }
  if (!hasCanary && !hasBlueGreen) {
    invalid(ctx, STRATEGY, 'holds neither canary nor blueGreen; Argo Rollouts needs exactly one');
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
  if (field(canary, 'trafficRouting') === undefined) {
    ctx.notes.push('weights approximate replica counts: no trafficRouting');
  }
  const builder = new StageBuilder();
  steps.forEach((step, index) => readStep(ctx, builder, step, index, maxWeight));
  return { strategy: 'canary', stages: builder.finish(ctx.doc.lineOf(STEPS)), backgroundGates };
}

function readSteps(ctx: Context): unknown[] {
  const raw = path(ctx.doc.value, STEPS);
  if (raw === undefined || raw === null) return [];
  const steps = asArray(raw);
  if (steps === undefined) {
    invalid(ctx, STEPS, `must be a list of steps, got ${describe(raw)}; read as no steps`);
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
    invalid(ctx, at, `must be a positive whole number, got ${describe(raw)}; weights read out of 100`);
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

function readStep(ctx: Context, builder: StageBuilder, raw: unknown, index: number, maxWeight: number): void {
  const at: PathSegment[] = [...STEPS, index];
  const step = asObject(raw);
  if (step === undefined) {
    invalid(
      ctx,
      at,
      `must be a map with exactly one step kind (setWeight, pause, analysis, ...), got ${describe(raw)}`,
    );
    return;
  }
  const kinds = Object.keys(step);
  const kind = kinds[0];
  if (kind === undefined || kinds.length !== 1) {
    const found = kinds.length === 0 ? 'none' : kinds.map((k) => `\`${clip(k)}\``).join(', ');
    invalid(ctx, at, `must have exactly one step kind, has ${found}; the step was ignored`);
    return;
  }
  const reader = Object.prototype.hasOwnProperty.call(STEP_READERS, kind) ? STEP_READERS[kind] : undefined;
  if (reader === undefined) {
    ctx.notes.push(`${dotted(at)} has an unknown step kind \`${clip(kind)}\`; rollout-guard ignored it`);
    return;
  }
  reader(ctx, builder, [...at, kind], field(step, kind), maxWeight);
}

function readSetWeight(
  ctx: Context,
  builder: StageBuilder,
  at: PathSegment[],
  value: unknown,
  maxWeight: number,
): void {
  if (typeof value === 'string') {
    invalid(ctx, at, `must be a number, not the string "${clip(value)}": Kubernetes rejects it`);
    return;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > maxWeight) {
    invalid(ctx, at, `must be a whole number from 0 to ${maxWeight}, got ${describe(value)}`);
    return;
  }
  builder.raiseTo((value * 100) / maxWeight, ctx.doc.lineOf(at));
}

function readPause(ctx: Context, builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    invalid(
      ctx,
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
    invalid(
      ctx,
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
    invalid(ctx, at, `must be a map with templates, duration and analyses, got ${describe(value)}`);
    return;
  }
  const duration = field(value, 'duration');
  if (duration !== undefined && duration !== null) {
    const seconds = argoDurationSeconds(duration, true);
    if (seconds === undefined) {
      invalid(ctx, [...at, 'duration'], `must be a duration like 30s, 10m or 1h, got ${describe(duration)}`);
    } else {
      builder.hold(seconds, ctx.doc.lineOf(at));
    }
  }
  noteExperimentTraffic(ctx, at, value);

  const analyses = field(value, 'analyses');
  if (analyses === undefined || analyses === null) return;
  const list = asArray(analyses);
  if (list === undefined) {
    invalid(ctx, [...at, 'analyses'], `must be a list, got ${describe(analyses)}`);
    return;
  }
  const names = list.flatMap((entry, index) => {
    const name = asString(field(entry, 'templateName'));
    if (name === undefined || name === '') {
      invalid(ctx, [...at, 'analyses', index], 'must name its AnalysisTemplate in templateName');
      return [];
    }
    return [name];
  });
  if (names.length === 0) return;
  const effective = readDryRun(ctx, at, value) !== 'all';
  const gate: Gate = { kind: 'analysis', name: names.join(', '), line: ctx.doc.lineOf(at), effective };
  builder.gate(gate);
  if (effective) ctx.aborts.push({ how: 'a failed experiment analysis aborts the rollout', line: gate.line });
}

function noteExperimentTraffic(ctx: Context, at: PathSegment[], experiment: unknown): void {
  const templates = asArray(field(experiment, 'templates')) ?? [];
  for (const template of templates) {
    const weight = field(template, 'weight');
    if (typeof weight === 'number' && weight > 0) {
      const name = asString(field(template, 'name')) ?? 'a template';
      ctx.notes.push(`${dotted(at)} sends ${weight}% of traffic to its own ReplicaSet (${clip(name)})`);
    }
  }
}

function readSetCanaryScale(ctx: Context, _builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with replicas, weight or matchTrafficWeight, got ${describe(value)}`);
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
    invalid(ctx, at, `must be a map with name and match, got ${describe(value)}`);
    return;
  }
  const match = field(value, 'match');
  if (match === undefined || match === null || (Array.isArray(match) && match.length === 0)) {
    builder.endSegment(); // a setHeaderRoute without match removes the route
    return;
  }
  const list = asArray(match);
  if (list === undefined) {
    invalid(ctx, [...at, 'match'], `must be a list of header matches, got ${describe(match)}`);
    return;
  }
  const routeName = asString(field(value, 'name'));
  builder.routeSegment(
    describeHeaderMatches(list) ?? `header route ${clip(routeName ?? '')}`.trim(),
    ctx.doc.lineOf(at),
  );
}

function describeHeaderMatches(matches: unknown[]): string | undefined {
  const parts = matches.flatMap((match) => {
    const header = asString(field(match, 'headerName'));
    const value = field(match, 'headerValue');
    if (header === undefined) return [];
    const exact = asString(field(value, 'exact'));
    const prefix = asString(field(value, 'prefix'));
    const regex = asString(field(value, 'regex'));
    if (exact !== undefined) return [`${clip(header)}=${clip(exact)}`];
    if (prefix !== undefined) return [`${clip(header)}=${clip(prefix)}*`];
    if (regex !== undefined) return [`${clip(header)}~${clip(regex)}`];
    return [clip(header)];
  });
  return parts.length === 0 ? undefined : `header ${parts.join(' and ')}`;
}

function readSetMirrorRoute(ctx: Context, _builder: StageBuilder, at: PathSegment[], value: unknown): void {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with name, match and percentage, got ${describe(value)}`);
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
      invalid(ctx, [...at, 'startingStep'], `must be a whole number of steps, got ${describe(startingStep)}`);
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
    invalid(ctx, enabledAt, `must be true or false, got ${describe(enabled)}; read as the default, true`);
  }
  if (enabled === false) {
    if (seconds !== undefined) {
      ctx.notes.push('autoPromotionSeconds is ignored because autoPromotionEnabled is false');
    }
    return { weight: 0, hold: 'manual', gates: [], line: ctx.doc.lineOf(enabledAt) };
  }
  if (seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
      invalid(ctx, secondsAt, `must be a whole number of seconds, got ${describe(seconds)}`);
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

function readAnalysis(ctx: Context, at: PathSegment[], value: unknown): Gate | undefined {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with templates, got ${describe(value)}`);
    return undefined;
  }
  const names = [...templateNames(ctx, at, value), ...deprecatedTemplateName(ctx, at, value)];
  if (names.length === 0) {
    invalid(ctx, at, 'names no AnalysisTemplate (templates: [{templateName: ...}]); it was ignored');
    return undefined;
  }
  const effective = readDryRun(ctx, at, value) !== 'all';
  return { kind: 'analysis', name: names.join(', '), line: ctx.doc.lineOf(at), effective };
}

function templateNames(ctx: Context, at: PathSegment[], analysis: unknown): string[] {
  const raw = field(analysis, 'templates');
  if (raw === undefined || raw === null) return [];
  const templates = asArray(raw);
  if (templates === undefined) {
    invalid(ctx, [...at, 'templates'], `must be a list of {templateName: ...}, got ${describe(raw)}`);
    return [];
  }
  return templates.flatMap((template, index) => {
    const name = asString(field(template, 'templateName'));
    if (name === undefined || name === '') {
      invalid(ctx, [...at, 'templates', index], 'must name its AnalysisTemplate in templateName');
      return [];
    }
    return [name];
  });
}

function deprecatedTemplateName(ctx: Context, at: PathSegment[], analysis: unknown): string[] {
  const raw = field(analysis, 'templateName');
  if (raw === undefined) return [];
  const name = asString(raw);
  if (name === undefined || name === '') {
    invalid(ctx, [...at, 'templateName'], `must be a template name, got ${describe(raw)}`);
    return [];
  }
  ctx.notes.push(
    `${dotted(at)}.templateName is the deprecated singular form; Argo Rollouts 1.0 and later expect templates: [{templateName: ${clip(name)}}]`,
  );
  return [name];
}

/**
 * Argo matches each `dryRun[].metricName` as an unanchored Go regexp against the metric names of
 * the templates, which live in other objects. A rule that matches any name covers every metric.
 */
function readDryRun(ctx: Context, at: PathSegment[], analysis: unknown): 'all' | 'some' | 'none' {
  const dryRunAt = [...at, 'dryRun'];
  const raw = field(analysis, 'dryRun');
  if (raw === undefined || raw === null) return 'none';
  const rules = asArray(raw);
  if (rules === undefined) {
    invalid(ctx, dryRunAt, `must be a list of {metricName: ...}, got ${describe(raw)}`);
    return 'none';
  }
  const patterns = rules.flatMap((rule, index) => {
    const name = asString(field(rule, 'metricName'));
    if (name === undefined) {
      invalid(ctx, [...dryRunAt, index], 'must have a metricName');
      return [];
    }
    return [name];
  });
  if (patterns.length === 0) return 'none';
  if (coversEveryMetricName(patterns)) {
    ctx.bypasses.push({
      field: dotted(dryRunAt),
      reason: 'every metric of this analysis runs in dry-run: its result can never abort the rollout',
      line: ctx.doc.lineOf(dryRunAt),
    });
    return 'all';
  }
  ctx.notes.push(
    `${dotted(dryRunAt)}: metrics matching ${patterns.map((p) => `\`${clip(p)}\``).join(', ')} run in dry-run and cannot abort the rollout`,
  );
  return 'some';
}

// Metric names are DNS-label-like; a rule set that matches all of these matches any name. The
// samples are short, so even a pathological pattern cannot backtrack for long.
const SAMPLE_METRIC_NAMES = ['a', 'Z', '0', 'success-rate', 'error_rate', 'latency.p99', 'x-1_y.2'];

function coversEveryMetricName(patterns: string[]): boolean {
  const regexes = patterns.flatMap((pattern) => {
    // Go's leading flag group, e.g. `(?i)`, is not JavaScript syntax.
    const flags = /^\(\?([imsU]+)\)/.exec(pattern);
    try {
      return [
        new RegExp(flags ? pattern.slice(flags[0].length) : pattern, flags?.[1]?.includes('i') ? 'i' : ''),
      ];
    } catch {
      return [];
    }
  });
  return SAMPLE_METRIC_NAMES.every((name) => regexes.some((regex) => regex.test(name)));
}

// ---------------------------------------------------------------------------------------------
// Fields outside the strategy

function readTopLevelSafety(ctx: Context): void {
  const spec = field(ctx.doc.value, 'spec');

  const abort = field(spec, 'progressDeadlineAbort');
  if (abort !== undefined && asBoolean(abort) === undefined) {
    invalid(ctx, [...SPEC, 'progressDeadlineAbort'], `must be true or false, got ${describe(abort)}`);
  } else if (abort === true) {
    ctx.aborts.push({
      how: 'progress deadline aborts',
      line: ctx.doc.lineOf([...SPEC, 'progressDeadlineAbort']),
    });
  }

  const paused = field(spec, 'paused');
  if (paused !== undefined && asBoolean(paused) === undefined) {
    invalid(ctx, [...SPEC, 'paused'], `must be true or false, got ${describe(paused)}`);
  } else if (paused === true) {
    ctx.notes.push('spec.paused: true: the rollout stays paused until someone resumes it');
  }

  readRollbackWindow(ctx, field(spec, 'rollbackWindow'));
}

function readRollbackWindow(ctx: Context, window: unknown): void {
  const at = [...SPEC, 'rollbackWindow'];
  if (window === undefined || window === null) return;
  if (!isObject(window)) {
    invalid(ctx, at, `must be a map like {revisions: 3}, got ${describe(window)}`);
    return;
  }
  const revisions = field(window, 'revisions');
  if (typeof revisions !== 'number' || !Number.isInteger(revisions) || revisions < 0) {
    invalid(ctx, [...at, 'revisions'], `must be a whole number of revisions, got ${describe(revisions)}`);
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
    invalid(ctx, at, 'must name the workload with kind and name');
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

  raiseTo(weight: number, line: number): void {
    this.start({ weight, hold: 0, gates: [], line, explicit: true });
  }

  routeSegment(segment: string, line: number): void {
    this.start({ weight: this.open.weight, hold: 0, gates: [], line, explicit: true, segment });
  }

  endSegment(): void {
    if (this.open.segment === undefined) return;
    this.start({ weight: this.open.weight, hold: 0, gates: [], line: undefined, explicit: false });
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
  invalid(ctx, at, `must be a map, got ${describe(value)}; read as an empty ${name}`);
  return {};
}

function invalid(ctx: Context, at: readonly PathSegment[], message: string): void {
  ctx.diagnostics.push({
    code: 'MANIFEST_FIELD_INVALID',
    message: `${dotted(at)} ${message}`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at),
  });
}
