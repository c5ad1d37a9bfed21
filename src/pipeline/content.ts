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
      id: `content:Content:/${entry.name}`,
      format: 'content',
      file: first.path,
      line: 1,
      target: { kind: 'Content', name: entry.name },
      strategy: 'all-at-once',
      stages: [{ weight: 100, hold: 0, gates: [], line: 1 }],
      backgroundGates: [],
      rollback: { automatic: false, how: ['nothing in the repository rolls protected content back'] },
      bypasses: [],
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
