import type { Stage, Strategy } from '../../core/model.js';
import { asString, field, isObject } from '../access.js';
import { formatDuration } from '../duration.js';
import type { PathSegment } from '../types.js';
import type { AdapterContext } from '../context.js';
import { matchesEveryone } from '../traffic-match.js';
import type { ValueMatch } from '../traffic-match.js';
import { KUBERNETES_PROVIDER_ITERATIONS } from './spec.js';
import type { Analysis } from './spec.js';

/** The stages a Canary walks through: weights, iterations or header matches, by provider. */

interface Shape {
  strategy: Strategy;
  iterations: number;
  /** True when `provider: kubernetes` turned the analysis into blue/green. */
  forcedBlueGreen: boolean;
}

/** Flagger's `DeploymentStrategy()`, after the `provider: kubernetes` override in the scheduler. */
export function effectiveShape(
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

export function stagesFor(
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

export function finalStage(line: number): Stage {
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
