import type { Stage } from '../../core/model.js';
import { addHold } from './stage-hold.js';
import { asNumber, asString, field, path } from '../access.js';
import { clip, describeValue as describe, fieldPath as dotted } from '../field-text.js';
import { parseDuration } from '../duration.js';
import { ignoresFailure } from './spinnaker-stages.js';
import type { SpinnakerContext, SpinnakerStage } from './spinnaker-stages.js';

/**
 * What a Spinnaker gate stage adds to the plan stage it holds: a wait's time, a manual
 * judgment's approval, a canary analysis (with its lifetime as the hold) — and whether a failure
 * of it really stops the pipeline.
 */

export function applyGate(
  ctx: SpinnakerContext,
  target: Stage,
  stage: SpinnakerStage,
  final: SpinnakerStage | undefined,
): void {
  if (stage.role === 'wait') {
    addHold(target, readWait(ctx, stage));
    return;
  }
  if (stage.role === 'approval') {
    target.gates.push({
      kind: 'approval',
      name: stage.name,
      line: stage.line,
      effective: failureStops(ctx, stage, final),
    });
    addHold(target, 'manual');
    return;
  }
  if (stage.type === 'deployCanary') return; // the legacy deploy-only stage; its analysis is a separate acaTask
  const thresholds = readThresholds(ctx, stage);
  const stops = failureStops(ctx, stage, final);
  target.gates.push({ kind: 'analysis', name: stage.name, line: stage.line, effective: thresholds && stops });
  addHold(target, readLifetime(ctx, stage));
}

/** False (with a bypass) when the canary's scoreThresholds are both missing: Kayenta then passes the stage. */
function readThresholds(ctx: SpinnakerContext, stage: SpinnakerStage): boolean {
  if (stage.type !== 'kayentaCanary') return true;
  const at = [...stage.at, 'canaryConfig', 'scoreThresholds'];
  const thresholds = path(stage.value, ['canaryConfig', 'scoreThresholds']);
  const marginal = field(thresholds, 'marginal');
  const pass = field(thresholds, 'pass');
  const absent = (value: unknown) => value === undefined || value === null || value === '';
  if (!absent(marginal) || !absent(pass)) return true;
  ctx.bypasses.push({
    field: dotted(at),
    reason: `canary stage "${clip(stage.name)}" has no score thresholds (marginal and pass are empty): Kayenta reports "No score thresholds were specified" and the stage succeeds whatever the score`,
    line: ctx.doc.lineOf(at),
  });
  return false;
}

/**
 * Whether a failed canary or a rejected judgment stops the pipeline. With failPipeline false and
 * continuePipeline true ("ignore the failure") it does not, unless the final deploy's stageEnabled
 * expression asks for this stage's status.
 */
function failureStops(
  ctx: SpinnakerContext,
  stage: SpinnakerStage,
  final: SpinnakerStage | undefined,
): boolean {
  if (!ignoresFailure(stage)) return true;
  const guard = final === undefined ? undefined : final.condition;
  if (guard !== undefined && mentionsStage(guard, stage.name)) {
    ctx.notes.push(
      `a failed "${clip(stage.name)}" does not fail the pipeline (continuePipeline: true), but the final deploy runs only when the expression on it checks that stage`,
    );
    return true;
  }
  const at = [...stage.at, 'continuePipeline'];
  ctx.bypasses.push({
    field: dotted(at),
    reason: `stage "${clip(stage.name)}" ignores its own failure (failPipeline: false, continuePipeline: true): the pipeline goes on to the final deploy when it fails`,
    line: ctx.doc.lineOf(at),
  });
  return false;
}

/** The expression asks whether the named stage SUCCEEDED. */
function mentionsStage(expression: string, name: string): boolean {
  return (
    (expression.includes(`'${name}'`) || expression.includes(`"${name}"`)) && expression.includes('SUCCEEDED')
  );
}

function readWait(ctx: SpinnakerContext, stage: SpinnakerStage): number {
  const raw = field(stage.value, 'waitTime');
  const seconds = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (seconds !== undefined && seconds >= 0) return seconds;
  if (typeof raw === 'string') {
    // A SpEL expression, decided when the pipeline runs.
    ctx.notes.push(`wait stage "${clip(stage.name)}" waits for a time computed at run time; read as no wait`);
  } else {
    ctx.report(
      [...stage.at, 'waitTime'],
      `${dotted(stage.at)}.waitTime must be a number of seconds, got ${describe(raw)}; read as no wait`,
    );
  }
  return 0;
}

/** How long the canary runs: `lifetimeDuration` (ISO-8601), else `lifetimeHours`. */
function readLifetime(ctx: SpinnakerContext, stage: SpinnakerStage): number {
  const config = field(stage.value, 'canaryConfig') ?? path(stage.value, ['canary', 'canaryConfig']);
  if (asString(field(stage.value, 'analysisType')) === 'retrospective') {
    ctx.notes.push(
      `canary stage "${clip(stage.name)}" is retrospective: it judges a past time window and does not hold the deploy`,
    );
    return 0;
  }
  const warmup = asNumber(field(config, 'beginCanaryAnalysisAfterMins'));
  if (warmup !== undefined && warmup > 0) {
    ctx.notes.push(`canary stage "${clip(stage.name)}" waits ${warmup} minutes before its analysis starts`);
  }
  const duration = field(config, 'lifetimeDuration');
  if (duration !== undefined && duration !== null) {
    const seconds = typeof duration === 'string' ? parseDuration(duration) : undefined;
    if (seconds !== undefined) return seconds;
    ctx.report(
      [...stage.at, 'canaryConfig', 'lifetimeDuration'],
      `${dotted(stage.at)}.canaryConfig.lifetimeDuration must be an ISO-8601 duration like PT1H30M, got ${describe(duration)}`,
    );
    return 0;
  }
  const hours = field(config, 'lifetimeHours');
  const value =
    typeof hours === 'string' && /^\d+(?:\.\d+)?$/.test(hours.trim()) ? Number(hours) : asNumber(hours);
  if (value !== undefined && value >= 0) return Math.round(value * 3600);
  if (hours !== undefined) {
    ctx.notes.push(
      `canary stage "${clip(stage.name)}" has a lifetime that is not a number (${describe(hours)}); read as no hold`,
    );
  }
  return 0;
}
