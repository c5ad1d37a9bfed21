import type { Bypass, Gate, RolloutPlan, Stage } from '../../core/model.js';
import { asString, field, isObject, path } from '../access.js';
import { parseDuration } from '../duration.js';
import { AdapterContext } from '../context.js';
import type { SourceDocument } from '../types.js';
import { describeValue as describe } from '../field-text.js';

/**
 * What every part of the Argo Rollouts adapter reads with: the document's context, the paths of
 * the strategy, small readers.
 */

/** An AnalysisTemplate or ClusterAnalysisTemplate of the same file: its metrics and own rules. */
export interface TemplateView {
  metrics: string[];
  dryRun: string[];
  namespace: string | undefined;
}

/** Templates by `Kind/name`. */
export type Templates = Map<string, TemplateView>;

// OpenKruise also has `kind: Rollout` (rollouts.kruise.io), so the API group decides.
const API_GROUP = 'argoproj.io/';
export const RECOGNISED_KINDS = new Set([
  'Rollout',
  'AnalysisTemplate',
  'ClusterAnalysisTemplate',
  'Experiment',
  'AnalysisRun',
]);

export const SPEC = ['spec'] as const;
export const STRATEGY = ['spec', 'strategy'] as const;
export const CANARY = ['spec', 'strategy', 'canary'] as const;
export const BLUE_GREEN = ['spec', 'strategy', 'blueGreen'] as const;
export const STEPS = ['spec', 'strategy', 'canary', 'steps'] as const;

export const MANUAL_ABORT_ONLY = 'manual abort only';

export function isArgoApiVersion(value: unknown): boolean {
  return asString(field(value, 'apiVersion'))?.startsWith(API_GROUP) ?? false;
}

/** What one document collects while it is read. */
export class Context extends AdapterContext {
  readonly bypasses: Bypass[] = [];
  /** Everything that aborts the rollout on its own, with the line that encodes it. */
  readonly aborts: { how: string; line: number }[] = [];
  /** `spec.strategy.canary.trafficRouting`, when set: weights are traffic, not replica counts. */
  readonly trafficRouting: unknown;
  /** Basic canary: turns a setWeight into the share of pods Argo scales the canary to. */
  replicaWeight?: (weight: number) => number;

  constructor(
    doc: SourceDocument,
    /** AnalysisTemplates defined in the same file. */
    readonly templates: Templates,
  ) {
    super(doc);
    this.trafficRouting = path(doc.value, [...CANARY, 'trafficRouting']);
  }
}

export interface Shape {
  strategy: RolloutPlan['strategy'];
  stages: Stage[];
  backgroundGates: Gate[];
}

/**
 * Seconds from a pause duration (int, or a string of digits or Go duration units) or, with
 * `unitRequired`, an experiment duration (a Go duration string only).
 */
export function argoDurationSeconds(value: unknown, unitRequired: boolean): number | undefined {
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

export function objectAt(ctx: Context, at: readonly string[]): Record<string, unknown> {
  const value = path(ctx.doc.value, at);
  if (isObject(value)) return value;
  const name = at[at.length - 1] ?? '';
  ctx.invalid(at, `must be a map, got ${describe(value)}; read as an empty ${name}`);
  return {};
}
