import type { Rollback, RolloutPlan, Stage } from '../core/model.js';
import { asString, field } from './access.js';
import { clip } from './field-text.js';
import { applyGate } from './pipeline/spinnaker-gates.js';
import {
  STAGES,
  SpinnakerContext,
  deployMark,
  ignoresFailure,
  isPipeline,
  readStages,
  stageGraph,
} from './pipeline/spinnaker-stages.js';
import type { SpinnakerStage as PipelineStage } from './pipeline/spinnaker-stages.js';
import type { DependencyGraph } from './pipeline/graph.js';
import { SPINNAKER_FAILURE_EXPRESSION } from './pipeline/step-conditions.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from './types.js';

/**
 * Spinnaker pipeline JSON (a pipeline as Deck saves it, or as `spin pipeline get` prints it). The
 * stages form a graph through `requisiteStageRefIds`; the plan follows that graph up to the last
 * deploy, which is the 100% stage. Deploys before a canary analysis expose a canary server group
 * whose share of traffic the pipeline does not state. The stages are read into the pipeline model
 * by pipeline/spinnaker-stages.ts (their roles by pipeline/classify.ts); what a gate stage holds
 * is in pipeline/spinnaker-gates.ts.
 */
export const spinnaker: FormatAdapter = {
  id: 'spinnaker',
  detect(doc) {
    return isPipeline(doc.value);
  },
  toPlans(doc) {
    if (!isPipeline(doc.value)) return { plans: [], diagnostics: [] };
    return pipelinePlans(doc);
  },
};

const CANARY_SEGMENT = 'canary server group';

type StageGraph = DependencyGraph<PipelineStage>;

function pipelinePlans(doc: SourceDocument): AdapterResult {
  const ctx = new SpinnakerContext(doc);
  const stages = readStages(ctx);
  const { graph, ordered } = stageGraph(ctx, stages);

  const final = finalDeploy(ordered);
  const exposure = ordered.filter((stage) => isExposure(stage, final, graph, ordered));
  if (final === undefined && exposure.length === 0) return { plans: [], diagnostics: ctx.diagnostics };

  const planStages = walk(ctx, ordered, final, exposure, graph);
  // A canary deploy in a branch parallel to the final deploy does not come before it.
  const sequenced = exposure.filter((stage) => final === undefined || graph.isAncestor(stage, final));
  const strategy = sequenced.length > 0 ? 'canary' : 'all-at-once';
  if (strategy === 'canary') {
    ctx.notes.push(
      'the canary server group gets a share of traffic the pipeline does not state (it depends on the replica counts and load balancers)',
    );
  } else {
    notePreparatoryDeploys(ctx, ordered, final);
  }

  const name = asString(field(doc.value, 'name'));
  const application = asString(field(doc.value, 'application'));
  const targetName = name ?? application ?? doc.file;
  const plan: RolloutPlan = {
    id: planId(
      'spinnaker',
      'Pipeline',
      doc,
      `${doc.file}#${application ? `${application}/` : ''}${targetName}`,
    ),
    format: 'spinnaker',
    file: doc.file,
    line: doc.lineOf(field(doc.value, 'name') !== undefined ? ['name'] : STAGES),
    target: { kind: 'Pipeline', name: targetName },
    strategy,
    stages: planStages,
    backgroundGates: [],
    rollback: rollbackOf(ctx, ordered, graph),
    bypasses: ctx.bypasses,
    notes: ctx.notes,
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}

/** The last deploy, in pipeline order, that is neither the canary nor its baseline. */
function finalDeploy(ordered: PipelineStage[]): PipelineStage | undefined {
  return ordered.filter((stage) => stage.role === 'deploy' && deployMark(stage) === undefined).at(-1);
}

/** A deploy that puts the new version beside production before the final deploy. */
function isExposure(
  stage: PipelineStage,
  final: PipelineStage | undefined,
  graph: StageGraph,
  ordered: PipelineStage[],
): boolean {
  if (stage === final) return false;
  if (final !== undefined && ordered.indexOf(stage) > ordered.indexOf(final)) return false;
  if (stage.role === 'canary-deploy') return true;
  if (stage.role !== 'deploy') return false;
  const mark = deployMark(stage);
  if (mark === 'baseline') return false;
  if (mark === 'canary') return true;
  // An unmarked deploy counts when an analysis of it follows.
  return ordered.some((other) => other.role === 'analysis' && graph.isAncestor(stage, other));
}

// ---------------------------------------------------------------------------------------------
// From stages to exposure steps

interface OpenStage {
  stage: Stage;
  /** Opened by a canary deploy: kept even when nothing holds it. */
  explicit: boolean;
}

function walk(
  ctx: SpinnakerContext,
  ordered: PipelineStage[],
  final: PipelineStage | undefined,
  exposure: PipelineStage[],
  graph: StageGraph,
): Stage[] {
  const stages: Stage[] = [];
  let open: OpenStage | undefined;
  const close = () => {
    if (open && (open.explicit || open.stage.hold !== 0 || open.stage.gates.length > 0))
      stages.push(open.stage);
    open = undefined;
  };
  const current = (line: number): Stage => {
    open ??= { stage: { weight: 0, hold: 0, gates: [], line }, explicit: false };
    return open.stage;
  };
  const finalIndex = final === undefined ? ordered.length : ordered.indexOf(final);

  for (const stage of ordered.slice(0, finalIndex)) {
    const holdsFinal = final === undefined || graph.isAncestor(stage, final);
    if (exposure.includes(stage)) {
      if (!holdsFinal) {
        noteParallel(ctx, stage, final);
        continue;
      }
      // Canary and baseline deploys side by side, or one after the other, expose one canary.
      const startsNew =
        open === undefined || !open.explicit || open.stage.gates.length > 0 || open.stage.hold !== 0;
      if (startsNew) {
        close();
        open = { stage: canaryStage(stage), explicit: true };
      } else if (open) {
        // The exposure is complete when the last of its deploys has run: point there.
        open.stage.line = stage.line;
        open.stage.name = stage.name;
      }
      noteStageEnabled(ctx, stage);
      if (stage.role === 'canary-deploy') applyGate(ctx, current(stage.line), stage, final);
      continue;
    }
    if (stage.role !== 'analysis' && stage.role !== 'approval' && stage.role !== 'wait') continue;
    if (!holdsFinal) {
      noteParallel(ctx, stage, final);
      continue;
    }
    noteStageEnabled(ctx, stage);
    applyGate(ctx, current(stage.line), stage, final);
  }
  close();

  for (const stage of ordered.slice(finalIndex + 1)) {
    if (stage.role !== 'analysis' && stage.role !== 'approval' && stage.role !== 'canary-deploy') continue;
    if (final !== undefined && !graph.isAncestor(final, stage)) {
      noteParallel(ctx, stage, final);
    } else {
      ctx.notes.push(
        `stage "${clip(stage.name)}" (${stage.type}) runs after the final deploy${final ? ` "${clip(final.name)}"` : ''}: it cannot hold it`,
      );
    }
  }
  stages.push(finalStage(ctx, final));
  return stages;
}

function canaryStage(stage: PipelineStage): Stage {
  return { weight: 0, hold: 0, gates: [], line: stage.line, name: stage.name, segment: CANARY_SEGMENT };
}

function finalStage(ctx: SpinnakerContext, final: PipelineStage | undefined): Stage {
  if (final === undefined) {
    ctx.notes.push(
      'the pipeline deploys only the canary: the production deploy is not in this pipeline, so rollout-guard reads an implicit 100% stage after it',
    );
    return { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(STAGES) };
  }
  if (final.type === 'pipeline') {
    const pipeline = asString(field(final.value, 'pipeline'));
    ctx.notes.push(
      `the final deploy "${clip(final.name)}" runs another pipeline${pipeline ? ` (${clip(pipeline)})` : ''}; how that pipeline deploys is not in this file`,
    );
  }
  const enabled = final.condition;
  if (enabled !== undefined) {
    ctx.notes.push(
      `the final deploy "${clip(final.name)}" runs only when its stageEnabled expression is true: ${clip(enabled, 120)}`,
    );
  }
  return { weight: 100, hold: 0, gates: [], line: final.line, name: final.name };
}

function noteParallel(ctx: SpinnakerContext, stage: PipelineStage, final: PipelineStage | undefined): void {
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs in a parallel branch to the final deploy${final ? ` "${clip(final.name)}"` : ''}: stages in parallel branches are not sequenced, so it does not hold that deploy`,
  );
}

function noteStageEnabled(ctx: SpinnakerContext, stage: PipelineStage): void {
  const expression = stage.condition;
  if (expression === undefined) return;
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs only when its stageEnabled expression is true (${clip(expression, 120)}); when it is false the stage is skipped`,
  );
}

// ---------------------------------------------------------------------------------------------
// Rollback

function rollbackOf(ctx: SpinnakerContext, ordered: PipelineStage[], graph: StageGraph): Rollback {
  const how: string[] = [];
  let line: number | undefined;
  for (const stage of ordered.filter((s) => s.role === 'rollback')) {
    const trigger = rollbackTrigger(stage, ordered, graph);
    if (trigger === undefined) {
      ctx.notes.push(
        `stage "${clip(stage.name)}" (${stage.type}) runs only when the stages before it succeed: it does not roll back a failed deploy or canary`,
      );
      continue;
    }
    how.push(`stage "${clip(stage.name)}" (${stage.type}) ${trigger}`);
    line ??= stage.line;
  }
  if (how.length === 0) {
    const any = ordered.some((s) => s.role === 'rollback');
    return { automatic: false, how: [any ? 'no rollback stage runs on failure' : 'no rollback stage'] };
  }
  return line === undefined ? { automatic: true, how } : { automatic: true, how, line };
}

function rollbackTrigger(
  stage: PipelineStage,
  ordered: PipelineStage[],
  graph: StageGraph,
): string | undefined {
  // A stage after a gate that halts the pipeline on failure never runs on that failure.
  const halting = ordered.find(
    (gate) => isGate(gate) && !ignoresFailure(gate) && graph.isAncestor(gate, stage),
  );
  if (halting !== undefined) return undefined;
  const expression = stage.condition;
  if (expression !== undefined && SPINNAKER_FAILURE_EXPRESSION.test(expression)) {
    return `runs when its stageEnabled expression finds a failure (${clip(expression, 120)})`;
  }
  const tolerant = ordered.find(
    (gate) => isGate(gate) && ignoresFailure(gate) && graph.isAncestor(gate, stage),
  );
  if (tolerant === undefined) return undefined;
  return `follows "${clip(tolerant.name)}", whose failure lets the pipeline continue${expression === undefined ? ' (it has no stageEnabled condition, so it also runs when that stage passes)' : ''}`;
}

function isGate(stage: PipelineStage): boolean {
  return (
    stage.role === 'analysis' ||
    stage.role === 'approval' ||
    (stage.role === 'canary-deploy' && stage.type !== 'deployCanary')
  );
}

function notePreparatoryDeploys(
  ctx: SpinnakerContext,
  ordered: PipelineStage[],
  final: PipelineStage | undefined,
): void {
  const earlier = ordered.filter(
    (stage) => stage !== final && (stage.role === 'deploy' || stage.role === 'canary-deploy'),
  );
  if (earlier.length === 0) {
    ctx.notes.push(
      'the pipeline has a single deploy stage and no canary: the new version goes to all traffic at once',
    );
    return;
  }
  ctx.notes.push(
    `no canary analysis follows the earlier deploy stages (${earlier.map((s) => `"${clip(s.name)}"`).join(', ')}): they are read as preparation, not as canary exposure`,
  );
}
