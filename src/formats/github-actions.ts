import type { Rollback, RolloutPlan, Stage, Target } from '../core/model.js';
import { asNumber, asString, field, isObject, path } from './access.js';
import { AdapterContext } from './context.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';
import { GITHUB_STEPS, canaryActions, isRollbackStep, sleepSeconds, stepRole } from './pipeline/classify.js';
import { findPromote, jobsBetween, stepsBetween } from './pipeline/canary-chain.js';
import type { CanaryChainRules, Promote as PipelinePromote } from './pipeline/canary-chain.js';
import { needsGraph, readWorkflowJobs } from './pipeline/github-workflow.js';
import type { WorkflowJob as Job } from './pipeline/github-workflow.js';
import type { CanaryAction, PipelineStep as Step } from './pipeline/model.js';
import { rollbackFromRunners } from './pipeline/rollback.js';
import type { RollbackRunner as PipelineRollbackRunner } from './pipeline/rollback.js';
import { addHold } from './pipeline/stage-hold.js';
import { GITHUB_CONDITIONS, runsOnFailure as conditionRunsOnFailure } from './pipeline/step-conditions.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, SourceDocument } from './types.js';

/**
 * GitHub Actions workflows under `.github/workflows/`. A job that deploys to an `environment` is
 * a rollout; an `azure/k8s-deploy` canary (`strategy: canary`, `percentage`) and the job that
 * promotes it form one canary plan. Required reviewers, wait timers and branch rules of an
 * environment are repository settings, so the workflow never shows them. The workflow is read
 * into the pipeline model by pipeline/github-workflow.ts; its steps are classified by
 * pipeline/classify.ts, and the canary's way from deploy to promote is pipeline/canary-chain.ts.
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
const EXPRESSION = /\$\{\{/;

/** The workflow as the plans are built from it. */
interface Workflow extends CanaryChainRules<Step, Job> {
  ctx: AdapterContext;
}

type Promote = PipelinePromote<Step, Job>;

function isWorkflow(doc: SourceDocument): boolean {
  const file = doc.file.replace(/\\/g, '/');
  return (
    WORKFLOW_DIRECTORY.test(file) &&
    isObject(field(doc.value, 'jobs')) &&
    field(doc.value, 'on') !== undefined
  );
}

const runsOnFailure = (condition: string | undefined) => conditionRunsOnFailure(GITHUB_CONDITIONS, condition);

function workflowPlans(doc: SourceDocument): AdapterResult {
  const ctx = new AdapterContext(doc);
  const jobs = readWorkflowJobs(ctx);
  const flow: Workflow = {
    ctx,
    jobs,
    graph: needsGraph(jobs),
    actions: new Map(jobs.map((job) => [job, canaryActions(job.steps, GITHUB_STEPS)])),
    promotes: (step) => !runsOnFailure(step.condition),
    jobRunsOnFailure: (job) => runsOnFailure(job.condition),
    onTheWay: () => true,
  };
  const canaries = jobs.flatMap((job) => {
    const start = (flow.actions.get(job) ?? []).find(
      (a) => a.action === 'deploy' && !runsOnFailure(a.step.condition),
    );
    return start ? [{ job, start, promote: findPromote(flow, job, start) }] : [];
  });
  const inCanary = new Set(
    canaries.flatMap(({ job, promote }) =>
      promote ? [job, promote.job, ...jobsBetween(flow, job, promote.job)] : [job],
    ),
  );

  const plans: RolloutPlan[] = [];
  for (const job of jobs) {
    const canary = canaries.find((c) => c.job === job);
    if (canary) {
      plans.push(canaryPlan(flow, canary.job, canary.start, canary.promote));
    } else if (job.environment && !inCanary.has(job) && !isRollbackJob(flow, job)) {
      plans.push(environmentPlan(flow, job));
    }
  }
  return { plans, diagnostics: ctx.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Plans

function canaryPlan(
  flow: Workflow,
  job: Job,
  start: CanaryAction,
  promote: Promote | undefined,
): RolloutPlan {
  const { ctx } = flow;
  const notes: string[] = [];
  const middle = promote ? jobsBetween(flow, job, promote.job) : [];
  const canary = canaryStageFrom(ctx, start.step, notes);
  applyChecks(ctx, canary, stepsBetween(flow, job, start.step, promote), notes);
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
      `job ${clip(job.name)} that deploys the canary has no environment; the plan is named after environment ${clip(named.environment.name)} of job ${clip(named.name)}`,
    );
  }
  const target: Target = named?.environment
    ? { kind: 'Environment', name: named.environment.name }
    : { kind: 'Job', name: job.name };
  const rollback = rollbackFor(flow, [job, ...middle], promote?.job, notes);
  return makePlan(ctx, job, target, 'canary', [canary, final], rollback, notes);
}

function environmentPlan(flow: Workflow, job: Job): RolloutPlan {
  const { ctx } = flow;
  const notes: string[] = [];
  const env = job.environment as NonNullable<Job['environment']>;
  notes.push(
    `job ${clip(job.name)} deploys to environment ${clip(env.name)} with no canary step: the new version takes all traffic at once (rollout-guard cannot see what its steps deploy)`,
  );
  noteReviewers(job, notes);
  const stages: Stage[] = [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(env.at) }];
  const rollback = rollbackFor(flow, [job], undefined, notes);
  return makePlan(ctx, job, { kind: 'Environment', name: env.name }, 'all-at-once', stages, rollback, notes);
}

function makePlan(
  ctx: AdapterContext,
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
    notes.push(`job ${clip(job.name)} has a strategy (matrix): it may run once per matrix entry`);
  return {
    id: planId('github-actions', 'Job', ctx.doc, `${ctx.doc.file}#${job.name}`),
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
function canaryStageFrom(ctx: AdapterContext, step: Step, notes: string[]): Stage {
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
  ctx.report(
    at,
    raw === undefined
      ? `${dotted(step.at)} deploys a canary without a percentage, which azure/k8s-deploy requires with strategy: canary`
      : `${dotted(at)} must be a percentage from 0 to 100, got ${describe(raw)}`,
  );
  stage.segment = 'canary (percentage unreadable)';
  return stage;
}

/**
 * Holds and gates from the steps that run while the canary is live: a manual-approval action
 * (a person approves), `sleep` (a bake time), and steps that test the canary (their failure
 * stops the promote). Steps that run only on failure are not checks.
 */
function applyChecks(ctx: AdapterContext, stage: Stage, steps: Step[], notes: string[]): void {
  for (const step of steps) {
    if (runsOnFailure(step.condition)) continue;
    const role = stepRole(step, GITHUB_STEPS);
    if (role === 'other') continue;
    if (step.neverRuns) {
      notes.push(
        `${dotted(step.at)} never runs (its condition, or its job's, is always false): it neither waits nor checks anything`,
      );
      continue;
    }
    if (role === 'approval') {
      stage.gates.push({ kind: 'approval', name: step.name, line: ctx.doc.lineOf(step.at), effective: true });
      stage.hold = 'manual';
      continue;
    }
    if (role === 'wait') {
      addHold(stage, sleepSeconds(step, GITHUB_STEPS) ?? 0);
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

// ---------------------------------------------------------------------------------------------
// Rollback

function isRollbackJob(flow: Workflow, job: Job): boolean {
  const own = flow.actions.get(job) ?? [];
  if (!job.steps.some((step) => isRollbackStep(step, GITHUB_STEPS))) return false;
  return runsOnFailure(job.condition) || (own.length > 0 && own.every((a) => a.action === 'reject'));
}

interface RollbackRunner extends PipelineRollbackRunner<Job> {
  job: Job;
}

function rollbackRunners(flow: Workflow): RollbackRunner[] {
  const runners: RollbackRunner[] = [];
  for (const job of flow.jobs) {
    if (runsOnFailure(job.condition)) {
      const steps = job.steps.filter((step) => isRollbackStep(step, GITHUB_STEPS));
      if (steps.length === 0) continue;
      runners.push({
        covers: flow.graph.ancestorsOf(job),
        job,
        how: `job ${clip(job.name)} runs ${steps.map((s) => clip(s.name, 40)).join(', ')} when a job it needs fails (if: ${clip(job.condition ?? '')})`,
        at: job.at,
      });
      continue;
    }
    for (const step of job.steps) {
      if (!runsOnFailure(step.condition) || !isRollbackStep(step, GITHUB_STEPS)) continue;
      runners.push({
        covers: new Set([job]),
        job,
        how: `step ${clip(step.name)} of job ${clip(job.name)} (if: ${clip(step.condition ?? '')}) runs when a step before it in that job fails`,
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
function rollbackFor(flow: Workflow, chain: Job[], promoteJob: Job | undefined, notes: string[]): Rollback {
  return rollbackFromRunners(
    flow.ctx.doc,
    rollbackRunners(flow),
    chain,
    promoteJob,
    whyNot,
    'no step or job rolls back on failure',
    notes,
  );
}

function whyNot(runner: RollbackRunner, missed: Job[]): string {
  const gated = missed.filter((job) => job.environment !== undefined);
  const list = (jobs: Job[]) => jobs.map((job) => clip(job.name)).join(', ');
  if (gated.length > 0) {
    const envs = [...new Set(gated.map((job) => clip(job.environment?.name ?? '')))].join(', ');
    return `job ${clip(runner.job.name)} needs ${list(gated)}, so a denied approval on environment ${envs} skips it and nothing rejects the canary`;
  }
  return `it cannot run when ${list(missed)} fails, because GitHub then skips job ${clip(runner.job.name)}`;
}
