import type { Level, PlanChange, RolloutPlan, RuleId } from '../model.js';
import type { EnvironmentPolicy } from '../policy.js';

export interface PlanContext {
  plan: RolloutPlan;
  /** The same rollout at the base commit, when it existed there. */
  basePlan?: RolloutPlan;
  change: PlanChange;
  environment: EnvironmentPolicy;
}

/** What a rule reports: a message and, when it is not the plan's own line, the line at fault. */
export interface RuleReport {
  message: string;
  line?: number;
  /**
   * Names the problem, as typescript-eslint's message ids do. Reports of one rule with the same
   * message id are one problem found at several places when the catalogue has a summary for that id
   * (`SUMMARIES` in catalogue.ts): evaluate merges them into one finding that the summary words.
   * Without an id, or without a summary for it, each report is a finding of its own.
   */
  messageId?: string;
  /** What the summary words the merged finding from (the weight, the hold), as display text. */
  data?: Readonly<Record<string, string>>;
  /** The most this report can be, whatever the rule's level: a fact worth knowing, not a failure. */
  maxLevel?: Level;
}

export interface PlanRule {
  id: RuleId;
  /** Runs on a rollout that exists at head (added or modified). */
  check(context: PlanContext, report: (finding: RuleReport) => void): void;
}

/**
 * Who sets a requirement, as a message says it: "environment production" when an environment of
 * the policy matched the rollout, "the policy" when none did (its defaults apply). The default
 * environment's name is no name a reader knows: "environment default" read as if one were called so.
 */
export function requiredBy(environment: Pick<EnvironmentPolicy, 'name' | 'match'>): string {
  return environment.match === undefined ? 'the policy' : `environment ${environment.name}`;
}

/** Keeps the rule list honest: each rule is one object with its id. */
export function definePlanRule(rule: PlanRule): PlanRule {
  return rule;
}
