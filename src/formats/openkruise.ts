import type { Bypass, RolloutPlan, Stage, Strategy, Target } from '../core/model.js';
import { asArray, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { AdapterContext } from './context.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';

/**
 * OpenKruise Rollouts `Rollout` (rollouts.kruise.io/v1alpha1 and v1beta1). Each step is a batch:
 * the controller raises the new version to the step's traffic (or replica) share, then waits on
 * the step's `pause` — which, when absent, waits for a person (openkruise/rollouts
 * pkg/controller/rollout/rollout_canary.go, `doCanaryPaused`). The spec holds no analysis, so
 * nothing rolls back on its own.
 */
export const openKruise: FormatAdapter = {
  id: 'openkruise',
  detect: isKruiseRollout,
  toPlans: (doc) => rolloutPlans(doc),
};

const V1ALPHA1 = 'rollouts.kruise.io/v1alpha1';
const V1BETA1 = 'rollouts.kruise.io/v1beta1';
const API_VERSIONS = new Set([V1ALPHA1, V1BETA1]);
const SPEC = ['spec'] as const;
const STRATEGY = ['spec', 'strategy'] as const;
/** v1alpha1 names a traffic-routing object in this annotation instead of `trafficRoutingRef`. */
const TRAFFIC_ROUTING_ANNOTATION = 'rollouts.kruise.io/trafficrouting';
const PERCENT = /^(\d+(?:\.\d+)?)%$/;

type StrategyKey = 'canary' | 'blueGreen';

// Argo Rollouts also has `kind: Rollout` (argoproj.io), so the API group decides.
function isKruiseRollout(doc: SourceDocument): boolean {
  const apiVersion = asString(field(doc.value, 'apiVersion'));
  return (
    apiVersion !== undefined &&
    API_VERSIONS.has(apiVersion) &&
    asString(field(doc.value, 'kind')) === 'Rollout'
  );
}

class Context extends AdapterContext {
  constructor(
    doc: SourceDocument,
    readonly version: typeof V1ALPHA1 | typeof V1BETA1,
  ) {
    super(doc);
  }
}

function rolloutPlans(doc: SourceDocument): AdapterResult {
  const version = asString(field(doc.value, 'apiVersion')) === V1BETA1 ? V1BETA1 : V1ALPHA1;
  const ctx = new Context(doc, version);
  const key = readStrategyKey(ctx);
  if (key === undefined) return { plans: [], diagnostics: ctx.diagnostics };

  const shape = readSteps(ctx, key);
  const bypasses = readSwitches(ctx);
  const namespace = asString(path(doc.value, ['metadata', 'namespace']));
  const target: Target = {
    kind: 'Rollout',
    name: asString(path(doc.value, ['metadata', 'name'])) ?? '',
    ...(namespace !== undefined ? { namespace } : {}),
  };
  const delivers = readWorkloadRef(ctx, namespace);
  const plan: RolloutPlan = {
    id: planId('openkruise', 'Rollout', doc),
    format: 'openkruise',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target,
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: [],
    rollback: { automatic: false, how: ['manual rollback only'] },
    bypasses,
    ...(delivers ? { delivers } : {}),
    notes: ctx.notes,
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Strategy selection

function readStrategyKey(ctx: Context): StrategyKey | undefined {
  const spec = field(ctx.doc.value, 'spec');
  if (spec !== undefined && spec !== null && !isObject(spec)) {
    ctx.invalid(SPEC, `must be a map, got ${describe(spec)}`);
    return undefined;
  }
  const strategy = path(ctx.doc.value, STRATEGY);
  if (strategy === undefined || strategy === null) {
    // A Kustomize patch is a partial Rollout: no strategy here does not mean "no canary".
    ctx.report(
      isObject(spec) ? SPEC : ['kind'],
      'Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone',
      'MANIFEST_UNSUPPORTED',
    );
    return undefined;
  }
  if (!isObject(strategy)) {
    ctx.invalid(STRATEGY, `must be a map holding canary or blueGreen, got ${describe(strategy)}`);
    return undefined;
  }
  const hasCanary = present(field(strategy, 'canary'));
  const hasBlueGreen = present(field(strategy, 'blueGreen'));
  if (hasCanary && hasBlueGreen) {
    ctx.invalid(STRATEGY, 'holds both canary and blueGreen; Kruise Rollouts accepts exactly one');
    return undefined;
  }
  if (hasBlueGreen && ctx.version === V1ALPHA1) {
    ctx.invalid(
      [...STRATEGY, 'blueGreen'],
      `is only in ${V1BETA1}; ${V1ALPHA1} drops it, so this Rollout has no strategy`,
    );
    return undefined;
  }
  if (!hasCanary && !hasBlueGreen) {
    ctx.invalid(STRATEGY, 'holds neither canary nor blueGreen; Kruise Rollouts needs exactly one');
    return undefined;
  }
  return hasCanary ? 'canary' : 'blueGreen';
}

// ---------------------------------------------------------------------------------------------
// Steps

interface Shape {
  strategy: Strategy;
  stages: Stage[];
}

function readSteps(ctx: Context, key: StrategyKey): Shape {
  const at: PathSegment[] = [...STRATEGY, key];
  const block = path(ctx.doc.value, [...STRATEGY, key]);
  if (!isObject(block)) ctx.invalid(at, `must be a map with steps, got ${describe(block)}`);
  const body = isObject(block) ? block : {};
  const stepsAt = [...at, 'steps'];
  const raw = field(body, 'steps');
  const steps = asArray(raw) ?? [];
  if (present(raw) && !Array.isArray(raw)) {
    ctx.invalid(stepsAt, `must be a list of steps, got ${describe(raw)}; read as no steps`);
  }
  const strategy: Strategy = key === 'blueGreen' ? 'blue-green' : 'canary';
  if (steps.length === 0) {
    ctx.notes.push(`${dotted(at)} has no steps: the workload updates without batches or pauses`);
    return {
      strategy: key === 'blueGreen' ? 'blue-green' : 'rolling',
      stages: [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(at) }],
    };
  }

  const routed = isRouted(ctx, body);
  if (!routed) ctx.notes.push('weights approximate replica counts: no trafficRoutings');
  const reader = new StepReader(ctx, key, stepsAt, routed);
  steps.forEach((step, index) => reader.read(step, index, index === steps.length - 1));
  reader.finishNotes();
  return { strategy, stages: reader.finish(ctx.doc.lineOf(stepsAt)) };
}

/** Traffic is routed when the Rollout names its routing inline, by reference, or (v1alpha1) by annotation. */
function isRouted(ctx: Context, block: PlainObject): boolean {
  const routings = asArray(field(block, 'trafficRoutings')) ?? [];
  const ref =
    asString(field(block, 'trafficRoutingRef')) ??
    asString(path(ctx.doc.value, [...STRATEGY, 'trafficRoutingRef']));
  const annotation = asString(path(ctx.doc.value, ['metadata', 'annotations', TRAFFIC_ROUTING_ANNOTATION]));
  return routings.length > 0 || (ref ?? '') !== '' || (annotation ?? '') !== '';
}

type Replicas = { percent: number } | { count: number };

/** Reads steps in order; each step is one batch, hence one stage. */
class StepReader {
  private readonly stages: Stage[] = [];
  private readonly withoutPause: number[] = [];
  private readonly countSteps: number[] = [];
  private readonly unroutedMatches: number[] = [];
  private readonly otherVersionFields: PathSegment[][] = [];

  constructor(
    private readonly ctx: Context,
    private readonly key: StrategyKey,
    private readonly stepsAt: PathSegment[],
    private readonly routed: boolean,
  ) {}

  read(raw: unknown, index: number, last: boolean): void {
    const at = [...this.stepsAt, index];
    if (!isObject(raw)) {
      this.ctx.invalid(at, `must be a map with traffic, replicas and pause, got ${describe(raw)}`);
      return;
    }
    const exposure = this.exposureOf(raw, at, index);
    if (exposure === undefined) return;
    // The controller does not wait after a last batch of all replicas.
    const finalBatch = last && this.key === 'canary' && field(raw, 'replicas') === '100%';
    const hold = finalBatch ? 0 : this.holdOf(raw, at, index);
    const stage: Stage = { weight: exposure.weight, hold, gates: [], line: exposure.line };
    if (exposure.segment !== undefined) stage.segment = exposure.segment;
    // A batch with no traffic that nothing holds changes nothing a user sees.
    if (stage.weight === 0 && stage.segment === undefined && stage.hold === 0) return;
    this.stages.push(stage);
  }

  /** The final 100% stage: explicit when the last step reaches it, else implicit. */
  finish(implicitLine: number): Stage[] {
    const last = this.stages[this.stages.length - 1];
    if (last === undefined || last.weight !== 100 || last.segment !== undefined) {
      this.stages.push({ weight: 100, hold: 0, gates: [], line: implicitLine });
    }
    return this.stages;
  }

  finishNotes(): void {
    const list = (indexes: number[]) => indexes.map((i) => `steps[${i}]`).join(', ');
    if (this.withoutPause.length > 0) {
      const one = this.withoutPause.length === 1;
      this.ctx.notes.push(
        `${list(this.withoutPause)} ${one ? 'has' : 'have'} no pause: Kruise waits for a manual approval (kubectl-kruise rollout approve) after ${one ? 'it' : 'each of them'}`,
      );
    }
    if (this.countSteps.length > 0) {
      this.ctx.notes.push(
        `${list(this.countSteps)} set${this.countSteps.length === 1 ? 's' : ''} a number of replicas, not a share: the share of traffic depends on the workload's replica count, which the Rollout does not hold`,
      );
    }
    if (this.otherVersionFields.length > 0) {
      const own = this.ctx.version === V1BETA1 ? 'traffic' : 'weight';
      this.ctx.notes.push(
        `${this.otherVersionFields.map(dotted).join(', ')}: not a ${this.ctx.version} field, so it is ignored (this version reads ${own})`,
      );
    }
    if (this.unroutedMatches.length > 0) {
      this.ctx.notes.push(`${list(this.unroutedMatches)}: matches have no effect without trafficRoutings`);
    }
  }

  private exposureOf(
    step: PlainObject,
    at: PathSegment[],
    index: number,
  ): { weight: number; line: number; segment?: string } | undefined {
    const traffic = this.trafficOf(step, at);
    const matches = this.matchesOf(step, at);
    if (this.routed) {
      if (traffic !== undefined) {
        return { weight: traffic.weight, line: traffic.line, ...(matches ? { segment: matches } : {}) };
      }
      if (matches !== undefined) {
        return { weight: 0, line: this.ctx.doc.lineOf([...at, 'matches']), segment: matches };
      }
      // Blue-green keeps every request on the old version until a step routes some.
      if (this.key === 'blueGreen') return { weight: 0, line: this.ctx.doc.lineOf(at) };
      // A canary step without traffic ends the routing: the batch is shared by replicas.
    } else if (matches !== undefined) {
      this.unroutedMatches.push(index);
    }
    const replicas = this.replicasOf(step, at);
    const replicasLine = this.ctx.doc.lineOf([...at, 'replicas']);
    if (replicas !== undefined && 'percent' in replicas)
      return { weight: replicas.percent, line: replicasLine };
    if (replicas !== undefined) {
      this.countSteps.push(index);
      // The share is unknown: it is shown as a segment at the weight already reached.
      const previous = this.stages[this.stages.length - 1]?.weight ?? 0;
      const pods = `${replicas.count} replica${replicas.count === 1 ? '' : 's'}`;
      return { weight: previous, line: replicasLine, segment: pods };
    }
    // Without replicas, v1alpha1 scales the batch to the step's weight.
    if (traffic !== undefined) return { weight: traffic.weight, line: traffic.line };
    this.ctx.invalid(at, 'sets neither replicas nor a traffic share; the step was ignored');
    return undefined;
  }

  /** v1beta1 `traffic: "5%"`, v1alpha1 `weight: 5`; the other version's field is pruned by the API server. */
  private trafficOf(step: PlainObject, at: PathSegment[]): { weight: number; line: number } | undefined {
    const own = this.ctx.version === V1BETA1 ? 'traffic' : 'weight';
    const other = own === 'traffic' ? 'weight' : 'traffic';
    if (present(field(step, other))) this.otherVersionFields.push([...at, other]);
    const value = field(step, own);
    if (!present(value)) return undefined;
    const fieldAt = [...at, own];
    const weight = own === 'traffic' ? percentOf(value) : wholePercent(value);
    if (weight === undefined) {
      const form = own === 'traffic' ? 'a percentage string like "5%"' : 'a whole number from 0 to 100';
      this.ctx.invalid(fieldAt, `must be ${form}, got ${describe(value)}`);
      return undefined;
    }
    return { weight, line: this.ctx.doc.lineOf(fieldAt) };
  }

  private replicasOf(step: PlainObject, at: PathSegment[]): Replicas | undefined {
    const value = field(step, 'replicas');
    if (!present(value)) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { count: value };
    const percent = percentOf(value);
    if (percent !== undefined) return { percent };
    this.ctx.invalid(
      [...at, 'replicas'],
      `must be a number of pods or a percentage like "20%", got ${describe(value)}`,
    );
    return undefined;
  }

  private matchesOf(step: PlainObject, at: PathSegment[]): string | undefined {
    const value = field(step, 'matches');
    if (!present(value)) return undefined;
    const matches = asArray(value);
    if (matches === undefined) {
      this.ctx.invalid([...at, 'matches'], `must be a list of header matches, got ${describe(value)}`);
      return undefined;
    }
    return matches.length === 0 ? undefined : describeMatches(matches);
  }

  private holdOf(step: PlainObject, at: PathSegment[], index: number): number | 'manual' {
    const pause = field(step, 'pause');
    if (pause === undefined || pause === null) {
      this.withoutPause.push(index);
      return 'manual';
    }
    const pauseAt = [...at, 'pause'];
    if (!isObject(pause)) {
      this.ctx.invalid(
        pauseAt,
        `must be a map: {} waits for a person, {duration: 60} waits 60s; got ${describe(pause)}`,
      );
      return 0;
    }
    const duration = field(pause, 'duration');
    if (duration === undefined || duration === null) return 'manual';
    if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 0) {
      this.ctx.invalid(
        [...pauseAt, 'duration'],
        `must be a whole number of seconds, got ${describe(duration)}`,
      );
      return 0;
    }
    return duration;
  }
}

/** matches[] are alternatives; the headers inside one match must all hold. */
function describeMatches(matches: unknown[]): string {
  return matches
    .map((match) => {
      const parts = [
        ...(asArray(field(match, 'headers')) ?? []).map((rule) => describeRule('header', rule)),
        ...(asArray(field(match, 'queryParams')) ?? []).map((rule) => describeRule('query', rule)),
      ].filter((part): part is string => part !== undefined);
      return parts.length > 0 ? parts.join(' and ') : 'a match condition';
    })
    .join(' or ');
}

function describeRule(label: string, rule: unknown): string | undefined {
  const name = asString(field(rule, 'name'));
  if (name === undefined) return undefined;
  const value = asString(field(rule, 'value')) ?? '';
  const regex = asString(field(rule, 'type')) === 'RegularExpression';
  return `${label} ${clip(name)}${regex ? ' ~ ' : '='}${clip(value)}`;
}

// ---------------------------------------------------------------------------------------------
// Fields outside the steps

function readSwitches(ctx: Context): Bypass[] {
  const bypasses: Bypass[] = [];
  const disabled = field(field(ctx.doc.value, 'spec'), 'disabled');
  if (present(disabled) && disabled !== false) {
    if (disabled !== true) {
      ctx.invalid(
        [...SPEC, 'disabled'],
        `must be true or false, got ${describe(disabled)}; read as disabled`,
      );
    }
    bypasses.push({
      field: 'spec.disabled',
      reason:
        'Kruise Rollouts ignores this Rollout: the workload updates with its own strategy, without batches or pauses',
      line: ctx.doc.lineOf([...SPEC, 'disabled']),
    });
  }
  const paused = path(ctx.doc.value, [...STRATEGY, 'paused']);
  if (present(paused) && paused !== false && paused !== true) {
    ctx.invalid([...STRATEGY, 'paused'], `must be true or false, got ${describe(paused)}`);
  } else if (paused === true) {
    ctx.notes.push(
      'spec.strategy.paused: true: the rollout does not move to the next step until someone resumes it',
    );
  }
  return bypasses;
}

/** v1beta1 `spec.workloadRef`, v1alpha1 `spec.objectRef.workloadRef`; the workload shares the Rollout's namespace. */
function readWorkloadRef(ctx: Context, namespace: string | undefined): Target | undefined {
  const own = ctx.version === V1BETA1 ? ['spec', 'workloadRef'] : ['spec', 'objectRef', 'workloadRef'];
  const other = ctx.version === V1BETA1 ? ['spec', 'objectRef', 'workloadRef'] : ['spec', 'workloadRef'];
  const ref = path(ctx.doc.value, own);
  if (!present(ref)) {
    const misplaced = present(path(ctx.doc.value, other));
    ctx.invalid(
      misplaced ? other : SPEC,
      misplaced
        ? `is not read by ${ctx.version}, which names the workload in ${own.join('.')}`
        : `names no workload (${own.join('.')})`,
    );
    return undefined;
  }
  const kind = asString(field(ref, 'kind'));
  const name = asString(field(ref, 'name'));
  if (kind === undefined || name === undefined || kind === '' || name === '') {
    ctx.invalid(own, 'must name the workload with kind and name');
    return undefined;
  }
  return { kind, name, ...(namespace !== undefined ? { namespace } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Small readers and messages

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function percentOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PERCENT.exec(value.trim());
  const percent = match ? Number(match[1]) : undefined;
  return percent !== undefined && percent <= 100 ? percent : undefined;
}

function wholePercent(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100
    ? value
    : undefined;
}
