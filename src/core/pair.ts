/**
 * Pairs the rollout objects of a change's base side with those of its head side, the way a
 * reviewer reads a diff: an object first pairs with its namesake in the same file (after a file
 * rename, its new path), then with the one object of its kind left in that file (a rename of the
 * object), then with an object of the same kind and name in another file (a move), certain when
 * the namespace is established on both sides and otherwise said to be in doubt.
 */
import type { PlanChange, RolloutPlan } from './model.js';

export interface PairingInput {
  base: readonly RolloutPlan[];
  head: readonly RolloutPlan[];
  /** Path at base → path at head, for the change's renamed files. */
  renames: ReadonlyMap<string, string>;
  /** The namespace each object is established to live in (see `establishNamespaces`), or undefined. */
  namespaceAtBase: (plan: RolloutPlan) => string | undefined;
  namespaceAtHead: (plan: RolloutPlan) => string | undefined;
}

export interface PlanPair {
  change: Exclude<PlanChange, 'unchanged'>;
  /** The plan at head; for removed objects, the plan at base. */
  plan: RolloutPlan;
  basePlan?: RolloutPlan;
  /** Set when the base object was paired with one of several head objects that may be it. */
  ambiguous?: string;
}

export function pairPlans(input: PairingInput): PlanPair[] {
  const pairs: PlanPair[] = [];
  const unpairedBase = new Set(input.base);
  const unpairedHead = new Set(input.head);
  const pair = (base: RolloutPlan, head: RolloutPlan, ambiguous?: string) => {
    pairs.push({ change: 'modified', plan: head, basePlan: base, ...(ambiguous ? { ambiguous } : {}) });
    unpairedBase.delete(base);
    unpairedHead.delete(head);
  };
  const headPath = (plan: RolloutPlan) => input.renames.get(plan.file) ?? plan.file;

  // 1. The same object in the same file.
  const sameFile = groupBy(input.head, (p) => objectKey(p.file, p));
  for (const base of input.base) {
    const candidates = (sameFile.get(objectKey(headPath(base), base)) ?? []).filter((p) =>
      unpairedHead.has(p),
    );
    const head = candidates.find((p) => p.id === base.id) ?? candidates[0];
    if (head) pair(base, head);
  }

  // 2. One object of a kind left on each side of a file: the object was renamed in place.
  const leftInFile = (plans: Iterable<RolloutPlan>, path: (p: RolloutPlan) => string) =>
    groupBy(plans, (p) => `${path(p)}\0${p.format}\0${p.target.kind}`);
  const baseLeft = leftInFile(unpairedBase, headPath);
  const headLeft = leftInFile(unpairedHead, (p) => p.file);
  for (const [key, bases] of baseLeft) {
    const heads = headLeft.get(key);
    if (bases.length === 1 && heads?.length === 1) pair(bases[0] as RolloutPlan, heads[0] as RolloutPlan);
  }

  // 3. The same object in another file: a move. With the namespace established on both sides, a
  // move is certain. When either side's namespace cannot be established, a head object of the same
  // kind and name may or may not be the removed one (a move, or an unrelated example that shares
  // its name): each is judged against the base object, and the doubt is said, so a rollout cannot
  // shed its history by moving to a folder whose namespace nobody states.
  const sameName = groupBy(unpairedHead, (p) => `${p.format}\0${p.target.kind}\0${p.target.name}`);
  for (const base of [...unpairedBase]) {
    const namespace = input.namespaceAtBase(base);
    const candidates = (
      sameName.get(`${base.format}\0${base.target.kind}\0${base.target.name}`) ?? []
    ).filter((p) => unpairedHead.has(p) && namespaced(base.format));
    const certain = candidates.filter(
      (p) => namespace !== undefined && input.namespaceAtHead(p) === namespace,
    );
    const possible = candidates.filter(
      (p) => namespace === undefined || input.namespaceAtHead(p) === undefined,
    );
    const [only] = certain;
    if (certain.length === 1 && only) {
      pair(base, only);
    } else if (certain.length + possible.length > 0) {
      const all = [...certain, ...possible];
      const files = all.map((p) => p.file).join(', ');
      const doubt =
        certain.length > 1
          ? `several objects in ${files} have its identity`
          : `its namespace cannot be established, so it may or may not be the same object as this one`;
      for (const head of all) {
        pair(
          base,
          head,
          `compared with ${base.target.kind} ${base.target.name} removed from ${base.file}: ${doubt}`,
        );
      }
    }
  }

  for (const head of unpairedHead) pairs.push({ change: 'added', plan: head });
  for (const base of unpairedBase) pairs.push({ change: 'removed', plan: base });
  return pairs;
}

/** Formats whose objects have an identity beyond their file (Kubernetes objects). */
function namespaced(format: RolloutPlan['format']): boolean {
  return (
    format === 'kubernetes' ||
    format === 'argo-rollouts' ||
    format === 'flagger' ||
    format === 'openkruise' ||
    format === 'native'
  );
}

/** The object as written in its file: format, kind, namespace as written, and name. */
function objectKey(file: string, plan: RolloutPlan): string {
  return `${file}\0${plan.format}\0${plan.target.kind}\0${plan.target.namespace ?? ''}\0${plan.target.name}`;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
