import type { DependencyGraph } from './graph.js';
import type { CanaryAction, PipelineJob, PipelineStep } from './model.js';

/**
 * The jobs and steps a canary lives through, from the step that deploys it to the step that
 * promotes it: the same for every CI whose canary is a deploy task with promote and reject
 * actions (azure/k8s-deploy, KubernetesManifest). What differs per CI is passed in.
 */
export interface CanaryChainRules<S extends PipelineStep, J extends PipelineJob<S>> {
  jobs: J[];
  graph: DependencyGraph<J>;
  actions: Map<J, CanaryAction<S>[]>;
  /** A promote step that promotes when things go well (not one that runs only on failure). */
  promotes: (step: S) => boolean;
  /** The job runs only after a failure: its promote does not count. */
  jobRunsOnFailure: (job: J) => boolean;
  /** A step that runs on the way from deploy to promote (not an on-failure or on-success hook). */
  onTheWay: (step: S) => boolean;
}

export interface Promote<S extends PipelineStep, J extends PipelineJob<S>> {
  job: J;
  step: S;
}

/** The first promote after the canary deploy: later in its job, else in a job that waits for it. */
export function findPromote<S extends PipelineStep, J extends PipelineJob<S>>(
  rules: CanaryChainRules<S, J>,
  job: J,
  start: CanaryAction<S>,
): Promote<S, J> | undefined {
  const after = job.steps.indexOf(start.step);
  const own = (rules.actions.get(job) ?? []).find(
    (a) => a.action === 'promote' && job.steps.indexOf(a.step) > after && rules.promotes(a.step),
  );
  if (own) return { job, step: own.step };
  for (const later of rules.jobs) {
    if (later === job || !rules.graph.ancestorsOf(later).has(job) || rules.jobRunsOnFailure(later)) continue;
    const promote = (rules.actions.get(later) ?? []).find(
      (a) => a.action === 'promote' && rules.promotes(a.step),
    );
    if (promote) return { job: later, step: promote.step };
  }
  return undefined;
}

/** The jobs after the canary's job and before its promote's job, in file order. */
export function jobsBetween<S extends PipelineStep, J extends PipelineJob<S>>(
  rules: CanaryChainRules<S, J>,
  job: J,
  promoteJob: J,
): J[] {
  if (promoteJob === job) return [];
  const before = rules.graph.ancestorsOf(promoteJob);
  return rules.jobs.filter(
    (other) => other !== job && before.has(other) && rules.graph.ancestorsOf(other).has(job),
  );
}

/** Steps after the canary deploy and before the promote, in order, across the jobs in between. */
export function stepsBetween<S extends PipelineStep, J extends PipelineJob<S>>(
  rules: CanaryChainRules<S, J>,
  job: J,
  start: S,
  promote: Promote<S, J> | undefined,
): S[] {
  const startIndex = job.steps.indexOf(start);
  const own = job.steps.filter((step, index) => index > startIndex && rules.onTheWay(step));
  if (!promote) return own;
  if (promote.job === job)
    return own.filter((step) => job.steps.indexOf(step) < job.steps.indexOf(promote.step));
  const middle = jobsBetween(rules, job, promote.job).flatMap((j) => j.steps.filter(rules.onTheWay));
  const last = promote.job.steps.slice(0, promote.job.steps.indexOf(promote.step)).filter(rules.onTheWay);
  return [...own, ...middle, ...last];
}
