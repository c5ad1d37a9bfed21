import type { Bypass, Diagnostic, Gate, Rollback, RolloutPlan, Stage, Strategy } from '../core/model.js';
import { asArray, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { AdapterContext } from './context.js';
import { parseDuration } from './duration.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';

/**
 * Google Cloud Deploy (deploy.cloud.google.com). A DeliveryPipeline becomes one plan per stage,
 * i.e. per target it deploys to, so that a policy can match environments by target name. The
 * Targets (approval) and Automations (advance, repair) of the same file complete each plan.
 */
export const cloudDeploy: FormatAdapter = {
  id: 'cloud-deploy',
  detect: isCloudDeploy,
  toPlans: (doc) => readFile([doc]),
  combine: (docs) => readFile(docs),
};

const API_VERSIONS = new Set(['deploy.cloud.google.com/v1', 'deploy.cloud.google.com/v1beta1']);
const KINDS = new Set(['DeliveryPipeline', 'Target', 'Automation']);
const STAGES = ['serialPipeline', 'stages'] as const;
const MANUAL_ROLLBACK = 'manual `gcloud deploy targets rollback` only';
const FIRST_DEPLOY_NOTE =
  'canary phases are skipped on the first deployment to a target: the first release goes straight to 100%';

function isCloudDeploy(doc: SourceDocument): boolean {
  const apiVersion = asString(field(doc.value, 'apiVersion'));
  const kind = asString(field(doc.value, 'kind'));
  return apiVersion !== undefined && API_VERSIONS.has(apiVersion) && kind !== undefined && KINDS.has(kind);
}

function kindOf(doc: SourceDocument): string | undefined {
  return asString(field(doc.value, 'kind'));
}

interface TargetInfo {
  labels: Record<string, string>;
  /** Line of `requireApproval: true`, when the target requires one. */
  approvalLine: number | undefined;
}

interface AdvanceRule {
  name: string;
  /** Undefined: every phase. */
  sourcePhases: string[] | undefined;
  wait: number;
}

interface RepairRule {
  name: string;
  /** Line of the `rollback` repair mode; undefined when the rule only retries. */
  rollbackLine: number | undefined;
}

interface Automation {
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
interface FileContext {
  diagnostics: Diagnostic[];
  targets: Map<string, TargetInfo>;
  automations: Automation[];
}

/** `docs` are the file's documents `detect` accepted, in order. */
function readFile(ours: SourceDocument[]): AdapterResult {
  const file: FileContext = { diagnostics: [], targets: new Map(), automations: [] };
  for (const doc of ours) {
    if (kindOf(doc) === 'Target') readTarget(file, doc);
    if (kindOf(doc) === 'Automation') readAutomation(file, doc);
  }
  const plans = ours
    .filter((doc) => kindOf(doc) === 'DeliveryPipeline')
    .flatMap((doc) => pipelinePlans(file, doc));
  return { plans, diagnostics: file.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Targets and Automations

function readTarget(file: FileContext, doc: SourceDocument): void {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const name = asString(path(doc.value, ['metadata', 'name']));
  if (name === undefined || name === '' || file.targets.has(name)) return;
  const approval = readBoolean(ctx, field(doc.value, 'requireApproval'), ['requireApproval'], false);
  file.targets.set(name, {
    labels: stringMap(path(doc.value, ['metadata', 'labels'])) ?? {},
    approvalLine: approval === true ? doc.lineOf(['requireApproval']) : undefined,
  });
}

function readAutomation(file: FileContext, doc: SourceDocument): void {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const name = asString(path(doc.value, ['metadata', 'name'])) ?? '';
  const slash = name.indexOf('/');
  const rules = readList(ctx, field(doc.value, 'rules'), ['rules']);
  const automation: Automation = {
    doc,
    name,
    pipeline: slash > 0 ? name.slice(0, slash) : undefined,
    suspended: readBoolean(ctx, field(doc.value, 'suspended'), ['suspended'], true) ?? false,
    selectors: readSelectors(ctx),
    advance: rules.flatMap((rule, index) => advanceRule(ctx, rule, index, name)),
    repair: rules.flatMap((rule, index) => repairRule(ctx, rule, index, name)),
  };
  file.automations.push(automation);
}

function readSelectors(ctx: AdapterContext): Automation['selectors'] {
  const at = ['selector', 'targets'];
  return readList(ctx, ctx.get(at), at).flatMap((entry, index) => {
    const id = asString(field(entry, 'id'));
    const labels = stringMap(field(entry, 'labels'));
    if (id === undefined && labels === undefined) {
      ctx.invalid([...at, index], 'must select targets by id (or "*") or labels');
      return [];
    }
    return [{ id, labels }];
  });
}

function ruleName(rule: unknown, fallback: string): string {
  return asString(field(rule, 'name')) ?? asString(field(rule, 'id')) ?? fallback;
}

function advanceRule(ctx: AdapterContext, entry: unknown, index: number, automation: string): AdvanceRule[] {
  const rule = field(entry, 'advanceRolloutRule');
  if (rule === undefined) return [];
  const at: PathSegment[] = ['rules', index, 'advanceRolloutRule'];
  if (!isObject(rule)) {
    ctx.invalid(at, `must be a map with sourcePhases and wait, got ${describe(rule)}`);
    return [];
  }
  const phases = field(rule, 'sourcePhases');
  const sourcePhases = present(phases)
    ? (asArray(phases) ?? []).flatMap((p) => asString(p) ?? [])
    : undefined;
  if (present(phases) && !Array.isArray(phases)) {
    ctx.invalid([...at, 'sourcePhases'], `must be a list of phase ids, got ${describe(phases)}`);
  }
  return [{ name: ruleName(rule, automation), sourcePhases, wait: readWait(ctx, rule, [...at, 'wait']) }];
}

/** `wait` is minutes or hours (`10m`, `1h`); absent means advance as soon as the phase succeeds. */
function readWait(ctx: AdapterContext, rule: PlainObject, at: PathSegment[]): number {
  const wait = field(rule, 'wait');
  if (!present(wait)) return 0;
  const seconds = typeof wait === 'string' ? parseDuration(wait) : undefined;
  if (seconds === undefined) {
    ctx.invalid(at, `must be a duration like 10m or 1h, got ${describe(wait)}; read as no wait`);
    return 0;
  }
  return seconds;
}

function repairRule(ctx: AdapterContext, entry: unknown, index: number, automation: string): RepairRule[] {
  const rule = field(entry, 'repairRolloutRule');
  if (rule === undefined) return [];
  const at: PathSegment[] = ['rules', index, 'repairRolloutRule'];
  if (!isObject(rule)) {
    ctx.invalid(at, `must be a map with repairPhases or repairModes, got ${describe(rule)}`);
    return [];
  }
  // Older samples name the list repairPhases; the current API calls it repairModes.
  let rollbackLine: number | undefined;
  for (const key of ['repairPhases', 'repairModes']) {
    readList(ctx, field(rule, key), [...at, key]).forEach((mode, modeIndex) => {
      if (field(mode, 'rollback') !== undefined)
        rollbackLine ??= ctx.lineOf([...at, key, modeIndex, 'rollback']);
    });
  }
  return [{ name: ruleName(rule, automation), rollbackLine }];
}

// ---------------------------------------------------------------------------------------------
// Pipelines

interface PipelineStage {
  index: number;
  targetId: string;
  value: PlainObject;
}

function pipelinePlans(file: FileContext, doc: SourceDocument): RolloutPlan[] {
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

/** What one plan collects while it is read; its problems go to the file's list. */
class Context extends AdapterContext {
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

interface Phase {
  name: string;
  weight: number;
  line: number;
  gates: Gate[];
}

interface Rollout {
  strategy: Strategy;
  /** Phases before the final one, each waiting to be advanced. */
  phases: Phase[];
  stable: Phase;
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

function phaseStage(phase: Phase): Stage {
  return { weight: phase.weight, hold: 'manual', gates: phase.gates, line: phase.line, name: phase.name };
}

// ---------------------------------------------------------------------------------------------
// Strategies

function readStrategy(ctx: Context, stage: PipelineStage): Rollout {
  const at: PathSegment[] = [...STAGES, stage.index, 'strategy'];
  const strategy = field(stage.value, 'strategy');
  if (!present(strategy)) return standardRollout(ctx.doc.lineOf([...STAGES, stage.index, 'targetId']), []);
  if (!isObject(strategy)) {
    ctx.invalid(at, `must be a map holding standard or canary, got ${describe(strategy)}`);
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const canary = field(strategy, 'canary');
  const standard = field(strategy, 'standard');
  if (present(canary) && present(standard)) {
    ctx.invalid(at, 'holds both standard and canary; read as standard');
  } else if (present(canary)) {
    return readCanary(ctx, [...at, 'canary'], canary);
  }
  const standardAt = present(standard) ? [...at, 'standard'] : at;
  if (present(standard) && !isObject(standard)) {
    ctx.invalid(standardAt, `must be a map, got ${describe(standard)}`);
  }
  const checks = readChecks(ctx, standardAt, standard);
  return standardRollout(ctx.doc.lineOf(standardAt), allChecks(checks));
}

function standardRollout(line: number, gates: Gate[]): Rollout {
  return { strategy: 'all-at-once', phases: [], stable: { name: 'stable', weight: 100, line, gates } };
}

function readCanary(ctx: Context, at: PathSegment[], canary: unknown): Rollout {
  if (!isObject(canary)) {
    ctx.invalid(at, `must be a map with canaryDeployment or customCanaryDeployment, got ${describe(canary)}`);
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const percentages = field(canary, 'canaryDeployment');
  const custom = field(canary, 'customCanaryDeployment');
  if (present(percentages) && present(custom)) {
    ctx.invalid(at, 'holds both canaryDeployment and customCanaryDeployment; read canaryDeployment');
  }
  if (present(percentages)) return percentageCanary(ctx, [...at, 'canaryDeployment'], percentages);
  if (present(custom)) return customCanary(ctx, [...at, 'customCanaryDeployment'], custom);
  ctx.invalid(at, 'needs canaryDeployment or customCanaryDeployment; read as a deploy straight to 100%');
  return standardRollout(ctx.doc.lineOf(at), []);
}

/** `percentages: [25, 50]`: phases canary-25 and canary-50, then an implicit stable 100%. */
function percentageCanary(ctx: Context, at: PathSegment[], deployment: unknown): Rollout {
  if (!isObject(deployment)) {
    ctx.invalid(at, `must be a map with percentages, got ${describe(deployment)}`);
  }
  const checks = readChecks(ctx, at, deployment);
  const perPhase = [checks.verify, checks.analysis].filter(isGate);
  const listAt = [...at, 'percentages'];
  let previous = -1;
  const phases = readList(ctx, field(deployment, 'percentages'), listAt).flatMap((value, index): Phase[] => {
    const valid = typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
    if (!valid || value <= previous) {
      ctx.invalid(
        [...listAt, index],
        `must be a whole percentage from 0 to 100, above the one before it; got ${describe(value)}`,
      );
      return [];
    }
    previous = value;
    return [
      {
        name: `canary-${value}`,
        weight: value,
        line: ctx.doc.lineOf([...listAt, index]),
        gates: perPhase.map((gate) => ({ ...gate })),
      },
    ];
  });
  const stable: Phase = {
    name: 'stable',
    weight: 100,
    line: ctx.doc.lineOf(at),
    gates: perPhase.map((gate) => ({ ...gate })),
  };
  // The predeploy job runs before the first phase, the postdeploy job after the last one.
  if (checks.predeploy) (phases[0] ?? stable).gates.unshift(checks.predeploy);
  if (checks.postdeploy) stable.gates.push(checks.postdeploy);
  if (phases.length === 0) {
    ctx.notes.push(`${dotted(listAt)} lists no canary percentage: the rollout deploys straight to 100%`);
    return { strategy: 'all-at-once', phases: [], stable };
  }
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: 'canary', phases, stable };
}

/** `phaseConfigs[]`: named phases with their own checks; the last one must be stable at 100%. */
function customCanary(ctx: Context, at: PathSegment[], deployment: unknown): Rollout {
  const listAt = [...at, 'phaseConfigs'];
  const phases = readList(ctx, field(deployment, 'phaseConfigs'), listAt).flatMap((value, index): Phase[] => {
    const phaseAt = [...listAt, index];
    const name = asString(field(value, 'phaseId'));
    const weight = field(value, 'percentage');
    if (!isObject(value) || name === undefined || name === '') {
      ctx.invalid(phaseAt, 'must be a map with phaseId and percentage; the phase was ignored');
      return [];
    }
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      ctx.invalid(
        [...phaseAt, 'percentage'],
        `must be a whole percentage from 0 to 100, got ${describe(weight)}`,
      );
      return [];
    }
    const gates = allChecks(readChecks(ctx, phaseAt, value));
    return [{ name, weight, line: ctx.doc.lineOf(phaseAt), gates }];
  });
  if (!isObject(deployment)) ctx.invalid(at, `must be a map with phaseConfigs, got ${describe(deployment)}`);
  let stable = phases[phases.length - 1];
  if (stable?.weight === 100) {
    phases.pop();
  } else {
    ctx.invalid(listAt, 'must end with the stable phase at 100%; read as if it did');
    stable = { name: 'stable', weight: 100, line: ctx.doc.lineOf(listAt), gates: [] };
  }
  if (phases.length === 0) return { strategy: 'all-at-once', phases: [], stable };
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: 'canary', phases, stable };
}

interface Checks {
  verify?: Gate;
  analysis?: Gate;
  predeploy?: Gate;
  postdeploy?: Gate;
}

/** verify, analysis and the predeploy/postdeploy jobs of a strategy block or phase: a failure fails the rollout. */
function readChecks(ctx: Context, at: PathSegment[], block: unknown): Checks {
  const checks: Checks = {};
  const verifyAt = [...at, 'verify'];
  if (readBoolean(ctx, field(block, 'verify'), verifyAt, false) === true) {
    checks.verify = { kind: 'analysis', name: 'verify', line: ctx.doc.lineOf(verifyAt), effective: true };
  }
  const analysis = field(block, 'analysis');
  if (present(analysis)) {
    if (isObject(analysis)) {
      const ids = [
        ...(asArray(field(analysis, 'customChecks')) ?? []),
        ...(asArray(path(analysis, ['googleCloud', 'alertPolicyChecks'])) ?? []),
      ].flatMap((check) => asString(field(check, 'id')) ?? []);
      checks.analysis = {
        kind: 'analysis',
        name: ids.length > 0 ? ids.join(', ') : 'analysis',
        line: ctx.doc.lineOf([...at, 'analysis']),
        effective: true,
      };
    } else {
      ctx.invalid([...at, 'analysis'], `must be a map, got ${describe(analysis)}`);
    }
  }
  for (const job of ['predeploy', 'postdeploy'] as const) {
    const actionsAt = [...at, job, 'actions'];
    const actions = readList(ctx, path(block, [job, 'actions']), actionsAt).flatMap(
      (action) => asString(action) ?? [],
    );
    if (actions.length > 0) {
      checks[job] = {
        kind: 'webhook',
        name: `${job} ${actions.join(', ')}`,
        line: ctx.doc.lineOf([...at, job]),
        effective: true,
      };
    }
  }
  return checks;
}

function allChecks(checks: Checks): Gate[] {
  return [checks.predeploy, checks.verify, checks.analysis, checks.postdeploy].filter(isGate);
}

function isGate(gate: Gate | undefined): gate is Gate {
  return gate !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Automations applied to one target

function activeAutomations(ctx: Context, pipeline: string | undefined, targetId: string): Automation[] {
  const selecting = ctx.file.automations.filter(
    (automation) =>
      (automation.pipeline === undefined || automation.pipeline === pipeline) &&
      selects(ctx.file, automation, targetId),
  );
  return selecting.filter((automation) => {
    if (!automation.suspended) return true;
    const rules = [
      ...(automation.advance.length > 0 ? ['advanceRolloutRule'] : []),
      ...(automation.repair.length > 0 ? ['repairRolloutRule'] : []),
    ];
    if (rules.length > 0) {
      ctx.bypasses.push({
        field: `Automation ${clip(automation.name)}: suspended`,
        reason: `the automation is suspended: its ${rules.join(' and ')} do${rules.length === 1 ? 'es' : ''} not run`,
        line: automation.doc.lineOf(['suspended']),
      });
      ctx.notes.push(
        `Automation ${clip(automation.name)} is suspended: its ${rules.join(' and ')} ${rules.length === 1 ? 'does' : 'do'} not count`,
      );
    }
    return false;
  });
}

function selects(file: FileContext, automation: Automation, targetId: string): boolean {
  const labels = file.targets.get(targetId)?.labels;
  return automation.selectors.some(
    (selector) =>
      (selector.id === undefined || selector.id === '*' || selector.id === targetId) &&
      (selector.labels === undefined ||
        (labels !== undefined &&
          Object.entries(selector.labels).every(([key, value]) => labels[key] === value))),
  );
}

/** Each phase waits for `gcloud deploy rollouts advance` unless an advanceRolloutRule moves it on. */
function advancedPhases(ctx: Context, targetId: string, phases: Phase[], automations: Automation[]): Stage[] {
  const rules = automations.flatMap((automation) => automation.advance);
  const stages = phases.map((phase) => {
    const rule = rules.find((r) => r.sourcePhases === undefined || r.sourcePhases.includes(phase.name));
    return { ...phaseStage(phase), hold: rule === undefined ? 'manual' : rule.wait } satisfies Stage;
  });
  const manual = stages.filter((stage) => stage.hold === 'manual').map((stage) => stage.name);
  if (manual.length > 0) {
    ctx.notes.push(
      rules.length === 0
        ? `canary phases wait for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule selects target ${clip(targetId)}`
        : `${manual.join(', ')} wait${manual.length === 1 ? 's' : ''} for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule lists ${manual.length === 1 ? 'it' : 'them'} in sourcePhases`,
    );
  }
  return stages;
}

function rollbackOf(ctx: Context, automations: Automation[]): Rollback {
  const rules = automations.flatMap((automation) => automation.repair);
  for (const rule of rules.filter((r) => r.rollbackLine === undefined)) {
    ctx.notes.push(`repair rule ${clip(rule.name)} only retries failed jobs; it does not roll back`);
  }
  const rollbacks = rules.filter((rule) => rule.rollbackLine !== undefined);
  const first = rollbacks[0];
  if (first === undefined) return { automatic: false, how: [MANUAL_ROLLBACK] };
  return {
    automatic: true,
    how: [...new Set(rollbacks.map((rule) => `repair rule ${clip(rule.name)} rolls back on failure`))],
    ...(first.rollbackLine !== undefined ? { line: first.rollbackLine } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Small readers and messages

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * A switch found at `at`: true, false, or undefined when absent. Anything else is reported and
 * read as `otherwise`, the reading that assumes less safety.
 */
function readBoolean(
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
function readList(ctx: AdapterContext, value: unknown, at: readonly PathSegment[]): unknown[] {
  if (!present(value)) return [];
  const list = asArray(value);
  if (list === undefined) ctx.invalid(at, `must be a list, got ${describe(value)}`);
  return list ?? [];
}

function stringMap(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return Object.fromEntries(entries);
}
