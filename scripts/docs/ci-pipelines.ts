/**
 * The reference part of docs/ci-pipelines.md, from the pipeline model's own declarations: how
 * each CI's file is read (the readers' PipelineReading), the classifier's word lists, action and
 * task patterns and Spinnaker stage types (classify.ts), and the conditions that make a job or
 * step run after a failure (step-conditions.ts). Registered in reference.ts's GENERATED, so
 * test/docs.test.ts fails when the page is not what this would write.
 */
import { AZURE_READING } from '../../src/formats/pipeline/azure-pipeline.js';
import {
  AZURE_STEPS,
  BASELINE_LABEL_WORDS,
  CANARY_LABEL_WORDS,
  CHECK_WORDS,
  DEPLOYING_PIPELINE_WORDS,
  GENERATED_DEPLOY_WORDS,
  GITHUB_STEPS,
  ROLLBACK_COMMANDS,
  ROLLBACK_WORDS,
  SPINNAKER_STAGE_TYPES,
  stageRole,
} from '../../src/formats/pipeline/classify.js';
import type { StepVocabulary } from '../../src/formats/pipeline/classify.js';
import { WORKFLOW_READING } from '../../src/formats/pipeline/github-workflow.js';
import type { PipelineReading } from '../../src/formats/pipeline/model.js';
import { SPINNAKER_READING } from '../../src/formats/pipeline/spinnaker-stages.js';
import {
  AZURE_CONDITIONS,
  GITHUB_CONDITIONS,
  SPINNAKER_FAILURE_EXPRESSION,
} from '../../src/formats/pipeline/step-conditions.js';

const READINGS: readonly PipelineReading[] = [WORKFLOW_READING, AZURE_READING, SPINNAKER_READING];
const VOCABULARIES: readonly StepVocabulary[] = [GITHUB_STEPS, AZURE_STEPS];

const code = (text: string) => `\`${text}\``;
const list = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));

/** A regex as a reader writes it: the literal text of a pattern when it is one, else the regex. */
function patternText(pattern: RegExp): string {
  const raw = `/${pattern.source}/${pattern.flags}`;
  let text = pattern.source.replace(/^\^/, '').replace(/\\d\+/g, '<n>').replace(/\\\//g, '/');
  text = text.endsWith('$') ? text.slice(0, -1) : `${text}…`;
  if (/[\\()[\]?*+|{}^$]/.test(text)) return code(raw);
  return `${code(text)}${pattern.flags.includes('i') ? '' : ' (this case only)'}`;
}

/** A word of a word list: `tests?` is test(s), `verif\w*` any word that starts with verif. */
function wordText(word: string): string {
  const text = word.replace(/\\w\*/g, '…').replace(/s\?/g, '(s)');
  return /[\\()[\]?*+|{}^$]/.test(text.replace(/\(s\)/g, '')) ? code(word) : code(text);
}

function readings(): string {
  return READINGS.map((reading) =>
    [
      `### ${reading.ci}`,
      '',
      `- Jobs: ${reading.jobs}.`,
      `- Edges: ${reading.edges}.`,
      `- Environments: ${reading.environments}.`,
      `- Conditions: ${reading.conditions}.`,
      `- Steps: ${reading.steps}.`,
    ].join('\n'),
  ).join('\n\n');
}

function perCi(describe: (vocabulary: StepVocabulary) => string): string {
  return VOCABULARIES.map((vocabulary) => `- ${vocabulary.ci}: ${describe(vocabulary)}`).join('\n');
}

function otherDeploys(v: StepVocabulary): string {
  const others = v.deploys.filter((d) => d !== v.canaryTask.action);
  return others.length === 0 ? '' : ` Other steps that deploy: ${list(others.map(patternText))}.`;
}

function stepHeuristics(): string {
  const patterns = (items: readonly RegExp[]) => list(items.map(patternText));
  return [
    `Actions and tasks are matched in any case unless said otherwise; ${code('@…')} stands for any version, ${code('@<n>')} for a version number.`,
    '',
    '### A check (a test gate)',
    '',
    `A step is a check when a whole word of its name or of its script is one of these (any case; ${code('test(s)')} is test or tests, ${code('verif…')} any word that starts with verif): ${list(CHECK_WORDS.map(wordText))}.`,
    '',
    'Whatever its words, a step is never a check when:',
    '',
    perCi(
      (v) =>
        `it runs ${patterns([...v.deploys, ...v.notChecks])} (its ${code(v.actionKey)})${v.bookkeepingKeys.length > 0 ? `, or it is a ${list(v.bookkeepingKeys.map(code))} step (these fetch or publish things)` : ''}.`,
    ),
    '',
    ...VOCABULARIES.filter((v) => v.checkHooks.length > 0).map(
      (v) =>
        `In ${v.ci}, every step of a ${list(v.checkHooks.map(code))} hook is a check, whatever its name: it runs after traffic moved, to test it.`,
    ),
    '',
    '### An approval',
    '',
    perCi((v) => `a step that runs ${patterns(v.approvals)}.`),
    '',
    '### A wait',
    '',
    perCi(
      (v) =>
        `${v.waitActions.length > 0 ? `a step that runs ${patterns(v.waitActions)}` : ''}${v.waitActions.length > 0 && v.waitScript ? '; ' : ''}${v.waitScript ? `a script that is only a sleep (${code('sleep 300')}, ${code('sleep 5m')}): ${code(`/${v.waitScript.source}/${v.waitScript.flags}`)}` : ''}.`,
    ),
    '',
    '### A canary deploy, promote or reject',
    '',
    perCi(
      (v) =>
        `a step that runs ${patterns([v.canaryTask.action])} with ${code(`${v.inputsKey}.action`)} ${code('deploy')} (the default), ${code('promote')} or ${code('reject')}; ${v.canaryTask.strategyFor === 'deploy' ? `a deploy needs ${code(`${v.inputsKey}.strategy: canary`)}` : `each needs ${code(`${v.inputsKey}.strategy: canary`)}`}.${otherDeploys(v)}`,
    ),
    '',
    '### A rollback',
    '',
    `A step is a rollback when its task says so, else when its script runs one of these commands (any case, any spaces between the words): ${list(ROLLBACK_COMMANDS.map(wordText))}, else when a whole word of its name is one of ${list(ROLLBACK_WORDS.map(wordText))} (any case). The tasks:`,
    '',
    perCi(
      (v) =>
        `${list(
          v.rollbackTasks.map(
            (task) =>
              `${patternText(task.action)} with ${code(`${v.inputsKey}.${task.input}: ${task.value}`)}${task.with ? ` and ${code(`${v.inputsKey}.${task.with.input}: ${task.with.value}`)}` : ''}${task.decisive ? ' (the task decides alone: otherwise it is no rollback, whatever its name)' : ''}`,
          ),
        )}.`,
    ),
  ].join('\n');
}

function conditionHeuristics(): string {
  return [
    '### Runs after a failure',
    '',
    'A job or step whose condition matches runs when something before it failed (it can roll back):',
    '',
    ...[GITHUB_CONDITIONS, AZURE_CONDITIONS].map(
      (d) =>
        `- ${d.ci} (${code(`${d.conditionKey}:`)}): ${code(`/${d.onFailure.source}/${d.onFailure.flags}`)}`,
    ),
    `- Spinnaker (${code('stageEnabled.expression')}): ${code(`/${SPINNAKER_FAILURE_EXPRESSION.source}/${SPINNAKER_FAILURE_EXPRESSION.flags}`)}`,
    '',
    '### Never runs, or its failure is ignored',
    '',
    `A condition made only of literals is evaluated (${code('false')}, ${code('${{ 1 == 2 }}')}, ${code('and(true, false)')}): when it is false the step or job never runs, so it neither waits nor checks. The ignore-failure flag is read the same way; when an expression decides it at run time, the step's failure may not stop the rollout and it is not counted as a check.`,
    '',
    ...[GITHUB_CONDITIONS, AZURE_CONDITIONS].map(
      (d) => `- ${d.ci}: ${code(d.conditionKey)} and ${code(d.ignoreFailureKey)}.`,
    ),
  ].join('\n');
}

function spinnakerHeuristics(): string {
  const types = [...new Set(Object.values(SPINNAKER_STAGE_TYPES).flat())];
  const byRole = new Map<string, string[]>();
  for (const type of types) {
    const plain = stageRole(type, '', {});
    const withDeployments = stageRole(type, '', { deployments: {} });
    const shown = `${code(type)}${withDeployments !== plain ? ` (${withDeployments.replace('-', ' ')} when it has ${code('deployments')})` : ''}`;
    byRole.set(plain, [...(byRole.get(plain) ?? []), shown]);
  }
  const lines = [...byRole].map(([role, shown]) => `- ${role.replace('-', ' ')}: ${list(shown)}`);
  const words = (items: readonly string[]) => list(items.map(code));
  return [
    '### Spinnaker stages',
    '',
    'A stage does what its type says (types are matched exactly):',
    '',
    ...lines,
    `- deploy, too: a ${code('pipeline')} stage (it runs another pipeline) whose name contains ${words(DEPLOYING_PIPELINE_WORDS)} (any case)`,
    '- any other type: neither deploys nor holds the rollout',
    '',
    `A deploy is the canary when its name, moniker stack or detail, or a cluster's stack or free-form details contain ${words(CANARY_LABEL_WORDS)}, and its baseline when they contain ${words(BASELINE_LABEL_WORDS)} (any case). An unmarked deploy followed by an analysis also exposes a canary.`,
    '',
    '### Azure stages generated by template expressions',
    '',
    `A stage generated by a template expression, or a job template from another file, deploys when its name contains ${words(GENERATED_DEPLOY_WORDS)} (any case): with no deployment read from the file, the pipeline is then reported as generated rather than judged as deploying nothing.`,
  ].join('\n');
}

/** docs/ci-pipelines.md's reference: the model's readings and the classifier's heuristics. */
export function pipelineReference(): string {
  return [
    '## How each CI is read',
    '',
    readings(),
    '',
    '## What a step is',
    '',
    stepHeuristics(),
    '',
    conditionHeuristics(),
    '',
    spinnakerHeuristics(),
  ].join('\n');
}
