/**
 * The data model shared by every layer: formats produce RolloutPlans, core turns plans, the
 * change and the policy into Findings, report renders the Report.
 */

export type FormatId =
  | 'argo-rollouts'
  | 'flagger'
  | 'kubernetes'
  | 'native'
  | 'openkruise'
  | 'cloud-deploy'
  | 'aws-sam'
  | 'aws-cloudformation'
  | 'aws-ecs'
  | 'aws-codedeploy'
  | 'spinnaker'
  | 'azure-pipelines'
  | 'github-actions'
  | 'knative'
  /** A protected content path (feature flags, config) that no rollout format describes. */
  | 'content';

export type Strategy = 'canary' | 'linear' | 'ab-test' | 'blue-green' | 'rolling' | 'all-at-once';

export type GateKind = 'analysis' | 'approval' | 'metric-check' | 'webhook';

/** A position in a file: 1-based line and column. */
export interface SourceRef {
  file: string;
  line: number;
  column?: number;
}

export interface Gate {
  kind: GateKind;
  /** Short human label, e.g. the analysis template name or webhook name. */
  name?: string;
  line: number;
  /**
   * False when the gate runs but can never stop the rollout (Argo `dryRun` on every metric,
   * a Flagger webhook type that only logs, an analysis with `count: 0`).
   */
  effective: boolean;
}

/**
 * One exposure step: traffic is raised to `weight`, then held for `hold` before the next
 * increase, while `gates` run. The final 100% stage is always present, implicit or not.
 */
export interface Stage {
  /** Percent of traffic (or replicas) on the new version, 0-100. */
  weight: number;
  /** Seconds held at this weight before the next increase; 'manual' waits for a person. */
  hold: number | 'manual';
  gates: Gate[];
  line: number;
  /** Ring or stage name where the format has one (Cloud Deploy phase, native stage name). */
  name?: string;
  /** Set when exposure is a routed segment (header, cookie) rather than a traffic share. */
  segment?: string;
}

export interface Rollback {
  /** The manifest encodes an automatic rollback or abort on failure. */
  automatic: boolean;
  /** What triggers it, in words, e.g. "failed analysis aborts the rollout". */
  how: string[];
  line?: number;
}

/** A switch that turns the rollout's safety off, e.g. Flagger `skipAnalysis: true`. */
export interface Bypass {
  /** The field, as written in the manifest, e.g. "spec.skipAnalysis". */
  field: string;
  reason: string;
  line: number;
}

export interface Target {
  kind: string;
  name: string;
  namespace?: string;
}

/** An exemption written on the manifest itself (`rollout-guard.dev/exempt` annotation). */
export interface InlineExemption {
  rules: string[];
  reason?: string;
  expires?: string;
  line: number;
}

export interface RolloutPlan {
  /** Stable across base and head: format + kind + namespace/name (or file + document index). */
  id: string;
  format: FormatId;
  file: string;
  /** Line of the document (or its `kind` key) that defines the rollout. */
  line: number;
  target: Target;
  strategy: Strategy;
  stages: Stage[];
  /** Analysis that runs across all stages (Argo background analysis, Flagger metrics). */
  backgroundGates: Gate[];
  rollback: Rollback;
  bypasses: Bypass[];
  /**
   * The workload this rollout object delivers when it lives in another object: a Flagger Canary's
   * `targetRef`, an Argo Rollout's `workloadRef`.
   */
  delivers?: Target;
  /**
   * Another plan this one is delivered through, by id: a Deployment that is the targetRef of
   * a Flagger Canary is judged as that Canary.
   */
  deliveredBy?: string;
  /** Facts worth showing a person that no rule judges (e.g. "weights approximate replica counts"). */
  notes: string[];
  /** Exemptions written on the manifest (annotations), honoured only from the base or with approval. */
  exemptions?: InlineExemption[];
  /**
   * How many failed checks the controller tolerates before it rolls back (Flagger
   * `analysis.threshold`), and how many passing checks a successful analysis takes to promote.
   */
  failureThreshold?: FailureThreshold;
  /** A plain workload's own update strategy as written (Deployment `spec.strategy.type`). */
  workloadStrategy?: { type: string; line: number };
  /**
   * The rollout under each choice the manifest leaves to deploy time (each branch of a
   * CloudFormation `Fn::If`). The plan itself is the weakest of them; a change is compared
   * branch by branch.
   */
  variants?: PlanVariant[];
}

export interface FailureThreshold {
  /** Where it is written, as a reviewer knows it, e.g. "Flagger analysis threshold". */
  label: string;
  /** Failed checks that trigger the rollback. */
  failures: number;
  /** Passing checks a successful analysis needs before promotion, when known. */
  checks?: number;
  line: number;
}

/** One way a plan can turn out, selected by choices made at deploy time. */
export interface PlanVariant {
  /** The choices that select it, each in words, e.g. "condition IsProd is true". */
  when: string[];
  strategy: Strategy;
  stages: Stage[];
  backgroundGates: Gate[];
  rollback: Rollback;
  bypasses: Bypass[];
}

export type Level = 'error' | 'warning' | 'notice';

export type DiagnosticCode =
  | 'MANIFEST_UNPARSEABLE'
  | 'MANIFEST_TOO_LARGE'
  | 'MANIFEST_TOO_DEEP'
  | 'MANIFEST_TEMPLATED'
  /** A change to what renders a rollout (chart values, a HelmRelease, a patch) with no rendered output. */
  | 'MANIFEST_UNVERIFIABLE'
  | 'MANIFEST_NOT_TEXT'
  | 'MANIFEST_FIELD_INVALID'
  | 'MANIFEST_UNSUPPORTED';

/** A problem with an input file, reported as `manifest/invalid` or `manifest/unsupported`. */
export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  file: string;
  line: number;
  column?: number;
  /**
   * The one problem several diagnostics share, in words (e.g. "the Helm chart shop (charts/shop)"):
   * they are reported as one finding with every file listed.
   */
  group?: string;
}

// ---------------------------------------------------------------------------------------------
// The change being judged, as the sources deliver it.

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';

export type FileContent =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'symlink' }
  /** A submodule or other entry that has no blob. */
  | { kind: 'not-a-file' };

export interface ChangedFile {
  status: ChangeStatus;
  path: string;
  /** The path at base, for renames. */
  previousPath?: string;
  /** Absent for added files. */
  base?: FileContent;
  /** Absent for removed files. */
  head?: FileContent;
  /** Set when the file is seen through a symbolic link inside the repository: the file it reads. */
  linkedTo?: string;
}

/** An unchanged file read for context, e.g. a Flagger Canary that delivers a changed Deployment. */
export interface ContextFile {
  path: string;
  content: FileContent;
}

export interface CheckRun {
  name: string;
  /** 'success', 'failure', 'neutral', 'skipped', ... or null while running. */
  conclusion: string | null;
  /** The app that produced it, by slug (e.g. 'github-actions'); commit statuses have none. */
  app?: string;
  headSha: string;
}

// ---------------------------------------------------------------------------------------------
// Test evidence: what the sources read about the runs the description links to.

/** What a GitHub page is, by its address: a run, a job or a check run can be verified. */
export type RunKind = 'actions-run' | 'job' | 'check-run';

/**
 * One run, job or check run a link names: what the source reads (one request), and what the
 * judgement is keyed by. `key` is the same for two links to the same thing.
 */
export interface RunRef {
  kind: RunKind;
  /** owner/name as the link writes it. */
  repository: string;
  /** The run's id (actions-run), the job's id (job) or the check run's id (check-run). */
  id: number;
  /** For a job: the run its link names. */
  runId?: number;
  /** For a link to one attempt of a run (`/actions/runs/ID/attempts/N`). */
  attempt?: number;
  key: string;
}

/** A run, job or check run as the GitHub API describes it. */
export interface RunFacts {
  /** What a person calls it: the workflow's name, `workflow / job`, or the check's name. */
  name: string;
  /** A workflow run's display title (its `run-name`, or the commit message). */
  title?: string;
  /** owner/name of the repository whose run it is. */
  repository: string;
  /** For a workflow run: owner/name of the repository its workflow and code came from (a fork's, for a fork's pull request). */
  headRepository?: string;
  headSha: string;
  /** `queued`, `in_progress`, `completed`, … */
  status: string;
  /** `success`, `failure`, `cancelled`, `skipped`, `timed_out`, … or null until completed. */
  conclusion: string | null;
  /** ISO 8601; for a workflow run, when it was last updated (it has no completion time of its own). */
  completedAt?: string;
  /** For a job: the run it belongs to. */
  runId?: number;
  /** For a check run: the app (slug) that produced it. */
  app?: string;
}

/** What reading one run link gave: the facts, nothing (404), or an error (never a pass). */
export type RunOutcome = { found: RunFacts } | { notFound: string } | { error: string };

/** An older commit a run ran on, for `evidence.freshness: unchanged`. */
export interface CommitFacts {
  /** Whether the commit is one of the pull request's; undefined when that could not be told. */
  inPullRequest: boolean | undefined;
  /** Judged files whose content differs between this commit and the head. */
  changedSince: string[];
  /** Why the facts are incomplete (an API error): never a pass. */
  error?: string;
}

/**
 * Where the change lives on GitHub and what the sources read there about the evidence. Absent
 * facts (`runs` undefined) mean nothing was read: run links are then checked by shape only.
 */
export interface EvidenceContext {
  /** The GitHub server's web address, e.g. `https://github.com` or a GHES URL. */
  serverUrl: string;
  /** owner/name of the repository the change belongs to; undefined when unknown (a local run). */
  repository?: string;
  /** The pull request's head comes from a fork. */
  fromFork?: boolean;
  /**
   * The commit the runs must have tested, when it is not the change's head: a merge group's run
   * judges the queue's commit, while the evidence is about the pull request's head.
   */
  head?: string;
  /** What reading each run link gave, by {@link RunRef.key}; undefined when nothing was read. */
  runs?: ReadonlyMap<string, RunOutcome>;
  /** Why the run links were not read (no token in a local run). */
  unread?: string;
  /** Older commits runs ran on, by SHA (only with `evidence.freshness: unchanged`). */
  commits?: ReadonlyMap<string, CommitFacts>;
}

export type EvidenceKind = RunKind | 'attachment' | 'link' | 'check' | 'file';

/** One piece of test evidence and what rollout-guard made of it (the JSON report's `evidence[]`). */
export interface EvidenceItem {
  kind: EvidenceKind;
  /** What messages call it: `run 123`, `job 456 of acme/e2e`, the link, the check's or file's name. */
  subject: string;
  /** The link as written; absent for a required check and an evidence file. */
  url?: string;
  /** A required check's name, or the run's name once read (`CI / e2e`). */
  name?: string;
  /** An evidence file's path. */
  file?: string;
  /** Line of the link in the description. */
  line?: number;
  /** A run's, job's or check run's id, and owner/name of its repository. */
  id?: number;
  repository?: string;
  /** Checked through the API: it exists, is of an accepted repository, ran this change and passed. */
  verified: boolean;
  /** Counts toward the requirement: verified, an evidence file, or unverified and accepted by the policy. */
  accepted: boolean;
  /** Why it counts or not, in words. */
  reason: string;
  /** The commit it ran on, once read. */
  headSha?: string;
  conclusion?: string | null;
  completedAt?: string;
  /** Seconds from its completion to the judgement, for "12 min ago". */
  age?: number;
}

export interface PullRequestContext {
  number?: number;
  title?: string;
  body: string;
  labels: string[];
  author?: string;
}

export interface ChangeSet {
  base: string;
  head: string;
  files: ChangedFile[];
  context: ContextFile[];
  /**
   * Manifests an earlier step rendered from templates (helm template, kustomize build) for the head
   * commit; judged in place of templated files they map back to.
   */
  rendered?: ContextFile[];
  /**
   * Unchanged files that say how a folder is deployed, at and above the changed files' folders,
   * at base and head: kustomization files (their `namespace:` establishes where objects live) and
   * Helm `Chart.yaml` files (a changed values file of a chart changes what it renders).
   */
  folderFiles?: { base: ContextFile[]; head: ContextFile[] };
  pullRequest: PullRequestContext;
  /**
   * An audit of every manifest at one commit (`check --all`): there is no pull request and no base
   * to compare with, so nothing is said about either.
   */
  audit?: boolean;
  /** Check runs and statuses on the head commit; undefined when the source cannot see CI. */
  checks?: CheckRun[];
  /** Where the change lives on GitHub and what was read about the runs its evidence links to. */
  evidence?: EvidenceContext;
}

// ---------------------------------------------------------------------------------------------
// What the engine concludes.

/**
 * Every rule id, in the order of the rule objects in rules/index.ts (the rules are defined there;
 * this list lets the data model name them without importing the rules). A rule id without a rule
 * object does not compile, and test/core/rules/catalogue.test.ts fails when the order drifts.
 */
export const RULE_IDS = [
  'canary/required',
  'canary/min-stages',
  'canary/initial-weight',
  'canary/step-increase',
  'canary/min-hold',
  'canary/analysis',
  'canary/bypass',
  'canary/regression',
  'rollback/missing',
  'rollback/automatic',
  'evidence/missing',
  'evidence/checks',
  'policy/changed',
  'manifest/invalid',
  'manifest/unsupported',
  'exemption/expired',
  'exemption/unused',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  rule: RuleId;
  level: Level;
  message: string;
  /** How to fix it, in one or two sentences. */
  remediation: string;
  file?: string;
  line?: number;
  planId?: string;
  /** Set when an error-level rule only warns until this date (YYYY-MM-DD). */
  enforceFrom?: string;
  /** Set when an exemption or an approved break-glass label waived the finding. */
  waived?: Waiver;
  /**
   * Set when one problem was found at several places (a short hold at eight stages, no rollback
   * plan for three rollouts): every place, this finding's own `file` and `line` first, each with the
   * message it would have had alone. `message` then summarises them all. Absent for one place.
   */
  places?: FindingPlace[];
}

/** One place of a problem found at several (see `Finding.places`). */
export interface FindingPlace {
  file?: string;
  line?: number;
  planId?: string;
  message: string;
}

export interface Waiver {
  kind: 'break-glass' | 'exemption' | 'inline-exemption' | 'approved-policy-change';
  /** Who approved it (login). */
  by: string;
  reason: string;
  /** Last day it applies (YYYY-MM-DD), for exemptions. */
  until?: string;
  ticket?: string;
  /** The exemption's id, or the break-glass label. */
  source: string;
  /** The level the finding had before it was waived. */
  originalLevel: Level;
}

export type PlanChange = 'added' | 'modified' | 'removed' | 'unchanged';

export interface JudgedPlan {
  plan: RolloutPlan;
  environment: string;
  change: PlanChange;
  /** The same rollout at base, when it existed there. */
  basePlan?: RolloutPlan;
  verdict: 'pass' | 'warn' | 'fail';
}

export interface Report {
  version: 1;
  verdict: 'pass' | 'fail';
  base: string;
  head: string;
  policy: { source: string };
  /** An audit of every manifest at `head` (`check --all`): `base` is git's empty tree, no real base. */
  audit?: boolean;
  plans: JudgedPlan[];
  findings: Finding[];
  summary: { errors: number; warnings: number; notices: number; plans: number };
  /** Every piece of test evidence judged, in the description's order, then files, then required checks. */
  evidence?: EvidenceItem[];
  /** Break-glass state and waivers asked for but not granted. */
  waivers?: {
    breakGlass?: {
      label: string;
      approved: boolean;
      by?: string;
      at?: string;
      reason?: string;
      waived: number;
    };
    notes: string[];
  };
}
