import { asString, field, path } from '../access.js';
import type { CanaryAction, PipelineStep } from './model.js';

/**
 * The one classifier of CI steps: from a step's name, its command and the action or task it runs,
 * whether it is an approval, a wait, a check that tests the new version (a gate), a deploy, or a
 * rollback. The word lists are data so that docs/ci-pipelines.md is generated from them.
 */

/** Words that make a step a check (a test gate) when they are in its name or its command. */
export const CHECK_WORDS: readonly string[] = [
  'tests?',
  'smoke',
  'verif\\w*',
  'validat\\w*',
  'checks?',
  'health\\w*',
  'monitor\\w*',
  'analy\\w*',
  'probe',
  'k6',
  'jmeter',
  'locust',
];

/** Words that make a step a rollback when they are in its name. */
export const ROLLBACK_WORDS: readonly string[] = ['rollback', 'roll back', 'revert', 'undo', 'reject'];

/** Commands that make a script step a rollback (a space stands for any run of spaces). */
export const ROLLBACK_COMMANDS: readonly string[] = [
  'helm rollback',
  'rollout undo',
  'rollouts? abort',
  'rollouts? undo',
];

const CHECK_PATTERN = new RegExp(`\\b(?:${CHECK_WORDS.join('|')})\\b`, 'i');
const ROLLBACK_PATTERN = new RegExp(`\\b(?:${ROLLBACK_WORDS.join('|')})\\b`, 'i');
const ROLLBACK_COMMAND_PATTERN = new RegExp(
  ROLLBACK_COMMANDS.map((command) => command.replace(/ /g, '\\s+')).join('|'),
  'i',
);

/** A task or action that rolls back when one of its inputs has a value. */
export interface RollbackTask {
  action: RegExp;
  input: string;
  value: string;
  /** Another input the task must have too (lower case), e.g. strategy canary. */
  with?: { input: string; value: string };
  /** The task decides alone: when it does not roll back, its name and command are not read. */
  decisive: boolean;
}

/** What one CI's steps run, and what that makes them. */
export interface StepVocabulary {
  ci: string;
  /** The step key that names what it runs (`uses`, `task`), and the key of that thing's inputs. */
  actionKey: string;
  inputsKey: string;
  /** Actions or tasks a person must approve. */
  approvals: readonly RegExp[];
  /** Actions or tasks that wait (a bake time). */
  waitActions: readonly RegExp[];
  /** A whole script that only waits: its first group is the number, its second the unit. */
  waitScript: RegExp | undefined;
  /** Actions or tasks that deploy: never a check. */
  deploys: readonly RegExp[];
  /** Other actions or tasks that are never a check. */
  notChecks: readonly RegExp[];
  /** Step keys that fetch or publish things: they cannot tell a good version from a bad one. */
  bookkeepingKeys: readonly string[];
  /** Hooks whose steps are checks whatever their names. */
  checkHooks: readonly string[];
  /** The canary deploy task, and for which of its actions the input `strategy: canary` is needed. */
  canaryTask: { action: RegExp; strategyFor: 'every action' | 'deploy' };
  rollbackTasks: readonly RollbackTask[];
}

const K8S_DEPLOY = /^azure\/k8s-deploy@/i;
const KUBERNETES_MANIFEST = /^KubernetesManifest@\d+$/i;
const HELM_DEPLOY = /^HelmDeploy@\d+$/i;

export const GITHUB_STEPS: StepVocabulary = {
  ci: 'GitHub Actions',
  actionKey: 'uses',
  inputsKey: 'with',
  approvals: [/^trstringer\/manual-approval@/i],
  waitActions: [],
  waitScript: /^\s*sleep\s+(\d+)([smh]?)\s*$/,
  deploys: [K8S_DEPLOY],
  notChecks: [/^actions\/checkout@/i],
  bookkeepingKeys: [],
  checkHooks: [],
  canaryTask: { action: K8S_DEPLOY, strategyFor: 'every action' },
  rollbackTasks: [
    {
      action: K8S_DEPLOY,
      input: 'action',
      value: 'reject',
      with: { input: 'strategy', value: 'canary' },
      decisive: false,
    },
  ],
};

export const AZURE_STEPS: StepVocabulary = {
  ci: 'Azure Pipelines',
  actionKey: 'task',
  inputsKey: 'inputs',
  approvals: [/^ManualValidation@\d+$/i],
  waitActions: [/^Delay@\d+$/i],
  waitScript: undefined,
  deploys: [KUBERNETES_MANIFEST, HELM_DEPLOY],
  notChecks: [],
  bookkeepingKeys: ['checkout', 'download', 'downloadBuild', 'getPackage', 'publish', 'upload', 'reviewApp'],
  checkHooks: ['postRouteTraffic'],
  canaryTask: { action: KUBERNETES_MANIFEST, strategyFor: 'deploy' },
  rollbackTasks: [
    { action: KUBERNETES_MANIFEST, input: 'action', value: 'reject', decisive: true },
    { action: HELM_DEPLOY, input: 'command', value: 'rollback', decisive: true },
  ],
};

const runs = (step: PipelineStep, patterns: readonly RegExp[]): boolean =>
  step.action !== undefined && patterns.some((pattern) => pattern.test(step.action as string));

/** What a step does while a canary is live, as far as holding it goes. */
export type StepRole = 'approval' | 'wait' | 'check' | 'other';

export function stepRole(step: PipelineStep, vocabulary: StepVocabulary): StepRole {
  if (runs(step, vocabulary.approvals)) return 'approval';
  if (runs(step, vocabulary.waitActions)) return 'wait';
  if (step.script !== undefined && vocabulary.waitScript?.test(step.script)) return 'wait';
  return isCheck(step, vocabulary) ? 'check' : 'other';
}

/** Seconds a `sleep N[smh]` script waits; undefined when the script is not only a sleep. */
export function sleepSeconds(step: PipelineStep, vocabulary: StepVocabulary): number | undefined {
  const sleep = step.script === undefined ? null : (vocabulary.waitScript?.exec(step.script) ?? null);
  if (sleep === null) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600 }[sleep[2] ?? ''] ?? 1;
  return Number(sleep[1]) * unit;
}

/** A step that tests the new version: its failure stops what comes after. */
export function isCheck(step: PipelineStep, vocabulary: StepVocabulary): boolean {
  if (vocabulary.bookkeepingKeys.some((key) => field(step.value, key) !== undefined)) return false;
  if (runs(step, vocabulary.deploys) || runs(step, vocabulary.notChecks)) return false;
  if (vocabulary.checkHooks.includes(step.hook)) return true;
  return CHECK_PATTERN.test(step.name) || (step.script !== undefined && CHECK_PATTERN.test(step.script));
}

/** A step that runs a deploy task or action. */
export function isDeploy(step: PipelineStep, vocabulary: StepVocabulary): boolean {
  return runs(step, vocabulary.deploys);
}

/** A step that rolls back or rejects: by its task's inputs, its command, or its name. */
export function isRollbackStep(step: PipelineStep, vocabulary: StepVocabulary): boolean {
  const inputs = field(step.value, vocabulary.inputsKey);
  const input = (name: string) => asString(field(inputs, name))?.toLowerCase();
  for (const task of vocabulary.rollbackTasks) {
    if (!runs(step, [task.action])) continue;
    const rollsBack =
      input(task.input) === task.value && (!task.with || input(task.with.input) === task.with.value);
    if (task.decisive || rollsBack) return rollsBack;
  }
  if (step.script !== undefined && ROLLBACK_COMMAND_PATTERN.test(step.script)) return true;
  return ROLLBACK_PATTERN.test(step.name);
}

/** What the job's canary deploy tasks do: deploy (with `strategy: canary`), promote or reject. */
export function canaryActions<S extends PipelineStep>(
  steps: S[],
  vocabulary: StepVocabulary,
): CanaryAction<S>[] {
  const { action: task, strategyFor } = vocabulary.canaryTask;
  return steps.flatMap((step): CanaryAction<S>[] => {
    if (step.action === undefined || !task.test(step.action)) return [];
    const inputs = field(step.value, vocabulary.inputsKey);
    const canary = asString(field(inputs, 'strategy'))?.toLowerCase() === 'canary';
    const action = (asString(field(inputs, 'action')) ?? 'deploy').toLowerCase();
    if (strategyFor === 'every action' && !canary) return [];
    if (action === 'promote' || action === 'reject') return [{ step, action }];
    return action === 'deploy' && canary ? [{ step, action: 'deploy' }] : [];
  });
}

/** The input of the step's action (`with:` or `inputs:`) at `keys`. */
export function inputOf(step: PipelineStep, vocabulary: StepVocabulary, ...keys: string[]): unknown {
  return path(step.value, [vocabulary.inputsKey, ...keys]);
}

// ---------------------------------------------------------------------------------------------
// Names that deploy: Azure stages and templates generated by template expressions

/** Parts of a name (any case, anywhere in it) that make a generated stage or a job template a deploy. */
export const GENERATED_DEPLOY_WORDS: readonly string[] = ['deploy', 'release', 'canary', 'rollout', 'promot'];
const GENERATED_DEPLOY_PATTERN = new RegExp(GENERATED_DEPLOY_WORDS.join('|'), 'i');

/** A generated Azure stage, or a job template, that deploys by its name. */
export function namesADeploy(name: string): boolean {
  return GENERATED_DEPLOY_PATTERN.test(name);
}

// ---------------------------------------------------------------------------------------------
// Spinnaker stages: by their type, and for some by their name

export type StageRole = 'deploy' | 'canary-deploy' | 'analysis' | 'approval' | 'wait' | 'rollback' | 'other';

/** Spinnaker stage types by what they do. */
export const SPINNAKER_STAGE_TYPES = {
  deploy: [
    'deploy',
    'deployManifest',
    'createServerGroup',
    'cloneServerGroup',
    'patchManifest',
    'deployCloudFormation',
    'deployService',
  ],
  /** Deploy a canary (and baseline) on their own: legacy ACA `deployCanary` and `canary`, Kayenta with `deployments`. */
  canaryDeploy: ['deployCanary', 'canary'],
  /** Analyse a canary: Kayenta without `deployments`, legacy ACA's `acaTask`. */
  analysis: ['kayentaCanary', 'acaTask'],
  approval: ['manualJudgment'],
  wait: ['wait'],
  rollback: ['rollbackCluster', 'undoRolloutManifest', 'rollbackServerGroup'],
} as const;

/** Parts of a `pipeline` stage's name (any case) that make running that other pipeline a deploy. */
export const DEPLOYING_PIPELINE_WORDS: readonly string[] = ['deploy', 'prod', 'release', 'promot'];
/** Parts of a deploy's name, moniker stack or detail, or cluster stack or details, that mark it. */
export const CANARY_LABEL_WORDS: readonly string[] = ['canary'];
export const BASELINE_LABEL_WORDS: readonly string[] = ['baseline'];

const DEPLOYING_PIPELINE = new RegExp(DEPLOYING_PIPELINE_WORDS.join('|'), 'i');
const CANARY_LABEL = new RegExp(CANARY_LABEL_WORDS.join('|'), 'i');
const BASELINE_LABEL = new RegExp(BASELINE_LABEL_WORDS.join('|'), 'i');

const has = (types: readonly string[], type: string) => types.includes(type);

export function stageRole(type: string, name: string, value: unknown): StageRole {
  const types = SPINNAKER_STAGE_TYPES;
  if (type === 'kayentaCanary')
    return field(value, 'deployments') !== undefined ? 'canary-deploy' : 'analysis';
  if (has(types.canaryDeploy, type)) return 'canary-deploy';
  if (has(types.analysis, type)) return 'analysis';
  if (has(types.approval, type)) return 'approval';
  if (has(types.wait, type)) return 'wait';
  if (has(types.rollback, type)) return 'rollback';
  if (has(types.deploy, type)) return 'deploy';
  if (type === 'pipeline' && DEPLOYING_PIPELINE.test(name)) return 'deploy';
  return 'other';
}

/** A deploy whose labels mark it as the canary or its baseline. */
export function deployLabel(labels: string[]): 'canary' | 'baseline' | undefined {
  if (labels.some((label) => CANARY_LABEL.test(label))) return 'canary';
  if (labels.some((label) => BASELINE_LABEL.test(label))) return 'baseline';
  return undefined;
}
