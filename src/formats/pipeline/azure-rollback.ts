import type { Rollback } from '../../core/model.js';
import { clip } from '../field-text.js';
import type { AzureJob as Job, AzurePipeline } from './azure-pipeline.js';
import { strategyKindOf } from './azure-pipeline.js';
import { AZURE_STEPS, isRollbackStep } from './classify.js';
import type { DependencyGraph } from './graph.js';
import type { CanaryAction, PipelineStep as Step } from './model.js';
import { rollbackFromRunners } from './rollback.js';
import type { RollbackRunner as PipelineRollbackRunner } from './rollback.js';
import { AZURE_CONDITIONS, runsOnFailure as conditionRunsOnFailure } from './step-conditions.js';

/** Whether an Azure job or its stage runs when something before it failed. */
export function jobRunsOnFailure(job: Job): boolean {
  return [job.condition, job.stage?.condition].some((c) => conditionRunsOnFailure(AZURE_CONDITIONS, c));
}

type RollbackRunner = PipelineRollbackRunner<Job>;

const isRollback = (step: Step) => isRollbackStep(step, AZURE_STEPS);

/** Everything in the file that rolls back or rejects when something fails, and what it watches. */
function rollbackRunners(
  jobs: Job[],
  graph: DependencyGraph<Job>,
  actions: Map<Job, CanaryAction[]>,
): RollbackRunner[] {
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
    if (jobRunsOnFailure(job)) {
      const steps = job.steps.filter(
        (step) =>
          isRollback(step) || (actions.get(job) ?? []).some((a) => a.action === 'reject' && a.step === step),
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
      if (step.hook.startsWith('on.') || !conditionRunsOnFailure(AZURE_CONDITIONS, step.condition)) continue;
      if (!isRollback(step)) continue;
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
export function rollbackFor(
  pipeline: AzurePipeline,
  chain: Job[],
  promoteJob: Job | undefined,
  notes: string[],
): Rollback {
  return rollbackFromRunners(
    pipeline.ctx.doc,
    rollbackRunners(pipeline.jobs, pipeline.graph, pipeline.actions),
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
