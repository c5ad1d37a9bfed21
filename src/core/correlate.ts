import type { FormatId, RolloutPlan, Target } from './model.js';

/**
 * Only rollout controllers take a workload over. A native plan naming a Deployment must not
 * replace that Deployment's own (stricter) plan.
 */
const DELIVERING_FORMATS = new Set<FormatId>(['argo-rollouts', 'flagger']);

/** Kind, namespace and name; a missing namespace is Kubernetes' `default`. */
function workloadKey(target: Target): string {
  return `${target.kind}\u0000${target.namespace ?? 'default'}\u0000${target.name}`;
}

/**
 * Links each plain workload to the rollout object that delivers it (a Deployment named in a
 * Flagger Canary's targetRef or an Argo Rollout's workloadRef). Returns new plan objects.
 */
export function linkDeliveries(
  plans: readonly RolloutPlan[],
  candidates: readonly RolloutPlan[],
): RolloutPlan[] {
  const byWorkload = new Map<string, RolloutPlan>();
  for (const candidate of candidates) {
    if (!DELIVERING_FORMATS.has(candidate.format) || candidate.delivers === undefined) continue;
    const key = workloadKey(candidate.delivers);
    if (!byWorkload.has(key)) byWorkload.set(key, candidate);
  }
  return plans.map((plan) => {
    if (plan.format !== 'kubernetes') return plan;
    const deliverer = byWorkload.get(workloadKey(plan.target));
    return deliverer ? { ...plan, deliveredBy: deliverer.id } : plan;
  });
}
