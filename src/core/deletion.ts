/**
 * When removing a rollout object weakens a rollout. Deleting an app (its Canary together with its
 * Deployment, or a self-contained Argo Rollout) ships nothing unguarded; deleting a Canary while
 * its Deployment stays does: the Deployment then rolls out with a plain rolling update. So does
 * moving a rollout where rollout-guard no longer reads it (it may still be deployed from there).
 */
import { delivers, isDeliverer, isWorkload } from './correlate.js';
import type { RolloutPlan } from './model.js';
import { samePlace } from './namespaces.js';

export interface DeletionContext {
  /** Every plan the change removes. */
  removed: readonly RolloutPlan[];
  /** Every plan at head: the changed files' and the unchanged rollout objects looked up. */
  head: readonly RolloutPlan[];
  /** Path at base → path at head, for renamed files. */
  renames: ReadonlyMap<string, string>;
  /** Whether the pipeline reads a path at head (in scope and not excluded). */
  reads: (path: string) => boolean;
  namespaceAtBase: (plan: RolloutPlan) => string | undefined;
  namespaceAtHead: (plan: RolloutPlan) => string | undefined;
}

/**
 * Why removing `plan` leaves something deploying with less protection, or undefined when it does
 * not. The caller decides whether the plan was progressive in its environment.
 */
export function deletionWeakens(plan: RolloutPlan, context: DeletionContext): string | undefined {
  const movedTo = context.renames.get(plan.file);
  if (movedTo !== undefined && !context.reads(movedTo)) {
    return `the change moves ${plan.target.kind} ${plan.target.name} to ${movedTo}, which the policy does not read (excluded, or not a YAML or JSON file): it may still be deployed from there, unjudged`;
  }
  if (!isDeliverer(plan)) return undefined;

  const workload = plan.delivers;
  const place = { file: plan.file, namespace: context.namespaceAtBase(plan) };
  const workloadRemoved = context.removed.some(
    (p) =>
      isWorkload(p) &&
      p.target.kind === workload.kind &&
      p.target.name === workload.name &&
      samePlace(place, { file: p.file, namespace: context.namespaceAtBase(p) }),
  );
  if (workloadRemoved) return undefined;
  // Another rollout object takes the workload over at head (a Canary replaced by an Argo Rollout).
  const workloadAtHead: RolloutPlan = { ...plan, format: 'kubernetes', target: workload };
  const takenOver = context.head.some((p) =>
    delivers(p, workloadAtHead, (q) => (q === workloadAtHead ? place.namespace : context.namespaceAtHead(q))),
  );
  if (takenOver) return undefined;
  return `the change deletes ${plan.target.kind} ${plan.target.name}, which delivers ${workload.kind} ${workload.name}; unless the change also removes the ${workload.kind}, it then rolls out without the ${plan.target.kind}`;
}
