import type { GateKind, RolloutPlan, Stage } from '../core/model.js';
import { formatDuration } from '../core/units.js';

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

/** Most characters the stages take in a table cell (text and markdown); `explain` shows them all. */
export const STAGES_MAX_WIDTH = 60;

/** A piece of the compact form: one stage, or a run of like stages, and how many stages it stands for. */
interface Piece {
  text: string;
  stages: number;
}

/** The part of a stage a run repeats: its hold and gates, e.g. "20s" or "1m + metric-check". */
function tailOf(stage: Stage): string {
  const hold = formatHold(stage.hold);
  return [...(hold ? [hold] : []), ...effectiveGateKinds(stage)].join(' + ');
}

function joinsRun(stage: Stage | undefined): stage is Stage {
  return (
    stage !== undefined && stage.segment === undefined && stage.weight > 0 && Number.isFinite(stage.weight)
  );
}

/**
 * Stages as pieces: three or more in a row that raise traffic by the same step and hold the same
 * way become one, "20% → 90% in 10% steps, 20s each".
 */
function pieces(stages: readonly Stage[]): Piece[] {
  const result: Piece[] = [];
  let i = 0;
  while (i < stages.length) {
    const first = stages[i] as Stage;
    let end = i;
    const step = (stages[i + 1]?.weight ?? 0) - first.weight;
    if (joinsRun(first) && step > 0) {
      const tail = tailOf(first);
      while (
        joinsRun(stages[end + 1]) &&
        (stages[end + 1] as Stage).weight - (stages[end] as Stage).weight === step &&
        tailOf(stages[end + 1] as Stage) === tail
      )
        end += 1;
    }
    if (end - i >= 2) {
      const last = stages[end] as Stage;
      const tail = tailOf(first);
      result.push({
        text: `${formatWeight(first.weight)} → ${formatWeight(last.weight)} in ${formatWeight(step)} steps${tail ? `, ${tail} each` : ''}`,
        stages: end - i + 1,
      });
      i = end + 1;
    } else {
      result.push({ text: stageParts(first).join(SEPARATOR), stages: 1 });
      i += 1;
    }
  }
  return result;
}

const width = (text: string): number => [...text].length;

/**
 * The stages in at most `maxWidth` characters, for a table cell: the full form when it fits, else
 * runs of like stages summarised (`10% ▸ manual ▸ 20% → 90% in 10% steps, 20s each ▸ 100%`), else
 * the middle left out with a count (`5% ▸ 10m ▸ … 6 more … ▸ 100%`). Raw text, like formatStages.
 */
export function formatStagesCompact(plan: Pick<RolloutPlan, 'stages'>, maxWidth = STAGES_MAX_WIDTH): string {
  const full = formatStages(plan);
  if (width(full) <= maxWidth) return full;
  const parts = pieces(plan.stages ?? []);
  const summarised = parts.map((piece) => piece.text).join(SEPARATOR);
  if (width(summarised) <= maxWidth) return summarised;
  // Keep as many pieces from both ends as fit, the first one rather than the last when odd.
  for (let kept = parts.length - 1; kept >= 2; kept--) {
    const head = Math.ceil(kept / 2);
    const tail = kept - head;
    const hidden = parts.slice(head, parts.length - tail).reduce((sum, piece) => sum + piece.stages, 0);
    const text = [
      ...parts.slice(0, head).map((piece) => piece.text),
      `… ${hidden} more …`,
      ...parts.slice(parts.length - tail).map((piece) => piece.text),
    ].join(SEPARATOR);
    if (width(text) <= maxWidth) return text;
  }
  return `${[...summarised].slice(0, maxWidth - 1).join('')}…`;
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
