import type { Bypass, Diagnostic, Gate, Stage, Strategy } from '../../core/model.js';
import { asArray, isObject } from '../access.js';
import type { PlainObject } from '../access.js';
import { AdapterContext } from '../context.js';
import type { PathSegment, SourceDocument } from '../types.js';
import { describeValue as describe } from '../field-text.js';

/**
 * What the parts of the Cloud Deploy adapter share: the file's Targets and Automations, a plan's
 * context, small readers.
 */

export const API_VERSIONS = new Set(['deploy.cloud.google.com/v1', 'deploy.cloud.google.com/v1beta1']);
export const KINDS = new Set(['DeliveryPipeline', 'Target', 'Automation']);
export const STAGES = ['serialPipeline', 'stages'] as const;
export const MANUAL_ROLLBACK = 'manual `gcloud deploy targets rollback` only';
export const FIRST_DEPLOY_NOTE =
  'canary phases are skipped on the first deployment to a target: the first release goes straight to 100%';

interface TargetInfo {
  labels: Record<string, string>;
  /** Line of `requireApproval: true`, when the target requires one. */
  approvalLine: number | undefined;
}

export interface AdvanceRule {
  name: string;
  /** Undefined: every phase. */
  sourcePhases: string[] | undefined;
  wait: number;
}

export interface RepairRule {
  name: string;
  /** Line of the `rollback` repair mode; undefined when the rule only retries. */
  rollbackLine: number | undefined;
}

export interface Automation {
  doc: SourceDocument;
  name: string;
  /** The pipeline named before the `/` of the automation's name; undefined when it names none. */
  pipeline: string | undefined;
  suspended: boolean;
  selectors: { id: string | undefined; labels: Record<string, string> | undefined }[];
  advance: AdvanceRule[];
  repair: RepairRule[];
}

/** What the whole file says, shared by every plan built from it. */
export interface FileContext {
  diagnostics: Diagnostic[];
  targets: Map<string, TargetInfo>;
  automations: Automation[];
}

export interface PipelineStage {
  index: number;
  targetId: string;
  value: PlainObject;
}

/** What one plan collects while it is read; its problems go to the file's list. */
export class Context extends AdapterContext {
  readonly bypasses: Bypass[];
  constructor(
    readonly file: FileContext,
    doc: SourceDocument,
    pipelineBypasses: readonly Bypass[],
  ) {
    super(doc, file.diagnostics);
    this.bypasses = [...pipelineBypasses];
  }
}

export interface Phase {
  name: string;
  weight: number;
  line: number;
  gates: Gate[];
}

export interface Rollout {
  strategy: Strategy;
  /** Phases before the final one, each waiting to be advanced. */
  phases: Phase[];
  stable: Phase;
}

export function phaseStage(phase: Phase): Stage {
  return { weight: phase.weight, hold: 'manual', gates: phase.gates, line: phase.line, name: phase.name };
}

export function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * A switch found at `at`: true, false, or undefined when absent. Anything else is reported and
 * read as `otherwise`, the reading that assumes less safety.
 */
export function readBoolean(
  ctx: AdapterContext,
  value: unknown,
  at: readonly PathSegment[],
  otherwise: boolean,
): boolean | undefined {
  if (!present(value)) return undefined;
  if (typeof value === 'boolean') return value;
  ctx.invalid(at, `must be true or false, got ${describe(value)}; read as ${String(otherwise)}`);
  return otherwise;
}

/** The list found at `at`, reporting a value that is not a list. */
export function readList(ctx: AdapterContext, value: unknown, at: readonly PathSegment[]): unknown[] {
  if (!present(value)) return [];
  const list = asArray(value);
  if (list === undefined) ctx.invalid(at, `must be a list, got ${describe(value)}`);
  return list ?? [];
}

export function stringMap(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return Object.fromEntries(entries);
}
