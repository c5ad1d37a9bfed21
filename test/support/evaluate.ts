import { evaluate } from '../../src/core/evaluate.js';
import type { EvaluationInput, PlanInput } from '../../src/core/evaluate.js';
import type { RolloutPlan } from '../../src/core/model.js';
import { BUILTIN_POLICY, parsePolicy } from '../../src/core/policy.js';
import type { Policy } from '../../src/core/policy.js';
import { runsPassedOn } from './evidence.js';
import { canaryPlan } from './plans.js';

export const HEAD = 'h'.repeat(40);
export const GOOD_BODY =
  '## Test evidence\nhttps://github.com/acme/shop/actions/runs/1\n\n## Rollback plan\nRevert the pull request; Argo CD syncs the previous image.\n';
/** A plan every built-in rule accepts. */
export const SAFE = canaryPlan([
  [5, 600, ['analysis']],
  [25, 600],
  [50, 600],
]);

/** A policy from the lines after `version: 1`. */
export function policyOf(yaml: string): Policy {
  const result = parsePolicy(`version: 1\n${yaml}`, 'p.yml', 'p.yml@base');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

/**
 * Evaluates one change: by default SAFE, modified, under the built-in policy, with a description
 * that has evidence and a rollback plan, and a passing run on the head commit.
 */
export function evaluateChange(overrides: Partial<EvaluationInput> & { plan?: RolloutPlan } = {}) {
  const { plan, ...rest } = overrides;
  const plans: PlanInput[] = rest.plans ?? [
    { plan: plan ?? SAFE, change: 'modified', basePlan: plan ?? SAFE },
  ];
  return evaluate({
    policy: BUILTIN_POLICY,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-11-29T12:00:00Z'),
    base: 'b'.repeat(40),
    head: HEAD,
    diagnostics: [],
    changedFiles: [{ path: (plan ?? SAFE).file, status: 'modified' }],
    pullRequest: { body: GOOD_BODY, labels: [] },
    evidence: runsPassedOn(HEAD),
    ...rest,
    plans,
  });
}
