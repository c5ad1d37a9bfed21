import type { RolloutPlan, Stage } from '../core/model.js';
import { formatDuration } from '../core/units.js';

/** A manual hold has no duration; it is drawn this many minutes wide. */
export const MANUAL_HOLD_MINUTES = 30;
const MAX_POINTS = 32;
const NICE_STEPS_MINUTES = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 43200];

export const BASE_COLOUR = '#8b949e';
export const HEAD_COLOUR = '#0969da';

interface ExposureStep {
  /** Minutes from the start of the rollout, manual holds counted as MANUAL_HOLD_MINUTES. */
  start: number;
  weight: number;
  manual: boolean;
}

interface Exposure {
  steps: ExposureStep[];
  /** When the last stage's hold ends. */
  end: number;
}

function holdMinutes(hold: Stage['hold']): number {
  if (hold === 'manual') return MANUAL_HOLD_MINUTES;
  return typeof hold === 'number' && Number.isFinite(hold) && hold > 0 ? hold / 60 : 0;
}

function clampWeight(weight: number): number {
  return Number.isFinite(weight) ? Math.min(100, Math.max(0, weight)) : 0;
}

function exposureOf(plan: Pick<RolloutPlan, 'stages'>): Exposure {
  const steps: ExposureStep[] = [];
  let time = 0;
  for (const stage of plan.stages ?? []) {
    steps.push({ start: time, weight: clampWeight(stage.weight), manual: stage.hold === 'manual' });
    time += holdMinutes(stage.hold);
  }
  return { steps, end: time };
}

function weightAt(exposure: Exposure, minute: number): number {
  let weight = 0;
  for (const step of exposure.steps) if (step.start <= minute) weight = step.weight;
  return weight;
}

function gridStep(horizon: number): number {
  return (
    NICE_STEPS_MINUTES.find((step) => horizon / step <= MAX_POINTS - 2) ??
    Math.ceil(horizon / (MAX_POINTS - 2))
  );
}

function minuteLabel(minute: number): string {
  return minute === 0 ? '0' : formatDuration(minute * 60);
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function axisTitle(exposures: Exposure[]): string {
  const manual = exposures.some((exposure) => exposure.steps.some((step) => step.manual));
  return manual ? `elapsed time (a manual hold is drawn as ${MANUAL_HOLD_MINUTES}m)` : 'elapsed time';
}

export interface ExposureChartInput {
  base?: Pick<RolloutPlan, 'stages'>;
  head: Pick<RolloutPlan, 'stages'>;
}

/**
 * A Mermaid `xychart-beta` line chart of traffic over time: x is elapsed time sampled on an even
 * grid (so holds keep their proportions), y the weight; the base plan (grey) and the head plan
 * (blue). Manual holds have a fixed width, and the grid point where one starts is labelled
 * "manual". Only numbers and fixed words go into the chart: nothing from the manifest.
 * Undefined when there is nothing to draw (no stages, or no hold anywhere).
 */
export function exposureChart({ base, head }: ExposureChartInput): string | undefined {
  const drawn = [
    { plan: base, colour: BASE_COLOUR },
    { plan: head, colour: HEAD_COLOUR },
  ].flatMap(({ plan, colour }) => (plan && (plan.stages ?? []).length > 0 ? [{ plan, colour }] : []));
  if (drawn.length === 0) return undefined;
  const exposures = drawn.map(({ plan }) => exposureOf(plan));
  const horizon = Math.max(...exposures.map((exposure) => exposure.end));
  if (horizon <= 0) return undefined;

  const step = gridStep(horizon);
  const count = Math.ceil(horizon / step) + 2;
  const minutes = Array.from({ length: count }, (_, index) => index * step);
  const labels = minutes.map((minute) => {
    const manualStarts = exposures.some((exposure) =>
      exposure.steps.some((s) => s.manual && s.start >= minute && s.start < minute + step),
    );
    return `"${minuteLabel(minute)}${manualStarts ? ' manual' : ''}"`;
  });
  const palette = drawn.map(({ colour }) => colour).join(', ');
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  x-axis "${axisTitle(exposures)}" [${labels.join(', ')}]`,
    '  y-axis "traffic percent" 0 --> 100',
    ...exposures.map(
      (exposure) =>
        `  line [${minutes.map((minute) => formatNumber(weightAt(exposure, minute))).join(', ')}]`,
    ),
    '```',
  ].join('\n');
}
