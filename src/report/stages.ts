import type { GateKind, RolloutPlan, Stage } from '../core/model.js';
import { formatDuration } from '../formats/duration.js';

const SEPARATOR = ' ▸ ';

/** 5 → "5%", 33.333 → "33.33%". */
export function formatWeight(weight: number): string {
  return Number.isFinite(weight) ? `${Math.round(weight * 100) / 100}%` : '?%';
}

/** "10m", "manual", or undefined when nothing holds the stage. */
export function formatHold(hold: Stage['hold']): string | undefined {
  if (hold === 'manual') return 'manual';
  if (typeof hold !== 'number' || !Number.isFinite(hold) || hold <= 0) return undefined;
  // formatDuration drops fractions of a second; a 0.2s hold is still a hold.
  return formatDuration(hold) || `${hold}s`;
}

/** The kinds of gate that can stop the rollout at this stage, each once, in the manifest's order. */
export function effectiveGateKinds(stage: Stage): GateKind[] {
  const kinds = (stage.gates ?? []).filter((gate) => gate.effective).map((gate) => gate.kind);
  return [...new Set(kinds)];
}

function stageParts(stage: Stage): string[] {
  // A stage that exposes no traffic is better told by its name ("staging", "approval") than "0%".
  const exposure =
    stage.segment ?? (stage.weight === 0 && stage.name ? stage.name : formatWeight(stage.weight));
  const hold = formatHold(stage.hold);
  return [exposure, ...(hold ? [hold] : []), ...effectiveGateKinds(stage)];
}

/**
 * The plan's stages on one line: each stage's exposure (weight, or the routed segment), then its
 * hold, then the gates that can stop it: `5% ▸ 10m ▸ 25% ▸ analysis ▸ 50% ▸ manual ▸ 100%`.
 * Raw text: each renderer escapes it for its own output (segments come from the manifest).
 */
export function formatStages(plan: Pick<RolloutPlan, 'stages'>): string {
  const stages = plan.stages ?? [];
  if (stages.length === 0) return 'no stages';
  return stages.flatMap(stageParts).join(SEPARATOR);
}

export interface Bake {
  /** Seconds of timed holds before full exposure. */
  seconds: number;
  /** How many of those holds wait for a person. */
  manual: number;
}

/** Partial exposure: a share of traffic below 100%, or a routed segment. */
function isPartial(stage: Stage): boolean {
  return stage.segment !== undefined || stage.weight < 100;
}

/**
 * How long the new version bakes before everyone gets it: the holds of every stage below 100%
 * (a hold after full exposure protects no one).
 */
export function totalBake(plan: Pick<RolloutPlan, 'stages'>): Bake {
  const bake: Bake = { seconds: 0, manual: 0 };
  for (const stage of (plan.stages ?? []).filter(isPartial)) {
    if (stage.hold === 'manual') bake.manual += 1;
    else if (typeof stage.hold === 'number' && Number.isFinite(stage.hold) && stage.hold > 0) {
      bake.seconds += stage.hold;
    }
  }
  return bake;
}

/** "1h30m", "20m + manual", "2 manual", "none". */
export function formatBake(bake: Bake): string {
  const timed = bake.seconds > 0 ? (formatHold(bake.seconds) ?? '') : '';
  const manual = bake.manual === 0 ? '' : bake.manual === 1 ? 'manual' : `${bake.manual} manual`;
  return [timed, manual].filter(Boolean).join(' + ') || 'none';
}
