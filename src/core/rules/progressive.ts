import type { PlanContext } from './rule.js';

/**
 * Shape rules (stages, weights, holds) only make sense for a progressive strategy; when the
 * strategy itself is not allowed, canary/required already says so and the rest stays quiet.
 */
export function judgesShape({ plan, environment }: PlanContext): boolean {
  return environment.canary.required && environment.canary.strategies.includes(plan.strategy);
}

/**
 * An A/B test is one routed segment, baked and gated, then promoted to everyone. Where the policy
 * accepts A/B tests, its one stage and its promotion are what an A/B test is: the number of stages
 * and the size of the last step do not judge it (its bake and its analysis do), or no A/B test
 * could ever pass.
 */
export function isAcceptedAbTest({ plan, environment }: PlanContext): boolean {
  return plan.strategy === 'ab-test' && environment.canary.strategies.includes('ab-test');
}
