import type { Rollback, RolloutPlan, Stage, Target } from '../core/model.js';
import { asArray, asNumber, asString, field, isObject, path } from './access.js';
import { AdapterContext } from './context.js';
import { clip, describeValue as describe, fieldPath as dotted } from './field-text.js';
import { generatedDeployParts, reportHiddenDeployments } from './pipeline/azure-generated.js';
import {
  RUNTIME_VALUE,
  STRATEGIES,
  isTemplateItem,
  jobGraph,
  readAzureJobs,
} from './pipeline/azure-pipeline.js';
import type { AzureJob as Job, AzurePipeline, StrategyKind } from './pipeline/azure-pipeline.js';
import { findPromote, jobsBetween, stepsBetween } from './pipeline/canary-chain.js';
import type { Promote as PipelinePromote } from './pipeline/canary-chain.js';
import { AZURE_STEPS, canaryActions, isDeploy, isRollbackStep } from './pipeline/classify.js';
import type { DependencyGraph } from './pipeline/graph.js';
import type { CanaryAction, PipelineEnvironment, PipelineStep as Step } from './pipeline/model.js';
import { applyChecks } from './pipeline/azure-checks.js';
import { jobRunsOnFailure, rollbackFor } from './pipeline/azure-rollback.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';

/**
 * Azure Pipelines YAML. Each deployment job (`- deployment:`) is a rollout to its environment;
 * the plan reads the job's strategy (runOnce, rolling, canary increments) and, inside runOnce,
 * a KubernetesManifest canary (`strategy: canary`, `percentage`) together with the job that
 * promotes it. Environment approvals and checks live in Azure DevOps, not in the file. The file
 * is read into the pipeline model by pipeline/azure-pipeline.ts; its steps are classified by
 * pipeline/classify.ts, the holds and gates they make are in pipeline/azure-checks.ts and what
 * rolls back in pipeline/azure-rollback.ts.
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

const isRollback = (step: Step) => isRollbackStep(step, AZURE_STEPS);

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

function hasDeploymentOrCanary(value: unknown, depth = 0): boolean {
  if (depth > 40) return false;
  if (Array.isArray(value)) return value.some((item) => hasDeploymentOrCanary(item, depth + 1));
  if (!isObject(value)) return false;
  const deploymentJob = field(value, 'environment') !== undefined || field(value, 'strategy') !== undefined;
  if (typeof field(value, 'deployment') === 'string' && deploymentJob) return true;
  const task = asString(field(value, 'task'));
  if (task !== undefined && AZURE_STEPS.canaryTask.action.test(task)) {
    const strategy = asString(path(value, ['inputs', 'strategy']));
    if (strategy?.toLowerCase() === 'canary') return true;
  }
  return Object.values(value).some((child) => hasDeploymentOrCanary(child, depth + 1));
}

function pipelinePlans(doc: SourceDocument): AdapterResult {
  const ctx = new AdapterContext(doc);
  const jobs = readAzureJobs(ctx);
  const graph = jobGraph(jobs);
  const plans = buildPlans(ctx, jobs, graph);
  if (plans.length === 0) reportHiddenDeployments(ctx);
  return { plans, diagnostics: ctx.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Plans

function buildPlans(ctx: AdapterContext, jobs: Job[], graph: DependencyGraph<Job>): RolloutPlan[] {
  const pipeline: AzurePipeline = {
    ctx,
    jobs,
    graph,
    actions: new Map(jobs.map((job) => [job, canaryActions(job.steps, AZURE_STEPS)])),
    promotes: (step) => step.hook !== 'on.failure',
    jobRunsOnFailure,
    onTheWay: (step) => !step.hook.startsWith('on.'),
  };
  const canaries = jobs.flatMap((job) => {
    const start = (pipeline.actions.get(job) ?? []).find(
      (a) => a.action === 'deploy' && !a.step.hook.startsWith('on.'),
    );
    return start ? [{ job, start, promote: findPromote(pipeline, job, start) }] : [];
  });
  const promoteJobs = new Set(
    canaries.flatMap(({ job, promote }) => (promote && promote.job !== job ? [promote.job] : [])),
  );

  const plans: RolloutPlan[] = [];
  for (const job of jobs) {
    const canary = canaries.find((c) => c.job === job);
    if (canary) {
      plans.push(kubernetesCanaryPlan(pipeline, canary.job, canary.start, canary.promote));
    } else if (job.key === 'deployment' && !promoteJobs.has(job) && !isRollbackJob(job)) {
      plans.push(deploymentJobPlan(pipeline, job));
    }
  }
  return plans;
}

/**
 * A job that rolls back rather than rolls out: it runs only when something failed and rejects or
 * rolls back, or every deploy task it runs (outside its on: hooks) is a reject or a rollback.
 */
function isRollbackJob(job: Job): boolean {
  const steps = job.steps.filter((step) => !step.hook.startsWith('on.'));
  if (!steps.some(isRollback)) return false;
  if (jobRunsOnFailure(job)) return true;
  const deploys = steps.filter((step) => isDeploy(step, AZURE_STEPS));
  return deploys.length > 0 && deploys.every(isRollback);
}

function kubernetesCanaryPlan(
  pipeline: AzurePipeline,
  job: Job,
  start: CanaryAction,
  promote: PipelinePromote<Step, Job> | undefined,
): RolloutPlan {
  const { ctx } = pipeline;
  const notes: string[] = [];
  const canary = canaryStageFrom(ctx, start.step, notes);
  applyChecks(ctx, canary, stepsBetween(pipeline, job, start.step, promote), notes);
  const chain = promote ? [job, ...jobsBetween(pipeline, job, promote.job)] : [job];

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
  const rollback = rollbackFor(pipeline, chain, promote?.job, notes);
  return makePlan(ctx, job, 'canary', [canary, final], rollback, notes);
}

/** The canary stage a KubernetesManifest deploy with `strategy: canary` opens. */
function canaryStageFrom(ctx: AdapterContext, step: Step, notes: string[]): Stage {
  const at = [...step.at, 'inputs', 'percentage'];
  const raw = path(step.value, ['inputs', 'percentage']);
  const stage: Stage = { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(at), name: step.name };
  if (raw === undefined) {
    ctx.report(at, `${dotted(at)} is required with strategy: canary; the canary's share is unknown`);
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
  ctx.report(at, `${dotted(at)} must be a percentage from 0 to 100, got ${describe(raw)}`);
  stage.segment = 'canary (percentage unreadable)';
  return stage;
}

// ---------------------------------------------------------------------------------------------
// Deployment jobs without a KubernetesManifest canary

function deploymentJobPlan(pipeline: AzurePipeline, job: Job): RolloutPlan {
  const { ctx } = pipeline;
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
  const rollback = rollbackFor(pipeline, [job], undefined, notes);
  return makePlan(ctx, job, strategy, stages, rollback, notes);
}

function readStrategyKind(ctx: AdapterContext, job: Job, notes: string[]): StrategyKind | undefined {
  const raw = field(job.value, 'strategy');
  if (raw === undefined || raw === null) {
    notes.push(`deployment job ${clip(job.name)} has no strategy: Azure Pipelines runs it once (runOnce)`);
    return undefined;
  }
  const kinds = STRATEGIES.filter((kind) => field(raw, kind) !== undefined);
  if (!isObject(raw) || kinds.length !== 1) {
    ctx.report(
      [...job.at, 'strategy'],
      `${dotted([...job.at, 'strategy'])} must hold exactly one of runOnce, rolling or canary; read as runOnce`,
    );
    return undefined;
  }
  return kinds[0];
}

function canaryIncrements(
  ctx: AdapterContext,
  job: Job,
  strategyAt: PathSegment[],
  notes: string[],
): Stage[] {
  const at = [...strategyAt, 'increments'];
  const raw = path(job.value, ['strategy', 'canary', 'increments']);
  const list = asArray(raw);
  const finalStage: Stage = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(strategyAt) };
  if (list === undefined) {
    if (raw === undefined)
      notes.push('the canary strategy has no increments: the new version takes all traffic in one step');
    else ctx.report(at, `${dotted(at)} must be a list of percentages, got ${describe(raw)}`);
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
        ctx.report(itemAt, `${dotted(itemAt)} must be a percentage from 1 to 100, got ${describe(item)}`);
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
// Plan assembly

function environmentsOf(jobs: Job[]): PipelineEnvironment[] {
  const seen = new Map<string, PipelineEnvironment>();
  for (const job of jobs) {
    const env = job.environment;
    if (env && !seen.has(env.name)) seen.set(env.name, env);
  }
  return [...seen.values()];
}

function noteEnvironment(notes: string[], env: PipelineEnvironment): void {
  notes.push(
    `approvals and checks on environment ${clip(env.name)} are configured in Azure DevOps, not in this file`,
  );
}

function jobKey(job: Job): string {
  return job.stage ? `${job.stage.name}/${job.name}` : job.name;
}

function makePlan(
  ctx: AdapterContext,
  job: Job,
  strategy: RolloutPlan['strategy'],
  stages: Stage[],
  rollback: Rollback,
  notes: string[],
): RolloutPlan {
  const env = job.environment;
  const target: Target = env
    ? { kind: 'Environment', name: env.name }
    : { kind: job.key === 'deployment' ? 'DeploymentJob' : 'Job', name: job.name };
  if (env?.expression)
    notes.push(`the environment name ${clip(env.name)} is a template expression or variable`);
  if (!env && job.key === 'deployment') {
    ctx.report(
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
    notes: [...ctx.notes, ...notes],
  };
}
