import { azureConstant, azureTruthy, githubConstant, githubTruthy } from './conditions.js';
import type { FailureIgnored, PipelineStep } from './model.js';

/**
 * What a CI's conditions say about a job or step before the pipeline runs: that it never runs (a
 * constant false condition), that its failure is ignored (`continue-on-error`, `continueOnError`),
 * or that it runs after something before it failed (`failure()`, `failed()`, `always()`…).
 */
export interface ConditionDialect {
  /** The CI, as the docs name it. */
  ci: string;
  /** The value of a condition when it is made only of literals; undefined otherwise. */
  constant(raw: unknown): { value: unknown } | undefined;
  truthy(value: unknown): boolean;
  /** A condition under which a job or step runs when something before it failed. */
  onFailure: RegExp;
  /** The keys that hold a condition and the ignore-failure flag, for the docs. */
  conditionKey: string;
  ignoreFailureKey: string;
}

export const GITHUB_CONDITIONS: ConditionDialect = {
  ci: 'GitHub Actions',
  constant: githubConstant,
  truthy: githubTruthy,
  // `failure()`, `always()` or `!cancelled()`, not negated.
  onFailure: /(?<!!\s*)\b(?:failure|always)\s*\(\s*\)|!\s*cancelled\s*\(\s*\)/,
  conditionKey: 'if',
  ignoreFailureKey: 'continue-on-error',
};

export const AZURE_CONDITIONS: ConditionDialect = {
  ci: 'Azure Pipelines',
  constant: azureConstant,
  truthy: azureTruthy,
  onFailure: /(?<!not\(\s*)\bfailed\s*\(|\balways\s*\(\s*\)|\bsucceededOrFailed\s*\(\s*\)/i,
  conditionKey: 'condition',
  ignoreFailureKey: 'continueOnError',
};

/** A condition that is a constant falsy expression (`false`, `${{ 1 == 2 }}`, `and(true, false)`). */
export function neverRuns(dialect: ConditionDialect, raw: unknown): boolean {
  if (raw === undefined) return false;
  const constant = dialect.constant(raw);
  return constant !== undefined && !dialect.truthy(constant.value);
}

/** The ignore-failure flag: true, a constant truthy expression, or an expression decided later. */
export function failureIgnored(dialect: ConditionDialect, raw: unknown): FailureIgnored {
  if (raw === undefined || raw === null || raw === false) return 'no';
  const constant = dialect.constant(raw);
  if (constant === undefined) return 'maybe';
  return dialect.truthy(constant.value) ? 'yes' : 'no';
}

/** The condition runs the job or step after a failure before it. */
export function runsOnFailure(dialect: ConditionDialect, condition: string | undefined): boolean {
  return condition !== undefined && dialect.onFailure.test(condition);
}

/**
 * A job's steps with what the job itself does to them: a job that never runs runs none of them,
 * and a job whose failure is ignored lets what depends on it go on after any of them fails.
 */
export function withJobConditions<S extends PipelineStep>(
  steps: S[],
  jobNeverRuns: boolean,
  jobFailureIgnored: FailureIgnored,
): S[] {
  return steps.map((step) => ({
    ...step,
    neverRuns: step.neverRuns || jobNeverRuns,
    failureIgnored:
      step.failureIgnored === 'yes' || jobFailureIgnored === 'yes'
        ? 'yes'
        : step.failureIgnored === 'maybe' || jobFailureIgnored === 'maybe'
          ? 'maybe'
          : 'no',
  }));
}

/** A Spinnaker `stageEnabled` expression that asks whether an earlier stage failed. */
export const SPINNAKER_FAILURE_EXPRESSION = /TERMINAL|FAILED|FAILURE|STOPPED|CANCEL|!=\s*['"]SUCCEEDED/i;
