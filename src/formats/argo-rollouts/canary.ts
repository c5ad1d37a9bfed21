import type { Gate } from '../../core/model.js';
import { asArray, field, path } from '../access.js';
import { describeValue as describe } from '../field-text.js';
import { readAnalysis } from './analysis.js';
import { CANARY, SPEC, STEPS, objectAt } from './context.js';
import type { Shape, Context } from './context.js';
import { StageBuilder } from './stages.js';
import { readStep } from './steps.js';

/**
 * The canary strategy: its steps, basic (replica-weighted) canaries, maxTrafficWeight and
 * background analysis.
 */

export function readCanary(ctx: Context): Shape {
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
