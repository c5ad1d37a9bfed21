import { compileGlobs } from '../core/environments.js';
import type { ChangeSet, RolloutPlan } from '../core/model.js';
import type { Policy } from '../core/policy.js';

/**
 * Protected content (feature flags, config bundles) has no rollout format: a change to it ships
 * everywhere at once, unless a RolloutPlan in the change names it as its target.
 */
export function contentPlans(changeSet: ChangeSet, policy: Policy, headPlans: RolloutPlan[]): RolloutPlan[] {
  const result: RolloutPlan[] = [];
  for (const entry of policy.content) {
    const matches = compileGlobs(entry.paths);
    const touched = changeSet.files.filter(
      (f) => matches(f.path) || (f.previousPath !== undefined && matches(f.previousPath)),
    );
    const first = touched[0];
    if (!first) continue;
    const described = headPlans.find((p) => p.format === 'native' && p.delivers?.name === entry.name);
    result.push({
      ...contentPlan(entry.name, first.path),
      ...(described ? { deliveredBy: described.id } : {}),
      notes: [
        `changed: ${touched.map((f) => f.path).join(', ')}`,
        described
          ? `rolled out as described by ${described.file}`
          : `nothing describes how this change reaches users; add a RolloutPlan with spec.target.name: ${entry.name}`,
      ],
    });
  }
  return result;
}

/** The content as one all-at-once rollout, at the first of its files the change touches. */
function contentPlan(name: string, file: string): RolloutPlan {
  return {
    id: `content:Content:/${name}`,
    format: 'content',
    file,
    line: 1,
    target: { kind: 'Content', name },
    strategy: 'all-at-once',
    stages: [{ weight: 100, hold: 0, gates: [], line: 1 }],
    backgroundGates: [],
    rollback: { automatic: false, how: ['nothing in the repository rolls protected content back'] },
    bypasses: [],
    notes: [],
  };
}

/**
 * The same content at the base commit, when a file the change touches was there: the change
 * modifies the content rather than adding it. (Only new files add it.)
 */
export function contentPlansAtBase(changeSet: ChangeSet, policy: Policy): RolloutPlan[] {
  const result: RolloutPlan[] = [];
  for (const entry of policy.content) {
    const matches = compileGlobs(entry.paths);
    const existed = changeSet.files.find((f) => f.base !== undefined && matches(f.previousPath ?? f.path));
    if (existed) result.push(contentPlan(entry.name, existed.previousPath ?? existed.path));
  }
  return result;
}
