import type { Bypass } from '../../core/model.js';
import { asArray, asString, field, isObject, path } from '../access.js';
import type { PlainObject } from '../access.js';
import { AdapterContext } from '../context.js';
import { clip, fieldPath as dotted } from '../field-text.js';
import type { PathSegment } from '../types.js';
import { deployLabel, stageRole } from './classify.js';
import type { StageRole } from './classify.js';
import { DependencyGraph } from './graph.js';
import type { PipelineJob, PipelineReading } from './model.js';

/**
 * A Spinnaker pipeline read into the pipeline model: each of `stages[]` is a job (with no steps)
 * identified by its `refId`, `requisiteStageRefIds` are its edges, and its `stageEnabled`
 * expression is its condition. Its role comes from its type (classify.ts).
 */

export const STAGES = ['stages'] as const;

export interface SpinnakerStage extends PipelineJob<never> {
  /** Position in `stages[]`. */
  index: number;
  refId: string;
  type: string;
  /** The refIds of the stages it waits for (`requisiteStageRefIds`). */
  needs: string[];
  line: number;
  role: StageRole;
}

/** The adapter context, with the bypasses found on the way. */
export class SpinnakerContext extends AdapterContext {
  readonly bypasses: Bypass[] = [];
}

export function isPipeline(value: unknown): boolean {
  if (field(value, 'apiVersion') !== undefined || field(value, 'kind') !== undefined) return false;
  const stages = asArray(field(value, 'stages'));
  return (
    stages?.some((stage) => asString(field(stage, 'type')) !== undefined && refIdOf(stage) !== undefined) ??
    false
  );
}

function refIdOf(stage: unknown): string | undefined {
  const refId = field(stage, 'refId');
  if (typeof refId === 'string' && refId !== '') return refId;
  return typeof refId === 'number' && Number.isFinite(refId) ? String(refId) : undefined;
}

export const SPINNAKER_READING: PipelineReading = {
  ci: 'Spinnaker',
  jobs: 'each of `stages[]` with a `type` and a `refId` (a stage has no steps; its type says what it does)',
  edges:
    'a stage waits for the stages its `requisiteStageRefIds` names, and through them for theirs; a refId that no stage has is reported and dropped, and a cycle is reported and read in file order',
  environments: 'none: the pipeline is the target, named by its `name` (else its `application`)',
  conditions:
    '`stageEnabled.expression` is noted, not evaluated; `failPipeline: false` with `continuePipeline: true` ignores the failure of the stage',
  steps: 'none',
};

export function readStages(ctx: SpinnakerContext): SpinnakerStage[] {
  const list = asArray(field(ctx.doc.value, 'stages')) ?? [];
  const seen = new Set<string>();
  const stages: SpinnakerStage[] = [];
  list.forEach((raw, index) => {
    const at: PathSegment[] = [...STAGES, index];
    const type = asString(field(raw, 'type'));
    const refId = refIdOf(raw);
    if (!isObject(raw) || type === undefined || refId === undefined) {
      ctx.report(at, `${dotted(at)} must be a stage with a type and a refId; it was ignored`);
      return;
    }
    if (seen.has(refId)) {
      ctx.report([...at, 'refId'], `${dotted(at)}.refId ${clip(refId)} is used by an earlier stage; ignored`);
      return;
    }
    seen.add(refId);
    const name = asString(field(raw, 'name')) ?? type;
    const stage: SpinnakerStage = {
      index,
      refId,
      type,
      name,
      needs: readRequisites(ctx, raw, at),
      condition: stageEnabledOf(raw),
      environment: undefined,
      steps: [],
      value: raw,
      at,
      line: ctx.doc.lineOf(at),
      role: stageRole(type, name, raw),
    };
    stages.push(stage);
  });
  return stages;
}

function readRequisites(ctx: SpinnakerContext, stage: PlainObject, at: PathSegment[]): string[] {
  const raw = field(stage, 'requisiteStageRefIds');
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (list === undefined) {
    ctx.report(
      [...at, 'requisiteStageRefIds'],
      `${dotted(at)}.requisiteStageRefIds must be a list of refIds`,
    );
    return [];
  }
  return list.flatMap((ref, i) => {
    if (typeof ref === 'string' || (typeof ref === 'number' && Number.isFinite(ref))) return [String(ref)];
    ctx.report(
      [...at, 'requisiteStageRefIds', i],
      `${dotted(at)}.requisiteStageRefIds[${i}] must be a refId`,
    );
    return [];
  });
}

/** Deploy stages whose name or moniker marks them as the canary (or its baseline). */
export function deployMark(stage: SpinnakerStage): 'canary' | 'baseline' | undefined {
  const labels = [
    stage.name,
    asString(path(stage.value, ['moniker', 'stack'])),
    asString(path(stage.value, ['moniker', 'detail'])),
    ...(asArray(field(stage.value, 'clusters')) ?? []).flatMap((cluster) => [
      asString(field(cluster, 'stack')),
      asString(field(cluster, 'freeFormDetails')),
    ]),
  ].filter((label): label is string => label !== undefined);
  return deployLabel(labels);
}

/** The stage's `stageEnabled` expression (the words "an expression" when it has none). */
function stageEnabledOf(stage: PlainObject): string | undefined {
  const enabled = field(stage, 'stageEnabled');
  if (enabled === undefined || enabled === null) return undefined;
  return asString(field(enabled, 'expression')) ?? 'an expression';
}

/** Deck's "ignore the failure": failPipeline false with continuePipeline true. */
export function ignoresFailure(stage: SpinnakerStage): boolean {
  return field(stage.value, 'failPipeline') === false && field(stage.value, 'continuePipeline') === true;
}

/**
 * The stages' graph. A requisite that no stage has is reported (Spinnaker rejects such a
 * pipeline) and dropped; a cycle is reported and read in file order.
 */
export function stageGraph(
  ctx: SpinnakerContext,
  stages: SpinnakerStage[],
): { graph: DependencyGraph<SpinnakerStage>; ordered: SpinnakerStage[] } {
  const byRef = new Map<string, SpinnakerStage>();
  for (const stage of stages) byRef.set(stage.refId, stage);
  for (const stage of stages) {
    stage.needs = stage.needs.filter((ref) => {
      if (byRef.has(ref)) return true;
      ctx.report(
        [...stage.at, 'requisiteStageRefIds'],
        `${dotted(stage.at)} waits for refId ${clip(ref)}, which no stage has; Spinnaker rejects such a pipeline`,
      );
      return false;
    });
  }
  const graph = new DependencyGraph<SpinnakerStage>((stage) =>
    stage.needs.flatMap((ref) => {
      const parent = byRef.get(ref);
      return parent === undefined ? [] : [parent];
    }),
  );
  const { ordered, cycle } = graph.order(stages);
  if (cycle !== undefined) {
    ctx.report(
      [...cycle.at, 'requisiteStageRefIds'],
      `${dotted(cycle.at)} is part of a cycle of requisiteStageRefIds; the cycle was read in file order`,
    );
  }
  return { graph, ordered };
}
