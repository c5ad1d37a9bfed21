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
