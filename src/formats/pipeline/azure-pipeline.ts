import { asArray, asString, field, isObject, path } from '../access.js';
import type { PlainObject } from '../access.js';
import type { AdapterContext } from '../context.js';
import { clip, describeValue as describe, fieldPath as dotted } from '../field-text.js';
import type { PathSegment } from '../types.js';
import type { CanaryChainRules } from './canary-chain.js';
import { DependencyGraph } from './graph.js';
import type { PipelineEnvironment, PipelineJob, PipelineReading, PipelineStep } from './model.js';
import { AZURE_CONDITIONS, failureIgnored, neverRuns, withJobConditions } from './step-conditions.js';

/**
 * An Azure Pipelines file read into the pipeline model: the jobs of `stages[].jobs` (or of `jobs`),
 * `- deployment:` jobs with their strategy's lifecycle hooks as steps, `dependsOn` of jobs and of
 * stages as edges (a stage without one depends on the stage before it), `environment`,
 * `condition:` and `continueOnError:`. Items inside `${{ }}` template expressions are read where
 * they are literal, and noted.
 */

const HOOKS = ['preDeploy', 'deploy', 'routeTraffic', 'postRouteTraffic'] as const;
export const STRATEGIES = ['runOnce', 'rolling', 'canary'] as const;
export type StrategyKind = (typeof STRATEGIES)[number];
const SCRIPT_KEYS = ['script', 'bash', 'pwsh', 'powershell'] as const;
const TEMPLATE_EXPRESSION = /^\$\{\{/;
/** A value set by a variable, a parameter or an expression when the pipeline runs. */
export const RUNTIME_VALUE = /\$\(|\$\{\{|\$\[/;

export interface PipelineStage {
  name: string;
  at: PathSegment[];
  value: PlainObject;
  dependsOn: string[];
  condition: string | undefined;
}

/** The file's jobs with what the plans are built from. */
export interface AzurePipeline extends CanaryChainRules<PipelineStep, AzureJob> {
  ctx: AdapterContext;
}

/** A job or deployment job; its steps' hook is 'steps', a lifecycle hook, or 'on.failure' / 'on.success'. */
export interface AzureJob extends PipelineJob {
  order: number;
  key: 'deployment' | 'job';
  stage: PipelineStage | undefined;
  /** It sits inside a template expression. */
  generated: boolean;
}

export function isTemplateItem(item: unknown): boolean {
  return isObject(item) && Object.keys(item).some((key) => TEMPLATE_EXPRESSION.test(key));
}

export const AZURE_READING: PipelineReading = {
  ci: 'Azure Pipelines',
  jobs: 'each `- job:` and `- deployment:` of `stages[].jobs` (or of top-level `jobs`), named by its stage and name; items inside `${{ }}` template expressions are read where they are literal, and stage, job and step templates from other files are noted, not read',
  edges:
    "a job waits for the jobs of its own stage that its `dependsOn:` names, and for every job of the stages its stage's `dependsOn:` names, directly or through other stages; a stage without `dependsOn:` depends on the stage before it, a job without it on nothing",
  environments:
    '`environment:` as a name or `{ name }`; `name.resource` is environment `name`; a name with `$(`, `${{` or `$[` is set at run time',
  conditions:
    '`condition:` of the stage, the job and each step, and `continueOnError:`; a stage or job that never runs runs none of its steps',
  steps:
    "`steps[]` of a job, or of each lifecycle hook of a deployment job's strategy (`preDeploy`, `deploy`, `routeTraffic`, `postRouteTraffic`, then `on: failure` and `on: success`): `task:` is what it runs, `script:`, `bash:`, `pwsh:` or `powershell:` its script, `displayName:` or `name:` its name",
};

export function readAzureJobs(ctx: AdapterContext): AzureJob[] {
  const jobs: AzureJob[] = [];
  const root = ctx.doc.value;
  const stages = field(root, 'stages');
  if (stages !== undefined) {
    const list = asArray(stages);
    if (list === undefined) {
      ctx.report(['stages'], `stages must be a list, got ${describe(stages)}`);
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
  ctx: AdapterContext,
  raw: unknown,
  at: PathSegment[],
  stage: PipelineStage | undefined,
  generated: boolean,
  jobs: AzureJob[],
): void {
  if (raw === undefined || raw === null) return;
  const list = asArray(raw);
  if (list === undefined) {
    ctx.report(at, `${dotted(at)} must be a list of jobs, got ${describe(raw)}`);
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
      ctx.report(
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
      needs: readDependsOn(field(item, 'dependsOn'), undefined),
      condition: asString(field(item, 'condition')),
      environment: readEnvironment(item, itemAt),
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
  ctx: AdapterContext,
  list: unknown[],
  at: PathSegment[],
  generated: boolean,
  visit: (item: PlainObject, at: PathSegment[], generated: boolean) => void,
  depth = 0,
): void {
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    if (!isObject(item)) {
      ctx.report(itemAt, `${dotted(itemAt)} must be a map, got ${describe(item)}`);
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

function noteExpressions(ctx: AdapterContext): void {
  const note =
    'template expressions generate stages; judge the expanded pipeline (rollout-guard read what is literal)';
  ctx.noteOnce(note);
}

function noteTemplate(
  ctx: AdapterContext,
  item: unknown,
  at: PathSegment[],
  kind: 'stage' | 'job' | 'step',
): void {
  const file = asString(field(item, 'template')) ?? 'a template';
  const note = `${dotted(at)} includes ${kind} template ${clip(file)}, which is not in this file; its ${kind}s were not judged`;
  ctx.noteOnce(note);
}

/** dependsOn as names; absent means the previous stage for stages and nothing for jobs. */
export function readDependsOn(raw: unknown, previous: string | undefined): string[] {
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

/**
 * A job's steps with what the job (and its stage) do to them: a job or stage that never runs runs
 * none of them; a job with continueOnError lets what depends on it go on after any of them fails.
 */
function readJobSteps(
  ctx: AdapterContext,
  job: PlainObject,
  at: PathSegment[],
  key: 'deployment' | 'job',
  stage?: PlainObject,
): PipelineStep[] {
  const never =
    neverRuns(AZURE_CONDITIONS, field(job, 'condition')) ||
    neverRuns(AZURE_CONDITIONS, field(stage, 'condition'));
  const ignored = failureIgnored(AZURE_CONDITIONS, field(job, 'continueOnError'));
  return withJobConditions(readOwnJobSteps(ctx, job, at, key), never, ignored);
}

function readOwnJobSteps(
  ctx: AdapterContext,
  job: PlainObject,
  at: PathSegment[],
  key: 'deployment' | 'job',
): PipelineStep[] {
  if (key === 'job') return readSteps(ctx, field(job, 'steps'), [...at, 'steps'], 'steps');
  const kind = strategyKindOf(job);
  if (kind === undefined) return readSteps(ctx, field(job, 'steps'), [...at, 'steps'], 'steps');
  const strategyAt = [...at, 'strategy', kind];
  const strategy = path(job, ['strategy', kind]);
  const steps: PipelineStep[] = [];
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

export function strategyKindOf(job: unknown): StrategyKind | undefined {
  const strategy = field(job, 'strategy');
  return STRATEGIES.find((kind) => field(strategy, kind) !== undefined);
}

function readSteps(ctx: AdapterContext, raw: unknown, at: PathSegment[], hook: string): PipelineStep[] {
  if (raw === undefined || raw === null) return [];
  const list = asArray(raw);
  if (list === undefined) {
    ctx.report(at, `${dotted(at)} must be a list of steps, got ${describe(raw)}`);
    return [];
  }
  const steps: PipelineStep[] = [];
  forEachItem(ctx, list, at, false, (item, itemAt) => {
    if (field(item, 'template') !== undefined && Object.keys(item).length <= 2) {
      noteTemplate(ctx, item, itemAt, 'step');
      return;
    }
    const task = asString(field(item, 'task'));
    const scriptKey = SCRIPT_KEYS.find((key) => field(item, key) !== undefined);
    steps.push({
      at: itemAt,
      value: item,
      name:
        asString(field(item, 'displayName')) ?? asString(field(item, 'name')) ?? task ?? scriptKey ?? 'step',
      action: task,
      script: SCRIPT_KEYS.map((key) => asString(field(item, key))).find((text) => text !== undefined),
      hook,
      condition: asString(field(item, 'condition')),
      failureIgnored: failureIgnored(AZURE_CONDITIONS, field(item, 'continueOnError')),
      neverRuns: neverRuns(AZURE_CONDITIONS, field(item, 'condition')),
    });
  });
  return steps;
}

/**
 * The jobs' graph: a job waits for the jobs of its stage named in its `dependsOn`, and for every
 * job of the stages its stage depends on (directly or through other stages).
 */
export function jobGraph(jobs: AzureJob[]): DependencyGraph<AzureJob> {
  const direct = (other: AzureJob, job: AzureJob) =>
    other.stage === job.stage
      ? job.needs.includes(other.name)
      : other.stage !== undefined &&
        job.stage !== undefined &&
        job.stage.dependsOn.includes(other.stage.name);
  const stageBefore = (candidate: PipelineStage, stage: PipelineStage, depth: number): boolean => {
    if (depth > 50) return false;
    if (stage.dependsOn.includes(candidate.name)) return true;
    return stage.dependsOn.some((name) => {
      const parent = jobs.find((job) => job.stage?.name === name)?.stage;
      return parent !== undefined && parent !== stage && stageBefore(candidate, parent, depth + 1);
    });
  };
  return new DependencyGraph(
    (job) => jobs.filter((other) => other !== job && direct(other, job)),
    // A stage that depends on another waits for all of its jobs, not only the ones that matter.
    (job) =>
      job.stage === undefined
        ? []
        : jobs.filter(
            (other) =>
              other.stage &&
              other.stage !== job.stage &&
              stageBefore(other.stage, job.stage as PipelineStage, 0),
          ),
  );
}

/** `environment: name` or `{ name }`; `name.resource` targets one resource of environment `name`. */
function readEnvironment(job: PlainObject, at: PathSegment[]): PipelineEnvironment | undefined {
  const raw = field(job, 'environment');
  const name = typeof raw === 'string' ? raw : asString(field(raw, 'name'));
  if (name === undefined || name === '') return undefined;
  const base = typeof raw === 'string' && !RUNTIME_VALUE.test(name) ? (name.split('.')[0] ?? name) : name;
  return { name: base, at: [...at, 'environment'], expression: RUNTIME_VALUE.test(name) };
}
