import type { Diagnostic, Rollback, RolloutPlan, Stage, Target } from '../core/model.js';
import { asArray, asNumber, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';
import { rollbackFromRunners } from './pipeline/rollback.js';
import { githubConstant, githubTruthy } from './pipeline/conditions.js';
import type { RollbackRunner as PipelineRollbackRunner } from './pipeline/rollback.js';

/**
 * GitHub Actions workflows under `.github/workflows/`. A job that deploys to an `environment` is
 * a rollout; an `azure/k8s-deploy` canary (`strategy: canary`, `percentage`) and the job that
 * promotes it form one canary plan. Required reviewers, wait timers and branch rules of an
 * environment are repository settings, so the workflow never shows them.
 */
export const githubActions: FormatAdapter = {
  id: 'github-actions',
  detect(doc) {
    return isWorkflow(doc);
  },
  toPlans(doc) {
    if (!isWorkflow(doc)) return { plans: [], diagnostics: [] };
    return workflowPlans(doc);
  },
};

const WORKFLOW_DIRECTORY = /(?:^|\/)\.github\/workflows\//;
const K8S_DEPLOY = /^azure\/k8s-deploy@/i;
const MANUAL_APPROVAL = /^trstringer\/manual-approval@/i;
const CHECK_WORDS =
  /\b(?:tests?|smoke|verif\w*|validat\w*|checks?|health\w*|monitor\w*|analy\w*|probe|k6|jmeter|locust)\b/i;
const ROLLBACK_WORDS = /\brollback\b|\broll back\b|\brevert\b|\bundo\b|\breject\b/i;
const ROLLBACK_SCRIPT = /helm\s+rollback|rollout\s+undo|rollouts?\s+abort|rollouts?\s+undo/i;
const SLEEP = /^\s*sleep\s+(\d+)([smh]?)\s*$/;
const EXPRESSION = /\$\{\{/;

interface Context {
  doc: SourceDocument;
  diagnostics: Diagnostic[];
}

interface Step {
  at: PathSegment[];
  value: PlainObject;
  uses: string | undefined;
  run: string | undefined;
  name: string;
  condition: string | undefined;
  /** Whether a failure of this step stops the job: 'maybe' when an expression decides it. */
  failureIgnored: 'yes' | 'maybe' | 'no';
  /** The step (or its job) has a constant false condition: it never runs. */
  neverRuns: boolean;
}

interface Job {
  id: string;
  at: PathSegment[];
  value: PlainObject;
  needs: string[];
  condition: string | undefined;
  environment: { name: string; at: PathSegment[] } | undefined;
  steps: Step[];
}

interface CanaryAction {
  step: Step;
  action: 'deploy' | 'promote' | 'reject';
}

function isWorkflow(doc: SourceDocument): boolean {
  const file = doc.file.replace(/\\/g, '/');
  return (
    WORKFLOW_DIRECTORY.test(file) &&
    isObject(field(doc.value, 'jobs')) &&
    field(doc.value, 'on') !== undefined
  );
}

function workflowPlans(doc: SourceDocument): AdapterResult {
  const ctx: Context = { doc, diagnostics: [] };
  const jobs = readJobs(ctx);
  const graph = new NeedsGraph(jobs);
  const actions = new Map(jobs.map((job) => [job, readCanaryActions(job)]));
  const canaries = jobs.flatMap((job) => {
    const start = (actions.get(job) ?? []).find(
      (a) => a.action === 'deploy' && !runsOnFailure(a.step.condition),
    );
    return start ? [{ job, start, promote: findPromote(job, start, jobs, actions, graph) }] : [];
  });
  const inCanary = new Set(
    canaries.flatMap(({ job, promote }) =>
      promote ? [job, promote.job, ...intermediateJobs(job, promote.job, jobs, graph)] : [job],
    ),
  );

  const plans: RolloutPlan[] = [];
  for (const job of jobs) {
    const canary = canaries.find((c) => c.job === job);
    if (canary) {
      plans.push(canaryPlan(ctx, canary.job, canary.start, canary.promote, jobs, graph, actions));
    } else if (job.environment && !inCanary.has(job) && !isRollbackJob(job, actions)) {
      plans.push(environmentPlan(ctx, job, jobs, graph, actions));
    }
  }
  return { plans, diagnostics: ctx.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Reading jobs and steps

function readJobs(ctx: Context): Job[] {
  const jobs = field(ctx.doc.value, 'jobs') as PlainObject;
  return Object.keys(jobs).flatMap((id): Job[] => {
    const at: PathSegment[] = ['jobs', id];
    const value = field(jobs, id);
    if (!isObject(value)) {
      invalid(ctx, at, `${dotted(at)} must be a map, got ${describe(value)}`);
      return [];
    }
    return [
      {
        id,
        at,
        value,
        needs: readNeeds(ctx, value, at),
        condition: conditionOf(field(value, 'if')),
        environment: readEnvironment(ctx, value, at),
        steps: jobSteps(ctx, value, at),
      },
    ];
  });
}

/**
 * The job's steps, with what the job's own `if:` and `continue-on-error:` do to them: a job that
 * never runs runs none of them, and a job whose failure is ignored lets the jobs that need it run
 * after any of them fails (docs: jobs.<job_id>.continue-on-error).
 */
function jobSteps(ctx: Context, job: PlainObject, at: PathSegment[]): Step[] {
  const never = neverRuns(field(job, 'if'));
  const ignored = failureIgnored(field(job, 'continue-on-error'));
  return readSteps(ctx, job, at).map((step) => ({
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

/** A condition that is a constant falsy expression (`false`, `${{ false }}`, `${{ 1 == 2 }}`). */
function neverRuns(raw: unknown): boolean {
  if (raw === undefined) return false;
  const constant = githubConstant(raw);
  return constant !== undefined && !githubTruthy(constant.value);
}

/** `continue-on-error`: true, a constant truthy expression, or an expression decided at run time. */
function failureIgnored(raw: unknown): Step['failureIgnored'] {
  if (raw === undefined || raw === null || raw === false) return 'no';
  const constant = githubConstant(raw);
  if (constant === undefined) return 'maybe';
  return githubTruthy(constant.value) ? 'yes' : 'no';
}

function readNeeds(ctx: Context, job: PlainObject, at: PathSegment[]): string[] {
  const raw = field(job, 'needs');
  if (raw === undefined || raw === null) return [];
  if (typeof raw === 'string') return [raw];
  const list = asArray(raw);
  if (list === undefined) {
    invalid(
      ctx,
      [...at, 'needs'],
      `${dotted([...at, 'needs'])} must be a job id or a list of them, got ${describe(raw)}`,
    );
    return [];
  }
  return list.filter((need): need is string => typeof need === 'string');
}

function conditionOf(raw: unknown): string | undefined {
  if (typeof raw === 'boolean' || typeof raw === 'number') return String(raw);
  return asString(raw);
}

function readEnvironment(ctx: Context, job: PlainObject, at: PathSegment[]): Job['environment'] {
  const raw = field(job, 'environment');
  if (raw === undefined || raw === null) return undefined;
  const envAt = [...at, 'environment'];
  const name = typeof raw === 'string' ? raw : asString(field(raw, 'name'));
  if (name === undefined || name === '') {
    invalid(ctx, envAt, `${dotted(envAt)} must be an environment name or {name, url}, got ${describe(raw)}`);
    return undefined;
  }
  return { name, at: envAt };
}

function readSteps(ctx: Context, job: PlainObject, at: PathSegment[]): Step[] {
  const raw = field(job, 'steps');
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (list === undefined) {
    invalid(
      ctx,
      [...at, 'steps'],
      `${dotted([...at, 'steps'])} must be a list of steps, got ${describe(raw)}`,
    );
    return [];
  }
  return list.flatMap((item, index): Step[] => {
    const stepAt = [...at, 'steps', index];
    if (!isObject(item)) {
      invalid(ctx, stepAt, `${dotted(stepAt)} must be a map, got ${describe(item)}`);
      return [];
    }
    const uses = asString(field(item, 'uses'));
    const run = asString(field(item, 'run'));
    return [
      {
        at: stepAt,
        value: item,
        uses,
        run,
        name: asString(field(item, 'name')) ?? uses ?? (run !== undefined ? clip(run.trim(), 40) : 'step'),
        condition: conditionOf(field(item, 'if')),
        failureIgnored: failureIgnored(field(item, 'continue-on-error')),
        neverRuns: neverRuns(field(item, 'if')),
      },
    ];
  });
}

function readCanaryActions(job: Job): CanaryAction[] {
  return job.steps.flatMap((step): CanaryAction[] => {
    if (step.uses === undefined || !K8S_DEPLOY.test(step.uses)) return [];
    const inputs = field(step.value, 'with');
    const strategy = asString(field(inputs, 'strategy'))?.toLowerCase();
    const action = (asString(field(inputs, 'action')) ?? 'deploy').toLowerCase();
    if (strategy !== 'canary') return [];
    if (action === 'promote' || action === 'reject') return [{ step, action }];
    return action === 'deploy' ? [{ step, action: 'deploy' }] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// Job dependencies (`needs`)

class NeedsGraph {
  private readonly ancestors = new Map<Job, Set<Job>>();

  constructor(private readonly jobs: Job[]) {}

  ancestorsOf(job: Job): Set<Job> {
    const known = this.ancestors.get(job);
    if (known) return known;
    const result = new Set<Job>();
    this.ancestors.set(job, result); // guards against cycles
    for (const need of job.needs) {
      const parent = this.jobs.find((other) => other.id === need);
      if (parent === undefined || parent === job) continue;
      result.add(parent);
      for (const grand of this.ancestorsOf(parent)) result.add(grand);
    }
    return result;
  }
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
  graph: NeedsGraph,
): Promote | undefined {
  const after = job.steps.indexOf(start.step);
  const own = (actions.get(job) ?? []).find(
    (a) => a.action === 'promote' && job.steps.indexOf(a.step) > after && !runsOnFailure(a.step.condition),
  );
  if (own) return { job, step: own.step };
  for (const later of jobs) {
    if (later === job || !graph.ancestorsOf(later).has(job) || runsOnFailure(later.condition)) continue;
    const promote = (actions.get(later) ?? []).find(
      (a) => a.action === 'promote' && !runsOnFailure(a.step.condition),
    );
    if (promote) return { job: later, step: promote.step };
  }
  return undefined;
}

function intermediateJobs(job: Job, promoteJob: Job, jobs: Job[], graph: NeedsGraph): Job[] {
  if (promoteJob === job) return [];
  const before = graph.ancestorsOf(promoteJob);
  return jobs.filter((other) => other !== job && before.has(other) && graph.ancestorsOf(other).has(job));
}

/** `failure()`, `always()` or `!cancelled()`, not negated: the job or step runs after a failure. */
function runsOnFailure(condition: string | undefined): boolean {
  if (condition === undefined) return false;
  return /(?<!!\s*)\b(?:failure|always)\s*\(\s*\)|!\s*cancelled\s*\(\s*\)/.test(condition);
}

// ---------------------------------------------------------------------------------------------
// Plans

function canaryPlan(
  ctx: Context,
  job: Job,
  start: CanaryAction,
  promote: Promote | undefined,
  jobs: Job[],
  graph: NeedsGraph,
  actions: Map<Job, CanaryAction[]>,
): RolloutPlan {
  const notes: string[] = [];
  const middle = promote ? intermediateJobs(job, promote.job, jobs, graph) : [];
  const canary = canaryStageFrom(ctx, start.step, notes);
  applyChecks(ctx, canary, stepsBetween(job, start.step, promote, middle), notes);
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
      'no step promotes the canary in this workflow: it stays beside the stable version until someone promotes or rejects it',
    );
    final = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(job.at) };
  }
  const involved = promote ? [job, ...middle, promote.job] : [job];
  for (const other of involved) noteReviewers(other, notes);
  const method = asString(path(start.step.value, ['with', 'traffic-split-method']))?.toLowerCase();
  if (method !== 'smi') {
    notes.push(
      'the canary share is a share of pods (traffic-split-method pod): traffic follows replica counts',
    );
  }

  const named = involved.find((other) => other.environment !== undefined);
  if (named && named !== job && named.environment) {
    notes.push(
      `job ${clip(job.id)} that deploys the canary has no environment; the plan is named after environment ${clip(named.environment.name)} of job ${clip(named.id)}`,
    );
  }
  const target: Target = named?.environment
    ? { kind: 'Environment', name: named.environment.name }
    : { kind: 'Job', name: job.id };
  const rollback = rollbackFor(ctx, [job, ...middle], promote?.job, jobs, graph, actions, notes);
  return makePlan(ctx, job, target, 'canary', [canary, final], rollback, notes);
}

function environmentPlan(
  ctx: Context,
  job: Job,
  jobs: Job[],
  graph: NeedsGraph,
  actions: Map<Job, CanaryAction[]>,
): RolloutPlan {
  const notes: string[] = [];
  const env = job.environment as NonNullable<Job['environment']>;
  notes.push(
    `job ${clip(job.id)} deploys to environment ${clip(env.name)} with no canary step: the new version takes all traffic at once (rollout-guard cannot see what its steps deploy)`,
  );
  noteReviewers(job, notes);
  const stages: Stage[] = [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(env.at) }];
  const rollback = rollbackFor(ctx, [job], undefined, jobs, graph, actions, notes);
  return makePlan(ctx, job, { kind: 'Environment', name: env.name }, 'all-at-once', stages, rollback, notes);
}

function makePlan(
  ctx: Context,
  job: Job,
  target: Target,
  strategy: RolloutPlan['strategy'],
  stages: Stage[],
  rollback: Rollback,
  notes: string[],
): RolloutPlan {
  if (EXPRESSION.test(target.name))
    notes.push(`the environment name ${clip(target.name)} is an expression, decided when the workflow runs`);
  if (field(job.value, 'strategy') !== undefined)
    notes.push(`job ${clip(job.id)} has a strategy (matrix): it may run once per matrix entry`);
  return {
    id: planId('github-actions', 'Job', ctx.doc, `${ctx.doc.file}#${job.id}`),
    format: 'github-actions',
    file: ctx.doc.file,
    line: ctx.doc.lineOf(job.at),
    target,
    strategy,
    stages,
    backgroundGates: [],
    rollback,
    bypasses: [],
    notes,
  };
}

function noteReviewers(job: Job, notes: string[]): void {
  if (job.environment === undefined) return;
  const note = `required reviewers on environment ${clip(job.environment.name)} are repository settings, not visible in the workflow`;
  if (!notes.includes(note)) notes.push(note);
}

/** The canary stage an azure/k8s-deploy step with `strategy: canary` opens. */
function canaryStageFrom(ctx: Context, step: Step, notes: string[]): Stage {
  const at = [...step.at, 'with', 'percentage'];
  const raw = path(step.value, ['with', 'percentage']);
  const stage: Stage = { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(at), name: step.name };
  const value = typeof raw === 'string' && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (value !== undefined && value >= 0 && value <= 100) {
    stage.weight = value;
    return stage;
  }
  if (typeof raw === 'string' && EXPRESSION.test(raw)) {
    stage.segment = 'canary (percentage set at run time)';
    notes.push(`${dotted(at)} is an expression: the canary's share is only known when the workflow runs`);
    return stage;
  }
  invalid(
    ctx,
    at,
    raw === undefined
      ? `${dotted(step.at)} deploys a canary without a percentage, which azure/k8s-deploy requires with strategy: canary`
      : `${dotted(at)} must be a percentage from 0 to 100, got ${describe(raw)}`,
  );
  stage.segment = 'canary (percentage unreadable)';
  return stage;
}

function stepsBetween(job: Job, start: Step, promote: Promote | undefined, middle: Job[]): Step[] {
  const own = job.steps.slice(job.steps.indexOf(start) + 1);
  if (!promote) return own;
  if (promote.job === job) return own.slice(0, own.indexOf(promote.step));
  const last = promote.job.steps.slice(0, promote.job.steps.indexOf(promote.step));
  return [...own, ...middle.flatMap((j) => j.steps), ...last];
}

/**
 * Holds and gates from the steps that run while the canary is live: a manual-approval action
 * (a person approves), `sleep` (a bake time), and steps that test the canary (their failure
 * stops the promote). Steps that run only on failure are not checks.
 */
function applyChecks(ctx: Context, stage: Stage, steps: Step[], notes: string[]): void {
  for (const step of steps) {
    if (runsOnFailure(step.condition)) continue;
    const approval = step.uses !== undefined && MANUAL_APPROVAL.test(step.uses);
    const sleep = step.run === undefined ? null : SLEEP.exec(step.run);
    if (!approval && !sleep && !isCheck(step)) continue;
    if (step.neverRuns) {
      notes.push(
        `${dotted(step.at)} never runs (its condition, or its job's, is always false): it neither waits nor checks anything`,
      );
      continue;
    }
    if (approval) {
      stage.gates.push({ kind: 'approval', name: step.name, line: ctx.doc.lineOf(step.at), effective: true });
      stage.hold = 'manual';
      continue;
    }
    if (sleep) {
      const unit = { '': 1, s: 1, m: 60, h: 3600 }[sleep[2] ?? ''] ?? 1;
      if (stage.hold !== 'manual') stage.hold += Number(sleep[1]) * unit;
      continue;
    }
    if (step.failureIgnored === 'yes')
      notes.push(
        `${dotted(step.at)} has continue-on-error (on the step or its job): its failure does not stop the rollout`,
      );
    else if (step.failureIgnored === 'maybe')
      notes.push(
        `${dotted(step.at)} has a continue-on-error expression decided at run time: its failure may not stop the rollout, so it is not counted as a check`,
      );
    stage.gates.push({
      kind: 'webhook',
      name: step.name,
      line: ctx.doc.lineOf(step.at),
      effective: step.failureIgnored === 'no',
    });
  }
}

function isCheck(step: Step): boolean {
  if (step.uses !== undefined && (K8S_DEPLOY.test(step.uses) || /^actions\/checkout@/i.test(step.uses)))
    return false;
  return CHECK_WORDS.test(step.name) || (step.run !== undefined && CHECK_WORDS.test(step.run));
}

// ---------------------------------------------------------------------------------------------
// Rollback

function isRollbackStep(step: Step, actions: CanaryAction[]): boolean {
  if (actions.some((a) => a.step === step && a.action === 'reject')) return true;
  if (step.run !== undefined && ROLLBACK_SCRIPT.test(step.run)) return true;
  return ROLLBACK_WORDS.test(step.name);
}

function isRollbackJob(job: Job, actions: Map<Job, CanaryAction[]>): boolean {
  const own = actions.get(job) ?? [];
  if (!job.steps.some((step) => isRollbackStep(step, own))) return false;
  return runsOnFailure(job.condition) || (own.length > 0 && own.every((a) => a.action === 'reject'));
}

interface RollbackRunner extends PipelineRollbackRunner<Job> {
  job: Job;
}

function rollbackRunners(
  jobs: Job[],
  graph: NeedsGraph,
  actions: Map<Job, CanaryAction[]>,
): RollbackRunner[] {
  const runners: RollbackRunner[] = [];
  for (const job of jobs) {
    const own = actions.get(job) ?? [];
    if (runsOnFailure(job.condition)) {
      const steps = job.steps.filter((step) => isRollbackStep(step, own));
      if (steps.length === 0) continue;
      runners.push({
        covers: graph.ancestorsOf(job),
        job,
        how: `job ${clip(job.id)} runs ${steps.map((s) => clip(s.name, 40)).join(', ')} when a job it needs fails (if: ${clip(job.condition ?? '')})`,
        at: job.at,
      });
      continue;
    }
    for (const step of job.steps) {
      if (!runsOnFailure(step.condition) || !isRollbackStep(step, own)) continue;
      runners.push({
        covers: new Set([job]),
        job,
        how: `step ${clip(step.name)} of job ${clip(job.id)} (if: ${clip(step.condition ?? '')}) runs when a step before it in that job fails`,
        at: step.at,
      });
    }
  }
  return runners;
}

/**
 * Automatic when something rolls back on the failure of every job of the rollout before its
 * promote. A rollback step that sits after a job the rollout waits on (an approval) never runs
 * when that job fails or is denied, because GitHub skips the jobs that need it.
 */
function rollbackFor(
  ctx: Context,
  chain: Job[],
  promoteJob: Job | undefined,
  jobs: Job[],
  graph: NeedsGraph,
  actions: Map<Job, CanaryAction[]>,
  notes: string[],
): Rollback {
  return rollbackFromRunners(
    ctx.doc,
    rollbackRunners(jobs, graph, actions),
    chain,
    promoteJob,
    whyNot,
    'no step or job rolls back on failure',
    notes,
  );
}

function whyNot(runner: RollbackRunner, missed: Job[]): string {
  const gated = missed.filter((job) => job.environment !== undefined);
  const list = (jobs: Job[]) => jobs.map((job) => clip(job.id)).join(', ');
  if (gated.length > 0) {
    const envs = [...new Set(gated.map((job) => clip(job.environment?.name ?? '')))].join(', ');
    return `job ${clip(runner.job.id)} needs ${list(gated)}, so a denied approval on environment ${envs} skips it and nothing rejects the canary`;
  }
  return `it cannot run when ${list(missed)} fails, because GitHub then skips job ${clip(runner.job.id)}`;
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
