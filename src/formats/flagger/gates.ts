import type { Gate, Stage, Strategy } from '../../core/model.js';
import { asNumber, asString, field, isObject } from '../access.js';
import type { PlainObject } from '../access.js';
import type { PathSegment } from '../types.js';
import type { AdapterContext } from '../context.js';
import { describeValue as describe } from '../field-text.js';
import { BUILTIN_METRICS, readList } from './spec.js';
import type { Analysis, Webhook } from './spec.js';

/** The gates of a Canary: webhooks (approvals, load tests, checks) and metrics, and when they can fail. */

export function approval(hook: Webhook): Gate {
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

export function applyWebhookGates(
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

/** Rollout webhooks (an untyped webhook runs as one) gate every interval; post-rollout and event only log. */
export function backgroundWebhookGates(ctx: AdapterContext, webhooks: Webhook[]): Gate[] {
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

export function metricGates(ctx: AdapterContext, analysis: Analysis): Gate[] {
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

export function noteToothlessAnalysis(ctx: AdapterContext, backgroundGates: Gate[], stages: Stage[]): void {
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
