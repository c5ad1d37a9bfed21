import type { Bypass, RolloutPlan, Stage } from '../../core/model.js';
import { asString, field, isObject, path } from '../access.js';
import { AdapterContext } from '../context.js';
import { planId } from '../plan-id.js';
import type { SourceDocument } from '../types.js';
import { clip, describeValue as describe } from '../field-text.js';
import { activeAutomations, advancedPhases, rollbackOf } from './automations.js';
import { Context, STAGES, phaseStage, readBoolean } from './file.js';
import type { FileContext, PipelineStage } from './file.js';
import { readStrategy } from './strategies.js';

/** A DeliveryPipeline: one plan per stage, each passing through the targets before it. */

export function pipelinePlans(file: FileContext, doc: SourceDocument): RolloutPlan[] {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const stages = readPipelineStages(ctx);
  const bypasses: Bypass[] = [];
  if (readBoolean(ctx, field(doc.value, 'suspended'), ['suspended'], true) === true) {
    bypasses.push({
      field: 'suspended',
      reason:
        'the delivery pipeline is suspended: Cloud Deploy runs no release or rollout through it, so none of its stages or checks run',
      line: doc.lineOf(['suspended']),
    });
  }
  return stages.map((stage, k) => stagePlan(file, doc, stages.slice(0, k), stage, bypasses));
}

function readPipelineStages(ctx: AdapterContext): PipelineStage[] {
  const raw = ctx.get(STAGES);
  if (!Array.isArray(raw)) {
    ctx.invalid(STAGES, `must be the list of pipeline stages, got ${describe(raw)}`);
    return [];
  }
  const seen = new Set<string>();
  return raw.flatMap((value, index) => {
    const targetId = asString(field(value, 'targetId'));
    if (!isObject(value) || targetId === undefined || targetId === '') {
      ctx.invalid([...STAGES, index], 'must be a map naming its targetId; the stage was ignored');
      return [];
    }
    if (seen.has(targetId)) {
      ctx.invalid([...STAGES, index, 'targetId'], `repeats target ${clip(targetId)}; the stage was ignored`);
      return [];
    }
    seen.add(targetId);
    return [{ index, targetId, value }];
  });
}

function stagePlan(
  file: FileContext,
  doc: SourceDocument,
  preceding: PipelineStage[],
  stage: PipelineStage,
  pipelineBypasses: Bypass[],
): RolloutPlan {
  const ctx = new Context(file, doc, pipelineBypasses);
  const pipelineName = asString(path(doc.value, ['metadata', 'name']));
  const automations = activeAutomations(ctx, pipelineName, stage.targetId);
  const approval = approvalStage(ctx, stage.targetId);
  const rollout = readStrategy(ctx, stage);

  // Promotion passes through every earlier target first: each one is a named stage at 0%.
  const stages: Stage[] = preceding.map((before) => ({
    weight: 0,
    hold: 0,
    gates: [],
    line: doc.lineOf([...STAGES, before.index, 'targetId']),
    name: before.targetId,
  }));
  if (approval) stages.push(approval);
  stages.push(...advancedPhases(ctx, stage.targetId, rollout.phases, automations));
  stages.push({ ...phaseStage(rollout.stable), hold: 0 });

  const id =
    pipelineName === undefined || pipelineName === ''
      ? `${planId('cloud-deploy', 'DeliveryPipeline', doc)}/${stage.targetId}`
      : planId('cloud-deploy', 'DeliveryPipeline', doc, `${pipelineName}/${stage.targetId}`);
  return {
    id,
    format: 'cloud-deploy',
    file: doc.file,
    line: doc.lineOf(['kind']),
    target: { kind: 'Target', name: stage.targetId },
    strategy: rollout.strategy,
    stages,
    backgroundGates: [],
    rollback: rollbackOf(ctx, automations),
    bypasses: ctx.bypasses,
    notes: ctx.notes,
  };
}

function approvalStage(ctx: Context, targetId: string): Stage | undefined {
  const target = ctx.file.targets.get(targetId);
  if (target === undefined) {
    ctx.notes.push(`Target ${clip(targetId)} is not in this file: approval unknown`);
    return undefined;
  }
  if (target.approvalLine === undefined) return undefined;
  const line = target.approvalLine;
  return {
    weight: 0,
    hold: 'manual',
    gates: [{ kind: 'approval', name: 'requireApproval', line, effective: true }],
    line,
    name: 'approval',
  };
}
