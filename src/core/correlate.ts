import type { FormatId, RolloutPlan, Target } from './model.js';

/**
 * Only rollout controllers take a workload over. A native plan naming a Deployment must not
 * replace that Deployment's own (stricter) plan.
 */
const DELIVERING_FORMATS = new Set<FormatId>(['argo-rollouts', 'flagger']);

function sameWorkload(a: Target, b: Target): boolean {
  return a.kind === b.kind && a.name === b.name && (a.namespace ?? 'default') === (b.namespace ?? 'default');
}

/**
 * Links each plain workload to the rollout object that delivers it (a Deployment named in a
 * Flagger Canary's targetRef or an Argo Rollout's workloadRef). Returns new plan objects.
 */
export function linkDeliveries(
  plans: readonly RolloutPlan[],
  candidates: readonly RolloutPlan[],
): RolloutPlan[] {
  return plans.map((plan) => {
    if (plan.format !== 'kubernetes') return plan;
    const deliverer = candidates.find(
      (c) =>
        DELIVERING_FORMATS.has(c.format) && c.delivers !== undefined && sameWorkload(c.delivers, plan.target),
    );
    return deliverer ? { ...plan, deliveredBy: deliverer.id } : plan;
  });
}
