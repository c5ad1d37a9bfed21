import type {
  Bypass,
  FailureThreshold,
  Gate,
  Rollback,
  RolloutPlan,
  Stage,
  Strategy,
  Target,
} from '../core/model.js';
import { asArray, asNumber, asObject, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { formatDuration, parseDuration } from './duration.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { AdapterContext } from './context.js';
import { describeValue as describe } from './field-text.js';
import { matchesEveryone } from './traffic-match.js';
import type { ValueMatch } from './traffic-match.js';

/**
 * Flagger `Canary` (flagger.app/v1beta1, v1alpha3, v1alpha1). The plan follows what Flagger's
 * scheduler does with the spec (fluxcd/flagger pkg/controller/scheduler.go), not what the field
 * names suggest: e.g. `provider: kubernetes` runs blue/green whatever the weights say.
 */
export const flagger: FormatAdapter = {
  id: 'flagger',
  detect(doc) {
    const apiVersion = asString(field(doc.value, 'apiVersion'));
    const kind = asString(field(doc.value, 'kind'));
    if (apiVersion === undefined || !apiVersion.startsWith(API_GROUP)) return false;
    return kind === 'Canary' || kind === 'MetricTemplate' || kind === 'AlertProvider';
  },
  toPlans(doc) {
    if (asString(field(doc.value, 'kind')) !== 'Canary') return { plans: [], diagnostics: [] };
    return canaryPlans(doc);
  },
};

const API_GROUP = 'flagger.app/';
const KNOWN_API_VERSIONS = ['flagger.app/v1beta1', 'flagger.app/v1alpha3', 'flagger.app/v1alpha1'];
const DEFAULT_INTERVAL = 60;
const MIN_INTERVAL = 10;
const DEFAULT_THRESHOLD = 1;
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
/** Iterations Flagger forces when `provider: kubernetes` is given a weighted canary. */
const KUBERNETES_PROVIDER_ITERATIONS = 10;
const BUILTIN_METRICS = new Set(['request-success-rate', 'request-duration']);
const WEBHOOK_TYPES = new Set([
  '',
  'confirm-rollout',
  'pre-rollout',
  'rollout',
  'confirm-traffic-increase',
  'confirm-promotion',
  'post-rollout',
  'rollback',
  'event',
]);
/** Analysis fields that Flagger only reads under `spec.analysis`; at `spec` level they are pruned. */
const ANALYSIS_ONLY_KEYS = [
  'interval',
  'threshold',
  'maxWeight',
  'stepWeight',
  'stepWeights',
  'iterations',
  'match',
  'metrics',
  'webhooks',
];

type AnalysisKey = 'analysis' | 'canaryAnalysis';

interface Analysis {
  key: AnalysisKey;
  value: PlainObject;
  /** Seconds between checks, after Flagger's default and minimum. */
  interval: number;
  threshold: number;
  iterations: number;
  match: unknown[];
  stepWeight: number;
  stepWeights: number[];
  maxWeight: number | undefined;
  mirror: boolean;
}

interface Webhook {
  type: string;
  name: string | undefined;
  line: number;
  /** A flagger-loadtester task that answers 202 before its command runs: it cannot fail a check. */
  loadTest: boolean;
}

/** The switches that decide whether Flagger analyses the rollout at all. */
interface Switches {
  skipAnalysis: boolean;
  suspended: boolean;
  analysis: Analysis | undefined;
}

function canaryPlans(doc: SourceDocument): AdapterResult {
  const ctx = new AdapterContext(doc);
  const spec = readSpec(ctx);
  if (!spec) return { plans: [], diagnostics: ctx.diagnostics };
  noteUnknownApiVersion(ctx);
  noteMisplacedAnalysisKeys(ctx, spec);

  const switches: Switches = {
    skipAnalysis: readSwitch(ctx, spec, 'skipAnalysis', 'the analysis is treated as skipped'),
    suspended: readSwitch(ctx, spec, 'suspend', 'the Canary is treated as suspended'),
    analysis: readAnalysis(ctx, spec),
  };
  const provider = readProvider(ctx, spec);
  const { analysis } = switches;
  const rollout =
    analysis && !switches.skipAnalysis
      ? analysedRollout(ctx, analysis, provider)
      : unanalysedRollout(ctx, switches, provider);

  const namespace = asString(path(doc.value, ['metadata', 'namespace']));
  const target: Target = {
    kind: 'Canary',
    name: asString(path(doc.value, ['metadata', 'name'])) ?? '',
    ...(namespace !== undefined ? { namespace } : {}),
  };
  const delivers = readTargetRef(ctx, spec, namespace);
  const failureThreshold =
    analysis && !switches.skipAnalysis && !switches.suspended
      ? thresholdOf(ctx, analysis, rollout)
      : undefined;
  const plan: RolloutPlan = {
    id: planId('flagger', 'Canary', doc),
    format: 'flagger',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target,
    ...rollout,
    rollback: rollbackOf(ctx, switches),
    bypasses: bypassesOf(ctx, switches),
    ...(delivers ? { delivers } : {}),
    ...(failureThreshold ? { failureThreshold } : {}),
    notes: ctx.notes,
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}

/** The spec of a whole Canary; a Canary without targetRef is a fragment (a Kustomize patch). */
function readSpec(ctx: AdapterContext): PlainObject | undefined {
  const spec = field(ctx.doc.value, 'spec');
  if (spec === undefined || spec === null || (isObject(spec) && field(spec, 'targetRef') === undefined)) {
    ctx.report(
      ['spec'],
      'Canary has no spec.targetRef: it looks like a partial object (a Kustomize patch?) and cannot be judged on its own; build the overlay and check the result',
      'MANIFEST_UNSUPPORTED',
    );
    return undefined;
  }
  if (!isObject(spec)) ctx.invalid(['spec'], `must be a mapping, not ${describe(spec)}`);
  return asObject(spec);
}

function noteUnknownApiVersion(ctx: AdapterContext): void {
  const apiVersion = asString(field(ctx.doc.value, 'apiVersion')) ?? '';
  if (!KNOWN_API_VERSIONS.includes(apiVersion)) {
    ctx.notes.push(
      `apiVersion ${apiVersion} is not a Flagger version rollout-guard knows; read as flagger.app/v1beta1`,
    );
  }
}

type Rollout = Pick<RolloutPlan, 'strategy' | 'stages' | 'backgroundGates'> & {
  /** Passing checks a successful analysis takes before promotion; undefined when it never promotes. */
  checks?: number;
};

/**
 * Flagger rolls back when failedChecks reaches the threshold; failed checks are never reset during
 * an analysis, and each interval makes one check (fluxcd/flagger pkg/controller/scheduler.go).
 */
function thresholdOf(ctx: AdapterContext, analysis: Analysis, rollout: Rollout): FailureThreshold {
  return {
    label: 'Flagger analysis threshold',
    failures: analysis.threshold,
    ...(rollout.checks !== undefined ? { checks: rollout.checks } : {}),
    line: ctx.doc.lineOf(['spec', analysis.key, 'threshold']),
  };
}

function analysedRollout(ctx: AdapterContext, analysis: Analysis, provider: string | undefined): Rollout {
  const webhooks = readWebhooks(ctx, analysis);
  const shape = effectiveShape(ctx, analysis, provider);
  const { stages, checks } = stagesFor(ctx, analysis, shape);
  applyWebhookGates(ctx, stages, shape.strategy, webhooks);
  const backgroundGates = [...metricGates(ctx, analysis), ...backgroundWebhookGates(ctx, webhooks)];
  noteToothlessAnalysis(ctx, backgroundGates, stages);
  return { strategy: shape.strategy, stages, backgroundGates, ...(checks !== undefined ? { checks } : {}) };
}

/** Skipped or missing analysis: Flagger waits only for confirm-rollout gates, then promotes at once. */
function unanalysedRollout(ctx: AdapterContext, switches: Switches, provider: string | undefined): Rollout {
  const { analysis } = switches;
  const stages: Stage[] = [];
  if (analysis) {
    ctx.notes.push(`skipAnalysis: the ${analysis.key} block is not run`);
    const approvals = readWebhooks(ctx, analysis)
      .filter((hook) => hook.type === 'confirm-rollout')
      .map((hook) => approval(hook));
    const first = approvals[0];
    if (first) stages.push({ weight: 0, hold: 'manual', gates: approvals, line: first.line });
  }
  stages.push(finalStage(ctx.doc.lineOf(switches.skipAnalysis ? ['spec', 'skipAnalysis'] : ['spec'])));
  const strategy = analysis ? effectiveShape(ctx, analysis, provider, false).strategy : 'canary';
  return { strategy, stages, backgroundGates: [] };
}

function bypassesOf(ctx: AdapterContext, switches: Switches): Bypass[] {
  const bypasses: Bypass[] = [];
  const at = (key: string) => ctx.doc.lineOf(['spec', key]);
  if (switches.skipAnalysis) {
    bypasses.push({
      field: 'spec.skipAnalysis',
      reason: 'Flagger promotes the new version without analysing it: no stages, no checks, no rollback',
      line: at('skipAnalysis'),
    });
  }
  if (!switches.analysis) {
    bypasses.push({
      field: 'spec.analysis',
      reason: 'Flagger promotes without analysis: the Canary has no analysis (or canaryAnalysis) block',
      line: at('analysis'),
    });
  }
  if (switches.suspended) {
    bypasses.push({
      field: 'spec.suspend',
      reason:
        'Flagger ignores changes to the target while the Canary is suspended: no analysis and no rollback run',
      line: at('suspend'),
    });
  }
  return bypasses;
}

function rollbackOf(ctx: AdapterContext, { skipAnalysis, suspended, analysis }: Switches): Rollback {
  if (analysis && !skipAnalysis && !suspended) {
    const { threshold } = analysis;
    return {
      automatic: true,
      how: [`rolls back after ${threshold} failed check${threshold === 1 ? '' : 's'}`],
      line: ctx.doc.lineOf(['spec', analysis.key]),
    };
  }
  const why = skipAnalysis
    ? 'skipAnalysis: Flagger promotes without checks'
    : !analysis
      ? 'no analysis block: Flagger promotes without checks'
      : 'suspend: Flagger does not run the analysis';
  return { automatic: false, how: [`${why}, so nothing triggers a rollback`] };
}

// ---------------------------------------------------------------------------------------------
// Reading the spec

/** A boolean switch; anything but true/false is reported and read as on (fail closed). */
function readSwitch(ctx: AdapterContext, spec: PlainObject, key: string, consequence: string): boolean {
  const value = field(spec, key);
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  ctx.invalid(['spec', key], `must be true or false, not ${describe(value)}; ${consequence}`);
  return true;
}

function readProvider(ctx: AdapterContext, spec: PlainObject): string | undefined {
  const value = field(spec, 'provider');
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    ctx.invalid(['spec', 'provider'], `must be a string, not ${describe(value)}`);
    return undefined;
  }
  return value;
}

function readTargetRef(
  ctx: AdapterContext,
  spec: PlainObject,
  namespace: string | undefined,
): Target | undefined {
  const ref = field(spec, 'targetRef');
  const name = asString(field(ref, 'name'));
  if (!isObject(ref) || name === undefined || name === '') {
    ctx.invalid(['spec', 'targetRef'], 'must be a mapping with a name');
    return undefined;
  }
  const kind = asString(field(ref, 'kind')) ?? 'Deployment';
  // Flagger looks the target up in the Canary's own namespace and ignores targetRef.namespace
  // (pkg/canary/deployment_controller.go reads cd.Spec.TargetRef.Name in cd.Namespace).
  const refNamespace = asString(field(ref, 'namespace'));
  if (refNamespace !== undefined && refNamespace !== (namespace ?? '')) {
    ctx.notes.push(
      `spec.targetRef.namespace ${refNamespace} is ignored: Flagger delivers the ${kind} ${name} of the Canary's own namespace${namespace !== undefined ? ` (${namespace})` : ''}`,
    );
  }
  return { kind, name, ...(namespace !== undefined ? { namespace } : {}) };
}

/** `spec.analysis`, else the deprecated `spec.canaryAnalysis` (Flagger's `GetAnalysis()`). */
function readAnalysis(ctx: AdapterContext, spec: PlainObject): Analysis | undefined {
  const present = (key: AnalysisKey) => field(spec, key) !== undefined && field(spec, key) !== null;
  const key: AnalysisKey | undefined = present('analysis')
    ? 'analysis'
    : present('canaryAnalysis')
      ? 'canaryAnalysis'
      : undefined;
  if (key === undefined) return undefined;
  if (key === 'analysis' && present('canaryAnalysis')) {
    ctx.notes.push('spec.canaryAnalysis is ignored: spec.analysis takes precedence');
  }
  const value = field(spec, key);
  if (!isObject(value)) {
    ctx.invalid(['spec', key], `must be a mapping, not ${describe(value)}; it is read as absent`);
    return undefined;
  }
  const at = (name: string): PathSegment[] => ['spec', key, name];

  const stepWeights = readList(ctx, value, at('stepWeights'))
    .map((item, i) => readWeight(ctx, item, [...at('stepWeights'), i]))
    .filter((weight): weight is number => weight !== undefined);
  if (stepWeights.some((weight, i) => i > 0 && weight <= (stepWeights[i - 1] ?? 0))) {
    ctx.invalid(at('stepWeights'), 'must ascend');
  }

  return {
    key,
    value,
    interval: readInterval(ctx, value, at('interval')),
    threshold: positiveOr(readInteger(ctx, value, at('threshold')), DEFAULT_THRESHOLD),
    iterations: positiveOr(readInteger(ctx, value, at('iterations')), 0),
    match: readList(ctx, value, at('match')),
    stepWeight: positiveOr(readWeight(ctx, field(value, 'stepWeight'), at('stepWeight')), 0),
    stepWeights,
    maxWeight: readMaxWeight(ctx, value, at('maxWeight')),
    mirror: field(value, 'mirror') === true,
  };
}

function readInterval(ctx: AdapterContext, analysis: PlainObject, at: PathSegment[]): number {
  const value = field(analysis, 'interval');
  if (value === undefined || value === null || value === '') return DEFAULT_INTERVAL;
  // Flagger reads a Go duration (time.ParseDuration): no bare numbers, days or ISO-8601.
  const seconds = typeof value === 'string' && GO_DURATION.test(value) ? parseDuration(value) : undefined;
  if (seconds === undefined) {
    ctx.invalid(at, `must be a duration such as 1m or 30s; Flagger's default of 60s is assumed`);
    return DEFAULT_INTERVAL;
  }
  return Math.max(seconds, MIN_INTERVAL);
}

function readInteger(ctx: AdapterContext, object: PlainObject, at: PathSegment[]): number | undefined {
  const value = field(object, String(at[at.length - 1]));
  if (value === undefined || value === null) return undefined;
  const number = asNumber(value);
  if (number === undefined || !Number.isInteger(number)) {
    ctx.invalid(at, `must be a whole number, not ${describe(value)}`);
    return undefined;
  }
  return number;
}

function readWeight(ctx: AdapterContext, value: unknown, at: PathSegment[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = asNumber(value);
  if (number === undefined || !Number.isInteger(number) || number < 0 || number > 100) {
    ctx.invalid(at, `must be a whole percentage from 0 to 100, not ${describe(value)}`);
    return undefined;
  }
  return number;
}

function readMaxWeight(ctx: AdapterContext, analysis: PlainObject, at: PathSegment[]): number | undefined {
  const weight = readWeight(ctx, field(analysis, 'maxWeight'), at);
  return weight !== undefined && weight > 0 ? weight : undefined;
}

function readList(ctx: AdapterContext, object: PlainObject, at: PathSegment[]): unknown[] {
  const value = field(object, String(at[at.length - 1]));
  if (value === undefined || value === null) return [];
  const list = asArray(value);
  if (!list) ctx.invalid(at, `must be a list, not ${describe(value)}`);
  return list ?? [];
}

function readWebhooks(ctx: AdapterContext, analysis: Analysis): Webhook[] {
  const at: PathSegment[] = ['spec', analysis.key, 'webhooks'];
  const webhooks: Webhook[] = [];
  readList(ctx, analysis.value, at).forEach((item, i) => {
    const itemAt = [...at, i];
    if (!isObject(item)) {
      ctx.invalid(itemAt, `must be a mapping, not ${describe(item)}`);
      return;
    }
    const rawType = field(item, 'type');
    const type = rawType === undefined || rawType === null ? '' : asString(rawType);
    if (type === undefined || !WEBHOOK_TYPES.has(type)) {
      // The CRD rejects an unknown type, so the webhook is counted as no gate at all.
      ctx.invalid([...itemAt, 'type'], `is not a Flagger webhook type; the webhook is ignored`);
      return;
    }
    webhooks.push({
      type,
      name: asString(field(item, 'name')),
      line: ctx.doc.lineOf(itemAt),
      loadTest: isLoadTest(field(item, 'metadata')),
    });
  });
  return webhooks;
}

function noteMisplacedAnalysisKeys(ctx: AdapterContext, spec: PlainObject): void {
  for (const key of ANALYSIS_ONLY_KEYS) {
    if (field(spec, key) !== undefined) {
      ctx.notes.push(
        `spec.${key} is not read by Flagger (the API server prunes it): it belongs under spec.analysis`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stages

interface Shape {
  strategy: Strategy;
  iterations: number;
  /** True when `provider: kubernetes` turned the analysis into blue/green. */
  forcedBlueGreen: boolean;
}

/** Flagger's `DeploymentStrategy()`, after the `provider: kubernetes` override in the scheduler. */
function effectiveShape(
  ctx: AdapterContext,
  analysis: Analysis,
  provider: string | undefined,
  withNotes = true,
): Shape {
  let iterations = analysis.iterations;
  let hasMatch = analysis.match.length > 0;
  let forcedBlueGreen = false;
  if (provider === 'kubernetes') {
    if (hasMatch) {
      hasMatch = false;
      if (withNotes)
        ctx.notes.push('provider kubernetes does not support A/B testing: Flagger ignores match');
    }
    if (iterations < 1) {
      iterations = KUBERNETES_PROVIDER_ITERATIONS;
      forcedBlueGreen = true;
      if (withNotes) {
        ctx.notes.push(
          `provider kubernetes shifts no traffic: Flagger ignores stepWeight/maxWeight and runs blue/green for ${KUBERNETES_PROVIDER_ITERATIONS} iterations`,
        );
      }
    }
  }
  const strategy: Strategy =
    hasMatch && iterations > 0 ? 'ab-test' : iterations > 0 ? 'blue-green' : 'canary';
  return { strategy, iterations, forcedBlueGreen };
}

function stagesFor(
  ctx: AdapterContext,
  analysis: Analysis,
  shape: Shape,
): { stages: Stage[]; checks?: number } {
  const at = (...rest: PathSegment[]): number => ctx.doc.lineOf(['spec', analysis.key, ...rest]);
  const final = finalStage(at());
  // A/B and blue/green promote after `iterations` passing checks (scheduler.go runAB, runBlueGreen).
  if (shape.strategy === 'ab-test') {
    const hold = shape.iterations * analysis.interval;
    if (routesEveryone(analysis.match)) {
      ctx.notes.push(
        'spec.analysis.match routes every request (a header every request carries, matched on any value): the A/B test sends all traffic to the new version',
      );
      return {
        stages: [{ weight: 100, hold, gates: [], line: at('match') }, final],
        checks: shape.iterations,
      };
    }
    const segment = describeMatch(analysis.match);
    return {
      stages: [{ weight: 0, hold, gates: [], line: at('match'), segment }, final],
      checks: shape.iterations,
    };
  }
  if (shape.strategy === 'blue-green') {
    const line = shape.forcedBlueGreen ? ctx.doc.lineOf(['spec', 'provider']) : at('iterations');
    if (analysis.mirror) ctx.notes.push('traffic is mirrored to the new version while the iterations run');
    return {
      stages: [{ weight: 0, hold: shape.iterations * analysis.interval, gates: [], line }, final],
      checks: shape.iterations,
    };
  }

  const stages: Stage[] = [];
  if (analysis.mirror) {
    stages.push({ weight: 0, hold: analysis.interval, gates: [], line: at('mirror') });
    ctx.notes.push(
      `traffic is mirrored to the new version for ${formatDuration(analysis.interval)} before weights shift; users see only the old version's responses`,
    );
  }
  const weights = canaryWeights(ctx, analysis);
  for (const step of weights.steps) {
    stages.push({
      weight: step.weight,
      hold: step.weight === 100 ? 0 : analysis.interval,
      gates: [],
      line: step.line,
    });
  }
  const last = stages[stages.length - 1];
  if (last?.weight !== 100) stages.push(final);
  // One check at each weight (the last one promotes), and one while traffic is only mirrored.
  const checks = weights.promotes ? weights.steps.length + (analysis.mirror ? 1 : 0) : undefined;
  return { stages, ...(checks !== undefined && checks > 0 ? { checks } : {}) };
}

/**
 * The weights Flagger's scheduler walks through: each interval it adds `nextStepWeight()` (capped at
 * 100%) while the weight is below maxWeight, then promotes. With stepWeight 20 and maxWeight 50 that
 * is 20, 40, 60: the last step may pass maxWeight (Flagger's docs say the same).
 */
function canaryWeights(
  ctx: AdapterContext,
  analysis: Analysis,
): { steps: { weight: number; line: number }[]; promotes: boolean } {
  const useList = analysis.stepWeight <= 0 && analysis.stepWeights.length > 0;
  const list = analysis.stepWeights;
  // Flagger's maxWeight(): the last of stepWeights whenever the list is set, even if stepWeight wins.
  const maxWeight =
    list.length > 0 ? Math.min(100, list[list.length - 1] ?? 100) : (analysis.maxWeight ?? 100);
  const nextStep = (weight: number): number => {
    if (!useList) return analysis.stepWeight;
    const maxStep = 100 - weight;
    if (maxStep === 0) return 1;
    if (weight === 0) return Math.min(maxStep, list[0] ?? maxStep);
    const index = list.indexOf(weight);
    if (index >= 0 && index < list.length - 1) return Math.min(maxStep, (list[index + 1] ?? 0) - weight);
    return maxStep;
  };
  const lineOf = (weight: number): number => {
    if (!useList) return ctx.doc.lineOf(['spec', analysis.key, 'stepWeight']);
    const index = list.indexOf(weight);
    return ctx.doc.lineOf(['spec', analysis.key, 'stepWeights', ...(index >= 0 ? [index] : [])]);
  };

  const steps: { weight: number; line: number }[] = [];
  let weight = 0;
  while (weight < maxWeight && steps.length <= 100) {
    const step = nextStep(weight);
    const next = Math.min(100, weight + step);
    if (step <= 0 || next === weight) break;
    weight = next;
    steps.push({ weight, line: lineOf(weight) });
  }
  if (weight < maxWeight) {
    ctx.notes.push(
      steps.length === 0
        ? `spec.${analysis.key} sets no stepWeight, stepWeights or iterations: Flagger never shifts traffic and never promotes`
        : `Flagger stops advancing at ${weight}% (below maxWeight ${maxWeight}%) and never promotes`,
    );
    return { steps, promotes: false };
  }
  return { steps, promotes: true };
}

function finalStage(line: number): Stage {
  return { weight: 100, hold: 0, gates: [], line };
}

/**
 * Istio's HTTPMatchRequest list: the alternatives are ORed, the conditions inside one are ANDed.
 * One alternative that every request passes routes everyone.
 */
function routesEveryone(match: unknown[]): boolean {
  return match.some((condition) => {
    if (!isObject(condition)) return false;
    const entries = Object.entries(condition);
    if (entries.length === 0) return true;
    return entries.every(([kind, spec]) => {
      if (kind === 'headers' && isObject(spec)) {
        const headers = Object.entries(spec);
        return headers.length > 0 && headers.every(([name, rule]) => matchesEveryone(name, valueMatch(rule)));
      }
      if (
        (kind === 'uri' || kind === 'method' || kind === 'authority' || kind === 'scheme') &&
        isObject(spec)
      ) {
        const pseudo = { uri: ':path', method: ':method', authority: ':authority', scheme: ':scheme' }[kind];
        return matchesEveryone(pseudo, valueMatch(spec));
      }
      return false;
    });
  });
}

function valueMatch(rule: unknown): ValueMatch | undefined {
  if (!isObject(rule)) return undefined;
  const value: ValueMatch = {};
  for (const key of ['exact', 'prefix', 'suffix', 'regex'] as const) {
    const text = asString(field(rule, key));
    if (text !== undefined) value[key] = text;
  }
  return value;
}

function describeMatch(match: unknown[]): string {
  const alternatives = match.map((condition) => {
    if (!isObject(condition)) return 'a match condition';
    const parts: string[] = [];
    for (const [kind, spec] of Object.entries(condition)) {
      if ((kind === 'headers' || kind === 'queryParams') && isObject(spec)) {
        const label = kind === 'headers' ? 'header' : 'query';
        for (const [name, rule] of Object.entries(spec))
          parts.push(`${label} ${name}${describeStringMatch(rule)}`);
      } else if (kind === 'sourceLabels' && isObject(spec)) {
        for (const [name, value] of Object.entries(spec)) parts.push(`source label ${name}=${String(value)}`);
      } else {
        parts.push(`${kind}${describeStringMatch(spec)}`);
      }
    }
    return parts.length > 0 ? parts.join(' and ') : 'a match condition';
  });
  return alternatives.join(' or ');
}

function describeStringMatch(rule: unknown): string {
  const exact = asString(field(rule, 'exact'));
  if (exact !== undefined) return `=${exact}`;
  const regex = asString(field(rule, 'regex'));
  if (regex !== undefined) return ` ~ ${regex}`;
  const prefix = asString(field(rule, 'prefix'));
  if (prefix !== undefined) return ` prefix ${prefix}`;
  const suffix = asString(field(rule, 'suffix'));
  if (suffix !== undefined) return ` suffix ${suffix}`;
  return '';
}

// ---------------------------------------------------------------------------------------------
// Gates

function approval(hook: Webhook): Gate {
  return { kind: 'approval', ...named(hook.name), line: hook.line, effective: true };
}

function addApproval(stage: Stage | undefined, hook: Webhook): void {
  if (!stage) return;
  stage.gates.push(approval(hook));
  stage.hold = 'manual';
}

/**
 * The stage before any traffic moves: confirm-rollout gates wait there (checkCanaryStatus), and
 * pre-rollout webhooks run there, at weight 0 with no iteration yet (advanceCanary). It is the
 * first stage when that is already at 0% (blue/green, a mirror), else a 0% stage of its own.
 */
function beforeTraffic(stages: Stage[], line: number): Stage {
  const first = stages[0];
  if (first && first.weight === 0 && first.segment === undefined) return first;
  const stage: Stage = { weight: 0, hold: 0, gates: [], line };
  stages.unshift(stage);
  return stage;
}

function applyWebhookGates(
  ctx: AdapterContext,
  stages: Stage[],
  strategy: Strategy,
  webhooks: Webhook[],
): void {
  const belowFull = stages.filter((stage) => stage.weight < 100);
  for (const hook of webhooks) {
    switch (hook.type) {
      case 'confirm-rollout':
        addApproval(beforeTraffic(stages, hook.line), hook);
        break;
      case 'confirm-traffic-increase':
        // The scheduler only asks before a weight increase, which A/B and blue/green never make.
        if (strategy === 'canary') for (const stage of belowFull) addApproval(stage, hook);
        else
          ctx.notes.push(
            `confirm-traffic-increase webhook ${hook.name ?? ''} never runs: the strategy is ${strategy}`,
          );
        break;
      case 'confirm-promotion':
        addApproval(belowFull[belowFull.length - 1] ?? stages[0], hook);
        break;
      case 'pre-rollout':
        beforeTraffic(stages, hook.line).gates.push(webhookGate(ctx, hook));
        break;
      case 'rollback':
        if (!ctx.notes.includes(ROLLBACK_WEBHOOK_NOTE)) ctx.notes.push(ROLLBACK_WEBHOOK_NOTE);
        break;
      default:
        break;
    }
  }
}

const ROLLBACK_WEBHOOK_NOTE = 'a rollback webhook can force a rollback';

/** A gating webhook; a load-test task is one only in name. */
function webhookGate(ctx: AdapterContext, hook: Webhook): Gate {
  if (hook.loadTest) {
    ctx.notes.push(
      `webhook ${hook.name ?? '(unnamed)'} starts a load-test command: the load tester answers 202 before the command runs, so it generates traffic but cannot fail a check`,
    );
  }
  return { kind: 'webhook', ...named(hook.name), line: hook.line, effective: !hook.loadTest };
}

/**
 * flagger-loadtester (pkg/loadtester/server.go) runs `metadata.cmd` in the background and answers
 * 202 Accepted for the default task type `cmd` and for `ngrinder`; Flagger counts any answer up
 * to 202 as a pass (pkg/controller/webhook.go). Only the blocking types (bash, helm, helmv3,
 * kubectl, concord) report the command's failure.
 */
function isLoadTest(metadata: unknown): boolean {
  if (!isObject(metadata) || asString(field(metadata, 'cmd')) === undefined) return false;
  const type = field(metadata, 'type');
  return type === undefined || type === 'cmd' || type === 'ngrinder';
}

/** Rollout webhooks (an untyped webhook runs as one) gate every interval; post-rollout and event only log. */
function backgroundWebhookGates(ctx: AdapterContext, webhooks: Webhook[]): Gate[] {
  const gates: Gate[] = [];
  for (const hook of webhooks) {
    if (hook.type === '' || hook.type === 'rollout') {
      gates.push(webhookGate(ctx, hook));
    } else if (hook.type === 'post-rollout' || hook.type === 'event') {
      gates.push({ kind: 'webhook', ...named(hook.name), line: hook.line, effective: false });
    }
  }
  return gates;
}

function metricGates(ctx: AdapterContext, analysis: Analysis): Gate[] {
  const at: PathSegment[] = ['spec', analysis.key, 'metrics'];
  const gates: Gate[] = [];
  readList(ctx, analysis.value, at).forEach((metric, i) => {
    if (!isObject(metric)) {
      ctx.invalid([...at, i], `must be a mapping, not ${describe(metric)}`);
      return;
    }
    const name = asString(field(metric, 'name'));
    // A metric that is neither built in, nor a templateRef, nor an inline query is never evaluated.
    const evaluated =
      (name !== undefined && BUILTIN_METRICS.has(name)) ||
      isObject(field(metric, 'templateRef')) ||
      (asString(field(metric, 'query')) ?? '') !== '';
    gates.push({
      kind: 'metric-check',
      ...named(name),
      line: ctx.doc.lineOf([...at, i]),
      effective: evaluated && canFail(ctx, metric, name, [...at, i]),
    });
  });
  return gates;
}

/**
 * Whether a metric's value can fail the check (pkg/controller/scheduler_metrics.go): with a
 * thresholdRange, a value below `min` or above `max` fails, and a range with neither fails
 * nothing; without one, the deprecated `threshold` (default 0) is a floor for
 * request-success-rate and a ceiling (milliseconds) for request-duration and custom queries.
 */
function canFail(
  ctx: AdapterContext,
  metric: PlainObject,
  name: string | undefined,
  at: PathSegment[],
): boolean {
  const label = `metric ${name ?? '(unnamed)'}`;
  const range = field(metric, 'thresholdRange');
  if (range !== undefined && range !== null) {
    if (!isObject(range)) {
      ctx.invalid(
        [...at, 'thresholdRange'],
        `must be a mapping with min and/or max, not ${describe(range)}; the check is not counted`,
      );
      return false;
    }
    const bound = (key: 'min' | 'max'): number | undefined => {
      const value = field(range, key);
      if (value === undefined || value === null) return undefined;
      if (asNumber(value) === undefined) {
        ctx.invalid(
          [...at, 'thresholdRange', key],
          `must be a number, not ${describe(value)}; the Kubernetes API rejects the Canary`,
        );
        return undefined;
      }
      return asNumber(value);
    };
    const min = bound('min');
    const max = bound('max');
    // Success rates are percentages and durations are never negative: bounds outside that fail nothing.
    const lowest = name === 'request-success-rate' || name === 'request-duration' ? 0 : -Infinity;
    const highest = name === 'request-success-rate' ? 100 : Infinity;
    if ((min === undefined || min <= lowest) && (max === undefined || max >= highest)) {
      ctx.notes.push(
        min === undefined && max === undefined
          ? `${label}: thresholdRange has neither min nor max, so no value fails the check: it is not a gate`
          : `${label}: thresholdRange admits every value the metric can take, so no value fails the check: it is not a gate`,
      );
      return false;
    }
    return true;
  }
  const legacy = asNumber(field(metric, 'threshold')) ?? 0;
  if (name === 'request-success-rate' && legacy <= 0) {
    ctx.notes.push(
      `${label} has no thresholdRange and no threshold: Flagger fails it only below 0%, never: it is not a gate`,
    );
    return false;
  }
  if (field(metric, 'threshold') === undefined) {
    ctx.notes.push(
      name === 'request-duration'
        ? `${label} has no thresholdRange: Flagger fails it above 0 ms, so every check fails`
        : `${label} has no thresholdRange: Flagger fails it whenever the value is above 0`,
    );
  }
  return true;
}

function noteToothlessAnalysis(ctx: AdapterContext, backgroundGates: Gate[], stages: Stage[]): void {
  const gating = [...backgroundGates, ...stages.flatMap((stage) => stage.gates)].some(
    (gate) => gate.effective && gate.kind !== 'approval',
  );
  if (!gating)
    ctx.notes.push(
      "the analysis has no metric checks or gating webhooks: only the canary's health can fail it",
    );
}

function named(name: string | undefined): { name?: string } {
  return name !== undefined && name !== '' ? { name } : {};
}

// ---------------------------------------------------------------------------------------------

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && value > 0 ? value : fallback;
}
