import { samePlace } from './namespaces.js';
import type { FormatId, RolloutPlan } from './model.js';

/**
 * Only rollout controllers take a workload over. A native plan naming a Deployment must not
 * replace that Deployment's own (stricter) plan.
 */
const DELIVERING_FORMATS = new Set<FormatId>(['argo-rollouts', 'flagger', 'openkruise']);

/** Formats of workloads that a rollout object can take over (Flagger also delivers Knative Services). */
const WORKLOAD_FORMATS = new Set<FormatId>(['kubernetes', 'knative']);

/** Whether the plan is a workload a rollout object defined elsewhere may take over. */
export function isWorkload(plan: RolloutPlan): boolean {
  return WORKLOAD_FORMATS.has(plan.format);
}

/** Whether the plan is a rollout object that takes over a workload defined elsewhere. */
export function isDeliverer(
  plan: RolloutPlan,
): plan is RolloutPlan & { delivers: NonNullable<RolloutPlan['delivers']> } {
  return DELIVERING_FORMATS.has(plan.format) && plan.delivers !== undefined;
}

/**
 * Whether `deliverer` delivers `workload`: it names the workload's kind and name, and lives in the
 * workload's namespace (a Canary or Rollout acts on a workload of its own namespace). When either
 * namespace cannot be established, only a deliverer in the workload's own folder counts.
 */
export function delivers(
  deliverer: RolloutPlan,
  workload: RolloutPlan,
  namespaceOf: (plan: RolloutPlan) => string | undefined,
): boolean {
  return (
    isDeliverer(deliverer) &&
    deliverer.delivers.kind === workload.target.kind &&
    deliverer.delivers.name === workload.target.name &&
    samePlace(
      { file: deliverer.file, namespace: namespaceOf(deliverer) },
      { file: workload.file, namespace: namespaceOf(workload) },
    )
  );
}

/**
 * Links each plain workload to the rollout object that delivers it (a Deployment named in a
 * Flagger Canary's targetRef, an Argo or OpenKruise Rollout's workloadRef). A workload that two
 * rollout objects may deliver is linked to neither, so it is judged on its own, and says why.
 * Returns new plan objects.
 */
export function linkDeliveries(
  plans: readonly RolloutPlan[],
  candidates: readonly RolloutPlan[],
  namespaceOf: (plan: RolloutPlan) => string | undefined,
): RolloutPlan[] {
  const deliverers = candidates.filter(isDeliverer);
  return plans.map((plan) => {
    if (!isWorkload(plan)) return plan;
    const found = unique(deliverers.filter((d) => delivers(d, plan, namespaceOf)));
    const [deliverer] = found;
    if (found.length === 1 && deliverer) return { ...plan, deliveredBy: deliverer.id };
    if (found.length > 1) {
      const names = found.map((d) => `${d.target.kind} ${d.target.name} (${d.file})`).join(' and ');
      return {
        ...plan,
        notes: [
          ...plan.notes,
          `${names} may both deliver it; rollout-guard cannot tell which, so it is judged on its own`,
        ],
      };
    }
    return plan;
  });
}

/** The same object read twice (changed, and found again among the unchanged files) counts once. */
function unique(plans: RolloutPlan[]): RolloutPlan[] {
  const seen = new Set<string>();
  return plans.filter((p) => {
    const key = `${p.file}\0${p.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
