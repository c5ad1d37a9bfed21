import type { Diagnostic, Rollback, RolloutPlan, Stage, Target } from '../core/model.js';
import { asArray, asNumber, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';
import { rollbackFromRunners } from './pipeline/rollback.js';
import { azureConstant, azureTruthy } from './pipeline/conditions.js';
import type { RollbackRunner as PipelineRollbackRunner } from './pipeline/rollback.js';

/**
 * Azure Pipelines YAML. Each deployment job (`- deployment:`) is a rollout to its environment;
 * the plan reads the job's strategy (runOnce, rolling, canary increments) and, inside runOnce,
 * a KubernetesManifest canary (`strategy: canary`, `percentage`) together with the job that
 * promotes it. Environment approvals and checks live in Azure DevOps, not in the file.
 */
export const azurePipelines: FormatAdapter = {
  id: 'azure-pipelines',
  detect(doc) {
    return detectPipeline(doc.value);
  },
  toPlans(doc) {
    if (!detectPipeline(doc.value)) return { plans: [], diagnostics: [] };
    return pipelinePlans(doc);
  },
};

const HOOKS = ['preDeploy', 'deploy', 'routeTraffic', 'postRouteTraffic'] as const;
const STRATEGIES = ['runOnce', 'rolling', 'canary'] as const;
type StrategyKind = (typeof STRATEGIES)[number];

const KUBERNETES_MANIFEST = /^KubernetesManifest@\d+$/i;
const HELM_DEPLOY = /^HelmDeploy@\d+$/i;
const MANUAL_VALIDATION = /^ManualValidation@\d+$/i;
const DELAY = /^Delay@\d+$/i;
const SCRIPT_KEYS = ['script', 'bash', 'pwsh', 'powershell'] as const;
/** Steps that fetch or publish things: they cannot tell a good version from a bad one. */
const BOOKKEEPING_KEYS = [
  'checkout',
  'download',
  'downloadBuild',
  'getPackage',
  'publish',
  'upload',
  'reviewApp',
];
const CHECK_WORDS =
  /\b(?:tests?|smoke|verif\w*|validat\w*|checks?|health\w*|monitor\w*|analy\w*|probe|k6|jmeter|locust)\b/i;
const ROLLBACK_WORDS = /\brollback\b|\broll back\b|\brevert\b|\bundo\b|\breject\b/i;
const ROLLBACK_SCRIPT = /helm\s+rollback|rollout\s+undo|rollouts?\s+abort|rollouts?\s+undo/i;
/** A condition under which a job, stage or step runs when something before it failed. */
const ON_FAILURE = /(?<!not\(\s*)\bfailed\s*\(|\balways\s*\(\s*\)|\bsucceededOrFailed\s*\(\s*\)/i;
const DEPLOY_WORDS = /deploy|release|canary|rollout|promot/i;
const TEMPLATE_EXPRESSION = /^\$\{\{/;
const RUNTIME_VALUE = /\$\(|\$\{\{|\$\[/;

interface Context {
  doc: SourceDocument;
  diagnostics: Diagnostic[];
  /** Notes that concern every plan of the file (template expressions). */
  fileNotes: string[];
}

interface PipelineStage {
  name: string;
  at: PathSegment[];
  value: PlainObject;
  dependsOn: string[];
  condition: string | undefined;
}

interface Step {
  at: PathSegment[];
  value: PlainObject;
  /** 'steps' for a plain job; a lifecycle hook, or 'on.failure' / 'on.success', for a deployment job. */
  hook: string;
  task: string | undefined;
  name: string;
  condition: string | undefined;
  /** Whether a failure of this step stops the job: 'maybe' when a template expression decides it. */
  failureIgnored: 'yes' | 'maybe' | 'no';
  /** The step, its job or its stage has a constant false condition: it never runs. */
  neverRuns: boolean;
}

interface Job {
  order: number;
  key: 'deployment' | 'job';
  name: string;
  stage: PipelineStage | undefined;
  at: PathSegment[];
  value: PlainObject;
  dependsOn: string[];
  condition: string | undefined;
  steps: Step[];
  generated: boolean;
}

/** What a deployment job's KubernetesManifest tasks do with a canary. */
interface CanaryAction {
  step: Step;
  action: 'deploy' | 'promote' | 'reject';
}

function detectPipeline(value: unknown): boolean {
  const stages = asArray(field(value, 'stages'));
  const jobs = asArray(field(value, 'jobs'));
  const shaped =
    stages?.some((item) => field(item, 'stage') !== undefined || isTemplateItem(item)) === true ||
    jobs?.some((item) => ['job', 'deployment', 'template'].some((key) => field(item, key) !== undefined)) ===
      true;
  if (!shaped) return false;
  return hasDeploymentOrCanary(value) || generatedDeployParts(value).length > 0;
}

function isTemplateItem(item: unknown): boolean {
  return isObject(item) && Object.keys(item).some((key) => TEMPLATE_EXPRESSION.test(key));
}

function hasDeploymentOrCanary(value: unknown, depth = 0): boolean {
  if (depth > 40) return false;
  if (Array.isArray(value)) return value.some((item) => hasDeploymentOrCanary(item, depth + 1));
  if (!isObject(value)) return false;
  const deploymentJob = field(value, 'environment') !== undefined || field(value, 'strategy') !== undefined;
  if (typeof field(value, 'deployment') === 'string' && deploymentJob) return true;
  const task = asString(field(value, 'task'));
  if (task !== undefined && KUBERNETES_MANIFEST.test(task)) {
    const strategy = asString(path(value, ['inputs', 'strategy']));
    if (strategy?.toLowerCase() === 'canary') return true;
  }
  return Object.values(value).some((child) => hasDeploymentOrCanary(child, depth + 1));
}

// ---------------------------------------------------------------------------------------------
// Reading stages, jobs and steps

function pipelinePlans(doc: SourceDocument): AdapterResult {
  const ctx: Context = { doc, diagnostics: [], fileNotes: [] };
  const jobs = readJobs(ctx);
  const graph = new JobGraph(jobs);
  const plans = buildPlans(ctx, jobs, graph);
  if (plans.length === 0) reportHiddenDeployments(ctx);
  return { plans, diagnostics: ctx.diagnostics };
}

function readJobs(ctx: Context): Job[] {
  const jobs: Job[] = [];
  const root = ctx.doc.value;
  const stages = field(root, 'stages');
  if (stages !== undefined) {
    const list = asArray(stages);
    if (list === undefined) {
      invalid(ctx, ['stages'], `stages must be a list, got ${describe(stages)}`);
      return jobs;
    }
    let previous: string | undefined;
    forEachItem(ctx, list, ['stages'], false, (item, at, generated) => {
      const name = asString(field(item, 'stage'));
      if (name === undefined) {
        if (field(item, 'template') !== undefined) noteTemplate(ctx, item, at, 'stage');
        return;
      }
      const stage: PipelineStage = {
        name,
        at,
        value: item,
        dependsOn: readDependsOn(field(item, 'dependsOn'), previous),
        condition: asString(field(item, 'condition')),
      };
      previous = name;
      readJobList(ctx, field(item, 'jobs'), [...at, 'jobs'], stage, generated, jobs);
    });
    return jobs;
  }
  readJobList(ctx, field(root, 'jobs'), ['jobs'], undefined, false, jobs);
  return jobs;
}

function readJobList(
  ctx: Context,
  raw: unknown,
  at: PathSegment[],
  stage: PipelineStage | undefined,
  generated: boolean,
  jobs: Job[],
): void {
  if (raw === undefined || raw === null) return;
  const list = asArray(raw);
  if (list === undefined) {
    invalid(ctx, at, `${dotted(at)} must be a list of jobs, got ${describe(raw)}`);
    return;
  }
  forEachItem(ctx, list, at, generated, (item, itemAt, itemGenerated) => {
    const deployment = field(item, 'deployment');
    const key =
      deployment !== undefined ? 'deployment' : field(item, 'job') !== undefined ? 'job' : undefined;
    if (key === undefined) {
      if (field(item, 'template') !== undefined) noteTemplate(ctx, item, itemAt, 'job');
      return;
    }
    const name = asString(field(item, key));
    if (name === undefined) {
      invalid(
        ctx,
        [...itemAt, key],
        `${dotted([...itemAt, key])} must be the job's name, got ${describe(field(item, key))}`,
      );
      return;
    }
    jobs.push({
      order: jobs.length,
      key,
      name,
      stage,
      at: itemAt,
      value: item,
      dependsOn: readDependsOn(field(item, 'dependsOn'), undefined),
      condition: asString(field(item, 'condition')),
      steps: readJobSteps(ctx, item, itemAt, key, stage?.value),
      generated: itemGenerated,
    });
  });
}

/**
 * Walks a list whose items may be `${{ each }}` / `${{ if }}` expressions holding more items:
 * what is literal inside them is read, and the file is noted as generated.
 */
function forEachItem(
  ctx: Context,
  list: unknown[],
  at: PathSegment[],
  generated: boolean,
  visit: (item: PlainObject, at: PathSegment[], generated: boolean) => void,
  depth = 0,
): void {
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    if (!isObject(item)) {
      invalid(ctx, itemAt, `${dotted(itemAt)} must be a map, got ${describe(item)}`);
      return;
    }
    if (isTemplateItem(item)) {
      noteExpressions(ctx);
      if (depth > 8) return;
      for (const [key, inner] of Object.entries(item)) {
        const innerList = asArray(inner);
        if (innerList !== undefined) forEachItem(ctx, innerList, [...itemAt, key], true, visit, depth + 1);
      }
      return;
    }
    visit(item, itemAt, generated);
  });
}

function noteExpressions(ctx: Context): void {
  const note =
    'template expressions generate stages; judge the expanded pipeline (rollout-guard read what is literal)';
  if (!ctx.fileNotes.includes(note)) ctx.fileNotes.push(note);
}

function noteTemplate(ctx: Context, item: unknown, at: PathSegment[], kind: 'stage' | 'job' | 'step'): void {
  const file = asString(field(item, 'template')) ?? 'a template';
  const note = `${dotted(at)} includes ${kind} template ${clip(file)}, which is not in this file; its ${kind}s were not judged`;
  if (!ctx.fileNotes.includes(note)) ctx.fileNotes.push(note);
}

/** dependsOn as names; absent means the previous stage for stages and nothing for jobs. */
function readDependsOn(raw: unknown, previous: string | undefined): string[] {
  if (raw === undefined || raw === null) return previous === undefined ? [] : [previous];
  if (typeof raw === 'string') return [raw];
  const names: string[] = [];
  const collect = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (typeof value === 'string') names.push(value);
    else if (Array.isArray(value)) value.forEach((v) => collect(v, depth + 1));
    else if (isObject(value)) Object.values(value).forEach((v) => collect(v, depth + 1)); // `${{ each }}` inside
  };
  collect(raw, 0);
  return names;
}

/** A condition that is a constant false expression (`false`, `eq(1, 2)`, `and(true, false)`). */
function neverRuns(raw: unknown): boolean {
  if (raw === undefined || raw === null) return false;
  const constant = azureConstant(raw);
  return constant !== undefined && !azureTruthy(constant.value);
}

/** `continueOnError`: true (or "true"), or a template expression decided when the pipeline compiles. */
function failureIgnored(raw: unknown): Step['failureIgnored'] {
  if (raw === undefined || raw === null || raw === false) return 'no';
  const constant = azureConstant(raw);
  if (constant === undefined) return 'maybe';
  return azureTruthy(constant.value) ? 'yes' : 'no';
}

/**
 * A job's steps with what the job (and its stage) do to them: a job or stage that never runs runs
 * none of them; a job with continueOnError lets what depends on it go on after any of them fails.
 */
function readJobSteps(
  ctx: Context,
  job: PlainObject,
  at: PathSegment[],
  key: 'deployment' | 'job',
  stage?: PlainObject,
): Step[] {
  const never = neverRuns(field(job, 'condition')) || neverRuns(field(stage, 'condition'));
  const ignored = failureIgnored(field(job, 'continueOnError'));
  return readOwnJobSteps(ctx, job, at, key).map((step) => ({
    ...step,
    neverRuns: step.neverRuns || never,
    failureIgnored:
      step.failureIgnored === 'yes' || ignored === 'yes'
        ? 'yes'
        : step.failureIgnored === 'maybe' || ignored === 'maybe'
          ? 'maybe'
          : 'no',
  }));
}

function readOwnJobSteps(
  ctx: Context,
  job: PlainObject,
  at: PathSegment[],
  key: 'deployment' | 'job',
): Step[] {
  if (key === 'job') return readSteps(ctx, field(job, 'steps'), [...at, 'steps'], 'steps');
  const kind = strategyKindOf(job);
  if (kind === undefined) return readSteps(ctx, field(job, 'steps'), [...at, 'steps'], 'steps');
  const strategyAt = [...at, 'strategy', kind];
  const strategy = path(job, ['strategy', kind]);
  const steps: Step[] = [];
  for (const hook of HOOKS) {
    steps.push(...readSteps(ctx, path(strategy, [hook, 'steps']), [...strategyAt, hook, 'steps'], hook));
  }
  for (const outcome of ['failure', 'success']) {
    steps.push(
      ...readSteps(
        ctx,
        path(strategy, ['on', outcome, 'steps']),
        [...strategyAt, 'on', outcome, 'steps'],
        `on.${outcome}`,
      ),
    );
  }
  return steps;
}

function strategyKindOf(job: unknown): StrategyKind | undefined {
  const strategy = field(job, 'strategy');
  return STRATEGIES.find((kind) => field(strategy, kind) !== undefined);
}

function readSteps(ctx: Context, raw: unknown, at: PathSegment[], hook: string): Step[] {
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (list === undefined) {
    invalid(ctx, at, `${dotted(at)} must be a list of steps, got ${describe(raw)}`);
    return [];
  }
  const steps: Step[] = [];
  forEachItem(ctx, list, at, false, (item, itemAt) => {
    if (field(item, 'template') !== undefined && Object.keys(item).length <= 2) {
      noteTemplate(ctx, item, itemAt, 'step');
      return;
    }
    const task = asString(field(item, 'task'));
    const script = SCRIPT_KEYS.find((key) => field(item, key) !== undefined);
    steps.push({
      at: itemAt,
      value: item,
      hook,
      task,
      name: asString(field(item, 'displayName')) ?? asString(field(item, 'name')) ?? task ?? script ?? 'step',
      condition: asString(field(item, 'condition')),
      failureIgnored: failureIgnored(field(item, 'continueOnError')),
      neverRuns: neverRuns(field(item, 'condition')),
    });
  });
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Dependencies between jobs

class JobGraph {
  private readonly ancestors = new Map<Job, Set<Job>>();

  constructor(private readonly jobs: Job[]) {}

  /** Every job that has finished before `job` starts (through job and stage dependsOn). */
  ancestorsOf(job: Job): Set<Job> {
    const known = this.ancestors.get(job);
    if (known) return known;
    const result = new Set<Job>();
    this.ancestors.set(job, result); // guards against cycles
    for (const other of this.jobs) {
      if (other === job) continue;
      const sameStage = other.stage === job.stage;
      const direct = sameStage
        ? job.dependsOn.includes(other.name)
        : other.stage !== undefined &&
          job.stage !== undefined &&
          job.stage.dependsOn.includes(other.stage.name);
      if (!direct) continue;
      result.add(other);
      for (const grand of this.ancestorsOf(other)) result.add(grand);
    }
    // A stage that depends on another waits for all of its jobs, not only the ones that matter.
    if (job.stage) {
      for (const other of this.jobs) {
        if (other.stage && other.stage !== job.stage && this.stageBefore(other.stage, job.stage, 0)) {
          result.add(other);
        }
      }
    }
    return result;
  }

  private stageBefore(candidate: PipelineStage, stage: PipelineStage, depth: number): boolean {
    if (depth > 50) return false;
    if (stage.dependsOn.includes(candidate.name)) return true;
    return stage.dependsOn.some((name) => {
      const parent = this.jobs.find((job) => job.stage?.name === name)?.stage;
      return parent !== undefined && parent !== stage && this.stageBefore(candidate, parent, depth + 1);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Plans

function buildPlans(ctx: Context, jobs: Job[], graph: JobGraph): RolloutPlan[] {
  const actions = new Map(jobs.map((job) => [job, readCanaryActions(job)]));
  const canaries = jobs.flatMap((job) => {
    const start = (actions.get(job) ?? []).find(
      (a) => a.action === 'deploy' && !a.step.hook.startsWith('on.'),
    );
    return start ? [{ job, start, promote: findPromote(job, start, jobs, actions, graph) }] : [];
  });
  const promoteJobs = new Set(
    canaries.flatMap(({ job, promote }) => (promote && promote.job !== job ? [promote.job] : [])),
  );

  const plans: RolloutPlan[] = [];
  for (const job of jobs) {
    const canary = canaries.find((c) => c.job === job);
    if (canary) {
      plans.push(kubernetesCanaryPlan(ctx, canary.job, canary.start, canary.promote, jobs, graph, actions));
    } else if (job.key === 'deployment' && !promoteJobs.has(job) && !isRollbackJob(job)) {
      plans.push(deploymentJobPlan(ctx, job, jobs, graph, actions));
    }
  }
  return plans;
}

function readCanaryActions(job: Job): CanaryAction[] {
  return job.steps.flatMap((step): CanaryAction[] => {
    if (step.task === undefined || !KUBERNETES_MANIFEST.test(step.task)) return [];
    const inputs = field(step.value, 'inputs');
    const strategy = asString(field(inputs, 'strategy'))?.toLowerCase();
    const action = (asString(field(inputs, 'action')) ?? 'deploy').toLowerCase();
    if (action === 'promote' || action === 'reject') return [{ step, action }];
    return action === 'deploy' && strategy === 'canary' ? [{ step, action: 'deploy' }] : [];
  });
}

interface Promote {
  job: Job;
  step: Step;
}

function findPromote(
  job: Job,
  start: CanaryAction,
  jobs: Job[],
  actions: Map<Job, CanaryAction[]>,
  graph: JobGraph,
): Promote | undefined {
  const own = (actions.get(job) ?? []).find(
    (a) =>
      a.action === 'promote' &&
      job.steps.indexOf(a.step) > job.steps.indexOf(start.step) &&
      a.step.hook !== 'on.failure',
  );
  if (own) return { job, step: own.step };
  for (const later of jobs) {
    if (later === job || !graph.ancestorsOf(later).has(job)) continue;
    const promote = (actions.get(later) ?? []).find(
      (a) => a.action === 'promote' && a.step.hook !== 'on.failure',
    );
    if (promote && !runsOnFailure(later)) return { job: later, step: promote.step };
  }
  return undefined;
}

function runsOnFailure(job: Job): boolean {
  return [job.condition, job.stage?.condition].some((c) => c !== undefined && ON_FAILURE.test(c));
}

/**
 * A job that rolls back rather than rolls out: it runs only when something failed and rejects or
 * rolls back, or every deploy task it runs (outside its on: hooks) is a reject or a rollback.
 */
function isRollbackJob(job: Job): boolean {
  const steps = job.steps.filter((step) => !step.hook.startsWith('on.'));
  if (!steps.some(isRollbackStep)) return false;
  if (runsOnFailure(job)) return true;
  const deploys = steps.filter(
    (step) => step.task !== undefined && (KUBERNETES_MANIFEST.test(step.task) || HELM_DEPLOY.test(step.task)),
  );
  return deploys.length > 0 && deploys.every(isRollbackStep);
}

function kubernetesCanaryPlan(
  ctx: Context,
  job: Job,
  start: CanaryAction,
  promote: Promote | undefined,
  jobs: Job[],
  graph: JobGraph,
  actions: Map<Job, CanaryAction[]>,
): RolloutPlan {
  const notes: string[] = [];
  const canary = canaryStageFrom(ctx, start.step, notes);
  applyChecks(ctx, canary, stepsBetween(job, start.step, promote, jobs, graph), notes);
  const chain = promote ? [job, ...intermediateJobs(job, promote, jobs, graph)] : [job];

  let final: Stage;
  if (promote) {
    final = {
      weight: 100,
      hold: 0,
      gates: [],
      line: ctx.doc.lineOf(promote.step.at),
      name: promote.step.name,
    };
  } else {
    canary.hold = 'manual';
    notes.push(
      'no step promotes the canary in this file: it stays beside the stable version until someone promotes or rejects it',
    );
    final = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf([...job.at, job.key]) };
  }
  for (const env of environmentsOf(promote ? [...chain, promote.job] : chain)) noteEnvironment(notes, env);
  const method = asString(path(start.step.value, ['inputs', 'trafficSplitMethod']))?.toLowerCase();
  if (method !== 'smi') {
    notes.push(
      'the canary share is a share of pods (trafficSplitMethod pod): traffic follows replica counts',
    );
  }
  const rollback = rollbackFor(ctx, chain, promote?.job, jobs, graph, actions, notes);
  return makePlan(ctx, job, 'canary', [canary, final], rollback, notes);
}

/** The canary stage a KubernetesManifest deploy with `strategy: canary` opens. */
function canaryStageFrom(ctx: Context, step: Step, notes: string[]): Stage {
  const at = [...step.at, 'inputs', 'percentage'];
  const raw = path(step.value, ['inputs', 'percentage']);
  const stage: Stage = { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(at), name: step.name };
  if (raw === undefined) {
    invalid(ctx, at, `${dotted(at)} is required with strategy: canary; the canary's share is unknown`);
    stage.segment = 'canary (no percentage)';
    return stage;
  }
  const value = typeof raw === 'string' && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (value !== undefined && value >= 0 && value <= 100) {
    stage.weight = value;
    return stage;
  }
  if (typeof raw === 'string' && RUNTIME_VALUE.test(raw)) {
    stage.segment = 'canary (percentage set at run time)';
    notes.push(
      `${dotted(at)} is a variable or parameter: the canary's share is only known when the pipeline runs`,
    );
    return stage;
  }
  invalid(ctx, at, `${dotted(at)} must be a percentage from 0 to 100, got ${describe(raw)}`);
  stage.segment = 'canary (percentage unreadable)';
  return stage;
}

/** Steps after the canary deploy and before the promote, in order, across the jobs in between. */
function stepsBetween(
  job: Job,
  start: Step,
  promote: Promote | undefined,
  jobs: Job[],
  graph: JobGraph,
): Step[] {
  const startIndex = job.steps.indexOf(start);
  const own = job.steps.filter((step, index) => index > startIndex && !step.hook.startsWith('on.'));
  if (!promote) return own;
  if (promote.job === job)
    return own.filter((step) => job.steps.indexOf(step) < job.steps.indexOf(promote.step));
  const middle = intermediateJobs(job, promote, jobs, graph).flatMap((j) =>
    j.steps.filter((s) => !s.hook.startsWith('on.')),
  );
  const last = promote.job.steps
    .slice(0, promote.job.steps.indexOf(promote.step))
    .filter((s) => !s.hook.startsWith('on.'));
  return [...own, ...middle, ...last];
}

function intermediateJobs(job: Job, promote: Promote, jobs: Job[], graph: JobGraph): Job[] {
  if (promote.job === job) return [];
  const before = graph.ancestorsOf(promote.job);
  return jobs.filter((other) => other !== job && before.has(other) && graph.ancestorsOf(other).has(job));
}

/**
 * Holds and gates from the steps that run while the canary is live: ManualValidation (a person
 * approves), Delay (a bake time), postRouteTraffic steps and steps that test the canary (a
 * failure stops the promote).
 */
function applyChecks(ctx: Context, stage: Stage, steps: Step[], notes: string[]): void {
  for (const step of steps) {
    if (step.neverRuns) {
      const relevant =
        (step.task !== undefined && (MANUAL_VALIDATION.test(step.task) || DELAY.test(step.task))) ||
        isCheck(step);
      if (relevant) {
        notes.push(
          `${dotted(step.at)} never runs (its condition, or its job's or stage's, is always false): it neither waits nor checks anything`,
        );
      }
      continue;
    }
    if (step.task !== undefined && MANUAL_VALIDATION.test(step.task)) {
      const onTimeout = asString(path(step.value, ['inputs', 'onTimeout']))?.toLowerCase();
      const resumes = onTimeout === 'resume';
      if (resumes) {
        notes.push(`${dotted(step.at)} resumes on timeout: the rollout goes on when nobody answers`);
      }
      stage.gates.push({
        kind: 'approval',
        name: step.name,
        line: ctx.doc.lineOf(step.at),
        effective: !resumes,
      });
      stage.hold = 'manual';
      continue;
    }
    if (step.task !== undefined && DELAY.test(step.task)) {
      addHold(stage, readDelay(ctx, step, notes));
      continue;
    }
    if (!isCheck(step)) continue;
    if (step.failureIgnored === 'yes') {
      notes.push(
        `${dotted(step.at)} has continueOnError (on the step or its job): its failure does not stop the rollout`,
      );
    } else if (step.failureIgnored === 'maybe') {
      notes.push(
        `${dotted(step.at)} has a continueOnError expression: its failure may not stop the rollout, so it is not counted as a check`,
      );
    }
    stage.gates.push({
      kind: 'webhook',
      name: step.name,
      line: ctx.doc.lineOf(step.at),
      effective: step.failureIgnored === 'no',
    });
  }
}

function isCheck(step: Step): boolean {
  if (BOOKKEEPING_KEYS.some((key) => field(step.value, key) !== undefined)) return false;
  if (step.task !== undefined && (KUBERNETES_MANIFEST.test(step.task) || HELM_DEPLOY.test(step.task)))
    return false;
  if (step.hook === 'postRouteTraffic') return true;
  const script =
    SCRIPT_KEYS.map((key) => asString(field(step.value, key))).find((s) => s !== undefined) ?? '';
  return CHECK_WORDS.test(step.name) || CHECK_WORDS.test(script);
}

function addHold(stage: Stage, hold: number | 'manual'): void {
  stage.hold = stage.hold === 'manual' || hold === 'manual' ? 'manual' : stage.hold + hold;
}

function readDelay(ctx: Context, step: Step, notes: string[]): number {
  const at = [...step.at, 'inputs', 'delayForMinutes'];
  const raw = path(step.value, ['inputs', 'delayForMinutes']);
  const minutes = typeof raw === 'string' && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (minutes !== undefined && minutes >= 0) return Math.round(minutes * 60);
  if (typeof raw === 'string' && RUNTIME_VALUE.test(raw)) {
    notes.push(`${dotted(at)} is set at run time; read as no delay`);
  } else {
    invalid(ctx, at, `${dotted(at)} must be a number of minutes, got ${describe(raw)}; read as no delay`);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Deployment jobs without a KubernetesManifest canary

function deploymentJobPlan(
  ctx: Context,
  job: Job,
  jobs: Job[],
  graph: JobGraph,
  actions: Map<Job, CanaryAction[]>,
): RolloutPlan {
  const notes: string[] = [];
  const kind = readStrategyKind(ctx, job, notes);
  const strategyAt = kind === undefined ? [...job.at, 'deployment'] : [...job.at, 'strategy', kind];
  const finalLine = ctx.doc.lineOf(strategyAt);
  let stages: Stage[];
  let strategy: RolloutPlan['strategy'];
  if (kind === 'canary') {
    stages = canaryIncrements(ctx, job, strategyAt, notes);
    strategy = 'canary';
  } else if (kind === 'rolling') {
    noteMaxParallel(job, notes);
    stages = [{ weight: 100, hold: 0, gates: [], line: finalLine }];
    strategy = 'rolling';
  } else {
    notes.push(
      `deployment job ${clip(job.name)} runs once (runOnce): the new version takes all traffic in one step`,
    );
    stages = [{ weight: 100, hold: 0, gates: [], line: finalLine }];
    strategy = 'all-at-once';
  }
  notePostDeployChecks(job, kind, notes);
  for (const env of environmentsOf([job])) noteEnvironment(notes, env);
  const rollback = rollbackFor(ctx, [job], undefined, jobs, graph, actions, notes);
  return makePlan(ctx, job, strategy, stages, rollback, notes);
}

function readStrategyKind(ctx: Context, job: Job, notes: string[]): StrategyKind | undefined {
  const raw = field(job.value, 'strategy');
  if (raw === undefined || raw === null) {
    notes.push(`deployment job ${clip(job.name)} has no strategy: Azure Pipelines runs it once (runOnce)`);
    return undefined;
  }
  const kinds = STRATEGIES.filter((kind) => field(raw, kind) !== undefined);
  if (!isObject(raw) || kinds.length !== 1) {
    invalid(
      ctx,
      [...job.at, 'strategy'],
      `${dotted([...job.at, 'strategy'])} must hold exactly one of runOnce, rolling or canary; read as runOnce`,
    );
    return undefined;
  }
  return kinds[0];
}

function canaryIncrements(ctx: Context, job: Job, strategyAt: PathSegment[], notes: string[]): Stage[] {
  const at = [...strategyAt, 'increments'];
  const raw = path(job.value, ['strategy', 'canary', 'increments']);
  const list = asArray(raw);
  const finalStage: Stage = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(strategyAt) };
  if (list === undefined) {
    if (raw === undefined)
      notes.push('the canary strategy has no increments: the new version takes all traffic in one step');
    else invalid(ctx, at, `${dotted(at)} must be a list of percentages, got ${describe(raw)}`);
    return [finalStage];
  }
  const postRoute = job.steps.filter((step) => step.hook === 'postRouteTraffic');
  const stages: Stage[] = [];
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    const value =
      typeof item === 'string' && /^\d+(?:\.\d+)?$/.test(item.trim()) ? Number(item) : asNumber(item);
    if (value === undefined || value <= 0 || value > 100) {
      if (typeof item === 'string' && RUNTIME_VALUE.test(item)) {
        notes.push(`${dotted(itemAt)} is set at run time; that increment was not judged`);
      } else {
        invalid(ctx, itemAt, `${dotted(itemAt)} must be a percentage from 1 to 100, got ${describe(item)}`);
      }
      return;
    }
    const stage: Stage = { weight: value, hold: 0, gates: [], line: ctx.doc.lineOf(itemAt) };
    // The lifecycle hooks run again for every increment.
    applyChecks(ctx, stage, postRoute, index === 0 ? notes : []);
    stages.push(stage);
  });
  notes.push(
    'canary increments are read as percentages of the environment; what they mean depends on the deploy steps (e.g. KubernetesManifest percentage: $(strategy.increment))',
  );
  if (stages.at(-1)?.weight !== 100) stages.push(finalStage);
  return stages;
}

function noteMaxParallel(job: Job, notes: string[]): void {
  const maxParallel = path(job.value, ['strategy', 'rolling', 'maxParallel']);
  const shown =
    typeof maxParallel === 'number' || typeof maxParallel === 'string'
      ? ` ${String(maxParallel)} targets at a time`
      : '';
  notes.push(`rolling deploys to the virtual machines of the environment${shown}; it has no traffic stages`);
}

function notePostDeployChecks(job: Job, kind: StrategyKind | undefined, notes: string[]): void {
  if (kind === 'canary') return;
  const checks = job.steps.filter((step) => step.hook === 'postRouteTraffic');
  if (checks.length === 0) return;
  notes.push(
    `postRouteTraffic steps (${checks.map((s) => clip(s.name, 40)).join(', ')}) run after the new version has all traffic: they can start a rollback but cannot hold the rollout`,
  );
}

// ---------------------------------------------------------------------------------------------
// Rollback

function isRollbackStep(step: Step): boolean {
  const task = step.task ?? '';
  const inputs = field(step.value, 'inputs');
  if (KUBERNETES_MANIFEST.test(task)) return asString(field(inputs, 'action'))?.toLowerCase() === 'reject';
  if (HELM_DEPLOY.test(task)) return asString(field(inputs, 'command'))?.toLowerCase() === 'rollback';
  const script = SCRIPT_KEYS.map((key) => asString(field(step.value, key))).find((s) => s !== undefined);
  if (script !== undefined && ROLLBACK_SCRIPT.test(script)) return true;
  return ROLLBACK_WORDS.test(step.name);
}

type RollbackRunner = PipelineRollbackRunner<Job>;

/** Everything in the file that rolls back or rejects when something fails, and what it watches. */
function rollbackRunners(jobs: Job[], graph: JobGraph, actions: Map<Job, CanaryAction[]>): RollbackRunner[] {
  const runners: RollbackRunner[] = [];
  for (const job of jobs) {
    const onFailure = job.steps.filter((step) => step.hook === 'on.failure');
    if (onFailure.length > 0) {
      const kind = strategyKindOf(job.value) ?? 'runOnce';
      runners.push({
        covers: new Set([job]),
        how: `the on: failure steps of deployment job ${clip(job.name)} run when it fails (${names(onFailure)})`,
        at: [...job.at, 'strategy', kind, 'on', 'failure'],
      });
    }
    if (runsOnFailure(job)) {
      const steps = job.steps.filter(
        (step) =>
          isRollbackStep(step) ||
          (actions.get(job) ?? []).some((a) => a.action === 'reject' && a.step === step),
      );
      if (steps.length === 0) continue;
      const stageLevel = job.stage !== undefined && job.condition === undefined;
      const where = stageLevel && job.stage ? `stage ${clip(job.stage.name)}` : `job ${clip(job.name)}`;
      const condition = (stageLevel ? job.stage?.condition : job.condition) ?? '';
      runners.push({
        covers: graph.ancestorsOf(job),
        how: `${where} runs ${names(steps)} when a job before it fails (condition: ${clip(condition)})`,
        at: stageLevel && job.stage ? job.stage.at : job.at,
      });
      continue;
    }
    for (const step of job.steps) {
      if (step.hook.startsWith('on.') || step.condition === undefined || !ON_FAILURE.test(step.condition))
        continue;
      if (!isRollbackStep(step)) continue;
      runners.push({
        covers: new Set([job]),
        how: `step ${clip(step.name)} of job ${clip(job.name)} rolls back when a step before it fails`,
        at: step.at,
      });
    }
  }
  return runners;
}

/**
 * Automatic when something rolls back on the failure of every job of the rollout before its
 * promote: the jobs where the canary is live and being checked.
 */
function rollbackFor(
  ctx: Context,
  chain: Job[],
  promoteJob: Job | undefined,
  jobs: Job[],
  graph: JobGraph,
  actions: Map<Job, CanaryAction[]>,
  notes: string[],
): Rollback {
  return rollbackFromRunners(
    ctx.doc,
    rollbackRunners(jobs, graph, actions),
    chain,
    promoteJob,
    (_runner, missed) => `it does not run when ${missed.map((j) => clip(j.name)).join(', ')} fails`,
    'no on: failure steps and no rollback job',
    notes,
  );
}

function names(steps: Step[]): string {
  return steps.map((step) => clip(step.name, 40)).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Plan assembly

interface Environment {
  name: string;
  expression: boolean;
}

function readEnvironment(job: Job): Environment | undefined {
  const raw = field(job.value, 'environment');
  const name = typeof raw === 'string' ? raw : asString(field(raw, 'name'));
  if (name === undefined || name === '') return undefined;
  // `environment: name.resource` targets one resource of the environment.
  const base = typeof raw === 'string' && !RUNTIME_VALUE.test(name) ? (name.split('.')[0] ?? name) : name;
  return { name: base, expression: RUNTIME_VALUE.test(name) };
}

function environmentsOf(jobs: Job[]): Environment[] {
  const seen = new Map<string, Environment>();
  for (const job of jobs) {
    const env = readEnvironment(job);
    if (env && !seen.has(env.name)) seen.set(env.name, env);
  }
  return [...seen.values()];
}

function noteEnvironment(notes: string[], env: Environment): void {
  notes.push(
    `approvals and checks on environment ${clip(env.name)} are configured in Azure DevOps, not in this file`,
  );
}

function jobKey(job: Job): string {
  return job.stage ? `${job.stage.name}/${job.name}` : job.name;
}

function makePlan(
  ctx: Context,
  job: Job,
  strategy: RolloutPlan['strategy'],
  stages: Stage[],
  rollback: Rollback,
  notes: string[],
): RolloutPlan {
  const env = readEnvironment(job);
  const target: Target = env
    ? { kind: 'Environment', name: env.name }
    : { kind: job.key === 'deployment' ? 'DeploymentJob' : 'Job', name: job.name };
  if (env?.expression)
    notes.push(`the environment name ${clip(env.name)} is a template expression or variable`);
  if (!env && job.key === 'deployment') {
    invalid(
      ctx,
      [...job.at, 'deployment'],
      `deployment job ${clip(job.name)} has no environment; Azure Pipelines requires one`,
    );
  }
  if (job.generated)
    notes.push(
      `job ${clip(job.name)} sits inside a template expression: it may run more than once, or not at all`,
    );
  return {
    id: planId('azure-pipelines', 'DeploymentJob', ctx.doc, `${ctx.doc.file}#${jobKey(job)}`),
    format: 'azure-pipelines',
    file: ctx.doc.file,
    line: ctx.doc.lineOf([...job.at, job.key]),
    target,
    strategy,
    stages,
    backgroundGates: [],
    rollback,
    bypasses: [],
    notes: [...ctx.fileNotes, ...notes],
  };
}

// ---------------------------------------------------------------------------------------------
// Pipelines whose deployments are generated

interface GeneratedPart {
  at: PathSegment[];
  description: string;
}

/** Template expressions and templates that, by their names, generate the pipeline's deployments. */
function generatedDeployParts(value: unknown): GeneratedPart[] {
  const parts: GeneratedPart[] = [];
  const stages = asArray(field(value, 'stages'));
  const jobsAt: [unknown[], PathSegment[]][] = [];
  if (stages) {
    stages.forEach((stage, i) => {
      if (isTemplateItem(stage)) {
        for (const [key, inner] of Object.entries(stage as PlainObject)) {
          for (const [j, generated] of (asArray(inner) ?? []).entries()) {
            const name = asString(field(generated, 'stage')) ?? '';
            const templates = (asArray(field(generated, 'jobs')) ?? []).map(
              (job) => asString(field(job, 'template')) ?? '',
            );
            if (DEPLOY_WORDS.test(name) || templates.some((t) => DEPLOY_WORDS.test(t))) {
              parts.push({
                at: ['stages', i, key, j],
                description: describeGenerated(key, name, templates, generated),
              });
            }
          }
        }
      } else {
        const jobs = asArray(field(stage, 'jobs'));
        if (jobs) jobsAt.push([jobs, ['stages', i, 'jobs']]);
      }
    });
  } else {
    const jobs = asArray(field(value, 'jobs'));
    if (jobs) jobsAt.push([jobs, ['jobs']]);
  }
  for (const [jobs, at] of jobsAt) {
    jobs.forEach((job, i) => {
      const template = asString(field(job, 'template'));
      if (template !== undefined && DEPLOY_WORDS.test(template)) {
        parts.push({ at: [...at, i], description: `job template ${clip(template)} is not in this file` });
      }
    });
  }
  return parts;
}

function describeGenerated(key: string, name: string, templates: string[], generated: unknown): string {
  const expression = clip(key.replace(/:$/, ''), 70);
  const jobs = templates.filter((t) => t !== '');
  let text = `\`${expression}\` generates stage ${clip(name)}${jobs.length > 0 ? ` from template ${jobs.map((t) => clip(t)).join(', ')}, which is not in this file` : ''}`;
  const dependsOn = field(generated, 'dependsOn');
  if (dependsOn !== undefined) {
    const deps = readDependsOn(dependsOn, undefined);
    if (!deps.some((dep) => dep.includes('${{'))) {
      text += `; every generated stage depends only on ${deps.map((d) => clip(d)).join(', ') || 'nothing'}, so the generated stages are not sequenced and can run at the same time`;
    }
  }
  return text;
}

function reportHiddenDeployments(ctx: Context): void {
  const parts = generatedDeployParts(ctx.doc.value);
  const first = parts[0];
  if (first === undefined) return;
  ctx.diagnostics.push({
    code: 'MANIFEST_UNSUPPORTED',
    message: `the deployments of this pipeline are generated: ${parts.map((p) => p.description).join('; ')}. Template expressions generate stages; judge the expanded pipeline`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(first.at),
  });
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
