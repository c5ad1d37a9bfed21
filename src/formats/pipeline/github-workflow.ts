import { asArray, asString, field, isObject } from '../access.js';
import type { PlainObject } from '../access.js';
import type { AdapterContext } from '../context.js';
import { clip, describeValue as describe, fieldPath as dotted } from '../field-text.js';
import type { PathSegment } from '../types.js';
import { DependencyGraph } from './graph.js';
import type { PipelineEnvironment, PipelineJob, PipelineReading, PipelineStep } from './model.js';
import { GITHUB_CONDITIONS, failureIgnored, neverRuns, withJobConditions } from './step-conditions.js';

/**
 * A GitHub Actions workflow read into the pipeline model: `jobs.<id>` are the jobs, `needs` their
 * edges, `environment` the environment, `if:` and `continue-on-error:` the conditions, and
 * `steps[]` (`uses:` the action, `run:` the script) the steps.
 */
export type WorkflowJob = PipelineJob;

export const WORKFLOW_READING: PipelineReading = {
  ci: 'GitHub Actions',
  jobs: 'each entry of `jobs:` in a workflow under `.github/workflows/` (a file with `on:` and `jobs:`), named by its id',
  edges:
    'a job waits for the jobs its `needs:` names (one id or a list), and through them for theirs; a `needs:` that names no job, or the job itself, is no edge',
  environments:
    '`environment:` as a name or `{ name, url }`; a name with `${{` is an expression decided at run time',
  conditions:
    '`if:` of the job and of each step, and `continue-on-error:`; a job that never runs runs none of its steps, and a job whose failure is ignored ignores the failure of each of its steps',
  steps:
    '`steps[]`: `uses:` is the action it runs, `run:` its script, `name:` its name (else the action, else the script)',
};

export function readWorkflowJobs(ctx: AdapterContext): WorkflowJob[] {
  const jobs = field(ctx.doc.value, 'jobs') as PlainObject;
  return Object.keys(jobs).flatMap((id): WorkflowJob[] => {
    const at: PathSegment[] = ['jobs', id];
    const value = field(jobs, id);
    if (!isObject(value)) {
      ctx.report(at, `${dotted(at)} must be a map, got ${describe(value)}`);
      return [];
    }
    return [
      {
        name: id,
        at,
        value,
        needs: readNeeds(ctx, value, at),
        condition: conditionOf(field(value, 'if')),
        environment: readEnvironment(ctx, value, at),
        steps: withJobConditions(
          readSteps(ctx, value, at),
          neverRuns(GITHUB_CONDITIONS, field(value, 'if')),
          failureIgnored(GITHUB_CONDITIONS, field(value, 'continue-on-error')),
        ),
      },
    ];
  });
}

/** The jobs' `needs` graph. */
export function needsGraph(jobs: WorkflowJob[]): DependencyGraph<WorkflowJob> {
  return new DependencyGraph((job) =>
    job.needs.flatMap((need) => {
      const parent = jobs.find((other) => other.name === need);
      return parent === undefined || parent === job ? [] : [parent];
    }),
  );
}

function readNeeds(ctx: AdapterContext, job: PlainObject, at: PathSegment[]): string[] {
  const raw = field(job, 'needs');
  if (raw === undefined || raw === null) return [];
  if (typeof raw === 'string') return [raw];
  const list = asArray(raw);
  if (list === undefined) {
    ctx.report(
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

function readEnvironment(
  ctx: AdapterContext,
  job: PlainObject,
  at: PathSegment[],
): PipelineEnvironment | undefined {
  const raw = field(job, 'environment');
  if (raw === undefined || raw === null) return undefined;
  const envAt = [...at, 'environment'];
  const name = typeof raw === 'string' ? raw : asString(field(raw, 'name'));
  if (name === undefined || name === '') {
    ctx.report(envAt, `${dotted(envAt)} must be an environment name or {name, url}, got ${describe(raw)}`);
    return undefined;
  }
  return { name, at: envAt, expression: /\$\{\{/.test(name) };
}

function readSteps(ctx: AdapterContext, job: PlainObject, at: PathSegment[]): PipelineStep[] {
  const raw = field(job, 'steps');
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (list === undefined) {
    ctx.report([...at, 'steps'], `${dotted([...at, 'steps'])} must be a list of steps, got ${describe(raw)}`);
    return [];
  }
  return list.flatMap((item, index): PipelineStep[] => {
    const stepAt = [...at, 'steps', index];
    if (!isObject(item)) {
      ctx.report(stepAt, `${dotted(stepAt)} must be a map, got ${describe(item)}`);
      return [];
    }
    const uses = asString(field(item, 'uses'));
    const run = asString(field(item, 'run'));
    return [
      {
        at: stepAt,
        value: item,
        name: asString(field(item, 'name')) ?? uses ?? (run !== undefined ? clip(run.trim(), 40) : 'step'),
        action: uses,
        script: run,
        hook: 'steps',
        condition: conditionOf(field(item, 'if')),
        failureIgnored: failureIgnored(GITHUB_CONDITIONS, field(item, 'continue-on-error')),
        neverRuns: neverRuns(GITHUB_CONDITIONS, field(item, 'if')),
      },
    ];
  });
}
