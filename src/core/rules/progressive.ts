import type { PlanContext } from './rule.js';

/**
 * Shape rules (stages, weights, holds) only make sense for a progressive strategy; when the
 * strategy itself is not allowed, canary/required already says so and the rest stays quiet.
 */
export function judgesShape({ plan, environment }: PlanContext): boolean {
  return environment.canary.required && environment.canary.strategies.includes(plan.strategy);
}
