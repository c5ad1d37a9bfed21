import type { Bypass, Diagnostic, Rollback, RolloutPlan, Stage } from '../core/model.js';
import { asArray, asNumber, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { parseDuration } from './duration.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';

/**
 * Spinnaker pipeline JSON (a pipeline as Deck saves it, or as `spin pipeline get` prints it). The
 * stages form a graph through `requisiteStageRefIds`; the plan follows that graph up to the last
 * deploy, which is the 100% stage. Deploys before a canary analysis expose a canary server group
 * whose share of traffic the pipeline does not state.
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

const STAGES = ['stages'] as const;
const CANARY_SEGMENT = 'canary server group';

const DEPLOY_TYPES = new Set([
  'deploy',
  'deployManifest',
  'createServerGroup',
  'cloneServerGroup',
  'patchManifest',
  'deployCloudFormation',
  'deployService',
]);
/** Stage types that deploy a canary (and baseline) on their own: Kayenta with `deployments`, legacy ACA. */
const CANARY_DEPLOY_TYPES = new Set(['deployCanary']);
const ANALYSIS_TYPES = new Set(['kayentaCanary', 'canary', 'acaTask']);
const ROLLBACK_TYPES = new Set(['rollbackCluster', 'undoRolloutManifest', 'rollbackServerGroup']);
/** A `pipeline` stage runs another pipeline; by its name it may be the production deploy. */
const DEPLOYING_PIPELINE_NAME = /deploy|prod|release|promot/i;
const CANARY_NAME = /canary/i;
const BASELINE_NAME = /baseline/i;
/** A stageEnabled expression that asks whether an earlier stage failed. */
const FAILURE_EXPRESSION = /TERMINAL|FAILED|FAILURE|STOPPED|CANCEL|!=\s*['"]SUCCEEDED/i;

type Role = 'deploy' | 'canary-deploy' | 'analysis' | 'approval' | 'wait' | 'rollback' | 'other';

interface PipelineStage {
  /** Position in `stages[]`. */
  index: number;
  refId: string;
  type: string;
  name: string;
  requisites: string[];
  value: PlainObject;
  at: PathSegment[];
  line: number;
  role: Role;
}

interface Context {
  doc: SourceDocument;
  diagnostics: Diagnostic[];
  notes: string[];
  bypasses: Bypass[];
}

function isPipeline(value: unknown): boolean {
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

function pipelinePlans(doc: SourceDocument): AdapterResult {
  const ctx: Context = { doc, diagnostics: [], notes: [], bypasses: [] };
  const stages = readStages(ctx);
  const graph = new StageGraph(ctx, stages);
  const ordered = graph.order();

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

// ---------------------------------------------------------------------------------------------
// Reading the stages

function readStages(ctx: Context): PipelineStage[] {
  const list = asArray(field(ctx.doc.value, 'stages')) ?? [];
  const seen = new Set<string>();
  const stages: PipelineStage[] = [];
  list.forEach((raw, index) => {
    const at: PathSegment[] = [...STAGES, index];
    const type = asString(field(raw, 'type'));
    const refId = refIdOf(raw);
    if (!isObject(raw) || type === undefined || refId === undefined) {
      invalid(ctx, at, `${dotted(at)} must be a stage with a type and a refId; it was ignored`);
      return;
    }
    if (seen.has(refId)) {
      invalid(
        ctx,
        [...at, 'refId'],
        `${dotted(at)}.refId ${clip(refId)} is used by an earlier stage; ignored`,
      );
      return;
    }
    seen.add(refId);
    const name = asString(field(raw, 'name')) ?? type;
    const stage: PipelineStage = {
      index,
      refId,
      type,
      name,
      requisites: readRequisites(ctx, raw, at),
      value: raw,
      at,
      line: ctx.doc.lineOf(at),
      role: 'other',
    };
    stage.role = roleOf(stage);
    stages.push(stage);
  });
  return stages;
}

function readRequisites(ctx: Context, stage: PlainObject, at: PathSegment[]): string[] {
  const raw = field(stage, 'requisiteStageRefIds');
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (list === undefined) {
    invalid(
      ctx,
      [...at, 'requisiteStageRefIds'],
      `${dotted(at)}.requisiteStageRefIds must be a list of refIds`,
    );
    return [];
  }
  return list.flatMap((ref, i) => {
    if (typeof ref === 'string' || (typeof ref === 'number' && Number.isFinite(ref))) return [String(ref)];
    invalid(
      ctx,
      [...at, 'requisiteStageRefIds', i],
      `${dotted(at)}.requisiteStageRefIds[${i}] must be a refId`,
    );
    return [];
  });
}

function roleOf(stage: PipelineStage): Role {
  const { type, value } = stage;
  if (CANARY_DEPLOY_TYPES.has(type)) return 'canary-deploy';
  if (type === 'kayentaCanary')
    return field(value, 'deployments') !== undefined ? 'canary-deploy' : 'analysis';
  if (type === 'canary') return 'canary-deploy'; // legacy ACA: deploys canary and baseline, then analyses
  if (ANALYSIS_TYPES.has(type)) return 'analysis';
  if (type === 'manualJudgment') return 'approval';
  if (type === 'wait') return 'wait';
  if (ROLLBACK_TYPES.has(type)) return 'rollback';
  if (DEPLOY_TYPES.has(type)) return 'deploy';
  if (type === 'pipeline' && DEPLOYING_PIPELINE_NAME.test(stage.name)) return 'deploy';
  return 'other';
}

/** Deploy stages whose name or moniker marks them as the canary (or its baseline). */
function deployMark(stage: PipelineStage): 'canary' | 'baseline' | undefined {
  const labels = [
    stage.name,
    asString(path(stage.value, ['moniker', 'stack'])),
    asString(path(stage.value, ['moniker', 'detail'])),
    ...(asArray(field(stage.value, 'clusters')) ?? []).flatMap((cluster) => [
      asString(field(cluster, 'stack')),
      asString(field(cluster, 'freeFormDetails')),
    ]),
  ].filter((label): label is string => label !== undefined);
  if (labels.some((label) => CANARY_NAME.test(label))) return 'canary';
  if (labels.some((label) => BASELINE_NAME.test(label))) return 'baseline';
  return undefined;
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
// The stage graph

class StageGraph {
  private readonly byRef = new Map<string, PipelineStage>();
  private readonly ancestors = new Map<PipelineStage, Set<PipelineStage>>();

  constructor(
    private readonly ctx: Context,
    private readonly stages: PipelineStage[],
  ) {
    for (const stage of stages) this.byRef.set(stage.refId, stage);
    for (const stage of stages) {
      stage.requisites = stage.requisites.filter((ref) => {
        if (this.byRef.has(ref)) return true;
        invalid(
          ctx,
          [...stage.at, 'requisiteStageRefIds'],
          `${dotted(stage.at)} waits for refId ${clip(ref)}, which no stage has; Spinnaker rejects such a pipeline`,
        );
        return false;
      });
    }
  }

  /** Topological order; stages that become ready together keep their order in the file. */
  order(): PipelineStage[] {
    const remaining = new Set(this.stages);
    const done = new Set<string>();
    const ordered: PipelineStage[] = [];
    while (remaining.size > 0) {
      const ready = [...remaining].find((stage) => stage.requisites.every((ref) => done.has(ref)));
      if (ready === undefined) {
        const first = [...remaining][0] as PipelineStage;
        invalid(
          this.ctx,
          [...first.at, 'requisiteStageRefIds'],
          `${dotted(first.at)} is part of a cycle of requisiteStageRefIds; the cycle was read in file order`,
        );
        ordered.push(...remaining);
        break;
      }
      remaining.delete(ready);
      done.add(ready.refId);
      ordered.push(ready);
    }
    return ordered;
  }

  isAncestor(candidate: PipelineStage, of: PipelineStage): boolean {
    return this.ancestorsOf(of).has(candidate);
  }

  private ancestorsOf(stage: PipelineStage): Set<PipelineStage> {
    const known = this.ancestors.get(stage);
    if (known) return known;
    const result = new Set<PipelineStage>();
    this.ancestors.set(stage, result); // guards against cycles
    for (const ref of stage.requisites) {
      const parent = this.byRef.get(ref);
      if (parent === undefined) continue;
      result.add(parent);
      for (const grand of this.ancestorsOf(parent)) result.add(grand);
    }
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// From stages to exposure steps

interface OpenStage {
  stage: Stage;
  /** Opened by a canary deploy: kept even when nothing holds it. */
  explicit: boolean;
}

function walk(
  ctx: Context,
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

function finalStage(ctx: Context, final: PipelineStage | undefined): Stage {
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
  const enabled = stageEnabledExpression(final);
  if (enabled !== undefined) {
    ctx.notes.push(
      `the final deploy "${clip(final.name)}" runs only when its stageEnabled expression is true: ${clip(enabled, 120)}`,
    );
  }
  return { weight: 100, hold: 0, gates: [], line: final.line, name: final.name };
}

function noteParallel(ctx: Context, stage: PipelineStage, final: PipelineStage | undefined): void {
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs in a parallel branch to the final deploy${final ? ` "${clip(final.name)}"` : ''}: stages in parallel branches are not sequenced, so it does not hold that deploy`,
  );
}

function noteStageEnabled(ctx: Context, stage: PipelineStage): void {
  const expression = stageEnabledExpression(stage);
  if (expression === undefined) return;
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs only when its stageEnabled expression is true (${clip(expression, 120)}); when it is false the stage is skipped`,
  );
}

function stageEnabledExpression(stage: PipelineStage): string | undefined {
  const enabled = field(stage.value, 'stageEnabled');
  if (enabled === undefined || enabled === null) return undefined;
  return asString(field(enabled, 'expression')) ?? 'an expression';
}

// ---------------------------------------------------------------------------------------------
// Gates: canary analysis, manual judgment, wait

function applyGate(
  ctx: Context,
  target: Stage,
  stage: PipelineStage,
  final: PipelineStage | undefined,
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

function addHold(stage: Stage, hold: number | 'manual'): void {
  stage.hold = stage.hold === 'manual' || hold === 'manual' ? 'manual' : stage.hold + hold;
}

/** False (with a bypass) when the canary's scoreThresholds are both missing: Kayenta then passes the stage. */
function readThresholds(ctx: Context, stage: PipelineStage): boolean {
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
function failureStops(ctx: Context, stage: PipelineStage, final: PipelineStage | undefined): boolean {
  if (!ignoresFailure(stage)) return true;
  const guard = final === undefined ? undefined : stageEnabledExpression(final);
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

function readWait(ctx: Context, stage: PipelineStage): number {
  const raw = field(stage.value, 'waitTime');
  const seconds = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (seconds !== undefined && seconds >= 0) return seconds;
  if (typeof raw === 'string') {
    // A SpEL expression, decided when the pipeline runs.
    ctx.notes.push(`wait stage "${clip(stage.name)}" waits for a time computed at run time; read as no wait`);
  } else {
    invalid(
      ctx,
      [...stage.at, 'waitTime'],
      `${dotted(stage.at)}.waitTime must be a number of seconds, got ${describe(raw)}; read as no wait`,
    );
  }
  return 0;
}

/** How long the canary runs: `lifetimeDuration` (ISO-8601), else `lifetimeHours`. */
function readLifetime(ctx: Context, stage: PipelineStage): number {
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
    invalid(
      ctx,
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

// ---------------------------------------------------------------------------------------------
// Rollback

function rollbackOf(ctx: Context, ordered: PipelineStage[], graph: StageGraph): Rollback {
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
  const expression = stageEnabledExpression(stage);
  if (expression !== undefined && FAILURE_EXPRESSION.test(expression)) {
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

/** Deck's "ignore the failure": failPipeline false with continuePipeline true. */
function ignoresFailure(stage: PipelineStage): boolean {
  return field(stage.value, 'failPipeline') === false && field(stage.value, 'continuePipeline') === true;
}

function notePreparatoryDeploys(
  ctx: Context,
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

// ---------------------------------------------------------------------------------------------
// Small readers and messages

function invalid(ctx: Context, at: readonly PathSegment[], message: string): void {
  ctx.diagnostics.push({
    code: 'MANIFEST_FIELD_INVALID',
    message,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at),
  });
}
