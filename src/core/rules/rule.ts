import type { PlanChange, RolloutPlan, RuleId } from '../model.js';
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
}

export interface PlanRule {
  id: RuleId;
  /** Runs on a rollout that exists at head (added or modified). */
  check(context: PlanContext, report: (finding: RuleReport) => void): void;
}

/** Keeps the rule list honest: each rule is one object with its id. */
export function definePlanRule(rule: PlanRule): PlanRule {
  return rule;
}
