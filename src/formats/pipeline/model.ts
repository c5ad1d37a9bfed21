import type { PlainObject } from '../access.js';
import type { PathSegment } from '../types.js';

/**
 * The one model every CI-pipeline adapter fills from its own YAML or JSON: jobs (GitHub Actions
 * and Azure Pipelines jobs, Spinnaker stages) that wait for each other, and the steps they run.
 * Each adapter then turns the model into rollout plans; the classifier (classify.ts) says what a
 * step does and the graph (graph.ts) what runs before what.
 */

/** Whether a failure of a step stops its job: 'maybe' when an expression decided later says. */
export type FailureIgnored = 'yes' | 'maybe' | 'no';

/** A step of a job, as the classifier reads it. */
export interface PipelineStep {
  at: PathSegment[];
  value: PlainObject;
  /** The name shown for it: its display name, or what it runs. */
  name: string;
  /** What it runs, when it names it: a GitHub `uses:` action, an Azure `task:`. */
  action: string | undefined;
  /** The command text of a script step (`run:`, `script:`, `bash:`, `pwsh:`, `powershell:`). */
  script: string | undefined;
  /** Where in the job it sits: `steps`, or an Azure lifecycle hook (`postRouteTraffic`, `on.failure`…). */
  hook: string;
  condition: string | undefined;
  failureIgnored: FailureIgnored;
  /** The step (or its job, or its stage) has a constant false condition: it never runs. */
  neverRuns: boolean;
}

/** An environment a job deploys to. */
export interface PipelineEnvironment {
  name: string;
  at: PathSegment[];
  /** The name is an expression or variable, decided when the pipeline runs. */
  expression: boolean;
}

/** A job: something the CI runs as a whole, after the jobs it needs. */
export interface PipelineJob<S extends PipelineStep = PipelineStep> {
  /** Its id (GitHub) or name (Azure), as messages name it. */
  name: string;
  at: PathSegment[];
  value: PlainObject;
  /** The names of the jobs it waits for (its edges): `needs:`, `dependsOn:`. */
  needs: string[];
  condition: string | undefined;
  environment: PipelineEnvironment | undefined;
  steps: S[];
}

/** What a canary deploy task (azure/k8s-deploy, KubernetesManifest) does in a step. */
export interface CanaryAction<S extends PipelineStep = PipelineStep> {
  step: S;
  action: 'deploy' | 'promote' | 'reject';
}

/** How a CI's file is read into the model, in words for docs/ci-pipelines.md (markdown). */
export interface PipelineReading {
  ci: string;
  jobs: string;
  /** What counts as an edge: what makes one job wait for another. */
  edges: string;
  environments: string;
  conditions: string;
  steps: string;
}
